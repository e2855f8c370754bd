/**
 * Where a handler dispatches on the code: the switch, the if/else-if chain, or the look-up its
 * first comparison belongs to. Reports point there, and suggestions add the missing cases there.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, isFunctionNode } from './ast.js';
import type { CodeTest } from './flow/conditions.js';

export interface Dispatch {
  readonly kind: 'switch' | 'if' | 'lookup';
  /** The switch, the top `if` of the chain, or the look-up itself. */
  readonly node: TSESTree.Node;
  /** What reports point at: the switch's discriminant, the chain's first condition, the look-up. */
  readonly anchor: TSESTree.Node;
  /** The expression that holds the code, as the handler writes it (undefined when it only compares a family variable). */
  readonly subject: TSESTree.Node | undefined;
  /** It compares families (`code.split('.')[0]`): a case for a whole code would never match there. */
  readonly byFamily: boolean;
  /** The first comparison itself (`err.code === X`, the case test, the look-up). */
  readonly comparison: TSESTree.Node;
}

/** The dispatch of the first comparison written in `body` itself (not in a function it calls). */
export function dispatchOf(tests: readonly CodeTest[], body: TSESTree.Node): Dispatch | undefined {
  const first = tests.filter((test) => !test.fromTable && contains(body, test.owner)).sort((a, b) => a.owner.range[0] - b.owner.range[0])[0];
  if (!first) return undefined;
  const { owner, subject } = first;
  const byFamily = first.match === 'family';
  if (owner.type === AST_NODE_TYPES.SwitchStatement) return { kind: 'switch', node: owner, anchor: owner.discriminant, subject, byFamily, comparison: first.node };
  for (let child: TSESTree.Node = owner, parent = owner.parent; parent && child !== body; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) break;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === child) {
      let top = parent;
      while (top.parent.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
      return { kind: 'if', node: top, anchor: top.test, subject, byFamily, comparison: owner };
    }
  }
  return { kind: 'lookup', node: owner, anchor: owner, subject, byFamily, comparison: owner };
}

/** Where a suggestion adds cases: the switch, or the last `if` of the chain (new `else if`s go after it). */
export function extensionPoint(dispatch: Dispatch): TSESTree.IfStatement | TSESTree.SwitchStatement | undefined {
  if (dispatch.node.type === AST_NODE_TYPES.SwitchStatement) return dispatch.node;
  if (dispatch.node.type !== AST_NODE_TYPES.IfStatement) return undefined;
  let last = dispatch.node;
  while (last.alternate?.type === AST_NODE_TYPES.IfStatement) last = last.alternate;
  return last;
}
