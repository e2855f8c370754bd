/**
 * "Did you mean" for error codes and action names, shared by the CLI and the rules.
 *
 * Edit distance alone misses a synonym for the verb (`DescribeRooms` may be meant as `GetRooms`,
 * `RemoveRoom` as `DeleteRoom`), so a name that differs from the input only by swapping one word for
 * a synonym from the API's vocabulary also counts as near.
 */
import { createRequire } from 'node:module';

// Loaded on the first suggestion rather than with the plugin: most lint runs never need one.
const require = createRequire(import.meta.url);
let levenshtein: typeof import('fastest-levenshtein') | undefined;
const distance = (a: string, b: string): number => (levenshtein ??= require('fastest-levenshtein') as typeof import('fastest-levenshtein')).distance(a, b);

/** Splits `FailedOperation.ClassTooLong` into `failed operation class too long`. */
export function nameWords(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** Words the LCIC API and its callers use for the same thing. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['describe', 'get', 'list', 'query', 'fetch', 'read'],
  ['create', 'add', 'new', 'make', 'register'],
  ['delete', 'remove', 'destroy', 'drop'],
  ['modify', 'update', 'edit', 'change', 'set'],
  ['start', 'begin', 'open'],
  ['end', 'stop', 'close', 'finish'],
];

const areSynonyms = (a: string, b: string) => SYNONYMS.some((group) => group.includes(a) && group.includes(b));

/** Same words but one, and that one swapped for a synonym. */
function differsBySynonym(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const differing = a.flatMap((word, index) => (word === b[index] ? [] : [[word, b[index] ?? ''] as const]));
  const [only, ...more] = differing;
  return only !== undefined && more.length === 0 && areSynonyms(only[0], only[1]);
}

/** Whether one name's words begin the other's, two words at least (`BatchRegister` in `BatchRegisterUsers`). */
function startsTheOther(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 2 && shorter.length < longer.length && shorter.every((word, index) => word === longer[index]);
}

/**
 * Up to `limit` names from `candidates` close to `input`, nearest first (ties in candidate order);
 * a name that differs only by a synonym for one word comes before any other misspelling.
 * Case is ignored when measuring, so `createroom` finds `CreateRoom`. With `wordPrefixes`, when no
 * name is near by spelling, a name whose words begin the input's (or the other way round) is: an
 * action name with a word added or dropped (`BatchRegisterUsers`). Codes do not use it, as the
 * code a misspelt one starts with (`InvalidParameter` for `InvalidParameter.Bogus`) is another code.
 */
export function nearestNames(input: string, candidates: Iterable<string>, limit = 3, { wordPrefixes = false } = {}): string[] {
  const lowered = input.toLowerCase();
  const inputWords = nameWords(input);
  const threshold = Math.max(2, Math.floor(input.length / 4));
  const near: { name: string; score: number }[] = [];
  const byWords: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const words = nameWords(name);
    // The same words with the verb swapped for a synonym keep what was asked for, noun and number
    // (`DescribeRooms` asks for a list, which `GetRooms` gives): nearer than any misspelling.
    const synonym = differsBySynonym(inputWords, words);
    const score = synonym ? 0.5 : distance(lowered, name.toLowerCase());
    if (score <= threshold || synonym) near.push({ name, score });
    else if (wordPrefixes && startsTheOther(inputWords, words)) byWords.push({ name, score });
  }
  // A word added or dropped counts only when nothing is nearer by spelling.
  if (near.length === 0) near.push(...byWords);
  return near
    .sort((x, y) => x.score - y.score)
    .slice(0, limit)
    .map((entry) => entry.name);
}
