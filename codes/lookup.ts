/**
 * Lookups over the generated catalog. The maps are built once, when the module is first imported,
 * and every function after that is a map read.
 */
import { codeAndAncestors } from './code-names.js';
import type { LcicAction, LcicActionCodes, LcicInternationalAction, LcicInternationalActionCodes } from './generated/actions.js';
import { actionInfos, codeInfos } from './generated/catalog-data.js';
import type { LcicErrorCodeString } from './generated/error-codes.js';
import type { ActionInfo, CodeText, ErrorCategory, ErrorCodeInfo, LcicEdition, LcicLanguage } from './types.js';

/**
 * The codes an action can return, as a string union: `ErrorCodeOf<"DescribeRoom">` is exactly
 * DescribeRoom's codes on the China site; pass `"international"` for the international site's list.
 */
export type ErrorCodeOf<A extends LcicAction, E extends LcicEdition = 'china'> = E extends 'international'
  ? A extends LcicInternationalAction
    ? LcicInternationalActionCodes[A]
    : never
  : LcicActionCodes[A];

const codesByName: ReadonlyMap<string, ErrorCodeInfo> = new Map(codeInfos.map((info) => [info.code, info]));
const actionsByName: ReadonlyMap<string, ActionInfo> = new Map(actionInfos.map((info) => [info.action, info]));

/** Every code in the catalog, sorted. */
export const allErrorCodes: readonly LcicErrorCodeString[] = codeInfos.map((info) => info.code as LcicErrorCodeString);
/** Every action in the catalog (China site), sorted. */
export const allActions: readonly LcicAction[] = actionInfos.map((info) => info.action as LcicAction);

/** Whether `value` is a code in the catalog, exactly (a parent's entry never counts). */
export function isLcicErrorCode(value: unknown): value is LcicErrorCodeString {
  return typeof value === 'string' && codesByName.has(value);
}

/** Whether `value` is the name of an LCIC action (on the China site, which offers them all). */
export function isLcicAction(value: unknown): value is LcicAction {
  return typeof value === 'string' && actionsByName.has(value);
}

/**
 * The catalog's entry for exactly `code`, or undefined when the catalog does not have it. Never a
 * parent's entry: `lookupCode('ResourceNotFound.Rom')` is undefined. For a sub-code the service
 * added before the catalog knew it, {@link lookupCodeOrAncestor} says what family it belongs to.
 */
export function lookupCode(code: string): ErrorCodeInfo | undefined {
  return codesByName.get(code);
}

/** What {@link lookupCodeOrAncestor} found, and how. */
export interface CodeMatch {
  /** The entry of the code itself (`match: 'exact'`) or of its nearest known ancestor (`'ancestor'`). */
  readonly info: ErrorCodeInfo;
  /**
   * `'exact'` when `info` is the code's own entry; `'ancestor'` when the code is not in the
   * catalog and `info` describes its nearest known parent (a typo such as `ResourceNotFound.Rom`
   * gets there too, so show the parent as a family, never as the code's own description).
   */
  readonly match: 'exact' | 'ancestor';
}

/**
 * The code's own entry, or else its nearest known ancestor's, saying which in `match`. The
 * service adds sub-codes before SDKs list them, and the family (`ResourceNotFound` for
 * `ResourceNotFound.Desk`) still says what kind of failure it is. Undefined when no ancestor is
 * known either.
 */
export function lookupCodeOrAncestor(code: string): CodeMatch | undefined {
  for (const candidate of codeAndAncestors(code)) {
    const info = codesByName.get(candidate);
    if (info) return { info, match: candidate === code ? 'exact' : 'ancestor' };
  }
  return undefined;
}

/** A code's summary, cause and remedy in `lang` (English by default). */
export function codeText(info: ErrorCodeInfo, lang: LcicLanguage = 'en'): CodeText {
  return lang === 'en' ? { summary: info.summary, cause: info.cause, remedy: info.remedy } : info.translations[lang];
}

/** The entry of a code known to be in the catalog. */
export function getCodeInfo(code: LcicErrorCodeString): ErrorCodeInfo {
  const info = codesByName.get(code);
  if (!info) throw new RangeError(`"${code}" is not an LCIC error code.`);
  return info;
}

/** An action's entry, or undefined for a name that is not an LCIC action. */
export function getActionInfo(action: string): ActionInfo | undefined {
  return actionsByName.get(action);
}

/**
 * The codes `action` can return on `edition` (China by default). An action the edition does not
 * offer returns an empty list; a name that is not an action at all throws.
 */
export function codesFor<A extends LcicAction, E extends LcicEdition = 'china'>(
  action: A,
  edition: E = 'china' as E,
): readonly ErrorCodeOf<A, E>[] {
  const info = actionsByName.get(action);
  if (!info) throw new RangeError(`"${action}" is not an LCIC action.`);
  const codes = edition === 'international' ? (info.internationalCodes ?? []) : info.codes;
  return codes as readonly ErrorCodeOf<A, E>[];
}

/** The actions that can return `code` on `edition` (China by default), sorted. */
export function actionsReturning(code: string, edition: LcicEdition = 'china'): readonly LcicAction[] {
  return actionInfos
    .filter((info) => (edition === 'international' ? info.internationalCodes : info.codes)?.includes(code))
    .map((info) => info.action as LcicAction);
}

/**
 * The families whose every member is worth retrying: throttling (`rate-limit`, such as
 * `RequestLimitExceeded.*`) and faults on the service's side (`server`, such as `InternalError.*`).
 * A sub-code of theirs that the catalog does not know yet is still throttling or a fault.
 */
const RETRYABLE_FAMILIES: ReadonlySet<ErrorCategory> = new Set(['rate-limit', 'server']);

/**
 * Whether the same call, sent again unchanged, may succeed without the caller changing anything:
 * the question a retry loop asks.
 *
 * - A code in the catalog: true when its `retry` advice is `after-backoff` (throttling, faults on
 *   the service's side, results still being computed). `after-state-change` is false: the call can
 *   succeed only after an event a loop should not wait for (`FailedOperation.RoomNotEnd`: a class
 *   runs for hours). `never` is false.
 * - A code the catalog does not know, under a known parent (`FailedOperation.SomethingNew`): it
 *   does not inherit "retry" from its parent, because most families mix retryable members with
 *   final ones and an unknown member is more likely final. It is retryable only when its nearest
 *   known ancestor is a throttling or internal-error family (category `rate-limit` or `server`)
 *   that is itself retryable: `RequestLimitExceeded.SomethingNew`, `InternalError.SomethingNew`.
 * - Anything else (no known ancestor, not a string the API would send): false.
 */
export function isRetryable(code: string): boolean {
  const found = lookupCodeOrAncestor(code);
  if (found?.info.retry !== 'after-backoff') return false;
  return found.match === 'exact' || RETRYABLE_FAMILIES.has(found.info.category);
}
