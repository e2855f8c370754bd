/**
 * Where the failure of an LCIC call goes: the `catch` around an awaited call, `.catch(fn)`,
 * `.then(ok, fn)`, or the error-first callback.
 *
 * Only handlers that certainly receive the call's rejection are returned: a `try` catches a call
 * only when the call is awaited inside its block (a returned, un-awaited promise escapes it), and a
 * promise chain with its own `.catch` hands nothing to an enclosing `try`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, findVariable, isFunctionNode, propertyName, unwrap } from './ast.js';
import type { LcicCall } from './find-lcic-calls.js';

export type ErrorHandlerKind = 'catch-clause' | 'catch-method' | 'then-rejected' | 'callback';

export interface ErrorHandler {
  readonly kind: ErrorHandlerKind;
  /** The catch clause or the handler function. Calls that share it are handled together. */
  readonly node: TSESTree.CatchClause | FunctionNode;
  /** What receives the error: `e` in `catch (e)`, the first parameter of a function; undefined if none. */
  readonly param: TSESTree.Node | undefined;
  /** What runs with the error: a block, an arrow's expression, or the statement a callback's `if (err)` guards. */
  readonly body: TSESTree.BlockStatement | TSESTree.Expression | TSESTree.Statement;
}

function functionHandler(kind: ErrorHandlerKind, fn: FunctionNode): ErrorHandler {
  return { kind, node: fn, param: fn.params[0], body: fn.body };
}

/** An inline function, or a function declared in this file and passed by name (`.catch(onFailure)`). */
function resolveFunction(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const inner = unwrap(node);
  if (isFunctionNode(inner)) return inner;
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(sourceCode.getScope(inner), inner);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  // Definition types compared as strings: their enum lives in @typescript-eslint/scope-manager, which is not worth loading for two names.
  const kind = def?.type as string | undefined;
  if (kind === 'FunctionName' && def && isFunctionNode(def.node)) return def.node;
  if (kind === 'Variable' && def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && variable?.references.filter((r) => r.isWrite()).length === 1) {
    const init = unwrap(def.node.init);
    return isFunctionNode(init) ? init : undefined;
  }
  return undefined;
}

/** Walks `call.then(...).catch(...).finally(...)`, returning the rejection handlers and the chain's last call. */
function promiseChain(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>) {
  const handlers: ErrorHandler[] = [];
  let end: TSESTree.Node = call;
  for (;;) {
    const member: TSESTree.Node = end.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== end) break;
    const next: TSESTree.Node = member.parent;
    if (next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    const name = propertyName(member);
    const rejected = name === 'catch' ? next.arguments[0] : name === 'then' ? next.arguments[1] : undefined;
    if (name !== 'catch' && name !== 'then' && name !== 'finally') break;
    const fn = resolveFunction(rejected, sourceCode);
    if (fn) handlers.push(functionHandler(name === 'catch' ? 'catch-method' : 'then-rejected', fn));
    end = next;
  }
  return { handlers, end };
}

/** The catch clause that receives `node`'s rejection: it must be awaited inside the try block, in the same function. */
function awaitingCatch(node: TSESTree.Node): TSESTree.CatchClause | undefined {
  let awaited = false;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return undefined;
    if (parent.type === AST_NODE_TYPES.AwaitExpression) awaited = true;
    if (parent.type === AST_NODE_TYPES.ForOfStatement && parent.await && parent.right === child) awaited = true;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler) {
      return awaited ? parent.handler : undefined;
    }
  }
  return undefined;
}

/** The handlers that receive the failure of `call`; empty when nothing in sight does. */
export function findErrorHandlers(call: LcicCall, sourceCode: Readonly<TSESLint.SourceCode>): ErrorHandler[] {
  if (call.callback) return [functionHandler('callback', call.callback)];
  const { handlers, end } = promiseChain(call.node, sourceCode);
  if (handlers.length > 0) return handlers;
  const clause = awaitingCatch(end);
  return clause ? [{ kind: 'catch-clause', node: clause, param: clause.param ?? undefined, body: clause.body }] : [];
}
