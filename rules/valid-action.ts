/**
 * An action name written as a string (`CommonClient.request("CreateRoom")`, the `X-TC-Action`
 * header) or called on an SDK client from plain JavaScript is checked by nothing until the request
 * fails with InvalidAction in production. This rule checks it against the catalog and the edition.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { allActionNames, isActionOffered, isKnownAction } from '../analysis/catalog-view.js';
import { onLcicCalls } from '../analysis/find-lcic-calls.js';
import { nearestNames } from '../lib/nearest-names.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'unknownAction' | 'notInEdition' | 'replaceAction';

const RULE = 'valid-action';

/** The fix that writes `action` where `node` names the action, keeping a string's quotes. */
function replacement(node: TSESTree.Node, text: string, action: string): string | undefined {
  // A method name is replaced; an identifier passed as the action is a constant, fixed where declared.
  if (node.type === AST_NODE_TYPES.Identifier) {
    return node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node ? action : undefined;
  }
  if (node.type === AST_NODE_TYPES.Literal || (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)) {
    const quote = text.charAt(0);
    return `${quote}${action}${quote}`;
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require LCIC action names to exist, and to exist on the configured edition',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unknownAction: "'{{action}}' is not an LCIC action, so the API would answer InvalidAction.{{hint}} Docs: {{url}}",
      notInEdition: "'{{action}}' is not offered on the {{edition}} edition of LCIC; the API would answer InvalidAction there. Docs: {{url}}",
      replaceAction: "Replace with '{{action}}'",
    },
    schema: [],
  },
  create(context) {
    const url = ruleDocsUrl(RULE);
    return onLcicCalls(context, (call) => {
      if (!call.action) return;
      const { action, actionNode, edition } = call;
      if (!isKnownAction(action)) {
        // Only actions this edition offers, so a suggestion never leads to notInEdition.
        const near = nearestNames(action, allActionNames.filter((name) => isActionOffered(name, edition)));
        const text = context.sourceCode.getText(actionNode);
        context.report({
          node: actionNode,
          messageId: 'unknownAction',
          data: { action, hint: near.length > 0 ? ` Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : '', url },
          suggest: near.flatMap((name) => {
            const fixed = replacement(actionNode, text, name);
            return fixed === undefined ? [] : [{ messageId: 'replaceAction' as const, data: { action: name }, fix: (fixer) => fixer.replaceText(actionNode, fixed) }];
          }),
        });
      } else if (!isActionOffered(action, edition)) {
        context.report({ node: actionNode, messageId: 'notInEdition', data: { action, edition, url } });
      }
    });
  },
});
