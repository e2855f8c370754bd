/**
 * An action name written as a string (`CommonClient.request("CreateRoom")`, the `X-TC-Action`
 * header) or called on an SDK client from plain JavaScript is checked by nothing until the request
 * fails with InvalidAction in production. This rule checks it against the catalog and the edition.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { LcicEdition } from '../codes/types.js';
import { argumentParameters, rootOf } from '../analysis/ast.js';
import { allActionNames, isActionOffered, isKnownAction } from '../analysis/catalog-view.js';
import { onFileFacts } from '../analysis/facts.js';
import type { LcicCall } from '../analysis/find-lcic-calls.js';
import type { ValueResolver } from '../analysis/resolve-value.js';
import { readSettings } from '../analysis/settings.js';
import { nearestNames } from '../lib/nearest-names.js';
import { createRule } from './shared/create-rule.js';
import { didYouMean, editionName } from './shared/wording.js';

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

/**
 * The names a helper's action parameter is declared to take, when its type lists them (`action:
 * 'CreateRoom' | 'EndRoom'`, or a type alias of such a union in the helper's module): a
 * replacement outside that list would not compile. Undefined when the type says nothing of it.
 */
function declaredActions(call: LcicCall, resolver: ValueResolver): ReadonlySet<string> | undefined {
  const index = call.summary?.actionField === undefined ? call.summary?.actionParam : undefined;
  const fn = index === undefined ? undefined : resolver.functionOf(call.node.callee);
  const param = fn && index !== undefined ? argumentParameters(fn)[index] : undefined;
  const declared = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  const annotation = declared && 'typeAnnotation' in declared ? declared.typeAnnotation?.typeAnnotation : undefined;
  return fn && annotation ? literalUnion(annotation, rootOf(fn), 0) : undefined;
}

/** The strings a type of literals allows: `'A' | 'B'`, through type aliases of the same module. */
function literalUnion(type: TSESTree.TypeNode, program: TSESTree.Node, depth: number): Set<string> | undefined {
  if (type.type === AST_NODE_TYPES.TSLiteralType) return type.literal.type === AST_NODE_TYPES.Literal && typeof type.literal.value === 'string' ? new Set([type.literal.value]) : undefined;
  if (type.type === AST_NODE_TYPES.TSUnionType) {
    const members = type.types.map((member) => literalUnion(member, program, depth));
    return members.every((member) => member !== undefined) ? new Set(members.flatMap((member) => [...member])) : undefined;
  }
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || depth > 3 || program.type !== AST_NODE_TYPES.Program) return undefined;
  const name = type.typeName.name;
  for (const statement of program.body) {
    const alias = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (alias?.type === AST_NODE_TYPES.TSTypeAliasDeclaration && alias.id.name === name) return literalUnion(alias.typeAnnotation, program, depth + 1);
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
      unknownAction: "'{{action}}' is not an LCIC action: the API would answer InvalidAction.{{hint}}",
      notInEdition: "'{{action}}' is not offered on the {{edition}} edition of LCIC: the API would answer InvalidAction there.",
      replaceAction: "Replace with '{{action}}'",
    },
    schema: [],
  },
  translations: {
    'zh-CN': {
      unknownAction: "'{{action}}' 不是 LCIC 的接口：API 会返回 InvalidAction。{{hint}}",
      notInEdition: "LCIC {{edition}}不提供 '{{action}}'：在那里 API 会返回 InvalidAction。",
      replaceAction: "替换为 '{{action}}'",
    },
  },
  create(context) {
    const language = readSettings(context.settings).language;
    return onFileFacts(context, (facts) => {
      for (const call of facts.calls) {
        // A helper or wrapper that fixes its action itself: the name is written (and checked) inside it.
        if (call.summary && call.summary.actionParam === undefined) continue;
        // Only names known in full: `Describe${kind}` is unknown, and its prefix is not an action.
        const allowed = declaredActions(call, facts.finder.resolver);
        for (const action of call.actions) checkAction(action, call.actionNode, call.edition, call.actions.length === 1, allowed);
      }
      // A helper that answers the failures itself still sends the action it is given.
      for (const call of facts.actionHelperCalls) {
        for (const action of call.actions) checkAction(action, call.argument, call.edition, call.actions.length === 1);
      }
    });

    /** `allowed`: what the parameter the name is given to is declared to take (a replacement outside it would not compile). */
    function checkAction(action: string, actionNode: TSESTree.Node, edition: LcicEdition, replaceable: boolean, allowed?: ReadonlySet<string>): void {
      if (!isKnownAction(action)) {
        // Only actions this edition offers, so a suggestion never leads to notInEdition.
        const near = nearestNames(action, allActionNames.filter((name) => isActionOffered(name, edition)), 3, { wordPrefixes: true });
        const text = context.sourceCode.getText(actionNode);
        context.report({
          node: actionNode,
          messageId: 'unknownAction',
          data: { action, hint: didYouMean(near, language) },
          suggest: near.flatMap((name) => {
            const fixed = replaceable && (!allowed || allowed.has(name)) ? replacement(actionNode, text, name) : undefined;
            return fixed === undefined ? [] : [{ messageId: 'replaceAction' as const, data: { action: name }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(actionNode, fixed) }];
          }),
        });
      } else if (!isActionOffered(action, edition)) {
        context.report({ node: actionNode, messageId: 'notInEdition', data: { action, edition: editionName(edition, language) } });
      }
    }
  },
});
