/**
 * Reads the facts sync needs from the Tencent Cloud Go SDK's LCIC package
 * (`tencentcloud/lcic/v20220817/errors.go` and `client.go`).
 *
 * Both parsers are strict inside the parts they read: a line there that does not have the expected
 * shape stops the parse with the file and line, because guessing would silently drop a code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LCIC_PACKAGE = 'tencentcloud/lcic/v20220817';

export class GoSdkFormatError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'GoSdkFormatError';
  }
}

/** `FAILEDOPERATION_CLASSTOOLONG = "FailedOperation.ClassTooLong"`, optionally behind `//` in client.go. */
const CONSTANT = /^([A-Z][A-Z0-9_]*)\s*=\s*"([^"\\]+)"$/;

/** One constant of errors.go: the code, and the vendor's one-line wording in the comment above it. */
export interface ErrorsGoEntry {
  readonly code: string;
  /** The comment lines right above the constant, joined; empty when there are none. */
  readonly wording: string;
}

/** The constants of errors.go's `const ( ... )` block, in file order, each with its comment. */
export function parseErrorsGoEntries(text: string, file = 'errors.go'): ErrorsGoEntry[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === 'const (');
  if (start === -1) throw new GoSdkFormatError(file, 1, 'no `const (` block; is this the LCIC errors.go?');
  const entries: ErrorsGoEntry[] = [];
  let comment: string[] = [];
  for (const [offset, raw] of lines.slice(start + 1).entries()) {
    const line = raw.trim();
    if (line === ')') return entries;
    if (line === '') {
      comment = []; // a blank line ends a comment that belongs to no constant (a section heading)
      continue;
    }
    if (line.startsWith('//')) {
      comment.push(line.slice(2).trim());
      continue;
    }
    const code = CONSTANT.exec(line)?.[2];
    if (code === undefined) throw new GoSdkFormatError(file, start + offset + 2, `expected NAME = "Code" inside the const block, found: ${line}`);
    entries.push({ code, wording: comment.join(' ') });
    comment = [];
  }
  throw new GoSdkFormatError(file, lines.length, 'the const block is never closed with `)`');
}

/** The codes declared in errors.go's `const ( ... )` block, in file order. */
export function parseErrorsGo(text: string, file = 'errors.go'): string[] {
  return parseErrorsGoEntries(text, file).map((entry) => entry.code);
}

/** The heading of the code list in a method comment: China and international editions. */
const LIST_HEADINGS = ['可能返回的错误码:', 'error code that may be returned:'];
const METHOD = /^func \(c \*Client\) ([A-Z][A-Za-z0-9]*)\(request \*\1Request\)/;

/**
 * Each action's codes from client.go: the comment right above `func (c *Client) Action(request
 * *ActionRequest)` ends with a heading and one `//  NAME = "Code"` line per code. The
 * `...WithContext` twins carry the same list and are skipped.
 */
export function parseClientGo(text: string, file = 'client.go'): Map<string, string[]> {
  const lines = text.split(/\r?\n/);
  const actions = new Map<string, string[]>();
  lines.forEach((line, index) => {
    const action = METHOD.exec(line)?.[1];
    if (action === undefined) return;
    // Walk up through the comment block: code lines, then the heading. Once a code line has been
    // seen, anything other than another code line or the heading is a format we do not know.
    const codes: string[] = [];
    for (let i = index - 1; i >= 0 && lines[i]?.startsWith('//'); i--) {
      const comment = lines[i] ?? '';
      const body = comment.slice(2).trim();
      const code = CONSTANT.exec(body)?.[2];
      if (code !== undefined) {
        codes.push(code);
        continue;
      }
      if (LIST_HEADINGS.includes(body)) break;
      if (codes.length > 0) {
        throw new GoSdkFormatError(file, i + 1, `expected //  NAME = "Code" in the code list of ${action}, found: ${comment}`);
      }
      break; // A method whose comment has no list: it returns only common codes.
    }
    actions.set(action, codes.reverse());
  });
  if (actions.size === 0) throw new GoSdkFormatError(file, 1, 'no `func (c *Client) Action(request *ActionRequest)` methods found');
  return actions;
}

/** What one edition of the Go SDK says about LCIC. */
export interface GoSdkFacts {
  readonly codes: ReadonlySet<string>;
  readonly actions: ReadonlyMap<string, readonly string[]>;
  /**
   * The vendor's one-line wording of each code in errors.go (Chinese in the China SDK, English in
   * the international one). Read only to check that our descriptions do not repeat it.
   */
  readonly wording: ReadonlyMap<string, string>;
}

/** Reads errors.go and client.go under an SDK checkout's root. */
export function readGoSdk(root: string): GoSdkFacts {
  const read = (name: string) => {
    const path = join(root, LCIC_PACKAGE, name);
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch {
      throw new Error(`Cannot read ${path}. Pass the root of a tencentcloud-sdk-go checkout (the folder holding tencentcloud/).`);
    }
  };
  const errors = read('errors.go');
  const client = read('client.go');
  const entries = parseErrorsGoEntries(errors.text, errors.path);
  return {
    codes: new Set(entries.map((entry) => entry.code)),
    actions: parseClientGo(client.text, client.path),
    wording: new Map(entries.filter((entry) => entry.wording !== '').map((entry) => [entry.code, entry.wording])),
  };
}
