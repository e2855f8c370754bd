/**
 * The flow of a raw HTTPS call's body. LCIC answers HTTP 200 to a failed call, with
 * `Response.Error` in the body, so nothing throws: the code that reads the body must look at the
 * error. Followed from the call through the rest of its function (and into `.then` callbacks and
 * functions of the same file that get the body), in two worlds: the body holds an error, or not.
 *
 * Found, in the world with an error:
 * - **uses**: `Response.X` read (or destructured) as if the call had worked;
 * - **discarded**: a path that ends without ever looking at Response.Error (the body never read,
 *   or read and dropped) and without passing the body on;
 * - **returned**: the body (or the promise of it) returned unchecked: the function is then a raw
 *   call to its callers, who must check it;
 * - **lossy errors**: a new error made from `Response.Error` (its code or message) that keeps
 *   nothing of `Response.RequestId`: the one thing support asks for is lost;
 * - **whether what it throws carries the code** as `code`, as the SDK's errors do: a signing
 *   helper that checks the body and throws `new LcicError(Error.Code, ...)` then fails like an SDK
 *   call to its callers, who branch on `err.code`.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isAbsentValue, isLogCall, keyName, promiseExecutorAround, propertyName, unwrap, walkTree, type FunctionNode } from '../ast.js';
import type { ValueResolver } from '../resolve-value.js';
import type { SourceFile } from '../source-file.js';
import { Exit, LOGGED, MATCHED, PASSED, PathSet } from './paths.js';
import { awaited, FlowSymbols, isBodyPart, type FlowSymbol } from './symbols.js';
import { carriesCode } from './carries-code.js';
import { dispatchOf, type Dispatch } from '../dispatch.js';
import { keepingAlive } from '../error-handlers.js';
import { Fate, FlowWalker, isOwnScope, settlingByExecutor, type ExitPoint, type Settled } from './walker.js';
import { NO_ERROR, Worlds } from './worlds.js';

export interface RawFlowInput {
  /**
   * The raw call whose result starts the flow (paths before it have no world yet), or the
   * `new Promise` made around an `https.request` that settles with its body.
   */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  /** Instead of a call: a parameter that holds the result from the start (an axios response interceptor's). */
  readonly param?: TSESTree.Node;
  /** Instead of a call: the reads of a name that holds the result from the start (the text an `https.request` gathered). */
  readonly startNodes?: readonly TSESTree.Node[];
  /** With `param`: the callback's error parameter, null when the result arrived (`(err, body) => ...`). */
  readonly absentParam?: TSESTree.Node;
  /**
   * The parameter of the helper around the followed code that it answers its callers through
   * (`request(action, params, cb)`, ending in `cb(null, body)` or `cb(err)`).
   */
  readonly answersThrough?: TSESTree.Identifier;
  /**
   * What the call's result (or the parameter) stands for: fetch's Response (with `.json()`),
   * axios's response (whose `data` is the body), or, for a raw helper, the promise of what it returns.
   */
  readonly start: FlowSymbol;
  /** The code the call's result flows through: its function's body, or the whole program. */
  readonly scope: TSESTree.Node;
  readonly fn: FunctionNode | undefined;
}

const ERROR_WORLD = 0;
/** The bits of a path mask (see paths.ts) for the fact combinations without MATCHED. */
const UNMATCHED_COMBINATIONS = [0, 1, 2, 3, 4, 5, 6, 7].filter((combination) => (combination & MATCHED) === 0).reduce((bits, combination) => bits | (1 << combination), 0);

export class RawBodyFlow extends FlowWalker {
  readonly uses: TSESTree.Node[] = [];
  /**
   * The uses that only paths which looked at the error reach: after `if (error) switch (error.Code)`
   * falls through for a code no case names, the body is read as if the call had worked.
   */
  readonly usesAfterCheck = new Set<TSESTree.Node>();
  readonly returned: TSESTree.Node[] = [];
  readonly messageReads: TSESTree.Node[] = [];
  readonly codeReads: TSESTree.Node[] = [];
  /**
   * Whether the error leaves whole on some path where the call failed (`{ cause: body.Response }`,
   * `new LcicCallFailed(body.Response.Error, ...)`): its Code goes with it, for the code that gets it.
   */
  errorPassedWhole = false;
  /** Whether some path where the body holds an error logs something of the body (its error, its message). */
  private loggedInError = false;
  /** Whether some path where the body holds an error hands what finds the request to a call (an answer sent for its effect). */
  private toldRequest = false;
  /**
   * `new Error(body.Response.Error.Code)`, each with the `Response` expression it read the error
   * from (undefined when the error came through a name destructured from the body).
   */
  readonly lossyErrors: { readonly created: TSESTree.NewExpression | TSESTree.CallExpression; readonly response: TSESTree.Node | undefined }[] = [];
  /**
   * Answers to an HTTP request made on a path where the body holds an error that tell the error
   * (`told`: `body.Response.Error.Code`, or the Error whole) without its RequestId, each with the
   * `Response` expression the error was read from (undefined when it came through a destructured name).
   */
  readonly lossyAnswers: { readonly answer: TSESTree.Node; readonly told: TSESTree.Node; readonly response: TSESTree.Node | undefined }[] = [];

  constructor(
    source: SourceFile,
    resolver: ValueResolver,
    private readonly input: RawFlowInput,
  ) {
    const starts = new Map<TSESTree.Node, FlowSymbol>(input.call ? [[input.call, input.start]] : []);
    for (const node of input.startNodes ?? []) starts.set(node, input.start);
    const bindings = new Map<TSESTree.Node, FlowSymbol>(input.param ? [[input.param, input.start]] : []);
    if (input.absentParam) bindings.set(input.absentParam, { kind: 'absent' });
    // Which code the error has does not change what must be checked: one world for any error.
    super(Worlds.of([], NO_ERROR), new FlowSymbols(source, resolver, bindings, starts));
  }

  /** The field of a helper's Result holding the response when it is not `data` (`{ ok: true, value }`). */
  private get resultDataField(): string | undefined {
    const start = awaited(this.input.start);
    return start?.kind === 'parsed' ? start.data : undefined;
  }

  run(): this {
    this.follow(this.input.scope, this.input.call ? PathSet.beforeStart(this.size) : PathSet.all(this.size), this.input.fn);
    return this;
  }

  /**
   * What each of `returned` stood for where it was returned: one returned from a `.then` callback
   * (`.then((body) => cb(null, body))`) names that callback's parameter, bound only while it was followed.
   */
  private readonly returnedAs = new Map<TSESTree.Node, FlowSymbol>();

  /** What an expression of the flow stands for: the body, its Response, the HTTP result, the code. */
  symbolOf(node: TSESTree.Node): FlowSymbol | undefined {
    return this.returnedAs.get(node) ?? this.symbols.of(node);
  }

  /**
   * Whether the paths where the body holds an error throw errors that carry its code as `code`,
   * and only such errors once they have read the body: `new LcicError(Error.Code, ...)` of a class
   * that keeps that argument as `code`, `Object.assign(new Error(m), { code: Error.Code })`,
   * `{ code: Error.Code, ... }`, or a new error stored and given `e.code = Error.Code` before the
   * throw. A throw that reads nothing of the body (`HTTP 502`) is a failure without a code, as the
   * SDK's are. A throw inside a function the flow followed into (`assertOk(body)`) is read with
   * what that function's parameters were given.
   */
  get throwsItsCode(): boolean {
    let carried = false;
    for (const point of this.exits.values()) {
      if ((point.masks[ERROR_WORLD] as number) === 0) continue;
      const thrown = thrownAt(point, this.rejections);
      if (thrown === undefined) {
        if (point.kind === Exit.Throw) return false;
        continue;
      }
      if (carriesCode(thrown, point.symbols)) carried = true;
      else if (this.readsBody(thrown, point.symbols)) return false;
    }
    return carried;
  }

  /**
   * Whether some path where the body holds an error returns a Result object made from it,
   * `{ ok: false, code: Response.Error.Code, ... }`: the shape of parseLcicResponse's result, which
   * the caller then checks by `ok` and branches on by `code`.
   */
  get returnsResult(): boolean {
    for (const point of this.exits.values()) {
      if (point.kind !== Exit.ReturnFailure || (point.masks[ERROR_WORLD] as number) === 0) continue;
      const value = unwrap(point.node);
      if (value.type !== AST_NODE_TYPES.ObjectExpression) continue;
      const property = (name: string) => value.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyName(p.key, p.computed) === name);
      const ok = property('ok');
      const code = property('code');
      if (ok && code && this.isCode(code.value)) return true;
    }
    return false;
  }

  /** Whether the paths where the body holds an error all leave by a throw or a rejection, none with the body whole. */
  get rejectsErrors(): boolean {
    let rejects = false;
    for (const point of this.exits.values()) {
      if ((point.masks[ERROR_WORLD] as number) === 0) continue;
      if (point.kind === Exit.Throw || (point.kind === Exit.ReturnFailure && thrownAt(point, this.rejections) !== undefined)) rejects = true;
      else return false;
    }
    return rejects;
  }

  private get source(): SourceFile {
    return this.symbols.source;
  }

  private isCode(node: TSESTree.Node): boolean {
    return this.symbols.of(node)?.kind === 'code';
  }

  /** Whether `node` reads anything of the body (its Response, Error, code or fields), with the names as `symbols` bind them. */
  private readsBody(node: TSESTree.Node, symbols = this.symbols): boolean {
    let reads = false;
    walkTree(node, this.source.visitorKeys, (inner) => {
      if (reads) return false;
      const kind = awaited(symbols.of(inner))?.kind;
      reads = kind === 'body' || kind === 'response' || kind === 'response-error' || kind === 'response-field' || kind === 'code' || kind === 'parsed';
      return !reads;
    });
    return reads;
  }

  /**
   * Where the paths on which the body holds an error leave with an answer (`return null`,
   * `return;`), in source order, when every such path looked at the error and then dropped it:
   * nothing thrown, returned, given on or logged of it, and its code compared nowhere (a branch
   * for a code is a decision about it). Empty otherwise.
   */
  get droppedAfterCheck(): TSESTree.Node[] {
    // An answer that tells the error (its message, say) drops nothing: preserve-request-id reports the RequestId it leaves out.
    if (this.codeReads.length > 0 || this.tests.length > 0 || this.lossyAnswers.length > 0 || !this.dropsTheError()) return [];
    return this.answersInError();
  }

  /**
   * The same, when the code that looked at the error also branched on its Code (`switch
   * (error.Code)`, `if (error.Code === 'X')`) and the codes no branch names all end alike: in
   * answers (a `default:` returning the success value), or at the end of the followed code (then
   * `fallsThrough` is the dispatch, where a report points). Undefined when a code is compared with
   * a value not known here, or when an answer tells the code (preserve-request-id's to report).
   */
  get droppedByDefault(): { readonly answers: readonly TSESTree.Node[] } | { readonly fallsThrough: Dispatch } | undefined {
    if (this.tests.length === 0 || this.comparesUnknownValue || this.lossyAnswers.length > 0 || !this.dropsTheError()) return undefined;
    const answers = this.answersInError();
    if (answers.length > 0) return { answers };
    const dispatch = dispatchOf(this.tests, this.input.scope);
    return dispatch && this.exitsWith(ERROR_WORLD, Exit.End) ? { fallsThrough: dispatch } : undefined;
  }

  /**
   * Whether every path where the body holds an error (of a code no branch names) looked at the
   * error and then ends with nothing of it thrown, returned, given on, logged or told.
   */
  private dropsTheError(): boolean {
    const outcome = this.outcomes[ERROR_WORLD] as number;
    if (outcome === 0 || this.loggedInError || this.toldRequest) return false;
    for (let bit = 0; bit < 32; bit++) {
      if (!(outcome & (1 << bit))) continue;
      const exit = bit >> 3;
      const facts = bit & 7;
      if (exit === Exit.Throw || exit === Exit.ReturnFailure || (facts & (PASSED | LOGGED)) !== 0 || (facts & MATCHED) === 0) return false;
    }
    return true;
  }

  /** The answers (`return x`, `return;`) paths where the body holds an error end in, in source order; none when one keeps what finds the request. */
  private answersInError(): TSESTree.Node[] {
    const answers = [...this.exits.values()]
      .filter((point) => (point.masks[ERROR_WORLD] as number) !== 0 && (point.kind === Exit.ReturnValue || point.node.type === AST_NODE_TYPES.ReturnStatement))
      .map((point) => point.node)
      .sort((a, b) => a.range[0] - b.range[0]);
    // `return Response.json({ error: result.code, requestId: result.requestId })`: the answer keeps what finds the request.
    return answers.some((answer) => this.keepsRequest(answer)) ? [] : answers;
  }

  /**
   * Some path where the body holds an error goes on after handing the body to code this flow does
   * not follow (`const checked = validate(body)`), rather than leaving by a throw or a rejection:
   * whether that code checks Response.Error is not known.
   */
  get handedOff(): boolean {
    const outcome = this.outcomes[ERROR_WORLD] as number;
    for (let bit = 0; bit < 32; bit++) {
      if (!(outcome & (1 << bit))) continue;
      const exit = bit >> 3;
      const facts = bit & 7;
      if (facts & PASSED && !(facts & MATCHED) && exit !== Exit.Throw && exit !== Exit.ReturnFailure) return true;
    }
    return false;
  }

  /** Some path ends with the error never looked at and the body not passed on. */
  get discarded(): boolean {
    return (this.fates(ERROR_WORLD) & (Fate.Answered | Fate.FellThrough)) !== 0;
  }

  protected isStart(node: TSESTree.Node): boolean {
    return node === this.input.call;
  }

  /** The rejections the flow met (`reject(new LcicError(...))`): each a throw of its argument. */
  private readonly rejections = new Set<TSESTree.Node>();

  /**
   * What the helper's callers get: `resolve(x)` and `reject(e)` of a `new Promise((resolve, reject) => ...)`
   * written around the followed code (a helper made a promise of `https.request`), or, in a helper
   * that answers through a callback, `cb(null, x)` and `cb(e)`.
   */
  protected override settles(call: TSESTree.CallExpression): Settled | undefined {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const given = (argument: TSESTree.CallExpressionArgument | undefined) => (argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : null);
    const { answersThrough } = this.input;
    if (answersThrough && callee.name === answersThrough.name && this.symbols.resolver.parameterOf(callee) === answersThrough) {
      const [error, value] = call.arguments;
      if (error === undefined || isAbsentValue(error)) return { way: 'resolve', value: given(value) };
      this.rejections.add(call);
      return { way: 'reject' };
    }
    const settled = this.executor && settlingByExecutor(call, this.executor, this.symbols.resolver);
    if (settled?.way === 'reject') this.rejections.add(call);
    return settled;
  }

  private executorAround: FunctionNode | null | undefined;

  private get executor(): FunctionNode | undefined {
    this.executorAround ??= promiseExecutorAround(this.input.scope) ?? null;
    return this.executorAround ?? undefined;
  }

  private bodyIn(node: TSESTree.Node): boolean {
    let found = false;
    walkTree(node, this.symbols.source.visitorKeys, (inner) => {
      if (found) return false;
      const symbol = this.symbols.of(inner);
      if (isBodyPart(symbol) || awaited(symbol)?.kind === 'response-error') found = true;
      return !found;
    });
    return found;
  }

  /**
   * An object, array or `JSON.stringify(...)` made here with the body (or a part) in it, and not
   * its error; or an answer to an HTTP request made of them (`c.json(data.Response)`, see answers).
   */
  private packsUncheckedBody(argument: TSESTree.Node): boolean {
    const made = unwrap(argument);
    const packs = made.type === AST_NODE_TYPES.ObjectExpression || made.type === AST_NODE_TYPES.ArrayExpression || (made.type === AST_NODE_TYPES.CallExpression && isJsonStringify(made)) || this.answers(made);
    if (!packs) return false;
    const seen = { body: false, error: false };
    walkTree(made, this.symbols.source.visitorKeys, (inner) => {
      if (seen.error || isOwnScope(inner)) return false;
      const symbol = awaited(this.symbols.of(inner));
      if (symbol?.kind === 'response-error') seen.error = true;
      else if (isBodyPart(symbol)) seen.body = true;
      return !seen.error;
    });
    return seen.body && !seen.error;
  }

  /**
   * Whether a call or `new` answers an HTTP request with what it is given: `res.json(x)`,
   * `res.status(200).send(x)`, Hono's `c.json(x)`, Fastify's `reply.send(x)`, the Fetch API's
   * `Response.json(x)` and `new Response(x)` (and Next.js's `NextResponse`), Remix's `json(x)`. The body sent on
   * there unchecked reaches the client as a success: it is not handed to code that may check it.
   */
  private answers(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.NewExpression) {
      const callee = unwrap(node.callee);
      return callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'Response' || callee.name === 'NextResponse') && node.arguments.length > 0;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) return false;
    const callee = unwrap(node.callee);
    // Remix's and React Router's `json(x)` and `data(x)`: a Response made of `x`, for the loader to return.
    if (callee.type === AST_NODE_TYPES.Identifier) return (callee.name === 'json' || callee.name === 'data') && this.symbols.resolver.isRouterFunction(callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(callee) : undefined;
    return (name === 'json' || name === 'send') && callee.type === AST_NODE_TYPES.MemberExpression && !isBodyPart(this.symbols.of(callee.object));
  }

  protected callFlags(call: TSESTree.CallExpression): number {
    // `JSON.stringify(body.Response)` only turns the body into text, which goes on as the body did (see returnExit).
    if (isLogCall(call) || calleeName(call) === 'parseLcicResponse' || isJsonStringify(call)) return 0;
    // Sent to the client unchecked: an answer (the path's way out says so), not a hand-off.
    if (this.answers(call) && this.packsUncheckedBody(call)) return 0;
    // `ctx.waitUntil(callLcic(...))`: kept running and never read, not handed to code that may check it.
    if (call.arguments[0] && keepingAlive(call.arguments[0], this.symbols.resolver)) return 0;
    // Given to code this flow does not follow (the body, or a helper's Result whole): that code decides, and nothing is said here.
    return call.arguments.some((argument) => {
      const symbol = this.symbols.of(argument);
      return isBodyPart(symbol) || awaited(symbol)?.kind === 'parsed';
    })
      ? PASSED
      : 0;
  }

  protected valueFlags(node: TSESTree.NewExpression | TSESTree.AssignmentExpression): number {
    if (node.type === AST_NODE_TYPES.NewExpression) return !this.answers(node) && node.arguments.some((argument) => isBodyPart(this.symbols.of(argument))) ? PASSED : 0;
    return node.left.type === AST_NODE_TYPES.MemberExpression && isBodyPart(this.symbols.of(node.right)) ? PASSED : 0;
  }

  protected returnExit(argument: TSESTree.Expression | null, state: PathSet): Exit {
    if (!argument) return Exit.End;
    // The body, or a Result made from it (a helper's `{ ok, code }`): the caller gets it to check.
    const returned = this.symbols.of(argument);
    // (Its text too, `resolve(data)`: the caller parses it.)
    if (isBodyPart(returned) || awaited(returned)?.kind === 'parsed' || awaited(returned)?.kind === 'body-text') {
      if (this.inError(state)) {
        this.returned.push(argument);
        if (returned) this.returnedAs.set(argument, returned);
      }
      return Exit.ReturnFailure;
    }
    // `return Promise.reject(err)`, with an error built before: a rejection, whatever it holds.
    if (isPromiseReject(argument)) return Exit.ReturnFailure;
    // `{ statusCode: 200, body: JSON.stringify(res.data.Response) }`: the body, unchecked, packed into
    // an answer made here. (One that also hands on Response.Error, `{ data, error: Response.Error }`, leaves it to the caller.)
    if (this.packsUncheckedBody(argument)) return Exit.ReturnValue;
    // `return { ok: false, error: `${Response.Error.Code}: ${Response.Error.Message}` }` from the
    // function that made the call: its caller is told the error, and nothing finds the request.
    if (!this.inlined && this.inError(state) && unwrap(argument).type === AST_NODE_TYPES.ObjectExpression) this.noteLossyAnswer(argument);
    return this.bodyIn(argument) ? Exit.ReturnFailure : Exit.ReturnValue;
  }

  protected evaluated(node: TSESTree.Node, state: PathSet): void {
    if (node.type === AST_NODE_TYPES.MemberExpression && !this.mayReadBody(node)) return;
    // Names a pattern binds: only they can stand for a field without a member read (below).
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.ObjectPattern) this.noteBoundNames(node.id);
    if (node.type === AST_NODE_TYPES.MemberExpression && state.hasWorlds) {
      const object = this.symbols.of(node.object)?.kind;
      const name = propertyName(node);
      if (object === 'response-error' && name === 'Message' && !this.messageReads.includes(node)) this.messageReads.push(node);
      if (object === 'response-error' && name === 'Code' && !this.codeReads.includes(node)) this.codeReads.push(node);
    }
    if (!this.inError(state)) return;
    if (node.type === AST_NODE_TYPES.NewExpression && this.symbols.resolver.makesError(node)) this.noteLossy(node);
    // `throw Boom.badGateway(Response.Error.Code)`: what a call makes is thrown in the failure's place
    // (a `new` error among its arguments is judged on its own, above).
    if (node.type === AST_NODE_TYPES.CallExpression && node.parent.type === AST_NODE_TYPES.ThrowStatement && !node.arguments.some((argument) => this.symbols.resolver.makesError(argument))) this.noteLossy(node);
    if ((node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) && this.answers(node)) this.noteLossyAnswer(node);
    if (node.type === AST_NODE_TYPES.CallExpression && !this.loggedInError && isLogCall(node)) this.loggedInError = node.arguments.some((argument) => this.readsBody(argument));
    // `res.writeHead(502).end(JSON.stringify({ code: r.code, requestId: r.requestId }))`, then `return;`: an answer that keeps the request.
    if (node.type === AST_NODE_TYPES.CallExpression && node !== this.input.call && !this.toldRequest && !isLogCall(node)) this.toldRequest = node.arguments.some((argument) => this.keepsRequest(argument));
    // `ctx.body = { error: r.code, requestId: r.requestId }` (Koa, Oak's `ctx.response.body`): an answer by assignment that keeps it.
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && !this.toldRequest) this.toldRequest = this.keepsRequest(node.right);
    if ((node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) && !this.errorPassedWhole) {
      this.errorPassedWhole = node.arguments.some((argument) => this.holdsWholeError(argument));
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const object = this.symbols.of(node.object)?.kind;
      if ((object === 'response' || object === 'parsed') && this.symbols.of(node)?.kind === 'response-field') this.use(node, state);
    } else if (node.type === AST_NODE_TYPES.Identifier && this.destructured.has(node.name) && !isBinding(node) && this.symbols.of(node)?.kind === 'response-field') {
      // `const { Error, RoomId } = body.Response` only names the field; reading `RoomId` where the call may have failed uses it.
      this.use(node, state);
    }
  }

  private readonly destructured = new Set<string>();

  private noteBoundNames(pattern: TSESTree.Node): void {
    walkTree(pattern, this.symbols.source.visitorKeys, (inner) => {
      if (inner.type === AST_NODE_TYPES.Identifier && isBinding(inner)) this.destructured.add(inner.name);
      return !isOwnScope(inner);
    });
  }

  /**
   * Whether a member read can be one of the body's: `Response.X` and `parsed.data.X` read off a
   * name, an `await` or `.Response`/`.data`/`.Error`; `a.b().c` and the like never are. (Asked for every
   * member read of the function, so it stays cheap.)
   */
  private mayReadBody(node: TSESTree.MemberExpression): boolean {
    const object = unwrap(node.object);
    // `(await lcicRequest('GetRooms', {})).Total`: a field read off what the call's promise holds.
    if (object.type === AST_NODE_TYPES.Identifier || object.type === AST_NODE_TYPES.AwaitExpression) return true;
    if (object.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = propertyName(object);
    return name === 'Response' || name === 'data' || name === 'Error' || (name !== undefined && name === this.resultDataField);
  }

  /**
   * Records a new error built from the body's error that keeps nothing finding the request: no
   * `RequestId` read, and neither the body nor its `Response` given whole.
   */
  private noteLossy(created: TSESTree.NewExpression | TSESTree.CallExpression): void {
    // Only an error that leaves as it is made: one stored first (`const e = new Error(...);
    // e.requestId = ...; throw e;`) may get the RequestId before it goes.
    const leaving = outermost(created);
    const parent = leaving.parent;
    const leaves = parent?.type === AST_NODE_TYPES.ThrowStatement || parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== leaving);
    // `Object.assign(new Error(...), { requestId: Response.RequestId })`: another argument keeps it.
    const company = parent?.type === AST_NODE_TYPES.CallExpression ? parent.arguments.filter((argument) => argument !== leaving) : [];
    if (!leaves || company.some((argument) => this.keepsRequest(argument))) return;
    const found = { keeps: false, readsError: false, response: undefined as TSESTree.Node | undefined };
    for (const argument of created.arguments) {
      walkTree(argument, this.symbols.source.visitorKeys, (inner) => {
        if (found.keeps) return false;
        if (inner.type === AST_NODE_TYPES.MemberExpression && propertyName(inner) === 'RequestId') found.keeps = true;
        if (inner.type === AST_NODE_TYPES.Identifier && this.symbols.holdsRequestId(inner)) found.keeps = true;
        const kind = awaited(this.symbols.of(inner))?.kind;
        // `requestId`, a parameter given `body.Response.RequestId` (`fail(body.Response.Error, body.Response.RequestId)`).
        if (kind === 'request-id' && inner.type === AST_NODE_TYPES.Identifier) found.keeps = true;
        // `failure.Code`, with `const failure = body.Response.Error` (or destructured): the error read through a name.
        if (kind === 'response-error' && inner.type === AST_NODE_TYPES.Identifier) {
          found.readsError = true;
          found.response ??= this.responseOfAlias(inner);
          return false;
        }
        if (kind !== 'body' && kind !== 'response' && kind !== 'parsed' && kind !== 'http-result') return !found.keeps;
        // `body.Response.Error`: the Response it is read from. Given whole, it keeps the RequestId.
        const reader = inner.parent;
        if (kind === 'response' && reader?.type === AST_NODE_TYPES.MemberExpression && reader.object === inner && propertyName(reader) === 'Error') {
          found.readsError = true;
          found.response ??= inner;
        } else {
          found.keeps = true;
        }
        return false;
      });
    }
    const { keeps, readsError } = found;
    // `if (body.Response.Error) throw new Error('LCIC failed')`: made from nothing of the body, in the branch that found its error.
    const test = readsError || this.requestLoggedBefore(created) ? undefined : this.errorTestAround(created);
    const response = found.response ?? test?.response;
    if (!keeps && (readsError || test) && !this.lossyErrors.some((lossy) => lossy.created === created)) this.lossyErrors.push({ created, response });
  }

  /** Whether a log that keeps the request (`console.error('failed', body.Response.RequestId)`) comes before `node` in a block around it. */
  private requestLoggedBefore(node: TSESTree.Node): boolean {
    for (let inner = node, outer = node.parent; outer && !isOwnScope(outer); inner = outer, outer = outer.parent) {
      if (outer.type !== AST_NODE_TYPES.BlockStatement) continue;
      const earlier = outer.body.slice(0, outer.body.indexOf(inner as TSESTree.Statement));
      const logs = earlier.some((statement) => {
        const call = statement.type === AST_NODE_TYPES.ExpressionStatement ? unwrap(statement.expression) : undefined;
        return call?.type === AST_NODE_TYPES.CallExpression && isLogCall(call) && call.arguments.some((argument) => this.keepsRequest(argument));
      });
      if (logs) return true;
    }
    return false;
  }

  /**
   * The test of the body's error whose branch `node` is in (`if (body.Response.Error) ...`,
   * `if (Response.Error) { ... }`), within the function, with the Response it reads when that is written out.
   */
  private errorTestAround(node: TSESTree.Node): { response: TSESTree.Node | undefined } | undefined {
    for (let inner = node, outer = node.parent; outer && !isOwnScope(outer); inner = outer, outer = outer.parent) {
      if (outer.type !== AST_NODE_TYPES.IfStatement || outer.consequent !== inner) continue;
      let found: { response: TSESTree.Node | undefined } | undefined;
      walkTree(outer.test, this.symbols.source.visitorKeys, (read) => {
        if (found || awaited(this.symbols.of(read))?.kind !== 'response-error') return !found;
        const object = read.type === AST_NODE_TYPES.MemberExpression ? read.object : undefined;
        found = { response: object && awaited(this.symbols.of(object))?.kind === 'response' ? object : undefined };
        return false;
      });
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Records an answer to an HTTP request that tells the body's error (`Response.json({ error:
   * body.Response.Error.Code }, { status: 502 })`, or the Error whole) and nothing that finds the
   * request: no `RequestId`, and neither the body nor its Response whole.
   */
  private noteLossyAnswer(answer: TSESTree.Expression): void {
    const parts = answer.type === AST_NODE_TYPES.CallExpression || answer.type === AST_NODE_TYPES.NewExpression ? answer.arguments : [answer];
    if (this.lossyAnswers.some((lossy) => lossy.answer === answer) || parts.some((argument) => this.keepsRequest(argument))) return;
    let told: TSESTree.Node | undefined;
    for (const argument of parts) {
      walkTree(argument, this.symbols.source.visitorKeys, (inner) => {
        if (told || isOwnScope(inner)) return false;
        if (awaited(this.symbols.of(inner))?.kind !== 'response-error') return true;
        // `Error.Code`, `Error.Message`: the read, for the report; `Error` alone is the error whole, which has no RequestId either.
        const parent = inner.parent;
        told = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === inner ? parent : inner;
        return false;
      });
    }
    if (!told) return;
    const error = told.type === AST_NODE_TYPES.MemberExpression && told.object.type === AST_NODE_TYPES.MemberExpression && propertyName(told) !== 'Error' ? told.object : told;
    const response = error.type === AST_NODE_TYPES.MemberExpression && awaited(this.symbols.of(error.object))?.kind === 'response' ? error.object : error.type === AST_NODE_TYPES.Identifier ? this.responseOfAlias(error) : undefined;
    this.lossyAnswers.push({ answer, told, response });
  }

  /** `body.Response` in `const failure = body.Response.Error`: the Response an alias of its error was read from, if written out. */
  private responseOfAlias(alias: TSESTree.Identifier): TSESTree.Node | undefined {
    const init = this.symbols.definitionOf(alias)?.init;
    const read = init && unwrap(init);
    if (read?.type !== AST_NODE_TYPES.MemberExpression || propertyName(read) !== 'Error') return undefined;
    return awaited(this.symbols.of(read.object))?.kind === 'response' ? read.object : undefined;
  }

  /** Whether `node` reads a RequestId, or holds the body or its Response whole. */
  private keepsRequest(node: TSESTree.Node): boolean {
    let keeps = false;
    walkTree(node, this.symbols.source.visitorKeys, (inner) => {
      if (keeps) return false;
      if (inner.type === AST_NODE_TYPES.MemberExpression && propertyName(inner) === 'RequestId') keeps = true;
      // A Result's `requestId` (`{ ok: false, code, requestId }`).
      if (inner.type === AST_NODE_TYPES.MemberExpression && propertyName(inner) === 'requestId' && awaited(this.symbols.of(inner.object))?.kind === 'parsed') keeps = true;
      // `const { Error: failure, RequestId } = Response`, then `{ requestId: RequestId }`.
      if (inner.type === AST_NODE_TYPES.Identifier && this.symbols.holdsRequestId(inner)) keeps = true;
      const kind = awaited(this.symbols.of(inner))?.kind;
      if (kind === 'request-id' && inner.type === AST_NODE_TYPES.Identifier) keeps = true;
      // Whole, not only read off (`body.Response.Error.Code` keeps nothing of the request).
      if ((kind === 'body' || kind === 'parsed' || kind === 'response') && !(inner.parent?.type === AST_NODE_TYPES.MemberExpression && inner.parent.object === inner)) keeps = true;
      return !keeps;
    });
    return keeps;
  }

  /** Whether `node` holds the body, its Response or its Error as a whole (not only a field read off it). */
  private holdsWholeError(node: TSESTree.Node): boolean {
    let whole = false;
    walkTree(node, this.symbols.source.visitorKeys, (inner) => {
      if (whole) return false;
      const kind = awaited(this.symbols.of(inner))?.kind;
      if (kind !== 'body' && kind !== 'response' && kind !== 'parsed' && kind !== 'response-error') return true;
      const reader = inner.parent;
      whole = !(reader?.type === AST_NODE_TYPES.MemberExpression && reader.object === inner);
      return false;
    });
    return whole;
  }

  private use(node: TSESTree.Node, state: PathSet): void {
    if (!this.uses.includes(node)) this.uses.push(node);
    // Every path with an error here has looked at it (a branch on its Code let this code through).
    if (((state.masks[ERROR_WORLD] as number) & UNMATCHED_COMBINATIONS) === 0) this.usesAfterCheck.add(node);
    else this.usesAfterCheck.delete(node);
  }

  private inError(state: PathSet): boolean {
    return (state.masks[ERROR_WORLD] as number) !== 0;
  }
}

/** What a way out throws: `throw x`, or `return Promise.reject(x)`; undefined for any other (a call that throws, a value). */
function thrownAt(point: ExitPoint, rejections: ReadonlySet<TSESTree.Node>): TSESTree.Node | undefined {
  if (point.kind === Exit.Throw && rejections.has(point.node)) return (point.node as TSESTree.CallExpression).arguments[0];
  if (point.kind === Exit.Throw) return point.node.type === AST_NODE_TYPES.ThrowStatement ? point.node.argument : undefined;
  const returned = unwrap(point.node);
  return point.kind === Exit.ReturnFailure && isPromiseReject(returned) ? returned.arguments[0] : undefined;
}

/** The executor of the `new Promise((resolve, reject) => ...)` the followed code is written in, if any. */
/** `JSON.stringify(x)`. */
function isJsonStringify(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === 'stringify' && unwrap(callee.object).type === AST_NODE_TYPES.Identifier && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON';
}

/** `Promise.reject(x)`. */
function isPromiseReject(node: TSESTree.Node): node is TSESTree.CallExpression {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || calleeName(call) !== 'reject') return false;
  const callee = unwrap(call.callee);
  const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
  return object?.type === AST_NODE_TYPES.Identifier && object.name === 'Promise';
}

/** Whether an identifier is a name a pattern or declaration binds, rather than a read. */
function isBinding(node: TSESTree.Identifier): boolean {
  let child: TSESTree.Node = node;
  for (let parent: TSESTree.Node | undefined = node.parent; parent; child = parent, parent = parent.parent as TSESTree.Node | undefined) {
    switch (parent.type) {
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.ArrayPattern:
      case AST_NODE_TYPES.RestElement:
        return true;
      case AST_NODE_TYPES.Property:
        // `{ RoomId }` in an object literal reads RoomId; the key of `{ RoomId: id }` is no name at all.
        if (parent.key === child && !parent.shorthand) return true;
        continue;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left === child) continue;
        return false;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id === child;
      default:
        return false;
    }
  }
  return false;
}

/** `node`, or the cast or `await` around it where it is used. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (unwrap(current.parent) === node || current.parent.type === AST_NODE_TYPES.AwaitExpression)) current = current.parent;
  return current;
}
