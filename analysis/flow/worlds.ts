/**
 * The worlds a flow is followed in (see paths.ts): one per error code the calls can fail with,
 * one for "a code nobody named" and, depending on the flow, one for "no code at all" (a network
 * or HTTP failure of an SDK call) or one for "no error" (a raw HTTP body that holds a success).
 */

/** A code that is in no list and no comparison: equal to nothing anyone wrote. */
export const ANOTHER_CODE = '(another code)';
/** A failure without a code: no answer, or a non-200 HTTP reply. */
export const NO_CODE = '(no code)';
/** A raw HTTP body whose Response has no Error. */
export const NO_ERROR = '(no error)';

export class Worlds {
  private static readonly known = new Map<string, Worlds>();

  /** The worlds for `codes`, made once per set of codes (many handlers share their calls' lists). */
  static of(codes: readonly string[], withoutCode: typeof NO_CODE | typeof NO_ERROR): Worlds {
    const key = `${withoutCode}\n${codes.join('\n')}`;
    let worlds = Worlds.known.get(key);
    if (!worlds) {
      worlds = new Worlds(codes, withoutCode);
      Worlds.known.set(key, worlds);
    }
    return worlds;
  }

  readonly names: readonly string[];
  private readonly indexes: ReadonlyMap<string, number>;

  /** `codes` first, then ANOTHER_CODE and the one world without a code this flow has. */
  constructor(
    codes: Iterable<string>,
    readonly withoutCode: typeof NO_CODE | typeof NO_ERROR,
  ) {
    this.names = [...new Set([...codes].filter((code) => code !== ANOTHER_CODE && code !== NO_CODE && code !== NO_ERROR)), ANOTHER_CODE, withoutCode];
    this.indexes = new Map(this.names.map((name, index) => [name, index]));
  }

  get size(): number {
    return this.names.length;
  }

  indexOf(name: string): number | undefined {
    return this.indexes.get(name);
  }

  /** The code of world `index`: a code, ANOTHER_CODE, or undefined for the world without one. */
  codeOf(index: number): string | undefined {
    const name = this.names[index];
    return name === NO_CODE || name === NO_ERROR ? undefined : name;
  }

  /** Whether world `index` is a raw body without an error. */
  isSuccess(index: number): boolean {
    return this.names[index] === NO_ERROR;
  }
}
