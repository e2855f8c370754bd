/**
 * What a handler does with the error object itself, read from the scope manager's references to
 * the error binding: does it look at the code, pass the whole error on (throw, return, call,
 * `{ cause: err }`), keep the RequestId, or only log `err.message`?
 *
 * Shared by no-swallowed-error, preserve-request-id and handle-callback-error.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, isFunctionNode, propertyName, unwrap } from './ast.js';
import type { ErrorHandler } from './error-handlers.js';
import type { LcicSettings } from './settings.js';

/** Calls that only write something down: console.*, logger.warn(...), log(...). */
const LOG_NAME = /^(log|logger|console|debug|info|warn|warning|error|trace|fatal|print)$/i;
/** Properties that carry what support needs: the RequestId and the code. */
const IDENTIFYING = new Set(['requestId', 'getRequestId', 'code', 'traceId', 'getTraceId']);
const MESSAGE = new Set(['message', 'getMessage', 'toString']);

export interface ErrorUsage {
  /** The identifier the error is bound to, if the handler binds it. */
  readonly name: string | undefined;
  /** Every read of the error binding. */
  readonly references: readonly TSESTree.Identifier[];
  /** Reads `err.code`: the handler is deciding what to do, not dropping the error. */
  readonly readsCode: boolean;
  /** Uses the error in a way that keeps it (more than logging its message). */
  readonly uses: boolean;
  /** A `throw` anywhere in the handler's own body. */
  readonly throws: boolean;
  /** Log calls whose only trace of the error is its message. */
  readonly messageOnlyLogs: readonly { call: TSESTree.CallExpression; message: TSESTree.MemberExpression | TSESTree.CallExpression }[];
}

/** The callee's last name: `console.error` → `error`, `log` → `log`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return propertyName(callee);
  return undefined;
}

export function isLogCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return LOG_NAME.test(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(callee.object);
  const objectName = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? propertyName(object) : undefined;
  return (objectName !== undefined && LOG_NAME.test(objectName)) || LOG_NAME.test(propertyName(callee) ?? '');
}

/** The identifier a handler binds the error to. */
export function errorBinding(handler: ErrorHandler): TSESTree.Identifier | undefined {
  const param = handler.param;
  const target = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return target?.type === AST_NODE_TYPES.Identifier ? target : undefined;
}

/** The read references to `binding`, through the scope manager (so shadowing is respected). */
export function readsOf(binding: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Identifier[] {
  const variable = sourceCode.getDeclaredVariables(binding.parent).find((v) => v.name === binding.name);
  return (variable?.references ?? [])
    .filter((r) => r.isRead())
    .map((r) => r.identifier as TSESTree.Identifier)
    .sort((a, b) => a.range[0] - b.range[0]);
}

/** The call a node is an argument of, looking through templates, concatenation and object literals. */
function enclosingArgumentCall(node: TSESTree.Node, stop: TSESTree.Node): TSESTree.CallExpression | undefined {
  for (let child = node, parent = node.parent; parent && parent !== stop; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.CallExpression) return parent.arguments.includes(child as TSESTree.CallExpressionArgument) ? parent : undefined;
    if (isFunctionNode(parent) || parent.type.endsWith('Statement')) return undefined;
  }
  return undefined;
}

function throwsIn(body: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.ThrowStatement) {
      found = true;
      return;
    }
    if (node !== body && isFunctionNode(node)) return;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(body);
  return found;
}

/** Reads how `handler` uses its error; `settings.errorHandlers` name functions that fully handle it. */
export function readErrorUsage(handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>, settings: LcicSettings): ErrorUsage {
  const binding = errorBinding(handler);
  // Only reads inside the handler's body count: `if (err)` in a callback's guard is the check, not a use.
  const references = binding ? readsOf(binding, sourceCode).filter((r) => contains(handler.body, r)) : [];
  let readsCode = false;
  let uses = false;
  const messageOnlyLogs: { call: TSESTree.CallExpression; message: TSESTree.MemberExpression | TSESTree.CallExpression }[] = [];

  for (const reference of references) {
    const parent = reference.parent;
    const property = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === reference ? propertyName(parent) : undefined;
    if (property === 'code') readsCode = true;
    if (property === undefined || !MESSAGE.has(property)) {
      uses = true;
      continue;
    }
    // `err.message` (or `err.getMessage()`): it keeps the error only if it goes somewhere other than a log.
    const member = parent as TSESTree.MemberExpression;
    const messageNode = member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member ? member.parent : member;
    const call = enclosingArgumentCall(messageNode, handler.body);
    const handledBy = call && settings.errorHandlers.includes(calleeName(call) ?? '');
    if (call && isLogCall(call) && !handledBy) messageOnlyLogs.push({ call, message: messageNode });
    else uses = true;
  }
  // A log call that also receives the whole error, or its RequestId, keeps what matters.
  const keeping = messageOnlyLogs.filter(({ call }) => !keepsError(call, references));
  return {
    name: binding?.name,
    references,
    readsCode,
    uses,
    throws: throwsIn(handler.body, sourceCode.visitorKeys),
    messageOnlyLogs: keeping,
  };
}

function propertyNameOf(reference: TSESTree.Identifier): string | undefined {
  const parent = reference.parent;
  return parent.type === AST_NODE_TYPES.MemberExpression && parent.object === reference ? propertyName(parent) : undefined;
}

/** Whether `node` (a `new X(...)` argument list, say) keeps the error: the error itself, its RequestId or its code. */
export function keepsError(node: TSESTree.Node, references: readonly TSESTree.Identifier[]): boolean {
  return references.some((reference) => {
    if (!contains(node, reference)) return false;
    const property = propertyNameOf(reference);
    return property === undefined || IDENTIFYING.has(property);
  });
}
