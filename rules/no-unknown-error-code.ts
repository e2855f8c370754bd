/**
 * A handler that compares an LCIC error's code with a string that is no code at all (a typo), or
 * with a real code that none of its calls can return (a dead branch), is waiting for something
 * that will never come while the real failures pass by.
 */
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { rootOf } from '../analysis/ast.js';
import { actionCodes, allCodeNames, commonCodes, isKnownAction, isLcicShaped } from '../analysis/catalog-view.js';
import { awaitsOtherWork } from '../analysis/error-handlers.js';
import { failuresCarryCodes, onFileFacts, type HandlerGroup } from '../analysis/facts.js';
import { failuresIncludeNetworkCodes } from '../analysis/find-lcic-calls.js';
import { readSettings } from '../analysis/settings.js';
import type { CodeTest } from '../analysis/flow/conditions.js';
import { moduleOfNode } from '../analysis/modules/index.js';
import { nearestNames } from '../lib/nearest-names.js';
import { createRule } from './shared/create-rule.js';
import { didYouMean, listActions } from './shared/wording.js';

export type Options = [];
export type MessageIds = 'unknownCode' | 'unreachableCode' | 'unreachableListedCode' | 'unknownCodeElsewhere' | 'replaceCode';

const RULE = 'no-unknown-error-code';


/** Whether any code in `codes` could satisfy the test. */
function matchesAny(test: CodeTest, codes: Iterable<string>): boolean {
  for (const code of codes) {
    if (test.match === 'exact' ? code === test.code : test.match === 'prefix' ? code.startsWith(test.code) : code === test.code || code.startsWith(`${test.code}.`)) {
      return true;
    }
  }
  return false;
}

type Call = HandlerGroup['calls'][number];

/** Each call's codes, made once: a handler's every comparison asks for them. */
const callCodes = new WeakMap<Call, ReadonlySet<string>>();
function codesOf(call: Call): ReadonlySet<string> {
  let codes = callCodes.get(call);
  if (!codes) {
    codes = new Set(call.actions.flatMap((action) => actionCodes(action, call.edition)));
    callCodes.set(call, codes);
  }
  return codes;
}

/** The codes every call of the group can return, or undefined when an action is not known. */
function returnableCodes(calls: HandlerGroup['calls']): ReadonlySet<string> | undefined {
  if (calls.some((call) => call.actions.length === 0 || !call.actions.every(isKnownAction))) return undefined;
  const [first, ...rest] = calls;
  if (first && rest.every((call) => call === first)) return codesOf(first);
  return new Set(calls.flatMap((call) => [...codesOf(call)]));
}

/** The families of the codes, each with its trailing dot: `FailedOperation.` for `FailedOperation.ClassEnded`. */
function familyPrefixes(codes: readonly string[]): string[] {
  const families = new Set<string>();
  for (const code of codes) {
    const parts = code.split('.');
    for (let length = 1; length < parts.length; length++) families.add(`${parts.slice(0, length).join('.')}.`);
  }
  return [...families];
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing an LCIC error code with a code that does not exist, or that the calls handled can never return',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    messages: {
      unknownCode: "'{{code}}' is not an LCIC error code, so this never matches.{{hint}}",
      unreachableCode: "{{actions}} never return{{s}} '{{code}}'{{edition}}, so this branch never runs.",
      unreachableListedCode: "{{actions}} never return{{s}} '{{code}}'{{edition}}, so this entry of the list never matches.",
      unknownCodeElsewhere: "'{{code}}', written in {{place}} and compared with the error's code from here, is not an LCIC error code, so it never matches.{{hint}}",
      replaceCode: "Replace with '{{code}}'",
    },
    schema: [],
  },
  translations: {
    'zh-CN': {
      unknownCode: "'{{code}}' 不是 LCIC 错误码，这个比较永远不会成立。{{hint}}",
      unreachableCode: "{{actions}}{{edition}}不会返回 '{{code}}'，这个分支永远不会执行。",
      unreachableListedCode: "{{actions}}{{edition}}不会返回 '{{code}}'，列表中的这一项永远不会匹配。",
      unknownCodeElsewhere: "写在 {{place}}、经由此处与错误码比较的 '{{code}}' 不是 LCIC 错误码，这个比较永远不会成立。{{hint}}",
      replaceCode: "替换为 '{{code}}'",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const language = readSettings(context.settings).language;

    /**
     * Where to report a test: on it, when it is in this file; otherwise on the call in this file
     * that leads to it (a guard or mapping helper of another module), naming where it is.
     */
    function placeOf(tests: readonly CodeTest[], references: readonly TSESTree.Node[]): { node: TSESTree.Node; place: string | undefined } | undefined {
      const [test] = tests;
      if (!test) return undefined;
      if (rootOf(test.node) === sourceCode.ast) return { node: test.node, place: undefined };
      const file = moduleOfNode(test.node)?.filename;
      // The call into the other module's guard, or the look-up here in a table the other module exports.
      // Reached from several places here (a table two handlers look up): the first of them.
      // Or, for a handler of the other module handed over by name (`.catch(onRoomError)`), that name.
      const here = [...tests.map((reached) => [reached.entry, reached.owner].find((node) => node !== undefined && rootOf(node) === sourceCode.ast)), ...references]
        .filter((node): node is TSESTree.Node => node !== undefined)
        .sort((a, b) => a.range[0] - b.range[0])[0];
      if (!here || file === undefined) return undefined;
      const place = `${path.relative(path.dirname(context.filename), file)}:${test.node.loc.start.line}`;
      return { node: here, place };
    }

    /**
     * Suggestions come from the codes the handled calls can return (common codes included), so
     * taking one never turns a typo into a dead branch; the hint may name any real code.
     */
    function reportUnknown({ tests, otherCodesToo: onlyNearMisses, otherWorkToo, comparedElsewhere, references }: Reached, returnable: ReadonlySet<string> | undefined): void {
      const [test] = tests;
      if (!test) return;
      // A function of another module may serve other files' calls too: any real code may be the one meant there.
      const foreign = rootOf(test.node) !== sourceCode.ast;
      const codes = returnable && !foreign ? [...returnable, ...commonCodes.filter((c) => !returnable.has(c))] : allCodeNames;
      // `code.startsWith('FailedOperaton.')` means a family: the nearest families, dot and all (without it, the family's own code matches too).
      const asFamily = test.match === 'prefix' && test.code.endsWith('.');
      const nearest = nearestNames(test.code, asFamily ? familyPrefixes(codes) : codes);
      const hintCode = nearest[0] ?? nearestNames(test.code, asFamily ? familyPrefixes(allCodeNames) : allCodeNames)[0];
      // A code the handler already compares elsewhere (the case above) would make a duplicate branch, not the one meant.
      const near = nearest.filter((code) => !comparedElsewhere.has(code));
      // A table's keys are often not all codes (`unknown`, `default`), and a handler that also gets
      // network errors, or the errors of other work its `try` awaits (a database write: `P2002`, COS:
      // `NoSuchKey`), compares other codes too: there, only a string that looks like a misspelt code
      // is reported, or, when no other work (another Tencent Cloud product's, say) is awaited, one
      // written as a code of an LCIC family (`InternalError.Timeout`).
      if ((test.fromTable || onlyNearMisses) && hintCode === undefined && (!isLcicShaped(test.code) || otherWorkToo)) return;
      const at = placeOf(tests, references);
      if (!at) return;
      const hint = didYouMean(hintCode ? [hintCode] : [], language);
      if (at.place !== undefined) {
        // The text to fix is in the other file: no suggestion can edit it from here.
        context.report({ node: at.node, messageId: 'unknownCodeElsewhere', data: { code: test.code, hint, place: at.place } });
        return;
      }
      const literal = test.node.type === AST_NODE_TYPES.Literal || test.node.type === AST_NODE_TYPES.TemplateLiteral;
      const quote = sourceCode.getText(test.node)[0] ?? "'";
      context.report({
        node: test.node,
        messageId: 'unknownCode',
        data: { code: test.code, hint },
        // Only a literal can be replaced in place; a constant is fixed where it is declared.
        suggest: literal
          ? near.map((code) => ({
              messageId: 'replaceCode' as const,
              data: { code },
              fix: (fixer) => fixer.replaceText(test.node, `${quote}${code}${quote}`),
            }))
          : [],
      });
    }

    /**
     * A comparison, as each handler that reaches it met it (a helper or table shared by several
     * handlers is reached from each), and every call whose failures reach it.
     */
    interface Reached {
      readonly tests: CodeTest[];
      readonly calls: HandlerGroup['calls'][number][];
      /** Some handler that reaches it also gets failures that are not LCIC's: an HTTP client's, or other work's in its `try`. */
      otherCodesToo: boolean;
      /** Some handler that reaches it is a catch whose `try` awaits other work: any code may come from there. */
      otherWorkToo: boolean;
      /** The codes the handlers that reach it compare elsewhere. */
      readonly comparedElsewhere: Set<string>;
      /** The names here that hand over the handlers of other modules that reach it. */
      readonly references: TSESTree.Node[];
    }

    function check(reached: Reached): void {
      const { tests, calls, otherWorkToo, references } = reached;
      const [test] = tests;
      if (!test) return;
      const returnable = returnableCodes(calls);
      if (!matchesAny(test, allCodeNames)) {
        reportUnknown(reached, returnable);
        return;
      }
      if (otherWorkToo) return;
      // A real LCIC code the calls never return is dead whatever else reaches the handler: an HTTP client's own codes are never LCIC's.
      if (!returnable || test.fromTable || matchesAny(test, returnable) || matchesAny(test, commonCodes)) return;
      // Unless it is written in another module: a mapper there may serve other files' calls, which this lint does not see.
      if (rootOf(test.node) !== sourceCode.ast) return;
      const at = placeOf(tests, references);
      if (!at) return;
      const unique = [...new Set(calls)];
      const actions = listActions(unique, language);
      const s = new Set(unique.map((c) => c.action)).size > 1 ? '' : 's';
      // A member of a list of codes (`NOT_FOUND.includes(err.code)`): the branch may run for the others.
      const listed = at.node.parent?.type === AST_NODE_TYPES.ArrayExpression;
      // The international site's lists are not the China site's: a code one returns, the other may not.
      const international = unique.every((call) => call.edition === 'international');
      // (In Chinese, a space between the Latin action name and the Chinese text after it, as the other messages have.)
      const edition = international ? (language === 'zh-CN' ? '（国际版）' : ' on the international edition') : language === 'zh-CN' ? ' ' : '';
      context.report({ node: at.node, messageId: listed ? 'unreachableListedCode' : 'unreachableCode', data: { actions, s, code: test.code, edition } });
    }

    return onFileFacts(context, (facts) => {
      const reached = new Map<TSESTree.Node, Reached>();
      const add = (tests: readonly CodeTest[], calls: HandlerGroup['calls'], otherCodesToo: boolean, otherWorkToo: boolean, reference?: TSESTree.Node) => {
        for (const test of tests) {
          // (A key of a table the error is looked up in, a mapper's say, is no branch of the handler: suggesting it duplicates nothing.)
          const elsewhere = tests.filter((other) => other.node !== test.node && !other.fromTable).map((other) => other.code);
          const known = reached.get(test.node);
          if (!known) {
            reached.set(test.node, { tests: [test], calls: [...calls], otherCodesToo, otherWorkToo, comparedElsewhere: new Set(elsewhere), references: reference ? [reference] : [] });
            continue;
          }
          known.tests.push(test);
          known.calls.push(...calls);
          known.otherCodesToo ||= otherCodesToo;
          known.otherWorkToo ||= otherWorkToo;
          for (const code of elsewhere) known.comparedElsewhere.add(code);
          if (reference) known.references.push(reference);
        }
      };
      // Retry predicates given the error (facts.predicateGroups) compare its code as handlers do.
      for (const group of [...facts.groups, ...facts.predicateGroups]) {
        // A raw call's rejection is a network error (ECONNRESET, ERR_NETWORK): its codes are not LCIC's.
        if (!group.calls.some(failuresCarryCodes)) continue;
        const flow = facts.failureFlow(group);
        if (!flow) continue;
        const otherWork = awaitsOtherWork(group.handler, group.calls, facts.finder.resolver);
        const networkErrors = group.calls.some((call) => !failuresCarryCodes(call) || failuresIncludeNetworkCodes(call));
        add(flow.tests, group.calls, networkErrors || otherWork, otherWork, group.reference);
      }
      // A raw body's `Response.Error.Code`, compared where the body is read.
      for (const call of facts.calls) {
        const flow = facts.rawFlow(call);
        if (flow) add(flow.tests, [call], false, false);
      }
      for (const entry of reached.values()) check(entry);
    });
  },
});
