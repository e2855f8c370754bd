/**
 * Checks that the catalog's descriptions are our own words: none may repeat the vendor's wording
 * of any code in the SDKs' errors.go (the China SDK's is Chinese, the international SDK's
 * English). Facts may be shared (code names, field names, figures); sentences may not.
 *
 * What "repeats" means, per language of our text:
 *
 * - English: the two texts share a run of {@link ENGLISH_RUN} or more consecutive words. Words are
 *   compared without case, punctuation or apostrophes (`doesn't` = `doesnt`).
 * - Chinese: the two texts share a run of {@link CHINESE_RUN} or more consecutive characters.
 *   Whitespace is ignored and full-width forms count as their plain forms (NFKC), so spacing or
 *   `（` against `(` does not hide a copy. A Latin word or a number (`MaxMicNumber`, `72`) counts
 *   as one character: names and figures are facts, so a long field name alone is not a copy,
 *   while the Chinese around it still is.
 *
 * Every description is compared with every vendor wording, not only the same code's, since a
 * sentence copied from one code's wording into another code's entry is still copied.
 */
import { CHINESE, type CodeEntry } from './catalog.js';
import type { LcicEdition } from '../types.js';

/** The shortest run of shared consecutive words that counts as repeating English wording. */
export const ENGLISH_RUN = 6;
/** The shortest run of shared consecutive characters that counts as repeating Chinese wording. */
export const CHINESE_RUN = 12;

/** Lowercased words, without punctuation: the units of the English measure. */
export function englishUnits(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The units of the Chinese measure: each character on its own, except that a run of Latin
 * letters or digits (a word, a name, a number) is one unit; whitespace is dropped.
 */
export function chineseUnits(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[a-z0-9_]+|[^\sa-z0-9_]/gu) ?? [];
}

/** Whether `run` occurs in `units` as consecutive units. */
function occursIn(units: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= units.length; i++) {
    if (run.every((unit, k) => units[i + k] === unit)) return true;
  }
  return false;
}

/** The longest run of consecutive units of `theirs` that also occurs in `ours`, when it has at least `minLength` units. */
export function sharedRun(ours: readonly string[], theirs: readonly string[], minLength: number): readonly string[] | undefined {
  let longest: readonly string[] = [];
  for (let start = 0; start + Math.max(minLength, longest.length + 1) <= theirs.length; start++) {
    let length = Math.max(minLength, longest.length + 1);
    if (!occursIn(ours, theirs.slice(start, start + length))) continue;
    while (start + length < theirs.length && occursIn(ours, theirs.slice(start, start + length + 1))) length++;
    longest = theirs.slice(start, start + length);
  }
  return longest.length >= minLength ? longest : undefined;
}

/** One vendor sentence: the code it describes in errors.go, and which SDK it is from. */
export interface VendorWording {
  readonly sdk: LcicEdition;
  readonly code: string;
  readonly text: string;
}

/** A description of ours that repeats vendor wording. */
export interface Repeat {
  /** The catalog entry. */
  readonly code: string;
  /** Which text of the entry: `summary`, or `zh-CN.cause`, and so on. */
  readonly field: string;
  /** The vendor sentence it repeats. */
  readonly vendor: VendorWording;
  /** The shared run, as it reads in the vendor's text (units joined). */
  readonly run: string;
}

const FIELDS = ['summary', 'cause', 'remedy'] as const;

/** Every description in `codes` that repeats one of `vendor`'s sentences. */
export function findRepeats(codes: readonly Pick<CodeEntry, 'code' | 'summary' | 'cause' | 'remedy' | typeof CHINESE>[], vendor: readonly VendorWording[]): Repeat[] {
  const vendorUnits = vendor.map((wording) => ({ wording, english: englishUnits(wording.text), chinese: chineseUnits(wording.text) }));
  const repeats: Repeat[] = [];
  for (const entry of codes) {
    for (const field of FIELDS) {
      const english = englishUnits(entry[field]);
      const chinese = chineseUnits(entry[CHINESE][field]);
      for (const { wording, english: theirEnglish, chinese: theirChinese } of vendorUnits) {
        const inEnglish = sharedRun(english, theirEnglish, ENGLISH_RUN);
        if (inEnglish) repeats.push({ code: entry.code, field, vendor: wording, run: inEnglish.join(' ') });
        const inChinese = sharedRun(chinese, theirChinese, CHINESE_RUN);
        if (inChinese) repeats.push({ code: entry.code, field: `${CHINESE}.${field}`, vendor: wording, run: inChinese.join('') });
      }
    }
  }
  return repeats;
}

/** The report sync prints: one line per repeat, or nothing. */
export function formatRepeats(repeats: readonly Repeat[]): string {
  if (repeats.length === 0) return '';
  return [
    `Descriptions that repeat the vendor's wording (${repeats.length}); rewrite them in our own words:`,
    ...repeats.map((r) => `  ${r.code} ${r.field}: "${r.run}" is in the ${r.vendor.sdk} SDK's errors.go wording of ${r.vendor.code}`),
  ].join('\n');
}
