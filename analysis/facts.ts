/**
 * Everything the rules ask about one file, computed once and shared by all of them: the file's
 * LCIC calls, the handlers that receive their failures (grouped: one catch may serve several
 * calls), and, on first request, the flow of each handler and of each raw call's body.
 *
 * Rules are queries over these facts. A flow that cannot be followed (too large, or a shape the
 * analysis trips on) gives no answer, so the rules say nothing about it rather than guess; tests
 * set LCIC_ANALYSIS_STRICT=1 so that a trip there fails loudly instead.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { argumentParameters, enclosingFunction, type FunctionNode, isFunctionNode, keyName, propertyName, rootOf, walkTree } from './ast.js';
import { actionCodes, codeOfEnumMember, commonCodes, isKnownCode } from './catalog-view.js';
import { chainRetryPredicates, findErrorHandlers, handedToWrapper, handlerReference, rethrowDroppedBy, rethrowTarget, type ErrorHandler } from './error-handlers.js';
import { failuresCarryCodes, getLcicCallFinder, returnsRawBody, type LcicCall, type LcicCallFinder } from './find-lcic-calls.js';
import { FailureFlow, type FailureHandlerInput } from './flow/failure-flow.js';
import { followHttpsBody } from './flow/https-body.js';
import { RawBodyFlow } from './flow/raw-flow.js';
import { awaited } from './flow/symbols.js';
import { FlowTooLarge } from './flow/walker.js';
import { moduleOfNode } from './modules/index.js';
import { NO_CODE, Worlds } from './flow/worlds.js';
import type { SourceFile } from './source-file.js';
import { findProperty, type ValueResolver } from './resolve-value.js';
import { answeringCallback, rawStart, type ErrorPredicate } from './summaries.js';

/** A call of a helper that handles its LCIC call's failures itself, with the action it is given. */
export interface ActionHelperCall {
  readonly node: TSESTree.CallExpression;
  /** Where the action is written at this call. */
  readonly argument: TSESTree.Node;
  readonly actions: readonly string[];
  readonly edition: LcicCall['edition'];
}

/** A string literal that could be an action name (`'DescribeRoom'`, or a misspelling of one). */
const isActionLike = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && /^[A-Z][A-Za-z0-9]{2,}$/.test(node.value);

/** A handler and the calls whose failures it receives. */
export interface HandlerGroup {
  readonly handler: ErrorHandler;
  readonly calls: readonly LcicCall[];
  /**
   * For a handler written in another module, the name here that hands it over
   * (`.catch(onRoomError)`, `withRetry(task, retryable)`): where what is wrong in it is reported.
   */
  readonly reference?: TSESTree.Node;
}

export { failuresCarryCodes } from './find-lcic-calls.js';

/**
 * The options of a retry library's `retry(task, options)` that are given each attempt's error:
 * p-retry's (its context, from p-retry 7 on), async-retry's `onRetry(err, attempt)`,
 * exponential-backoff's `retry(err, attemptNumber)`.
 */
const LIBRARY_PREDICATES: Readonly<Record<'p-retry' | 'async-retry' | 'exponential-backoff', readonly ErrorPredicate[]>> = {
  'p-retry': [
    { index: 1, property: 'onFailedAttempt' },
    { index: 1, property: 'shouldRetry' },
  ],
  'async-retry': [{ index: 1, property: 'onRetry' }],
  'exponential-backoff': [{ index: 1, property: 'retry' }],
};

const enumMember = /LcicErrorCode\.(\w+)/g;
const quoted = /(['"`])([A-Z][A-Za-z.]*)\1/g;

/** The catalog codes a piece of code names: in quotes, or as `LcicErrorCode` members. */
function namedCodes(text: string): string[] {
  const found: string[] = [];
  for (const [, , word] of text.matchAll(quoted)) if (word && isKnownCode(word)) found.push(word);
  for (const [, member] of text.matchAll(enumMember)) {
    const code = member && codeOfEnumMember(member);
    if (code) found.push(code);
  }
  return found;
}

/**
 * Whether a p-retry option reads the error as a field of what it is given: `({ error }) => ...`
 * or `(context) => context.error.code` (p-retry 7's attempt context), not `(error) => error.code`.
 */
function readsErrorField(fn: FunctionNode, param: TSESTree.Parameter): boolean {
  if (param.type === AST_NODE_TYPES.ObjectPattern) return param.properties.some((property) => property.type === AST_NODE_TYPES.Property && keyName(property.key, property.computed) === 'error');
  if (param.type !== AST_NODE_TYPES.Identifier) return false;
  let reads = false;
  // By name, in the function's own text (it may be another module's): a shadowing inner name is rare enough in a one-line option.
  walkTree(fn.body, moduleOfNode(fn)?.visitorKeys, (node) => {
    if (reads) return false;
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier && node.object.name === param.name && propertyName(node) === 'error') reads = true;
    return !reads;
  });
  return reads;
}

const strict = (): boolean => typeof process !== 'undefined' && process.env.LCIC_ANALYSIS_STRICT === '1';

/** Runs `follow`; a flow too large or a shape the analysis trips on gives undefined (or, in tests, throws). */
function safely<T>(follow: () => T): T | undefined {
  try {
    return follow();
  } catch (error) {
    if (error instanceof FlowTooLarge || !strict()) return undefined;
    throw error;
  }
}

export class FileFacts {
  private readonly callList: LcicCall[] = [];
  private groupList: HandlerGroup[] | undefined;
  private predicateList: HandlerGroup[] | undefined;
  private readonly failureFlows = new Map<TSESTree.Node, FailureFlow | undefined>();
  private readonly failureFlowsWithCommon = new Map<TSESTree.Node, FailureFlow | undefined>();
  private readonly rawFlows = new Map<TSESTree.Node, RawBodyFlow | undefined>();
  private readonly maybeActionHelpers: TSESTree.CallExpression[] = [];
  private actionHelperList: ActionHelperCall[] | undefined;

  constructor(
    readonly source: SourceFile,
    readonly finder: LcicCallFinder,
  ) {}

  /** Every LCIC call of the file seen so far, in source order (all of them once ESLint has walked the file). */
  get calls(): readonly LcicCall[] {
    return this.callList;
  }

  /**
   * Takes in one call expression of the file, as ESLint's walk reaches it: one rule's listener
   * brings them (see onFileFacts), so the file is walked once, by ESLint, whatever the number of rules.
   */
  see(node: TSESTree.CallExpression): void {
    this.groupList = undefined;
    const call = safely(() => this.finder.classify(node) ?? this.finder.guessByName(node));
    if (call) this.callList.push(call);
    else if (node.arguments.some(isActionLike)) this.maybeActionHelpers.push(node);
  }

  /**
   * Calls of functions that pass one of their arguments on as an LCIC action but handle the
   * call's failures themselves (so they are no LCIC call here): the action each is given, for
   * valid-action. Only calls given a string that looks like an action name are looked into.
   */
  get actionHelperCalls(): readonly ActionHelperCall[] {
    if (this.actionHelperList) return this.actionHelperList;
    this.actionHelperList = this.maybeActionHelpers.flatMap((node) => {
      const found = safely(() => {
        const fn = this.finder.resolver.functionOf(node.callee);
        const param = fn && this.finder.summaries.actionParameter(fn);
        const argument = param && node.arguments[param.index];
        const actions = argument && this.finder.resolver.resolveActions(argument);
        return param && argument && actions ? { node, argument, actions, edition: param.edition } : undefined;
      });
      return found ? [found] : [];
    });
    return this.actionHelperList;
  }

  /** Walks the whole file itself, for use outside a lint run (the `calls` command). */
  seeAll(): this {
    walkTree(this.source.ast, this.source.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) this.see(node);
    });
    return this;
  }

  /** The handlers of the file's calls, in source order of the handlers, each with its calls. */
  get groups(): readonly HandlerGroup[] {
    if (this.groupList) return this.groupList;
    const groups = new Map<TSESTree.Node, { handler: ErrorHandler; calls: LcicCall[]; reference?: TSESTree.Node }>();
    for (const call of this.calls) {
      let handlers = findErrorHandlers(call, this.finder.resolver);
      // A function handed to a wrapper (`withErrors(async (req, res) => ...)`, `withRetry(() => call)`)
      // fails into the handlers around the wrapper's calls of it.
      const wrapped = handlers.length === 0 && !call.callback ? handedToWrapper(call.node, this.finder.resolver) : undefined;
      if (wrapped) {
        handlers = wrapped.handlers;
        this.wrapperCallees.set(call.node, wrapped.wrapper.callee);
      }
      for (const handler of handlers) {
        const group = groups.get(handler.node) ?? { handler, calls: [], ...this.referenceTo(handler.node, () => this.referenceOf(call, handler)) };
        group.calls.push(call);
        groups.set(handler.node, group);
      }
    }
    this.groupList = [...groups.values()].sort((a, b) => a.handler.node.range[0] - b.handler.node.range[0]);
    return this.groupList;
  }

  /**
   * Functions given to a wrapper beside its task that the wrapper calls with the task's error
   * (`withRetry(() => client.EndRoom(...), (err) => err.code === '...')`), and RxJS's
   * `retry({ delay })` on the call's Observable, each as a handler of the call: it reads the error
   * as one does. Only its comparisons are asked about (no-unknown-error-code): what it returns
   * decides a retry, not what becomes of the failure.
   */
  get predicateGroups(): readonly HandlerGroup[] {
    if (this.predicateList) return this.predicateList;
    const groups: HandlerGroup[] = [];
    for (const call of this.calls) {
      if (!failuresCarryCodes(call)) continue;
      const { predicates, pRetry } = this.wrapperPredicates(call);
      for (const value of [...predicates, ...chainRetryPredicates(call.node, this.finder.resolver)]) {
        const fn = this.finder.resolver.functionOf(value);
        const param = fn && argumentParameters(fn)[0];
        if (!fn || !param) continue;
        // p-retry 7 gives its options `{ error, attemptNumber, retriesLeft }`, p-retry 6 the error itself: told apart by how the function reads it.
        const errorField = pRetry && readsErrorField(fn, param) ? { errorField: 'error' } : {};
        groups.push({ handler: { kind: 'catch-method', node: fn, param, body: fn.body, ...errorField }, calls: [call], ...this.referenceTo(fn, () => value) });
      }
    }
    this.predicateList = groups;
    return groups;
  }

  /** What a helper call gives its wrapper (or p-retry) to call with the task's error. */
  private wrapperPredicates(call: LcicCall): { predicates: TSESTree.Node[]; pRetry: boolean } {
    if (call.kind !== 'helper') return { predicates: [], pRetry: false };
    const wrapper = this.finder.resolver.functionOf(call.node.callee);
    const library = wrapper ? undefined : this.finder.resolver.resolve(call.node.callee);
    const pRetry = library?.kind === 'retry-library' && library.library === 'p-retry';
    const predicates = wrapper ? this.finder.summaries.errorPredicates(wrapper) : library?.kind === 'retry-library' ? LIBRARY_PREDICATES[library.library] : [];
    const values = predicates.flatMap(({ index, property }) => {
      const given = call.node.arguments[index];
      const value = property === undefined ? given : given?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(given, property)?.value : undefined;
      return value ? [value] : [];
    });
    return { predicates: values, pRetry };
  }

  /** The callee of the wrapper a call's failure is handed to (`withErrors` in `withErrors(async (req, res) => ...)`), by call. */
  private readonly wrapperCallees = new Map<TSESTree.Node, TSESTree.Node>();

  /**
   * Where this file hands `call`'s failure to `handler`, written in another module: the name in the
   * call's chain (`noop` in `.catch(noop)`), or the wrapper the call's function is given to.
   */
  referenceOf(call: LcicCall, handler: ErrorHandler): TSESTree.Node | undefined {
    return this.wrapperCallees.get(call.node) ?? handlerReference(call.node, handler, this.finder.resolver);
  }

  /** The callee of the wrapper whose handlers receive `call`'s failure (`withErrors`), once the groups are made. */
  wrapperOf(call: LcicCall): TSESTree.Node | undefined {
    return this.wrapperCallees.get(call.node);
  }

  /** `{ reference }` for a handler of another module, found by `find`; nothing for one of this file. */
  private referenceTo(handler: TSESTree.Node, find: () => TSESTree.Node | undefined): { reference?: TSESTree.Node } {
    if (rootOf(handler) === this.source.ast) return {};
    const reference = find();
    return reference ? { reference } : {};
  }

  /**
   * How the group's handler treats each way its calls can fail; undefined when it cannot be
   * followed. Followed for the codes of the calls' actions and the codes the handler names;
   * `withCommonCodes` adds a world for every common code too (the strict check wants them all).
   */
  failureFlow(group: HandlerGroup, { withCommonCodes = false } = {}): FailureFlow | undefined {
    const { handler } = group;
    const flows = withCommonCodes ? this.failureFlowsWithCommon : this.failureFlows;
    if (flows.has(handler.node)) return flows.get(handler.node);
    const flow = this.followFailures(group, undefined, withCommonCodes);
    flows.set(handler.node, flow);
    return flow;
  }

  /** The same, as if `codes` had their own rethrowing branch at `at` (see FailureHandlerInput). */
  failureFlowWithAddedCases(group: HandlerGroup, added: NonNullable<FailureHandlerInput['withAddedCases']>, withCommonCodes: boolean): FailureFlow | undefined {
    return this.followFailures(group, added, withCommonCodes);
  }

  private followFailures(group: HandlerGroup, withAddedCases: FailureHandlerInput['withAddedCases'], withCommonCodes: boolean): FailureFlow | undefined {
    const { handler } = group;
    return safely(() => {
      const worlds = this.worldsOf(group, withCommonCodes);
      // The flow a summary already followed (a helper's own `.catch`), when it was followed with the same input.
      if (!withAddedCases && handler.kind !== 'callback' && handler.errorField === undefined) return this.finder.summaries.handlerFlow(handler, worlds, this.source);
      const callback = handler.kind === 'callback' && isFunctionNode(handler.node) ? handler.node : undefined;
      return new FailureFlow(worlds, this.source, this.finder.resolver, this.finder.settings, {
        body: handler.body,
        fn: isFunctionNode(handler.node) ? handler.node : undefined,
        errorParam: handler.param,
        ...(handler.errorField === undefined ? {} : { errorField: handler.errorField }),
        responseParam: callback && argumentParameters(callback)[1],
        returnsToCaller: handler.kind !== 'callback',
        withAddedCases,
      }).run();
    });
  }

  /**
   * The worlds a group's handler is followed in: the codes of its calls' actions (all the common
   * ones too, if asked) and the codes the handler names. Codes nobody lists or names behave alike,
   * as the one world "another code": no need for one each.
   */
  private worldsOf(group: HandlerGroup, withCommonCodes: boolean): Worlds {
    const carried = group.calls.filter(failuresCarryCodes);
    if (carried.length === 0) return Worlds.of([], NO_CODE);
    const listed = listedWorlds(carried, withCommonCodes);
    const { node } = group.handler;
    const named = namedCodes(this.source.text.slice(node.range[0], node.range[1])).filter((code) => listed.worlds.indexOf(code) === undefined);
    return named.length === 0 ? listed.worlds : Worlds.of([...new Set([...listed.codes, ...named])].sort(), NO_CODE);
  }

  /**
   * `request(action, params, (err) => ...)` of a helper that hands the body to its callback
   * second: a callback that takes no parameter for it never looks at Response.Error, so a failed
   * call (HTTP 200, `Response.Error` in the body) goes on as a success.
   */
  callbackTakesNoBody(call: LcicCall): boolean {
    const { callback } = call;
    if (!callback || !returnsRawBody(call) || !call.summary?.body) return false;
    return callback.params.length < 2 && callback.params.every((param) => param.type !== AST_NODE_TYPES.RestElement);
  }

  /** How the body of a raw call is read; undefined for other calls, or when it cannot be followed. */
  rawFlow(call: LcicCall): RawBodyFlow | undefined {
    if (!returnsRawBody(call)) return undefined;
    if (this.rawFlows.has(call.node)) return this.rawFlows.get(call.node);
    const flow = safely(() => {
      // `request(action, params, (err, body) => ...)` of a helper that answers through a callback: the body arrives there.
      const { callback } = call;
      if (callback) {
        const [absentParam, param] = callback.params;
        const body = call.summary?.body;
        if (!param || !body) return undefined;
        return new RawBodyFlow(this.source, this.finder.resolver, { call: undefined, param, absentParam, start: awaited(body) ?? body, scope: callback.body, fn: callback }).run();
      }
      const fn = enclosingFunction(call.node);
      // In a helper that answers through a callback, `cb(null, body)` hands the body on, as a return would.
      const answersThrough = answeringCallback(fn, this.source);
      if (call.http === 'node-https') return followHttpsBody(call.node, this.finder.resolver, this.source, answersThrough);
      return new RawBodyFlow(this.source, this.finder.resolver, { call: call.node, start: rawStart(call), scope: fn ? fn.body : this.source.ast, fn, answersThrough }).run();
    });
    this.rawFlows.set(call.node, flow);
    return flow;
  }
}

/** The sorted codes of the calls' actions, with their worlds, made once per combination of actions in a run. */
const worldsByActions = new Map<string, { codes: readonly string[]; worlds: Worlds }>();
function listedWorlds(calls: readonly LcicCall[], withCommonCodes: boolean): { codes: readonly string[]; worlds: Worlds } {
  const key = `${String(withCommonCodes)} ${calls.map((call) => `${call.edition}:${call.actions.join(',')}`).join(' ')}`;
  let listed = worldsByActions.get(key);
  if (!listed) {
    const codes = [...new Set([...calls.flatMap((call) => call.actions.flatMap((action) => actionCodes(action, call.edition))), ...(withCommonCodes ? commonCodes : [])])].sort();
    listed = { codes, worlds: Worlds.of(codes, NO_CODE) };
    if (worldsByActions.size > 1000) worldsByActions.clear();
    worldsByActions.set(key, listed);
  }
  return listed;
}

const cache = new WeakMap<object, FileFacts>();

/**
 * The listener every rule uses: `query(facts)` runs at the end of the file, when every call has
 * been seen. The first rule made for the file hands ESLint's call expressions to the facts; the
 * others need not, as all of them listen to the same walk of the file and their queries run when
 * it is over. (Seven listeners per call expression would cost more than the rest of the look.)
 */
export function onFileFacts(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  query: (facts: FileFacts) => void,
): TSESLint.RuleListener {
  const fedByAnother = cache.has(context.sourceCode);
  const facts = getFileFacts(context);
  const exit = {
    'Program:exit'() {
      query(facts);
    },
  };
  if (fedByAnother) return exit;
  return {
    ...exit,
    CallExpression(node) {
      facts.see(node);
    },
  };
}

/** The facts of the file being linted, computed on the first request and shared by every rule. */
export function getFileFacts(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileFacts {
  const sourceCode = context.sourceCode;
  let facts = cache.get(sourceCode);
  if (!facts) {
    const finder = getLcicCallFinder(context);
    facts = new FileFacts(finder.source, finder);
    cache.set(sourceCode, facts);
  }
  return facts;
}

/**
 * Whether a throw in the group's handler would reach no handler: the callback of an international
 * SDK call, which that SDK calls from inside a promise it keeps no hold of; or a handler whose
 * throw leaves a callback whose promise is dropped (`socket.on('x', async () => ...)`).
 */
export function throwsNowhere(group: HandlerGroup, resolver: ValueResolver): boolean {
  if (group.handler.kind === 'callback') return group.calls.some((call) => call.kind === 'intl-sdk');
  const [call] = group.calls;
  return call !== undefined && rethrowDroppedBy(group.handler, call.node, resolver) !== undefined;
}

/**
 * Where a rethrow that a fix writes in the group's handler would go (see rethrowTarget): to `next`,
 * as a throw, or nowhere, with no fix then, which also holds where a throw reaches no handler (see
 * throwsNowhere).
 */
export function rethrowPlace(group: HandlerGroup, resolver: ValueResolver): 'throw' | 'next' | undefined {
  return throwsNowhere(group, resolver) ? undefined : rethrowTarget(group.calls, group.handler, resolver);
}

/** A node's own source range, for sorting reports. */
export const byPosition = (a: TSESTree.Node, b: TSESTree.Node): number => a.range[0] - b.range[0];
