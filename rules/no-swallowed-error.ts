/**
 * A handler that receives an LCIC failure and drops it: empty, without a parameter, never using
 * the error, or answering "success" to a failure. The error, and with it the RequestId that
 * support needs, is gone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, unwrap } from '../analysis/ast.js';
import type { ErrorHandler } from '../analysis/error-handlers.js';
import { errorBinding, readErrorUsage } from '../analysis/error-usage.js';
import { collectHandledCalls, listActions } from '../analysis/handled-calls.js';
import { readSettings } from '../analysis/settings.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'emptyHandler' | 'noErrorParameter' | 'unusedError' | 'successAfterFailure';

const RULE = 'no-swallowed-error';

const isEmptyBlock = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.BlockStatement && node.body.length === 0;

/** `true`, `{ success: true }`, `{ ok: true }`. */
function isSuccessLiteral(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === true;
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return value.properties.some(
    (p) =>
      p.type === AST_NODE_TYPES.Property &&
      p.key.type === AST_NODE_TYPES.Identifier &&
      (p.key.name === 'success' || p.key.name === 'ok') &&
      p.value.type === AST_NODE_TYPES.Literal &&
      p.value.value === true,
  );
}

/** The handler's return statements, not those of functions nested in it. */
function ownReturns(body: TSESTree.Node, found: TSESTree.ReturnStatement[] = []): TSESTree.ReturnStatement[] {
  if (body.type === AST_NODE_TYPES.ReturnStatement) found.push(body);
  for (const [key, child] of Object.entries(body) as [string, unknown][]) {
    if (key === 'parent') continue;
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item === 'object' && 'type' in item && !isFunctionNode(item as TSESTree.Node)) ownReturns(item as TSESTree.Node, found);
    }
  }
  return found;
}

/** Where the handler answers success on every path: the literal it answers with. */
function successAnswer(handler: ErrorHandler): TSESTree.Node | undefined {
  if (handler.body.type === AST_NODE_TYPES.ReturnStatement) return isSuccessLiteral(handler.body.argument) ? (handler.body.argument ?? undefined) : undefined;
  if (handler.body.type !== AST_NODE_TYPES.BlockStatement) return isSuccessLiteral(handler.body) ? handler.body : undefined;
  const returns = ownReturns(handler.body);
  const last = handler.body.body.at(-1);
  const endsWithReturn = last?.type === AST_NODE_TYPES.ReturnStatement;
  return endsWithReturn && returns.every((r) => isSuccessLiteral(r.argument)) ? (returns[0]?.argument ?? undefined) : undefined;
}

/** In a callback, the branch that runs on failure: the consequent of a leading `if (err)`. */
function callbackFailureBranch(handler: ErrorHandler): ErrorHandler | undefined {
  const binding = errorBinding(handler);
  if (!binding || handler.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  for (const statement of handler.body.body) {
    if (statement.type !== AST_NODE_TYPES.IfStatement) continue;
    const test = unwrap(statement.test);
    const testsError =
      (test.type === AST_NODE_TYPES.Identifier && test.name === binding.name) ||
      (test.type === AST_NODE_TYPES.BinaryExpression && (test.operator === '!==' || test.operator === '!=') && unwrap(test.left).type === AST_NODE_TYPES.Identifier && (unwrap(test.left) as TSESTree.Identifier).name === binding.name);
    if (testsError) return { ...handler, body: statement.consequent };
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handlers of LCIC calls that drop the error, and with it the RequestId',
      recommended: true,
      usesTypeInformation: true,
    },
    messages: {
      emptyHandler: 'This handler of {{actions}} is empty: the failure and its RequestId vanish. Rethrow the error, return it, or pass it to your error reporting. Docs: {{url}}',
      noErrorParameter: 'This handler of {{actions}} does not take the error, so the failure and its RequestId vanish. Take the error and rethrow, return or report it. Docs: {{url}}',
      unusedError: "'{{name}}' is never used: this handler drops the failure of {{actions}} and its RequestId. Rethrow, return or report it. Docs: {{url}}",
      successAfterFailure: 'This handler of {{actions}} ignores the error and answers with success, so callers believe a failed call worked. Docs: {{url}}',
    },
    schema: [],
  },
  create(context) {
    const settings = readSettings(context.settings);
    const url = ruleDocsUrl(RULE);

    return collectHandledCalls(
      context,
      () => true,
      (groups) => {
        for (const { handler: found, calls } of groups) {
          // A callback that never looks at its error is handle-callback-error's to report; here only
          // the branch that does look at it, and then drops it, is judged.
          const handler = found.kind === 'callback' ? callbackFailureBranch(found) : found;
          if (!handler) continue;
          const usage = readErrorUsage(handler, context.sourceCode, settings);
          // Looking at the code is deciding what to do: exhaustive-error-codes judges that.
          // Logging only the message is preserve-request-id's report.
          if (usage.readsCode || usage.uses || usage.throws || usage.messageOnlyLogs.length > 0) continue;
          const data = { actions: listActions(calls), url };
          // Point at the handler's first token (`catch`, the arrow's parameters, the guard's `{`), not its whole body.
          const headNode = found.kind === 'callback' ? handler.body : found.node;
          const head = (context.sourceCode.getFirstToken(headNode) ?? headNode).loc;
          const success = successAnswer(handler);
          if (isEmptyBlock(handler.body)) {
            context.report({ loc: head, messageId: 'emptyHandler', data });
          } else if (success) {
            context.report({ node: success, messageId: 'successAfterFailure', data });
          } else if (!usage.name) {
            context.report({ loc: head, messageId: 'noErrorParameter', data });
          } else {
            context.report({ node: errorBinding(found) ?? found.node, messageId: 'unusedError', data: { actions: data.actions, url, name: usage.name } });
          }
        }
      },
    );
  },
});
