/** Small AST helpers shared by the analysis modules. */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** Strips what does not change a value: `x as T`, `x!`, `<T>x`, `x satisfies T`, `a?.b` wrappers. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of `a.b` or `a['b']`, or undefined when the property is computed from a value. */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) {
    // A non-computed property is an Identifier or a PrivateIdentifier (`#name`): both have a name.
    return member.property.name;
  }
  const property = member.property;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) return property.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The static name of an object key (`a`, `'a'`, `[`a`]`), or undefined. */
export function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier && !computed) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function isFunctionNode(node: TSESTree.Node | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** The nearest enclosing function, or undefined at module level. */
/** Whether `node` is the executor of a `new Promise((resolve, reject) => ...)`. */
export function isPromiseExecutor(node: TSESTree.Node | undefined): node is FunctionNode {
  const made = node?.parent;
  return isFunctionNode(node) && made?.type === AST_NODE_TYPES.NewExpression && made.arguments[0] === node && made.callee.type === AST_NODE_TYPES.Identifier && made.callee.name === 'Promise';
}

/** The executor of the `new Promise((resolve, reject) => ...)` that `node` is written in, at any depth. */
export function promiseExecutorAround(node: TSESTree.Node): FunctionNode | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (isPromiseExecutor(current)) return current;
  return undefined;
}

export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** The class `node` is written in, if any. */
export function enclosingClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current;
  }
  return undefined;
}

/** Whether `inner` is `outer` or lies inside it. */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The string value of a plain string literal or a template literal without expressions. */
export function stringLiteralValue(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The variable `identifier` refers to, looked up from `scope` outwards (what eslint-utils'
 * findVariable does; written here because that module costs a noticeable part of start-up).
 */
export function findVariable(scope: TSESLint.Scope.Scope | null, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

const NOT_CHILDREN = new Set(['parent', 'loc', 'range']);

/** The keys of `node` that may hold child nodes: the host's visitor keys, or every own property. */
function childKeys(node: TSESTree.Node, visitorKeys: VisitorKeys | undefined): readonly string[] {
  return visitorKeys?.[node.type] ?? Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

const isNode = (item: unknown): item is TSESTree.Node => typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string';

/**
 * The child nodes of `node`, in source order. With the host's visitor keys when it has them;
 * otherwise every own property holding a node, which is what a host without visitor keys leaves us.
 */
export function childNodes(node: TSESTree.Node, visitorKeys: VisitorKeys | undefined): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of childKeys(node, visitorKeys)) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) children.push(value);
  }
  return children;
}

/**
 * Visits `root` and everything below it, depth first, in source order. `visit` returns false to
 * skip a node's children (a nested function that is its own scope, say).
 */
export function walkTree(root: TSESTree.Node, visitorKeys: VisitorKeys | undefined, visit: (node: TSESTree.Node) => unknown): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (visit(node) === false) continue;
    // Pushed last child first, straight onto the stack, so that they come off in source order
    // without an array per node (the analysis walks every handler this way).
    const keys = childKeys(node, visitorKeys);
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k] as string];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i] as TSESTree.Node);
      } else if (isNode(value)) stack.push(value);
    }
  }
}

/** `undefined`, `void 0`, `null` and `''`: what "no code" or "no error" is compared with. */
export function isAbsentValue(node: TSESTree.Node): boolean {
  const value = unwrap(node);
  return isNothing(value) || (value.type === AST_NODE_TYPES.Literal && value.value === '');
}

/** `undefined`, `null` or `void 0`: what a variable is cleared with. */
export function isNothing(node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === 'undefined';
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null;
  return value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void';
}

/** `a` in `a.b.c` (through parentheses and casts). */
export function memberRoot(node: TSESTree.Node): TSESTree.Node {
  let root = unwrap(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  return root;
}

/** The parameters a call's arguments go to: all of them but a TypeScript `this:` declaration. */
export function argumentParameters(fn: FunctionNode): TSESTree.Parameter[] {
  const [first] = fn.params;
  return first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? fn.params.slice(1) : fn.params;
}

/**
 * The key `name` is destructured under, with the object pattern it is in: `shouldRetry` in
 * `{ shouldRetry }`, `{ shouldRetry = never }` or `{ shouldRetry: retry }`; undefined elsewhere.
 */
export function destructuredKey(name: TSESTree.Node): { key: string; pattern: TSESTree.ObjectPattern } | undefined {
  const property = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent.parent : name.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const key = keyName(property.key, property.computed);
  return key === undefined ? undefined : { key, pattern: property.parent };
}

/** The callee's last name: `console.error` → `error`, `log` → `log`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return propertyName(callee);
  return undefined;
}

/** Calls that only write something down: console.*, logger.warn(...), log(...). */
const LOG_NAME = /^(log|logger|console|debug|info|warn|warning|error|trace|fatal|print)$/i;

export function isLogCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  // Sentry's `captureException(err)` records the error whole, as a log of it does.
  if (calleeName(call) === 'captureException') return true;
  if (callee.type === AST_NODE_TYPES.Identifier) return LOG_NAME.test(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(callee.object);
  const objectName = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? propertyName(object) : undefined;
  // `exits.error(err)` of a Sails action answers with the error: named like a log, but it is the action's way out.
  if (objectName === 'exits') return false;
  return (objectName !== undefined && LOG_NAME.test(objectName)) || LOG_NAME.test(propertyName(callee) ?? '');
}

/** `ctx.throw(502, 'failed')` of Koa, Oak and Egg: answers with a new HTTP error by throwing it, always. */
export function isContextThrow(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'throw') return false;
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && (object.name === 'ctx' || object.name === 'context');
}

/** `Meteor.setInterval`, `Meteor.promisify`: a function of Meteor's `Meteor` object (imported from 'meteor/meteor' or global). */
export function isMeteorMember(callee: TSESTree.Node): boolean {
  const member = unwrap(callee);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(member.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Meteor';
}

const ERROR_CLASS = /(^Error$|Error$|Exception$)/;

/** Whether a class is named as errors are: `Error`, `...Error`, `...Exception`. */
export const isErrorClassName = (name: string): boolean => ERROR_CLASS.test(name);

/** `new SomethingError(...)`, `new Exception(...)`: a new error object. */
export function isNewError(node: TSESTree.Node): boolean {
  const value = unwrap(node);
  return value.type === AST_NODE_TYPES.NewExpression && ERROR_CLASS.test(calleeName(value) ?? '');
}

/** The root of the tree `node` belongs to: its file's Program (or the top of a detached snippet). */
export function rootOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  // `parent` is typed as always there; the Program's is undefined.
  for (let parent: TSESTree.Node | undefined = current.parent; parent; parent = current.parent) current = parent;
  return current;
}

/** The expressions a function returns, in its own body (not in functions nested in it). */
export function returnedExpressions(fn: FunctionNode, visitorKeys: VisitorKeys | undefined): TSESTree.Expression[] {
  return fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedUnder(fn.body, visitorKeys) : [fn.body];
}

/** The values of the `return` statements under a statement, outside the functions written in it. */
export function returnedUnder(statement: TSESTree.Statement, visitorKeys: VisitorKeys | undefined): TSESTree.Expression[] {
  const found: TSESTree.Expression[] = [];
  walkTree(statement, visitorKeys, (node) => {
    if (isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) found.push(node.argument);
    return true;
  });
  return found;
}

const throwers = new WeakMap<FunctionNode, boolean>();

/**
 * Whether calling `fn` always throws: declared to return `never`, or a body that ends in a
 * `throw` and has no `return` of its own (`function fail(o) { throw new LcicError(o.code, ...); }`).
 */
export function alwaysThrows(fn: FunctionNode, visitorKeys: VisitorKeys | undefined): boolean {
  let known = throwers.get(fn);
  if (known === undefined) {
    const body = fn.body;
    const endsInThrow = body.type === AST_NODE_TYPES.BlockStatement && body.body.at(-1)?.type === AST_NODE_TYPES.ThrowStatement;
    known = fn.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword || (endsInThrow && !fn.async && !fn.generator && !hasOwnReturn(fn, visitorKeys));
    throwers.set(fn, known);
  }
  return known;
}

function hasOwnReturn(fn: FunctionNode, visitorKeys: VisitorKeys | undefined): boolean {
  let found = false;
  walkTree(fn.body, visitorKeys, (node) => {
    if (found || (node !== fn.body && isFunctionNode(node))) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement) found = true;
    return !found;
  });
  return found;
}

/** The name a constructor's parameter property declares (`private readonly client`, `client = shared`). */
export function parameterPropertyName(param: TSESTree.TSParameterProperty): string {
  // A parameter property is always a plain name (TypeScript allows no pattern there).
  return (param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter).name;
}

/** The right-hand side of `this.<name> = value;`, if that is what `statement` is. */
export function thisAssignment(statement: TSESTree.Statement, name: string): TSESTree.Expression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const expression = statement.expression;
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return undefined;
  const left = expression.left;
  return left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.ThisExpression && propertyName(left) === name
    ? expression.right
    : undefined;
}

/**
 * Whether constructor `fn` sets `this.<name>` to something else than one of its parameters
 * (`this.client = new Repo()`, not `this.client = client`): a field it fills itself, rather than
 * one whoever makes the object gives it.
 */
export function fillsFieldItself(fn: FunctionNode, name: string): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const params = new Set(fn.params.flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  return fn.body.body.some((statement) => {
    const assigned = thisAssignment(statement, name);
    const value = assigned && unwrap(assigned);
    return value !== undefined && !(value.type === AST_NODE_TYPES.Identifier && params.has(value.name));
  });
}

/**
 * `'next'` when a function around `node` takes it (an Express-style handler `(req, res, next)`):
 * where its failures belong. Not Koa's and Egg's middleware `(ctx, next)`, whose `next` runs the
 * next middleware: it is no place for a failure.
 */
export function enclosingNext(node: TSESTree.Node): 'next' | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const at = current.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === 'next');
    const [first] = current.params;
    const koa = at === 1 && first?.type === AST_NODE_TYPES.Identifier && /^(ctx|context)$/.test(first.name);
    if (at >= 0 && !koa) return 'next';
  }
  return undefined;
}
