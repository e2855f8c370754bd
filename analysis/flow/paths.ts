/**
 * The state a handler's code paths carry, one world at a time.
 *
 * A *world* is one way the call can have ended: "it failed with FailedOperation.ClassEnded",
 * "it failed with no code at all" (a network error), or, for raw HTTP bodies, "it succeeded".
 * Conditions on the code are decided per world, so each world follows only the paths it can take.
 *
 * Along a path three facts matter, and they only ever become true:
 * - MATCHED: a condition on this path picked this world out (an explicit branch for its code);
 * - PASSED: the error was passed on (given to a function, stored, logged whole);
 * - LOGGED: the error was logged, but only its message or code (its RequestId is lost).
 * A world's paths are kept as a set of those fact combinations: a bit mask over the eight.
 */

export const MATCHED = 1;
export const PASSED = 2;
export const LOGGED = 4;

/** How a path leaves the code being followed. */
export const Exit = {
  /** `throw`, or a rejection: the failure goes on to the caller. */
  Throw: 0,
  /** `return` of something made from the error or the body: the caller gets the failure as a value. */
  ReturnFailure: 1,
  /** `return` of anything else: the caller gets a success. */
  ReturnValue: 2,
  /** The end of the code (or a `break` out of it): execution goes on as if nothing failed. */
  End: 3,
} as const;
export type Exit = (typeof Exit)[keyof typeof Exit];

/** Every combination `c` in `mask`, each with `flag` added. */
function addFlagTable(flag: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let mask = 0; mask < 256; mask++) {
    let result = 0;
    for (let combination = 0; combination < 8; combination++) if (mask & (1 << combination)) result |= 1 << (combination | flag);
    table[mask] = result;
  }
  return table;
}
const WITH_FLAG: Readonly<Record<number, Uint8Array>> = { [MATCHED]: addFlagTable(MATCHED), [PASSED]: addFlagTable(PASSED), [LOGGED]: addFlagTable(LOGGED) };

export function withFlag(mask: number, flag: number): number {
  return (WITH_FLAG[flag] as Uint8Array)[mask] as number;
}

/** The paths that reach one point of the code: per world, the fact combinations they carry. */
export class PathSet {
  /**
   * `before` is for flows that start part-way into a function (a raw call's body): the paths that
   * reach here without having passed the call yet, so that no world exists for them.
   */
  constructor(
    readonly masks: Uint8Array,
    public before = false,
  ) {}

  static none(size: number): PathSet {
    return new PathSet(new Uint8Array(size));
  }

  /** Every world, with no fact yet. */
  static all(size: number): PathSet {
    return new PathSet(new Uint8Array(size).fill(1));
  }

  /** Nothing but the paths before the call starts the flow. */
  static beforeStart(size: number): PathSet {
    return new PathSet(new Uint8Array(size), true);
  }

  get reachable(): boolean {
    return this.before || this.hasWorlds;
  }

  // Asked at every node the walker evaluates: a plain loop, no callback.
  get hasWorlds(): boolean {
    const masks = this.masks;
    for (let i = 0; i < masks.length; i++) if (masks[i] !== 0) return true;
    return false;
  }

  clone(): PathSet {
    return new PathSet(this.masks.slice(), this.before);
  }

  /** Adds the paths of `other` to these. */
  merge(other: PathSet): this {
    for (let i = 0; i < this.masks.length; i++) this.masks[i] = (this.masks[i] as number) | (other.masks[i] as number);
    this.before ||= other.before;
    return this;
  }

  /** These paths, with `flag` now true on all of them. */
  withFlag(flag: number): PathSet {
    const masks = this.masks.map((mask) => withFlag(mask, flag));
    return new PathSet(masks, this.before);
  }
}

/** Merges any number of path sets (at least one) into a new one. */
export function mergeAll(size: number, sets: readonly PathSet[]): PathSet {
  const merged = PathSet.none(size);
  for (const set of sets) merged.merge(set);
  return merged;
}
