/**
 * What an expression stands for inside a flow: the error, its code, the raw body and its parts.
 *
 * A flow starts from bindings (the handler's error parameter, the raw call itself) and this module
 * follows them through the code as written: aliases (`const err = e as SdkError`), destructuring
 * (`const { code } = err`, `catch ({ code })`), `await`, `res.json()`, `.then((r) => r.json())`,
 * `code.split('.')[0]`, `parseLcicResponse(body)`, and look-ups in constant tables
 * (`MESSAGES[err.code]`). A variable that is written more than once stands for nothing.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, findVariable, isAbsentValue, isFunctionNode, isNothing, keyName, propertyName, unwrap, walkTree, type FunctionNode } from '../ast.js';
import { moduleOfNode } from '../modules/index.js';
import type { ResolvedValue, ValueResolver } from '../resolve-value.js';
import type { SourceFile } from '../source-file.js';

/** A constant table keyed by codes: the keys written, with whether each value is truthy. */
/**
 * One key of a table of codes: its node, whether its value is truthy (undefined when not known)
 * and, for an object literal's entry written as a literal (`'ResourceNotFound.Room': 404`), that value.
 */
export interface CodeTableEntry {
  readonly node: TSESTree.Node;
  readonly truthy: boolean | undefined;
  readonly value?: LiteralValue;
}

export interface CodeTable {
  readonly keys: ReadonlyMap<string, CodeTableEntry>;
  /** False when some key could not be read (a spread, a computed key): other codes may be in it. */
  readonly complete: boolean;
  /** Every key as written, repeats included (each is a comparison someone wrote). */
  readonly written: readonly { readonly code: string; readonly node: TSESTree.Node }[];
}

export type FlowSymbol =
  /** The failure: the SDK's exception, the rejection, the callback's error. */
  | { readonly kind: 'error' }
  /** What holds the failure in a field: p-retry's attempt context, `{ error, attemptNumber, retriesLeft }`. */
  | { readonly kind: 'error-holder'; readonly field: string }
  /** A schema's `safeParse(body)` (zod): `{ success, data }`, whose `data` is what it was given. */
  | { readonly kind: 'schema-result'; readonly data: FlowSymbol }
  /** The error's code (`err.code`, `Response.Error.Code`, `parsed.code`). */
  | { readonly kind: 'code' }
  /** `code.split('.')`, and its first part, the code's family. */
  | { readonly kind: 'code-parts' }
  | { readonly kind: 'family' }
  /** `err.httpCode`: set for a non-200 reply, which has no code. */
  | { readonly kind: 'http-code' }
  /** `err.name`: `'Error'` for the SDK's failures (its exception class does not rename itself). */
  | { readonly kind: 'error-name' }
  /** `TABLE[code]`, `MAP.get(code)`. */
  /**
   * `TABLE[code]`; with `otherwise`, the value when the code is not in it (`TABLE[code] ?? 502`),
   * or, with `falsyToo`, when its value is falsy as well (`(code && TABLE[code]) || 502`), and
   * `fallback`, that value when it is a literal.
   */
  | { readonly kind: 'lookup'; readonly table: CodeTable; readonly otherwise?: TSESTree.Node; readonly fallback?: LiteralValue; readonly falsyToo?: boolean }
  /** A raw call's HTTP result: fetch's Response, or axios's response object. */
  | { readonly kind: 'http-result'; readonly axios: boolean; readonly got?: true; readonly undici?: true }
  /** `res.ok`, `res.status`: LCIC answers HTTP 200 to failures too, so they say nothing about them. */
  | { readonly kind: 'http-status' }
  /**
   * `classifyLcicError(err)` from eslint-plugin-lcic/codes: the failure told apart, with the
   * error's `code`, `message` and `requestId` (undefined for what is not an SDK error).
   */
  | { readonly kind: 'classified' }
  /** `await res.text()`: the body still as JSON text, which `JSON.parse` or `parseLcicResponse` turns into the body. */
  | { readonly kind: 'body-text' }
  /** The parsed JSON body, `body.Response`, `body.Response.Error`. */
  | { readonly kind: 'body' }
  | { readonly kind: 'response' }
  | { readonly kind: 'response-error' }
  /** `Response.X` for any X but Error and RequestId: data only a success has. */
  | { readonly kind: 'response-field' }
  /** `Response.RequestId`: what finds the request, success or failure (a helper given it keeps it). */
  | { readonly kind: 'request-id' }
  /**
   * The result of `parseLcicResponse(body)` (or a helper's Result of that shape), and its `ok`;
   * `data` names the field holding the response on success, when it is not `data`.
   */
  | { readonly kind: 'parsed'; readonly data?: string }
  | { readonly kind: 'parsed-ok' }
  /** The callback's response argument when the call failed: null. */
  | { readonly kind: 'absent' }
  /**
   * A guard's parameter given a known code by the caller (`isLcicError(err, 'ResourceNotFound.Room')`):
   * a comparison with it is one with that code, written at `node` in the caller.
   */
  | { readonly kind: 'given-code'; readonly node: TSESTree.Node; readonly values: readonly string[] }
  | { readonly kind: 'promise'; readonly of: FlowSymbol }
  /** `[a, b]` and what `Promise.all` of it resolves to: what each position stands for, for `const [x, y] = ...`. */
  | { readonly kind: 'list'; readonly elements: readonly (FlowSymbol | undefined)[] };

const CODE: FlowSymbol = { kind: 'code' };
const BODY: FlowSymbol = { kind: 'body' };
const RESPONSE: FlowSymbol = { kind: 'response' };
const RESPONSE_FIELD: FlowSymbol = { kind: 'response-field' };

/** The symbol a value awaited (or a `.then` callback's parameter) stands for. */
export function awaited(symbol: FlowSymbol | undefined): FlowSymbol | undefined {
  return symbol?.kind === 'promise' ? symbol.of : symbol;
}

/** Whether a symbol is part of a raw body: using it before checking Response.Error is the mistake. */
export function isBodyPart(symbol: FlowSymbol | undefined): boolean {
  const kind = awaited(symbol)?.kind;
  return kind === 'body' || kind === 'response' || kind === 'response-field' || kind === 'http-result';
}

function member(object: FlowSymbol | undefined, name: string): FlowSymbol | undefined {
  switch (object?.kind) {
    case 'error-holder':
      return name === object.field ? { kind: 'error' } : undefined;
    case 'schema-result':
      return name === 'data' ? object.data : undefined;
    case 'error':
      if (name === 'code') return CODE;
      if (name === 'name') return { kind: 'error-name' };
      return name === 'httpCode' ? { kind: 'http-code' } : undefined;
    case 'code-parts':
      return name === '0' ? { kind: 'family' } : undefined;
    case 'http-result':
      if (object.axios && name === 'data') return BODY;
      // got's response: `body`, parsed with `responseType: 'json'` (or text for JSON.parse, which gives the body too).
      if (object.got && name === 'body') return BODY;
      // undici's `request`: its `body` is read as fetch's Response is, with `.json()` or `.text()`.
      if (object.undici && name === 'body') return { kind: 'http-result', axios: false };
      if (object.undici && name === 'statusCode') return { kind: 'http-status' };
      return name === 'ok' || name === 'status' ? { kind: 'http-status' } : undefined;
    case 'body':
      return name === 'Response' ? RESPONSE : undefined;
    case 'response':
      if (name === 'Error') return { kind: 'response-error' };
      return name === 'RequestId' ? { kind: 'request-id' } : RESPONSE_FIELD;
    case 'response-error':
      return name === 'Code' ? CODE : undefined;
    case 'parsed':
      if (name === 'ok') return { kind: 'parsed-ok' };
      if (name === 'code') return CODE;
      return name === (object.data ?? 'data') ? RESPONSE : undefined;
    case 'response-field':
      return RESPONSE_FIELD;
    case 'list':
      return /^\d+$/.test(name) ? object.elements[Number(name)] : undefined;
    case 'classified':
      return name === 'code' ? CODE : undefined;
    default:
      return undefined;
  }
}

/** Reads a constant object, Map or Set as a table keyed by codes. */
/** The value of a literal a comparison can be decided on. */
export type LiteralValue = { readonly is: string | number | boolean | null };

/** `404`, `'not-found'`, `true`, `null`: the value a literal is; undefined for anything else. */
export function literalValue(node: TSESTree.Node): LiteralValue | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && !('regex' in value) && typeof value.value !== 'bigint') return { is: value.value };
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return { is: value.quasis[0]?.value.cooked ?? '' };
  return undefined;
}

export function codeTable(value: ResolvedValue | undefined, resolver: ValueResolver): CodeTable | undefined {
  if (value?.kind === 'object') {
    const keys = new Map<string, CodeTableEntry>();
    const written: { code: string; node: TSESTree.Node }[] = [];
    let complete = true;
    for (const property of value.node.properties) {
      const key = property.type === AST_NODE_TYPES.Property ? (property.computed ? resolver.resolveString(property.key) : keyName(property.key, false)) : undefined;
      if (key === undefined || property.type !== AST_NODE_TYPES.Property) {
        complete = false;
        continue;
      }
      const literal = literalValue(property.value);
      keys.set(key, { node: property.key, truthy: literalTruthiness(property.value), ...(literal ? { value: literal } : {}) });
      written.push({ code: key, node: property.key });
    }
    return { keys, complete, written };
  }
  if (value?.kind === 'map' || value?.kind === 'set' || value?.kind === 'array') {
    const nodes = value.kind === 'map' ? value.keys : value.elements;
    const keys = new Map<string, CodeTableEntry>();
    const written: { code: string; node: TSESTree.Node }[] = [];
    let complete = true;
    for (const node of nodes) {
      const key = resolver.resolveString(node);
      if (key === undefined) {
        complete = false;
        continue;
      }
      // A Map's values are not read here: `get` gives a value of unknown truthiness; `has` is true.
      keys.set(key, { node, truthy: value.kind === 'map' ? undefined : true });
      written.push({ code: key, node });
    }
    return { keys, complete, written };
  }
  return undefined;
}

function literalTruthiness(node: TSESTree.Node): boolean | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal) return Boolean(value.value);
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return (value.quasis[0]?.value.cooked ?? '') !== '';
  if (value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression || isFunctionNode(value)) return true;
  return undefined;
}

/** Where a failure's RequestId sits: the SDK error's `requestId`, a raw body's `Response.RequestId`. */
const REQUEST_ID_NAMES: ReadonlySet<string> = new Set(['requestId', 'RequestId']);

/** The names of the package's response parser, however it is imported. */
const PARSERS = new Set(['parseLcicResponse']);

/** The functions a projection is being read through, so that a recursive one is not entered again. */
const projecting = new Set<FunctionNode>();

/** The global object `name` (`Promise` in `Promise.all(...)`, `JSON` in `JSON.parse(...)`), by its name. */
function isNamed(node: TSESTree.Node, name: string): boolean {
  const object = unwrap(node);
  return object.type === AST_NODE_TYPES.Identifier && object.name === name;
}

/** The list a `for (const x of list)` declarator iterates. */
function listIterated(declarator: TSESTree.VariableDeclarator): TSESTree.Expression | undefined {
  const loop = declarator.parent.parent;
  if (loop.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declarator.parent) return undefined;
  return unwrap(loop.right) as TSESTree.Expression;
}

export class FlowSymbols {
  private readonly memo = new Map<TSESTree.Node, FlowSymbol | null>();
  private readonly active = new Set<TSESTree.Node>();

  /**
   * @param bindings what parameters stand for: the node of a parameter (or catch parameter) whose
   *   value is known, such as the handler's error parameter, a `.then` callback's body parameter,
   *   or an inlined function's parameters.
   * @param starts calls whose result starts the flow: the raw call, standing for its HTTP result.
   */
  constructor(
    readonly source: SourceFile,
    readonly resolver: ValueResolver,
    private readonly bindings: ReadonlyMap<TSESTree.Node, FlowSymbol>,
    private readonly starts: ReadonlyMap<TSESTree.Node, FlowSymbol>,
  ) {}

  /**
   * Told of every code table read, so its keys can be checked as codes (set by a flow that wants
   * them). `entry`: the guard call in the followed code that led to the read, when one did.
   */
  onTable: (table: CodeTable, owner: TSESTree.Node, subject: TSESTree.Node, entry?: TSESTree.CallExpression) => void = () => undefined;

  /** The same flow with more parameters bound: for following a call into a function. */
  extend(bindings: ReadonlyMap<TSESTree.Node, FlowSymbol>): FlowSymbols {
    const extended = new FlowSymbols(this.source, this.resolver, new Map([...this.bindings, ...bindings]), this.starts);
    extended.onTable = this.onTable;
    return extended;
  }

  /** What `node` stands for in this flow, or undefined when it is nothing the flow follows. */
  of(node: TSESTree.Node): FlowSymbol | undefined {
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.active.has(node)) return undefined; // a cycle of aliases stands for nothing
    this.active.add(node);
    const symbol = this.compute(node);
    this.active.delete(node);
    this.memo.set(node, symbol ?? null);
    return symbol;
  }

  private compute(node: TSESTree.Node): FlowSymbol | undefined {
    const start = this.starts.get(node);
    if (start) return start;
    const inner = unwrap(node);
    if (inner !== node) return this.of(inner);
    switch (inner.type) {
      case AST_NODE_TYPES.Identifier:
        return this.identifier(inner);
      case AST_NODE_TYPES.MemberExpression:
        return this.memberExpression(inner);
      case AST_NODE_TYPES.AwaitExpression:
        return awaited(this.of(inner.argument));
      case AST_NODE_TYPES.CallExpression:
        return this.call(inner);
      case AST_NODE_TYPES.LogicalExpression: {
        // `body && body.Response`: a body is never falsy, so this is its right side.
        if (inner.operator === '&&' && isBodyPart(this.of(inner.left))) return this.of(inner.right);
        // `body.Response ?? {}`, `body.Response || {}`: a body part is never nullish, so this is its left side.
        if (inner.operator !== '&&' && isBodyPart(this.of(inner.left))) return this.of(inner.left);
        const left = this.of(inner.left);
        // `TABLE[code] ?? 502`, `TABLE[code] || 502`: the table's value, or that one.
        if (inner.operator !== '&&' && left?.kind === 'lookup' && !left.otherwise) {
          const fallback = literalValue(inner.right);
          return { ...left, otherwise: inner.right, falsyToo: inner.operator === '||', ...(fallback ? { fallback } : {}) };
        }
        // `err.code && TABLE[err.code]`: without a code, no value, as a look-up of no key gives.
        if (inner.operator === '&&' && left?.kind === 'code') {
          const right = this.of(inner.right);
          return right?.kind === 'lookup' ? right : undefined;
        }
        // `err && err.code`: an error is never falsy, so this is its right side.
        if (inner.operator === '&&') return left?.kind === 'error' ? this.of(inner.right) : undefined;
        // `err.code ?? ''` and `err.code || 'unknown'` are still the code for every comparison that matters;
        // `err ?? {}` is still the error.
        return left?.kind === 'code' || left?.kind === 'family' || left?.kind === 'error' ? left : undefined;
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        // `isSdkError(err) ? err.code : undefined` is the code, or none.
        const [consequent, alternate] = [this.of(inner.consequent), this.of(inner.alternate)];
        if (consequent?.kind === 'code' && (alternate?.kind === 'code' || isAbsentValue(inner.alternate))) return CODE;
        return alternate?.kind === 'code' && isAbsentValue(inner.consequent) ? CODE : undefined;
      }
      case AST_NODE_TYPES.ArrayExpression:
        return this.list(inner);
      case AST_NODE_TYPES.TemplateLiteral: {
        const [only] = inner.expressions;
        const plain = inner.expressions.length === 1 && inner.quasis.every((quasi) => quasi.value.cooked === '');
        const symbol = plain && only ? this.of(only) : undefined;
        return symbol?.kind === 'code' ? symbol : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The variable `node` names and its initializer, when it is declared once, with a value, by a plain name. */
  definitionOf(node: TSESTree.Identifier): { variable: TSESLint.Scope.Variable; init: TSESTree.Expression } | undefined {
    const variable = this.variableOf(node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init || def.node.id !== def.name) return undefined;
    return { variable, init: def.node.init };
  }

  /**
   * Whether a name holds a RequestId: destructured as one (`const { Error, RequestId } = body.Response`)
   * or given one (`const requestId = body.Response.RequestId`).
   */
  holdsRequestId(node: TSESTree.Identifier): boolean {
    const def = this.variableOf(node)?.defs[0];
    if (def?.name.type !== AST_NODE_TYPES.Identifier) return false;
    // Destructured: `const { requestId } = err`, `catch ({ code, requestId })`, `const { RequestId } = body.Response`.
    const { path } = patternPath(def.name);
    if (path.length > 0) return REQUEST_ID_NAMES.has(path.at(-1) ?? '');
    // Compared as a string: the enum lives in @typescript-eslint/scope-manager, not worth loading here.
    if ((def.type as string) !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
    const init = def.node.init && unwrap(def.node.init);
    return init?.type === AST_NODE_TYPES.MemberExpression && REQUEST_ID_NAMES.has(propertyName(init) ?? '');
  }

  private variableOf(node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    // A function the flow followed into may be in another module: its scopes are that module's.
    return findVariable((moduleOfNode(node) ?? this.source).getScope(node), node);
  }

  private identifier(node: TSESTree.Identifier): FlowSymbol | undefined {
    const variable = this.variableOf(node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !def) return undefined;
    const kind = def.type as string;
    if (kind === 'Parameter' || kind === 'CatchClause') {
      const { root, path } = patternPath(def.name as TSESTree.Identifier);
      const bound = this.bindings.get(root) ?? (def.node.type === AST_NODE_TYPES.CatchClause ? this.thrownInto(def.node) : undefined);
      return bound && path.reduce<FlowSymbol | undefined>((symbol, key) => member(symbol, key), bound);
    }
    if (kind !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
    // Only a variable written once keeps what its value stands for: by its declaration, or, declared
    // without one (`let body; try { body = await request(...) } catch ...`), by its one assignment.
    // `const { code = '' } = err` writes `code` twice, the default being one: it is still the error's code.
    const writes = variable.references.filter((reference) => reference.isWrite() && !isPatternDefault(reference.writeExpr));
    if (writes.length !== 1) return undefined;
    if (!def.node.init) {
      const list = listIterated(def.node);
      // `for (const body of [a, b]) { if (body.Response.Error) throw ... }`: each of them in turn, so whichever this flow follows.
      if (list) return this.firstElementSymbol(list, def.name as TSESTree.Identifier);
      const written = writes[0]?.writeExpr;
      return written && def.node.id === def.name && written.parent?.type === AST_NODE_TYPES.AssignmentExpression && written.parent.operator === '=' ? this.of(written) : undefined;
    }
    const { root, path } = patternPath(def.name as TSESTree.Identifier);
    if (root !== def.node.id) return undefined;
    return path.reduce<FlowSymbol | undefined>((symbol, key) => member(symbol, key), this.of(def.node.init));
  }

  /**
   * What `name`, declared by a `for...of` over `list` (`[a, b]`, or a name holding
   * `await Promise.all([...])`), stands for: the first element this flow follows, with the pattern's path.
   */
  private firstElementSymbol(list: TSESTree.Expression, name: TSESTree.Identifier): FlowSymbol | undefined {
    const { path } = patternPath(name);
    const held = list.type === AST_NODE_TYPES.ArrayExpression ? undefined : this.of(list);
    const symbols = list.type === AST_NODE_TYPES.ArrayExpression ? list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? this.of(element) : undefined)) : held?.kind === 'list' ? held.elements : [];
    const symbol = symbols.find(Boolean);
    return symbol && path.reduce<FlowSymbol | undefined>((found, key) => member(found, key), symbol);
  }

  /**
   * `try { if (err) throw err; ... } catch (e) { done(e); }` in a handler (or `assert.ifError(err)`
   * in the try): the catch gets the error the flow follows when its `try` throws it (the try's
   * other exceptions arrive there too, but on the paths where the call failed, this is what comes).
   */
  private thrownInto(clause: TSESTree.CatchClause): FlowSymbol | undefined {
    let thrown: FlowSymbol | undefined;
    walkTree(clause.parent.block, this.source.visitorKeys, (node) => {
      // A nested function throws when it runs, and a nested try with a catch keeps what it throws.
      if (thrown || isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassExpression || (node.type === AST_NODE_TYPES.TryStatement && node.handler)) return false;
      // `assert.ifError(err)` throws `err` itself when it is set.
      const ifError = node.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'ifError' && this.resolver.resolve(node.callee)?.kind === 'assert-if-error';
      if (node.type !== AST_NODE_TYPES.ThrowStatement && !ifError) return true;
      const symbol = node.type === AST_NODE_TYPES.ThrowStatement ? this.of(node.argument) : node.arguments[0] && this.of(node.arguments[0]);
      if (symbol?.kind === 'error') thrown = symbol;
      return false;
    });
    return thrown;
  }

  private memberExpression(node: TSESTree.MemberExpression): FlowSymbol | undefined {
    const index = node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'number' ? String(node.property.value) : undefined;
    const name = index ?? propertyName(node);
    if (name !== undefined) return member(this.of(node.object), name);
    // `TABLE[code]`: a look-up in a constant table keyed by codes.
    if (this.of(node.property)?.kind !== 'code') return undefined;
    return this.lookup(this.resolver.resolve(node.object), node, node.property);
  }

  private lookup(value: ResolvedValue | undefined, owner: TSESTree.Node, subject: TSESTree.Node): FlowSymbol | undefined {
    const table = codeTable(value, this.resolver);
    if (!table) return undefined;
    this.onTable(table, owner, subject);
    return { kind: 'lookup', table };
  }

  private call(node: TSESTree.CallExpression): FlowSymbol | undefined {
    const callee = unwrap(node.callee);
    const name = calleeName(node);
    const [first] = node.arguments;
    if (name === 'get' || callee.type === AST_NODE_TYPES.Identifier) {
      const read = this.lodashGet(node);
      if (read) return read;
    }
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (name !== undefined && PARSERS.has(name) && first) {
        const parsed = awaited(this.of(first));
        return parsed?.kind === 'body' || parsed?.kind === 'response' || parsed?.kind === 'body-text' ? { kind: 'parsed' } : undefined;
      }
      if (name === 'String' && first) return this.of(first)?.kind === 'code' ? CODE : undefined;
      if (name === 'classifyLcicError' && first) return this.of(first)?.kind === 'error' ? { kind: 'classified' } : undefined;
      return this.projection(node);
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    // `await Promise.all([request('A'), request('B')])`: each position is what its promise holds.
    if (name === 'all' && isNamed(callee.object, 'Promise') && first) {
      const list = this.of(first);
      return list?.kind === 'list' ? { kind: 'promise', of: { kind: 'list', elements: list.elements.map(awaited) } } : undefined;
    }
    // `JSON.parse(await res.text())`: the body.
    if (name === 'parse' && first && isNamed(callee.object, 'JSON')) {
      const parsed = awaited(this.of(first))?.kind;
      return parsed === 'body-text' || parsed === 'body' ? BODY : undefined;
    }
    // `Envelope.parse(await res.json())`, a schema (zod's `parse`, `parseAsync`): what it gives back is
    // the body as it came, Response.Error and all, unless the schema itself refuses errors.
    if ((name === 'parse' || name === 'parseAsync') && first && node.arguments.length === 1) {
      const given = awaited(this.of(first));
      if (given?.kind === 'body' || given?.kind === 'response') return name === 'parse' ? given : { kind: 'promise', of: given };
    }
    // `Envelope.safeParse(await res.json())`: `{ success, data }`, with the body as it came in `data`
    // (`success` says the shape matched, not that the call worked).
    if ((name === 'safeParse' || name === 'safeParseAsync') && first && node.arguments.length === 1) {
      const given = awaited(this.of(first));
      if (given?.kind === 'body' || given?.kind === 'response') {
        const result: FlowSymbol = { kind: 'schema-result', data: given };
        return name === 'safeParse' ? result : { kind: 'promise', of: result };
      }
    }
    const object = this.of(callee.object);
    switch (name) {
      case 'json':
        return object?.kind === 'http-result' && !object.axios ? { kind: 'promise', of: BODY } : undefined;
      case 'text':
        return object?.kind === 'http-result' && !object.axios ? { kind: 'promise', of: { kind: 'body-text' } } : undefined;
      case 'split':
        return object?.kind === 'code' && first && this.resolver.resolveString(first) === '.' ? { kind: 'code-parts' } : undefined;
      case 'toString':
      case 'trim':
        // The text an `https.request` gathered is still the body's text as a string.
        if (object?.kind === 'body-text') return object;
        return object?.kind === 'code' ? CODE : undefined;
      case 'concat':
        // `Buffer.concat(chunks)`: the chunks gathered, whole.
        return isNamed(callee.object, 'Buffer') && first && this.of(first)?.kind === 'body-text' ? this.of(first) : undefined;
      case 'get':
        return first && this.of(first)?.kind === 'code' ? this.lookup(this.resolver.resolve(callee.object), node, first) : undefined;
      case 'catch':
      case 'finally':
        // `request('GetRooms', {}).catch(next)`: a body with Response.Error is no rejection, so it comes through as it was.
        return object?.kind === 'promise' || object?.kind === 'http-result' ? object : undefined;
      case 'then': {
        // `.then((r) => r.json())`: the callback's parameter is what the promise holds; the result is what it returns.
        const callback = this.resolver.functionOf(first);
        const value = awaited(object);
        if (!callback || !value) return undefined;
        const returned = this.returnedBy(callback, value);
        return returned && { kind: 'promise', of: awaited(returned) ?? returned };
      }
      default:
        return undefined;
    }
  }

  /**
   * `_.get(err, 'code')`, `get(err, ['response', 'data'])`: lodash's read of a path, which stands
   * for what the same chain of property reads would. Only paths written as constants are followed.
   */
  private lodashGet(node: TSESTree.CallExpression): FlowSymbol | undefined {
    const [object, pathNode] = node.arguments;
    const module = moduleOfNode(node);
    if (!object || !pathNode || object.type === AST_NODE_TYPES.SpreadElement || !module || !this.resolver.namesLodash(module)) return undefined;
    const path =
      pathNode.type === AST_NODE_TYPES.ArrayExpression
        ? pathNode.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? this.resolver.resolveString(element) : undefined))
        : this.resolver.resolveString(pathNode)?.split('.');
    if (!path || path.length === 0 || path.some((key) => key === undefined || key === '')) return undefined;
    // Asked last: it looks up where the callee was imported from.
    if (this.resolver.lodashFunctionOf(node.callee) !== 'get') return undefined;
    return (path as string[]).reduce<FlowSymbol | undefined>((symbol, key) => member(symbol, key), this.of(object));
  }

  /** `[a, b]` when some element stands for something: positions up to the first spread (after it they are not known). */
  private list(array: TSESTree.ArrayExpression): FlowSymbol | undefined {
    const elements: (FlowSymbol | undefined)[] = [];
    for (const element of array.elements) {
      if (element?.type === AST_NODE_TYPES.SpreadElement) break;
      elements.push(element ? this.of(element) : undefined);
    }
    return elements.some(Boolean) ? { kind: 'list', elements } : undefined;
  }

  /**
   * `asSdkError(err)`, `codeOf(err)`: a function of the project that only casts or reads what it is
   * given (one `return`, of what its parameters stand for) stands for what it returns. Functions
   * being read already are not entered again (a recursive one stands for nothing).
   */
  private projection(call: TSESTree.CallExpression): FlowSymbol | undefined {
    const given = call.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? undefined : this.of(argument)));
    if (!given.some(Boolean)) return undefined;
    const fn = this.resolver.functionOf(call.callee);
    if (!fn || fn.async || fn.generator || projecting.has(fn)) return undefined;
    // Nothing but the return: a function that also logs or stores what it is given does more than read it.
    // Early returns of nothing before it (`if (!isCoded(err)) return undefined;`) give no code, which matches no comparison.
    const returned = fn.body.type !== AST_NODE_TYPES.BlockStatement ? fn.body : finalReturnAfterGuards(fn.body);
    const bindings = new Map<TSESTree.Node, FlowSymbol>();
    fn.params.forEach((param, index) => {
      const symbol = given[index];
      if (symbol && param.type === AST_NODE_TYPES.Identifier) bindings.set(param, symbol);
    });
    if (bindings.size === 0) return undefined;
    projecting.add(fn);
    try {
      const inside = this.extend(bindings);
      return (returned && inside.of(returned)) ?? onlyOneStandsFor(returnedValues(fn), inside);
    } finally {
      projecting.delete(fn);
    }
  }

  /** What `fn` returns when its first parameter stands for `argument`: its single returned expression. */
  private returnedBy(fn: FunctionNode, argument: FlowSymbol): FlowSymbol | undefined {
    const param = fn.params[0];
    const returned = fn.body.type === AST_NODE_TYPES.BlockStatement ? singleReturn(fn.body) : fn.body;
    if (!param || !returned) return undefined;
    return this.extend(new Map([[param, argument]])).of(returned);
  }
}

/**
 * The value of a block that is `return value;`, perhaps after guards that return nothing
 * (`if (!isCoded(err)) return undefined;`, `if (!err) return;`).
 */
function finalReturnAfterGuards(block: TSESTree.BlockStatement): TSESTree.Expression | undefined {
  const last = block.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument) return undefined;
  const returnsNothing = (statement: TSESTree.Statement): boolean => {
    const only = statement.type === AST_NODE_TYPES.BlockStatement && statement.body.length === 1 ? statement.body[0] : statement;
    return only?.type === AST_NODE_TYPES.ReturnStatement && (!only.argument || isNothing(only.argument));
  };
  const guards = block.body.slice(0, -1);
  return guards.every((statement) => statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && returnsNothing(statement.consequent)) ? last.argument : undefined;
}

/**
 * `return err instanceof Error ? (err as SdkError) : new Error(String(err))`, or the same as an
 * `if`: a function that normalises what it is given stands for it when only one of the values it
 * can return stands for something (the others are new errors or nothing, which carry no code).
 */
function onlyOneStandsFor(values: readonly TSESTree.Expression[] | undefined, symbols: FlowSymbols): FlowSymbol | undefined {
  const standing = (values ?? []).flatMap((value) => {
    const symbol = symbols.of(value);
    return symbol ? [symbol] : [];
  });
  return standing.length === 1 ? standing[0] : undefined;
}

/**
 * What a function made only of returns (and the `if`s around them), or of one expression, can
 * return, each branch of a `?:` apart; undefined when its body does anything else (logs, stores).
 */
function returnedValues(fn: FunctionNode): TSESTree.Expression[] | undefined {
  const values: TSESTree.Expression[] = [];
  const branches = (value: TSESTree.Expression): void => {
    const inner = unwrap(value);
    if (inner.type === AST_NODE_TYPES.ConditionalExpression) {
      branches(inner.consequent);
      branches(inner.alternate);
    } else {
      values.push(value);
    }
  };
  const statement = (node: TSESTree.Statement): boolean => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) branches(node.argument);
      return true;
    }
    if (node.type === AST_NODE_TYPES.IfStatement) return statement(node.consequent) && (!node.alternate || statement(node.alternate));
    if (node.type === AST_NODE_TYPES.BlockStatement) return node.body.every(statement);
    return false;
  };
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) branches(fn.body);
  else if (!fn.body.body.every(statement)) return undefined;
  return values;
}

/** The argument of a block's only return statement, when it has exactly one at its top level. */
function singleReturn(block: TSESTree.BlockStatement): TSESTree.Expression | undefined {
  const returns = block.body.filter((statement) => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
}

/**
 * Where a name bound by a pattern sits: the pattern's root (the parameter, the declarator's id) and
 * the property keys leading from it to the name (`{ Response: { Error } }` → ['Response', 'Error']).
 * An array or rest element on the way leaves the path empty of meaning: it returns no root.
 */
/** The default of a destructuring pattern (`''` in `{ code = '' }`). */
const isPatternDefault = (written: TSESTree.Node | null | undefined): boolean => written?.parent?.type === AST_NODE_TYPES.AssignmentPattern && written.parent.right === written;

export function patternPath(name: TSESTree.Identifier): { root: TSESTree.Node; path: string[] } {
  const path: string[] = [];
  let node: TSESTree.Node = name;
  for (;;) {
    const parent = node.parent as TSESTree.Node | undefined;
    if (!parent) break;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const key = keyName(parent.key, parent.computed);
      if (key === undefined) return { root: name, path: ['<computed>'] };
      path.unshift(key);
      node = parent.parent;
      continue;
    }
    // `const [a, b] = await Promise.all(...)`: a position of the list (a rest element, always last, is met below).
    if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      const position = parent.elements.findIndex((element) => element === node);
      path.unshift(String(position));
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.RestElement) return { root: name, path: ['<element>'] };
    break;
  }
  return { root: node, path };
}
