/**
 * The one place that decides whether a call expression calls the LCIC API, and which action.
 *
 * Rules call {@link LcicCallFinder.classify} from their `CallExpression` visitor. The cheap test
 * comes first (the callee's name: a PascalCase method, `request`, `fetch`, an axios verb), so the
 * resolver and the type checker only ever run at the few calls that could be LCIC calls.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import type { LcicEdition } from '../codes/types.js';
import { isKnownAction, isSharedActionName } from './catalog-view.js';
import { enclosingClass, fillsFieldItself, findVariable, isFunctionNode, keyName, memberRoot, propertyName, returnedExpressions, stringLiteralValue, unwrap, walkTree, type FunctionNode } from './ast.js';
import { findProperty, lcicHostEdition, prototypeOwner, ValueResolver, type ResolvedValue } from './resolve-value.js';
import { moduleFromSourceCode, moduleOfNode, projectSdk, tsconfigHasErrorCause, type LcicSdk } from './modules/index.js';
import { readSettings, type LcicSettings } from './settings.js';
import { writtenReturnTakesKey } from './written-types.js';
import type { SourceFile } from './source-file.js';
import { parameterIndex, resultSymbol, Summaries, type CallSummary } from './summaries.js';
import { patternPath } from './flow/symbols.js';

/** How the call reaches the API. */
export type LcicCallKind =
  /** `tencentcloud-sdk-nodejs`: promise, or callback as well. */
  | 'sdk'
  /** `tencentcloud-sdk-nodejs-intl-en`: callback only. */
  | 'intl-sdk'
  /** `new CommonClient(lcicHost, ...).request("Action", req)`. */
  | 'common-client'
  /** `fetch`/`axios` with an `X-TC-Action` header to an lcic host. */
  | 'raw-http'
  /** A method of a class named in `settings.lcic.clients`, or of a class whose method returns an LCIC call. */
  | 'wrapper'
  /** A function that returns an LCIC call (a signing helper `request(action, payload)`, say). */
  | 'helper';

export interface LcicCall {
  readonly node: TSESTree.CallExpression;
  readonly kind: LcicCallKind;
  /** The action, when the code names exactly one (literally or through a constant). */
  readonly action: string | undefined;
  /** Every action the call may make, when each is known exactly (a union of literals); empty when unknown. */
  readonly actions: readonly string[];
  /** Where the action is written: the method name, the `request` argument or the header value. */
  readonly actionNode: TSESTree.Node;
  /** Whose lists apply: the international SDK and host imply `international`, otherwise the setting. */
  readonly edition: LcicEdition;
  /** The error-first callback, for callback-form calls. */
  readonly callback: FunctionNode | undefined;
  /** For a call of a helper or wrapper method: what calling it amounts to. */
  readonly summary?: CallSummary;
  /** Taken for an SDK call by its names alone: nothing in the code says what its receiver is (see `guessByName`). */
  readonly byName?: true;
  /** For a call taken by its names: the SDK the project's package.json names, the only one it depends on (see project-sdk.ts). */
  readonly sdkOfProject?: LcicSdk;
  /**
   * For a raw call, the HTTP client when it is neither fetch nor axios: got, whose promise has
   * `.json()` and whose response has `body`; Node's `https.request`, whose body arrives in chunks;
   * ofetch (`$fetch`), whose promise holds the parsed body; undici's `request`, whose result's
   * `body` has `.json()`.
   */
  readonly http?: 'got' | 'node-https' | 'ofetch' | 'undici';
  /** A method made a promise by `util.promisify` (the international SDK's methods return nothing otherwise). */
  readonly promisified?: true;
}

/**
 * Whether the call surely returns a promise that rejects when it fails: the international SDK's
 * methods return nothing unless promisified, a client taken by its name alone may be one (unless
 * the project depends on the China SDK only), a
 * helper given a callback for its failures answers there, and a helper that catches an SDK call's
 * failures and answers them as a value (`tryLcic(() => call)` giving `{ ok: false, code }`) never rejects.
 */
export const returnsFailingPromise = (call: LcicCall): boolean =>
  (call.kind !== 'intl-sdk' || call.promisified === true) && !sdkUnknown(call) && call.summary?.callbackOnly !== true && !(call.summary && call.callback) && !(call.summary?.failures === 'raw-body' && call.summary.via !== 'raw-http');

/** A call taken by its names, in a project whose package.json does not say which SDK it uses: its client may be either. */
export const sdkUnknown = (call: LcicCall): boolean => call.byName === true && call.sdkOfProject === undefined;

const AXIOS_URL_CONFIG_VERBS: Readonly<Record<string, { url: number; config: number }>> = {
  get: { url: 0, config: 1 },
  delete: { url: 0, config: 1 },
  head: { url: 0, config: 1 },
  options: { url: 0, config: 1 },
  post: { url: 0, config: 2 },
  put: { url: 0, config: 2 },
  patch: { url: 0, config: 2 },
};

/**
 * Method names of the standard library that a helper or wrapper method of a project seldom has:
 * calls of them are not looked into. Names a wrapper may well use (`rooms.get(id)`,
 * `rooms.delete(id)`, `update`, `find`, `all`, `add`, `has`, `set`) are not here, though Maps and
 * Sets have them too: those calls are resolved like any other.
 */
const BUILT_IN_METHODS = new Set([
  'then', 'catch', 'finally', 'map', 'filter', 'forEach', 'reduce', 'some', 'every', 'findIndex', 'flatMap', 'includes', 'indexOf',
  'join', 'slice', 'splice', 'push', 'pop', 'shift', 'unshift', 'concat', 'sort', 'reverse', 'keys', 'values', 'entries',
  'toString', 'toFixed', 'trim', 'split', 'replace', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase', 'padStart',
  'padEnd', 'stringify', 'parse', 'assign', 'freeze', 'isArray', 'from', 'of', 'allSettled', 'race', 'resolve', 'reject', 'round',
  'floor', 'ceil', 'max', 'min', 'abs', 'now', 'log', 'info', 'warn', 'error', 'debug', 'trace', 'json', 'text', 'digest', 'toISOString',
]);

/** Whether the caller gets a raw body to check: a raw call, or a helper or intercepted axios instance that hands one on. */
export const returnsRawBody = (call: LcicCall): boolean => (call.summary ? call.summary.failures === 'raw-body' : call.kind === 'raw-http');

/** Whether a call's failures reach its handlers with LCIC codes (a raw call's rejection is a network error). */
export const failuresCarryCodes = (call: LcicCall): boolean => (call.summary ? call.summary.failures === 'codes' : call.kind !== 'raw-http');

/**
 * Whether a call's rejections may also carry an HTTP client's own codes (`ECONNABORTED`,
 * `ERR_NETWORK`): a raw call, or a helper or intercepted instance built on one, even when its
 * LCIC failures carry LCIC codes.
 */
export const failuresIncludeNetworkCodes = (call: LcicCall): boolean => call.kind === 'raw-http' || call.summary?.via === 'raw-http';

/** Names of an LCIC client: `client`, `lcicClient`, `this.lcic`. */
const CLIENT_NAME = /client|lcic/i;
/** An action other Tencent Cloud products have too (`DeleteUser` is CAM's as well): only a receiver named for LCIC will do. */
const LCIC_NAME = /lcic/i;

/**
 * The receiver of `receiver.Action(...)` when it is injected (a parameter, or a field of `this`),
 * by its name: what a client given by whoever calls or makes this code is called.
 */
function injectedReceiverName(receiver: TSESTree.Node, resolver: ValueResolver): string | undefined {
  if (receiver.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrap(receiver.object);
    const name = propertyName(receiver);
    if (object.type === AST_NODE_TYPES.ThisExpression || (object.type === AST_NODE_TYPES.Identifier && resolver.isThisAlias(object))) {
      const classNode = enclosingClass(receiver);
      // A constructor function's or a prototype method's field (`RoomService.prototype.end = function () { this.client... }`).
      // A constructor function's field it fills itself (`function Svc() { this.client = new Repo(); }`) is what that makes.
      if (!classNode) {
        // A constructor function its own module calls with `new` has its fields given there, and the resolver read them.
        const ctor = prototypeOwner(object, resolver);
        if (ctor && resolver.madeWith(ctor).length > 0) return undefined;
        return name !== undefined && !constructorFunctionSetsField(receiver, name, resolver) ? name : undefined;
      }
      // A class its own module makes has its fields given there, and the resolver read them: if it found no client, none is given.
      // Nor is one to a class that fills the field itself (`private client = makeHttp()`): it is what that makes.
      return name !== undefined && resolver.constructorRunsHere(classNode).length === 0 && !typedField(classNode, name) && !resolver.setsFieldItself(classNode, name) ? name : undefined;
    }
    if (object.type === AST_NODE_TYPES.MemberExpression && unwrap(object.object).type === AST_NODE_TYPES.ThisExpression) return name;
    // `fastify.lcic`, `request.server.lcic`, `ctx.lcic`: a framework object that a plugin decorated
    // with the client, under a name that says so (the declaration merging that types it is not read).
    return name !== undefined && LCIC_NAME.test(name) && memberRoot(object).type === AST_NODE_TYPES.Identifier ? name : undefined;
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier) return undefined;
  // `const client = this.app.lcic;`, `const { lcic } = this.app;` (Egg's services): a local copy of a receiver placed by its name.
  const copied = copiedFrom(receiver, resolver);
  if (copied) return copied.field === undefined ? injectedReceiverName(copied.object, resolver) : memberReceiverName(copied.object, copied.field);
  const parameter = resolver.parameterOf(receiver);
  // `constructor(private client: any)`: the annotation is on the parameter inside.
  const declared = parameter?.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  return declared && !isTyped(declared) ? receiver.name : undefined;
}

/**
 * What a `const` receiver was copied from: a member read off `this` (`const client = this.app.lcic`),
 * or a field destructured from one (`const { lcic } = this.app`, with that field's name).
 */
function copiedFrom(receiver: TSESTree.Identifier, resolver: ValueResolver): { object: TSESTree.Node; field?: string } | undefined {
  const init = resolver.constantInit(receiver);
  if (init) return init.type === AST_NODE_TYPES.MemberExpression && memberRoot(init).type === AST_NODE_TYPES.ThisExpression ? { object: init } : undefined;
  const declared = resolver.declaredName(receiver);
  const declarator = declared?.parent;
  if (declarator?.type !== AST_NODE_TYPES.Property || declarator.value !== declared || declarator.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const pattern = declarator.parent;
  const made = pattern.parent;
  const field = keyName(declarator.key, declarator.computed);
  if (made.type !== AST_NODE_TYPES.VariableDeclarator || made.id !== pattern || !made.init || field === undefined) return undefined;
  const object = unwrap(made.init);
  return memberRoot(object).type === AST_NODE_TYPES.ThisExpression && object.type === AST_NODE_TYPES.MemberExpression ? { object, field } : undefined;
}

/** `this.app.lcic` read as `object.field`: a field of an object `this` holds, named for LCIC. */
function memberReceiverName(object: TSESTree.Node, field: string): string | undefined {
  return LCIC_NAME.test(field) && unwrap(object).type === AST_NODE_TYPES.MemberExpression ? field : undefined;
}

/**
 * Whether the constructor function behind `this` sets field `name` to something else than one of
 * its parameters: `this` in `Svc.prototype.get = function () {...}` (or in `Svc` itself) is an
 * object `Svc` made, and `function Svc() { this.client = new Repo(); }` gives it its client.
 */
function constructorFunctionSetsField(receiver: TSESTree.Node, name: string, resolver: ValueResolver): boolean {
  let fn: TSESTree.Node | undefined = receiver.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  if (!fn || !isFunctionNode(fn) || fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  const assigned = fn.parent.type === AST_NODE_TYPES.AssignmentExpression && fn.parent.right === fn ? fn.parent.left : undefined;
  // `Svc.prototype.get = function () {...}`: the constructor is `Svc`.
  const owner = assigned?.type === AST_NODE_TYPES.MemberExpression && assigned.object.type === AST_NODE_TYPES.MemberExpression && propertyName(assigned.object) === 'prototype' ? resolver.functionOf(assigned.object.object) : fn;
  return owner !== undefined && fillsFieldItself(owner, name);
}

/** Whether a declaration says what it holds: a type annotation other than `any`. */
const isTyped = (declared: { typeAnnotation?: TSESTree.TSTypeAnnotation | undefined }): boolean => {
  // oxlint's tree has `null` where typescript-estree leaves the annotation out.
  const annotation = declared.typeAnnotation ?? undefined;
  return annotation !== undefined && annotation.typeAnnotation.type !== AST_NODE_TYPES.TSAnyKeyword;
};

/** Whether the class declares field `name` with a type (as a field, or a constructor's parameter property). */
function typedField(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string): boolean {
  for (const element of classNode.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && keyName(element.key, element.computed) === name) return isTyped(element);
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'constructor') continue;
    for (const param of element.value.params) {
      const declared = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : undefined;
      const identifier = declared?.type === AST_NODE_TYPES.AssignmentPattern ? declared.left : declared;
      if (identifier?.type === AST_NODE_TYPES.Identifier && identifier.name === name) return isTyped(identifier);
    }
  }
  return false;
}

const isPascalCase = (name: string) => /^[A-Z][A-Za-z0-9]*$/.test(name);
const onlyOne = (values: readonly string[]): string | undefined => (values.length === 1 ? values[0] : undefined);

/** Type services, when the file was parsed with type information. */
export interface TypeServices {
  readonly program: ts.Program;
  getTypeAtLocation(node: TSESTree.Node): ts.Type;
  /** The type the code around an expression expects it to have (a parameter's, for an argument), if any. */
  getContextualType(node: TSESTree.Expression): ts.Type | undefined;
}

/** The packages whose functions run a task they are given and settle as it does. */
const TASK_LIBRARIES = /\b(p-retry|async-retry|exponential-backoff|p-limit|bottleneck|p-queue)\b/;

/** The methods a task library's scheduler runs its task with: Bottleneck's `schedule`, p-queue's `add`. */
const SCHEDULER_METHODS: ReadonlySet<string> = new Set(['schedule', 'add']);

/** The file that declares the SDK's LCIC client class. */
const LCIC_CLIENT_DECLARATION = /tencentcloud-sdk-nodejs[^/\\]*[/\\].*lcic[/\\]v20220817[/\\]lcic_client\.(d\.ts|js|ts)$/;

/** The value of the field `name` of an object literal given as an argument (written there, or in a constant). */
function fieldGiven(given: TSESTree.Node | undefined, name: string, resolver: ValueResolver): TSESTree.Node | undefined {
  const object = given && resolver.resolveObject(given);
  const property = object && findProperty(object, name);
  return property?.value;
}

/** The call's last argument as a function: written there, or named (`client.DescribeUser(req, onUser)`). */
function lastFunctionArgument(node: TSESTree.CallExpression, resolver: ValueResolver): FunctionNode | undefined {
  const argument = node.arguments.at(-1);
  const last = argument && unwrap(argument);
  if (!last || isFunctionNode(last)) return last;
  return last.type === AST_NODE_TYPES.Identifier ? resolver.functionOf(last) : undefined;
}

/** What hapi's `server.decorate(type, name, value)` may decorate. */
const HAPI_DECORATED: ReadonlySet<string> = new Set(['server', 'request', 'toolkit', 'handler']);

export class LcicCallFinder {
  readonly settings: LcicSettings;
  readonly resolver: ValueResolver;
  readonly summaries: Summaries;
  private readonly results = new WeakMap<TSESTree.CallExpression, LcicCall | null>();
  /** Whether a module's text names a library that runs tasks (p-retry, p-limit, ...) at all. */
  private readonly namesTaskLibrary = new WeakMap<SourceFile, boolean>();

  /** `source` is the file being linted; `types` its type information, if it was parsed with a program. */
  constructor(
    readonly source: SourceFile,
    settings: LcicSettings,
    private readonly types: TypeServices | undefined,
  ) {
    this.settings = settings;
    this.resolver = new ValueResolver(source, settings);
    this.summaries = new Summaries(this);
  }

  /**
   * Whether the class `new X(...)` makes takes an options object with `cause` as its second
   * argument, as the type checker sees its constructor (undefined without type information). False
   * for `Error` itself when the project's `lib` predates ES2022, and for a constructor whose second
   * parameter is something else (`code?: string`, `statusCode = 500`).
   */
  constructorTakesCause(node: TSESTree.NewExpression): boolean | undefined {
    if (!this.types) return undefined;
    const checker = this.types.program.getTypeChecker();
    return this.types
      .getTypeAtLocation(node.callee)
      .getConstructSignatures()
      .some((signature) => {
        const options = signature.parameters[1];
        if (!options) return false;
        const type = checker.getNonNullableType(checker.getTypeOfSymbol(options));
        // 1 | 2 are TypeFlags.Any and TypeFlags.Unknown (typescript is not loaded at run time).
        return (type.flags & 3) !== 0 || type.getProperty('cause') !== undefined;
      });
  }

  /**
   * With type information, the npm package whose declarations give the callee its signature
   * (`pino` for `app.log.warn` of Fastify, whose logger is pino's), from the path of the file that
   * declares it. Undefined without type information, or for the project's own functions.
   */
  packageDeclaring(callee: TSESTree.Node): string | undefined {
    if (!this.types) return undefined;
    const [signature] = this.types.getTypeAtLocation(callee).getCallSignatures();
    // A signature TypeScript made up (of a union, a mapped type) has no declaration, whatever its type says.
    const declaration: { getSourceFile(): { fileName: string } } | undefined = signature?.getDeclaration();
    const file = declaration?.getSourceFile().fileName;
    const found = file === undefined ? undefined : /^\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//.exec(file.slice(file.lastIndexOf('/node_modules/')));
    return found?.[1];
  }

  /**
   * Whether an object literal may be given one more key: without type information, what the
   * return type written on the function returning it says (see writtenReturnTakesKey), and yes
   * where none is written; with it, yes where the code around it expects no particular type, and
   * when the expected type has that key,
   * takes any string key, or is `any`/`unknown` (`callback({ code, details })` of gRPC expects a
   * status object, where `requestId` would not compile).
   */
  objectTakesKey(object: TSESTree.ObjectExpression, key: string): boolean {
    // Without it, the return type written on the function that returns the object, when there is one.
    if (!this.types) return writtenReturnTakesKey(object, key) ?? true;
    const expected = this.types.getContextualType(object);
    if (!expected) return true;
    // 1 | 2 are TypeFlags.Any and TypeFlags.Unknown (typescript is not loaded at run time).
    const takes = (type: ts.Type): boolean => (type.flags & 3) !== 0 || type.getProperty(key) !== undefined || type.getStringIndexType() !== undefined;
    return expected.isUnion() ? expected.types.some(takes) : takes(expected);
  }

  /**
   * With type information, whether a call could be given one more argument: some signature of
   * its callee has a parameter there, or a rest parameter (BullMQ's `job.log(row: string)` has
   * none). Undefined without type information.
   */
  callTakesOneMore(node: TSESTree.CallExpression): boolean | undefined {
    if (!this.types) return undefined;
    return this.types
      .getTypeAtLocation(node.callee)
      .getCallSignatures()
      .some((signature) => {
        const last = signature.parameters.at(-1)?.valueDeclaration;
        return signature.parameters.length > node.arguments.length || (last !== undefined && 'dotDotDotToken' in last && last.dotDotDotToken !== undefined);
      });
  }

  /** The LCIC call `node` makes, or undefined when it is not one. Cached, so every rule may ask. */
  classify(node: TSESTree.CallExpression): LcicCall | undefined {
    const cached = this.results.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const call = this.compute(node);
    this.results.set(node, call ?? null);
    return call;
  }

  private compute(node: TSESTree.CallExpression): LcicCall | undefined {
    return this.direct(node) ?? this.helperCall(node);
  }

  /** A call of a function (or method) that returns an LCIC call. */
  private helperCall(node: TSESTree.CallExpression): LcicCall | undefined {
    // The methods of arrays, promises, strings, maps, JSON, Math and console are never helpers: not worth a look.
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && BUILT_IN_METHODS.has(propertyName(callee) ?? '')) return undefined;
    if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const fn = this.resolver.functionOf(node.callee);
    if (!fn) return this.libraryTask(node, callee);
    const summary = this.summaries.of(fn);
    if (!summary) return this.wrappedTask(node, fn) ?? this.resultTask(node, fn) ?? this.injectedClientCall(node, fn);
    const given = summary.actionParam === undefined ? undefined : node.arguments[summary.actionParam];
    // `lcicCall({ action: 'DescribeRoom', params })`: the action is a field of the options object given.
    const argument = summary.actionField === undefined ? given : fieldGiven(given, summary.actionField, this.resolver);
    const actions = argument ? (this.resolver.resolveActions(argument) ?? []) : summary.actions;
    return {
      node,
      kind: fn.parent.type === AST_NODE_TYPES.MethodDefinition ? 'wrapper' : 'helper',
      action: actions.length === 1 ? actions[0] : undefined,
      actions,
      actionNode: argument ?? node.callee,
      edition: summary.edition,
      callback: summary.callbackParam === undefined ? undefined : this.resolver.functionOf(node.arguments[summary.callbackParam]),
      summary,
    };
  }

  /**
   * `rooms.end(id)` on `const rooms = new RoomService(client)`, whose `end` calls
   * `this.client.EndRoom(...)` on the client its constructor kept: an EndRoom call when the `new`
   * here gave it an SDK client. (The class may live in another module and be made in several.)
   */
  private injectedClientCall(node: TSESTree.CallExpression, method: FunctionNode): LcicCall | undefined {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const injected = this.summaries.injected(method);
    if (!injected) return undefined;
    const instance = this.resolver.resolve(callee.object);
    // The arguments of `new Sub(...)` reach the constructor that fills the field only when Sub has none of its own in between.
    const methodClass = method.parent.parent?.parent;
    const sameConstructor =
      instance?.kind === 'instance' &&
      (methodClass?.type === AST_NODE_TYPES.ClassDeclaration || methodClass?.type === AST_NODE_TYPES.ClassExpression) &&
      this.resolver.effectiveConstructor(instance.node) === this.resolver.effectiveConstructor(methodClass);
    const given = instance?.kind === 'instance' && sameConstructor ? instance.made?.arguments[injected.paramIndex] : undefined;
    const client = given && this.resolver.resolve(given);
    if (client?.kind !== 'client') return undefined;
    const edition = client.sdk === 'international' ? 'international' : this.settings.edition;
    const { action, failures } = injected;
    return {
      node,
      kind: 'wrapper',
      action,
      actions: [action],
      actionNode: node.callee,
      edition,
      callback: undefined,
      summary: { failures, via: client.sdk === 'international' ? 'intl-sdk' : 'sdk', edition, actions: [action], actionParam: undefined, body: undefined },
    };
  }

  /**
   * `pRetry(() => client.CreateRoom(...))` (p-retry, async-retry, exponential-backoff's `backOff`),
   * `limit(() => ...)` of p-limit, Bottleneck's `limiter.schedule(...)` and p-queue's
   * `queue.add(...)`: a library runs the task and settles as it does (a retry with its last
   * error), so the call is the task's.
   */
  private libraryTask(node: TSESTree.CallExpression, callee: TSESTree.Expression): LcicCall | undefined {
    // Most files import none of these: the look-up is for those that name one.
    const module = moduleOfNode(node);
    if (!module) return undefined;
    let names = this.namesTaskLibrary.get(module);
    if (names === undefined) this.namesTaskLibrary.set(module, (names = TASK_LIBRARIES.test(module.text)));
    // Or the runner is made in a module of the project and imported (`import { queue } from './queue.js'`):
    // a task written inline, given to a function or to a scheduler's method.
    const mayBeImported = node.arguments.some((argument) => isFunctionNode(unwrap(argument))) && (callee.type === AST_NODE_TYPES.Identifier || (callee.type === AST_NODE_TYPES.MemberExpression && SCHEDULER_METHODS.has(propertyName(callee) ?? '')));
    if (!names && !mayBeImported) return undefined;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const kind = this.resolver.resolve(callee)?.kind;
      return kind === 'retry-library' || kind === 'task-runner' ? this.taskCall(node, 0) : undefined;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const scheduler = this.resolver.resolve(callee.object);
    if (scheduler?.kind !== 'task-scheduler' || propertyName(callee) !== scheduler.method) return undefined;
    // Bottleneck's `schedule(options, fn)`: the task is the function given.
    const index = node.arguments.findIndex((argument) => this.resolver.functionOf(argument) !== undefined);
    return index < 0 ? undefined : this.taskCall(node, index);
  }

  /** `withRetry(() => client.CreateRoom(...))`: a wrapper that returns what its task returns is the task's LCIC call. */
  private wrappedTask(node: TSESTree.CallExpression, wrapper: FunctionNode): LcicCall | undefined {
    return this.taskCall(node, this.summaries.passedThrough(wrapper));
  }

  /** The call of a wrapper given, at `index`, a task making an LCIC call whose failure it passes on. */
  private taskCall(node: TSESTree.CallExpression, index: number | undefined): LcicCall | undefined {
    const task = index === undefined ? undefined : this.resolver.functionOf(node.arguments[index]);
    const summary = task && this.summaries.of(task);
    if (!summary || summary.actionParam !== undefined) return undefined;
    const actions = summary.actions;
    return { node, kind: 'helper', action: actions.length === 1 ? actions[0] : undefined, actions, actionNode: taskActionNode(node, summary), edition: summary.edition, callback: undefined, summary };
  }

  /**
   * `tryLcic(() => client.CreateRoom(...))`: a wrapper answering its task's failure with a Result
   * `{ ok: false, code: err.code }` is the task's call, whose Result its caller checks by `ok` (as
   * a helper's that checks the body and answers so); a task without codes gives no Result to check.
   */
  private resultTask(node: TSESTree.CallExpression, wrapper: FunctionNode): LcicCall | undefined {
    const result = this.summaries.resultOfTask(wrapper);
    const task = result && this.resolver.functionOf(node.arguments[result.index]);
    const summary = task && this.summaries.of(task);
    if (!result || !summary || summary.failures !== 'codes' || summary.actionParam !== undefined) return undefined;
    const actions = summary.actions;
    const body = resultSymbol(result.dataField);
    return { node, kind: 'helper', action: actions.length === 1 ? actions[0] : undefined, actions, actionNode: taskActionNode(node, summary), edition: summary.edition, callback: undefined, summary: { ...summary, failures: 'raw-body', body } };
  }

  /**
   * `this.client.CreateRoom(...)` in a class that is given its client by whoever makes it, or
   * `lcic.DescribeRoom(...)` on an untyped parameter: nothing in the code says what the receiver
   * is, so it is taken for an SDK client by its names when they agree: the method is an LCIC action,
   * the receiver is a parameter or a field of `this` named like an LCIC client (`client`, `lcic`;
   * for the few action names other Tencent Cloud products share, a name with `lcic` in it, or a
   * receiver also called with an action only LCIC has), and the type checker, if there is one,
   * knows no better (the receiver is `any`).
   *
   * Only for the calls of the linted file, never for what a function amounts to to its callers:
   * those follow the code (a `new` with a real client), so a look-alike made elsewhere stays one.
   */
  guessByName(node: TSESTree.CallExpression): LcicCall | undefined {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const action = propertyName(callee);
    if (action === undefined || !isKnownAction(action)) return undefined;
    const receiver = unwrap(callee.object);
    // `.decorate('tcic', client)` in this file, then `({ tcic }) => tcic.DescribeRoom(...)`: what the name was given decides, not the name.
    // (A value the code cannot place, imported from a package, leaves it to the name.)
    const decorated = this.decoration(receiver);
    const value = decorated && this.resolver.resolve(decorated);
    if (value) return value.kind === 'client' ? this.sdkCall(node, value.sdk, [action], callee.property, value.endpoint) : undefined;
    const name = injectedReceiverName(receiver, this.resolver);
    if (name === undefined || !CLIENT_NAME.test(name)) return undefined;
    if (isSharedActionName(action) && !LCIC_NAME.test(name) && !this.callsLcicOnlyAction(receiver)) return undefined;
    if (this.resolver.resolve(receiver) !== undefined) return undefined;
    // 1 is TypeFlags.Any (typescript is not loaded at run time).
    if (this.types && (this.types.getTypeAtLocation(receiver).flags & 1) === 0) return undefined;
    // The project depends on one SDK only: the client is that SDK's (and its calls return a promise, or not, as that SDK's do).
    const sdk = this.projectSdk();
    return sdk ? { ...this.sdkCall(node, sdk, [action], callee.property), byName: true, sdkOfProject: sdk } : { ...this.sdkCall(node, 'china', [action], callee.property), byName: true };
  }

  private decorated: ReadonlyMap<string, TSESTree.Node> | undefined;

  /**
   * What this file decorates a framework object with under the receiver's name: a parameter
   * (`({ lcic }) => ...`) or a field read off a name (`fastify.lcic`, `app.lcic`), and
   * `app.decorate('lcic', client)`, `.decorate({ lcic: client })` (Elysia, Fastify), hapi's
   * `server.decorate('server', 'lcic', client)` (also `'request'`, `'toolkit'`), or
   * `.derive(() => ({ lcic: client }))` (Elysia) written here.
   */
  private decoration(receiver: TSESTree.Node): TSESTree.Node | undefined {
    const name =
      receiver.type === AST_NODE_TYPES.Identifier
        ? this.resolver.parameterOf(receiver) && receiver.name
        : receiver.type === AST_NODE_TYPES.MemberExpression && memberRoot(receiver).type === AST_NODE_TYPES.Identifier
          ? propertyName(receiver)
          : undefined;
    return name ? this.decorations().get(name) : undefined;
  }

  private decorations(): ReadonlyMap<string, TSESTree.Node> {
    if (this.decorated) return this.decorated;
    const found = new Map<string, TSESTree.Node>();
    const fields = (object: TSESTree.Node | null | undefined) => {
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) return;
      for (const property of object.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? keyName(property.key, property.computed) : undefined;
        if (key !== undefined && property.type === AST_NODE_TYPES.Property) found.set(key, property.value);
      }
    };
    // Most files decorate nothing: the walk only where the text says so.
    const text = this.source.text;
    if (text.includes('.decorate(') || text.includes('.derive(')) {
      walkTree(this.source.ast, this.source.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
        const method = propertyName(node.callee);
        const [first, second, third] = node.arguments;
        const key = stringLiteralValue(first);
        // hapi's `server.decorate('server', 'lcic', client)`: what is decorated, then the name and the value.
        const hapiKey = third && HAPI_DECORATED.has(key ?? '') ? stringLiteralValue(second) : undefined;
        if (method === 'decorate' && hapiKey !== undefined && third) found.set(hapiKey, third);
        else if (method === 'decorate' && key !== undefined && second) found.set(key, second);
        else if (method === 'decorate') fields(first);
        else if (method === 'derive') {
          const derive = this.resolver.functionOf(node.arguments.at(-1));
          const made = derive && (derive.body.type === AST_NODE_TYPES.BlockStatement ? returnedExpressions(derive, this.source.visitorKeys) : [derive.body]);
          for (const returned of made ?? []) fields(unwrap(returned));
        }
        return true;
      });
    }
    this.decorated = found;
    return found;
  }

  /**
   * Whether the linted TypeScript file's tsconfig compiles `new Error(message, { cause })` (its
   * `lib`, or `target`, is ES2022 or later); undefined where no tsconfig says, and for JavaScript,
   * which Node runs with `cause` whatever the config.
   */
  tsconfigHasErrorCause(): boolean | undefined {
    const file = moduleOfNode(this.source.ast)?.filename;
    return file === undefined || !/\.[cm]?tsx?$/.test(file) ? undefined : tsconfigHasErrorCause(file);
  }

  /** The SDK the linted file's project depends on, when it is one of the two only (see project-sdk.ts). */
  private projectSdk(): LcicSdk | undefined {
    const file = moduleOfNode(this.source.ast)?.filename;
    return file === undefined ? undefined : projectSdk(file);
  }

  /**
   * `fastify.lcic.request('DescribeRoom', req)`, `this.lcic.request(...)`: the client's own
   * `request` on a receiver nothing places but its name, which must say LCIC (`client.request` is
   * every HTTP client's), given an action-like name. With type information, only when the
   * receiver is untyped or typed as the LCIC client.
   */
  private requestByName(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): LcicCall | undefined {
    const receiver = unwrap(callee.object);
    const name = injectedReceiverName(receiver, this.resolver);
    if (name === undefined || !LCIC_NAME.test(name)) return undefined;
    const actions = this.resolver.resolveActions(node.arguments[0]);
    if (!actions?.length || !actions.every((action) => /^[A-Z][a-z][A-Za-z0-9]*$/.test(action))) return undefined;
    if (this.types) {
      const type = this.types.getTypeAtLocation(receiver);
      // 1 is TypeFlags.Any (typescript is not loaded at run time).
      if ((type.flags & 1) === 0 && this.clientTypeFlavor(type, 'DescribeRoom') !== 'sdk') return undefined;
    }
    const sdk = this.projectSdk();
    const call = sdk === 'international' ? this.requestCall(node, 'intl-sdk', 'international') : this.requestCall(node, 'sdk', this.settings.edition);
    return call && { ...call, byName: true, sdkOfProject: sdk };
  }

  /**
   * Whether the same receiver, written the same way (`client`, `this.client`), is also called with
   * an action no other product has (`client.CreateRoom`): in the function that declares it (a
   * parameter), in its class (a field), or in the file (a field outside classes). Then its
   * `DescribeUser` is LCIC's too.
   */
  private callsLcicOnlyAction(receiver: TSESTree.Node): boolean {
    const text = this.source.text.slice(receiver.range[0], receiver.range[1]);
    const parameter = receiver.type === AST_NODE_TYPES.Identifier ? this.resolver.parameterOf(receiver) : undefined;
    // A field's class (another class of the file may keep another product's client in a field of the same name).
    const scope = parameter ? parameter.parent : (enclosingClass(receiver) ?? this.source.ast);
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [, method] of this.source.text.slice(scope.range[0], scope.range[1]).matchAll(new RegExp(`(?<![\\w.$])${escaped}\\s*\\.\\s*([A-Z]\\w*)\\s*\\(`, 'g'))) {
      if (method && isKnownAction(method) && !isSharedActionName(method)) return true;
    }
    return false;
  }

  /** A call straight to the API: an SDK client's method, CommonClient.request, fetch or axios. */
  private direct(node: TSESTree.CallExpression): LcicCall | undefined {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (callee.name === 'fetch' && this.resolver.isGlobal(callee)) return this.rawFetch(node);
      const value = this.resolver.resolve(callee);
      // ofetch's `$fetch(url, { headers })`, imported or Nuxt's global: its promise holds the parsed body.
      if (value?.kind === 'ofetch' || (callee.name === '$fetch' && this.resolver.isGlobal(callee))) {
        const call = this.rawFetch(node);
        return call && { ...call, http: 'ofetch' };
      }
      // `import fetch from 'node-fetch'`, `import { fetch } from 'undici'`: the same API as the global.
      if (value?.kind === 'fetch') return this.rawFetch(node);
      if (value?.kind === 'axios') return this.rawAxios(node, value, undefined);
      if (value?.kind === 'got') return this.rawGot(node, value);
      if (value?.kind === 'node-https-request') return this.rawHttps(node);
      if (value?.kind === 'undici-request') return this.rawUndici(node);
      return value?.kind === 'client-method' ? this.clientMethodCall(node, callee, value) : undefined;
    }
    // `promisify(this.client.DescribeRoom.bind(this.client))(req)`: the method made a promise, called where it is made.
    if (callee.type === AST_NODE_TYPES.CallExpression) return this.clientMethodCall(node, callee, this.resolver.resolve(callee));
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = propertyName(callee);
    if (name === undefined) return callee.computed ? this.computedSdkCall(node, callee) : undefined;
    // `this.describeRoom(req)`, a field holding `promisify(client.DescribeRoom.bind(client))`.
    if (unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression && !isPascalCase(name)) {
      const promisified = this.clientMethodCall(node, callee, this.resolver.resolve(callee));
      if (promisified) return promisified;
    }

    if (isPascalCase(name)) {
      const target = this.resolver.resolve(callee.object);
      if (target?.kind === 'client') return this.sdkCall(node, target.sdk, [name], callee.property, target.endpoint);
      // A wrapper's other PascalCase methods are its own business; only action names are calls.
      if (target?.kind === 'wrapper') return isKnownAction(name) ? this.wrapperCall(node, name, callee.property) : undefined;
      // Type lookups are the expensive part: only for real action names on objects the code alone could not place.
      // (A value typed by a project interface is placed no further than its fields: the checker may know its methods.)
      return (target === undefined || target.kind === 'typed-shape') && isKnownAction(name) ? this.typedCall(node, callee, name) : undefined;
    }
    if (name === 'request') {
      const target = this.resolver.resolve(callee.object);
      if (target?.kind === 'common-client') return target.intl ? this.requestCall(node, 'intl-sdk', 'international') : this.requestCall(node, 'common-client', target.edition);
      // Some call the SDK client's own request() for actions newer than their SDK.
      if (target?.kind === 'client') {
        return target.sdk === 'international' ? this.requestCall(node, 'intl-sdk', 'international') : this.requestCall(node, 'sdk', target.endpoint ?? this.settings.edition);
      }
      if (target?.kind === 'axios') return this.rawAxios(node, target, 'request');
      if (target?.kind === 'node-https') return this.rawHttps(node);
      // `undici.request(url, options)`, through the module object.
      if (target?.kind === 'fetch-package' && target.undici) return this.rawUndici(node);
      return target === undefined || target.kind === 'typed-shape' ? this.requestByName(node, callee) : undefined;
    }
    if (name in AXIOS_URL_CONFIG_VERBS) {
      const target = this.resolver.resolve(callee.object);
      if (target?.kind === 'axios') return this.rawAxios(node, target, name);
      if (target?.kind === 'got') return this.rawGot(node, target);
    }
    return undefined;
  }

  /** A call of a client's method taken off its client (`const { CreateRoom } = client`), or made a promise (see resolve-value's `promisified`). */
  private clientMethodCall(node: TSESTree.CallExpression, callee: TSESTree.Node, value: ResolvedValue | undefined): LcicCall | undefined {
    if (value?.kind !== 'client-method') return undefined;
    const call = this.sdkCall(node, value.sdk, [value.action], callee, value.endpoint);
    return value.promisified ? { ...call, promisified: true } : call;
  }

  /**
   * `actions`: the one the method's name says, or those a computed name can hold (see
   * computedSdkCall). `endpoint`: the edition of the host the client was pointed at, which wins
   * over the setting.
   */
  private sdkCall(node: TSESTree.CallExpression, sdk: 'china' | 'international', actions: readonly string[], actionNode: TSESTree.Node, endpoint?: LcicEdition): LcicCall {
    return {
      node,
      kind: sdk === 'international' ? 'intl-sdk' : 'sdk',
      action: onlyOne(actions),
      actions,
      actionNode,
      edition: sdk === 'international' ? 'international' : (endpoint ?? this.settings.edition),
      callback: lastFunctionArgument(node, this.resolver),
    };
  }

  /**
   * `client[method](req, cb)` in a wrapper such as `callLcic(method, req)` (the international SDK
   * has no promise form, so teams write one): a call of the client's action named by `method`,
   * whose actions are those its value can hold, here or, for a parameter, at the wrapper's callers.
   */
  private computedSdkCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): LcicCall | undefined {
    const target = this.resolver.resolve(callee.object);
    if (target?.kind !== 'client') return undefined;
    return this.sdkCall(node, target.sdk, this.resolver.resolveActions(callee.property) ?? [], callee.property, target.endpoint);
  }

  private wrapperCall(node: TSESTree.CallExpression, action: string, actionNode: TSESTree.Node): LcicCall {
    return { node, kind: 'wrapper', action, actions: [action], actionNode, edition: this.settings.edition, callback: undefined };
  }

  /**
   * `request('Action', req[, options], cb?)`: CommonClient's, or the SDK client's own (which its
   * generated methods call). A callback comes only after the options.
   */
  private requestCall(node: TSESTree.CallExpression, kind: LcicCall['kind'], edition: LcicEdition): LcicCall | undefined {
    const actionArgument = node.arguments[0];
    if (!actionArgument) return undefined;
    const callback = node.arguments.length >= 3 ? lastFunctionArgument(node, this.resolver) : undefined;
    const actions = this.resolver.resolveActions(actionArgument) ?? [];
    return { node, kind, action: onlyOne(actions), actions, actionNode: actionArgument, edition, callback };
  }

  /** With type information: a method call on anything typed as the SDK's LCIC Client, or a configured wrapper. */
  private typedCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, name: string): LcicCall | undefined {
    // Type information covers the linted file only; calls inside modules it imports are read without it.
    const home = moduleOfNode(node);
    if (!this.types || (home && home.ast !== this.source.ast)) return undefined;
    const type = this.types.getTypeAtLocation(callee.object);
    const flavor = this.clientTypeFlavor(type, name);
    if (flavor === 'sdk') return this.sdkCall(node, 'china', [name], callee.property);
    if (flavor === 'wrapper') return this.wrapperCall(node, name, callee.property);
    return undefined;
  }

  /**
   * Whether a receiver's type is the SDK client or a configured wrapper. A type that only carries
   * some of the client's methods (`Pick<LcicClient, 'DescribeRoom'>` in an interface's field, an
   * intersection, an interface extending it) counts when its `action` method is the one the
   * client's declaration file declares.
   */
  private clientTypeFlavor(type: ts.Type, action: string): 'sdk' | 'wrapper' | undefined {
    const parts = type.isUnion() ? type.types : [type];
    for (const part of parts) {
      const symbol = part.getSymbol() ?? part.aliasSymbol;
      if (symbol && this.settings.clients.includes(symbol.getName())) return 'wrapper';
      const method = part.getProperty(action);
      if (method?.getDeclarations()?.some((d) => LCIC_CLIENT_DECLARATION.test(d.getSourceFile().fileName))) return 'sdk';
    }
    return undefined;
  }

  private rawFetch(node: TSESTree.CallExpression): LcicCall | undefined {
    const [url, init] = node.arguments;
    const options = this.resolver.resolveObject(init);
    return this.rawCall(node, this.resolver.knownFragments(url), options);
  }

  /** `axios(config)`, `axios.request(config)`, `axios.post(url, data, config)` and the other verbs, on axios or an instance. */
  private rawAxios(node: TSESTree.CallExpression, axios: ResolvedValue & { kind: 'axios' }, verb: string | undefined): LcicCall | undefined {
    const positions = verb === undefined || verb === 'request' ? undefined : AXIOS_URL_CONFIG_VERBS[verb];
    const config = this.resolver.resolveObject(node.arguments[positions?.config ?? 0]);
    const urls = [
      ...(positions ? this.resolver.knownFragments(node.arguments[positions.url]) : []),
      ...(config ? this.resolver.knownFragments(findProperty(config, 'url')?.value) : []),
      ...(config ? this.resolver.knownFragments(findProperty(config, 'baseURL')?.value) : []),
      ...(axios.baseUrl === undefined ? [] : [axios.baseUrl]),
    ];
    const call = this.rawCall(node, urls, config);
    const intercepted = call && axios.interceptors && this.summaries.interceptedBy(axios.interceptors);
    if (!call || !intercepted) return call;
    return { ...call, summary: { ...intercepted, via: 'raw-http', edition: call.edition, actions: call.actions, actionParam: undefined } };
  }

  /**
   * `got(url, options)`, `got.post(url, options)` and the other verbs, on got or an instance from
   * `got.extend`; or `got(options)` with its `url`. The URL may be relative to `prefixUrl`.
   */
  private rawGot(node: TSESTree.CallExpression, got: ResolvedValue & { kind: 'got' }): LcicCall | undefined {
    const [first, second] = node.arguments;
    const options = this.resolver.resolveObject(second) ?? this.resolver.resolveObject(first);
    const urls = [
      ...this.resolver.knownFragments(first),
      ...(options ? this.resolver.knownFragments(findProperty(options, 'url')?.value) : []),
      ...(options ? this.resolver.knownFragments(findProperty(options, 'prefixUrl')?.value) : []),
      ...(got.prefixUrl === undefined ? [] : [got.prefixUrl]),
    ];
    const call = this.rawCall(node, urls, options);
    return call && { ...call, http: 'got' };
  }

  /** undici's `request(url, { method, headers, body })`: its promise holds `{ statusCode, headers, body }`, and `body.json()` the parsed body. */
  private rawUndici(node: TSESTree.CallExpression): LcicCall | undefined {
    const [first, second] = node.arguments;
    const call = this.rawCall(node, this.resolver.knownFragments(first), this.resolver.resolveObject(second));
    return call && { ...call, http: 'undici' };
  }

  /**
   * Node's `https.request(options, callback)` or `https.request(url, options, callback)`, as
   * Tencent Cloud's own signing sample makes it: the host in the URL or in `hostname`/`host`.
   */
  private rawHttps(node: TSESTree.CallExpression): LcicCall | undefined {
    const [first, second] = node.arguments;
    const options = this.resolver.resolveObject(first) ?? this.resolver.resolveObject(second);
    const urls = [
      ...this.resolver.knownFragments(first),
      ...(options ? this.resolver.knownFragments(findProperty(options, 'hostname')?.value) : []),
      ...(options ? this.resolver.knownFragments(findProperty(options, 'host')?.value) : []),
    ];
    const call = this.rawCall(node, urls, options);
    return call && { ...call, http: 'node-https' };
  }

  /** A raw call is LCIC's when its `X-TC-Action` header goes to an lcic host (in the URL or the Host header). */
  private rawCall(node: TSESTree.CallExpression, urls: readonly string[], options: TSESTree.ObjectExpression | undefined): LcicCall | undefined {
    const headersValue = options && findProperty(options, 'headers')?.value;
    const header = headersValue && this.actionHeader(headersValue, 0);
    if (!header) return undefined;
    const headers = this.resolver.resolveObject(headersValue);
    const hosts = headers ? this.resolver.knownFragments(findProperty(headers, 'Host', true)?.value) : [];
    const edition = [...urls, ...hosts].map(lcicHostEdition).find(Boolean);
    if (!edition) return undefined;
    return {
      node,
      kind: 'raw-http',
      action: onlyOne(header.actions),
      actions: header.actions,
      actionNode: header.node,
      edition,
      callback: undefined,
    };
  }

  /**
   * The `X-TC-Action` header of a request's headers, and where its value is written: in the
   * headers object (or one spread into it), or in the object a headers function of the project
   * returns (`headers: lcicHeaders('DescribeRoom')`, `...signedHeaders(action, body)`), whose
   * action parameter then takes the argument of this call.
   */
  private actionHeader(headers: TSESTree.Node, depth: number): { node: TSESTree.Node; actions: readonly string[] } | undefined {
    if (depth > 2) return undefined;
    const object = this.resolver.resolveObject(headers);
    if (object) {
      const property = findProperty(object, 'X-TC-Action', true);
      if (property) return { node: property.value, actions: this.resolver.resolveActions(property.value) ?? [] };
      for (const element of object.properties) {
        const spread = element.type === AST_NODE_TYPES.SpreadElement ? this.actionHeader(element.argument, depth + 1) : undefined;
        if (spread) return spread;
      }
      return undefined;
    }
    // `headers: await signedHeaders(action, body)` (Web Crypto signs asynchronously), or a name holding it.
    let call = unwrap(headers);
    if (call.type === AST_NODE_TYPES.Identifier) call = unwrap(this.resolver.constantInit(call) ?? call);
    if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrap(call.argument);
    // `new Headers(signedHeaders(...))`: the Fetch API's Headers, made of the object that has the header.
    const [made] = call.type === AST_NODE_TYPES.NewExpression ? call.arguments : [];
    if (made && call.type === AST_NODE_TYPES.NewExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Headers' && this.resolver.isGlobal(call.callee)) {
      return this.actionHeader(made, depth + 1);
    }
    if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const fn = this.resolver.functionOf(call.callee);
    const returned = fn && returnedExpressions(fn, moduleOfNode(fn)?.visitorKeys);
    const [headersMade] = returned ?? [];
    if (!fn || returned?.length !== 1 || !headersMade) return undefined;
    const inner = this.actionHeader(headersMade, depth + 1);
    if (!inner) return undefined;
    const home = moduleOfNode(fn);
    const param = home && parameterIndex(fn, inner.node, home);
    const argument = param === undefined ? (home && this.optionArgument(call, fn, inner.node, home)) : call.arguments[param];
    return argument ? { node: argument, actions: this.resolver.resolveActions(argument) ?? [] } : inner;
  }

  /**
   * `signedHeaders({ action, payload })`, whose header is `o.action`: where this call writes the
   * option the header reads, in the object it passes.
   */
  private optionArgument(call: TSESTree.CallExpression, fn: FunctionNode, read: TSESTree.Node, home: SourceFile): TSESTree.Node | undefined {
    const inner = unwrap(read);
    let index: number | undefined;
    let name: string | undefined;
    if (inner.type === AST_NODE_TYPES.MemberExpression) {
      name = propertyName(inner);
      index = parameterIndex(fn, inner.object, home);
    } else if (inner.type === AST_NODE_TYPES.Identifier) {
      // `function sign({ action, payload })`: a name destructured from the options parameter.
      const def = findVariable(home.getScope(inner), inner)?.defs[0];
      const { root, path } = def && (def.type as string) === 'Parameter' && def.node === fn ? patternPath(def.name as TSESTree.Identifier) : { root: undefined, path: [] };
      index = root && path.length === 1 ? fn.params.indexOf(root as TSESTree.Parameter) : -1;
      name = path[0];
    }
    const options = index === undefined || index < 0 ? undefined : this.resolver.resolveObject(call.arguments[index]);
    return name === undefined ? undefined : options && findProperty(options, name)?.value;
  }
}

/**
 * Where a wrapper call's action is written: where its task names it when the task leaves it open
 * (`withLog(() => client.request(action, req))`, so that a function around it taking `action`
 * passes it on), or else the wrapper's name.
 */
function taskActionNode(node: TSESTree.CallExpression, task: CallSummary): TSESTree.Node {
  return task.actions.length === 0 && task.openAction ? task.openAction : node.callee;
}

/** A rule listener that hands each LCIC call of the file to `visit`, and ignores every other call. */
export function onLcicCalls(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  visit: (call: LcicCall, finder: LcicCallFinder) => void,
): TSESLint.RuleListener {
  const finder = getLcicCallFinder(context);
  return {
    CallExpression(node) {
      const call = finder.classify(node);
      if (call) visit(call, finder);
    },
  };
}

const finders = new WeakMap<object, LcicCallFinder>();

/**
 * The finder for the file being linted, shared by all rules in that file. Keyed by the file's
 * SourceCode object, so nothing carries over from one file to the next.
 */
export function getLcicCallFinder(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): LcicCallFinder {
  const sourceCode = context.sourceCode;
  let finder = finders.get(sourceCode);
  if (!finder) {
    const services = sourceCode.parserServices;
    const program = services?.program ?? null;
    const nodeMap = services?.esTreeNodeToTSNodeMap;
    const types: TypeServices | undefined =
      program && nodeMap
        ? {
            program,
            getTypeAtLocation: (node) => program.getTypeChecker().getTypeAtLocation(nodeMap.get(node)),
            getContextualType: (node) => program.getTypeChecker().getContextualType(nodeMap.get(node) as ts.Expression),
          }
        : undefined;
    // The linted file as a module of the project: its imports are read with the parser it was read with.
    const source: SourceFile = moduleFromSourceCode(context) ?? (sourceCode);
    finder = new LcicCallFinder(source, readSettings(context.settings), types);
    finders.set(sourceCode, finder);
  }
  return finder;
}
