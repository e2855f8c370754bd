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

/** The first parts of the catalog's codes (`InternalError`, `FailedOperation`, ...). */
const families: ReadonlySet<string> = new Set(codeInfos.map((info) => info.code.split('.')[0] ?? info.code));

export const isKnownCode = (code: string): boolean => codeSet.has(code);
/** Whether `code` is written as a code of a catalog family (`InternalError.Timeout`): shaped like LCIC's, whether or not it is one. */
export const isLcicShaped = (code: string): boolean => code.includes('.') && families.has(code.split('.')[0] ?? '');
export const isCommonCode = (code: string): boolean => commonSet.has(code);
export const isKnownAction = (action: string): boolean => actionsByName.has(action);
export const codeOfEnumMember = (member: string): string | undefined => codeByEnumMember.get(member);

/**
 * LCIC action names that the SDK clients of other Tencent Cloud products have too (CAM's
 * `DeleteUser`, DNSPod's `DeleteRecord`, GME's `StartRecord`...), as tencentcloud-sdk-nodejs 4.1
 * declares them. A method of that name says less about its receiver than `CreateRoom` does.
 */
const SHARED_ACTION_NAMES: ReadonlySet<string> = new Set([
  'CreateDocument', 'DeleteGroup', 'DeleteRecord', 'DeleteUser', 'DescribeGroup', 'DescribeRecord', 'DescribeRecordStream',
  'DescribeRecordTask', 'DescribeUser', 'DescribeUserDetail', 'ModifyApp', 'ModifyGroup', 'StartRecord', 'StopRecord',
]);
export const isSharedActionName = (action: string): boolean => SHARED_ACTION_NAMES.has(action);

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
