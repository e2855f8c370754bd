/**
 * What a handler does with failures by default (on the paths no condition picked out), read the
 * same way by no-swallowed-error, which reports the drops, and exhaustive-error-codes, whose
 * suggestion must not leave a drop for it to report.
 */
import type { FailureFlow } from '../../analysis/flow/failure-flow.js';
import { Fate } from '../../analysis/flow/walker.js';
import { ANOTHER_CODE, NO_CODE } from '../../analysis/flow/worlds.js';

/** Paths that end the failure's story here: an answer without the error, or the end of the handler. */
export const DROPPED = Fate.Answered | Fate.FellThrough;

/** The worlds' fates, without the paths a condition picked out: what the handler does by default. */
export function defaultFates(flow: FailureFlow): number[] {
  return flow.worlds.names.map((_, world) => flow.fates(world) & ~Fate.Matched);
}

/**
 * Whether the default path drops the failures no one lists (another code, no code) by falling off
 * the end, while every other world is picked out or passed on there.
 */
export function onlyTheUnlistedFallThrough(flow: FailureFlow, fates: readonly number[] = defaultFates(flow)): boolean {
  const unlisted = [flow.worlds.indexOf(ANOTHER_CODE), flow.worlds.indexOf(NO_CODE)];
  let drops = false;
  for (const [world, fate] of fates.entries()) {
    if (!unlisted.includes(world)) {
      if (fate & Fate.FellThrough) return false;
    } else if ((fate & Fate.FellThrough) !== 0 && (fate & ~DROPPED) === 0) {
      drops = true;
    }
  }
  return drops;
}
