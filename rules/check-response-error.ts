/**
 * A raw HTTPS call to LCIC answers HTTP 200 even when it fails: the failure is `Response.Error`
 * in the body. Code that reads `Response.RoomId` (or returns the body as a success) without
 * checking `Response.Error` first treats every failure as an empty success.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, unwrap } from '../analysis/ast.js';
import { calleeName } from '../analysis/error-usage.js';
import { onLcicCalls } from '../analysis/find-lcic-calls.js';
import { readRawResponse } from '../analysis/raw-response.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'unchecked' | 'messageWithoutCode';

const RULE = 'check-response-error';

type Polarity = 'error' | 'no-error' | undefined;

/** What a condition being true says: that there is an error, that there is none, or nothing we know. */
function polarity(test: TSESTree.Node, checks: readonly TSESTree.Node[]): Polarity {
  const node = unwrap(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const inner = polarity(node.argument, checks);
    return inner === 'error' ? 'no-error' : inner === 'no-error' ? 'error' : undefined;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(node.operator)) {
    const other = unwrap(node.right);
    const absent = (other.type === AST_NODE_TYPES.Identifier && other.name === 'undefined') || (other.type === AST_NODE_TYPES.Literal && other.value === null);
    if (!absent || polarity(node.left, checks) !== 'error') return undefined;
    return node.operator.startsWith('!') ? 'error' : 'no-error';
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    return polarity(node.left, checks) === 'error' || polarity(node.right, checks) === 'error' ? 'error' : undefined;
  }
  return checks.some((check) => contains(node, check) && (node === check || node.type === AST_NODE_TYPES.MemberExpression)) ? 'error' : undefined;
}

function alwaysExits(statement: TSESTree.Statement | null | undefined): boolean {
  if (!statement) return false;
  if (statement.type === AST_NODE_TYPES.ThrowStatement || statement.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) return alwaysExits(statement.body.at(-1));
  if (statement.type === AST_NODE_TYPES.IfStatement) return alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
  return false;
}

/** Whether every path to `use` went through a check that there is no `Response.Error`. */
function isGuarded(use: TSESTree.Node, checks: readonly TSESTree.Node[]): boolean {
  for (let child: TSESTree.Node = use, parent = use.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
      const side = polarity(parent.test, checks);
      if ((child === parent.consequent && side === 'no-error') || (child === parent.alternate && side === 'error')) return true;
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right && polarity(parent.left, checks) === 'no-error') return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      const before = parent.body.slice(0, parent.body.indexOf(child as TSESTree.Statement));
      const guard = before.some((s) => s.type === AST_NODE_TYPES.IfStatement && polarity(s.test, checks) === 'error' && alwaysExits(s.consequent));
      if (guard) return true;
    }
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require raw HTTPS calls to LCIC to check Response.Error (by its Code) before using the response',
      recommended: true,
    },
    messages: {
      unchecked:
        'The response of {{action}} is used here without checking Response.Error first. LCIC answers HTTP 200 for failures, so a failed call reads as an empty success. Check Response.Error (or use parseLcicResponse). Docs: {{url}}',
      messageWithoutCode:
        'This check of {{action}} reads Response.Error.Message but never Response.Error.Code. Messages change without notice; branch on the Code. Docs: {{url}}',
    },
    schema: [],
  },
  create(context) {
    const url = ruleDocsUrl(RULE);
    return onLcicCalls(context, (call) => {
      if (call.kind !== 'raw-http') return;
      const node = call.node;
      const reads = readRawResponse(node, calleeName(node) !== 'fetch', context.sourceCode);
      if (reads.parsed) return;
      const action = call.action ?? 'this call';
      const unchecked = reads.uses.find((use) => !isGuarded(use, reads.checks));
      if (unchecked) context.report({ node: unchecked, messageId: 'unchecked', data: { action, url } });
      const message = reads.messageReads[0];
      if (message && reads.codeReads.length === 0) context.report({ node: message, messageId: 'messageWithoutCode', data: { action, url } });
    });
  },
});
