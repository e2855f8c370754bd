/** Error codes are dotted: `ResourceNotFound.Room` is a kind of `ResourceNotFound`. */

/** The parent of a dotted code (`A.B.C` → `A.B`), or undefined for a top-level code. */
export function parentCode(code: string): string | undefined {
  const dot = code.lastIndexOf('.');
  return dot === -1 ? undefined : code.slice(0, dot);
}

/** The code and its ancestors, nearest first: `A.B.C` → `A.B.C`, `A.B`, `A`. */
export function codeAndAncestors(code: string): string[] {
  const chain: string[] = [];
  for (let c: string | undefined = code; c !== undefined; c = parentCode(c)) chain.push(c);
  return chain;
}
