/**
 * What an expression is, as far as LCIC is concerned, worked out from the code alone: an SDK
 * module, the LCIC `Client` class or an instance of it, a `CommonClient` pointed at an lcic host,
 * an axios instance, or a constant string or object (hosts, action names, headers).
 *
 * It follows imports, `require`, constants, aliases, destructuring, `new`, and `this.x` fields set
 * in a class body or constructor. Anything it cannot follow (parameters, reassigned variables,
 * function results) is `undefined`: type information, where available, takes over from there.
 * Strings are known exactly or not at all: `` `Describe${kind}` `` is unknown, never "Describe".
 * Results are cached per node, and the depth is bounded; an answer cut short by the bound or by a
 * cycle is not cached, so what a node resolves to never depends on what was asked before it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { LcicEdition } from '../codes/types.js';
import { codeOfEnumMember } from './catalog-view.js';
import { argumentParameters, calleeName, fillsFieldItself, findVariable, type FunctionNode, isErrorClassName, isFunctionNode, isNewError, isNothing, keyName, memberRoot, parameterPropertyName, propertyName, returnedExpressions, rootOf, stringLiteralValue, thisAssignment, unwrap, walkTree } from './ast.js';
import type { LcicSettings } from './settings.js';
import { findDefinition, findExport, importTarget, loadModule, moduleOfNode, NAMESPACE, nodeSpecifier, parserForImportsOf, type ParsedModule } from './modules/index.js';
import { changeCount } from './modules/session.js';
import type { SourceFile } from './source-file.js';

/** Which Node.js SDK a value came from: the China site's or the international one. */
export type SdkFlavor = 'china' | 'international';

export type ResolvedValue =
  /** An SDK module or part of it; `path` is relative to the package root (`['lcic', 'v20220817']`). */
  | { readonly kind: 'sdk-namespace'; readonly sdk: SdkFlavor; readonly path: readonly string[] }
  | { readonly kind: 'common-namespace' }
  | { readonly kind: 'client-class'; readonly sdk: SdkFlavor }
  /** `endpoint`: the edition of the host its `profile.httpProfile.endpoint` names, when it names one. */
  | { readonly kind: 'client'; readonly sdk: SdkFlavor; readonly endpoint?: LcicEdition }
  /** `const { CreateRoom } = client`: a client method taken off its object. */
  | { readonly kind: 'client-method'; readonly sdk: SdkFlavor; readonly action: string; readonly endpoint?: LcicEdition; readonly promisified?: true }
  /** `intl`: the international SDK's own CommonClient, whose `request` answers only through a callback. */
  | { readonly kind: 'common-client-class'; readonly intl?: true }
  | { readonly kind: 'common-client'; readonly edition: LcicEdition; readonly intl?: true }
  /** A user class named in `settings.lcic.clients`, and its instances. */
  | { readonly kind: 'wrapper-class' }
  | { readonly kind: 'wrapper' }
  /**
   * The axios module or an instance from `axios.create`, with the instance's baseURL and the
   * response interceptors registered on it (`instance.interceptors.response.use(fn)`) where it is made.
   */
  | { readonly kind: 'axios'; readonly baseUrl: string | undefined; readonly interceptors?: readonly FunctionNode[] }
  /** The got module, or an instance from `got.extend({ prefixUrl })` with that prefix. */
  | { readonly kind: 'got'; readonly prefixUrl: string | undefined }
  /** ofetch's `ofetch` and `$fetch` (Nuxt's and Nitro's), whose promise holds the parsed body. */
  | { readonly kind: 'ofetch' }
  /** The `ofetch` package, which exports them. */
  | { readonly kind: 'ofetch-package' }
  /** A `fetch` of a package (`node-fetch`, `cross-fetch`, undici's), which answers as the global one does. */
  | { readonly kind: 'fetch' }
  /** A package that exports such a `fetch` by that name (`import { fetch } from 'undici'`); undici also exports `request`. */
  | { readonly kind: 'fetch-package'; readonly undici?: true }
  /** undici's `request(url, options)`, whose promise holds `{ statusCode, headers, body }`. */
  | { readonly kind: 'undici-request' }
  /** Node's `https` module, and its `request` (whose response arrives as a stream, in a callback). */
  | { readonly kind: 'node-https' }
  | { readonly kind: 'node-https-request' }
  /** An enum of the project (`enum RoomError { NotFound = 'ResourceNotFound.Room' }`): its members are its initializers. */
  | { readonly kind: 'enum'; readonly node: TSESTree.TSEnumDeclaration }
  /** `node:assert`'s `assert(value)` (or `.ok`, `.strict`): it throws when the value is falsy. */
  | { readonly kind: 'assert' }
  /**
   * `p-retry`: `pRetry(task, options)` runs the task until it succeeds, and rejects with its last
   * error; `options.onFailedAttempt` and `options.shouldRetry` are given each attempt's error.
   */
  | { readonly kind: 'retry-library'; readonly library: 'p-retry' | 'async-retry' | 'exponential-backoff' }
  /** exponential-backoff's module, whose `backOff` is such a retry. */
  | { readonly kind: 'backoff-package' }
  /**
   * What runs a task it is given and settles as the task does, later (a rate limiter, a queue):
   * p-limit's `limit(fn)` (`task-runner`), made by `pLimit(n)` (`task-runner-factory`); Bottleneck's
   * `limiter.schedule(fn)` and p-queue's `queue.add(fn)` on an instance (`task-scheduler`) of their class.
   */
  | { readonly kind: 'task-runner-factory' }
  | { readonly kind: 'task-runner' }
  | { readonly kind: 'task-scheduler-class'; readonly method: string }
  | { readonly kind: 'task-scheduler'; readonly method: string }
  /** `assert.ifError(value)`: it throws when the value is set. */
  | { readonly kind: 'assert-if-error' }
  /** `assert.equal(a, b)`, `assert.strictEqual(a, b)`: it throws when they differ. */
  | { readonly kind: 'assert-equal' }
  /** A string known exactly. */
  | { readonly kind: 'string'; readonly value: string }
  /** One of several strings known exactly (`kind === 'room' ? 'DescribeRoom' : 'DescribeUser'`). */
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression }
  /**
   * The object literal a project function returns (`createRoomsApi()`): its methods are known, but
   * not its other values, which may stand for the function's parameters (bound to nothing here).
   */
  | { readonly kind: 'made-object'; readonly node: TSESTree.ObjectExpression }
  /**
   * A value typed by an interface or object type of the project (`port: LcicPort`): nothing about
   * it is known but the types of its fields, so a field typed as the client is the client.
   */
  | { readonly kind: 'typed-shape'; readonly members: readonly TSESTree.TypeElement[] }
  /** Constant collections, for dispatches such as `RETRYABLE.has(err.code)`. */
  | { readonly kind: 'array' | 'set'; readonly elements: readonly TSESTree.Node[] }
  /** `values[i]` is what `keys[i]` maps to (undefined where the entry gives none). */
  | { readonly kind: 'map'; readonly keys: readonly TSESTree.Node[]; readonly values: readonly (TSESTree.Node | undefined)[] }
  /** The generated `LcicErrorCode` enum: its members resolve to code strings. */
  | { readonly kind: 'code-enum' }
  /** A module of the project, imported whole (`import * as api from './api'`): its exports are its members. */
  | { readonly kind: 'namespace'; readonly program: TSESTree.Program }
  /** A function, method or arrow of the project, for following calls into it. */
  | { readonly kind: 'function'; readonly node: FunctionNode }
  /** A class of the project, and an instance of it (`new Gateway()`, `this` in its methods). */
  | { readonly kind: 'class'; readonly node: ClassNode }
  /** `made`: the `new` that made the instance, when the code shows it (its arguments are what the constructor got). */
  | { readonly kind: 'instance'; readonly node: ClassNode; readonly made?: TSESTree.NewExpression }
  /**
   * An object a constructor function makes (`new RoomService(client)`, `function RoomService(client)
   * { this.client = client; }`): its fields are what the function assigns to `this`, its methods
   * the functions its module assigns to `RoomService.prototype.<name>`.
   */
  | { readonly kind: 'proto-instance'; readonly ctor: TSESTree.FunctionDeclaration; readonly made?: TSESTree.NewExpression };

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

const LCIC_CLIENT_PATH = ['lcic', 'v20220817', 'Client'];
const MAX_DEPTH = 16;
const LODASH_PACKAGES = /^(lodash|lodash-es|underscore)$/;
/** One function's own module: `lodash/get`, `lodash-es/get`, or the `lodash.get` package. */
const LODASH_SINGLE_FUNCTION = /^(?:lodash|lodash-es)\/(\w+)$|^lodash\.(\w+)$/;

const endsWith = (path: readonly string[], tail: readonly string[]) =>
  path.length >= tail.length && tail.every((part, i) => path[path.length - tail.length + i] === part);

/**
 * The value a module specifier stands for. The China SDK's root, its per-service package and
 * `.../services/lcic` all export `{ lcic }`; deeper paths export the levels below.
 */
export function moduleValue(written: string): ResolvedValue | undefined {
  const source = nodeSpecifier(written);
  if (/^tencentcloud-sdk-nodejs-common(\/|$)/.test(source) || /^tencentcloud-sdk-nodejs\/(tencentcloud|es)\/common(\/(index|common_client)(\.js)?)?$/.test(source)) {
    return { kind: 'common-namespace' };
  }
  if (source === 'axios') return { kind: 'axios', baseUrl: undefined };
  if (source === 'got') return { kind: 'got', prefixUrl: undefined };
  if (source === 'ofetch') return { kind: 'ofetch-package' };
  if (source === 'node-fetch' || source === 'cross-fetch') return { kind: 'fetch' };
  if (source === 'undici') return { kind: 'fetch-package', undici: true };
  // Meteor 3's `import { fetch } from 'meteor/fetch'`: the Fetch API.
  if (source === '@whatwg-node/fetch' || source === 'meteor/fetch') return { kind: 'fetch-package' };
  if (source === 'https' || source === 'node:https') return { kind: 'node-https' };
  if (/^(node:)?assert(\/strict)?$/.test(source)) return { kind: 'assert' };
  if (source === 'p-retry' || source === 'async-retry') return { kind: 'retry-library', library: source };
  if (source === 'exponential-backoff') return { kind: 'backoff-package' };
  if (source === 'p-limit') return { kind: 'task-runner-factory' };
  if (source === 'bottleneck') return { kind: 'task-scheduler-class', method: 'schedule' };
  if (source === 'p-queue') return { kind: 'task-scheduler-class', method: 'add' };
  const match = /^tencentcloud-sdk-nodejs(-lcic|-intl-en)?(?:\/(.*))?$/.exec(source);
  if (!match) return undefined;
  const sdk: SdkFlavor = match[1] === '-intl-en' ? 'international' : 'china';
  const sub = (match[2] ?? '').replace(/\/index(\.js)?$|\.js$/, '');
  const at = (path: string[]): ResolvedValue => ({ kind: 'sdk-namespace', sdk, path });
  if (sub === '' || sub === 'tencentcloud' || sub === 'es' || /(^|\/)services\/lcic$/.test(sub)) return at([]);
  if (/(^|\/)lcic\/v20220817\/lcic_client$/.test(sub)) {
    // The international package exports the class itself from this file.
    return sdk === 'international' ? { kind: 'client-class', sdk } : at(['lcic', 'v20220817']);
  }
  if (/(^|\/)lcic\/v20220817$/.test(sub) || /(^|\/)lcic$/.test(sub)) return at(['lcic']);
  return undefined;
}

function member(value: ResolvedValue | undefined, name: string, resolver: ValueResolver | undefined, depth: number): ResolvedValue | undefined {
  switch (value?.kind) {
    case 'sdk-namespace': {
      // `tencentcloud.common.CommonClient` of tencentcloud-sdk-nodejs-intl-en.
      if (value.sdk === 'international' && value.path.length === 1 && value.path[0] === 'common' && name === 'CommonClient') return { kind: 'common-client-class', intl: true };
      const path = [...value.path, name];
      return endsWith(path, LCIC_CLIENT_PATH) ? { kind: 'client-class', sdk: value.sdk } : { kind: 'sdk-namespace', sdk: value.sdk, path };
    }
    case 'common-namespace':
      return name === 'CommonClient' ? { kind: 'common-client-class' } : undefined;
    case 'fetch-package':
      if (name === 'request' && value.undici) return { kind: 'undici-request' };
      return name === 'fetch' ? { kind: 'fetch' } : undefined;
    case 'ofetch-package':
      return name === 'ofetch' || name === '$fetch' || name === 'default' ? { kind: 'ofetch' } : undefined;
    case 'node-https':
      if (name === 'default') return value;
      return name === 'request' ? { kind: 'node-https-request' } : undefined;
    case 'backoff-package':
      return name === 'backOff' ? { kind: 'retry-library', library: 'exponential-backoff' } : undefined;
    case 'task-runner-factory':
    case 'task-scheduler-class':
    case 'retry-library':
      // The default export, imported by `import x from` or `import { default as x }`.
      return name === 'default' ? value : undefined;
    case 'fetch':
      // `import fetch, { Headers } from 'node-fetch'`: its other exports are not the function.
      return name === 'default' ? value : undefined;
    case 'assert':
      // `assert.ok(x)`, `assert.strict(x)`, `import { ok } from 'node:assert'`: the same check.
      if (name === 'ifError') return { kind: 'assert-if-error' };
      if (name === 'equal' || name === 'strictEqual') return { kind: 'assert-equal' };
      return name === 'ok' || name === 'strict' ? value : undefined;
    case 'enum': {
      const member = value.node.body.members.find((candidate) => keyName(candidate.id, false) === name);
      return member?.initializer && resolver?.resolve(member.initializer, depth + 1);
    }
    case 'client':
      return /^[A-Z]/.test(name) ? { kind: 'client-method', sdk: value.sdk, action: name, ...(value.endpoint ? { endpoint: value.endpoint } : {}) } : undefined;
    case 'object': {
      const property = findProperty(value.node, name);
      return property && resolver?.resolve(property.value, depth + 1);
    }
    case 'typed-shape': {
      const field = value.members.find((element): element is TSESTree.TSPropertySignature => element.type === AST_NODE_TYPES.TSPropertySignature && keyName(element.key, element.computed) === name);
      return field?.typeAnnotation && resolver?.valueOfType(field.typeAnnotation.typeAnnotation, depth + 1);
    }
    case 'array': {
      // `CODES[0]` on a constant array.
      const element = /^(0|[1-9]\d*)$/.test(name) ? value.elements[Number(name)] : undefined;
      return element && resolver?.resolve(element, depth + 1);
    }
    case 'made-object': {
      const property = findProperty(value.node, name);
      // `open() {...}`, `close: (id) => ...`, or `{ open, close }` naming functions of the factory.
      const method = property && resolver?.functionOf(property.value);
      return method && { kind: 'function', node: method };
    }
    case 'code-enum': {
      const code = codeOfEnumMember(name);
      return code === undefined ? undefined : { kind: 'string', value: code };
    }
    case 'namespace': {
      const module = moduleOfNode(value.program);
      const definition = module && findExport(module, name);
      return definition && resolver?.resolveDefinition(definition.node, depth + 1);
    }
    case 'instance':
      // A method, or a field the class body initializes; else a field its constructor fills
      // (`const { client } = this` reads what `this.client` does).
      return resolver?.classMember(value.node, name, depth + 1, false) ?? resolver?.fieldOf(value.node, name, depth + 1);
    case 'class':
      // `Rooms.describe(id)`: a static method.
      return resolver?.classMember(value.node, name, depth + 1, true);
    case 'proto-instance':
      return resolver?.prototypeMember(value.ctor, name, depth + 1);
    default:
      return undefined;
  }
}

/**
 * The constructor function whose object `this` is in a function: the constructor itself (a
 * function declaration its module calls with `new`), or the function assigned to
 * `Ctor.prototype.<name>`. Arrows see the `this` of the function around them.
 */
export function prototypeOwner(thisNode: TSESTree.Node, resolver: ValueResolver): TSESTree.FunctionDeclaration | undefined {
  let fn: TSESTree.Node | undefined = thisNode.parent;
  while (fn && (!isFunctionNode(fn) || fn.type === AST_NODE_TYPES.ArrowFunctionExpression)) fn = fn.parent;
  if (!fn || !isFunctionNode(fn)) return undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id && !fn.async && !fn.generator ? fn : undefined;
  const assigned = fn.parent.type === AST_NODE_TYPES.AssignmentExpression && fn.parent.right === fn ? fn.parent.left : undefined;
  if (assigned?.type !== AST_NODE_TYPES.MemberExpression || assigned.object.type !== AST_NODE_TYPES.MemberExpression || propertyName(assigned.object) !== 'prototype') return undefined;
  const owner = resolver.functionOf(assigned.object.object);
  return owner?.type === AST_NODE_TYPES.FunctionDeclaration ? owner : undefined;
}

/** The class whose method (or field initializer) `node` is in, for `this`; arrows see their enclosing method's `this`. */
function enclosingClass(node: TSESTree.Node): ClassNode | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current.parent;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || (current.type === AST_NODE_TYPES.FunctionExpression && current.parent.type !== AST_NODE_TYPES.MethodDefinition)) return undefined;
  }
  return undefined;
}

/** The property `name` of an object literal (case-insensitive when asked, as HTTP headers are). */
export function findProperty(
  object: TSESTree.ObjectExpression,
  name: string,
  ignoreCase = false,
): TSESTree.Property | undefined {
  const wanted = ignoreCase ? name.toLowerCase() : name;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = keyName(property.key, property.computed);
    if (key !== undefined && (ignoreCase ? key.toLowerCase() : key) === wanted) return property;
  }
  return undefined;
}

/** The lcic host a URL or host string names, and so the edition; undefined for any other host. */
export function lcicHostEdition(text: string): LcicEdition | undefined {
  const match = /\blcic(\.intl)?\.tencentcloudapi\.com\b/.exec(text);
  if (!match) return undefined;
  return match[1] ? 'international' : 'china';
}

/** The static member chain of `a.b.c` as `['a', 'b', 'c']`, or undefined if any part is dynamic. */
function memberChain(node: TSESTree.Node): string[] | undefined {
  const inner = unwrap(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return [inner.name];
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = propertyName(inner);
  const head = memberChain(inner.object);
  return name !== undefined && head ? [...head, name] : undefined;
}

/**
 * What nodes of imported modules resolve to, per settings: shared by the resolvers of every linted
 * file, and started afresh when a module read before is found changed (what a node of one module
 * resolves to may depend on another).
 */
const sharedCaches = new WeakMap<LcicSettings, { changes: number; cache: WeakMap<TSESTree.Node, ResolvedValue | null> }>();

/** Utility types whose value has the methods of their first type argument (some of them). */
const NARROWING_TYPES: ReadonlySet<string> = new Set(['Pick', 'Omit', 'Partial', 'Readonly', 'Required', 'NonNullable']);

/** Packages of error classes (`@feathersjs/errors`, `restify-errors`, `http-errors`) and hapi's Boom. */
const ERROR_PACKAGE = /(^|[/-])errors$|^(@hapi\/)?boom$/;

/** Error classes of packages that are not packages of errors, named otherwise than errors are: Mercurius's `ErrorWithProps`. */
const ERROR_CLASSES_OF_PACKAGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['mercurius', new Set(['ErrorWithProps'])]]);

export class ValueResolver {
  private readonly cache = new WeakMap<TSESTree.Node, ResolvedValue | null>();
  private readonly shared: WeakMap<TSESTree.Node, ResolvedValue | null>;
  private readonly inProgress = new WeakSet<TSESTree.Node>();
  /** Set while computing when the depth bound or a cycle cut the answer short. */
  private truncated = false;

  constructor(
    private readonly sourceCode: SourceFile,
    private readonly settings: LcicSettings,
  ) {
    let shared = sharedCaches.get(settings);
    if (shared?.changes !== changeCount()) {
      shared = { changes: changeCount(), cache: new WeakMap() };
      sharedCaches.set(settings, shared);
    }
    this.shared = shared.cache;
  }

  /** What `node` evaluates to, or undefined when the code alone does not say. */
  resolve(node: TSESTree.Node, depth = 0): ResolvedValue | undefined {
    const cached = this.cache.get(node) ?? this.shared.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > MAX_DEPTH || this.inProgress.has(node)) {
      this.truncated = true;
      return undefined;
    }
    const outer = this.truncated;
    this.truncated = false;
    this.inProgress.add(node);
    const inner = unwrap(node);
    // `container.resolve('lcic') as LcicGateway`: what the code does not show, the asserted type says.
    const value = this.compute(inner, depth) ?? (inner === node ? undefined : this.assertedType(node, inner, depth));
    this.inProgress.delete(node);
    if (!this.wasCutShort()) (this.isForeign(node) ? this.shared : this.cache).set(node, value ?? null);
    this.truncated ||= outer;
    return value;
  }

  /** The value of the outermost `x as T` (or `<T>x`) between `node` and the expression it wraps. */
  private assertedType(node: TSESTree.Node, inner: TSESTree.Node, depth: number): ResolvedValue | undefined {
    for (let wrapper: TSESTree.Node = node; wrapper !== inner; ) {
      if (wrapper.type === AST_NODE_TYPES.TSAsExpression || wrapper.type === AST_NODE_TYPES.TSTypeAssertion) return this.valueOfType(wrapper.typeAnnotation, depth + 1);
      if (!('expression' in wrapper)) return undefined;
      wrapper = wrapper.expression as TSESTree.Node;
    }
    return undefined;
  }

  /**
   * `resolve<LcicGateway>('lcic')`: a generic function of the project that returns its type
   * parameter (a container's look-up) gives what its type argument says.
   */
  private typeArgumentResult(call: TSESTree.CallExpression, depth: number): ResolvedValue | undefined {
    const [typeArgument, ...others] = call.typeArguments?.params ?? [];
    if (!typeArgument || others.length > 0) return undefined;
    const fn = this.functionOf(call.callee);
    const returned = fn?.returnType?.typeAnnotation;
    const named = returned?.type === AST_NODE_TYPES.TSTypeReference && returned.typeName.type === AST_NODE_TYPES.Identifier ? returned.typeName.name : undefined;
    const generic = named !== undefined && fn?.typeParameters?.params.some((param) => param.name.name === named);
    return generic ? this.valueOfType(typeArgument, depth + 1) : undefined;
  }

  /** Whether the answer just computed was cut short (read through a method: `compute` sets the flag). */
  private wasCutShort(): boolean {
    return this.truncated;
  }

  /**
   * Whether `node` is in a module the linted file imports. What such a node resolves to does not
   * depend on the linted file, so it is kept for every file of the run (with the same settings).
   */
  private isForeign(node: TSESTree.Node): boolean {
    const module = moduleOfNode(node);
    return module !== undefined && module.ast !== this.sourceCode.ast;
  }

  /** The scope of `node`, from the module it belongs to (the linted file, or one it imports). */
  private scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope {
    return (moduleOfNode(node) ?? this.sourceCode).getScope(node);
  }

  /**
   * The npm package the name `node` starts with is imported or required from (`ZodError` from
   * 'zod', `Prisma` in `Prisma.PrismaClientKnownRequestError`), when it is a third party's: not a
   * file of the project (a relative path, a tsconfig alias that leads to one), and not a package
   * whose name says it may be Tencent Cloud's or the project's own LCIC code.
   */
  thirdPartyPackageOf(node: TSESTree.Node, depth = 0): string | undefined {
    const root = memberRoot(node);
    const module = moduleOfNode(root);
    if (root.type !== AST_NODE_TYPES.Identifier || !module) return undefined;
    const target = importTarget(module, root);
    // `const { ApplicationError } = errors;`, where `errors` is a package's namespace (`const { errors } = require('@strapi/utils')`).
    if (!target) {
      const from = depth < 3 ? this.destructuredFrom(root) : undefined;
      return from && this.thirdPartyPackageOf(from, depth + 1);
    }
    if (target.file !== undefined || !NPM_PACKAGE_NAME.test(target.specifier) || /lcic|tencent/i.test(target.specifier)) return undefined;
    return target.specifier;
  }

  /** What a name destructured from a name of the module reads from (`errors` for `const { ApplicationError } = errors`). */
  private destructuredFrom(name: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = findVariable(this.scopeOf(name), name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    const declarator = def?.node;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return undefined;
    const from = unwrap(declarator.init);
    return from.type === AST_NODE_TYPES.Identifier || from.type === AST_NODE_TYPES.MemberExpression ? from : undefined;
  }

  /**
   * The lodash (or underscore) function `node` names: `get` for `_.get`, for `get` imported from
   * 'lodash' or 'lodash-es', and for the default import of 'lodash/get' or 'lodash.get'. Services
   * that predate optional chaining read `_.get(err, 'code')` and drop failures with `.catch(_.noop)`.
   */
  lodashFunctionOf(node: TSESTree.Node): string | undefined {
    const inner = unwrap(node);
    const root = memberRoot(inner);
    const module = moduleOfNode(root);
    if (root.type !== AST_NODE_TYPES.Identifier || !module || !this.namesLodash(module)) return undefined;
    const target = importTarget(module, root);
    if (!target || target.file !== undefined) return undefined;
    const whole = LODASH_PACKAGES.test(target.specifier);
    const wholeModule = target.name === NAMESPACE || target.name === 'default';
    if (inner === root) {
      if (whole) return wholeModule ? undefined : target.name;
      const single = LODASH_SINGLE_FUNCTION.exec(target.specifier);
      return single && wholeModule ? (single[1] ?? single[2]) : undefined;
    }
    return whole && wholeModule && inner.type === AST_NODE_TYPES.MemberExpression && unwrap(inner.object) === root ? propertyName(inner) : undefined;
  }

  private readonly lodashModules = new WeakMap<SourceFile, boolean>();
  private readonly serverMethodsByModule = new WeakMap<SourceFile, ReadonlyMap<string, FunctionNode>>();

  /**
   * The hapi server methods a module registers, by name: `server.method('describeRoom', fn, options)`,
   * `server.method({ name, method, options })` or a list of those. (Walked only in a module whose text has `.method(`.)
   */
  private serverMethods(module: SourceFile): ReadonlyMap<string, FunctionNode> {
    let found = this.serverMethodsByModule.get(module);
    if (found) return found;
    const methods = new Map<string, FunctionNode>();
    const add = (nameNode: TSESTree.Node | undefined, fnNode: TSESTree.Node | undefined) => {
      const name = nameNode && stringLiteralValue(nameNode);
      const fn = fnNode && this.functionOf(fnNode);
      if (name !== undefined && fn) methods.set(name, fn);
    };
    const addConfig = (config: TSESTree.Node | undefined) => {
      if (config?.type === AST_NODE_TYPES.ObjectExpression) add(findProperty(config, 'name')?.value, findProperty(config, 'method')?.value);
    };
    if (module.text.includes('.method(')) {
      walkTree(module.ast, module.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(node.callee) !== 'method') return true;
        const [first, second] = node.arguments;
        if (first?.type === AST_NODE_TYPES.ArrayExpression) for (const element of first.elements) addConfig(element ?? undefined);
        else if (first?.type === AST_NODE_TYPES.ObjectExpression) addConfig(first);
        else add(first, second);
        return true;
      });
    }
    found = methods;
    this.serverMethodsByModule.set(module, found);
    return found;
  }

  /** Whether a module's text names lodash or underscore at all: most never do, and the look-up is for those. */
  namesLodash(module: SourceFile): boolean {
    let names = this.lodashModules.get(module);
    if (names === undefined) this.lodashModules.set(module, (names = /\b(lodash|underscore)\b/.test(module.text)));
    return names;
  }

  /**
   * Whether the collection a name holds is changed anywhere in its module (`MAP.set(...)`,
   * `CODES[0] = ...`, `CODES.splice(...)`): then what it holds when a handler runs is not what it
   * was made with.
   */
  isMutated(node: TSESTree.Node): boolean {
    const name = unwrap(node);
    if (name.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.scopeOf(name), name);
    return (variable?.references ?? []).some((reference) => {
      const member = reference.identifier.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
      const use = member.parent;
      if ((use.type === AST_NODE_TYPES.AssignmentExpression && use.left === member) || use.type === AST_NODE_TYPES.UpdateExpression) return true;
      return use.type === AST_NODE_TYPES.CallExpression && use.callee === member && MUTATORS.has(propertyName(member) ?? '');
    });
  }

  /** The declaration of a name declared once with `const`, `let` or `var` (a pattern's included), in any module. */
  declaratorOf(name: TSESTree.Identifier): TSESTree.VariableDeclarator | undefined {
    const variable = findVariable(this.scopeOf(name), name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    return def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node : undefined;
  }

  /** Whether `node` names a global (no declaration in the file), such as the built-in `fetch`. */
  isGlobal(node: TSESTree.Identifier): boolean {
    const variable = findVariable(this.scopeOf(node), node);
    return !variable || variable.defs.length === 0;
  }

  /** Whether the name `node` declares (a parameter, a catch parameter) is ever read. */
  isRead(node: TSESTree.Identifier): boolean {
    return findVariable(this.scopeOf(node), node)?.references.some((reference) => reference.isRead()) ?? false;
  }

  /** `self` in `var self = this;` (written once): `self.client` is a field of `this`. */
  isThisAlias(node: TSESTree.Identifier): boolean {
    const variable = findVariable(this.scopeOf(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id !== def.name || !variable) return false;
    return def.node.init?.type === AST_NODE_TYPES.ThisExpression && variable.references.filter((reference) => reference.isWrite()).length === 1;
  }

  /**
   * `const room = client.DescribeRoom(...)`: where `room` is read, when `init` is the whole value
   * a declaration stores in a name that nothing writes again; undefined for anything else, and for
   * an exported name (other modules read it).
   */
  readsOfStored(init: TSESTree.Node): TSESTree.Identifier[] | undefined {
    const declarator = init.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== init || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
    const id = declarator.id;
    const variable = findVariable(this.scopeOf(id), id);
    if (!variable || variable.references.some((reference) => reference.isWrite() && reference.identifier !== id)) return undefined;
    return variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Identifier);
  }

  /** Where the name a declaration binds (`function endOne`, `const onEvent = ...`) is read, in this file. */
  readsOfName(name: TSESTree.Identifier): TSESTree.Identifier[] {
    if (this.isForeign(name)) return [];
    const variable = findVariable(this.scopeOf(name), name);
    return (variable?.references ?? []).filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Identifier);
  }

  /** Whether `node` names a function of Remix or React Router (`json`, `redirect` imported from `@remix-run/node`, `react-router`). */
  isRouterFunction(node: TSESTree.Node): boolean {
    const library = this.thirdPartyPackageOf(node);
    return library !== undefined && (library.startsWith('@remix-run/') || library.startsWith('@react-router/') || library === 'react-router' || library === 'react-router-dom');
  }

  /** The calls a function makes of its parameter `param` (`fn(req, res)` in a wrapper given `fn`), in the module it is written in. */
  callsOfParameter(param: TSESTree.Identifier): TSESTree.CallExpression[] {
    const variable = findVariable(this.scopeOf(param), param);
    if (!variable || variable.references.some((reference) => reference.isWrite() && reference.identifier !== param)) return [];
    return variable.references.flatMap((reference) => {
      const read = reference.identifier;
      return reference.isRead() && read.parent.type === AST_NODE_TYPES.CallExpression && read.parent.callee === read ? [read.parent] : [];
    });
  }

  /**
   * The parameter `node` names, as declared: the identifier, or for a destructured one
   * (`({ lcic }) => ...`) the whole pattern, which carries the annotation.
   */
  parameterOf(node: TSESTree.Identifier): TSESTree.Parameter | undefined {
    const variable = findVariable(this.scopeOf(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if ((def?.type as string | undefined) !== 'Parameter' || !def || !isFunctionNode(def.node)) return undefined;
    return def.node.params.find((param) => param.range[0] <= def.name.range[0] && def.name.range[1] <= param.range[1]);
  }

  /** The string a node evaluates to, when it is known exactly. */
  resolveString(node: TSESTree.Node | undefined, depth = 0): string | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, depth);
    return value?.kind === 'string' ? value.value : undefined;
  }

  /** Every string a node may evaluate to, when each is known exactly: one, or the members of a union. */
  resolveStrings(node: TSESTree.Node | undefined, depth = 0): readonly string[] | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, depth);
    if (value?.kind === 'string') return [value.value];
    return value?.kind === 'strings' ? value.values : undefined;
  }

  /**
   * Whether `node` makes a new error: a class named as errors are (`new RoomError(...)`), or a class
   * of the project that extends one, however it is named itself (`new RoomNotFound(id)`, with
   * `class RoomNotFound extends DomainError` and `class DomainError extends Error`).
   */
  makesError(node: TSESTree.Node): boolean {
    if (isNewError(node)) return true;
    const value = unwrap(node);
    if (value.type !== AST_NODE_TYPES.NewExpression) return false;
    if (this.fromErrorPackage(value.callee)) return true;
    let made = this.resolve(value.callee);
    for (let depth = 0; made?.kind === 'class' && depth <= MAX_DEPTH; depth++) {
      const base = made.node.superClass;
      if (!base) return false;
      const name = base.type === AST_NODE_TYPES.Identifier ? base.name : base.type === AST_NODE_TYPES.MemberExpression ? propertyName(base) : undefined;
      if ((name !== undefined && isErrorClassName(name)) || this.fromErrorPackage(base)) return true;
      made = this.resolve(base);
    }
    return false;
  }

  /**
   * A class of a package of error classes (`NotFound` of '@feathersjs/errors', of 'restify-errors'),
   * whatever its name; or of such a package's namespace that another re-exports under a name of
   * errors (`HttpErrors.NotFound`, with `import { HttpErrors } from '@loopback/rest'`); or one of
   * ERROR_CLASSES_OF_PACKAGES.
   */
  private fromErrorPackage(node: TSESTree.Node): boolean {
    const library = this.thirdPartyPackageOf(node);
    if (library === undefined) return false;
    if (ERROR_PACKAGE.test(library)) return true;
    const inner = unwrap(node);
    const name = inner.type === AST_NODE_TYPES.Identifier ? inner.name : inner.type === AST_NODE_TYPES.MemberExpression ? propertyName(inner) : undefined;
    if (name !== undefined && ERROR_CLASSES_OF_PACKAGES.get(library)?.has(name)) return true;
    const root = memberRoot(inner);
    const module = moduleOfNode(root);
    const target = inner !== root && root.type === AST_NODE_TYPES.Identifier && module ? importTarget(module, root) : undefined;
    return target !== undefined && /Errors$/.test(target.name);
  }

  /**
   * The actions an action argument may name: its strings, or, for a look-up in a constant table
   * by a key the code does not know (`ACTIONS[kind]`, with `const ACTIONS = { end: 'EndRoom',
   * remove: 'DeleteRoom' }`), every value of the table. (Only for actions: a table of messages
   * looked up by a code is no list of codes.)
   */
  resolveActions(node: TSESTree.Node | undefined): readonly string[] | undefined {
    const known = this.resolveStrings(node);
    if (known || !node) return known;
    const inner = unwrap(node);
    if (inner.type !== AST_NODE_TYPES.MemberExpression || !inner.computed || this.isMutated(inner.object)) return undefined;
    const table = this.resolveObject(inner.object);
    const values = table?.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? this.resolveString(property.value) : undefined));
    if (!values || values.length === 0 || values.some((value) => value === undefined)) return undefined;
    return [...new Set(values as string[])];
  }

  /**
   * The parts of a string that are known, in order, with unknown parts left out: enough to see the
   * host in `` `https://lcic.tencentcloudapi.com/${path}` ``, never to be taken as the whole string.
   */
  knownFragments(node: TSESTree.Node | undefined, depth = 0): string[] {
    if (!node || depth > MAX_DEPTH) return [];
    const exact = this.resolveString(node, depth);
    if (exact !== undefined) return [exact];
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
      return inner.quasis.flatMap((quasi, i) => {
        const expression = inner.expressions[i];
        return [quasi.value.cooked ?? '', ...(expression ? this.knownFragments(expression, depth + 1) : [])];
      });
    }
    if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') {
      return [...this.knownFragments(inner.left, depth + 1), ...this.knownFragments(inner.right, depth + 1)];
    }
    // `process.env.LCIC_ENDPOINT ?? 'https://lcic.tencentcloudapi.com'`: the default says where the calls go.
    if (inner.type === AST_NODE_TYPES.LogicalExpression && (inner.operator === '??' || inner.operator === '||')) {
      return [...this.knownFragments(inner.left, depth + 1), ...this.knownFragments(inner.right, depth + 1)];
    }
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const init = this.constantInit(inner);
      return init ? this.knownFragments(init, depth + 1) : [];
    }
    // `config.endpoint`, of an object literal here or in another module, whose value is only partly known.
    if (inner.type === AST_NODE_TYPES.MemberExpression) {
      const name = propertyName(inner);
      const object = name === undefined ? undefined : this.resolveObject(inner.object, depth + 1);
      return name !== undefined && object ? this.knownFragments(findProperty(object, name)?.value, depth + 1) : [];
    }
    return [];
  }

  /**
   * The function `node` names: an inline function, a function declaration, or a `const` bound to a
   * function expression, in this file. Undefined for anything else.
   */
  functionOf(node: TSESTree.Node | undefined): FunctionNode | undefined {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const inner = unwrap(node);
    if (isFunctionNode(inner)) return inner;
    if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const value = this.resolve(inner);
    return value?.kind === 'function' ? value.node : undefined;
  }

  /**
   * What a definition found in another module stands for: `node` is what the modules layer
   * returns (an initializer, a declaration, a module's Program, or a package's import).
   */
  resolveDefinition(node: TSESTree.Node, depth: number): ResolvedValue | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.ImportSpecifier:
      case AST_NODE_TYPES.ImportDefaultSpecifier:
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
      case AST_NODE_TYPES.ExportSpecifier:
        return packageImport(node);
      // `export enum RoomError { ... }` in another module.
      case AST_NODE_TYPES.TSEnumDeclaration:
        return { kind: 'enum', node };
      default:
        return this.resolve(node, depth);
    }
  }

  /** A method or field of a project class: of its instances, or (`isStatic`) of the class itself. */
  classMember(classNode: ClassNode, name: string, depth: number, isStatic: boolean): ResolvedValue | undefined {
    let declared = false;
    for (const element of classNode.body.body) {
      if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
      if (element.static !== isStatic || fieldName(element.key) !== name) continue;
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'method' && element.value.type === AST_NODE_TYPES.FunctionExpression) {
        return { kind: 'function', node: element.value };
      }
      // `get sdk() { return this.client; }`: reading it is reading what its one `return` gives.
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'get' && element.value.type === AST_NODE_TYPES.FunctionExpression && depth <= MAX_DEPTH) {
        const returned = returnedExpressions(element.value, moduleOfNode(element)?.visitorKeys);
        return returned.length === 1 && returned[0] ? this.resolve(returned[0], depth + 1) : undefined;
      }
      if (element.type === AST_NODE_TYPES.PropertyDefinition && element.value) return this.resolve(element.value, depth);
      declared = true;
    }
    // Not declared here (a field without a value, an accessor, an overload signature is): inherited
    // from the class it extends (`class ClassroomJobs extends RoomService {}`).
    const base = !declared && classNode.superClass && depth <= MAX_DEPTH ? this.resolve(classNode.superClass, depth + 1) : undefined;
    return base?.kind === 'class' ? this.classMember(base.node, name, depth + 1, isStatic) : undefined;
  }

  /**
   * The constructor that runs for `new C(...)`: C's own, or, when C declares none, the one of the
   * class it extends (which then gets the arguments as they are), in any module.
   */
  effectiveConstructor(classNode: ClassNode, depth = 0): TSESTree.MethodDefinition | undefined {
    const own = classNode.body.body.find((element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor');
    if (own || !classNode.superClass || depth > MAX_DEPTH) return own;
    const base = this.resolve(classNode.superClass, depth + 1);
    return base?.kind === 'class' ? this.effectiveConstructor(base.node, depth + 1) : undefined;
  }

  /** Whether a name is bound once, by a `const` (by its name or in a destructuring pattern). */
  isConstBinding(node: TSESTree.Identifier): boolean {
    const variable = findVariable(this.scopeOf(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    return def?.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const';
  }

  /** What a name declared once, with a value, and never written again, holds: its initializer. */
  /** Where a name written once is declared (`lcic` in `const { lcic } = this.app`), when it is a `const` or `let` written there only. */
  declaredName(node: TSESTree.Identifier): TSESTree.Identifier | undefined {
    const variable = findVariable(this.scopeOf(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.name.type !== AST_NODE_TYPES.Identifier) return undefined;
    return variable.references.filter((reference) => reference.isWrite()).length === 1 ? def.name : undefined;
  }

  constantInit(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = findVariable(this.scopeOf(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id !== def.name || !def.node.init) return undefined;
    return variable.references.filter((reference) => reference.isWrite()).length === 1 ? def.node.init : undefined;
  }

  /** The object literal a node evaluates to. */
  resolveObject(node: TSESTree.Node | undefined, depth = 0): TSESTree.ObjectExpression | undefined {
    if (!node) return undefined;
    const value = this.resolve(node, depth);
    return value?.kind === 'object' ? value.node : undefined;
  }

  private compute(node: TSESTree.Node, depth: number): ResolvedValue | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? { kind: 'string', value: node.value } : undefined;
      case AST_NODE_TYPES.TemplateLiteral: {
        const text = this.templateText(node, depth);
        return text === undefined ? undefined : { kind: 'string', value: text };
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (node.operator !== '+') return undefined;
        const left = this.resolveString(node.left, depth + 1);
        const right = left === undefined ? undefined : this.resolveString(node.right, depth + 1);
        return left === undefined || right === undefined ? undefined : { kind: 'string', value: left + right };
      }
      case AST_NODE_TYPES.LogicalExpression: {
        // `globalForLcic.lcic ?? new Client(...)` (Next.js keeps a singleton on globalThis across reloads),
        // `cache.lcic || (cache.lcic = makeClient())`: the instance the right side makes, unless the left holds another kind.
        if (node.operator === '&&') return undefined;
        const made = this.resolve(node.right, depth + 1);
        if (!made || !INSTANCE_KINDS.has(made.kind)) return undefined;
        const kept = this.resolve(node.left, depth + 1);
        return !kept || kept.kind === made.kind ? made : undefined;
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        // `enabled ? new Client(...) : null`: a client, or nothing at all (whose calls never run).
        if (isNothing(node.alternate) || isNothing(node.consequent)) {
          const made = this.resolve(isNothing(node.alternate) ? node.consequent : node.alternate, depth + 1);
          if (made && INSTANCE_KINDS.has(made.kind)) return made;
        }
        const consequent = this.resolveStrings(node.consequent, depth + 1);
        const alternate = consequent && this.resolveStrings(node.alternate, depth + 1);
        if (!consequent || !alternate) return undefined;
        const values = [...new Set([...consequent, ...alternate])];
        return values.length === 1 ? { kind: 'string', value: values[0] as string } : { kind: 'strings', values };
      }
      case AST_NODE_TYPES.ObjectExpression:
        return { kind: 'object', node };
      case AST_NODE_TYPES.ArrayExpression:
        return { kind: 'array', elements: node.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== AST_NODE_TYPES.SpreadElement) };
      case AST_NODE_TYPES.Identifier:
        return this.resolveIdentifier(node, depth);
      case AST_NODE_TYPES.AssignmentExpression:
        // `return (cached ??= new Client(...))`: the value assigned, as far as anything here can tell.
        return node.operator === '=' || node.operator === '??=' || node.operator === '||=' ? this.resolve(node.right, depth + 1) : undefined;
      case AST_NODE_TYPES.MemberExpression:
        return this.resolveMember(node, depth);
      case AST_NODE_TYPES.NewExpression:
        return this.collection(node, depth) ?? this.construct(this.resolve(node.callee, depth + 1), node, depth);
      case AST_NODE_TYPES.CallExpression:
        return this.resolveCall(node, depth);
      case AST_NODE_TYPES.AwaitExpression: {
        // `await import('tencentcloud-sdk-nodejs')`
        if (node.argument.type === AST_NODE_TYPES.ImportExpression) return this.resolve(node.argument, depth + 1);
        const awaited = unwrap(node.argument);
        return awaited.type === AST_NODE_TYPES.CallExpression ? this.awaitedCall(awaited, depth) : undefined;
      }
      case AST_NODE_TYPES.ImportExpression: {
        const source = stringLiteralValue(node.source);
        return source === undefined ? undefined : moduleValue(source);
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
        return { kind: 'function', node };
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        return node.id && this.settings.clients.includes(node.id.name) ? { kind: 'wrapper-class' } : { kind: 'class', node };
      case AST_NODE_TYPES.ThisExpression: {
        const classNode = enclosingClass(node);
        if (classNode) return { kind: 'instance', node: classNode };
        const ctor = prototypeOwner(node, this);
        return ctor && { kind: 'proto-instance', ctor };
      }
      case AST_NODE_TYPES.Program:
        return { kind: 'namespace', program: node };
      // `lcic.v20220817.Client` in a type: the same chain as in a value.
      case AST_NODE_TYPES.TSQualifiedName:
        return member(this.resolve(node.left, depth + 1), node.right.name, this, depth);
      default:
        return undefined;
    }
  }

  /** The template's text when every expression in it is a known string; otherwise undefined. */
  private templateText(node: TSESTree.TemplateLiteral, depth: number): string | undefined {
    let text = '';
    for (const [i, quasi] of node.quasis.entries()) {
      text += quasi.value.cooked ?? '';
      const expression = node.expressions[i];
      if (!expression) continue;
      const part = this.resolveString(expression, depth + 1);
      if (part === undefined) return undefined;
      text += part;
    }
    return text;
  }

  /** `new Set([...])` and `new Map([[k, v], ...])` with the built-in Set and Map. */
  private collection(node: TSESTree.NewExpression, depth: number): ResolvedValue | undefined {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || (callee.name !== 'Set' && callee.name !== 'Map') || !this.isGlobal(callee)) return undefined;
    const items = node.arguments[0] ? this.resolve(node.arguments[0], depth + 1) : undefined;
    if (items?.kind !== 'array') return undefined;
    if (callee.name === 'Set') return { kind: 'set', elements: items.elements };
    const pairs = items.elements.flatMap((entry) => {
      const pair = unwrap(entry);
      const [key, value] = pair.type === AST_NODE_TYPES.ArrayExpression ? pair.elements : [];
      return key && key.type !== AST_NODE_TYPES.SpreadElement ? [{ key, value: value?.type === AST_NODE_TYPES.SpreadElement ? undefined : (value ?? undefined) }] : [];
    });
    return { kind: 'map', keys: pairs.map((pair) => pair.key), values: pairs.map((pair) => pair.value) };
  }

  private resolveCall(node: TSESTree.CallExpression, depth: number): ResolvedValue | undefined {
    const callee = unwrap(node.callee);
    // Object.freeze(x) is x.
    if (callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'freeze' && node.arguments[0]) {
      const object = unwrap(callee.object);
      if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object') return this.resolve(node.arguments[0], depth + 1);
    }
    // `util.promisify(client.EndRoom.bind(client))`, `client.EndRoom.bind(client)`: still the client's method.
    const name = calleeName(node);
    const wrapped = name === 'promisify' ? node.arguments[0] : name === 'bind' && callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
    if (wrapped) {
      const method = this.resolve(wrapped, depth + 1);
      // Promisified, even the international SDK's method (which takes a callback and returns nothing) returns a promise.
      if (method?.kind === 'client-method') return name === 'promisify' ? { ...method, promisified: true } : method;
    }
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require' && node.arguments.length === 1) {
      const source = stringLiteralValue(node.arguments[0]);
      if (source === undefined) return undefined;
      return moduleValue(source) ?? this.projectModule(node, depth);
    }
    // `CODE_BY_NAME.get('notFound')` on a constant Map: the value stored under that key.
    if (callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'get' && node.arguments.length === 1) {
      const map = this.resolve(callee.object, depth + 1);
      // Asked only of a constant Map's name: most `.get(...)` calls are on caches and headers.
      const key = map?.kind === 'map' && node.arguments[0] && !this.isMutated(callee.object) ? this.resolveString(node.arguments[0], depth + 1) : undefined;
      if (map?.kind === 'map' && key !== undefined) {
        const index = map.keys.findIndex((candidate) => this.resolveString(candidate, depth + 1) === key);
        const value = index < 0 ? undefined : map.values[index];
        return value && this.resolve(value, depth + 1);
      }
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'create') {
      const target = this.resolve(callee.object, depth + 1);
      if (target?.kind === 'axios') {
        const config = this.resolveObject(node.arguments[0], depth + 1);
        const baseUrl = config && this.knownFragments(findProperty(config, 'baseURL')?.value, depth + 1).join('\n');
        return { kind: 'axios', baseUrl: baseUrl || undefined, interceptors: this.responseInterceptors(node) };
      }
    }
    // `got.extend({ prefixUrl: 'https://lcic.tencentcloudapi.com' })`: an instance of got sending there.
    if (callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'extend') {
      const target = this.resolve(callee.object, depth + 1);
      if (target?.kind === 'got') {
        const options = this.resolveObject(node.arguments[0], depth + 1);
        const prefixUrl = options && this.knownFragments(findProperty(options, 'prefixUrl')?.value, depth + 1).join('\n');
        return { kind: 'got', prefixUrl: prefixUrl || target.prefixUrl };
      }
    }
    // `const limit = pLimit(4)`: p-limit's runner.
    if (callee.type === AST_NODE_TYPES.Identifier && this.resolve(callee, depth + 1)?.kind === 'task-runner-factory') return { kind: 'task-runner' };
    return this.factoryResult(callee, depth) ?? (node.typeArguments ? this.typeArgumentResult(node, depth) : this.lookedUpInstance(node, depth));
  }

  /**
   * `container.get(RoomService)`, `container.resolve(RoomService)`, `container.make(RoomService)`
   * (tsyringe, typedi, Nest's `app.get`, AdonisJS's and Laravel-style containers, a service locator
   * of the project): a look-up given a class of the project gives an instance of it, however the
   * container made it (awaited or not: AdonisJS's `make` answers with a promise of it).
   */
  private lookedUpInstance(call: TSESTree.CallExpression, depth: number): ResolvedValue | undefined {
    const callee = unwrap(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
    const [token, ...others] = call.arguments;
    if ((method !== 'get' && method !== 'resolve' && method !== 'make') || token?.type !== AST_NODE_TYPES.Identifier || others.length > 0) return undefined;
    const named = this.resolve(token, depth + 1);
    if (named?.kind === 'client-class') return { kind: 'client', sdk: named.sdk };
    if (named?.kind === 'wrapper-class') return { kind: 'wrapper' };
    return named?.kind === 'class' ? { kind: 'instance', node: named.node } : undefined;
  }

  /**
   * The functions `const api = axios.create(...)` gets as response interceptors:
   * `api.interceptors.response.use(fn)`, wherever `api` is in scope. Interceptors added on another
   * module's import of it, or on an instance stored in a field, are not looked for.
   */
  private responseInterceptors(created: TSESTree.CallExpression): FunctionNode[] {
    const declarator = created.parent;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== created || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = findVariable(this.scopeOf(declarator.id), declarator.id);
    const found: FunctionNode[] = [];
    for (const reference of variable?.references ?? []) {
      const registration = interceptorRegistration(reference.identifier);
      const fn = registration && this.functionOf(registration.arguments[0]);
      if (fn) found.push(fn);
    }
    return found;
  }

  /**
   * `createLcicClient(config)`: a project function (not async) whose every `return` gives a
   * client, or the same project object, is that client or object. Other functions give nothing.
   */
  private factoryResult(callee: TSESTree.Node, depth: number, awaited = false): ResolvedValue | undefined {
    if ((callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) || depth > MAX_DEPTH) return undefined;
    const fn = this.resolve(callee, depth + 1);
    return fn?.kind === 'function' ? this.madeBy(fn.node, depth, awaited) : undefined;
  }

  /**
   * What `await call` gives, when the call makes or finds an instance: a container's look-up
   * (`await app.container.make(RoomService)`), or an async factory of the project (`await
   * getClient()`, whose every `return` gives the same kind of client or object).
   */
  private awaitedCall(call: TSESTree.CallExpression, depth: number): ResolvedValue | undefined {
    return this.lookedUpInstance(call, depth) ?? this.factoryResult(unwrap(call.callee), depth, true);
  }

  /** What a factory function makes: the client or object every one of its `return`s gives (`awaited`: an async one's, as `await` gives it). */
  private madeBy(fn: FunctionNode, depth: number, awaited = false): ResolvedValue | undefined {
    if ((fn.async && !awaited) || fn.generator) return undefined;
    const returned = returnedExpressions(fn, moduleOfNode(fn)?.visitorKeys);
    const values = returned.map((expression) => this.resolve(expression, depth + 1));
    const [first] = values;
    // `return { open: (name) => client.CreateRoom(...) }`: the one object literal it returns, whose methods callers use.
    if (first?.kind === 'object' && values.length === 1) return { kind: 'made-object', node: first.node };
    // `const limit = makeLimiter(3)`, where `makeLimiter` returns `async (task) => { ... return await task(); }`:
    // the one function it returns, which callers then call (a runner of tasks, a bound helper).
    if (first?.kind === 'function' && values.length === 1) return first;
    if (!first || !INSTANCE_KINDS.has(first.kind)) return undefined;
    return values.every((value) => value?.kind === first.kind) ? first : undefined;
  }

  /** What `require('./client')` gives: the module's `module.exports`, or its namespace. */
  private projectModule(call: TSESTree.CallExpression, depth: number): ResolvedValue | undefined {
    const module = moduleOfNode(call);
    const target = module && importTarget(module, call);
    const imported = target?.file === undefined ? undefined : loadModule(target.file, parserForImportsOf(module as ParsedModule));
    const definition = imported && findExport(imported, NAMESPACE);
    return definition && this.resolveDefinition(definition.node, depth + 1);
  }

  private resolveMember(node: TSESTree.MemberExpression, depth: number): ResolvedValue | undefined {
    // `CODES[0]`: a numeric index names an element as `'0'` would (of an array nothing changes).
    const index = node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'number' && !this.isMutated(node.object) ? String(node.property.value) : undefined;
    const name = propertyName(node) ?? index;
    if (name === undefined) return undefined;
    if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.resolveThisField(node, name, depth) ?? member(this.resolve(node.object, depth + 1), name, this, depth);
    const value = member(this.resolve(node.object, depth + 1), name, this, depth);
    if (value) return value;
    // `request.server.methods.describeRoom`: a hapi server method this module registers.
    const object = unwrap(node.object);
    if (object.type === AST_NODE_TYPES.MemberExpression && propertyName(object) === 'methods') {
      const module = moduleOfNode(node);
      const method = module && this.serverMethods(module).get(name);
      if (method) return { kind: 'function', node: method };
    }
    // `whatever.lcic.v20220817.Client`: the chain names the class whatever its root is. The root may
    // only have been out of this resolution's depth (an alias, promisified, several steps away):
    // looked up afresh, it says which SDK it is.
    const chain = memberChain(node);
    if (!chain || !endsWith(chain, LCIC_CLIENT_PATH)) return undefined;
    let root: TSESTree.Node = node;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    const base = depth > 0 ? this.resolve(root, 0) : undefined;
    return { kind: 'client-class', sdk: base?.kind === 'sdk-namespace' ? base.sdk : 'china' };
  }

  private construct(callee: ResolvedValue | undefined, made: TSESTree.NewExpression, depth: number): ResolvedValue | undefined {
    const args = made.arguments;
    switch (callee?.kind) {
      case 'client-class': {
        // `profile: { httpProfile: { endpoint: 'lcic.intl.tencentcloudapi.com' } }`: the China SDK sent to the international host.
        const config = this.resolveObject(args[0], depth + 1);
        const profile = this.resolveObject(config && findProperty(config, 'profile')?.value, depth + 1);
        const http = this.resolveObject(profile && findProperty(profile, 'httpProfile')?.value, depth + 1);
        const endpoint = http && this.knownFragments(findProperty(http, 'endpoint')?.value, depth + 1).map(lcicHostEdition).find(Boolean);
        return endpoint ? { kind: 'client', sdk: callee.sdk, endpoint } : { kind: 'client', sdk: callee.sdk };
      }
      case 'common-client-class': {
        const edition = this.knownFragments(args[0], depth + 1).map(lcicHostEdition).find(Boolean);
        if (!edition) return undefined;
        return callee.intl ? { kind: 'common-client', edition, intl: true } : { kind: 'common-client', edition };
      }
      case 'wrapper-class':
        return { kind: 'wrapper' };
      case 'task-scheduler-class':
        return { kind: 'task-scheduler', method: callee.method };
      case 'class':
        return { kind: 'instance', node: callee.node, made };
      case 'function':
        return callee.node.type === AST_NODE_TYPES.FunctionDeclaration && callee.node.id && !callee.node.async && !callee.node.generator ? { kind: 'proto-instance', ctor: callee.node, made } : undefined;
      default:
        return undefined;
    }
  }

  /**
   * Member `name` of what constructor function `ctor` makes: a method its module assigns to
   * `Ctor.prototype.name`, or a field the function assigns to `this.name`.
   */
  prototypeMember(ctor: TSESTree.FunctionDeclaration, name: string, depth: number): ResolvedValue | undefined {
    if (depth > MAX_DEPTH || !ctor.id) return undefined;
    const program = rootOf(ctor);
    for (const statement of program.type === AST_NODE_TYPES.Program ? program.body : []) {
      const assignment = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left.type !== AST_NODE_TYPES.MemberExpression || propertyName(assignment.left) !== name) continue;
      const prototype = assignment.left.object;
      if (prototype.type !== AST_NODE_TYPES.MemberExpression || propertyName(prototype) !== 'prototype' || prototype.object.type !== AST_NODE_TYPES.Identifier || prototype.object.name !== ctor.id.name) continue;
      const method = this.functionOf(assignment.right);
      if (method) return { kind: 'function', node: method };
    }
    for (const statement of ctor.body.body) {
      const assigned = thisAssignment(statement, name);
      if (assigned) return this.resolve(assigned, depth + 1);
    }
    return undefined;
  }

  private resolveIdentifier(node: TSESTree.Identifier, depth: number): ResolvedValue | undefined {
    const variable = findVariable(this.scopeOf(node), node);
    if (!variable) return undefined; // a global: only `fetch` and friends matter, and callers check names
    // `const LcicClient = ...Client; type LcicClient = InstanceType<typeof LcicClient>;`: a value's name is its value's, not the type's.
    const defs = variable.defs.length > 1 ? variable.defs.filter((candidate) => (candidate.type as string) !== 'Type') : variable.defs;
    const def = defs.length === 1 ? defs[0] : undefined;
    if (!def) return undefined;
    // Compared as strings: the enum lives in @typescript-eslint/scope-manager, not worth loading for three names.
    switch (def.type as string) {
      case 'ImportBinding': {
        if (this.settings.clients.includes(node.name)) return { kind: 'wrapper-class' };
        // `import tc = require('tencentcloud-sdk-nodejs')`: the module's namespace, as `import * as tc` gives.
        const required = def.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration && def.node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference ? stringLiteralValue(def.node.moduleReference.expression) : undefined;
        if (required !== undefined && moduleValue(required)) return moduleValue(required);
        const declaration = def.parent as TSESTree.ImportDeclaration | null;
        if (declaration?.source && moduleValue(declaration.source.value)) return packageImport(def.node);
        // Anything else may be a module of the project (relative, or a tsconfig `paths` alias): followed to where the name is defined.
        // Every use of the name resolves through its declaration, so the other module is looked up once per import.
        if (node !== def.name) return this.resolve(def.name, depth + 1);
        const module = moduleOfNode(node);
        const definition = module && findDefinition(module, def.name);
        return definition && definition.node !== def.name ? this.resolveDefinition(definition.node, depth + 1) : packageImport(def.node);
      }
      case 'FunctionName':
        return isFunctionNode(def.node) ? { kind: 'function', node: def.node } : undefined;
      case 'TSEnumName':
        return def.node.type === AST_NODE_TYPES.TSEnumDeclaration ? { kind: 'enum', node: def.node } : undefined;
      case 'ClassName':
        return this.settings.clients.includes(node.name) ? { kind: 'wrapper-class' } : this.resolve(def.node, depth + 1);
      case 'Parameter':
        return this.typedParameter(def.name as TSESTree.Identifier, depth) ?? this.parameterDefault(def.name, depth) ?? this.constructorArgument(def.name, depth);
      case 'Variable': {
        // Only a variable written exactly once has a value we can trust. A lazily made client may also be
        // cleared (`cached = undefined` to reset it in tests): writes of nothing do not count against it.
        const writes = variable.references.filter((reference) => reference.isWrite());
        const plain = def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name;
        const values = plain ? writes.filter((reference) => !reference.writeExpr || !isNothing(reference.writeExpr)) : writes;
        if (values.length !== 1 || !values[0]?.writeExpr) return undefined;
        if (def.node.type !== AST_NODE_TYPES.VariableDeclarator || def.name.type !== AST_NODE_TYPES.Identifier) return undefined;
        const root = this.resolve(values[0].writeExpr, depth + 1);
        // `const lcic: LcicGateway = container.resolve('lcic')`: what the code does not show, the declared type says.
        const annotation = plain && root === undefined ? def.name.typeAnnotation?.typeAnnotation : undefined;
        if (annotation) return this.valueOfType(annotation, depth + 1);
        return this.destructure(root, def.node.id, def.name, depth);
      }
      default:
        return undefined;
    }
  }

  /** Follows a destructuring pattern from its root down to `target` (`const { lcic: { v20220817 } } = sdk`). */
  private destructure(
    root: ResolvedValue | undefined,
    pattern: TSESTree.Node,
    target: TSESTree.Identifier,
    depth: number,
  ): ResolvedValue | undefined {
    const path: string[] = [];
    for (let node: TSESTree.Node = target; node !== pattern; ) {
      const parent: TSESTree.Node = node.parent;
      if (parent.type === AST_NODE_TYPES.Property) {
        const key = keyName(parent.key, parent.computed);
        if (key === undefined) return undefined;
        path.unshift(key);
      } else if (parent.type !== AST_NODE_TYPES.ObjectPattern && parent.type !== AST_NODE_TYPES.AssignmentPattern) {
        return undefined; // arrays and rest elements do not name a property
      }
      node = parent;
    }
    return path.reduce<ResolvedValue | undefined>((value, key) => member(value, key, this, depth), root);
  }

  /**
   * A parameter declared with the SDK client's type (`client: Client`,
   * `InstanceType<typeof lcic.v20220817.Client>`) is a client, even without type information.
   */
  private typedParameter(name: TSESTree.Identifier, depth: number): ResolvedValue | undefined {
    const annotation = name.typeAnnotation?.typeAnnotation;
    if (annotation) return this.valueOfType(annotation, depth + 1);
    // `{ repo }: Context`, a resolver's destructured context: the pattern's type, followed down to the name.
    const param = this.parameterOf(name);
    const pattern = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    const type = pattern?.type === AST_NODE_TYPES.ObjectPattern ? pattern.typeAnnotation?.typeAnnotation : undefined;
    return type && pattern ? this.destructure(this.valueOfType(type, depth + 1), pattern, name, depth) : undefined;
  }

  /**
   * A parameter's default value (`client = lcic`), for a parameter the code alone says nothing
   * else about: injected dependencies are declared this way, and callers rarely pass another.
   */
  private parameterDefault(name: TSESTree.Node, depth: number): ResolvedValue | undefined {
    const pattern = name.parent;
    return pattern?.type === AST_NODE_TYPES.AssignmentPattern && pattern.left === name ? this.resolve(pattern.right, depth + 1) : undefined;
  }

  /**
   * An untyped constructor parameter (`constructor(client) { this.client = client; }`): what the
   * class is given where its module runs its constructor (`new RoomService(new lcic.v20220817.Client(...))`,
   * or a subclass's `super(client)`), when every one of them passes the same kind of object.
   * Instances made in other modules are not looked for.
   */
  private constructorArgument(name: TSESTree.Node, depth: number): ResolvedValue | undefined {
    // `constructor(private client: any)`: the parameter is the property around the name.
    const param = name.parent?.type === AST_NODE_TYPES.TSParameterProperty ? name.parent : name;
    const fn = param.parent;
    const method = fn?.parent;
    // `function RoomService(client) { this.client = client; }`, called with `new` in its module.
    if (fn?.type === AST_NODE_TYPES.FunctionDeclaration && name.type === AST_NODE_TYPES.Identifier) {
      // TypeScript's `function RoomService(this: Rooms, client)`: `this` is declared, never passed.
      return this.sameArgument(this.madeWith(fn), argumentParameters(fn).indexOf(name), depth);
    }
    if (name.type !== AST_NODE_TYPES.Identifier || fn?.type !== AST_NODE_TYPES.FunctionExpression || method?.type !== AST_NODE_TYPES.MethodDefinition || method.kind !== 'constructor') return undefined;
    return this.sameArgument(this.constructorRunsHere(method.parent.parent), fn.params.indexOf(param as TSESTree.Parameter), depth);
  }

  /** The `new F(...)` expressions of a constructor function's own module. */
  madeWith(fn: TSESTree.FunctionDeclaration): TSESTree.NewExpression[] {
    const variable = fn.id ? findVariable(this.scopeOf(fn), fn.id) : undefined;
    return (variable?.references ?? []).flatMap((reference) => {
      const made = reference.identifier.parent;
      return made.type === AST_NODE_TYPES.NewExpression && made.callee === reference.identifier ? [made] : [];
    });
  }

  /** What every one of `runs` gives at position `index`, when they all give the same kind of object. */
  private sameArgument(runs: readonly (TSESTree.NewExpression | TSESTree.CallExpression)[], index: number, depth: number): ResolvedValue | undefined {
    if (index < 0 || depth > MAX_DEPTH) return undefined;
    const given = runs.flatMap((run) => {
      const argument = run.arguments[index];
      return argument ? [this.resolve(argument, depth + 1)] : [];
    });
    const [first] = given;
    if (!first || !INSTANCE_KINDS.has(first.kind)) return undefined;
    return given.every((value) => value?.kind === first.kind) ? first : undefined;
  }

  /**
   * Where a class declaration's own module runs its constructor, with the arguments it gets:
   * `new C(...)`, and for a subclass declared there, the `super(...)` of the subclass's constructor,
   * or, when it has none of its own, each `new Sub(...)` (which hands its arguments on as they are).
   */
  constructorRunsHere(classNode: TSESTree.Node, depth = 0): (TSESTree.NewExpression | TSESTree.CallExpression)[] {
    if (classNode.type !== AST_NODE_TYPES.ClassDeclaration || !classNode.id || depth > MAX_DEPTH) return [];
    // The class's name where it is declared: its own scope has an inner binding seen only inside it.
    const classScope = this.scopeOf(classNode);
    const variable = findVariable(classScope.block === classNode ? classScope.upper : classScope, classNode.id);
    return (variable?.references ?? []).flatMap((reference) => {
      const user = reference.identifier.parent;
      if (user.type === AST_NODE_TYPES.NewExpression && user.callee === reference.identifier) return [user];
      if (user.type !== AST_NODE_TYPES.ClassDeclaration || user.superClass !== reference.identifier) return [];
      const own = user.body.body.find((element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor');
      return own ? superCalls(own.value) : this.constructorRunsHere(user, depth + 1);
    });
  }

  /** What a value of type `type` is known to be: the SDK client, a configured wrapper, an instance of a project class, or a typed shape. */
  valueOfType(type: TSESTree.TypeNode, depth: number): ResolvedValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (type.type === AST_NODE_TYPES.TSTypeLiteral) return { kind: 'typed-shape', members: type.members };
    // `client: LcicClient | undefined`: an optional client is still the client where it is there.
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      const present = type.types.filter((member) => member.type !== AST_NODE_TYPES.TSUndefinedKeyword && member.type !== AST_NODE_TYPES.TSNullKeyword);
      return present.length === 1 && present[0] ? this.valueOfType(present[0], depth + 1) : undefined;
    }
    // `client: typeof lcic`, often through `type LcicClient = typeof lcic`: the type of the value
    // itself, so a client, wrapper or instance typed that way is that value.
    if (type.type === AST_NODE_TYPES.TSTypeQuery) {
      const value = type.exprName.type === AST_NODE_TYPES.TSImportType ? undefined : this.resolve(type.exprName, depth + 1);
      return value && INSTANCE_KINDS.has(value.kind) ? value : undefined;
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const typeName = type.typeName;
    const argument = type.typeArguments?.params[0];
    let named: ResolvedValue | undefined;
    if (typeName.type === AST_NODE_TYPES.Identifier && typeName.name === 'InstanceType' && argument?.type === AST_NODE_TYPES.TSTypeQuery) {
      named = this.resolve(argument.exprName, depth + 1);
    } else if (typeName.type === AST_NODE_TYPES.Identifier && NARROWING_TYPES.has(typeName.name) && argument) {
      // `Pick<LcicClient, 'EndRoom'>`, `Readonly<LcicClient>`: the client's own methods, fewer of them.
      return this.valueOfType(argument, depth + 1);
    } else if (typeName.type === AST_NODE_TYPES.Identifier && typeName.name === 'ReturnType' && argument?.type === AST_NODE_TYPES.TSTypeQuery) {
      // `ReturnType<typeof createLcicClient>`: what the factory makes.
      const factory = argument.exprName.type === AST_NODE_TYPES.TSImportType ? undefined : this.resolve(argument.exprName, depth + 1);
      return factory?.kind === 'function' ? this.madeBy(factory.node, depth + 1) : undefined;
    } else {
      // `type Client = InstanceType<typeof lcic.v20220817.Client>`: an alias (here or imported) is its definition.
      const alias = typeName.type === AST_NODE_TYPES.Identifier ? this.typeAlias(typeName) : undefined;
      if (alias) return this.valueOfType(alias.typeAnnotation, depth + 1);
      // `port: LcicPort`, an interface of the project: its fields' types say what they hold.
      const shape = typeName.type === AST_NODE_TYPES.Identifier ? this.interfaceOf(typeName) : undefined;
      if (shape) return { kind: 'typed-shape', members: shape.body.body };
      named = this.resolve(typeName, depth + 1);
    }
    if (named?.kind === 'client-class') return { kind: 'client', sdk: named.sdk };
    if (named?.kind === 'wrapper-class') return { kind: 'wrapper' };
    return named?.kind === 'class' ? { kind: 'instance', node: named.node } : undefined;
  }

  /** The interface a type name refers to, in this module or (through an import) in another. */
  private interfaceOf(name: TSESTree.Identifier): TSESTree.TSInterfaceDeclaration | undefined {
    const declared = findVariable(this.scopeOf(name), name)?.defs.find((def) => def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration)?.node;
    if (declared?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return declared;
    const module = moduleOfNode(name);
    const definition = module && findDefinition(module, name)?.node;
    const found = definition?.type === AST_NODE_TYPES.TSInterfaceDeclaration ? definition : definition?.parent;
    return found?.type === AST_NODE_TYPES.TSInterfaceDeclaration ? found : undefined;
  }

  /** The type alias a type name refers to, in this module or (through an import) in another. */
  private typeAlias(name: TSESTree.Identifier): TSESTree.TSTypeAliasDeclaration | undefined {
    const declared = findVariable(this.scopeOf(name), name)?.defs[0]?.node;
    if (declared?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return declared;
    const module = moduleOfNode(name);
    const definition = module && findDefinition(module, name)?.node;
    const alias = definition?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? definition : definition?.parent;
    return alias?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? alias : undefined;
  }

  /** Field `name` of an instance of `classNode`, as its methods read it with `this.name`. */
  fieldOf(classNode: ClassNode, name: string, depth: number): ResolvedValue | undefined {
    return this.classField(classNode.body, name, depth);
  }

  /** `this.client`: the value given to that field in the class body or assigned in the constructor. */
  private resolveThisField(node: TSESTree.MemberExpression, name: string, depth: number): ResolvedValue | undefined {
    let classBody: TSESTree.ClassBody | undefined;
    for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
      if (current.type === AST_NODE_TYPES.ClassBody) {
        classBody = current;
        break;
      }
    }
    return classBody && this.classField(classBody, name, depth);
  }

  /**
   * Whether a class (or a base class it extends) sets field `name` itself: an initializer
   * (`private client = makeHttp()`), or a constructor assignment of something else than one of the
   * constructor's parameters. Such a field is not given by whoever makes the class.
   */
  setsFieldItself(classNode: ClassNode, name: string, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    for (const element of classNode.body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && fieldName(element.key) === name && element.value) return true;
      const constructor = element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor' ? element.value : undefined;
      if (constructor?.type === AST_NODE_TYPES.FunctionExpression && fillsFieldItself(constructor, name)) return true;
    }
    const base = classNode.superClass ? this.resolve(classNode.superClass, depth + 1) : undefined;
    return base?.kind === 'class' && this.setsFieldItself(base.node, name, depth + 1);
  }

  /**
   * What field `name` of a class holds: set in its body (an initializer, the constructor, a
   * parameter property, else its declared type), or, when the class does not declare it, in the
   * base class it extends (`class RosterService extends LcicBacked`, whose `client` field is the
   * client), within this resolution's depth.
   */
  private classField(classBody: TSESTree.ClassBody, name: string, depth: number): ResolvedValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const declared = classBody.body.some(
      (element) =>
        (element.type === AST_NODE_TYPES.PropertyDefinition && fieldName(element.key) === name) ||
        (element.type === AST_NODE_TYPES.MethodDefinition &&
          element.kind === 'constructor' &&
          (element.value.body?.body.some((statement) => thisAssignment(statement, name) !== undefined) === true ||
            element.value.params.some((param) => param.type === AST_NODE_TYPES.TSParameterProperty && parameterPropertyName(param) === name))),
    );
    if (!declared) {
      const superClass = classBody.parent.superClass;
      const base = superClass ? this.resolve(superClass, depth + 1) : undefined;
      return base?.kind === 'class' ? this.classField(base.node.body, name, depth + 1) : undefined;
    }
    // `private client: LcicClient;` set somewhere the code does not show: its type says what it holds.
    let annotation: TSESTree.TypeNode | undefined;
    for (const element of classBody.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && fieldName(element.key) === name) {
        const value = element.value ? this.resolve(element.value, depth + 1) : undefined;
        if (value) return value;
        // `private readonly lcic: LcicGateway = container.resolve('lcic')`: the declared type, when the value says nothing.
        annotation = element.typeAnnotation?.typeAnnotation;
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
        for (const statement of element.value.body?.body ?? []) {
          const assigned = thisAssignment(statement, name);
          const value = assigned && this.resolve(assigned, depth + 1);
          if (value) return value;
        }
        // `constructor(private readonly client: Client)` or `(private client = lcic)`: a parameter property.
        for (const param of element.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const declared = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
          // A parameter property is always a plain name (TypeScript allows no pattern there).
          if (declared.name === name) return this.resolve(declared, depth + 1);
        }
      }
    }
    return annotation && this.valueOfType(annotation, depth + 1);
  }
}

/** `api.interceptors.response.use(...)`, when `api` is the identifier the chain starts from. */
/** The `super(...)` statements of a constructor's own body. */
function superCalls(constructor: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): TSESTree.CallExpression[] {
  return (constructor.body?.body ?? []).flatMap((statement) => {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
    return expression?.type === AST_NODE_TYPES.CallExpression && expression.callee.type === AST_NODE_TYPES.Super ? [expression] : [];
  });
}

function interceptorRegistration(api: TSESTree.Node): TSESTree.CallExpression | undefined {
  let node: TSESTree.Node = api;
  for (const name of ['interceptors', 'response', 'use']) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node || propertyName(parent) !== name) return undefined;
    node = parent;
  }
  const call = node.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === node ? call : undefined;
}

/**
 * A specifier that names an npm package (`zod`, `@prisma/client`, `node:fs`), not a tsconfig alias
 * (`@/lib/errors`, `~/errors`) or a subpath import (`#errors`).
 */
const NPM_PACKAGE_NAME = /^(node:|(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/|$))/;

/** Methods that change an array, a Map or a Set in place. */
const MUTATORS: ReadonlySet<string> = new Set(['set', 'delete', 'clear', 'add', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** What a value typed `typeof x` may stand for: an object calls are made on, never a class or a function. */
const INSTANCE_KINDS: ReadonlySet<ResolvedValue['kind']> = new Set(['client', 'common-client', 'wrapper', 'instance', 'proto-instance', 'axios']);

/** A binding imported from a package (`import { lcic } from 'tencentcloud-sdk-nodejs'`, `export { x } from '...'`). */
function packageImport(node: TSESTree.Node): ResolvedValue | undefined {
  const declaration = node.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration && declaration?.type !== AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
  const source = declaration.source?.value;
  const module = source === undefined ? undefined : moduleValue(source);
  if (node.type === AST_NODE_TYPES.ImportSpecifier || node.type === AST_NODE_TYPES.ExportSpecifier) {
    const nameNode = node.type === AST_NODE_TYPES.ImportSpecifier ? node.imported : node.local;
    const imported = nameNode.type === AST_NODE_TYPES.Identifier ? nameNode.name : nameNode.value;
    // The generated enum, from this package or a re-export of it: matched by its name.
    if (imported === 'LcicErrorCode') return { kind: 'code-enum' };
    return member(module, imported, undefined, 0);
  }
  return module;
}

function fieldName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return keyName(key, false);
}

