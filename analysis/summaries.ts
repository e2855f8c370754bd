/**
 * Function summaries: a function that returns the result of an LCIC call is itself an LCIC call
 * to its callers. `createClass()` returning `this.client.CreateRoom(...)` is a CreateRoom call
 * wherever it is called; `request(action, payload)` signing a `fetch` and returning its body is a
 * call of whatever action its caller names, whose body the caller must check.
 *
 * A function that handles the failure itself (catches it and answers, or checks the body and
 * returns null) is not an LCIC call to its callers: nothing of the failure reaches them.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import type { LcicEdition } from '../codes/types.js';
import { argumentParameters, calleeName, isAbsentValue, destructuredKey, findVariable, type FunctionNode, isFunctionNode, isPromiseExecutor, keyName, parameterPropertyName, propertyName, returnedExpressions, returnedUnder, thisAssignment, unwrap, walkTree } from './ast.js';
import { findErrorHandlers, unreadRejectionHandler, type ErrorHandler } from './error-handlers.js';
import { returnsRawBody, type LcicCall, type LcicCallFinder, type LcicCallKind } from './find-lcic-calls.js';
import { FailureFlow } from './flow/failure-flow.js';
import { Exit } from './flow/paths.js';
import { followHttpsBody } from './flow/https-body.js';
import { RawBodyFlow } from './flow/raw-flow.js';
import { awaited, type FlowSymbol } from './flow/symbols.js';
import { NO_CODE, Worlds } from './flow/worlds.js';
import { moduleOfNode } from './modules/index.js';
import { findProperty, type ValueResolver } from './resolve-value.js';
import { actionCodes, isKnownAction } from './catalog-view.js';
import { changeCount } from './modules/session.js';
import type { SourceFile } from './source-file.js';

export interface CallSummary {
  /**
   * What callers meet when the call fails: a rejection with the LCIC code (`codes`), a raw body
   * to check (`raw-body`), or a rejection whose shape the helper decided (`no-codes`).
   */
  readonly failures: 'codes' | 'raw-body' | 'no-codes';
  /** How the call inside reaches the API. */
  readonly via: LcicCallKind;
  readonly edition: LcicEdition;
  /** The actions, when the function fixes them. */
  readonly actions: readonly string[];
  /** The parameter that names the action, when the caller chooses it (a signing helper). */
  readonly actionParam: number | undefined;
  /** With `actionParam`: the field of that parameter, an options object, that names it (`lcicCall({ action, params })`). */
  readonly actionField?: string;
  /**
   * Where the action is written when it is neither fixed nor a parameter: a name the function
   * closes over (the task `() => client.request(action, req)` written inside `invoke(action, req)`),
   * which the function around it takes as its parameter.
   */
  readonly openAction?: TSESTree.Node;
  /** For `raw-body`: what the returned promise holds (the body, its Response, the HTTP result). */
  readonly body: FlowSymbol | undefined;
  /**
   * The parameter the helper hands its failures to when its caller gives a function there
   * (`callLcic(action, payload, cb)`, which calls `cb(err)` or passes it to `.then(ok, cb)`):
   * such a call answers through that callback.
   */
  readonly callbackParam?: number;
  /** The helper answers only through that callback and returns nothing (`registerUser(name, cb)` around a callback-form call). */
  readonly callbackOnly?: true;
}

/** How deep a chain of helpers calling helpers is followed. */
const MAX_CHAIN = 4;

/** The calls made in a function's own body, and in the `.then` callbacks chained there. */
function callsIn(fn: FunctionNode, source: SourceFile): TSESTree.CallExpression[] {
  return callsUnder(fn.body, source);
}

/**
 * The index of a helper's last parameter when the helper hands failures to it: calls it
 * (`cb(err)`) or gives it to a promise as its rejection handler (`p.then(ok, cb)`, `p.catch(cb)`).
 */
function failureCallbackParameter(fn: FunctionNode, source: SourceFile): number | undefined {
  const last = fn.params.at(-1);
  if (fn.params.length < 2 || last?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const named = (node: TSESTree.Node | undefined) => node !== undefined && unwrap(node).type === AST_NODE_TYPES.Identifier && (unwrap(node) as TSESTree.Identifier).name === last.name;
  let index: number | undefined;
  walkTree(fn.body, source.visitorKeys, (node) => {
    if (index !== undefined) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression) return true;
    const name = calleeName(node);
    const handsOn = (named(node.callee) && node.arguments.length > 0) || (name === 'then' && named(node.arguments[1])) || (name === 'catch' && named(node.arguments[0]));
    if (handsOn) index = fn.params.length - 1;
    return !handsOn;
  });
  return index;
}

/** The parameter a helper hands its failures to, and so answers through (`cb` of `request(action, params, cb)`). */
export function answeringCallback(fn: FunctionNode | undefined, source: SourceFile): TSESTree.Identifier | undefined {
  const index = fn && failureCallbackParameter(fn, source);
  const param = index === undefined ? undefined : fn?.params[index];
  return param?.type === AST_NODE_TYPES.Identifier ? param : undefined;
}

/**
 * The calls of `name` in an SDK call's error-first callback (`reject(...)`, the helper's own `cb(...)`),
 * and whether one of them is given the callback's error as it came. Undefined when the callback's
 * error parameter is no plain name.
 */
function callsHandingOn(callback: FunctionNode, name: string, source: SourceFile): { calls: TSESTree.CallExpression[]; keepsError: boolean } | undefined {
  const error = argumentParameters(callback)[0];
  if (error?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const calls = callsIn(callback, source).filter((inner) => inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === name);
  const keepsError = calls.some((inner) => inner.arguments[0]?.type === AST_NODE_TYPES.Identifier && inner.arguments[0].name === error.name);
  return { calls, keepsError };
}

/** The `new Promise` executors written in a function's own body. */
function promiseExecutorsIn(fn: FunctionNode, source: SourceFile): FunctionNode[] {
  const found: FunctionNode[] = [];
  walkTree(fn.body, source.visitorKeys, (node) => {
    if (!isFunctionNode(node)) return true;
    if (isPromiseExecutor(node)) found.push(node);
    return false;
  });
  return found;
}

/** Whether `word` appears in a function's text: a cheap look before a walk that needs it. */
function writes(fn: FunctionNode, word: string, source: SourceFile): boolean {
  return source.text.slice(fn.range[0], fn.range[1]).includes(word);
}

/** The calls under a node, outside the functions written in it. */
function callsUnder(root: TSESTree.Node, source: SourceFile): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  walkTree(root, source.visitorKeys, (node) => {
    if (node !== root && isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) found.push(node);
    return true;
  });
  return found;
}

/** The object literals a statement returns whose `ok` is `ok`, written as a literal. */
function resultsReturned(statement: TSESTree.Statement, ok: boolean, source: SourceFile): TSESTree.ObjectExpression[] {
  return returnedUnder(statement, source.visitorKeys).flatMap((returned) => {
    const value = unwrap(returned);
    const written = value.type === AST_NODE_TYPES.ObjectExpression ? findProperty(value, 'ok')?.value : undefined;
    // `ok: false as const`
    const okValue = written && unwrap(written);
    return value.type === AST_NODE_TYPES.ObjectExpression && okValue?.type === AST_NODE_TYPES.Literal && okValue.value === ok ? [value] : [];
  });
}

/** Whether a catch clause answers with a Result keeping the caught error's code: `return { ok: false, code: err.code }`. */
function answersWithCode(clause: TSESTree.CatchClause | null, source: SourceFile): boolean {
  const error = clause?.param;
  if (!clause || error?.type !== AST_NODE_TYPES.Identifier) return false;
  // `const err = e as SdkError;` at the top of the catch: the same error by another name.
  const names = new Set([error.name]);
  for (const statement of clause.body.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== 'const') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init && unwrap(declarator.init);
      if (declarator.id.type === AST_NODE_TYPES.Identifier && init?.type === AST_NODE_TYPES.Identifier && names.has(init.name)) names.add(declarator.id.name);
    }
  }
  return resultsReturned(clause.body, false, source).some((result) => {
    const code = findProperty(result, 'code')?.value;
    let read = code && unwrap(code);
    // `code: err.code ?? 'Unknown'`: still the error's code whenever it has one.
    if (read?.type === AST_NODE_TYPES.LogicalExpression && read.operator !== '&&') read = unwrap(read.left);
    if (read?.type !== AST_NODE_TYPES.MemberExpression || propertyName(read) !== 'code') return false;
    const object = unwrap(read.object);
    return object.type === AST_NODE_TYPES.Identifier && names.has(object.name);
  });
}

/** Whether a call's promise is awaited where it stands (through `.then`/`.finally` chained on it). */
function isAwaited(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return false;
    if (unwrap(parent) === node || parent.type === AST_NODE_TYPES.ChainExpression) {
      node = parent;
      continue;
    }
    const chained = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && (propertyName(parent) === 'then' || propertyName(parent) === 'finally');
    if (chained && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
      node = parent.parent;
      continue;
    }
    return parent.type === AST_NODE_TYPES.AwaitExpression;
  }
}

/** Which parameter of `fn` the expression `node` is, if it is one. */
export function parameterIndex(fn: FunctionNode, node: TSESTree.Node, source: SourceFile): number | undefined {
  const inner = unwrap(node);
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(source.getScope(inner), inner);
  const def = variable?.defs[0];
  if (!def || (def.type as string) !== 'Parameter' || def.node !== fn) return undefined;
  const index = fn.params.findIndex((param) => param === def.name || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === def.name));
  return index >= 0 ? index : undefined;
}

/**
 * The parameter of `fn`, an options object, and its field that `node` reads: `opts.action` of
 * `lcicCall(opts)`, or `action` of `lcicCall({ action, params })`.
 */
function parameterField(fn: FunctionNode, node: TSESTree.Node, source: SourceFile): { index: number; name: string } | undefined {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed) {
    const index = parameterIndex(fn, inner.object, source);
    const name = propertyName(inner);
    return index === undefined || name === undefined ? undefined : { index, name };
  }
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = findVariable(source.getScope(inner), inner)?.defs[0];
  if (!def || (def.type as string) !== 'Parameter' || def.node !== fn) return undefined;
  const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.ObjectPattern || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.ObjectPattern));
  const param = fn.params[index];
  const pattern = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    const name = keyName(property.key, property.computed);
    if (value === def.name && name !== undefined) return { index, name };
  }
  return undefined;
}

/**
 * The call a returned expression comes from: through `await`, `.then(...)`, `.catch(...)`,
 * `.finally(...)`, and constants. (A rejection handler in the chain is read where the call's
 * failures are: one that rethrows lets them out.)
 */
function sourceCall(expression: TSESTree.Node, fn: FunctionNode, source: SourceFile, seen = 0): TSESTree.CallExpression | undefined {
  const inner = unwrap(expression);
  if (seen > 8) return undefined;
  if (inner.type === AST_NODE_TYPES.AwaitExpression) return sourceCall(inner.argument, fn, source, seen + 1);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(source.getScope(inner), inner);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id !== def.name || !def.node.init) return undefined;
    return variable && variable.references.filter((r) => r.isWrite()).length === 1 ? sourceCall(def.node.init, fn, source, seen + 1) : undefined;
  }
  if (inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrap(inner.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
  // `.then(f)` keeps the failures of the promise it is called on; a rejection handler in the chain
  // (`.catch(fn)`, `.then(f, fn)`) is read with the call's other handlers (failuresPassedOn).
  if (callee.type === AST_NODE_TYPES.MemberExpression && (name === 'then' || name === 'finally' || name === 'catch')) {
    return sourceCall(callee.object, fn, source, seen + 1) ?? inner;
  }
  return inner;
}

/**
 * Methods that run the function they are given last at once, inside a span, and return what it
 * returns: OpenTelemetry's `tracer.startActiveSpan(name, [options, [context]], fn)` and Sentry's
 * `Sentry.startSpan(options, fn)`.
 */
const SPAN_RUNNERS = new Set(['startActiveSpan', 'startSpan']);

/** The function a span runner is given (`tracer.startActiveSpan('lcic.EndRoom', async (span) => ...)`), written inline. */
function spanCallback(call: TSESTree.CallExpression, resolver: ValueResolver): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !SPAN_RUNNERS.has(propertyName(callee) ?? '')) return undefined;
  const last = call.arguments.at(-1);
  return last && call.arguments.length >= 2 ? resolver.functionOf(last) : undefined;
}

/**
 * `return new Promise((resolve, reject) => { queue.push(() => task().then(resolve, reject)); })`:
 * a hand-written limiter or queue, whose promise settles as the task it runs, at whatever later
 * time (the task may be started from a callback the executor leaves behind). The index of the
 * task among `fn`'s parameters, when the executor hands the task's failure to `reject` as it is:
 * `.then(resolve, reject)` or `.catch(reject)` on the task's call.
 */
function taskSettling(returned: TSESTree.Node, fn: FunctionNode, source: SourceFile): number | undefined {
  const made = unwrap(returned);
  const executor = made.type === AST_NODE_TYPES.NewExpression && calleeName(made) === 'Promise' ? made.arguments[0] : undefined;
  if (!executor || !isFunctionNode(executor)) return undefined;
  const reject = executor.params[1];
  if (reject?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const isReject = (node: TSESTree.Node | undefined) => node?.type === AST_NODE_TYPES.Identifier && node.name === reject.name;
  let found: number | undefined;
  walkTree(executor.body, source.visitorKeys, (node) => {
    if (found !== undefined) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const name = propertyName(node.callee);
    const hands = (name === 'then' && isReject(node.arguments[1])) || (name === 'catch' && isReject(node.arguments[0]));
    const task = hands ? sourceCall(node.callee.object, fn, source) : undefined;
    if (task) found = parameterIndex(fn, task.callee, source);
    return true;
  });
  return found;
}

/** `Promise.race(...)`, `Promise.all(...)` or `Promise.any(...)`: a promise that rejects when one of those it is given does. */
function isRejectingCombinator(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise' && ['race', 'all', 'any'].includes(propertyName(callee) ?? '');
}

/**
 * The calls `call` is given as arguments, or in an array argument (`Promise.race([call, timeout])`),
 * except by `Promise.allSettled`, which keeps their failures in its results.
 */
function promisesGivenTo(call: TSESTree.CallExpression, source: SourceFile): TSESTree.CallExpression[] {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'allSettled') return [];
  const given: TSESTree.CallExpression[] = [];
  for (const argument of call.arguments) {
    const inner = unwrap(argument);
    const items = inner.type === AST_NODE_TYPES.ArrayExpression ? inner.elements : [inner];
    for (const item of items) {
      const promise = item && unwrap(item);
      if (promise?.type !== AST_NODE_TYPES.CallExpression) continue;
      given.push(promise);
      // `ids.map((id) => call(...))`: the calls its mapper returns.
      const mapper = mapperOf(promise);
      if (mapper) for (const returned of returnedExpressions(mapper, source.visitorKeys)) if (unwrap(returned).type === AST_NODE_TYPES.CallExpression) given.push(unwrap(returned) as TSESTree.CallExpression);
    }
  }
  return given;
}

/** The function given to `xs.map(fn)`, written there. */
function mapperOf(call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  const fn = call.arguments[0];
  return callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'map' && isFunctionNode(fn) ? fn : undefined;
}

/**
 * Summaries per settings, shared by every linted file of a run: a helper in `sign.ts` is
 * summarized once, not once per file that imports it. (A function of the linted file is a new
 * node each time the file is parsed, so nothing stale is kept for it.)
 */
interface Memos {
  readonly changes: number;
  readonly memo: WeakMap<FunctionNode, CallSummary | null>;
  readonly passMemo: WeakMap<FunctionNode, number | null>;
  readonly interceptorMemo: WeakMap<FunctionNode, Intercepted | null>;
  readonly actionParamMemo: WeakMap<FunctionNode, { index: number; edition: LcicEdition } | null>;
  readonly injectedMemo: WeakMap<FunctionNode, InjectedCall | null>;
  readonly resultTaskMemo: WeakMap<FunctionNode, ResultTask | null>;
  readonly predicateMemo: WeakMap<FunctionNode, readonly ErrorPredicate[]>;
}

/** A method's call of an action on a client given to its class's constructor (see {@link Summaries.injected}). */
export interface InjectedCall {
  /** Which constructor parameter the client is. */
  readonly paramIndex: number;
  readonly action: string;
  readonly failures: CallSummary['failures'];
}

/** A wrapper that answers its task's failure with a Result (see {@link Summaries.resultOfTask}). */
export interface ResultTask {
  /** Which parameter is the task. */
  readonly index: number;
  /** The field of the Result that holds the task's value on success (`{ ok: true, value }`), if one does. */
  readonly dataField: string | undefined;
}

/**
 * A parameter of a wrapper that it calls with an error it caught (`shouldRetry(err)`), or an
 * options parameter whose function it calls so (`options.retryIf(err)`, `{ retryIf }` destructured).
 */
export interface ErrorPredicate {
  readonly index: number;
  /** The option's name, when the parameter is an options object. */
  readonly property: string | undefined;
}

/** What an axios response interceptor makes of the calls on its instance (see {@link Summaries.interceptedBy}). */
export type Intercepted = Pick<CallSummary, 'failures' | 'body'>;
const sharedMemos = new WeakMap<object, Memos>();

export class Summaries {
  private readonly memo: WeakMap<FunctionNode, CallSummary | null>;
  private readonly passMemo: WeakMap<FunctionNode, number | null>;
  private readonly interceptorMemo: WeakMap<FunctionNode, Intercepted | null>;
  private readonly actionParamMemo: WeakMap<FunctionNode, { index: number; edition: LcicEdition } | null>;
  private readonly injectedMemo: WeakMap<FunctionNode, InjectedCall | null>;
  private readonly resultTaskMemo: WeakMap<FunctionNode, ResultTask | null>;
  private readonly predicateMemo: WeakMap<FunctionNode, readonly ErrorPredicate[]>;
  private readonly active: FunctionNode[] = [];

  constructor(private readonly finder: LcicCallFinder) {
    // Started afresh when a module read before has changed: a summary may depend on other modules.
    let shared = sharedMemos.get(finder.settings);
    if (shared?.changes !== changeCount()) {
      shared = { changes: changeCount(), memo: new WeakMap(), passMemo: new WeakMap(), interceptorMemo: new WeakMap(), actionParamMemo: new WeakMap(), injectedMemo: new WeakMap(), resultTaskMemo: new WeakMap(), predicateMemo: new WeakMap() };
      sharedMemos.set(finder.settings, shared);
    }
    this.memo = shared.memo;
    this.passMemo = shared.passMemo;
    this.interceptorMemo = shared.interceptorMemo;
    this.actionParamMemo = shared.actionParamMemo;
    this.injectedMemo = shared.injectedMemo;
    this.resultTaskMemo = shared.resultTaskMemo;
    this.predicateMemo = shared.predicateMemo;
  }

  /**
   * The parameter `fn` calls and returns the result of (`return await task()`), when the
   * failure of that call leaves `fn` whole (no handler, or one that rethrows it): a retry or timing
   * wrapper. `withRetry(() => client.CreateRoom(...))` is then a CreateRoom call to its caller.
   */
  passedThrough(fn: FunctionNode): number | undefined {
    const cached = this.passMemo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    const source = moduleOfNode(fn);
    const found = source && this.taskParameter(fn, source);
    this.passMemo.set(fn, found ?? null);
    return found;
  }

  /**
   * The parameter of `fn` that is a task it runs in a `try` whose `catch` answers the task's failure
   * with a Result keeping its code (`tryLcic(task)`: `return { ok: false, code: err.code }`).
   * `tryLcic(() => client.CreateRoom(...))` then answers as a helper checking the body with a
   * Result does: its caller checks the Result by `ok`, and its `code` is CreateRoom's.
   */
  resultOfTask(fn: FunctionNode): ResultTask | undefined {
    const cached = this.resultTaskMemo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    const source = moduleOfNode(fn);
    const found = source && resultTask(fn, source);
    this.resultTaskMemo.set(fn, found ?? null);
    return found;
  }

  /**
   * The functions a wrapper is given that it calls with the error it caught: `withRetry(task,
   * shouldRetry)` calling `shouldRetry(err)` in its `catch`. Given the task's error, they read it
   * as a handler does (their comparisons are held to the task's codes).
   */
  errorPredicates(fn: FunctionNode): readonly ErrorPredicate[] {
    let found = this.predicateMemo.get(fn);
    if (!found) {
      const source = moduleOfNode(fn);
      found = source ? errorPredicates(fn, source) : [];
      this.predicateMemo.set(fn, found);
    }
    return found;
  }

  /**
   * A retry loop that keeps each attempt's error and throws the last one when it gives up
   * (`catch (err) { lastErr = err; }`, then `throw lastErr;` after the loop): the task's failure
   * leaves the wrapper as it came, code and all.
   */
  private rethrowsLastError(fn: FunctionNode, call: TSESTree.CallExpression, source: SourceFile): boolean {
    const [handler] = findErrorHandlers(taskCall(call), this.finder.resolver);
    const param = handler?.kind === 'catch-clause' ? handler.param : undefined;
    if (!handler || param?.type !== AST_NODE_TYPES.Identifier) return false;
    const kept = new Set<string>();
    walkTree(handler.body, source.visitorKeys, (node) => {
      if (isFunctionNode(node)) return false;
      const value = node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' ? unwrap(node.right) : undefined;
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier && value?.type === AST_NODE_TYPES.Identifier && value.name === param.name) kept.add(node.left.name);
      return true;
    });
    if (kept.size === 0) return false;
    let thrown = false;
    walkTree(fn.body, source.visitorKeys, (node) => {
      if (thrown || (node !== fn.body && isFunctionNode(node))) return false;
      const argument = node.type === AST_NODE_TYPES.ThrowStatement ? unwrap(node.argument) : undefined;
      thrown = argument?.type === AST_NODE_TYPES.Identifier && kept.has(argument.name);
      return !thrown;
    });
    return thrown;
  }

  private taskParameter(fn: FunctionNode, source: SourceFile, within: FunctionNode = fn): number | undefined {
    for (const returned of returnedExpressions(within, source.visitorKeys)) {
      const settledBy = taskSettling(returned, fn, source);
      if (settledBy !== undefined) return settledBy;
      const call = sourceCall(returned, within, source);
      // `return tracer.startActiveSpan(name, async (span) => { ... return await task(); ... })`: the
      // span's callback runs at once and its promise is what the wrapper returns.
      const spanned = call && within === fn ? spanCallback(call, this.finder.resolver) : undefined;
      if (spanned) {
        const index = this.taskParameter(fn, source, spanned);
        if (index !== undefined) return index;
        continue;
      }
      // `return Promise.race([task(), timeout(ms)])`: the race fails as the task does.
      const candidates = call && isRejectingCombinator(call) ? promisesGivenTo(call, source) : call ? [call] : [];
      for (const candidate of candidates) {
        const index = parameterIndex(fn, candidate.callee, source);
        if (index !== undefined && call && (this.failuresPassedOn(taskCall(call), source) === 'codes' || this.rethrowsLastError(fn, call, source))) return index;
      }
    }
    return undefined;
  }

  /**
   * A method that calls an action on a client its class was given in the constructor and keeps in
   * a field (`constructor(client) { this.client = client; }`, then `return this.client.EndRoom(...)`),
   * when the code alone cannot say what the field holds: which constructor parameter it is, and
   * what calling the method amounts to if that parameter is an SDK client. The caller decides
   * whether it is one, from the `new` that made its instance.
   */
  injected(fn: FunctionNode): InjectedCall | undefined {
    const cached = this.injectedMemo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.injectedCall(fn);
    this.injectedMemo.set(fn, found ?? null);
    return found;
  }

  private injectedCall(fn: FunctionNode): InjectedCall | undefined {
    const method = fn.parent;
    const source = moduleOfNode(fn);
    if (method.type !== AST_NODE_TYPES.MethodDefinition || method.kind !== 'method' || !source) return undefined;
    // The constructor that fills the fields: the class's own, or the one it inherits (the base class keeps the client).
    const constructor = this.finder.resolver.effectiveConstructor(method.parent.parent);
    if (!constructor) return undefined;
    const candidates = new Set<TSESTree.CallExpression>();
    for (const returned of returnedExpressions(fn, source.visitorKeys)) {
      const node = sourceCall(returned, fn, source);
      if (node) candidates.add(node);
    }
    if (fn.async) for (const node of callsIn(fn, source)) if (isAwaited(node)) candidates.add(node);
    for (const node of candidates) {
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
      const action = propertyName(callee);
      const field = unwrap(callee.object);
      if (!action || !isKnownAction(action) || field.type !== AST_NODE_TYPES.MemberExpression || field.object.type !== AST_NODE_TYPES.ThisExpression) continue;
      const name = propertyName(field);
      const paramIndex = name === undefined ? -1 : constructorParameterOf(constructor, name);
      if (paramIndex < 0 || this.finder.classify(node)) continue;
      const call: LcicCall = { node, kind: 'sdk', action, actions: [action], actionNode: callee.property, edition: this.finder.settings.edition, callback: undefined };
      const failures = this.failuresPassedOn(call, source);
      if (failures) return { paramIndex, action, failures };
    }
    return undefined;
  }

  /**
   * The parameter of `fn` that names the action of an LCIC call it makes, whatever it does with the
   * call's failures: a helper that answers them itself (`null`, a Result object) is no LCIC call to
   * its callers, but the action they pass still goes to the API.
   */
  actionParameter(fn: FunctionNode): { index: number; edition: LcicEdition } | undefined {
    const cached = this.actionParamMemo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    if (this.active.includes(fn) || this.active.length >= MAX_CHAIN) return undefined;
    const source = moduleOfNode(fn);
    let found: { index: number; edition: LcicEdition } | undefined;
    if (source) {
      this.active.push(fn);
      try {
        for (const node of callsIn(fn, source)) {
          const call = this.finder.classify(node);
          // The action node of a call whose action is not known here: its own argument, or the one its helper takes it from.
          const named = call && call.actions.length === 0 ? call.actionNode : undefined;
          const index = named && parameterIndex(fn, named, source);
          if (call && index !== undefined) {
            found = { index, edition: call.edition };
            break;
          }
          const inner = call ? undefined : this.finder.resolver.functionOf(node.callee);
          const passed = inner && this.actionParameter(inner);
          const argument = passed && node.arguments[passed.index];
          const outer = argument && parameterIndex(fn, argument, source);
          if (passed && outer !== undefined) {
            found = { index: outer, edition: passed.edition };
            break;
          }
        }
      } finally {
        this.active.pop();
      }
    }
    this.actionParamMemo.set(fn, found ?? null);
    return found;
  }

  /**
   * What an axios instance's response interceptors make of every call on it (they get the response
   * before the caller does): one that checks Response.Error and rejects makes the calls fail like
   * an SDK call, with codes when its error keeps `code`; one that hands on the body
   * (`(res) => res.data`) leaves the caller a body to check; one that does neither says nothing.
   */
  interceptedBy(interceptors: readonly FunctionNode[]): Intercepted | undefined {
    for (const fn of interceptors) {
      let found = this.interceptorMemo.get(fn);
      if (found === undefined) {
        found = this.interceptor(fn) ?? null;
        this.interceptorMemo.set(fn, found);
      }
      if (found) return found;
    }
    return undefined;
  }

  private interceptor(fn: FunctionNode): Intercepted | undefined {
    const source = moduleOfNode(fn);
    const [param] = fn.params;
    if (!source || !param) return undefined;
    const flow = new RawBodyFlow(source, this.finder.resolver, { call: undefined, param, start: { kind: 'http-result', axios: true }, scope: fn.body, fn }).run();
    if (flow.rejectsErrors) return { failures: flow.throwsItsCode ? 'codes' : 'no-codes', body: undefined };
    const returned = flow.returned.find((node) => awaited(flow.symbolOf(node))?.kind !== 'response-field');
    return returned ? { failures: 'raw-body', body: flow.symbolOf(returned) } : undefined;
  }

  /** What calling `fn` amounts to, or undefined when it makes no LCIC call its callers see. */
  of(fn: FunctionNode): CallSummary | undefined {
    const cached = this.memo.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    // A cycle, or a chain too long to follow: no summary (and none cached, as the answer was cut short).
    if (this.active.includes(fn) || this.active.length >= MAX_CHAIN) return undefined;
    const source = moduleOfNode(fn);
    if (!source) return undefined;
    this.active.push(fn);
    let summary: CallSummary | undefined;
    try {
      summary = this.promised(fn, source) ?? this.promiseWrapped(fn, source) ?? this.rawBody(fn, source) ?? this.answeredWithResult(fn, source) ?? this.callbackWrapped(fn, source);
      const callbackParam = summary && failureCallbackParameter(fn, source);
      if (summary && callbackParam !== undefined) summary = { ...summary, callbackParam };
    } finally {
      this.active.pop();
    }
    this.memo.set(fn, summary ?? null);
    return summary;
  }

  /**
   * LCIC calls whose rejection leaves the function: returned (`return client.X()`), or awaited in
   * an async function with nothing to catch it. Their actions are the function's; a failure a
   * handler rethrows whole keeps its code, one it replaces does not.
   */
  private promised(fn: FunctionNode, source: SourceFile): CallSummary | undefined {
    const candidates = new Set<TSESTree.CallExpression>();
    for (const returned of returnedExpressions(fn, source.visitorKeys)) {
      const node = sourceCall(returned, fn, source);
      if (!node) continue;
      candidates.add(node);
      // `return withTimeout(client.DescribeRoom(...), 5000)`: a promise given to a wrapper is taken
      // to come out of it, as it is where a handler around the wrapper is looked for.
      for (const given of promisesGivenTo(node, source)) candidates.add(given);
    }
    if (fn.async) {
      for (const node of callsIn(fn, source)) {
        if (!isAwaited(node)) continue;
        candidates.add(node);
        // `await Promise.all(ids.map((id) => call(...)))`: the calls it waits for.
        for (const given of promisesGivenTo(node, source)) candidates.add(given);
      }
    }
    const escaping: { call: LcicCall; failures: CallSummary['failures'] }[] = [];
    for (const node of candidates) {
      const call = this.finder.classify(node);
      if (!call || returnsRawBody(call)) continue;
      const failures = this.failuresPassedOn(call, source);
      if (failures) escaping.push({ call, failures });
    }
    const [first] = escaping;
    if (!first) return undefined;
    const actions = escaping.length === 1 ? this.actionsOf(first.call, fn, source) : { actions: [...new Set(escaping.flatMap(({ call }) => call.actions))], actionParam: undefined };
    return {
      ...actions,
      failures: escaping.every(({ failures }) => failures === 'codes') ? 'codes' : 'no-codes',
      via: first.call.summary?.via ?? first.call.kind,
      edition: first.call.edition,
      body: undefined,
    };
  }

  /**
   * `return new Promise((resolve, reject) => client.X(req, (err, res) => (err ? reject(err) : resolve(res))))`:
   * a callback-form call made a promise, which rejects with the call's own error (its code with
   * it), or with another (`reject(new Error(err.message))`: no codes for the callers).
   */
  private promiseWrapped(fn: FunctionNode, source: SourceFile): CallSummary | undefined {
    for (const returned of returnedExpressions(fn, source.visitorKeys)) {
      let made = unwrap(returned);
      if (made.type === AST_NODE_TYPES.AwaitExpression) made = unwrap(made.argument);
      const executor = made.type === AST_NODE_TYPES.NewExpression ? made.arguments[0] : undefined;
      const reject = isPromiseExecutor(executor) ? executor.params[1] : undefined;
      if (!isPromiseExecutor(executor) || reject?.type !== AST_NODE_TYPES.Identifier) continue;
      for (const node of callsIn(executor, source)) {
        const call = this.finder.classify(node);
        if (!call || returnsRawBody(call)) continue;
        // `client.X(req).then(resolve, reject)`, `.catch(reject)`: the promise's rejection, as it came.
        const rejection = call.callback ? undefined : unreadRejectionHandler(node, this.finder.resolver);
        if (rejection?.type === AST_NODE_TYPES.Identifier && rejection.name === reject.name) {
          return { ...this.actionsOf(call, fn, source), failures: 'codes', via: call.kind, edition: call.edition, body: undefined };
        }
        const rejections = call.callback && callsHandingOn(call.callback, reject.name, source);
        if (!rejections || rejections.calls.length === 0) continue;
        return { ...this.actionsOf(call, fn, source), failures: rejections.keepsError ? 'codes' : 'no-codes', via: call.kind, edition: call.edition, body: undefined };
      }
    }
    return undefined;
  }

  /**
   * `function registerUser(name, cb) { client.RegisterUser(req, (err, res) => { if (err) return cb(err); cb(null, res.UserId); }); }`,
   * `function endRoom(id, cb) { client.EndRoom({ RoomId: id }, cb); }`: a callback-form call whose
   * failure the helper hands to its own last parameter. To its callers the helper is a
   * callback-form call, with the codes when the error goes on whole, and it returns nothing.
   */
  private callbackWrapped(fn: FunctionNode, source: SourceFile): CallSummary | undefined {
    const last = fn.params.at(-1);
    if (fn.params.length < 2 || last?.type !== AST_NODE_TYPES.Identifier) return undefined;
    const named = (node: TSESTree.Node | undefined, name: string) => node?.type === AST_NODE_TYPES.Identifier && node.name === name;
    for (const node of callsIn(fn, source)) {
      const call = this.finder.classify(node);
      if (!call || call.summary || returnsRawBody(call)) continue;
      let failures: CallSummary['failures'] | undefined;
      // `client.EndRoom(req, cb)`: the callback is the helper's own.
      if (named(node.arguments.at(-1), last.name)) failures = 'codes';
      else if (call.callback) {
        const handed = callsHandingOn(call.callback, last.name, source);
        // `cb(null, res)` answers a success: only a call given something first hands a failure on.
        if (!handed?.calls.some((inner) => inner.arguments[0] !== undefined && !isAbsentValue(inner.arguments[0]))) continue;
        failures = handed.keepsError ? 'codes' : 'no-codes';
      }
      if (failures) return { ...this.actionsOf(call, fn, source), failures, via: call.kind, edition: call.edition, body: undefined, callbackParam: fn.params.length - 1, callbackOnly: true };
    }
    return undefined;
  }

  /** Handler flows made for summaries, by handler: FileFacts asks here before following one again. */
  private readonly handlerFlows = new Map<TSESTree.Node, { worlds: Worlds; source: SourceFile; flow: FailureFlow }>();

  /**
   * How `handler` treats its failures in `worlds`, followed once per handler, worlds and module:
   * a helper's `.catch` is read here for what the helper hands its callers, and again by the rules
   * for what it does, in the same worlds when the handler names no other code.
   */
  handlerFlow(handler: ErrorHandler, worlds: Worlds, source: SourceFile): FailureFlow {
    const known = this.handlerFlows.get(handler.node);
    if (known?.worlds === worlds && known.source === source) return known.flow;
    const flow = new FailureFlow(worlds, source, this.finder.resolver, this.finder.settings, {
      body: handler.body,
      fn: isFunctionNode(handler.node) ? handler.node : undefined,
      errorParam: handler.param,
      returnsToCaller: handler.kind !== 'callback',
    }).run();
    // A callback's flow also reads its response parameter, and a holder's its field: those are followed with more input.
    if (handler.kind !== 'callback' && handler.errorField === undefined) this.handlerFlows.set(handler.node, { worlds, source, flow });
    return flow;
  }

  /**
   * How a call's failures leave the function: all of them with their codes when nothing handles
   * them; as the handler's own rejection when a handler rethrows; not at all when it answers.
   */
  private failuresPassedOn(call: LcicCall, source: SourceFile): CallSummary['failures'] | undefined {
    const carried = call.summary ? call.summary.failures : 'codes';
    const handlers = findErrorHandlers(call, this.finder.resolver);
    if (handlers.length === 0) return carried;
    // A world per code the call can fail with: a handler that rethrows only for some codes still lets those out.
    const worlds = Worlds.of([...new Set(call.actions.flatMap((action) => actionCodes(action, call.edition)))].sort(), NO_CODE);
    const flows = handlers.map((handler) => this.handlerFlow(handler, worlds, source));
    const passes = flows.some((flow) => flow.worlds.names.some((_, world) => flow.rejects(world)));
    if (!passes) return undefined;
    return carried === 'codes' && flows.some((flow) => flow.rethrowsItsError) ? 'codes' : 'no-codes';
  }

  /** A raw call (or raw helper) whose body the function returns unchecked, or checks and rethrows. */
  private rawBody(fn: FunctionNode, source: SourceFile): CallSummary | undefined {
    const returnsACall = () => returnedExpressions(fn, source.visitorKeys).some((returned) => unwrap(returned).type === AST_NODE_TYPES.CallExpression);
    // `new Promise((resolve, reject) => { https.request(...) })`, returned or awaited: the calls in the executor settle it.
    const executors = writes(fn, 'Promise', source) ? promiseExecutorsIn(fn, source) : [];
    // `request(action, params, cb)`, which ends in `cb(null, body)`: its callers get the body in their callback.
    const answersThrough = answeringCallback(fn, source);
    if (!fn.async && !writes(fn, 'then', source) && !returnsACall() && executors.length === 0 && !answersThrough) {
      // A raw call's body arrives through `await` or `.then`, or in the promise a call returns: a function with none of them returns none.
      return undefined;
    }
    for (const node of [...callsIn(fn, source), ...executors.flatMap((executor) => callsIn(executor, source))]) {
      const call = this.finder.classify(node);
      if (!call || !returnsRawBody(call)) continue;
      const flow =
        call.http === 'node-https'
          ? followHttpsBody(node, this.finder.resolver, source, answersThrough)
          : new RawBodyFlow(source, this.finder.resolver, { call: node, start: rawStart(call), scope: fn.body, fn, answersThrough }).run();
      if (!flow) continue;
      // A field (`return data.Response.Messages`) is a use of the unchecked body, reported here;
      // only the body, its Response or the HTTP result leave for the caller to check.
      const returned = flow.returned.find((node) => awaited(flow.symbolOf(node))?.kind !== 'response-field');
      if (returned) return { ...this.actionsOf(call, fn, source), failures: 'raw-body', via: call.summary?.via ?? call.kind, edition: call.edition, body: flow.symbolOf(returned) };
      // Checked and answered with a Result (`{ ok: false, code, ... }`): the caller checks that as it would parseLcicResponse's.
      if (flow.returnsResult) return { ...this.actionsOf(call, fn, source), failures: 'raw-body', via: call.summary?.via ?? call.kind, edition: call.edition, body: { kind: 'parsed' } };
      // Checked and thrown: with the code as `code`, the callers meet it as they would the SDK's error.
      if (flow.exitsWith(0, Exit.Throw)) {
        return { ...this.actionsOf(call, fn, source), failures: flow.throwsItsCode ? 'codes' : 'no-codes', via: call.summary?.via ?? call.kind, edition: call.edition, body: undefined };
      }
    }
    return undefined;
  }

  /**
   * An LCIC call in a `try` whose `catch` answers with a Result keeping the error's code
   * (`catch (e) { return { ok: false, code: e.code }; }`): the caller checks that Result by `ok`,
   * as parseLcicResponse's, and its `code` is the call's.
   */
  private answeredWithResult(fn: FunctionNode, source: SourceFile): CallSummary | undefined {
    // Most functions have no `try` at all.
    if (!writes(fn, 'catch', source)) return undefined;
    const result = resultTry(fn, source);
    if (!result) return undefined;
    for (const node of callsUnder(result.statement.block, source)) {
      const call = this.finder.classify(node);
      if (!call || returnsRawBody(call) || (call.summary && call.summary.failures !== 'codes')) continue;
      return { ...this.actionsOf(call, fn, source), failures: 'raw-body', via: call.summary?.via ?? call.kind, edition: call.edition, body: resultSymbol(result.dataField) };
    }
    return undefined;
  }

  /** The actions the call makes: fixed, or named by one of `fn`'s parameters. */
  private actionsOf(call: LcicCall, fn: FunctionNode, source: SourceFile): Pick<CallSummary, 'actions' | 'actionParam' | 'actionField' | 'openAction'> {
    if (call.actions.length > 0) return { actions: call.actions, actionParam: undefined };
    const actionParam = parameterIndex(fn, call.actionNode, source);
    if (actionParam !== undefined) return { actions: [], actionParam };
    const field = parameterField(fn, call.actionNode, source);
    return field ? { actions: [], actionParam: field.index, actionField: field.name } : { actions: [], actionParam, openAction: call.actionNode };
  }
}

/** The index of the constructor parameter `this.<field>` is set from (`this.client = client`), or -1. */
function constructorParameterOf(constructor: TSESTree.MethodDefinition, field: string): number {
  // `constructor(private readonly client: any)`: a parameter property is the field.
  const property = constructor.value.params.findIndex(
    (param) => param.type === AST_NODE_TYPES.TSParameterProperty && parameterPropertyName(param) === field,
  );
  if (property >= 0) return property;
  for (const statement of constructor.value.body?.body ?? []) {
    const assigned = thisAssignment(statement, field);
    if (!assigned) continue;
    const value = unwrap(assigned);
    if (value.type !== AST_NODE_TYPES.Identifier) return -1;
    return constructor.value.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === value.name);
  }
  return -1;
}

/**
 * A `try` of `fn` (outside the functions written in it) whose `catch` answers with a Result keeping
 * the caught error's code, and the field the Result of its `try` holds the value in.
 */
function resultTry(fn: FunctionNode, source: SourceFile): { statement: TSESTree.TryStatement; dataField: string | undefined } | undefined {
  let found: { statement: TSESTree.TryStatement; dataField: string | undefined } | undefined;
  walkTree(fn.body, source.visitorKeys, (node) => {
    if (found || (node !== fn.body && isFunctionNode(node))) return false;
    if (node.type !== AST_NODE_TYPES.TryStatement || !answersWithCode(node.handler, source)) return true;
    const [success] = resultsReturned(node.block, true, source);
    const data = success?.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyName(p.key, p.computed) !== 'ok');
    found = { statement: node, dataField: data && keyName(data.key, data.computed) };
    return false;
  });
  return found;
}

function resultTask(fn: FunctionNode, source: SourceFile): ResultTask | undefined {
  const result = resultTry(fn, source);
  const task = result && callsUnder(result.statement.block, source).find((call) => parameterIndex(fn, call.callee, source) !== undefined);
  return result && task ? { index: parameterIndex(fn, task.callee, source) as number, dataField: result.dataField } : undefined;
}

function errorPredicates(fn: FunctionNode, source: SourceFile): ErrorPredicate[] {
  // Most functions catch nothing.
  if (!writes(fn, 'catch', source)) return [];
  const found: ErrorPredicate[] = [];
  walkTree(fn.body, source.visitorKeys, (node) => {
    if (node !== fn.body && isFunctionNode(node)) return false;
    const error = node.type === AST_NODE_TYPES.CatchClause ? node.param : undefined;
    if (node.type !== AST_NODE_TYPES.CatchClause || error?.type !== AST_NODE_TYPES.Identifier) return true;
    for (const call of callsUnder(node.body, source)) {
      if (!call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === error.name)) continue;
      const predicate = predicateParameter(fn, unwrap(call.callee), source);
      if (predicate && !found.some((known) => known.index === predicate.index && known.property === predicate.property)) found.push(predicate);
    }
    return true;
  });
  return found;
}

/** Which parameter of `fn` a callee is: the parameter itself, a field of it (`options.retryIf`), or a name destructured from it. */
function predicateParameter(fn: FunctionNode, callee: TSESTree.Node, source: SourceFile): ErrorPredicate | undefined {
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const index = parameterIndex(fn, callee.object, source);
    const property = propertyName(callee);
    return index !== undefined && property !== undefined ? { index, property } : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const index = parameterIndex(fn, callee, source);
  if (index !== undefined) return { index, property: undefined };
  const def = findVariable(source.getScope(callee), callee)?.defs[0];
  const destructured = def && destructuredKey(def.name);
  if (!def || !destructured) return undefined;
  // `const { retries, shouldRetry } = options;` in the body: a field of that parameter, by another name.
  if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === destructured.pattern && def.node.init) {
    const index = parameterIndex(fn, unwrap(def.node.init), source);
    return index !== undefined ? { index, property: destructured.key } : undefined;
  }
  // `function withRetry(task, { retryIf } = {})`, `{ retryIf = () => false }`.
  if ((def.type as string) !== 'Parameter' || def.node !== fn) return undefined;
  const holder = fn.params.findIndex((param) => param.range[0] <= def.name.range[0] && def.name.range[1] <= param.range[1]);
  return holder >= 0 ? { index: holder, property: destructured.key } : undefined;
}

/** What a helper's Result stands for: parseLcicResponse's, with the value under `dataField`. */
export function resultSymbol(dataField: string | undefined): FlowSymbol {
  return dataField === undefined || dataField === 'data' ? { kind: 'parsed' } : { kind: 'parsed', data: dataField };
}

/** A wrapper's call of its task parameter, seen as a call whose failures carry codes (what the task's are). */
function taskCall(node: TSESTree.CallExpression): LcicCall {
  return { node, kind: 'helper', action: undefined, actions: [], actionNode: node.callee, edition: 'china', callback: undefined };
}

/** What a raw call's result stands for at its start: the HTTP result, or what a raw helper's promise holds. */
export function rawStart(call: LcicCall): FlowSymbol {
  if (call.summary?.body) return { kind: 'promise', of: awaited(call.summary.body) ?? call.summary.body };
  if (call.http === 'got') return { kind: 'http-result', axios: false, got: true };
  if (call.http === 'ofetch') return { kind: 'promise', of: { kind: 'body' } };
  if (call.http === 'undici') return { kind: 'http-result', axios: false, undici: true };
  return { kind: 'http-result', axios: calleeName(call.node) !== 'fetch' };
}
