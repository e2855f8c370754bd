/**
 * Whether a thrown (or rejected) value carries an LCIC error's code as `code`, the field the
 * SDK's errors have and callers branch on: `{ code, ... }`, `Object.assign(new Error(m), { code })`,
 * `new LcicError(code, ...)` of a class of the project that keeps that argument as `this.code`
 * (or a `code` parameter property), or a new error stored and given `e.code = ...` before it goes.
 * Shared by the flows of raw bodies (`Response.Error.Code`) and of failure handlers (`err.code`).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, keyName, propertyName, returnedExpressions, thisAssignment, unwrap } from '../ast.js';
import { moduleOfNode } from '../modules/index.js';
import type { FlowSymbol, FlowSymbols } from './symbols.js';

const isCode = (symbols: FlowSymbols, node: TSESTree.Node): boolean => symbols.of(node)?.kind === 'code';

export function carriesCode(thrown: TSESTree.Node, symbols: FlowSymbols, depth = 0): boolean {
  const node = unwrap(thrown);
  if (depth > 3) return false;
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.some((property) => property.type === AST_NODE_TYPES.Property && keyName(property.key, property.computed) === 'code' && isCode(symbols, property.value));
    case AST_NODE_TYPES.NewExpression:
      return constructedWithCode(node, symbols);
    case AST_NODE_TYPES.CallExpression:
      // `Object.assign(new Error(message), { code: Error.Code })`.
      if (calleeName(node) === 'assign') return node.arguments.some((argument) => carriesCode(argument, symbols, depth + 1));
      return madeWithCode(node, symbols, depth);
    case AST_NODE_TYPES.Identifier:
      return storedWithCode(node, symbols, depth);
    default:
      return false;
  }
}

/** `new C(..., Error.Code, ...)` where C's constructor keeps that argument as `this.code` (or `Error` whole, keeping its `.Code`). */
function constructedWithCode(created: TSESTree.NewExpression, symbols: FlowSymbols): boolean {
  const resolved = symbols.resolver.resolve(created.callee);
  if (resolved?.kind !== 'class') return false;
  const constructor = resolved.node.body.body.find(
    (element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor',
  );
  if (!constructor) return false;
  return created.arguments.some((argument, index) => {
    const kind = symbols.of(argument)?.kind;
    if (kind !== 'code' && kind !== 'response-error') return false;
    const param = constructor.value.params[index];
    if (!param) return false;
    // `constructor(readonly code: string, ...)`: a parameter property named code.
    if (param.type === AST_NODE_TYPES.TSParameterProperty) return kind === 'code' && parameterName(param.parameter) === 'code';
    const name = parameterName(param);
    return name !== undefined && constructor.value.body !== null && assignsCode(constructor.value.body, name, kind === 'response-error');
  });
}

/**
 * `throw toLcicError(Response)`: a function of the project that returns, on every path, one of the
 * shapes above made of what it is given (its parameters stand for the arguments here).
 */
function madeWithCode(call: TSESTree.CallExpression, symbols: FlowSymbols, depth: number): boolean {
  const fn = symbols.resolver.functionOf(call.callee);
  if (!fn || fn.async || fn.generator) return false;
  const bindings = new Map<TSESTree.Node, FlowSymbol>();
  fn.params.forEach((param, i) => {
    const argument = call.arguments[i];
    const symbol = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argumentSymbol(argument, symbols) : undefined;
    if (symbol) bindings.set(param, symbol);
  });
  if (bindings.size === 0) return false;
  const returned = returnedExpressions(fn, (moduleOfNode(fn) ?? symbols.source).visitorKeys);
  const inner = symbols.extend(bindings);
  return returned.length > 0 && returned.every((value) => carriesCode(value, inner, depth + 1));
}

/** What an argument stands for; a copy of the Response (`{ ...Response, Error: Response.Error }`) is the Response. */
function argumentSymbol(argument: TSESTree.Node, symbols: FlowSymbols): FlowSymbol | undefined {
  const value = unwrap(argument);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return symbols.of(value);
  const copied = value.properties.find((property) => property.type === AST_NODE_TYPES.SpreadElement && symbols.of(property.argument)?.kind === 'response');
  return copied?.type === AST_NODE_TYPES.SpreadElement ? symbols.of(copied.argument) : undefined;
}

/** `const e = new Error(m); e.code = Error.Code; throw e;`, or a variable holding one of the shapes above. */
function storedWithCode(identifier: TSESTree.Identifier, symbols: FlowSymbols, depth: number): boolean {
  const definition = symbols.definitionOf(identifier);
  if (!definition) return false;
  const { variable, init } = definition;
  if (carriesCode(init, symbols, depth + 1)) return true;
  return variable.references.some((reference) => {
    const read = reference.identifier.parent;
    const assignment = read.parent;
    return (
      read.type === AST_NODE_TYPES.MemberExpression &&
      read.object === reference.identifier &&
      propertyName(read) === 'code' &&
      assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
      assignment.left === read &&
      isCode(symbols, assignment.right)
    );
  });
}

/** The name a plain parameter binds (`code`, `code = ''`), if it is one. */
function parameterName(param: TSESTree.Node): string | undefined {
  const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return target.type === AST_NODE_TYPES.Identifier ? target.name : undefined;
}

/** Whether a constructor body sets `this.code` to parameter `name` (or, for an error object, to `name.Code`). */
function assignsCode(body: TSESTree.BlockStatement, name: string, viaCodeField: boolean): boolean {
  return body.body.some((statement) => {
    const assigned = thisAssignment(statement, 'code');
    const value = assigned && unwrap(assigned);
    if (!value) return false;
    if (!viaCodeField) return value.type === AST_NODE_TYPES.Identifier && value.name === name;
    const object = value.type === AST_NODE_TYPES.MemberExpression ? unwrap(value.object) : undefined;
    return value.type === AST_NODE_TYPES.MemberExpression && propertyName(value) === 'Code' && object?.type === AST_NODE_TYPES.Identifier && object.name === name;
  });
}
