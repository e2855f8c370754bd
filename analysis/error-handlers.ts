/**
 * Where the failure of an LCIC call goes: the `catch` around an awaited call, `.catch(fn)`,
 * `.then(ok, fn)`, the error-first callback, or, for an RxJS Observable made of the call,
 * `catchError(fn)` in its pipe and the error callback of its `subscribe`.
 *
 * Only handlers that certainly receive the call's rejection are returned: a `try` catches a call
 * only when the call is awaited inside its block (a returned, un-awaited promise escapes it), and a
 * promise chain with its own `.catch` hands nothing to an enclosing `try`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { argumentParameters, calleeName, enclosingFunction, enclosingNext, type FunctionNode, isFunctionNode, isMeteorMember, isNothing, isPromiseExecutor, keyName, propertyName, returnedExpressions, unwrap, walkTree } from './ast.js';
import { moduleOfNode } from './modules/index.js';
import { returnsFailingPromise, type LcicCall } from './find-lcic-calls.js';
import { findProperty, type ValueResolver } from './resolve-value.js';

export type ErrorHandlerKind = 'catch-clause' | 'catch-method' | 'then-rejected' | 'callback';

export interface ErrorHandler {
  readonly kind: ErrorHandlerKind;
  /** The catch clause or the handler function. Calls that share it are handled together. */
  readonly node: TSESTree.CatchClause | FunctionNode;
  /** What receives the error: `e` in `catch (e)`, the first parameter of a function; undefined if none. */
  readonly param: TSESTree.Node | undefined;
  /** The field of `param` the error is in, when the function is given a holder of it (p-retry's `{ error }`). */
  readonly errorField?: string;
  /** What runs with the error: a block, an arrow's expression, or the statement a callback's `if (err)` guards. */
  readonly body: TSESTree.BlockStatement | TSESTree.Expression | TSESTree.Statement;
}

function functionHandler(kind: ErrorHandlerKind, fn: FunctionNode): ErrorHandler {
  // `function (this: Ctx, err)`: TypeScript's `this` parameter is no argument; the error is the first one.
  return { kind, node: fn, param: argumentParameters(fn)[0], body: fn.body };
}

/**
 * Walks `call.then(...).catch(...).finally(...)`: the rejection handlers it can read, whether any
 * rejection handler is there at all (one passed from elsewhere cannot be read), and the chain's end.
 */
function promiseChain(call: TSESTree.Expression, resolver: ValueResolver) {
  const found = {
    handlers: [] as ErrorHandler[],
    /** Rejection handlers that are not functions the analysis can read (`.catch(next)`). */
    unread: [] as TSESTree.Node[],
    /** Functions given each failure to decide on a retry, before any handler (RxJS `retry({ delay })`). */
    retryPredicates: [] as TSESTree.Node[],
    caught: false,
  };
  const take = (kind: ErrorHandlerKind, rejected: TSESTree.Node | undefined) => {
    if (!rejected) return;
    found.caught = true;
    const fn = resolver.functionOf(rejected);
    if (fn) found.handlers.push(functionHandler(kind, fn));
    else found.unread.push(rejected);
  };
  let end: TSESTree.Node = call;
  for (;;) {
    for (let next = chainedCall(end); next; next = chainedCall(end)) {
      const name = propertyName(next.callee as TSESTree.MemberExpression);
      if (name !== 'catch' && name !== 'then' && name !== 'finally') break;
      take(name === 'catch' ? 'catch-method' : 'then-rejected', name === 'catch' ? next.arguments[0] : name === 'then' ? next.arguments[1] : undefined);
      end = next;
    }
    // RxJS: `from(promise)` or `defer(() => promise)` fails as the promise does, and
    // `firstValueFrom(observable)` makes a promise of it again.
    // An Observable kept in a name (`const room$ = from(call)`) is read where the name is: `room$.pipe(...)`.
    const observable: TSESTree.CallExpression | TSESTree.Identifier | undefined = found.caught ? undefined : (observableOf(end, resolver) ?? storedObservable(end, resolver));
    const readOperators = (operators: readonly TSESTree.Node[]) => {
      for (const operator of operators) {
        if (isRxjsCall(operator, 'catchError', resolver)) take('catch-method', operator.arguments[0]);
        // `retry({ count: 3, delay: (err) => ... })`: given each failure, it decides on a retry.
        const options = isRxjsCall(operator, 'retry', resolver) ? operator.arguments[0] : undefined;
        const delay = options?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(options, 'delay')?.value : undefined;
        if (delay && !found.caught) found.retryPredicates.push(delay);
      }
    };
    // `id$.pipe(switchMap((id) => call), catchError(...))`: what the projection gives fails the piped
    // Observable, for the operators after it and what is chained on the pipe.
    const projected: Projection | undefined = found.caught ? undefined : projectedBy(observable ?? end, resolver);
    if (projected) {
      readOperators(projected.pipe.arguments.slice(projected.pipe.arguments.indexOf(projected.operator) + 1));
      end = projected.pipe;
    } else if (observable) {
      end = combinedObservable(observable, resolver) ?? observable;
    } else break;
    for (let next = chainedCall(end); next; next = chainedCall(end)) {
      const name = propertyName(next.callee as TSESTree.MemberExpression);
      if (name === 'pipe') {
        readOperators(next.arguments);
      } else if (name === 'subscribe') {
        // `subscribe({ next, error })` or `subscribe(next, error)`: what it returns is a Subscription.
        // An observer made elsewhere (`subscribe(observer)`, `subscribe(new Subject())`) may have its
        // own error callback: a handler this analysis cannot read.
        const [first, second] = next.arguments;
        const observer = first && !resolver.functionOf(first) && !isNothing(first) ? (resolver.resolveObject(first) ?? first) : undefined;
        if (observer && observer.type !== AST_NODE_TYPES.ObjectExpression) take('catch-method', observer);
        else take('catch-method', observer ? findProperty(observer, 'error')?.value : second);
        return { ...found, end: next };
      } else break;
      end = next;
    }
    const promised: TSESTree.Node = end.parent;
    if (found.caught || promised.type !== AST_NODE_TYPES.CallExpression || promised.arguments[0] !== end || !TO_PROMISE.some((name) => isRxjsCall(promised, name, resolver))) break;
    end = promised;
  }
  return { ...found, end };
}

/** What decides on retrying the failures of `call`'s chain (RxJS `retry({ delay })`), before they reach a handler. */
export function chainRetryPredicates(call: TSESTree.CallExpression, resolver: ValueResolver): readonly TSESTree.Node[] {
  return promiseChain(call, resolver).retryPredicates;
}

/** `end.name(...)`: the call of a method of `end`, if it is one. */
function chainedCall(end: TSESTree.Node): TSESTree.CallExpression | undefined {
  const member: TSESTree.Node | undefined = end.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== end) return undefined;
  const next: TSESTree.Node = member.parent;
  return next.type === AST_NODE_TYPES.CallExpression && next.callee === member ? next : undefined;
}

const RXJS_PACKAGE = /^rxjs(\/|$)/;
const TO_PROMISE = ['firstValueFrom', 'lastValueFrom'];

/** A call of RxJS's `name` (imported from rxjs or rxjs/operators, or `rxjs.name`). */
function isRxjsCall(node: TSESTree.Node | undefined, name: string, resolver: ValueResolver): node is TSESTree.CallExpression {
  return node?.type === AST_NODE_TYPES.CallExpression && calleeName(node) === name && RXJS_PACKAGE.test(resolver.thirdPartyPackageOf(node.callee) ?? '');
}

/** RxJS functions that make one Observable of several, failing when one of them fails. */
const OBSERVABLE_COMBINATORS = ['forkJoin', 'merge', 'combineLatest', 'zip', 'concat', 'race'];

/**
 * `forkJoin([room$, from(call)])`, `forkJoin({ room: from(call) })`, `merge(a$, from(call))`: the
 * Observable that fails with `observable`'s failure, whose pipe and subscribe then handle it.
 */
function combinedObservable(observable: TSESTree.CallExpression | TSESTree.Identifier, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  let holder: TSESTree.Node = observable.parent;
  // An element of an array, or a value of an object, given to the combinator.
  if (holder.type === AST_NODE_TYPES.Property && holder.value === observable) holder = holder.parent.parent;
  else if (holder.type === AST_NODE_TYPES.ArrayExpression) holder = holder.parent;
  else {
    // What a `.map` callback gives back: `forkJoin(ids.map((id) => from(call)))`.
    const fn = rejectedFunction(observable);
    const map = fn?.parent;
    if (fn && map?.type === AST_NODE_TYPES.CallExpression && map.arguments[0] === fn && map.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(map.callee) === 'map') holder = map.parent;
  }
  return holder.type === AST_NODE_TYPES.CallExpression && OBSERVABLE_COMBINATORS.some((name) => isRxjsCall(holder, name, resolver)) ? holder : undefined;
}

/** RxJS operators that subscribe to what their projection gives (a promise or an Observable), failing with it. */
const FLATTENING_OPERATORS = ['switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap'];

interface Projection {
  readonly operator: TSESTree.CallExpression;
  readonly pipe: TSESTree.CallExpression;
}

/**
 * The operator and the pipe it is in when `value` (a promise or an Observable) is what the
 * projection given to a flattening operator gives back: `source$.pipe(switchMap((id) => value))`.
 */
function projectedBy(value: TSESTree.Node, resolver: ValueResolver): Projection | undefined {
  const fn = rejectedFunction(value);
  const operator = fn?.parent;
  if (!fn || operator?.type !== AST_NODE_TYPES.CallExpression || operator.arguments[0] !== fn || !FLATTENING_OPERATORS.some((name) => isRxjsCall(operator, name, resolver))) return undefined;
  const pipe = operator.parent;
  const isPipe = pipe.type === AST_NODE_TYPES.CallExpression && pipe.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(pipe.callee) === 'pipe' && pipe.arguments.includes(operator);
  return isPipe ? { operator, pipe } : undefined;
}

/** `room$`, a read of a name that holds `from(call)` or `defer(...)`: the Observable itself, where the code goes on with it. */
function storedObservable(end: TSESTree.Node, resolver: ValueResolver): TSESTree.Identifier | undefined {
  if (end.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = resolver.constantInit(end);
  const made = init && unwrap(init);
  return made && (isRxjsCall(made, 'from', resolver) || isRxjsCall(made, 'defer', resolver)) ? end : undefined;
}

/** The Observable made of the promise `end`: `from(end)`, or `defer(fn)` of a function whose promise `end` rejects. */
function observableOf(end: TSESTree.Node, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  const parent: TSESTree.Node | undefined = end.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === end && isRxjsCall(parent, 'from', resolver)) return parent;
  const fn = rejectedFunction(end);
  const made = fn?.parent;
  return made?.type === AST_NODE_TYPES.CallExpression && made.arguments[0] === fn && isRxjsCall(made, 'defer', resolver) ? made : undefined;
}

/**
 * Where `call`'s chain names `handler` (`noop` in `.catch(noop)`): the argument that refers to a
 * rejection handler written elsewhere, perhaps in another module. Undefined when it is written
 * inline, or not in this chain.
 */
export function handlerReference(call: TSESTree.CallExpression, handler: ErrorHandler, resolver: ValueResolver): TSESTree.Node | undefined {
  let end: TSESTree.Node = call;
  for (;;) {
    const member: TSESTree.Node = end.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== end) return undefined;
    const next: TSESTree.Node = member.parent;
    if (next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) return undefined;
    const name = propertyName(member);
    const rejected = name === 'catch' ? next.arguments[0] : name === 'then' ? next.arguments[1] : undefined;
    if (rejected && rejected !== handler.node && resolver.functionOf(rejected) === handler.node) return rejected;
    end = next;
  }
}

/** `next` in `call.then(ok).catch(next)`: a rejection handler the analysis cannot read, if the chain has one. */
export function unreadRejectionHandler(call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.Node | undefined {
  return promiseChain(call, resolver).unread[0];
}

/**
 * Whether the `try` of a catch clause also awaits something other than `calls` (a database write,
 * a helper the analysis cannot read): its failures, with codes of their own, reach the same catch.
 */
export function awaitsOtherWork(handler: ErrorHandler, calls: readonly LcicCall[], resolver: ValueResolver): boolean {
  const tryStatement = handler.kind === 'catch-clause' ? handler.node.parent : undefined;
  if (tryStatement?.type !== AST_NODE_TYPES.TryStatement) return false;
  // The calls, and the names their promises are stored in (`const room = client.DescribeRoom(...)`, then `await room`).
  const own = new Set<TSESTree.Node>(calls.flatMap((call) => [call.node, ...(resolver.readsOfStored(promiseChain(call.node, resolver).end) ?? [])]));
  const isOwn = (promise: TSESTree.Node): boolean => {
    // Through `.then(...)`/`.catch(...)` to the call that starts the chain.
    let awaited = unwrap(promise);
    while (awaited.type === AST_NODE_TYPES.CallExpression && awaited.callee.type === AST_NODE_TYPES.MemberExpression && CHAIN_METHODS.has(propertyName(awaited.callee) ?? '')) {
      awaited = unwrap(awaited.callee.object);
    }
    // `Promise.all([room, members])` of the calls alone.
    const combined = awaited.type === AST_NODE_TYPES.CallExpression ? awaited.arguments[0] : undefined;
    if (combined?.type === AST_NODE_TYPES.ArrayExpression && combinatorOf(combined, REJECTING_COMBINATORS)) {
      return combined.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isOwn(element));
    }
    return own.has(awaited);
  };
  let other = false;
  walkTree(tryStatement.block, undefined, (node) => {
    if (other || isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.AwaitExpression) other = !isOwn(node.argument);
    return !other;
  });
  return other;
}

const CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** Callees that call the function they are given and drop what it returns: event emitters, timers. */
const DROPS_RETURNED_PROMISE: ReadonlySet<string> = new Set([
  'on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'addEventListener',
  'setTimeout', 'setInterval', 'setImmediate', 'nextTick', 'queueMicrotask', 'forEach',
  // Deno's `Deno.addSignalListener('SIGTERM', async () => ...)`.
  'addSignalListener',
]);

/** Callees given an object of handlers whose promises they drop: gRPC's `server.addService(service, handlers)`. */
const HANDLER_MAP_REGISTRARS: ReadonlySet<string> = new Set(['addService']);

/** Array methods that keep what the callback returns: they drop it when their own result is dropped (`ids.map(end);` as a statement). */
const KEEPS_RETURNED: ReadonlySet<string> = new Set(['map', 'flatMap']);

/** Whether a registrar keeps what its callbacks return, in the array it makes (`map`), rather than dropping it. */
export const keepsWhatCallbacksReturn = (registrar: TSESTree.CallExpression): boolean => KEEPS_RETURNED.has(calleeName(registrar) ?? '');

/**
 * `emitter.on('class:over', async () => { await client.EndRoom(...); })`: the call's failure
 * leaves the function it is in (awaited or returned there, no handler around it), and that
 * function is a callback whose promise the code calling it drops. The registering call, if so.
 */
export function droppingRegistrar(call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  const { caught, end } = promiseChain(call, resolver);
  return caught || !leavesItsFunction(end) ? undefined : registrarDropping(enclosingFunction(end), resolver);
}

/** An awaited or returned promise: its rejection leaves the function it is in, unless a `try` there catches it. */
function leavesItsFunction(end: TSESTree.Node): boolean {
  const parent = end.parent;
  return parent?.type === AST_NODE_TYPES.AwaitExpression || parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === end);
}

/**
 * The call `fn` is given to that drops the promise it returns: where it is written
 * (`ids.forEach(async (id) => ...)`), by its name (`ids.forEach(endOne)`), or as a method of the
 * handlers object given to gRPC's `server.addService(service, { async getRoom(call, callback) { ... } })`.
 */
function registrarDropping(fn: FunctionNode | undefined, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  if (!fn) return undefined;
  const handlers = fn.parent.type === AST_NODE_TYPES.Property && fn.parent.value === fn ? fn.parent.parent : undefined;
  const service = handlers?.type === AST_NODE_TYPES.ObjectExpression ? handlers.parent : undefined;
  if (service?.type === AST_NODE_TYPES.CallExpression && service.arguments.includes(handlers as TSESTree.ObjectExpression)) {
    return HANDLER_MAP_REGISTRARS.has(calleeName(service) ?? '') && resolver.functionOf(service.callee) === undefined ? service : undefined;
  }
  const bun = handlers && bunWebSocketServer(handlers, resolver);
  if (bun) return bun;
  const given = fn.parent.type === AST_NODE_TYPES.CallExpression && fn.parent.arguments.includes(fn as TSESTree.CallExpressionArgument) ? [fn.parent] : registrarsByName(fn, resolver);
  return given.find((registrar) => dropsWhatItIsGiven(registrar, resolver));
}

/**
 * `Bun.serve({ websocket: { async message(ws, msg) { ... } } })`, for the object of `websocket`
 * handlers: the `Bun.serve` call. Bun calls them and drops what they return.
 */
function bunWebSocketServer(handlers: TSESTree.Node, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  if (handlers.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const property = handlers.parent;
  if (property.type !== AST_NODE_TYPES.Property || property.value !== handlers || keyName(property.key, property.computed) !== 'websocket') return undefined;
  const serve = property.parent.parent;
  if (serve.type !== AST_NODE_TYPES.CallExpression || serve.arguments[0] !== property.parent) return undefined;
  const callee = unwrap(serve.callee);
  const bun = callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'serve' ? unwrap(callee.object) : undefined;
  return bun?.type === AST_NODE_TYPES.Identifier && bun.name === 'Bun' && resolver.isGlobal(bun) ? serve : undefined;
}

/**
 * `socket.on('room:end', async () => { try { await call } catch (err) { throw err; } })`: what the
 * handler throws leaves an async callback whose promise the code calling it drops (nothing around
 * it in the callback catches it). The registering call, if so: a rethrow there reaches no handler.
 */
export function rethrowDroppedBy(handler: ErrorHandler, call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  if (handler.kind === 'callback') return undefined;
  if (handler.kind === 'catch-clause') {
    const attempt = handler.node.parent;
    const fn = enclosingFunction(handler.node);
    return fn?.async && attempt.type === AST_NODE_TYPES.TryStatement && !caughtWithin(attempt, fn) ? registrarDropping(fn, resolver) : undefined;
  }
  const { handlers, end } = promiseChain(call, resolver);
  const fn = enclosingFunction(end);
  return fn && handlers.at(-1)?.node === handler.node && leavesItsFunction(end) && !caughtWithin(end, fn) ? registrarDropping(fn, resolver) : undefined;
}

/** Whether what `node` throws is caught before it leaves `fn`: it is in the block of a `try` of `fn` that has a `catch`. */
function caughtWithin(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let inner = node, outer = node.parent; outer && outer !== fn; inner = outer, outer = outer.parent) {
    if (outer.type === AST_NODE_TYPES.TryStatement && outer.handler && outer.block === inner) return true;
  }
  return false;
}

/**
 * Whether a call that is given a function drops the promise the function returns. A method of
 * the project's own (`router.on(path, handler)` of a router class that awaits its handlers) is
 * not judged by its name: what it does with the function is its code's, which is not followed.
 */
function dropsWhatItIsGiven(registrar: TSESTree.CallExpression, resolver: ValueResolver): boolean {
  if (keepsWhatCallbacksReturn(registrar)) return registrar.parent.type === AST_NODE_TYPES.ExpressionStatement;
  // Socket.IO's `io.use(async (socket, next) => ...)`: its middleware's promise is dropped (an Express or Koa `use` is not judged by its name).
  if (calleeName(registrar) === 'use' && registrar.callee.type === AST_NODE_TYPES.MemberExpression) return isSocketIoServer(registrar.callee.object, resolver);
  // Meteor's `Meteor.setInterval(fn)` and `Meteor.setTimeout(fn)` catch what `fn`'s promise rejects with, and log it whole.
  if (isMeteorMember(registrar.callee)) return false;
  return DROPS_RETURNED_PROMISE.has(calleeName(registrar) ?? '') && resolver.functionOf(registrar.callee) === undefined;
}

/** A Socket.IO server, `new Server(...)` of 'socket.io' (kept in a name of this module). */
function isSocketIoServer(node: TSESTree.Node, resolver: ValueResolver): boolean {
  const value = unwrap(node);
  const made = value.type === AST_NODE_TYPES.Identifier ? resolver.constantInit(value) : value;
  return made?.type === AST_NODE_TYPES.NewExpression && resolver.thirdPartyPackageOf(made.callee) === 'socket.io';
}

/** The calls a named function of the file is given to by its name (`ids.forEach(endOne)`, `emitter.on('x', onEvent)`). */
function registrarsByName(fn: FunctionNode, resolver: ValueResolver): TSESTree.CallExpression[] {
  const name = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn ? fn.parent.id : undefined;
  if (name?.type !== AST_NODE_TYPES.Identifier) return [];
  return resolver.readsOfName(name).flatMap((read) => {
    const call = read.parent;
    return call.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(read) ? [call] : [];
  });
}

/** `Promise.allSettled(...)`, which never rejects: the failures of what it is given stay in its results. */
function isAllSettled(node: TSESTree.Node): node is TSESTree.CallExpression {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(node.callee) === 'allSettled';
}

/** The catch clause that receives `node`'s rejection: it must be awaited inside the try block, in the same function. */
function awaitingCatch(node: TSESTree.Node): TSESTree.CatchClause | undefined {
  let awaited = false;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return undefined;
    // `await Promise.allSettled([call])` never rejects: the failure stays in the result.
    if (isAllSettled(parent)) return undefined;
    if (parent.type === AST_NODE_TYPES.AwaitExpression) awaited = true;
    // `yield call` in an async generator waits for the promise, as `yield await call` does.
    if (parent.type === AST_NODE_TYPES.YieldExpression && !parent.delegate && isAsyncGenerator(enclosingFunction(parent))) awaited = true;
    if (parent.type === AST_NODE_TYPES.ForOfStatement && parent.await && parent.right === child) awaited = true;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler) {
      return awaited ? parent.handler : undefined;
    }
  }
  return undefined;
}

const isAsyncGenerator = (fn: FunctionNode | undefined): boolean => fn?.async === true && fn.generator;

const REJECTING_COMBINATORS: ReadonlySet<string> = new Set(['all', 'any', 'race']);

/** `Promise.all(x)` (or another of `names`) with `node` as its argument. */
function combinatorOf(node: TSESTree.Node, names: ReadonlySet<string>): TSESTree.CallExpression | undefined {
  // `Promise.all([...xs.map(f)])`: the spread array stands for the mapped promises.
  let argument = node;
  if (argument.parent?.type === AST_NODE_TYPES.SpreadElement && argument.parent.parent.type === AST_NODE_TYPES.ArrayExpression) argument = argument.parent.parent;
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== argument || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = call.callee.object;
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise' && names.has(propertyName(call.callee) ?? '') ? call : undefined;
}

/**
 * `withTimeout(client.DescribeRoom(...), 3000)`: the call of a function of the project given the
 * promise `end`, when the promise it returns rejects as that one does (see handsOnPromise).
 */
function promiseWrapperCall(end: TSESTree.Node, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  const call = end.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === end) return undefined;
  const index = call.arguments.indexOf(end as TSESTree.CallExpressionArgument);
  const fn = index < 0 ? undefined : resolver.functionOf(call.callee);
  return fn && handsOnPromise(fn, index) ? call : undefined;
}

/**
 * Whether `fn` returns a promise that rejects as its parameter at `index` does: the promise itself
 * (awaited or not), `p.then(...)`, or a race or `all` it is in (`Promise.race([p, timeout(ms)])`).
 */
function handsOnPromise(fn: FunctionNode, index: number): boolean {
  const param = argumentParameters(fn)[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const isParam = (node: TSESTree.Node | null | undefined) => {
    const inner = node && unwrap(node);
    return inner?.type === AST_NODE_TYPES.Identifier && inner.name === param.name;
  };
  return returnedExpressions(fn, moduleOfNode(fn)?.visitorKeys).some((returned) => {
    let value = unwrap(returned);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
    if (isParam(value)) return true;
    if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = propertyName(value.callee);
    if ((name === 'then' || name === 'finally') && isParam(value.callee.object) && value.arguments.length < 2) return true;
    const list = value.arguments[0];
    const object = unwrap(value.callee.object);
    const onPromise = object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise';
    return onPromise && REJECTING_COMBINATORS.has(name ?? '') && list?.type === AST_NODE_TYPES.ArrayExpression && list.elements.some(isParam);
  });
}

/**
 * The function whose promise `end` rejects: an arrow that returns it as its body, a function that
 * returns it, or an async function that awaits it with no `try` around it there (`await` is only
 * allowed in one).
 */
function rejectedFunction(end: TSESTree.Node): FunctionNode | undefined {
  const parent = end.parent;
  if (!parent) return undefined;
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === end) return parent;
  let returned = parent.type === AST_NODE_TYPES.ReturnStatement;
  for (let child: TSESTree.Node = end, node: TSESTree.Node | undefined = parent; node; child = node, node = node.parent) {
    if (isFunctionNode(node)) return returned ? node : undefined;
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ReturnStatement) returned = true;
    if (node.type === AST_NODE_TYPES.TryStatement && node.block === child) return undefined;
  }
  return undefined;
}

/**
 * The `Promise.all(...)` (or another of `names`) that takes the promise `end`: in an array of
 * promises, or as what a `.map` callback gives back (`xs.map((x) => call)`, an async mapper that
 * awaits it).
 */
export function combinedInto(end: TSESTree.Node, names: ReadonlySet<string>): TSESTree.CallExpression | undefined {
  if (end.parent?.type === AST_NODE_TYPES.ArrayExpression) return combinatorOf(end.parent, names);
  const fn = rejectedFunction(end);
  const map = fn?.parent;
  if (!fn || map?.type !== AST_NODE_TYPES.CallExpression || map.arguments[0] !== fn || map.callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(map.callee) !== 'map') return undefined;
  return combinatorOf(map, names);
}

/**
 * The handlers of the promise `node` (a call, a combined promise, or a name a promise was stored
 * in), following combinators and stored promises outwards.
 */
function promiseHandlers(node: TSESTree.Expression, resolver: ValueResolver, depth: number): ErrorHandler[] {
  const { handlers, caught, end } = promiseChain(node, resolver);
  if (caught) return handlers;
  const clause = awaitingCatch(end);
  if (clause) return [{ kind: 'catch-clause', node: clause, param: clause.param ?? undefined, body: clause.body }];
  if (depth >= 3) return [];
  // `Promise.all` rejects with the first failure among its promises, so its handlers are theirs;
  // `allSettled` never rejects, and hands nothing on.
  const combined = combinedInto(end, REJECTING_COMBINATORS) ?? promiseWrapperCall(end, resolver);
  if (combined) return promiseHandlers(combined, resolver, depth + 1);
  // `const room = client.DescribeRoom(...)`, awaited, caught or combined further on: each place that reads it hands the rejection on.
  const reads = resolver.readsOfStored(end) ?? [];
  const found = new Map<TSESTree.Node, ErrorHandler>();
  for (const read of reads) for (const handler of promiseHandlers(read, resolver, depth + 1)) found.set(handler.node, handler);
  // `pending.catch(() => {})` only keeps the rejection quiet until a later `await pending` takes it
  // (in a `try`, or out to the caller): the quiet one is no handler then.
  const quiet = [...found.values()].filter((handler) => handler.kind !== 'catch-clause' && isFunctionNode(handler.node) && !readsItsError(handler.param, resolver));
  const passedOn = reads.some((read) => {
    const chain = promiseChain(read, resolver);
    return !chain.caught && rejectedFunction(chain.end) !== undefined;
  });
  return quiet.length < found.size || passedOn ? [...found.values()].filter((handler) => !quiet.includes(handler)) : [...found.values()];
}

/**
 * Whether a handler reads the error it gets: `(e) => {}` and `() => undefined` only keep a
 * rejection quiet; a destructured one (`({ code }) => ...`) reads it.
 */
export function readsItsError(param: TSESTree.Node | undefined, resolver: ValueResolver): boolean {
  if (param?.type !== AST_NODE_TYPES.Identifier) return param !== undefined;
  return resolver.isRead(param);
}

/**
 * The promise a callback-form SDK call also returns rejects with the same error after the
 * callback has run. Whether that promise hands the failure on, so that the callback is not the
 * only one to get it: awaited with no `try` around it or returned (the caller gets it), awaited in
 * a `try` whose catch reads the error, or caught by a function that reads the error or that the
 * analysis cannot read (`.catch(next)`). A `.catch(() => undefined)` that only keeps the rejection
 * quiet hands nothing on.
 */
function promiseHandsOn(promise: TSESTree.Expression, resolver: ValueResolver, depth = 0): boolean {
  const { caught, handlers, unread, end } = promiseChain(promise, resolver);
  if (unread.length > 0) return true;
  if (caught) return handlers.some((handler) => isFunctionNode(handler.node) && readsItsError(handler.param, resolver));
  const clause = awaitingCatch(end);
  if (clause) return clause.param !== null && clause.body.body.length > 0;
  if (rejectedFunction(end) !== undefined) return true;
  // `const ending = client.EndRoom(req, cb); await ending;`: through the name it is kept in.
  return depth < 3 && (resolver.readsOfStored(end) ?? []).some((read) => promiseHandsOn(read, resolver, depth + 1));
}

/**
 * `const first = client.EndRoom(a); const second = client.EndRoom(b); await first; await second;`:
 * a call's promise kept in a name, with nothing yet to take its rejection, while the code awaits
 * other work first (or leaves by `return` or `throw` before reading it). Should the call fail
 * meanwhile, its rejection is unhandled, and Node stops. The first such `await`, `return` or
 * `throw` between the call and the first read of the name, in the same function; undefined if none.
 */
export function awaitedBeforeHandled(call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.Node | undefined {
  const { caught, end } = promiseChain(call, resolver);
  const reads = caught ? undefined : resolver.readsOfStored(end);
  const [first] = [...(reads ?? [])].sort((a, b) => a.range[0] - b.range[0]);
  const fn = enclosingFunction(end);
  if (!first || !fn || enclosingFunction(first) !== fn) return undefined;
  const [from, to] = [end.range[1], first.range[0]];
  let found: TSESTree.Node | undefined;
  walkTree(fn.body, undefined, (node) => {
    if (found || node.range[1] <= from || node.range[0] >= to) return false;
    if (node !== fn.body && isFunctionNode(node)) return false;
    // Over before the read: `return [await first, await second]` reads `first` before it leaves.
    const between = node.range[0] > from && node.range[1] <= to;
    if (between && (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement)) found = node;
    return !found;
  });
  return found;
}

/** Whether every one of a callback's calls also returns a promise that hands the failure on (the international SDK returns none). */
export function callbackPromiseHandsOn(calls: readonly LcicCall[], resolver: ValueResolver): boolean {
  return calls.every((call) => returnsFailingPromise(call) && promiseHandsOn(call.node, resolver));
}

/** The handlers that receive the failure of `call`; empty when nothing in sight does. */
export function findErrorHandlers(call: LcicCall, resolver: ValueResolver): ErrorHandler[] {
  if (call.callback) {
    const own = functionHandler('callback', call.callback);
    // `await new Promise((resolve, reject) => client.X(req, (err, res) => err ? reject(err) : resolve(res)))`
    // in a `try`: the error the callback rejects with reaches the handlers of that promise too.
    const promised = promiseRejectedWithError(call.node, call.callback);
    return promised ? [own, ...promiseHandlers(promised, resolver, 0)] : [own];
  }
  return promiseHandlers(call.node, resolver, 0);
}

/**
 * The `new Promise(...)` whose executor makes `call` (in its own body) when the call's callback
 * rejects that promise with its error as it came (`reject(err)`).
 */
function promiseRejectedWithError(call: TSESTree.CallExpression, callback: FunctionNode): TSESTree.NewExpression | undefined {
  const executor = enclosingFunction(call);
  const reject = executor?.params[1];
  const error = argumentParameters(callback)[0];
  if (!isPromiseExecutor(executor) || reject?.type !== AST_NODE_TYPES.Identifier || error?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const seen = { rejects: false };
  walkTree(callback.body, moduleOfNode(callback)?.visitorKeys, (node) => {
    if (seen.rejects || (node !== callback.body && isFunctionNode(node))) return false;
    const [first] = node.type === AST_NODE_TYPES.CallExpression ? node.arguments : [];
    seen.rejects = node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === reject.name && first?.type === AST_NODE_TYPES.Identifier && first.name === error.name;
    return !seen.rejects;
  });
  return seen.rejects && executor.parent.type === AST_NODE_TYPES.NewExpression ? executor.parent : undefined;
}

const SETTLING: ReadonlySet<string> = new Set(['allSettled']);

/** The `Promise.allSettled(...)` the promise `end` goes into (in its array, or mapped into it), which never rejects. */
export const settlingCall = (end: TSESTree.Node): TSESTree.CallExpression | undefined => combinedInto(end, SETTLING);

/**
 * `await Promise.allSettled(ids.map((id) => client.EndRoom(...)));` as a statement, or kept in a
 * name that nothing reads: the `Promise.allSettled` whose results, failures included, nobody looks at.
 */
export function unreadSettledResults(call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  const { caught, end } = promiseChain(call, resolver);
  const settled = caught ? undefined : settlingCall(end);
  if (!settled) return undefined;
  let node: TSESTree.Node = settled;
  while (node.parent.type === AST_NODE_TYPES.AwaitExpression || (node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void')) node = node.parent;
  if (node.parent.type === AST_NODE_TYPES.ExpressionStatement) return settled;
  return resolver.readsOfStored(node)?.length === 0 ? settled : undefined;
}

/**
 * `withErrors(async (req, res) => { await client.EndRoom(...); })`: the function whose promise
 * `call` rejects, given to a function of the project (`wrapper`), and the handlers that receive
 * the rejections of the calls the wrapper makes of it (`await fn(req, res)` in a `try`, or
 * `fn(req, res).catch(...)`). Undefined when the call's failure leaves no such function.
 */
export function handedToWrapper(call: TSESTree.CallExpression, resolver: ValueResolver): { wrapper: TSESTree.CallExpression; handlers: ErrorHandler[] } | undefined {
  const { caught, end } = promiseChain(call, resolver);
  const fn = caught ? undefined : rejectedFunction(end);
  const wrapper = fn?.parent;
  if (!fn || wrapper?.type !== AST_NODE_TYPES.CallExpression || wrapper.callee === fn) return undefined;
  const index = wrapper.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const target = index < 0 ? undefined : resolver.functionOf(wrapper.callee);
  const param = target && argumentParameters(target)[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const handlers = new Map<TSESTree.Node, ErrorHandler>();
  for (const made of resolver.callsOfParameter(param)) for (const handler of promiseHandlers(made, resolver, 1)) handlers.set(handler.node, handler);
  return { wrapper, handlers: [...handlers.values()] };
}

/**
 * The end of `call`'s promise chain when nothing ever receives its rejection: no `.catch`, no
 * `.then(_, onRejected)`, and the chain's value dropped (a bare statement, or behind `void`).
 */
export function floatingChainEnd(call: TSESTree.Expression, resolver: ValueResolver, depth = 0): TSESTree.Node | undefined {
  const { caught, end } = promiseChain(call, resolver);
  if (caught) return undefined;
  let node: TSESTree.Node = end;
  // `void call`, and `maybe?.EndRoom(...)` (a chain expression around the call).
  while ((node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') || node.parent.type === AST_NODE_TYPES.ChainExpression) node = node.parent;
  if (node.parent.type === AST_NODE_TYPES.ExpressionStatement || isExecutorResult(node) || keepingAlive(end, resolver)) return end;
  // `setInterval(() => void client.EndRoom(...), ms)`: the arrow answers undefined, the promise is dropped.
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.parent.type === AST_NODE_TYPES.ArrowFunctionExpression && node.parent.body === node) return end;
  // `Promise.all([client.EndRoom(a), client.EndRoom(b)]);`: the promise that rejects with theirs, dropped.
  const combined = depth < 3 ? combinedInto(end, REJECTING_COMBINATORS) : undefined;
  if (combined) return floatingChainEnd(combined, resolver, depth + 1);
  // `const room = client.DescribeRoom(...)` that nothing reads, or that a dropped chain reads (`room.then(show);`).
  const reads = depth < 3 ? resolver.readsOfStored(end) : undefined;
  if (!reads) return undefined;
  if (reads.length === 0) return end;
  for (const read of reads) {
    const floating = floatingChainEnd(read, resolver, depth + 1);
    if (floating) return floating;
  }
  return undefined;
}

/**
 * Where an error that a fix rethrows in `handler` would go: to `next` in the last handler of a
 * chain nobody awaits, returns or catches, in an Express handler (a rethrow there would reach
 * nothing, so the fix hands the error on instead); nowhere (undefined) in such a chain with no
 * `next` to take it, where a rethrow would be an unhandled rejection, or in a catch that goes on
 * with the next item of a batch; otherwise a rethrow.
 */
export function rethrowTarget(calls: readonly LcicCall[], handler: ErrorHandler, resolver: ValueResolver): 'throw' | 'next' | undefined {
  if (handler.kind === 'catch-clause' && catchesForEachItem(handler.node)) return undefined;
  const [first] = calls;
  const dropped = first && droppedAfterHandler(first.node, handler, resolver);
  return dropped ? enclosingNext(dropped) : 'throw';
}

/**
 * Whether a `catch` is in the body of a `for...of` (or `for...in`) loop of its function: a batch
 * over items, where falling off the end of the catch goes on with the next item, and a rethrow
 * would end the batch for all of them. (A counting or `while` loop is more often a retry, where a
 * rethrow of what should not be retried is the fix.)
 */
function catchesForEachItem(clause: TSESTree.Node): boolean {
  for (let node = clause.parent; node && !isFunctionNode(node); node = node.parent) {
    if (node.type === AST_NODE_TYPES.ForOfStatement || node.type === AST_NODE_TYPES.ForInStatement) return true;
    if (node.type === AST_NODE_TYPES.ForStatement || node.type === AST_NODE_TYPES.WhileStatement || node.type === AST_NODE_TYPES.DoWhileStatement) return false;
  }
  return false;
}

/**
 * The end of `call`'s promise chain when `handler` (a `.catch` or `.then` rejection handler) is
 * the chain's last and the chain's value is dropped (a bare statement, or behind `void`): what the
 * handler throws reaches nothing, as an unhandled rejection.
 */
export function droppedAfterHandler(call: TSESTree.Expression, handler: ErrorHandler, resolver: ValueResolver): TSESTree.Node | undefined {
  if (handler.kind !== 'catch-method' && handler.kind !== 'then-rejected') return undefined;
  const { handlers, unread, end } = promiseChain(call, resolver);
  if (unread.length > 0 || handlers.at(-1)?.node !== handler.node) return undefined;
  let node: TSESTree.Node = end;
  while ((node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') || node.parent.type === AST_NODE_TYPES.ChainExpression) node = node.parent;
  return node.parent.type === AST_NODE_TYPES.ExpressionStatement ? end : undefined;
}

/** The functions that keep a serverless invocation running until a promise settles, by the package they come from. */
const KEEP_ALIVE_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['waitUntil', '@vercel/functions'],
  ['after', 'next/server'],
]);

/**
 * The call that keeps the work running until `node` settles and does nothing with its failure:
 * `ctx.waitUntil(promise)` of Cloudflare Workers (and a service worker's `event.waitUntil`),
 * `waitUntil` of '@vercel/functions', Next.js's `after` of 'next/server'. A rejection there is the
 * runtime's unhandled one; no code of the project sees it.
 */
export function keepingAlive(node: TSESTree.Node, resolver: ValueResolver): TSESTree.CallExpression | undefined {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node) return undefined;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) return propertyName(callee) === 'waitUntil' && resolver.functionOf(callee) === undefined ? call : undefined;
  const from = callee.type === AST_NODE_TYPES.Identifier ? KEEP_ALIVE_FUNCTIONS.get(callee.name) : undefined;
  return from !== undefined && resolver.thirdPartyPackageOf(callee) === from ? call : undefined;
}

/** `new Promise((resolve, reject) => client.X(req, cb))`: what a Promise executor returns is dropped. */
function isExecutorResult(node: TSESTree.Node): boolean {
  const executor: TSESTree.Node | undefined = node.parent;
  return executor?.type === AST_NODE_TYPES.ArrowFunctionExpression && executor.body === node && isPromiseExecutor(executor);
}
