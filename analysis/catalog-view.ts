/**
 * The catalog as the rules need it: sets and maps built once per process from the generated data,
 * so a rule's per-node question is a lookup.
 */
import { actionInfos, codeInfos, type LcicEdition } from '../codes/index.js';
import { enumMemberName } from '../codes/enum-names.js';

const codeSet: ReadonlySet<string> = new Set(codeInfos.map((info) => info.code));
const actionsByName = new Map(actionInfos.map((info) => [info.action, info]));

export const allCodeNames: readonly string[] = codeInfos.map((info) => info.code);
export const allActionNames: readonly string[] = actionInfos.map((info) => info.action);

/** Codes any action can return, whatever its own list says. */
export const commonCodes: readonly string[] = codeInfos.filter((info) => info.scope === 'common').map((info) => info.code);
const commonSet: ReadonlySet<string> = new Set(commonCodes);

/** `ResourceNotFound_Room` → `ResourceNotFound.Room`, for reading `LcicErrorCode.X` members. */
const codeByEnumMember: ReadonlyMap<string, string> = new Map(codeInfos.map((info) => [enumMemberName(info.code), info.code]));

export const isKnownCode = (code: string): boolean => codeSet.has(code);
export const isCommonCode = (code: string): boolean => commonSet.has(code);
export const isKnownAction = (action: string): boolean => actionsByName.has(action);
export const codeOfEnumMember = (member: string): string | undefined => codeByEnumMember.get(member);

/** Whether `action` exists on `edition`. */
export function isActionOffered(action: string, edition: LcicEdition): boolean {
  return actionsByName.get(action)?.editions.includes(edition) ?? false;
}

/** The codes `action` lists on `edition`; empty for an unknown action or one the edition lacks. */
export function actionCodes(action: string, edition: LcicEdition): readonly string[] {
  const info = actionsByName.get(action);
  if (!info) return [];
  return edition === 'international' ? (info.internationalCodes ?? []) : info.codes;
}
