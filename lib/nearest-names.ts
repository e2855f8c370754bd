/**
 * "Did you mean" for error codes and action names, shared by the CLI and the rules.
 *
 * Edit distance alone misses a wrong verb with the right noun (`DescribeRooms` is meant as
 * `GetRooms` as often as `DescribeRoom`), so a name that shares the input's last word and differs
 * in at most one other word also counts as near.
 */
import { distance } from 'fastest-levenshtein';

/** Splits `FailedOperation.ClassTooLong` into `failed operation class too long`. */
export function nameWords(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function differsInOneWordWithSameLastWord(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a.at(-1) !== b.at(-1)) return false;
  return a.filter((word, index) => word !== b[index]).length <= 1;
}

/**
 * Up to `limit` names from `candidates` close to `input`, nearest first (ties in candidate order).
 * Case is ignored when measuring, so `createroom` finds `CreateRoom`.
 */
export function nearestNames(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const lowered = input.toLowerCase();
  const inputWords = nameWords(input);
  const threshold = Math.max(2, Math.floor(input.length / 4));
  const near: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const score = distance(lowered, name.toLowerCase());
    if (score <= threshold || differsInOneWordWithSameLastWord(inputWords, nameWords(name))) near.push({ name, score });
  }
  return near
    .sort((x, y) => x.score - y.score)
    .slice(0, limit)
    .map((entry) => entry.name);
}
