/**
 * Lookups over the generated catalog. The maps are built once, when the module is first imported,
 * and every function after that is a map read.
 */
import { codeAndAncestors } from './code-names.js';
import type { LcicAction, LcicActionCodes, LcicInternationalAction, LcicInternationalActionCodes } from './generated/actions.js';
import { actionInfos, codeInfos } from './generated/catalog-data.js';
import type { LcicErrorCodeString } from './generated/error-codes.js';
import type { ActionInfo, ErrorCodeInfo, LcicEdition } from './types.js';

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

/** Whether `value` is a code in the catalog (exactly; use {@link lookupCode} for parent fallback). */
export function isLcicErrorCode(value: unknown): value is LcicErrorCodeString {
  return typeof value === 'string' && codesByName.has(value);
}

/** Whether `value` is the name of an LCIC action (on the China site, which offers them all). */
export function isLcicAction(value: unknown): value is LcicAction {
  return typeof value === 'string' && actionsByName.has(value);
}

/** What {@link lookupCode} found: the entry, and whether it is the code itself or an ancestor. */
export interface CodeLookup {
  /** The entry of the code, or of its nearest known parent. */
  readonly info: ErrorCodeInfo;
  /** False when the code is not in the catalog and `info` describes its nearest known parent. */
  readonly exact: boolean;
}

/**
 * Finds a code's description. An unknown sub-code such as `ResourceNotFound.Foo` falls back to
 * its nearest known parent (`ResourceNotFound`) with `exact: false`, because the service adds
 * sub-codes before SDKs list them and the parent still says what kind of failure it is.
 */
export function lookupCode(code: string): CodeLookup | undefined {
  for (const candidate of codeAndAncestors(code)) {
    const info = codesByName.get(candidate);
    if (info) return { info, exact: candidate === code };
  }
  return undefined;
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
 * Whether sending the same request again can succeed (immediately or after a back-off).
 * Unknown codes fall back to their parent; a code unknown altogether is not retryable.
 */
export function isRetryable(code: string): boolean {
  const found = lookupCode(code);
  return found !== undefined && found.info.retry !== 'never';
}
