/**
 * Callback-form LCIC calls: the callback gets `(err, response)`, and on failure `response` is
 * null. Ignoring `err`, reading `response` first, or destructuring it in the parameter list turns
 * an API failure into a TypeError far from its cause. With `tencentcloud-sdk-nodejs` the method
 * also returns a promise that rejects after the callback ran; left floating, it crashes Node.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../analysis/ast.js';
import { readsOf } from '../analysis/error-usage.js';
import { onLcicCalls, type LcicCall } from '../analysis/find-lcic-calls.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'missingErrorParameter' | 'errorNotChecked' | 'responseBeforeError' | 'destructuredResponse' | 'floatingPromise' | 'guardWithIfError' | 'catchPromise';

const RULE = 'handle-callback-error';

/** Inserts `if (err) { console.error(err); return; }` at the top of a block body. */
function guardFix(callback: FunctionNode, name: string, sourceCode: Readonly<TSESLint.SourceCode>) {
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const brace = sourceCode.getFirstToken(callback.body);
  if (!brace) return undefined;
  const first = callback.body.body[0];
  const line = sourceCode.lines[(first ?? callback.body).loc.start.line - 1] ?? '';
  const indent = first ? (/^\s*/.exec(line)?.[0] ?? '') : `${/^\s*/.exec(line)?.[0] ?? ''}  `;
  return (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(brace, `\n${indent}if (${name}) {\n${indent}  console.error(${name});\n${indent}  return;\n${indent}}`);
}

/** Whether the promise the call returns is dropped: a bare statement, or behind `void`. */
function isFloating(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  while (node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') node = node.parent;
  return node.parent.type === AST_NODE_TYPES.ExpressionStatement;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require callback-form LCIC calls to check the error before using the response, and to handle the returned promise',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    messages: {
      missingErrorParameter: 'The callback of {{action}} takes no parameters, so a failure goes unnoticed. Its first parameter is the error. Docs: {{url}}',
      errorNotChecked: "'{{name}}' is never read: when {{action}} fails, the callback carries on as if it had worked. Docs: {{url}}",
      responseBeforeError: "'{{response}}' is used before '{{name}}' is checked; when {{action}} fails it is null. Check the error first. Docs: {{url}}",
      destructuredResponse: 'The response of {{action}} is destructured in the parameter list, but it is null when the call fails: this throws a TypeError before the error can be checked. Docs: {{url}}',
      floatingPromise:
        '{{action}} also returns a promise that rejects when the call fails, even with a callback; left unhandled, the rejection crashes Node. Add .catch() or await it. Docs: {{url}}',
      guardWithIfError: 'Return early when {{name}} is set',
      catchPromise: 'Catch the returned promise (the callback already received the error)',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const url = ruleDocsUrl(RULE);

    function checkCallback(call: LcicCall, callback: FunctionNode): void {
      const action = call.action ?? 'The call';
      const [errorParam, responseParam] = callback.params;
      if (!errorParam) {
        context.report({ loc: (sourceCode.getFirstToken(callback) ?? callback).loc, messageId: 'missingErrorParameter', data: { action, url } });
        return;
      }
      if (responseParam?.type === AST_NODE_TYPES.ObjectPattern || responseParam?.type === AST_NODE_TYPES.ArrayPattern) {
        context.report({ node: responseParam, messageId: 'destructuredResponse', data: { action, url } });
      }
      if (errorParam.type !== AST_NODE_TYPES.Identifier) return; // an unusual shape: say nothing rather than guess
      const name = errorParam.name;
      const errorReads = readsOf(errorParam, sourceCode);
      const fix = guardFix(callback, name, sourceCode);
      const suggest = fix ? [{ messageId: 'guardWithIfError' as const, data: { name }, fix }] : [];
      if (errorReads.length === 0) {
        context.report({ node: errorParam, messageId: 'errorNotChecked', data: { name, action, url }, suggest });
        return;
      }
      if (responseParam?.type !== AST_NODE_TYPES.Identifier) return;
      const [firstResponseUse] = readsOf(responseParam, sourceCode);
      const [firstErrorRead] = errorReads;
      if (firstResponseUse && firstErrorRead && firstResponseUse.range[0] < firstErrorRead.range[0]) {
        context.report({ node: firstResponseUse, messageId: 'responseBeforeError', data: { name, response: responseParam.name, action, url }, suggest });
      }
    }

    return onLcicCalls(context, (call) => {
      const node = call.node;
      if (!call.callback || (call.kind !== 'sdk' && call.kind !== 'intl-sdk' && call.kind !== 'common-client')) return;
      checkCallback(call, call.callback);
      // The international SDK returns nothing; the others return a promise that also rejects.
      if (call.kind !== 'intl-sdk' && isFloating(node)) {
        context.report({
          node,
          messageId: 'floatingPromise',
          data: { action: call.action ?? 'The call', url },
          suggest: [{ messageId: 'catchPromise', fix: (fixer) => fixer.insertTextAfter(node, '.catch(() => undefined)') }],
        });
      }
    });
  },
});
