/**
 * A handler that branches on an LCIC error's code must handle every code the call can return, or
 * have a default path; otherwise the codes nobody thought of vanish without a trace.
 */
import { analyzeHandler, uncoveredCodes } from '../analysis/covered-codes.js';
import { actionCodes, commonCodes, isCommonCode, isKnownAction } from '../analysis/catalog-view.js';
import { collectHandledCalls, listActions } from '../analysis/handled-calls.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { addMissingCasesFix } from './shared/add-missing-cases.js';
import { createRule } from './shared/create-rule.js';

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

/** LCIC's own codes first: they are the ones a caller can do something specific about. */
function lcicFirst(codes: readonly string[]): string[] {
  return [...codes.filter((code) => !isCommonCode(code)), ...codes.filter(isCommonCode)];
}

function describeCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, SHOWN_CODES).join(', ');
  return codes.length > SHOWN_CODES ? `${shown} and ${codes.length - SHOWN_CODES} more` : shown;
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
      missingCodes:
        '{{actions}} can fail with {{count}} code{{plural}} that this handler lets fall through: {{codes}}. Handle them, or add a default that rethrows. Docs: {{url}}',
      missingNoCodeBranch:
        'Failures of {{actions}} without a code (network errors, non-200 HTTP replies) fall through this handler. Add a branch for them, or a default that rethrows. Docs: {{url}}',
      addMissingCases: 'Add {{count}} missing case{{plural}} that rethrow the error',
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
  create(context, [options]) {
    const ignored = (options.ignore ?? []).map(ignorePattern);
    const url = ruleDocsUrl(RULE);

    return collectHandledCalls(
      context,
      (call) => call.action !== undefined && isKnownAction(call.action),
      (groups, finder) => {
        for (const { handler, calls } of groups) {
          const result = analyzeHandler(handler, context.sourceCode, finder.resolver);
          const { dispatch } = result;
          if (!dispatch || (result.hasDefault && options.considerDefaultExhaustive)) continue;

          const listed = new Set(calls.flatMap((call) => actionCodes(call.action ?? '', call.edition)));
          const required = lcicFirst([...listed, ...(options.checkCommonCodes ? commonCodes.filter((c) => !listed.has(c)) : [])]).filter(
            (code) => !ignored.some((pattern) => pattern.test(code)),
          );
          const missing = uncoveredCodes(required, result.tests);
          const actions = listActions(calls);
          if (missing.length > 0) {
            const plural = missing.length === 1 ? '' : 's';
            const fix = addMissingCasesFix(dispatch, result, missing, context.sourceCode);
            context.report({
              node: dispatch.anchor,
              messageId: 'missingCodes',
              data: { actions, count: missing.length, plural, codes: describeCodes(missing), url },
              suggest: fix ? [{ messageId: 'addMissingCases', data: { count: missing.length, plural }, fix }] : [],
            });
          }
          if (options.checkNetworkErrors && !result.handlesMissingCode) {
            context.report({ node: dispatch.anchor, messageId: 'missingNoCodeBranch', data: { actions, url } });
          }
        }
      },
    );
  },
});
