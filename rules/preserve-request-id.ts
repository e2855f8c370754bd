/**
 * The RequestId is the one thing Tencent Cloud support asks for. A handler that rethrows a new
 * error built from the LCIC error's message, or logs only the message, throws it away.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, unwrap } from '../analysis/ast.js';
import { calleeName, keepsError, readErrorUsage } from '../analysis/error-usage.js';
import { collectHandledCalls, listActions } from '../analysis/handled-calls.js';
import { readSettings } from '../analysis/settings.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'newErrorLosesRequestId' | 'logsMessageOnly' | 'addCause' | 'logWholeError';

const RULE = 'preserve-request-id';
const ERROR_CLASS = /(^Error$|Error$|Exception$)/;

/** `new XError(...)` thrown, returned, or passed to `Promise.reject`, anywhere in the handler. */
function newErrorsLeaving(body: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.NewExpression[] {
  const found: TSESTree.NewExpression[] = [];
  const leaving = (value: TSESTree.Node | null | undefined) => {
    const inner = value && unwrap(value);
    if (inner?.type === AST_NODE_TYPES.NewExpression && ERROR_CLASS.test(calleeName(inner) ?? '')) found.push(inner);
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.ReturnStatement) leaving(node.argument);
    if (node.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'reject') leaving(node.arguments[0]);
    if (node.type === AST_NODE_TYPES.ArrowFunctionExpression && node.expression && node !== body) leaving(node.body);
    if (node !== body && isFunctionNode(node) && node.type === AST_NODE_TYPES.FunctionDeclaration) return;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
    }
  };
  visit(body);
  return found;
}

/** Adds `cause: err` to a one-argument error, or to its options object. */
function addCause(node: TSESTree.NewExpression, name: string, sourceCode: Readonly<TSESLint.SourceCode>) {
  const [message, options] = node.arguments;
  if (message && !options) return (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(message, `, { cause: ${name} }`);
  if (options?.type === AST_NODE_TYPES.ObjectExpression) {
    if (options.properties.length === 0) return (fixer: TSESLint.RuleFixer) => fixer.replaceText(options, `{ cause: ${name} }`);
    const brace = sourceCode.getFirstToken(options);
    return brace ? (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(brace, ` cause: ${name},`) : undefined;
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require handlers of LCIC calls to keep the error (and its RequestId) when they rethrow or log it',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    messages: {
      newErrorLosesRequestId:
        'This new {{errorClass}} replaces the failure of {{actions}} without the original error, so its RequestId is lost. Pass the error as the cause. Docs: {{url}}',
      logsMessageOnly: "Logging only '{{name}}.message' loses the RequestId of the failure of {{actions}}. Log the error itself. Docs: {{url}}",
      addCause: 'Add { cause: {{name}} }',
      logWholeError: 'Also pass {{name}} to the log call',
    },
    schema: [],
  },
  create(context) {
    const settings = readSettings(context.settings);
    const sourceCode = context.sourceCode;
    const url = ruleDocsUrl(RULE);

    return collectHandledCalls(
      context,
      () => true,
      (groups) => {
        for (const { handler, calls } of groups) {
          const usage = readErrorUsage(handler, sourceCode, settings);
          const name = usage.name;
          if (!name) continue;
          const actions = listActions(calls);
          for (const created of newErrorsLeaving(handler.body, sourceCode.visitorKeys)) {
            if (keepsError(created, usage.references)) continue;
            const fix = addCause(created, name, sourceCode);
            context.report({
              node: created,
              messageId: 'newErrorLosesRequestId',
              data: { errorClass: calleeName(created) ?? 'error', actions, url },
              suggest: fix ? [{ messageId: 'addCause', data: { name }, fix }] : [],
            });
          }
          for (const { call, message } of usage.messageOnlyLogs) {
            const last = call.arguments.at(-1) ?? message;
            context.report({
              node: message,
              messageId: 'logsMessageOnly',
              data: { name, actions, url },
              suggest: [{ messageId: 'logWholeError', data: { name }, fix: (fixer) => fixer.insertTextAfter(last, `, ${name}`) }],
            });
          }
        }
      },
    );
  },
});
