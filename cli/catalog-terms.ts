/**
 * What the commands share about the catalog: names in any letter case, a code as JSON (one shape
 * for `explain --json` and each entry of `list --json`), and the labels in each language.
 */
import {
  actionsReturning,
  allActions,
  allErrorCodes,
  codeText,
  isRetryable,
  type ErrorCategory,
  type ErrorCodeInfo,
  type LcicAction,
  type LcicEdition,
  type LcicErrorCodeString,
  type LcicLanguage,
  type RetryAdvice,
} from '../codes/index.js';

const byLowerCase = <T extends string>(names: readonly T[]): ReadonlyMap<string, T> => new Map(names.map((name) => [name.toLowerCase(), name]));
const codesByLowerCase = byLowerCase(allErrorCodes);
const actionsByLowerCase = byLowerCase(allActions);

/** The catalog's spelling of a code typed in any letter case, or undefined. */
export function canonicalCode(input: string): LcicErrorCodeString | undefined {
  return codesByLowerCase.get(input.toLowerCase());
}

/** The API's spelling of an action typed in any letter case, or undefined. */
export function canonicalAction(input: string): LcicAction | undefined {
  return actionsByLowerCase.get(input.toLowerCase());
}

/** A code as `explain --json` prints it and as each entry of `list --json`: the same keys in every language. */
export function codeAsJson(info: ErrorCodeInfo, edition: LcicEdition, lang: LcicLanguage) {
  const text = codeText(info, lang);
  return {
    code: info.code,
    summary: text.summary,
    cause: text.cause,
    remedy: text.remedy,
    retryable: isRetryable(info.code),
    retry: info.retry,
    category: info.category,
    scope: info.scope,
    parent: info.parent ?? null,
    editions: info.editions,
    retired: info.retired,
    actions: actionsReturning(info.code, edition),
  };
}

/** The words around the catalog's prose in `explain`, per language. */
export interface Labels {
  readonly retired: string;
  readonly cause: string;
  readonly remedy: string;
  readonly retry: string;
  readonly retryWords: Readonly<Record<RetryAdvice, string>>;
  readonly category: string;
  readonly categoryWords: Readonly<Record<ErrorCategory, string>>;
  readonly scope: string;
  readonly scopeCommon: string;
  readonly editions: string;
  readonly parent: string;
  readonly children: string;
  readonly returnedBy: (count: number, edition: LcicEdition, actions: string) => string;
  readonly notListed: (edition: LcicEdition, common: boolean) => string;
  readonly docs: string;
  /** Why the input is not a code, then the nearest ones and the family of an unknown sub-code. */
  readonly notACode: (input: string) => string;
  readonly didYouMean: (names: readonly string[]) => string;
  /** `explain` accepts any letter case, but the API compares codes exactly: said when the two differ. */
  readonly otherCase: (input: string, code: string) => string;
  /** The same for an action name in `list --action`. */
  readonly otherCaseAction: (input: string, action: string) => string;
  /** For `explain` given an action's name (or a near one) instead of a code. */
  readonly actionsInstead: (actions: readonly string[]) => string;
  /** After `list --action`: the common codes any action may answer with that its own list leaves out. */
  readonly commonToo: (codes: readonly string[]) => string;
  readonly family: (parent: string, summary: string) => string;
}

/** Codes by family, the first few written out: `AuthFailure.*, RequestLimitExceeded.*, ResourceInUse, …`. */
function familiesOf(codes: readonly string[]): string {
  const families = [...new Set(codes.map((code) => code.split('.')[0] ?? code))];
  const named = families.map((family) => (codes.some((code) => code.startsWith(`${family}.`)) ? `${family}.*` : family));
  // The families a caller meets most: signing, throttling.
  const first = [...named.filter((name) => name.startsWith('AuthFailure') || name.startsWith('RequestLimitExceeded')), ...named.filter((name) => !name.startsWith('AuthFailure') && !name.startsWith('RequestLimitExceeded'))];
  return first.length > 3 ? `${first.slice(0, 3).join(', ')}, …` : first.join(', ');
}

export const LABELS: Readonly<Record<LcicLanguage, Labels>> = {
  en: {
    retired: ' (retired: no action returns it any more)',
    cause: 'Cause:      ',
    remedy: 'What to do: ',
    retry: 'Retry:      ',
    retryWords: {
      never: 'no: change the request, the account or the clock first',
      'after-backoff': 'yes, the same call after a back-off',
      'after-state-change': 'not in a loop: call again once the resource has changed state',
    },
    category: 'Category:   ',
    categoryWords: {
      authentication: 'authentication',
      signature: 'signature',
      permission: 'permission',
      parameter: 'parameter',
      quota: 'quota',
      'rate-limit': 'rate-limit',
      'resource-state': 'resource-state',
      'not-found': 'not-found',
      server: 'server',
      'request-format': 'request-format',
      unsupported: 'unsupported',
      'dry-run': 'dry-run',
    },
    scope: 'Scope:      ',
    scopeCommon: 'common (any Tencent Cloud API action can return it)',
    editions: 'Editions:   ',
    parent: 'Parent:     ',
    children: 'Sub-codes:  ',
    returnedBy: (count, edition, actions) => `Returned by ${count} action${count === 1 ? '' : 's'} (${edition}): ${actions}`,
    notListed: (edition, common) => `No action lists it on the ${edition} site${common ? ', but as a common code any action can return it' : ''}.`,
    docs: 'Docs:       ',
    notACode: (input) => `"${input}" is not an LCIC error code.`,
    didYouMean: (names) => (names.length === 0 ? '' : ` Did you mean ${names.map((n) => `"${n}"`).join(', ')}?`),
    otherCase: (input, code) => `Note: the API writes this code "${code}". Codes are compared exactly, so "${input}" in your code never matches.`,
    otherCaseAction: (input, action) => `Note: the action is "${action}". Action names are matched exactly: a request for "${input}" fails with InvalidAction.`,
    actionsInstead: (actions) => ` ${actions.length === 1 ? `"${actions[0]}" is an action` : `Near actions: ${actions.map((a) => `"${a}"`).join(', ')}`}: \`lcic-errors list --action ${actions[0] ?? 'NAME'}\` lists the codes ${actions.length === 1 ? 'it' : 'one'} can answer with.`,
    commonToo: (codes) => `Any action can also answer with ${codes.length} common codes its list leaves out (${familiesOf(codes)}); \`lcic-errors list\` shows every code.`,
    family: (parent, summary) => ` An unknown sub-code belongs to the family of its parent "${parent}": ${summary}`,
  },
  'zh-CN': {
    retired: '（已停用：不再有接口返回它）',
    cause: '常见原因：',
    remedy: '处理方法：',
    retry: '能否重试：',
    retryWords: {
      never: '不能：须先修改请求、账号或时钟',
      'after-backoff': '可以：退避一段时间后原样重发',
      'after-state-change': '不要循环重试：等资源状态改变后再调用',
    },
    category: '类别：    ',
    categoryWords: {
      authentication: '身份认证（authentication）',
      signature: '签名（signature）',
      permission: '权限（permission）',
      parameter: '参数（parameter）',
      quota: '配额（quota）',
      'rate-limit': '频率限制（rate-limit）',
      'resource-state': '资源状态（resource-state）',
      'not-found': '资源不存在（not-found）',
      server: '服务端（server）',
      'request-format': '请求格式（request-format）',
      unsupported: '不支持（unsupported）',
      'dry-run': '预检（dry-run）',
    },
    scope: '范围：    ',
    scopeCommon: '公共错误码（任何腾讯云 API 接口都可能返回）',
    editions: '站点：    ',
    parent: '父错误码：',
    children: '子错误码：',
    returnedBy: (count, edition, actions) => `${edition === 'china' ? '国内站' : '国际站'}有 ${count} 个接口返回它：${actions}`,
    notListed: (edition, common) => `${edition === 'china' ? '国内站' : '国际站'}没有接口列出它${common ? '，但作为公共错误码，任何接口都可能返回' : ''}。`,
    docs: '文档：    ',
    notACode: (input) => `"${input}" 不是 LCIC 错误码。`,
    didYouMean: (names) => (names.length === 0 ? '' : `是不是想找 ${names.map((n) => `"${n}"`).join('、')}？`),
    otherCase: (input, code) => `注意：接口返回的写法是 "${code}"。错误码按原样比较，代码里写成 "${input}" 永远匹配不上。`,
    otherCaseAction: (input, action) => `注意：接口名是 "${action}"。接口名按原样匹配：请求 "${input}" 会得到 InvalidAction。`,
    actionsInstead: (actions) => `${actions.length === 1 ? `"${actions[0]}" 是接口名` : `相近的接口名：${actions.map((a) => `"${a}"`).join('、')}`}：\`lcic-errors list --action ${actions[0] ?? 'NAME'}\` 列出${actions.length === 1 ? '它' : '一个接口'}可能返回的错误码。`,
    commonToo: (codes) => `任何接口还可能返回它的列表里没有的 ${codes.length} 个公共错误码（${familiesOf(codes)}）；\`lcic-errors list\` 列出所有错误码。`,
    family: (parent, summary) => `未知的子错误码属于其父错误码 "${parent}" 一类：${summary}`,
  },
};
