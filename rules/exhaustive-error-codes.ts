/**
 * A handler that branches on an LCIC error's code must handle every code the call can return, or
 * have a default path; otherwise the codes nobody thought of vanish without a trace.
 */
import { actionCodes, commonCodes, isCommonCode, isKnownAction } from '../analysis/catalog-view.js';
import { dispatchOf, extensionPoint } from '../analysis/dispatch.js';
import { failuresCarryCodes, onFileFacts, rethrowPlace } from '../analysis/facts.js';
import type { LcicCall } from '../analysis/find-lcic-calls.js';
import { readSettings } from '../analysis/settings.js';
import { Fate } from '../analysis/flow/walker.js';
import { NO_CODE } from '../analysis/flow/worlds.js';
import { addMissingCasesFix, catchAllPlace } from './shared/add-missing-cases.js';
import { createRule } from './shared/create-rule.js';
import { onlyTheUnlistedFallThrough } from './shared/default-fates.js';
import { listActions, someCodes } from './shared/wording.js';

export type Options = [
  {
    checkCommonCodes?: boolean;
    checkNetworkErrors?: boolean;
    considerDefaultExhaustive?: boolean;
    ignore?: string[];
  },
];
export type MessageIds = 'missingCodes' | 'missingNoCodeBranch' | 'addMissingCases';

const RULE = 'exhaustive-error-codes';
const SHOWN_CODES = 6;

/** `AuthFailure.*` → a test for codes under AuthFailure; `*` matches any run of characters. */
function ignorePattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Required codes by options and actions, shared by every file of a run (there are few combinations). */
const requiredByCalls = new Map<string, readonly string[]>();

/** LCIC's own codes first: they are the ones a caller can do something specific about. */
function lcicFirst(codes: readonly string[]): string[] {
  return [...codes.filter((code) => !isCommonCode(code)), ...codes.filter(isCommonCode)];
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require handlers that branch on an LCIC error code to handle every code the call can return, or to have a default',
      recommended: true,
      usesTypeInformation: true,
      strictOptions: [{ checkCommonCodes: true, checkNetworkErrors: true }],
    },
    hasSuggestions: true,
    messages: {
      missingCodes: 'This handler lets {{count}} code{{plural}} of {{actions}} fall through: {{codes}}. Give each a branch, or rethrow what is left.',
      missingNoCodeBranch: 'Failures of {{actions}} without a code (network errors, non-200 replies) fall through this handler.',
      addMissingCases: 'Add {{count}} missing case{{plural}}, rethrowing the error',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkCommonCodes: {
            type: 'boolean',
            description: "Also require the common codes (any Tencent Cloud action can return them) that are not in the action's own list.",
          },
          checkNetworkErrors: {
            type: 'boolean',
            description: 'Also require a branch for failures that carry no code: network errors and non-200 HTTP replies.',
          },
          considerDefaultExhaustive: {
            type: 'boolean',
            description: 'Whether a default path (default case, final else, or a rethrow after the dispatch) counts as handling every code.',
          },
          ignore: {
            type: 'array',
            items: { type: 'string' },
            description: 'Codes not to require, as patterns where * matches anything (for example "AuthFailure.*").',
          },
        },
      },
    ],
    defaultOptions: [{ checkCommonCodes: false, checkNetworkErrors: false, considerDefaultExhaustive: true, ignore: [] }],
  },
  translations: {
    'zh-CN': {
      missingCodes: '此处理逻辑让 {{actions}} 的 {{count}} 个错误码漏了过去：{{codes}}。请逐一处理，或把其余错误重新抛出。',
      missingNoCodeBranch: '{{actions}} 没有错误码的失败（网络错误、非 200 响应）会从此处理逻辑漏过。',
      addMissingCases: '补上 {{count}} 个缺失的分支，重新抛出错误',
    },
  },
  create(context, [options]) {
    const ignored = (options.ignore ?? []).map(ignorePattern);
    const language = readSettings(context.settings).language;
    /** Whether the world's paths leave the code unhandled: falling through, or (without defaults) not picked out. */
    const unhandled = (fates: number) => (options.considerDefaultExhaustive ? (fates & Fate.FellThrough) !== 0 : (fates & ~Fate.Matched) !== 0);

    /** The codes a handler of these calls must handle, LCIC's own first: the same for every handler of the same actions. */
    const optionsKey = `${String(options.checkCommonCodes)}\n${(options.ignore ?? []).join('\n')}`;
    function requiredCodes(calls: readonly LcicCall[]): readonly string[] {
      const key = `${optionsKey}\n${calls.map((call) => `${call.edition}:${call.actions.join('|')}`).join(',')}`;
      let required = requiredByCalls.get(key);
      if (!required) {
        const listed = new Set(calls.flatMap((call) => call.actions.flatMap((action) => actionCodes(action, call.edition))));
        required = lcicFirst([...listed, ...(options.checkCommonCodes ? commonCodes.filter((c) => !listed.has(c)) : [])]).filter(
          (code) => !ignored.some((pattern) => pattern.test(code)),
        );
        if (requiredByCalls.size > 1000) requiredByCalls.clear();
        requiredByCalls.set(key, required);
      }
      return required;
    }

    return onFileFacts(context, (facts) => {
      for (const group of facts.groups) {
        const { handler, calls } = group;
        if (!calls.every((call) => failuresCarryCodes(call) && call.actions.length > 0 && call.actions.every(isKnownAction))) continue;
        const flow = facts.failureFlow(group, { withCommonCodes: options.checkCommonCodes });
        // A code compared with a value the analysis cannot know: which codes fall through is not known either.
        if (!flow?.dispatches || flow.comparesUnknownValue) continue;
        const dispatch = dispatchOf(flow.reachedTests, handler.body);
        const anchor = dispatch?.anchor ?? handler.node;

        const missing = requiredCodes(calls).filter((code) => unhandled(flow.fates(flow.worlds.indexOf(code) ?? -1)));
        if (missing.length === 0 && !options.checkNetworkErrors) continue;
        const actions = listActions(calls, language);
        if (missing.length > 0) {
          const plural = missing.length === 1 ? '' : 's';
          // A throw in the international SDK's callback reaches no handler (handle-callback-error reports it): no fix that writes one.
          // In the last handler of a chain nobody awaits, returns or catches: the added cases hand the error to `next` in an Express handler, and there is no fix elsewhere.
          const target = rethrowPlace(group, facts.finder.resolver);
          const next = target === 'next' ? target : undefined;
          const fix = dispatch && target ? addMissingCasesFix(dispatch, handler, flow.tests, missing, context.sourceCode, next) : undefined;
          // Offered only when the added cases would take every one of these codes: a path that
          // misses the dispatch (an early return, say) would keep the report.
          const at = dispatch && extensionPoint(dispatch);
          const place = dispatch && catchAllPlace(dispatch, handler, context.sourceCode);
          const added = at && { at, codes: missing, catchAll: place === 'else', rethrowAtEnd: place === 'end' };
          const simulated = fix && added && facts.failureFlowWithAddedCases(group, added, options.checkCommonCodes ?? false);
          // Nor would it leave the codes nobody lists falling through a default that does not leave
          // (`default: label = 'other'`, `continue`): no-swallowed-error would then report the switch.
          const resolves = simulated !== undefined && !onlyTheUnlistedFallThrough(simulated) && missing.every((code) => !unhandled(simulated.fates(simulated.worlds.indexOf(code) ?? -1)));
          context.report({
            node: anchor,
            messageId: 'missingCodes',
            data: { actions, count: missing.length, plural, codes: someCodes(missing, SHOWN_CODES, language) },
            suggest: fix && resolves ? [{ messageId: 'addMissingCases', data: { count: missing.length, plural }, fix }] : [],
          });
        }
        if (options.checkNetworkErrors && unhandled(flow.fates(flow.worlds.indexOf(NO_CODE) ?? -1))) {
          context.report({ node: anchor, messageId: 'missingNoCodeBranch', data: { actions } });
        }
      }
    });
  },
});
