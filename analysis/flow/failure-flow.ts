/**
 * The flow of a failure handler: a catch clause, `.catch(fn)`, `.then(ok, fn)`, or the error branch
 * of a callback. For every world (each code the calls can fail with, another code, no code) it
 * finds how the handler's paths end:
 *
 * - **matched**: a condition picked the world out (an explicit branch for its code);
 * - **passed on**: thrown, rejected, returned as a failure, or the error given to a function,
 *   stored, or logged whole (`cause: err` and `${err}` keep the RequestId too);
 * - **logged**: only the error's message or code was logged, and the RequestId is gone;
 * - **answered**: a value was returned as if the call had worked;
 * - **fell through**: the handler just ended, and execution goes on.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { answeredSuccess, isSuccessAnswer } from '../http-answers.js';
import { argumentParameters, calleeName, contains, enclosingFunction, enclosingNext, isContextThrow, isFunctionNode, isLogCall, keyName, promiseExecutorAround, propertyName, returnedExpressions, rootOf, unwrap, walkTree, type FunctionNode } from '../ast.js';
import { moduleOfNode } from '../modules/index.js';
import type { ValueResolver } from '../resolve-value.js';
import type { LcicSettings } from '../settings.js';
import type { SourceFile } from '../source-file.js';
import { carriesCode } from './carries-code.js';
import type { CodeTest } from './conditions.js';
import { Exit, LOGGED, MATCHED, PASSED, PathSet, withFlag } from './paths.js';
import { FlowSymbols, type CodeTable, type FlowSymbol } from './symbols.js';
import { Fate, FlowWalker, isOwnScope, settlingByExecutor, type Settled } from './walker.js';
import type { Worlds } from './worlds.js';

/** Properties of an error that keep what support needs to find the request. */
const KEEPS_REQUEST_ID = new Set(['requestId', 'getRequestId', 'RequestId', 'traceId', 'getTraceId', 'toString']);
const MESSAGE = new Set(['message', 'getMessage']);

/** `x.message` or `x.getMessage()`: a read of a message, of whatever object (the answers above are found by what they read). */
function readsMessage(node: TSESTree.Node): boolean {
  const member = node.type === AST_NODE_TYPES.CallExpression ? node.callee : node;
  return member.type === AST_NODE_TYPES.MemberExpression && MESSAGE.has(propertyName(member) ?? '');
}

/** What a piece of code does with the error: keeps it whole (or its RequestId), or only mentions parts of it. */
interface ErrorMentions {
  readonly keeps: boolean;
  readonly mentions: boolean;
  /** The first part of the error it reads that is not the RequestId (`err.message`, `err.code`), for the log suggestion. */
  readonly message: TSESTree.Node | undefined;
  /** The first `err.message` (or `err.getMessage()`) it reads. */
  readonly messageText: TSESTree.Node | undefined;
}

export interface MessageOnlyLog {
  readonly call: TSESTree.CallExpression;
  /** `err.message`, `err.code`: what the log keeps instead of the error. */
  readonly message: TSESTree.Node;
}

/** A value the handler returns to its caller that carries the error's message, but not the error. */
export interface MessageOnlyAnswer {
  /** What is returned: a `return`'s argument, or an arrow's expression body. */
  readonly value: TSESTree.Node;
  /** `err.message`, where the answer reads it. */
  readonly message: TSESTree.Node;
}

export interface FailureHandlerInput {
  /** What runs with the error: a block, a catch body, or an arrow's expression. */
  readonly body: TSESTree.Node;
  /** The function whose body it is, if any. */
  readonly fn: FunctionNode | undefined;
  /** The parameter the error arrives in (an identifier or a pattern), if any. */
  readonly errorParam: TSESTree.Node | undefined;
  /** The field of that parameter the error is in, when it comes in a holder (p-retry's `{ error }`). */
  readonly errorField?: string;
  /** For callbacks: the response parameter, null when the call failed. */
  readonly responseParam?: TSESTree.Node | undefined;
  /** Callbacks return to nobody: a `return` in one is the end of the handler, not an answer. */
  readonly returnsToCaller: boolean;
  /**
   * Follow the handler as if `codes` had their own branch, rethrowing, where no condition of
   * `at` matched them: at the switch, or after the last `if` of the chain. That is what the
   * "add missing cases" suggestion writes; a suggestion is offered only if it would work.
   */
  readonly withAddedCases?: {
    readonly at: TSESTree.IfStatement | TSESTree.SwitchStatement;
    readonly codes: readonly string[];
    /** The suggestion also adds a `default:` (or a final `else`) that rethrows whatever else arrives. */
    readonly catchAll: boolean;
    /** The suggestion also adds a `throw` at the end of the handler: what falls off the end is rethrown. */
    readonly rethrowAtEnd?: boolean;
  };
}

/** Whether a statement may leave the code it is in: a `return`, `throw`, `break` or `continue` in it (not in a nested function). */
function mayLeave(statement: TSESTree.Node): boolean {
  let leaves = false;
  walkTree(statement, undefined, (inner) => {
    if (leaves || (inner !== statement && isOwnScope(inner))) return false;
    leaves = inner.type === AST_NODE_TYPES.ReturnStatement || inner.type === AST_NODE_TYPES.ThrowStatement || inner.type === AST_NODE_TYPES.BreakStatement || inner.type === AST_NODE_TYPES.ContinueStatement;
    return !leaves;
  });
  return leaves;
}

/** A call of the handler's that tells of the failure without its RequestId, in the function it calls. */
export interface LossyTell {
  readonly call: TSESTree.CallExpression;
  readonly kind: 'log' | 'answer';
}

export class FailureFlow extends FlowWalker {
  readonly messageOnlyLogs: MessageOnlyLog[] = [];
  /** `return res.status(500).json({ error: err.message })`: the caller hears of the failure, support cannot find it. */
  readonly messageOnlyAnswers: MessageOnlyAnswer[] = [];
  /** `new XError(...)` thrown, returned or rejected without the error: its RequestId is lost. */
  readonly lossyErrors: TSESTree.NewExpression[] = [];
  /**
   * Calls in the handler that throw, in the failure's place, an error made without it elsewhere:
   * a function that always throws (`error(500, 'gone')`, SvelteKit's style), a mapper in another
   * module (`throw toAppError(err)`), or a package's factory (`throw createError(502, err.message)`).
   */
  readonly lossyCalls: TSESTree.CallExpression[] = [];
  /** Text thrown in the failure's place (`throw 'serverError'`, the way a Sails action takes an exit): no error, no RequestId. */
  readonly thrownTexts: (TSESTree.Literal | TSESTree.TemplateLiteral)[] = [];
  /**
   * Calls in the handler of a function given the error that logs it, or answers with it, by its
   * message or code alone (`report(err)`, `return toHttpError(err)`): the RequestId is lost there.
   */
  readonly lossyTells: LossyTell[] = [];
  /** For a lossy error made in a function the handler gave the error to, that function's parameter holding it. */
  readonly errorNamesWhereMade = new Map<TSESTree.NewExpression, string>();
  /** Reads of the callback's response on a path where the call failed (and it is null). */
  readonly responseUses: TSESTree.Node[] = [];
  private reached = 0;
  /** New errors and log calls the paths reach: true once a failure with a code reaches one. */
  private readonly reachedAt = new Map<TSESTree.Node, boolean>();

  constructor(
    worlds: Worlds,
    source: SourceFile,
    resolver: ValueResolver,
    private readonly settings: LcicSettings,
    private readonly input: FailureHandlerInput,
  ) {
    const bindings = new Map<TSESTree.Node, FlowSymbol>();
    if (input.errorParam) bindings.set(input.errorParam, input.errorField === undefined ? { kind: 'error' } : { kind: 'error-holder', field: input.errorField });
    if (input.responseParam) bindings.set(input.responseParam, { kind: 'absent' });
    super(worlds, new FlowSymbols(source, resolver, bindings, new Map()));
    this.symbols.onTable = (table, owner, subject, entry) => {
      this.recordTable(table, owner, subject, entry);
    };
  }

  run(): this {
    this.follow(this.input.body, PathSet.all(this.size), this.input.fn);
    this.reached = this.tests.length;
    this.readWholeHandler();
    // `if (err.name === 'AbortError') throw new TimeoutError(...)`: a failure without a code has no
    // RequestId to lose, so what only such failures reach loses nothing (what no path reaches is still read).
    // A callback runs on success too: what no failure reaches there is its success path, not dead code.
    const onlyWithoutCode = (node: TSESTree.Node) => this.reachedAt.get(node) === false || (!this.input.returnsToCaller && !this.reachedAt.has(node));
    const lossy = this.lossyErrors.filter((created) => !onlyWithoutCode(created));
    this.lossyErrors.splice(0, this.lossyErrors.length, ...lossy);
    const logs = this.messageOnlyLogs.filter((log) => !onlyWithoutCode(log.call));
    this.messageOnlyLogs.splice(0, this.messageOnlyLogs.length, ...logs);
    const answers = this.messageOnlyAnswers.filter((answer) => !onlyWithoutCode(answer.message));
    this.messageOnlyAnswers.splice(0, this.messageOnlyAnswers.length, ...answers);
    const calls = this.lossyCalls.filter((call) => !onlyWithoutCode(call));
    this.lossyCalls.splice(0, this.lossyCalls.length, ...calls);
    const texts = this.thrownTexts.filter((text) => !onlyWithoutCode(text));
    this.thrownTexts.splice(0, this.thrownTexts.length, ...texts);
    const tells = this.lossyTells.filter((tell) => !onlyWithoutCode(tell.call) && !this.passedOnAfter(tell.call) && !this.requestLoggedBefore(tell.call));
    this.lossyTells.splice(0, this.lossyTells.length, ...tells);
    return this;
  }

  private someWorldHasCode(state: PathSet): boolean {
    for (let world = 0; world < this.size; world++) {
      if ((state.masks[world] as number) !== 0 && this.worlds.codeOf(world) !== undefined) return true;
    }
    return false;
  }

  /**
   * What the handler writes, reached or not: comparisons (a misspelt code in a branch no path
   * reaches is reported too, and fixing what made it unreachable must not bring a report to
   * light), look-ups whose value is only passed along, new errors that leave without the
   * original, and logs of the message alone.
   */
  private readWholeHandler(): void {
    if (this.input.body.type !== AST_NODE_TYPES.BlockStatement && this.input.returnsToCaller) {
      this.noteLossy(this.input.body);
      // A log as the arrow's body answers nothing (its value is undefined); the log itself is read below.
      // `(err) => reject(createError(404, err.message))`: a new error handed on, reported as that (below).
      const body = this.input.body;
      if (!(body.type === AST_NODE_TYPES.CallExpression && (isLogCall(body) || this.noteHandedOnCall(body)))) this.noteMessageOnlyAnswer(body);
    }
    walkTree(this.input.body, this.symbols.source.visitorKeys, (node) => {
      if (node !== this.input.body && isOwnScope(node)) return false;
      if (node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.ReturnStatement && this.input.returnsToCaller)) this.noteLossy(node.argument);
      if (node.type === AST_NODE_TYPES.ThrowStatement) {
        this.noteLossyCallValue(node.argument);
        this.noteThrownText(node.argument);
      }
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument && this.input.returnsToCaller) this.noteMessageOnlyAnswer(node.argument);
      // `res.body = { error: err.message }` answers; `err.message = \`EndRoom: ${err.message}\`` only rewords the error itself.
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && this.symbols.of(node.left.object)?.kind !== 'error') this.noteMessageOnlyAnswer(node.right);
      if (node.type === AST_NODE_TYPES.CallExpression) {
        // `reject(new Error(...))`, `done(new Error(...))`, `next(new Error(...))`: the new error goes on instead,
        // unless another argument keeps the RequestId (`Object.assign(new Error(...), { requestId: err.requestId })`).
        const keptByAnother = node.arguments.some((argument) => this.mentionsIn(argument).keeps);
        if (!keptByAnother) for (const argument of node.arguments) this.noteLossy(argument);
        // `next(createError(502, err.message))`: what the call makes goes on as the failure, as a
        // thrown one would (and is reported as that, not as an answer with the message).
        const handsOnNewError = this.noteHandedOnCall(node);
        const message = this.messageOnly(node);
        if (message && !this.messageOnlyLogs.some((log) => log.call === node) && !this.passedOnAfter(node)) this.messageOnlyLogs.push({ call: node, message });
        // `res.status(500).json({ error: err.message });` as a statement: an answer as much as its `return` form.
        // Not when the error goes on whole right after (`dialog.showErrorBox('Failed', err.message); throw err;`).
        if (!message && !keptByAnother && !handsOnNewError && this.sendsMessage(node) && !this.passedOnAfter(node)) for (const argument of toldArguments(node, this.symbols.resolver)) this.noteMessageOnlyAnswer(argument);
      }
      if (node.type === AST_NODE_TYPES.BinaryExpression || node.type === AST_NODE_TYPES.CallExpression) this.conditions.decide(node, 0);
      // `MESSAGES[err.code]`: the table's keys are compared with the code too.
      if (node.type === AST_NODE_TYPES.MemberExpression && node.computed) this.symbols.of(node);
      if (node.type === AST_NODE_TYPES.SwitchStatement) for (const switchCase of node.cases) if (switchCase.test) this.conditions.caseVerdict(node.discriminant, switchCase.test, node, 0);
      return true;
    });
  }

  /**
   * Whether the error is passed on right after `node`, with nothing between that could leave
   * first: `console.warn('failed', err.code); throw err;`, `next(err)`, `return done(err)`,
   * `throw new Error('...', { cause: err })`, or the log in an `if` and the pass-on after it.
   * Such a log needs no RequestId: the error goes on with it.
   */
  private passedOnAfter(node: TSESTree.Node, within: TSESTree.Node = this.input.body): boolean {
    let current: TSESTree.Node = node;
    while (current !== within) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent) return false;
      if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.SwitchCase) {
        const statements = parent.type === AST_NODE_TYPES.BlockStatement ? parent.body : parent.consequent;
        let breaks = false;
        for (const next of statements.slice(statements.indexOf(current as TSESTree.Statement) + 1)) {
          if (next.type === AST_NODE_TYPES.ThrowStatement || next.type === AST_NODE_TYPES.ReturnStatement) return this.handsOnError(next.argument);
          if (next.type === AST_NODE_TYPES.ExpressionStatement && this.handsOnError(next.expression)) return true;
          // `case 'X': console.warn(err.code); break;` and a `throw err` after the switch.
          if (parent.type === AST_NODE_TYPES.SwitchCase && next.type === AST_NODE_TYPES.BreakStatement && !next.label) {
            breaks = true;
            break;
          }
          if (mayLeave(next)) return false;
        }
        if (breaks) {
          current = parent.parent;
          continue;
        }
        // A case that ends without `break` falls into the next one: not followed.
        if (parent.type === AST_NODE_TYPES.SwitchCase) return false;
      } else if (parent.type === AST_NODE_TYPES.SequenceExpression) {
        // `(console.error(err.code), next(err))`: the expressions after it run right after it.
        if (parent.expressions.slice(parent.expressions.indexOf(current as TSESTree.Expression) + 1).some((next) => this.handsOnError(next))) return true;
      } else if (parent.type !== AST_NODE_TYPES.ExpressionStatement && parent.type !== AST_NODE_TYPES.IfStatement) {
        return false;
      }
      current = parent;
    }
    return false;
  }

  /**
   * Whether evaluating `value` (thrown, returned or a statement of its own) hands the error on
   * whole: the error itself, a call given it (`next(err)`, `Promise.reject(err)`), or a new error
   * that keeps it (`{ cause: err }`, `Object.assign(new Error(...), { requestId: err.requestId })`).
   */
  private handsOnError(value: TSESTree.Node | null): boolean {
    if (!value) return false;
    let inner = unwrap(value);
    // `await next(err)`, `return void next(err)`: the call is what hands the error on.
    if (inner.type === AST_NODE_TYPES.AwaitExpression || (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === 'void')) inner = unwrap(inner.argument);
    // Another log, even of the whole error, is no hand-on: each log is read for itself (and a
    // suggestion fixing one must not silence the other).
    if (inner.type === AST_NODE_TYPES.CallExpression) return !isLogCall(inner) && (this.callFlags(inner) & PASSED) !== 0;
    if (inner.type === AST_NODE_TYPES.NewExpression) return (this.valueFlags(inner) & PASSED) !== 0;
    return this.symbols.of(inner)?.kind === 'error';
  }

  /** Where world `world`'s unmatched paths return a value as if nothing failed, in source order. */
  answersFor(world: number): TSESTree.Node[] {
    return [...this.exits.values()]
      .filter((point) => point.kind === Exit.ReturnValue && ((point.masks[world] as number) & 1) !== 0)
      .map((point) => point.node)
      .sort((a, b) => a.range[0] - b.range[0]);
  }

  /** How world `world`'s unmatched paths leave, whatever they did with the error on the way (logged it, gave it to a function). */
  unmatchedExits(world: number): { kind: Exit; node: TSESTree.Node }[] {
    const unmatched = [0, PASSED, LOGGED, PASSED | LOGGED].reduce((mask, facts) => mask | (1 << facts), 0);
    return [...this.exits.values()].filter((point) => ((point.masks[world] as number) & unmatched) !== 0).map(({ kind, node }) => ({ kind, node }));
  }

  /**
   * Whether some path of world `world` makes the handler's promise reject: a throw, or a returned
   * rejection (`return Promise.reject(err)`). A returned value built from the error (`{ ok: false,
   * error: err }`, `err` itself from a `.catch`) resolves it: the caller gets the failure as a value.
   */
  rejects(world: number): boolean {
    if (this.exitsWith(world, Exit.Throw)) return true;
    for (const point of this.exits.values()) {
      const returned = unwrap(point.node);
      if (point.kind === Exit.ReturnFailure && (point.masks[world] as number) !== 0 && returned.type === AST_NODE_TYPES.CallExpression && (calleeName(returned) === 'reject' || isThrowError(returned))) return true;
    }
    return false;
  }

  /**
   * Whether some path throws the error itself (`throw err`), or a new one that keeps its code as
   * `code` (`Object.assign(new Error(m), { code: err.code })`), so that its code reaches the caller:
   * a handler that wraps a few codes in errors of its own and rethrows the rest still lets codes out.
   */
  get rethrowsItsError(): boolean {
    return [...this.exits.values()].some(
      (point) =>
        point.kind === Exit.Throw &&
        point.node.type === AST_NODE_TYPES.ThrowStatement &&
        (this.symbols.of(point.node.argument)?.kind === 'error' || carriesCode(point.node.argument, this.symbols)),
    );
  }

  /** The comparisons on a path the handler can take (the others are in code no path reaches). */
  get reachedTests(): readonly CodeTest[] {
    return this.tests.slice(0, this.reached);
  }

  /** Whether any condition the handler reaches looks at the code (or picked a world out). */
  get dispatches(): boolean {
    return this.reachedTests.some((test) => !test.fromTable) || this.worldsMatched();
  }

  protected override unmatchedAt(node: TSESTree.IfStatement | TSESTree.SwitchStatement, state: PathSet): PathSet {
    const added = this.input.withAddedCases;
    if (!added || added.at !== node || this.inlined) return state;
    // Before an existing default that does something, the new cases share its body; elsewhere they rethrow.
    const sharesDefault = node.type === AST_NODE_TYPES.SwitchStatement && node.cases.some((switchCase) => switchCase.test === null && switchCase.consequent.length > 0);
    const rethrown = added.catchAll ? state.clone() : PathSet.none(this.size);
    const rest = added.catchAll ? PathSet.none(this.size) : state.clone();
    for (const code of added.codes) {
      const world = this.worlds.indexOf(code);
      if (world === undefined) continue;
      if (added.catchAll) {
        rethrown.masks[world] = withFlag(state.masks[world] as number, MATCHED);
      } else if (sharesDefault) {
        rest.masks[world] = withFlag(state.masks[world] as number, MATCHED);
      } else {
        rethrown.masks[world] = withFlag(state.masks[world] as number, MATCHED);
        rest.masks[world] = 0;
      }
    }
    this.throwAt(node, rethrown);
    return rest;
  }

  private worldsMatched(): boolean {
    for (let world = 0; world < this.size; world++) if (this.fates(world) & Fate.Matched) return true;
    return false;
  }

  private recordTable(table: CodeTable, owner: TSESTree.Node, subject: TSESTree.Node, guardCall: TSESTree.CallExpression | undefined): void {
    for (const { code, node } of table.written) {
      if (this.tests.some((test) => test.node === node)) continue;
      // Read in a function the flow called into, or a guard it asked (`httpStatusOf(err)`): the call here leads to it.
      const entry = this.entryCall ?? guardCall;
      this.tests.push({ node, code, match: 'exact', viaEnum: false, fromTable: true, owner, subject, ...(entry ? { entry } : {}) } satisfies CodeTest);
    }
  }

  // ---- the policy --------------------------------------------------------------------------

  private readonly mentions = new Map<TSESTree.Node, ErrorMentions>();

  /** What `node` does with the error (memoized: calls are looked at on every path and by every check). */
  private mentionsIn(node: TSESTree.Node): ErrorMentions {
    let found = this.mentions.get(node);
    if (!found) {
      found = this.readMentions(node);
      if (!this.inlined) this.mentions.set(node, found);
    }
    return found;
  }

  private readMentions(node: TSESTree.Node): ErrorMentions {
    let keeps = false;
    let mentions = false;
    let message: TSESTree.Node | undefined;
    let messageText: TSESTree.Node | undefined;
    walkTree(node, this.symbols.source.visitorKeys, (inner) => {
      // `e instanceof Error ? e.message : String(e)`: an SDK error is an Error, so only the message goes.
      if (inner.type === AST_NODE_TYPES.ConditionalExpression && this.isErrorInstanceTest(inner.test)) {
        const taken = this.readMentions(inner.consequent);
        keeps ||= taken.keeps;
        mentions = true;
        message ??= taken.message;
        messageText ??= taken.messageText;
        return false;
      }
      if (inner.type !== AST_NODE_TYPES.Identifier || !isReference(inner)) return;
      // `const { requestId, code } = err;`, then `${requestId}`: the RequestId, by a name of its own.
      if (this.symbols.holdsRequestId(inner)) {
        mentions = true;
        keeps = true;
        return;
      }
      const kind = this.symbols.of(inner)?.kind;
      if (kind !== 'error' && kind !== 'classified') {
        // `const mapped = wrap(err);` then `{ cause: mapped }`: a name the handler gave something keeping the error keeps it too.
        if (this.localKeepsError(inner)) keeps = mentions = true;
        // `const message = err.message;` then `{ message }`: the message, by a name of its own.
        else if (this.localHoldsMessage(inner)) {
          mentions = true;
          message ??= inner;
          messageText ??= inner;
        } else {
          const held = this.inlinedLocal(inner);
          if (held?.keeps) keeps = mentions = true;
          else if (held?.messageText) {
            mentions = true;
            message ??= inner;
            messageText ??= inner;
          }
        }
        return;
      }
      mentions = true;
      // `(err as Error).message`: the member is read off the error, through the cast.
      let reference = outermostWrapper(inner);
      // `classifyLcicError(err)?.message`: the package's classification has the error's message, code and RequestId;
      // `asSdkError(err).message`, a function of the project that gives the error back: the error's own.
      const call = reference.parent;
      const given = call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === reference ? this.symbols.of(call)?.kind : undefined;
      if (call && (given === 'classified' || given === 'error')) reference = outermostWrapper(call);
      // `messageOf(err)`, `getErrorMessage(err)`: a function of the project that gives back only the message.
      if (call?.type === AST_NODE_TYPES.CallExpression && given === undefined && this.givesBackOnlyMessage(call, reference)) {
        message ??= call;
        messageText ??= call;
        return;
      }
      const parent = reference.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference) {
        const name = propertyName(parent);
        if (name !== undefined && KEEPS_REQUEST_ID.has(name)) {
          keeps = true;
          return;
        }
        const read = parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent && name !== undefined && MESSAGE.has(name) ? parent.parent : parent;
        message ??= read;
        if (name !== undefined && MESSAGE.has(name)) messageText ??= read;
        return;
      }
      // `${err}`, 'failed: ' + err and String(err) use the SDK error's toString, which has the RequestId.
      keeps = true;
    });
    return { keeps, mentions, message, messageText };
  }

  private readonly readingHelpers = new Set<FunctionNode>();

  /**
   * Whether `call` is a function of the project given the error as `argument` that returns only
   * its message as text: `function messageOf(e) { return (e as Error).message; }`, or
   * `getErrorMessage(e)` that returns `e.message` when `e instanceof Error` (an SDK error is one)
   * and `String(e)` otherwise.
   */
  private givesBackOnlyMessage(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    const fn = index >= 0 ? this.symbols.resolver.functionOf(call.callee) : undefined;
    const param = fn && argumentParameters(fn)[index];
    const error = this.symbols.of(argument);
    if (!fn || !error || param?.type !== AST_NODE_TYPES.Identifier || fn.async || fn.generator || this.readingHelpers.has(fn)) return false;
    const outer = this.symbols;
    this.readingHelpers.add(fn);
    this.symbols = outer.extend(new Map([[param, error]]));
    try {
      const returned = returnedForAnError(fn, (test) => this.isErrorInstanceTest(test), (moduleOfNode(fn) ?? outer.source).visitorKeys);
      return returned.length > 0 && returned.every((value) => {
        const read = this.readMentions(value);
        return !read.keeps && read.messageText !== undefined && isTextOf(read.messageText, value);
      });
    } finally {
      this.symbols = outer;
      this.readingHelpers.delete(fn);
    }
  }

  /**
   * The names of the handler's own `const`s that hold a value made from the error whole (or its
   * RequestId), and those that hold its message as text (`err.message`, or a template around it).
   */
  private locals: { keeping: Set<string>; message: Set<string> } | undefined;

  /**
   * The handler's `const`s that keep the error or hold its message. Read once per handler, in
   * source order (`const mapped = wrap(err); const wrapped = mapped;` keeps both), by name: most
   * handlers declare nothing, and looking each name up in the scopes costs more.
   */
  private readLocals(): { keeping: Set<string>; message: Set<string> } {
    if (this.locals) return this.locals;
    const locals = { keeping: new Set<string>(), message: new Set<string>() };
    // Set first: what the initializers read meanwhile is looked up among the names found so far.
    this.locals = locals;
    walkTree(this.input.body, this.symbols.source.visitorKeys, (node) => {
      if (node !== this.input.body && isOwnScope(node)) return false;
      if (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'const') {
        for (const declarator of node.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && declarator.init && this.symbols.of(declarator.init)?.kind === 'error') {
            // `const { message } = err;`: the message, by a name of its own.
            for (const name of destructuredMessageNames(declarator.id)) locals.message.add(name);
            continue;
          }
          if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) continue;
          const read = this.readMentions(declarator.init);
          if (read.keeps) locals.keeping.add(declarator.id.name);
          else if (read.messageText && isTextOf(read.messageText, declarator.init)) locals.message.add(declarator.id.name);
        }
      }
      return true;
    });
    return locals;
  }

  /** Whether a name is one of the handler's `const`s holding what keeps the error. */
  private localKeepsError(name: TSESTree.Identifier): boolean {
    return this.readLocals().keeping.has(name.name) && this.symbols.resolver.constantInit(name) !== undefined;
  }

  private readonly readingLocals = new Set<TSESTree.Node>();

  /**
   * In a function the flow called into, what a `const` of its own holds of the error it was given
   * (`const message = err instanceof Error ? err.message : String(err)` in `sendError(res, err)`):
   * read with that function's parameters bound, as the handler's own consts are (see readLocals).
   */
  private inlinedLocal(name: TSESTree.Identifier): { keeps: boolean; messageText: boolean } | undefined {
    if (!this.inlined) return undefined;
    const init = this.symbols.resolver.constantInit(name);
    const fn = init && enclosingFunction(init);
    if (!init || !fn || fn !== enclosingFunction(name) || this.readingLocals.has(init) || contains(this.input.body, init)) return undefined;
    this.readingLocals.add(init);
    try {
      const read = this.readMentions(init);
      return { keeps: read.keeps, messageText: read.messageText !== undefined && isTextOf(read.messageText, init) };
    } finally {
      this.readingLocals.delete(init);
    }
  }

  /** Whether a name is one of the handler's `const`s holding the error's message as text. */
  private localHoldsMessage(name: TSESTree.Identifier): boolean {
    return this.readLocals().message.has(name.name) && this.symbols.resolver.isConstBinding(name);
  }

  /** `err instanceof Error`, asked of the error: true of every SDK error. */
  private isErrorInstanceTest(test: TSESTree.Node): boolean {
    const inner = unwrap(test);
    return (
      inner.type === AST_NODE_TYPES.BinaryExpression &&
      inner.operator === 'instanceof' &&
      inner.right.type === AST_NODE_TYPES.Identifier &&
      inner.right.name === 'Error' &&
      this.symbols.of(inner.left)?.kind === 'error'
    );
  }

  /**
   * A call passes the error on when it gets the error itself (or what keeps its RequestId), or when
   * it is one of `settings.lcic.errorHandlers`. One that gets only its code or message (a look-up,
   * `TRANSIENT.includes(err.code)`, a toast with `err.message`) does not; a log of them is LOGGED.
   */
  protected callFlags(call: TSESTree.CallExpression): number {
    // `batchItemFailures.push({ itemIdentifier: record.messageId })`: an AWS Lambda SQS handler hands
    // the failed record back to the queue, which delivers it again (and then to its dead-letter queue).
    if (isBatchItemFailure(call)) return PASSED;
    const args = toldArguments(call, this.symbols.resolver).map((argument) => this.mentionsIn(argument));
    // `next(new Error('failed'))`: a new error goes on in the failure's place (preserve-request-id reports it).
    if (!args.some((a) => a.mentions)) return this.givesNewError(call) ? LOGGED : 0;
    if (this.settings.errorHandlers.includes(calleeName(call) ?? '')) return PASSED;
    // `expect(err.code).toBe('ResourceNotFound.Room')` in a test: the assertion is what becomes of the failure.
    if (isAssertion(call)) return PASSED;
    // `asSdkError(err)`: a cast of the error (or a read of its code), which hands it nowhere.
    if (this.symbols.of(call)) return 0;
    // `if (isSdkError(err) && ...)`: a question about the error, asked of code this flow cannot read; it keeps nothing.
    if (isTestedOnly(call)) return 0;
    // `ignore(err)`, with `function ignore(_e) { return null; }`: handed to a parameter nothing reads, the error is dropped.
    if (this.givenOnlyToUnreadParameters(call, args)) return 0;
    if (args.some((a) => a.keeps)) return PASSED;
    // A log, a reply with the message, or a new error handed on (`next(new Error(err.message))`): the
    // failure is told, not dropped, but without what finds the request (preserve-request-id says so).
    if (isLogCall(call) || this.sendsMessage(call) || this.givesNewError(call)) return LOGGED;
    return 0;
  }

  /** `next(new Error('failed'))`, `next(createError(502, err.message))`: a new error given in the failure's place. */
  private givesNewError(call: TSESTree.CallExpression): boolean {
    if (call.arguments.some((argument) => this.symbols.resolver.makesError(argument))) return true;
    return handsOnAsFailure(call) && call.arguments.some((argument) => {
      const value = unwrap(argument);
      return value.type === AST_NODE_TYPES.CallExpression && this.makesErrorInPlace(value);
    });
  }

  /** Whether every argument of `call` that mentions the error is a parameter its function (found here or in another module) never reads. */
  private givenOnlyToUnreadParameters(call: TSESTree.CallExpression, args: readonly ErrorMentions[]): boolean {
    // A log, `next(err)`, `reject(err)`: calls of the platform or of a parameter, read as they stand.
    if (isLogCall(call) || !args.some((argument) => argument.mentions)) return false;
    const fn = this.symbols.resolver.functionOf(call.callee);
    if (!fn) return false;
    const params = argumentParameters(fn);
    return args.every((argument, i) => {
      const param = params[i];
      return !argument.mentions || (param?.type === AST_NODE_TYPES.Identifier && !this.symbols.resolver.isRead(param));
    });
  }

  /**
   * A call made for its effect (its value unused) that is given the error's message: a reply
   * (`res.status(500).json({ error: err.message })`), a toast, `next(err.message)`. A call whose
   * value is used (`KNOWN.includes(err.message)`) only looks at the message.
   */
  private sendsMessage(call: TSESTree.CallExpression): boolean {
    // A callback's `return res.status(500).json(...)` returns to nobody: the call is made for its effect.
    const effect = isEffectCall(call) || (!this.input.returnsToCaller && outermostWrapper(call).parent?.type === AST_NODE_TYPES.ReturnStatement);
    if (!effect || isLogCall(call) || this.settings.errorHandlers.includes(calleeName(call) ?? '') || this.throwerCalled(call)) return false;
    return toldArguments(call, this.symbols.resolver).some((argument) => this.mentionsIn(argument).messageText !== undefined);
  }

  /** A log call that mentions the error but keeps nothing that finds the request: the part it keeps instead. */
  private messageOnly(call: TSESTree.CallExpression): TSESTree.Node | undefined {
    // `error(500, err.message)`: named like a log, but a function of the project that always throws.
    if (!isLogCall(call) || this.settings.errorHandlers.includes(calleeName(call) ?? '') || this.throwerCalled(call)) return undefined;
    const args = call.arguments.map((argument) => this.mentionsIn(argument));
    return args.some((a) => a.keeps) ? undefined : args.find((a) => a.message)?.message;
  }

  protected valueFlags(node: TSESTree.NewExpression | TSESTree.AssignmentExpression): number {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      // `err.message = ...`: the error reworded, not handed anywhere.
      if (node.left.type === AST_NODE_TYPES.MemberExpression && this.symbols.of(node.left.object)?.kind === 'error') return 0;
      const { mentions, keeps, messageText } = this.mentionsIn(node.right);
      // `ctx.body = { error: err.message }` (a Koa answer): the message is told, the RequestId lost.
      if (mentions && !keeps && messageText && node.left.type === AST_NODE_TYPES.MemberExpression) return LOGGED;
      return mentions ? PASSED : 0;
    }
    return node.arguments.some((argument) => this.mentionsIn(argument).keeps || this.optionsKeep(argument)) ? PASSED : 0;
  }

  /**
   * A success sent as an HTTP answer (`ctx.body = { ok: true }`, `res.json({ ok: true })`) as the
   * last thing the handler does: the request's client is told the call worked, as by a returned
   * `{ ok: true }`, although the handler itself returns nothing.
   */
  protected override answeredBy(statement: TSESTree.ExpressionStatement): TSESTree.Node | undefined {
    return this.inlined || !isLastWord(statement, this.input.body) ? undefined : answeredSuccess(statement);
  }

  /**
   * In an SDK callback written inside `new Promise((resolve, reject) => ...)`, `resolve(x)` answers
   * whoever awaits the promise with `x`, and `reject(e)` fails it: a return and a throw of the
   * promise's code, although the callback itself returns to nobody.
   */
  protected override settles(call: TSESTree.CallExpression): Settled | undefined {
    if (this.input.returnsToCaller || !this.input.fn) return undefined;
    this.executorOfCallback ??= promiseExecutorAround(this.input.fn) ?? null;
    const settled = this.executorOfCallback ? settlingByExecutor(call, this.executorOfCallback, this.symbols.resolver) : undefined;
    if (settled?.way === 'reject') this.rejections.add(call);
    else if (settled?.value) this.resolvedValues.add(settled.value);
    return settled;
  }

  private executorOfCallback: FunctionNode | null | undefined;
  /** The `reject(e)` calls settles() met: ways out that fail the promise, not throws. */
  readonly rejections = new Set<TSESTree.Node>();
  /** What `resolve(x)` answered with in a callback (see settles): judged as a returned value is. */
  private readonly resolvedValues = new Set<TSESTree.Node>();

  protected returnExit(argument: TSESTree.Expression | null): Exit {
    // `return;` and `return undefined;` answer nothing: the same as falling off the end.
    if (!argument || isUndefined(argument) || (!this.input.returnsToCaller && !this.resolvedValues.has(argument))) return Exit.End;
    const value = unwrap(argument);
    if (value.type === AST_NODE_TYPES.CallExpression && (calleeName(value) === 'reject' || isThrowError(value))) return Exit.ReturnFailure;
    // `.catch((err) => console.warn(err.message))`: a log's value is undefined; what the log keeps is its call's business.
    if (value.type === AST_NODE_TYPES.CallExpression && isLogCall(value)) return Exit.End;
    // `return ignore(err)`: what a function that never reads the error returns is an answer of its own.
    if (value.type === AST_NODE_TYPES.CallExpression && this.givenOnlyToUnreadParameters(value, value.arguments.map((a) => this.mentionsIn(a)))) return Exit.ReturnValue;
    return this.mentionsIn(argument).mentions ? Exit.ReturnFailure : Exit.ReturnValue;
  }

  protected isStart(): boolean {
    return false;
  }

  protected override endExit(): Exit {
    return this.input.withAddedCases?.rethrowAtEnd ? Exit.Throw : Exit.End;
  }

  protected evaluated(node: TSESTree.Node, state: PathSet): void {
    if (this.inlined && state.hasWorlds && node.type === AST_NODE_TYPES.NewExpression) this.noteMappedError(node, state);
    if (this.inlined && state.hasWorlds && node.type === AST_NODE_TYPES.CallExpression) {
      this.noteInlinedTell(node, state);
      this.noteMappedCall(node, state);
    }
    // Where a new error is made, a log written or the message read: by failures with a code, or only without (see run()).
    const thrownCall = node.type === AST_NODE_TYPES.CallExpression && goesOnAsFailure(node);
    const thrownText = isText(node) && node.parent.type === AST_NODE_TYPES.ThrowStatement;
    if (state.hasWorlds && !this.inlined && (node.type === AST_NODE_TYPES.NewExpression || (node.type === AST_NODE_TYPES.CallExpression && isLogCall(node)) || thrownCall || thrownText || readsMessage(node))) {
      this.reachedAt.set(node, (this.reachedAt.get(node) ?? false) || this.someWorldHasCode(state));
    }
    // `STATUS[err.code]` in a function the flow followed into (a mapper): its keys are compared with
    // the code too. (The handler's own look-ups are read with the rest of it, reached or not.)
    if (this.inlined && node.type === AST_NODE_TYPES.MemberExpression && node.computed && state.hasWorlds) this.symbols.of(node);
    if (!this.input.responseParam || !state.hasWorlds || this.inlined) return;
    const read =
      (node.type === AST_NODE_TYPES.MemberExpression && !node.optional && this.symbols.of(node.object)?.kind === 'absent') ||
      (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type !== AST_NODE_TYPES.Identifier && node.init !== null && this.symbols.of(node.init)?.kind === 'absent');
    if (read && !this.responseUses.includes(node)) this.responseUses.push(node);
  }

  /**
   * Records a `return` whose value reads the error's message but keeps nothing that finds the
   * request. A new error built from the message is a lossy error (above), not this; other new
   * objects (a Map, a domain value) are the caller's business.
   */
  private noteMessageOnlyAnswer(value: TSESTree.Node): void {
    const { keeps, messageText } = this.mentionsIn(value);
    // One report per message read: `return res.json({ error: err.message })` is met as a return and as a call.
    if (keeps || !messageText || this.messageOnlyAnswers.some((answer) => answer.message === messageText)) return;
    // After a log that keeps the request, as for a new error (see noteLossy): the answer is for the user, the log for support.
    if (this.requestLoggedBefore(value)) return;
    for (let node: TSESTree.Node = messageText; node !== value.parent; node = node.parent as TSESTree.Node) {
      if (node.type === AST_NODE_TYPES.NewExpression && !this.isWebResponse(node)) return;
    }
    this.messageOnlyAnswers.push({ value, message: messageText });
  }

  /**
   * BullMQ's `DelayedError`, `RateLimitError` and `WaitingChildrenError`: thrown after
   * `job.moveToDelayed(...)` or `worker.rateLimit(...)` to tell the queue to run the job again
   * later, not as a failure. They take no cause, and the next attempt makes the call again.
   */
  private isQueueSignal(node: TSESTree.NewExpression): boolean {
    return QUEUE_SIGNALS.has(calleeName(node) ?? '') && this.symbols.resolver.thirdPartyPackageOf(node.callee) === 'bullmq';
  }

  /**
   * `new Response(err.message, { status: 502 })` (the Fetch API's, as route handlers of Next.js and
   * other web frameworks answer) or `new NextResponse(...)`: an answer, as `Response.json(...)` is.
   */
  private isWebResponse(node: TSESTree.NewExpression): boolean {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    if (callee.name === 'Response') return this.symbols.resolver.isGlobal(callee);
    return callee.name === 'NextResponse' && this.symbols.resolver.thirdPartyPackageOf(callee) === 'next/server';
  }

  /** Records `new XError(...)` leaving the handler without the error. */
  private noteLossy(argument: TSESTree.Node | null | undefined): void {
    const value = argument && thrownBy(unwrap(argument));
    if (value?.type !== AST_NODE_TYPES.NewExpression || !this.symbols.resolver.makesError(value) || this.isQueueSignal(value)) return;
    if (value.arguments.some((a) => this.mentionsIn(a).keeps || this.optionsKeep(a)) || this.lossyErrors.includes(value)) return;
    if (this.requestLoggedBefore(value)) return;
    this.lossyErrors.push(value);
  }

  /**
   * Whether a log that keeps the request (the error whole, its RequestId, its text) runs on every
   * way to `node`: a statement before it in a block around it, within the handler
   * (`logger.warn('lookup failed', { requestId: err.requestId }); throw new NotFoundError();`).
   * The new error then maps the failure for the caller, and support finds the request in the log.
   */
  private requestLoggedBefore(node: TSESTree.Node): boolean {
    for (let current = node, parent = node.parent; parent && current !== this.input.body; current = parent, parent = parent.parent) {
      if (isOwnScope(parent) && parent !== this.input.fn) return false;
      const statements = parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program ? parent.body : parent.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : [];
      for (const before of statements.slice(0, statements.indexOf(current as TSESTree.Statement))) {
        const expression = before.type === AST_NODE_TYPES.ExpressionStatement ? unwrap(before.expression) : undefined;
        const call = expression?.type === AST_NODE_TYPES.AwaitExpression ? unwrap(expression.argument) : expression;
        if (call?.type === AST_NODE_TYPES.CallExpression && isLogCall(call) && call.arguments.some((argument) => this.mentionsIn(argument).keeps)) return true;
      }
    }
    return false;
  }

  /**
   * `throw toJobError(err)`, where the function of this file returns `new Error(err.message)`: the
   * new error leaves the handler as one written there would, and loses the RequestId as well
   * (recorded where it is made, with the error's parameter of that function bound to the error).
   */
  private noteMappedError(created: TSESTree.NewExpression, state: PathSet): void {
    const fn = this.entryFunction;
    const entry = this.entryCall;
    if (!fn || !entry || !this.symbols.resolver.makesError(created) || !returnedBy(created, fn)) return;
    const leaves = goesOnAsFailure(entry) || this.answeredWith(entry);
    if (!leaves || created.arguments.some((a) => this.mentionsIn(a).keeps || this.optionsKeep(a))) return;
    this.noteMadeElsewhere(created, fn, entry, state);
  }

  /**
   * `throw toHttp(err)`, `next(toHttp(err))`, where the function returns `createError(404,
   * err.message)`: a call of a package's function whose value goes on as the failure, given
   * nothing that keeps it, makes a new error in its place as much as a `new` there would.
   */
  private noteMappedCall(made: TSESTree.CallExpression, state: PathSet): void {
    const fn = this.entryFunction;
    const entry = this.entryCall;
    if (!fn || !entry || !returnedBy(made, fn) || !goesOnAsFailure(entry) || this.symbols.resolver.functionOf(made.callee) || !this.makesErrorInPlace(made)) return;
    this.noteLossyCall(entry, this.someWorldHasCode(state));
  }

  /**
   * A new error made without the failure in `fn`, which the handler's call `entry` led into: said
   * where it is made when that is in the handler's file and `fn` was given the error (the mapper
   * is what to fix, and can be given a `cause`); otherwise at the call.
   */
  private noteMadeElsewhere(created: TSESTree.NewExpression, fn: FunctionNode, entry: TSESTree.CallExpression, state: PathSet): void {
    const given = entry.arguments.findIndex((argument) => this.symbols.of(argument)?.kind === 'error');
    const param = argumentParameters(fn)[given];
    if (rootOf(created) !== rootOf(entry) || given < 0) {
      this.noteLossyCall(entry, this.someWorldHasCode(state));
      return;
    }
    if (!this.lossyErrors.includes(created)) this.lossyErrors.push(created);
    if (param?.type === AST_NODE_TYPES.Identifier) this.errorNamesWhereMade.set(created, param.name);
    this.reachedAt.set(created, (this.reachedAt.get(created) ?? false) || this.someWorldHasCode(state));
  }

  /**
   * In a function the handler gave the error to (`report(err)`), a log of its message alone, or
   * an answer made with it (`res.status(500).json({ error: err.message })`), unless that function
   * hands the error on right after: recorded at the handler's call.
   */
  private noteInlinedTell(call: TSESTree.CallExpression, state: PathSet): void {
    const entry = this.entryCall;
    const fn = enclosingFunction(call);
    // `res.status(502).json({ error: err.message, requestId: err.requestId })` keeps the request.
    if (!entry || !fn || call.arguments.some((argument) => this.mentionsIn(argument).keeps)) return;
    const kind = this.messageOnly(call) !== undefined ? 'log' : this.sendsMessage(call) ? 'answer' : undefined;
    if (kind && !this.passedOnAfter(call, fn.body)) this.noteTell(entry, kind, state);
  }

  /**
   * `return toHttpError(err)`, where that function returns `respond(500, { message: err.message })`:
   * the handler answers with what it returns, the message without the RequestId.
   */
  protected override returnedInline(argument: TSESTree.Expression | null, state: PathSet): void {
    const entry = this.entryCall;
    const fn = this.entryFunction;
    if (!argument || !entry || !fn || !state.hasWorlds || !returnedBy(argument, fn) || !this.answeredWith(entry)) return;
    const { keeps, messageText } = this.mentionsIn(argument);
    if (keeps || !messageText || this.symbols.resolver.makesError(argument)) return;
    this.noteTell(entry, 'answer', state);
  }

  /** Whether the handler answers with what `entry` gives: `return entry(...)`, or an arrow whose body it is. */
  private answeredWith(entry: TSESTree.CallExpression): boolean {
    const used = outermostWrapper(entry).parent;
    return this.input.returnsToCaller && (used?.type === AST_NODE_TYPES.ReturnStatement || (used === this.input.fn && this.input.body === outermostWrapper(entry)));
  }

  private noteTell(call: TSESTree.CallExpression, kind: LossyTell['kind'], state: PathSet): void {
    if (!this.lossyTells.some((tell) => tell.call === call)) this.lossyTells.push({ call, kind });
    this.reachedAt.set(call, (this.reachedAt.get(call) ?? false) || this.someWorldHasCode(state));
  }

  private noteLossyCall(call: TSESTree.CallExpression, withCode: boolean): void {
    if (this.requestLoggedBefore(call)) return;
    if (!this.lossyCalls.includes(call)) this.lossyCalls.push(call);
    this.reachedAt.set(call, (this.reachedAt.get(call) ?? false) || withCode);
  }

  /**
   * A new error thrown in a function the handler called into (`function fail(err) { throw new
   * AppError(err.message); }`), or a call of a function that always throws that was not followed
   * into, as it is given nothing of the failure (`error(500, 'gone')`). The handler's own throws
   * are read with the rest of it (readWholeHandler).
   */
  protected override thrown(node: TSESTree.ThrowStatement | TSESTree.CallExpression, state: PathSet): void {
    if (!state.hasWorlds) return;
    // `ctx.throw(502, 'failed')`: Koa's (or Oak's) new HTTP error, thrown in the failure's place unless given what keeps it.
    if (!this.inlined && node.type === AST_NODE_TYPES.CallExpression && isContextThrow(node)) {
      if (!node.arguments.some((argument) => this.mentionsIn(argument).keeps)) this.noteLossyCall(node, this.someWorldHasCode(state));
      return;
    }
    const entry = this.inlined ? this.entryCall : node.type === AST_NODE_TYPES.CallExpression ? node : undefined;
    const fn = this.inlined ? this.entryFunction : node.type === AST_NODE_TYPES.CallExpression ? this.throwerCalled(node) : undefined;
    if (!entry || !fn) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      this.noteLossyCall(entry, this.someWorldHasCode(state));
      return;
    }
    const value = unwrap(node.argument);
    if (value.type !== AST_NODE_TYPES.NewExpression || !this.symbols.resolver.makesError(value) || this.isQueueSignal(value)) return;
    if (value.arguments.some((a) => this.mentionsIn(a).keeps || this.optionsKeep(a))) return;
    this.noteMadeElsewhere(value, fn, entry, state);
  }

  /** Records `throw 'serverError'`, `` throw `failed: ${err.message}` ``: text, which keeps nothing of the error but what it says. */
  private noteThrownText(argument: TSESTree.Node): void {
    const value = unwrap(argument);
    if (!isText(value) || this.mentionsIn(value).keeps || this.requestLoggedBefore(value) || this.thrownTexts.includes(value)) return;
    this.thrownTexts.push(value);
  }

  /** Notes `next(createError(...))`, `reject(createError(...))`; whether the call hands on such a new error. */
  private noteHandedOnCall(call: TSESTree.CallExpression): boolean {
    if (!handsOnAsFailure(call)) return false;
    for (const argument of call.arguments) this.noteLossyCallValue(argument);
    return call.arguments.some((argument) => this.lossyCalls.includes(unwrap(argument) as TSESTree.CallExpression));
  }

  /**
   * `throw made(500, 'gone')`, `throw createError(502, err.message)`, `next(createError(...))`: a
   * call whose value goes on as the failure, given nothing that keeps it, so what it makes cannot
   * be the failure. A function of the project given what the flow follows (the error) is followed
   * into instead (see noteMappedError); one given nothing of it, or only its message, counts when
   * it returns a new error.
   */
  private noteLossyCallValue(argument: TSESTree.Node): void {
    const value = unwrap(argument);
    if (value.type !== AST_NODE_TYPES.CallExpression || !this.makesErrorInPlace(value) || this.requestLoggedBefore(value)) return;
    const fn = this.symbols.resolver.functionOf(value.callee);
    if (fn) {
      const visitorKeys = (moduleOfNode(fn) ?? this.symbols.source).visitorKeys;
      // Given what the flow follows, it was followed into (noteMappedError read what it returns).
      const followed = value.arguments.some((a) => a.type !== AST_NODE_TYPES.SpreadElement && this.symbols.of(a) !== undefined);
      if (followed || !returnedExpressions(fn, visitorKeys).some((returned) => this.symbols.resolver.makesError(returned))) return;
    }
    if (!this.lossyCalls.includes(value)) this.lossyCalls.push(value);
  }

  /**
   * Whether a call that goes on as the failure makes something new in its place: not a rethrow
   * helper (`Promise.reject`-like throwers), not an answer thrown on purpose, not given anything
   * that keeps the error (`throw err.toError()`, `throw normalize(err)`), and a plain function or
   * method (not `getHandler()(...)`).
   */
  private makesErrorInPlace(call: TSESTree.CallExpression): boolean {
    if (isThrowError(call) || this.isThrownAnswer(call)) return false;
    if (call.arguments.some((a) => this.mentionsIn(a).keeps || this.optionsKeep(a)) || this.mentionsIn(call.callee).mentions) return false;
    const callee = unwrap(call.callee);
    return callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression;
  }

  /**
   * `throw json({ ... }, { status: 404 })`, `throw redirect('/signup')` of Remix or React Router,
   * SvelteKit's `redirect(303, '/login')`, `throw Response.json(...)`: a loader or action answers
   * with the Response it throws. No error is made in the failure's place.
   */
  private isThrownAnswer(call: TSESTree.CallExpression): boolean {
    const name = calleeName(call);
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrap(callee.object);
      return object.type === AST_NODE_TYPES.Identifier && object.name === 'Response' && this.symbols.resolver.isGlobal(object) && (name === 'json' || name === 'redirect');
    }
    if (this.symbols.resolver.thirdPartyPackageOf(callee) === '@sveltejs/kit') return name === 'redirect';
    return THROWN_ANSWERS.has(name ?? '') && this.symbols.resolver.isRouterFunction(callee);
  }

  /** `const options = { cause: err }; new Error('failed', options)`: options made first, in a name, that keep the error. */
  private optionsKeep(argument: TSESTree.Node): boolean {
    const name = unwrap(argument);
    const init = name.type === AST_NODE_TYPES.Identifier ? this.symbols.resolver.constantInit(name) : undefined;
    return init?.type === AST_NODE_TYPES.ObjectExpression && this.mentionsIn(init).keeps;
  }
}

const QUEUE_SIGNALS: ReadonlySet<string> = new Set(['DelayedError', 'RateLimitError', 'WaitingChildrenError']);

/** A call whose value nobody uses: a statement of its own (`res.json(...);`, `await reply.send(...);`, `void send(...)`). */
/**
 * What a call made for its effect tells: its arguments, and those of the object it is a method of
 * when that object is made right there (`new Notification({ body: err.message }).show()`), unless
 * the object is an error.
 */
function toldArguments(call: TSESTree.CallExpression, resolver: ValueResolver): TSESTree.CallExpressionArgument[] {
  const made = call.callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(call.callee.object) : undefined;
  return made?.type === AST_NODE_TYPES.NewExpression && !resolver.makesError(made) ? [...call.arguments, ...made.arguments] : call.arguments;
}

/** `next()`, Restify's (or Express's) handing on to the next handler with no error: after an answer, the handler's last word. */
const isBareNext = (node: TSESTree.Node | null | undefined): boolean => {
  const call = node && unwrap(node);
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.length === 0 && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'next';
};

/** `return;`, `return undefined;`, `next();` or `return next();`: leaves with nothing more done. */
const isQuietReturn = (node: TSESTree.Node): boolean =>
  (node.type === AST_NODE_TYPES.ReturnStatement && (!node.argument || isUndefined(node.argument) || isBareNext(node.argument))) || (node.type === AST_NODE_TYPES.ExpressionStatement && isBareNext(node.expression));

/**
 * Whether nothing of `body` runs after `statement` but leaving it: each statement from it up to
 * `body` is the last of its list, the branch of an `if`, or the last case of a switch; a `return;`
 * after it leaves the handler, a `break;` the switch it is in (and what follows the switch counts).
 */
function isLastWord(statement: TSESTree.Node, body: TSESTree.Node): boolean {
  let node = statement;
  while (node !== body) {
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.SwitchCase) {
      const list: readonly TSESTree.Node[] = parent.type === AST_NODE_TYPES.BlockStatement ? parent.body : parent.consequent;
      const [following] = list.slice(list.indexOf(node) + 1);
      if (following && isQuietReturn(following)) return true;
      if (following?.type === AST_NODE_TYPES.BreakStatement && !following.label) {
        const left = leftByBreak(parent);
        if (!left) return false;
        node = left;
        continue;
      }
      if (following) return false;
      // A case with nothing after its answer runs on into the next case's code.
      if (parent.type === AST_NODE_TYPES.SwitchCase && parent.parent.cases.at(-1) !== parent) return false;
    } else if (parent.type !== AST_NODE_TYPES.IfStatement) {
      return false;
    }
    node = parent.type === AST_NODE_TYPES.SwitchCase ? parent.parent : parent;
  }
  return true;
}

/**
 * The success a function answers with once a catch clause falls off its end, when the try is in the
 * function's own body and the statement right after it is that answer, as the function's last word:
 * `try { await ... } catch (err) { log(err); } res.json({ ok: true });` (or `return { ok: true };`).
 */
export function successAfterCatch(clause: TSESTree.CatchClause): TSESTree.Node | undefined {
  const tryStatement = clause.parent;
  const block = tryStatement.parent;
  // A finally could still answer or throw: not read.
  if (tryStatement.finalizer || block.type !== AST_NODE_TYPES.BlockStatement || !isFunctionNode(block.parent)) return undefined;
  const following = block.body[block.body.indexOf(tryStatement) + 1];
  if (following?.type === AST_NODE_TYPES.ReturnStatement) return following.argument && isSuccessAnswer(following.argument) ? following.argument : undefined;
  return following?.type === AST_NODE_TYPES.ExpressionStatement && isLastWord(following, block) ? answeredSuccess(following) : undefined;
}

const LOOPS: ReadonlySet<string> = new Set([AST_NODE_TYPES.WhileStatement, AST_NODE_TYPES.DoWhileStatement, AST_NODE_TYPES.ForStatement, AST_NODE_TYPES.ForInStatement, AST_NODE_TYPES.ForOfStatement]);

/** The switch a `break;` written in `list` leaves; undefined when it would leave a loop (or nothing). */
function leftByBreak(list: TSESTree.Node): TSESTree.SwitchStatement | undefined {
  for (let node: TSESTree.Node | undefined = list; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.SwitchStatement) return node;
    if (isOwnScope(node) || LOOPS.has(node.type)) return undefined;
  }
  return undefined;
}

function isEffectCall(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = outermostWrapper(call);
  while (
    node.parent?.type === AST_NODE_TYPES.AwaitExpression ||
    node.parent?.type === AST_NODE_TYPES.ChainExpression ||
    (node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void')
  ) {
    node = node.parent;
  }
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

/**
 * Whether only the truth of a call's value is used: the test of an `if`, a loop or a `?:`, under
 * `!`, `&&` and `||` (`if (!isSdkError(err) || err.code !== X)`). A guard, not a hand-off.
 */
function isTestedOnly(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = outermostWrapper(call);
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') {
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??') {
      // The left side is tested; the right side is whatever the whole expression is used as.
      if (parent.left === node) return true;
      node = parent;
      continue;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === node;
      default:
        return false;
    }
  }
}

/** A string literal or a template literal. */
function isText(node: TSESTree.Node): node is TSESTree.Literal | TSESTree.TemplateLiteral {
  return node.type === AST_NODE_TYPES.TemplateLiteral || (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string');
}

/** `next(x)` of an Express-style handler, `reject(x)` of a promise executor: calls that hand `x` on as the failure. */
function handsOnAsFailure(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length !== 1) return false;
  if (callee.name === 'next') return enclosingNext(call) === 'next';
  const executor = callee.name === 'reject' ? promiseExecutorAround(call) : undefined;
  const second = executor?.params[1];
  return second?.type === AST_NODE_TYPES.Identifier && second.name === 'reject';
}

/** Whether the value of `call` goes on as the failure: thrown, or handed on (`next(call)`, `reject(call)`). */
function goesOnAsFailure(call: TSESTree.CallExpression): boolean {
  const used = outermostWrapper(call).parent;
  return used?.type === AST_NODE_TYPES.ThrowStatement || (used?.type === AST_NODE_TYPES.CallExpression && used.arguments.includes(outermostWrapper(call) as TSESTree.CallExpressionArgument) && handsOnAsFailure(used));
}

/**
 * What `fn` returns when given an Error: the value of a leading `if (e instanceof Error) return
 * value;` (`isErrorTest` tells that test), or else every value it returns.
 */
function returnedForAnError(fn: FunctionNode, isErrorTest: (test: TSESTree.Node) => boolean, visitorKeys: SourceFile['visitorKeys']): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  for (const statement of fn.body.body) {
    if (statement.type === AST_NODE_TYPES.ReturnStatement) break;
    if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !isErrorTest(statement.test)) continue;
    const consequent = statement.consequent.type === AST_NODE_TYPES.BlockStatement && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
    if (consequent?.type === AST_NODE_TYPES.ReturnStatement && consequent.argument) return [consequent.argument];
  }
  return returnedExpressions(fn, visitorKeys);
}

/** Whether `node` is what `fn` returns: a `return` of its own, or its arrow's expression body. */
function returnedBy(node: TSESTree.Node, fn: FunctionNode): boolean {
  const value = outermostWrapper(node);
  if (fn.body === value) return true;
  return value.parent?.type === AST_NODE_TYPES.ReturnStatement && enclosingFunction(value.parent) === fn;
}

/** The node that stands for `node` where it is used: itself, or the cast or non-null assertion around it. */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && unwrap(current.parent) === node) current = current.parent;
  return current;
}

/** `undefined` or `void 0`: what a bare `return;` gives too. */
function isUndefined(node: TSESTree.Node): boolean {
  const value = unwrap(node);
  return (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') || (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void');
}

/** Whether an identifier reads a variable (not a property name or an object key). */
function isReference(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression) return parent.object === node || parent.computed;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === node) return parent.computed || parent.shorthand;
  return true;
}

/** RxJS's `throwError(() => error)` (or `throwError(error)`): an Observable that fails with it, what a `catchError` returns to rethrow. */
/** What Remix and React Router loaders and actions throw to answer: a Response, not an error. */
const THROWN_ANSWERS: ReadonlySet<string> = new Set(['json', 'redirect', 'redirectDocument', 'replace', 'data']);

function isThrowError(node: TSESTree.CallExpression): boolean {
  return calleeName(node) === 'throwError' && node.arguments.length === 1;
}

/** What `throwError(...)` fails with, when it is written there: the factory's value, or the error given; any other node as it is. */
function thrownBy(node: TSESTree.Node): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.CallExpression || !isThrowError(node)) return node;
  const [given] = node.arguments;
  if (given?.type === AST_NODE_TYPES.ArrowFunctionExpression && given.body.type !== AST_NODE_TYPES.BlockStatement) return unwrap(given.body);
  return given ? unwrap(given) : node;
}

/** `batchItemFailures.push(...)` (or `response.batchItemFailures.push(...)`): the record goes back to its SQS queue. */
function isBatchItemFailure(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyName(callee) !== 'push') return false;
  const list = unwrap(callee.object);
  const name = list.type === AST_NODE_TYPES.Identifier ? list.name : list.type === AST_NODE_TYPES.MemberExpression ? propertyName(list) : undefined;
  return name === 'batchItemFailures';
}

/** `expect(x)` (vitest, jest, chai) or `assert...(x)` (node:assert, chai): a test's assertion about what it is given. */
function isAssertion(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.Identifier ? (unwrap(callee.object) as TSESTree.Identifier).name : undefined;
  return name === 'expect' || name === 'assert';
}

/** The names `{ message }` or `{ message: text = '' }` bind, of a pattern destructuring the error. */
function destructuredMessageNames(pattern: TSESTree.ObjectPattern): string[] {
  return pattern.properties.flatMap((property) => {
    if (property.type !== AST_NODE_TYPES.Property || !MESSAGE.has(keyName(property.key, property.computed) ?? '')) return [];
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    return value.type === AST_NODE_TYPES.Identifier ? [value.name] : [];
  });
}

/**
 * Whether `value` is the text `read` (the error's message) or text made around it: a template,
 * a concatenation, a default (`err.message ?? 'failed'`), a choice. `KNOWN.includes(err.message)`
 * only looks at it.
 */
function isTextOf(read: TSESTree.Node, value: TSESTree.Node): boolean {
  for (let node: TSESTree.Node = read; node !== value; node = node.parent as TSESTree.Node) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return false;
    const carries =
      parent.type === AST_NODE_TYPES.TemplateLiteral ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node) ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression;
    if (!carries) return false;
  }
  return true;
}
