/**
 * What the analysis sees in a file, for people: every LCIC call, how it reaches the API and what
 * happens to its failures. `lcic-errors calls` prints it, so that a silent lint run can be told
 * apart from one that found nothing to look at.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, enclosingFunction } from './ast.js';
import { actionCodes, isCommonCode } from './catalog-view.js';
import { callbackPromiseHandsOn, droppingRegistrar, floatingChainEnd, keepingAlive, keepsWhatCallbacksReturn, settlingCall, unreadRejectionHandler, type ErrorHandler, type ErrorHandlerKind } from './error-handlers.js';
import { FileFacts } from './facts.js';
import { LcicCallFinder, returnsFailingPromise, sdkUnknown, type LcicCallKind } from './find-lcic-calls.js';
import { awaited } from './flow/symbols.js';
import { Fate } from './flow/walker.js';
import { readSettings } from './settings.js';
import type { SourceFile } from './source-file.js';
import { rawStart } from './summaries.js';

export interface CallRecord {
  readonly line: number;
  /** 1-based, as editors and ESLint count. */
  readonly column: number;
  /** The action as written, even if misspelt (`A|B` for a choice of literals); null when the code does not say. */
  readonly action: string | null;
  readonly via: LcicCallKind;
  /** Taken for an SDK call by its names alone (`this.client.EndRoom` where nothing says what the client is). */
  readonly byName: boolean;
  /** What receives the failure: a catch clause, `.catch`, the callback; null when nothing here does. */
  readonly handler: ErrorHandlerKind | null;
  /** What happens to failures, in a few words. */
  readonly failures: string;
}

const HANDLER_NAMES: Record<ErrorHandlerKind, string> = {
  'catch-clause': 'catch clause',
  'catch-method': '.catch',
  'then-rejected': '.then rejection handler',
  callback: 'callback',
};

/** How some failures that are passed on lose their RequestId: as a new error, or an answer carrying only the message. */
const LOSSES = {
  newError: 'as a new error',
  messageOnly: 'in an answer with only the message',
} as const;

/** "rethrown", "rethrown or answered": what the paths not picked out by a branch do. */
function restFates(fates: number, losses: readonly (keyof typeof LOSSES)[]): string {
  const words: string[] = [];
  // `throw new Error(err.message)` and `return res.json({ error: err.message })` pass a failure on,
  // but without the RequestId: preserve-request-id reports them.
  if (fates & Fate.PassedOn) words.push(losses.length > 0 ? `passed on (some ${losses.map((loss) => LOSSES[loss]).join(' or ')}, without the RequestId)` : 'passed on');
  // A log of the message, a reply with it, or a new error given on (`next(new Error(err.message))`).
  if (fates & Fate.Logged) words.push('reported without the RequestId (a log, a reply or a new error)');
  if (fates & Fate.Answered) words.push('answered with a value');
  if (fates & Fate.FellThrough) words.push('dropped');
  return words.join(' or ');
}

/** What becomes of the failures of a call no handler here can be read for. */
function unhandledFate(facts: FileFacts, call: FileFacts['calls'][number]): string {
  // Into `Promise.allSettled(...)`, which never rejects: no handler receives the failure.
  if (settlingCall(call.node)) return "settled by Promise.allSettled: each failure stays in its result's reason, which the rules do not follow";
  const passedTo = unreadRejectionHandler(call.node, facts.finder.resolver);
  if (passedTo) return `passed to ${facts.source.text.slice(passedTo.range[0], passedTo.range[1])}, which the rules do not read`;
  // `intl.DescribeRoom(req, done)`: a callback handed on by name (a parameter, `cb.bind(null)`) gets the failure.
  const [, handedTo] = call.kind === 'intl-sdk' && !call.callback && !call.summary ? call.node.arguments : [];
  if (handedTo) return `handed to the callback ${facts.source.text.slice(handedTo.range[0], handedTo.range[1])}, which the rules do not read`;
  // The international SDK's calls return nothing: without a callback, nothing gets the failure (handle-callback-error reports it).
  if (call.kind === 'intl-sdk' && !call.callback && !call.promisified && !call.summary) return 'no callback: the international SDK answers only through one, so no handler here or in the caller gets the failure';
  // A client taken by name may be the international SDK's.
  const returnsPromise = returnsFailingPromise(call);
  const floating = !call.callback && returnsPromise ? floatingChainEnd(call.node, facts.finder.resolver) : undefined;
  if (floating?.type === AST_NODE_TYPES.CallExpression && calleeName(floating) === 'subscribe') return 'subscribed to without an error callback: RxJS throws a failure outside any handler';
  const keeper = floating && keepingAlive(floating, facts.finder.resolver);
  if (keeper) return `handed to ${facts.source.text.slice(keeper.callee.range[0], keeper.callee.range[1])}(), which handles nothing: a failure is an unhandled rejection`;
  if (floating) return 'neither awaited nor returned: a failure is an unhandled rejection';
  // A receiver taken for a client by its name may be the international SDK's, whose methods return no promise: no rule says more.
  if (!call.callback && sdkUnknown(call) && floatingChainEnd(call.node, facts.finder.resolver)) return 'neither awaited nor returned (its client is known by its name only, so no rule reports this)';
  const registrar = droppingRegistrar(call.node, facts.finder.resolver);
  const registrarName = registrar && `${facts.source.text.slice(registrar.callee.range[0], registrar.callee.range[1])}()`;
  if (registrar && keepsWhatCallbacksReturn(registrar)) return `goes into the array ${registrarName} makes, which is dropped: a failure is an unhandled rejection`;
  if (registrar) return `leaves a callback whose promise ${registrarName} drops: a failure is an unhandled rejection`;
  return throughListedWrapper(facts, call) ?? 'no handler here: failures go to the caller';
}

/**
 * `withRetry(() => client.StartRoom(...))`: the wrapper's call is the one its caller handles,
 * listed on its own line with that handler (the wrapper's own catch, which retries, is its business).
 */
function throughListedWrapper(facts: FileFacts, call: FileFacts['calls'][number]): string | undefined {
  const task = enclosingFunction(call.node);
  const wrapper = task?.parent.type === AST_NODE_TYPES.CallExpression && task.parent.arguments.includes(task as TSESTree.CallExpressionArgument) ? task.parent : undefined;
  if (!wrapper || !facts.calls.some((listed) => listed.node === wrapper)) return undefined;
  return `goes through ${facts.source.text.slice(wrapper.callee.range[0], wrapper.callee.range[1])}(), listed at ${wrapper.loc.start.line}:${wrapper.loc.start.column + 1} with its handler`;
}

function describe(facts: FileFacts, call: FileFacts['calls'][number]): Pick<CallRecord, 'handler' | 'failures'> {
  const raw = facts.rawFlow(call);
  if (raw) {
    // A helper answering with a Result (`{ ok: false, code }`) is checked by its `ok`, not by Response.Error.
    const [what, check] = awaited(rawStart(call))?.kind === 'parsed' ? ['Result', "'ok'"] : ['body', 'Response.Error'];
    const failures =
      raw.uses.length > 0 ? `${what} used without checking ${check}`
      : raw.returned.length > 0 ? `${what} returned to the caller unchecked`
      : raw.discarded ? `${what} never checked for ${check}`
      : raw.handedOff ? `${what} handed to code the rules do not read, which may or may not check ${check}`
      : `${check} checked`;
    return { handler: null, failures };
  }
  const through = throughListedWrapper(facts, call);
  if (through) return { handler: null, failures: through };
  const group = facts.groups.find((candidate) => candidate.calls.includes(call));
  const flow = group && facts.failureFlow(group);
  if (!group || !flow) return { handler: null, failures: unhandledFate(facts, call) };
  // A branch for a code the calls never return handles nothing (no-unknown-error-code says so): not counted.
  const returnable = new Set(group.calls.flatMap((handled) => handled.actions.flatMap((action) => actionCodes(action, handled.edition))));
  let matched = 0;
  let rest = 0;
  flow.worlds.names.forEach((name, world) => {
    const fates = flow.fates(world);
    if (fates & Fate.Matched && (returnable.has(name) || isCommonCode(name))) matched++;
    rest |= fates & ~Fate.Matched;
  });
  const losses = [...(flow.lossyErrors.length > 0 ? (['newError'] as const) : []), ...(flow.messageOnlyAnswers.length > 0 ? (['messageOnly'] as const) : [])];
  const parts = [matched > 0 ? `${matched} code${matched === 1 ? '' : 's'} handled by name` : '', rest ? `${matched > 0 ? 'the rest ' : ''}${restFates(rest, losses)}` : ''].filter(Boolean);
  // The SDK also rejects the call's promise with the failure, after the callback: awaited or caught, that passes it on too.
  if (group.handler.kind === 'callback' && callbackPromiseHandsOn(group.calls, facts.finder.resolver)) parts.push('and the promise it returns passes the failure on');
  // `withErrors(async (req, res) => ...)`: the handler is the wrapper's, around its call of the route.
  const wrapper = facts.wrapperOf(call);
  const where = wrapper ? ` in ${facts.source.text.slice(wrapper.range[0], wrapper.range[1])}()` : '';
  return { handler: group.handler.kind, failures: `${handlerName(group.handler)}${where}: ${parts.join(', ')}` };
}

/** What the handler is called where it is written: RxJS's `catchError` and subscribe's error callback read as `.catch` does. */
function handlerName(handler: ErrorHandler): string {
  const given = handler.node.parent;
  const owner = given.type === AST_NODE_TYPES.Property ? given.parent.parent : given;
  if (handler.kind === 'catch-method' && owner.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(owner);
    if (name === 'catchError') return 'catchError';
    if (name === 'subscribe') return "subscribe's error callback";
  }
  return HANDLER_NAMES[handler.kind];
}

/** The LCIC calls of a parsed file, in source order, as the rules see them without type information. */
export function inventory(source: SourceFile, settings: Readonly<Record<string, unknown>> = {}): CallRecord[] {
  const finder = new LcicCallFinder(source, readSettings(settings), undefined);
  const facts = new FileFacts(source, finder).seeAll();
  return facts.calls.map((call) => ({
    line: call.node.loc.start.line,
    column: call.node.loc.start.column + 1,
    action: call.actions.length > 0 ? call.actions.join('|') : null,
    via: call.kind,
    byName: call.byName === true,
    ...describe(facts, call),
  }));
}
