/**
 * Follows the body of a raw LCIC call (`fetch`/`axios` with `X-TC-Action`) to where it is read:
 * `await res.json()`, `res.data`, `.then((r) => r.json()).then((body) => ...)`, and the
 * `Response` object inside it. Then sorts each read of `Response` into an error check
 * (`Response.Error`), a use (`Response.RoomId`, returning the body), or a use of the package's
 * own parser (`parseLcicResponse(body)`), which counts as checking.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, isFunctionNode, keyName, propertyName, unwrap } from './ast.js';
import { calleeName } from './error-usage.js';

export interface ResponseReads {
  /** Reads of `Response.Error` (any depth below it included). */
  readonly checks: readonly TSESTree.MemberExpression[];
  /** Reads of `Response.X` for X other than Error and RequestId, and returns of the body. */
  readonly uses: readonly TSESTree.Node[];
  /** `Response.Error.Message` and `Response.Error.Code` reads. */
  readonly messageReads: readonly TSESTree.MemberExpression[];
  readonly codeReads: readonly TSESTree.MemberExpression[];
  /** The body went through parseLcicResponse. */
  readonly parsed: boolean;
  /** The function whose body was searched. */
  readonly scope: TSESTree.Node | undefined;
}

/** The variable a value is assigned to: `const x = <value>` (through `await`). */
function declaredAs(value: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
  const holder = value.parent?.type === AST_NODE_TYPES.AwaitExpression ? value.parent : value;
  return holder.parent?.type === AST_NODE_TYPES.VariableDeclarator && holder.parent.init === holder ? holder.parent : undefined;
}

class BodyTracker {
  /** Names bound to the HTTP result (fetch Response / axios response). */
  readonly results = new Set<string>();
  /** Names bound to the parsed JSON body. */
  readonly bodies = new Set<string>();
  /** Names bound to `body.Response`. */
  readonly responses = new Set<string>();

  constructor(private readonly axios: boolean) {}

  bind(pattern: TSESTree.Node, kind: 'result' | 'body' | 'response'): void {
    if (pattern.type === AST_NODE_TYPES.Identifier) {
      ({ result: this.results, body: this.bodies, response: this.responses })[kind].add(pattern.name);
      return;
    }
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = keyName(property.key, property.computed);
      const next = kind === 'result' && this.axios && key === 'data' ? 'body' : kind === 'body' && key === 'Response' ? 'response' : undefined;
      if (next) this.bind(property.value, next);
    }
  }

  private named(node: TSESTree.Node, set: Set<string>): boolean {
    const inner = unwrap(node);
    return inner.type === AST_NODE_TYPES.Identifier && set.has(inner.name);
  }

  /** `body`, `res.data` for axios, or `await res.json()`. */
  isBody(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (this.named(inner, this.bodies)) return true;
    if (inner.type === AST_NODE_TYPES.MemberExpression && this.axios && propertyName(inner) === 'data') return this.named(inner.object, this.results);
    if (inner.type === AST_NODE_TYPES.AwaitExpression) {
      const call = unwrap(inner.argument);
      return call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(call.callee) === 'json' && this.named(call.callee.object, this.results);
    }
    return false;
  }

  isResponse(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (this.named(inner, this.responses)) return true;
    return inner.type === AST_NODE_TYPES.MemberExpression && propertyName(inner) === 'Response' && this.isBody(inner.object);
  }
}

/** The function the body is read in, and how the body first gets a name. */
function startTracking(call: TSESTree.CallExpression, axios: boolean): { tracker: BodyTracker; scope: TSESTree.Node | undefined } {
  const tracker = new BodyTracker(axios);
  let scope: TSESTree.Node | undefined;
  for (let node: TSESTree.Node | undefined = call.parent; node; node = node.parent) {
    if (isFunctionNode(node)) {
      scope = node;
      break;
    }
  }
  const declarator = declaredAs(call);
  if (declarator) tracker.bind(declarator.id, 'result');
  // fetch(...).then((r) => r.json()).then((body) => ...): the last callback's parameter is the body.
  let end: TSESTree.Node = call;
  for (;;) {
    const member: TSESTree.Node = end.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || propertyName(member) !== 'then') break;
    const next: TSESTree.Node = member.parent;
    if (next.type !== AST_NODE_TYPES.CallExpression) break;
    const callback = next.arguments[0];
    if (callback && isFunctionNode(callback) && callback.params[0]) {
      const returnsJson = callback.body.type === AST_NODE_TYPES.CallExpression && propertyName(callback.body.callee as TSESTree.MemberExpression) === 'json';
      if (!returnsJson) {
        tracker.bind(callback.params[0], axios ? 'result' : 'body');
        scope = callback;
      }
    }
    end = next;
  }
  return { tracker, scope };
}

function walk(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object' && 'type' in item) walk(item as TSESTree.Node, visitorKeys, visit);
  }
}

/** Reads of the body of the raw call `call`, in the function that makes it. */
export function readRawResponse(call: TSESTree.CallExpression, axios: boolean, sourceCode: Readonly<TSESLint.SourceCode>): ResponseReads {
  const { tracker, scope } = startTracking(call, axios);
  const checks: TSESTree.MemberExpression[] = [];
  const uses: TSESTree.Node[] = [];
  const messageReads: TSESTree.MemberExpression[] = [];
  const codeReads: TSESTree.MemberExpression[] = [];
  let parsed = false;
  const root = scope ?? sourceCode.ast;

  walk(root, sourceCode.visitorKeys, (node) => {
    if (node.range[1] <= call.range[0] && !contains(node, call)) return; // only what comes after the call
    switch (node.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        if (!node.init) break;
        if (tracker.isBody(node.init)) tracker.bind(node.id, 'body');
        else if (tracker.isResponse(node.init)) tracker.bind(node.id, 'response');
        break;
      case AST_NODE_TYPES.MemberExpression: {
        if (!tracker.isResponse(node.object)) break;
        const name = propertyName(node);
        if (name === 'Error') {
          checks.push(node);
          const below = node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node ? node.parent : undefined;
          if (below && propertyName(below) === 'Message') messageReads.push(below);
          if (below && propertyName(below) === 'Code') codeReads.push(below);
        } else if (name !== 'RequestId') {
          uses.push(node);
        }
        break;
      }
      case AST_NODE_TYPES.CallExpression:
        if (calleeName(node) === 'parseLcicResponse' && node.arguments.some((a) => tracker.isBody(a) || tracker.isResponse(a))) parsed = true;
        break;
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument && (tracker.isBody(node.argument) || tracker.isResponse(node.argument))) uses.push(node.argument);
        break;
      default:
        break;
    }
  });
  return { checks, uses, messageReads, codeReads, parsed, scope };
}
