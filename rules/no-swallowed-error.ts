/**
 * A handler that receives an LCIC failure and drops it: empty, without a parameter, never passing
 * the error on, or answering "success" to a failure, on every path, or on the default path of a
 * dispatch on the code (answered as a success, or, when every listed code has its branch, falling
 * off the end for the codes nobody lists and the failures without a code). The error, and with it
 * the RequestId that support needs, is gone.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { enclosingNext, isFunctionNode, propertyName, rootOf, unwrap, walkTree } from '../analysis/ast.js';
import { awaitedBeforeHandled, callbackPromiseHandsOn, droppedAfterHandler, droppingRegistrar, keepingAlive, keepsWhatCallbacksReturn, unreadSettledResults, floatingChainEnd, readsItsError, rethrowDroppedBy, unreadRejectionHandler, type ErrorHandler } from '../analysis/error-handlers.js';
import { byPosition, onFileFacts, rethrowPlace } from '../analysis/facts.js';
import { returnsFailingPromise, type LcicCall } from '../analysis/find-lcic-calls.js';
import { readSettings } from '../analysis/settings.js';
import { successAfterCatch, type FailureFlow } from '../analysis/flow/failure-flow.js';
import { Exit } from '../analysis/flow/paths.js';
import { Fate } from '../analysis/flow/walker.js';
import { dispatchOf } from '../analysis/dispatch.js';
import { isSuccessAnswer } from '../analysis/http-answers.js';
import { rethrowTheRestFix } from './shared/add-missing-cases.js';
import { createRule } from './shared/create-rule.js';
import { defaultFates, DROPPED, onlyTheUnlistedFallThrough } from './shared/default-fates.js';
import { listActions } from './shared/wording.js';

export type Options = [];

/** What the code does while a kept promise has no handler, in each language. */
const WAITS = {
  en: { await: 'awaits other work', return: 'returns', throw: 'throws' },
  'zh-CN': { await: '等待其他操作', return: '返回', throw: '抛出异常' },
} as const;
export type MessageIds =
  | 'emptyHandler'
  | 'noErrorParameter'
  | 'unusedError'
  | 'foreignHandlerDrops'
  | 'successAfterFailure'
  | 'defaultAnswersSuccess'
  | 'unnamedCodesFallThrough'
  | 'checkedThenDropped'
  | 'defaultFallsThrough'
  | 'floatingCall'
  | 'keptAliveUnhandled'
  | 'rethrownIntoNothing'
  | 'subscribedWithoutError'
  | 'settledUnread'
  | 'droppedByCaller'
  | 'droppedWithArray'
  | 'unhandledWhileAwaiting'
  | 'rethrowTheRest'
  | 'handTheRestToNext'
  | 'catchWithNext';


/**
 * The first success a handler answers with, when every way it can fail that no branch takes ends
 * by answering one, whatever it did with the error before (logged it whole, reported it): the
 * caller is still told the call worked. A catch clause that falls off its end answers with what
 * the function says after the try (see successAfterCatch). With `everyWorld`, each code must have
 * such a way; otherwise (a handler with a branch on the code) those its branches take are left out.
 */
function answersOnlySuccess(flow: FailureFlow, handler: ErrorHandler, everyWorld: boolean): TSESTree.Node | undefined {
  const afterEnd = handler.node.type === AST_NODE_TYPES.CatchClause ? successAfterCatch(handler.node) : undefined;
  const answers: TSESTree.Node[] = [];
  for (let world = 0; world < flow.worlds.names.length; world++) {
    const exits = flow.unmatchedExits(world);
    if (exits.length === 0 && everyWorld) return undefined;
    for (const exit of exits) {
      const answer = exit.kind === Exit.ReturnValue && isSuccessAnswer(exit.node) ? exit.node : exit.kind === Exit.End ? afterEnd : undefined;
      if (!answer) return undefined;
      answers.push(answer);
    }
  }
  return answers.sort(byPosition)[0];
}

/** Source text short enough for a message: `{ Total: 0, Rooms: [] }`, or its start. */
const LIMIT = 40;
/** Code quoted in a message, on one line: a chain broken before its dots (`ids\n  .split(',')`) is joined back. */
const oneLine = (text: string) => text.replace(/\s*\n\s*(?=\??\.)/g, '').replace(/\s+/g, ' ');

/**
 * Source text short enough for a message: `{ Total: 0, Rooms: [] }`. A longer call keeps its
 * callee (`res.status(500).json(...)`) and a longer object its first property, rather than being
 * cut in the middle of a string; anything else is cut after a whole word.
 */
function shortText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = oneLine(sourceCode.getText(node));
  if (text.length <= LIMIT) return text;
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = oneLine(sourceCode.getText(value.callee));
    if (callee.length <= LIMIT - 5) return `${callee}(...)`;
  }
  const [first] = value.type === AST_NODE_TYPES.ObjectExpression ? value.properties : [];
  if (first) {
    const property = oneLine(sourceCode.getText(first));
    if (property.length <= LIMIT - 9) return `{ ${property}, ... }`;
  }
  const cut = text.slice(0, LIMIT - 3);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}...`;
}

/** An answer as a message quotes it: a bare `return;` answers undefined. */
function answerText(answer: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  return answer.type === AST_NODE_TYPES.ReturnStatement ? 'undefined' : shortText(answer, sourceCode);
}

/** What runs when a callback's call failed: the block of its first `if (err)`, or its whole body. */
function failureBranch(handler: ErrorHandler): TSESTree.Node {
  const param = handler.param;
  if (handler.kind !== 'callback' || param?.type !== AST_NODE_TYPES.Identifier || handler.body.type !== AST_NODE_TYPES.BlockStatement) return handler.body;
  for (const statement of handler.body.body) {
    if (statement.type !== AST_NODE_TYPES.IfStatement) continue;
    const test = unwrap(statement.test);
    const operand = test.type === AST_NODE_TYPES.BinaryExpression ? unwrap(test.left) : test;
    if (operand.type === AST_NODE_TYPES.Identifier && operand.name === param.name) return statement.consequent;
  }
  return handler.body;
}

/**
 * An SDK action called with a callback the analysis cannot read (`client.DescribeRoom(req, cb)`,
 * `cb` a parameter): the method's second argument is its callback, which gets the failure.
 */
function givesUnreadCallback(call: LcicCall): boolean {
  const callee = unwrap(call.node.callee);
  return !call.callback && call.kind === 'sdk' && call.node.arguments.length >= 2 && callee.type === AST_NODE_TYPES.MemberExpression && propertyName(callee) === call.action;
}

/** Whether a handler gets its error in a rest parameter or through `arguments`, which the analysis does not follow. */
function takesErrorInAList(handler: ErrorHandler): boolean {
  if (handler.param?.type === AST_NODE_TYPES.RestElement) return true;
  if (handler.param || !isFunctionNode(handler.node) || handler.node.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  let uses = false;
  walkTree(handler.node.body, undefined, (node) => {
    if (uses || (node !== handler.node.body && isFunctionNode(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression)) return false;
    uses = node.type === AST_NODE_TYPES.Identifier && node.name === 'arguments';
    return !uses;
  });
  return uses;
}

export default createRule<Options, MessageIds>({
  name: 'no-swallowed-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handlers of LCIC calls that drop the error, and with it the RequestId',
      recommended: true,
      usesTypeInformation: true,
    },
    messages: {
      emptyHandler: 'This handler of {{actions}} is empty: the failure and its RequestId vanish.',
      noErrorParameter: 'This handler of {{actions}} does not take the error: the failure and its RequestId vanish.',
      unusedError: "'{{name}}' is dropped on every path: the failure of {{actions}} and its RequestId end here.",
      foreignHandlerDrops: 'The handler given here drops every failure of {{actions}}: the failure and its RequestId vanish.',
      successAfterFailure: 'This answers success to a failure of {{actions}}: callers believe the call worked.',
      defaultAnswersSuccess: 'Failures of {{actions}} that no branch handles end here as {{answer}}: the error and its RequestId are lost.',
      unnamedCodesFallThrough: 'Failures of {{actions}} whose Response.Error has a code no branch names fall through here: the error and its RequestId are lost.',
      checkedThenDropped: 'Failures of {{actions}} (a Response.Error in the body) end here as {{answer}}: the error and its RequestId are lost.',
      defaultFallsThrough: 'Failures of {{actions}} with a code no branch names, or with no code at all, fall through this handler: the error and its RequestId are lost.',
      floatingCall: 'The promise of {{actions}} is neither awaited, returned nor caught: a failure becomes an unhandled rejection, which stops Node, and no handler sees it.',
      keptAliveUnhandled: 'The promise of {{actions}} goes to {{keeper}}, which keeps the work running and handles nothing: a failure is an unhandled rejection in the runtime, and no handler sees it.',
      rethrownIntoNothing: 'The handler of {{actions}} passes failures on, but nothing awaits, returns or catches this chain: they become unhandled rejections, which stop Node.',
      subscribedWithoutError: 'The Observable of {{actions}} is subscribed to without an error callback: RxJS throws its failure outside any handler, which stops Node.',
      settledUnread: 'Promise.allSettled keeps each failure of {{actions}} in its results, and nothing reads them: the failures and their RequestIds vanish.',
      droppedByCaller: 'A failure of {{actions}} leaves this callback, and {{registrar}} drops the promise it returns: the rejection is unhandled, which stops Node, and no handler sees it.',
      droppedWithArray: 'A failure of {{actions}} leaves this callback into the array {{registrar}} makes, and the array is dropped: the rejection is unhandled, which stops Node, and no handler sees it.',
      unhandledWhileAwaiting: 'The promise of {{actions}} has no handler yet when the code {{waits}} here: should it fail meanwhile, its rejection is unhandled, which stops Node. Await the promises together (Promise.all), or handle this one first.',
      rethrowTheRest: "Rethrow '{{name}}' when no branch takes it",
      handTheRestToNext: "Hand '{{name}}' to {{next}} when no branch takes it",
      catchWithNext: 'Hand failures to {{name}}: .catch({{name}})',
    },
    hasSuggestions: true,
    schema: [],
  },
  translations: {
    'zh-CN': {
      emptyHandler: '{{actions}} 的这个错误处理是空的：失败及其 RequestId 都丢失了。',
      noErrorParameter: '{{actions}} 的这个错误处理没有接收错误：失败及其 RequestId 都丢失了。',
      unusedError: "'{{name}}' 在每条路径上都被丢弃：{{actions}} 的失败及其 RequestId 到此为止。",
      foreignHandlerDrops: '这里传入的错误处理丢弃了 {{actions}} 的每一个失败：失败及其 RequestId 都丢失了。',
      successAfterFailure: '这里把 {{actions}} 的失败当作成功返回：调用方会以为调用成功了。',
      defaultAnswersSuccess: '没有分支处理的 {{actions}} 失败在这里变成了 {{answer}}：错误及其 RequestId 都丢失了。',
      unnamedCodesFallThrough: '{{actions}} 的失败如果 Response.Error 的错误码没有对应的分支，就会从这里漏过：错误及其 RequestId 都丢失了。',
      checkedThenDropped: '{{actions}} 的失败（响应体中的 Response.Error）在这里变成了 {{answer}}：错误及其 RequestId 都丢失了。',
      defaultFallsThrough: '{{actions}} 的失败如果错误码没有对应的分支，或者根本没有错误码，就会从这个处理逻辑漏过：错误及其 RequestId 都丢失了。',
      floatingCall: '{{actions}} 返回的 Promise 既没有 await、没有返回，也没有 catch：失败会成为未处理的拒绝，使 Node 进程退出，也没有任何处理逻辑看到它。',
      keptAliveUnhandled: '{{actions}} 的 Promise 交给了 {{keeper}}，它只让任务继续运行，不处理失败：失败会成为运行时中未处理的拒绝，也没有任何处理逻辑看到它。',
      rethrownIntoNothing: '{{actions}} 的错误处理把失败继续抛出，但这条 Promise 链既没有 await、没有返回，也没有再被 catch：它们会成为未处理的拒绝，使 Node 进程退出。',
      subscribedWithoutError: '订阅 {{actions}} 的 Observable 时没有提供 error 回调：RxJS 会在任何处理逻辑之外抛出它的失败，使 Node 进程退出。',
      settledUnread: 'Promise.allSettled 把 {{actions}} 的每个失败留在结果里，却没有任何代码读取这些结果：失败及其 RequestId 都丢失了。',
      droppedByCaller: '{{actions}} 的失败会离开这个回调，而 {{registrar}} 丢弃了它返回的 Promise：这个拒绝无人处理，会使 Node 进程退出，也没有任何处理逻辑看到它。',
      droppedWithArray: '{{actions}} 的失败会离开这个回调，进入 {{registrar}} 生成的数组，而这个数组被丢弃了：这个拒绝无人处理，会使 Node 进程退出，也没有任何处理逻辑看到它。',
      unhandledWhileAwaiting: '代码在此{{waits}}时，{{actions}} 的 Promise 还没有任何处理：若它在此期间失败，这个拒绝无人处理，会使 Node 进程退出。请用 Promise.all 一起等待，或先处理这一个。',
      rethrowTheRest: "没有分支处理时重新抛出 '{{name}}'",
      handTheRestToNext: "没有分支处理时把 '{{name}}' 交给 {{next}}",
      catchWithNext: '把失败交给 {{name}}：.catch({{name}})',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return onFileFacts(context, (facts) => {
      // A promise nobody awaits, returns or catches: no handler exists to drop or keep anything.
      // Calls dropped together (`Promise.all([a, b]);`) get one report, where the promise is dropped.
      const floatingCalls = new Map<TSESTree.Node, LcicCall[]>();
      // `await Promise.allSettled([...]);`: the failures are kept in results that nothing reads.
      const unreadSettled = new Map<TSESTree.Node, LcicCall[]>();
      for (const call of facts.calls) {
        // Callback-form calls are handle-callback-error's; a chain ending in `.catch(next)` has a handler, unread.
        // A client taken by its name alone may be the international SDK's, whose calls return no promise.
        if (call.callback || !returnsFailingPromise(call)) continue;
        const unread = unreadRejectionHandler(call.node, facts.finder.resolver);
        // `.catch(_.noop)`: lodash's function that does nothing, whose body cannot be read but is known.
        if (unread && facts.finder.resolver.lodashFunctionOf(unread) === 'noop') {
          context.report({ node: unread, messageId: 'foreignHandlerDrops', data: { actions: listActions([call], readSettings(context.settings).language) } });
        }
        if (unread) continue;
        if (facts.groups.some((group) => group.calls.includes(call))) continue;
        const settled = unreadSettledResults(call.node, facts.finder.resolver);
        if (settled) {
          unreadSettled.set(settled, [...(unreadSettled.get(settled) ?? []), call]);
          continue;
        }
        const floating = floatingChainEnd(call.node, facts.finder.resolver);
        if (!floating) {
          const registrar = droppingRegistrar(call.node, facts.finder.resolver);
          if (registrar) {
            const data = { actions: listActions([call], readSettings(context.settings).language), registrar: `${oneLine(sourceCode.getText(registrar.callee))}()` };
            // `ids.map((id) => client.EndRoom(...));`: map keeps the promises, in an array nobody takes.
            const arrayDropped = keepsWhatCallbacksReturn(registrar);
            context.report({ node: call.node, messageId: arrayDropped ? 'droppedWithArray' : 'droppedByCaller', data });
          }
          continue;
        }
        floatingCalls.set(floating, [...(floatingCalls.get(floating) ?? []), call]);
      }
      for (const [settled, calls] of unreadSettled) {
        context.report({ node: settled, messageId: 'settledUnread', data: { actions: listActions(calls, readSettings(context.settings).language) } });
      }
      for (const [floating, calls] of floatingCalls) {
        // `from(client.EndRoom(...)).subscribe(show)`: RxJS's chain, which no `.catch` can be added to.
        if (isSubscribeCall(floating)) {
          context.report({ node: floating, messageId: 'subscribedWithoutError', data: { actions: listActions(calls, readSettings(context.settings).language) } });
          continue;
        }
        // `ctx.waitUntil(client.EndRoom(...))`: kept running, its failure still unhandled.
        const keeper = keepingAlive(floating, facts.finder.resolver);
        if (keeper) {
          context.report({ node: floating, messageId: 'keptAliveUnhandled', data: { actions: listActions(calls, readSettings(context.settings).language), keeper: `${oneLine(sourceCode.getText(keeper.callee))}()` } });
          continue;
        }
        const next = enclosingNext(floating);
        context.report({
          node: floating,
          messageId: 'floatingCall',
          data: { actions: listActions(calls, readSettings(context.settings).language) },
          suggest: next ? [{ messageId: 'catchWithNext', data: { name: next }, fix: (fixer) => fixer.insertTextAfter(floating, `.catch(${next})`) }] : [],
        });
      }
      // `call.then(show).catch((err) => { if (...) return; throw err; });` as a statement: what the last handler throws reaches nothing.
      for (const group of facts.groups) {
        const { handler } = group;
        const [call] = group.calls;
        if (!call) continue;
        // (Looked for in an Express handler, whose `next` is there to take them; elsewhere such a chain is often a script's last line.)
        const end = droppedAfterHandler(call.node, handler, facts.finder.resolver);
        const next = end && enclosingNext(end);
        const flow = next && facts.failureFlow(group);
        if (!end || !next || !flow?.worlds.names.some((_, world) => flow.rejects(world))) continue;
        context.report({
          node: end,
          messageId: 'rethrownIntoNothing',
          data: { actions: listActions(group.calls, readSettings(context.settings).language) },
          suggest: [{ messageId: 'catchWithNext', data: { name: next }, fix: (fixer) => fixer.insertTextAfter(end, `.catch(${next})`) }],
        });
      }
      // `socket.on('x', async () => { try { await call } catch (err) { throw err; } })`: what the handler
      // passes on leaves a callback whose promise is dropped, as if no handler were there.
      for (const group of facts.groups) {
        const [call] = group.calls;
        const registrar = call && rethrowDroppedBy(group.handler, call.node, facts.finder.resolver);
        const flow = registrar && facts.failureFlow(group);
        if (!call || !registrar || !flow?.worlds.names.some((_, world) => flow.rejects(world))) continue;
        const data = { actions: listActions(group.calls, readSettings(context.settings).language), registrar: `${oneLine(sourceCode.getText(registrar.callee))}()` };
        context.report({ node: call.node, messageId: keepsWhatCallbacksReturn(registrar) ? 'droppedWithArray' : 'droppedByCaller', data });
      }
      // A promise kept in a name with nothing to take its rejection yet, while the code awaits other work or leaves.
      const language = readSettings(context.settings).language;
      for (const call of facts.calls) {
        if (call.callback || !returnsFailingPromise(call)) continue;
        const at = awaitedBeforeHandled(call.node, facts.finder.resolver);
        if (!at) continue;
        const waits = WAITS[language][at.type === AST_NODE_TYPES.ReturnStatement ? 'return' : at.type === AST_NODE_TYPES.ThrowStatement ? 'throw' : 'await'];
        context.report({ node: at, messageId: 'unhandledWhileAwaiting', data: { actions: listActions([call], language), waits } });
      }
      // A raw call's body: Response.Error looked at, then dropped wherever it is set, as a catch that answers would drop it.
      for (const call of facts.calls) {
        const raw = facts.rawFlow(call);
        // Used, returned or never looked at: check-response-error's to report.
        if (!raw || raw.uses.length > 0 || raw.returned.length > 0 || raw.discarded) continue;
        const actions = listActions([call], readSettings(context.settings).language);
        // `switch (error.Code)` with a branch for some codes, and the rest answered as if the call worked.
        const byDefault = raw.droppedByDefault;
        if (byDefault && 'fallsThrough' in byDefault) {
          context.report({ node: byDefault.fallsThrough.anchor, messageId: 'unnamedCodesFallThrough', data: { actions } });
          continue;
        }
        const [answeredByDefault] = byDefault?.answers ?? [];
        if (answeredByDefault) {
          context.report({ node: answeredByDefault, messageId: 'defaultAnswersSuccess', data: { actions, answer: answerText(answeredByDefault, sourceCode) } });
          continue;
        }
        const [answer] = raw.droppedAfterCheck;
        if (!answer) continue;
        if (isSuccessAnswer(answer)) context.report({ node: answer, messageId: 'successAfterFailure', data: { actions } });
        else context.report({ node: answer, messageId: 'checkedThenDropped', data: { actions, answer: answerText(answer, sourceCode) } });
      }
      for (const group of facts.groups) {
        const { handler } = group;
        // `(...args) => log(...args)`, `function () { log(arguments[0]); }`: the error comes in a list this analysis does not follow.
        if (takesErrorInAList(handler)) continue;
        // `client.DescribeRoom(req, cb).catch(() => undefined)`: the callback the code does not show got the failure already.
        if (handler.kind !== 'callback' && group.calls.every(givesUnreadCallback)) continue;
        const flow = facts.failureFlow(group);
        if (!flow) continue;
        // A callback that takes no error, or never reads it, is handle-callback-error's to report; one
        // whose call's promise hands the failure on (awaited, returned, caught by a handler that reads it) drops nothing.
        if (handler.kind === 'callback' && (!readsItsError(handler.param, facts.finder.resolver) || callbackPromiseHandsOn(group.calls, facts.finder.resolver))) continue;
        const data = { actions: listActions(group.calls, readSettings(context.settings).language) };
        const fates = defaultFates(flow);

        if (flow.dispatches) {
          // A code compared with a value the analysis cannot know: what its default takes is not known.
          if (flow.comparesUnknownValue) continue;
          // Worlds whose default is always an answer: the fall-throughs are exhaustive-error-codes' to report.
          const answered = fates.findIndex((fate) => fate !== 0 && (fate & ~Fate.Answered) === 0);
          const [answer] = answered >= 0 ? flow.answersFor(answered) : [];
          if (answer) {
            context.report({ node: answer, messageId: 'defaultAnswersSuccess', data: { actions: data.actions, answer: shortText(answer, sourceCode) } });
            continue;
          }
          // `if (code === X) return { ok: true }; logger.error(err); return { ok: true };`: the codes no
          // branch takes are logged, and the caller still hears that the call worked.
          const success = answersOnlySuccess(flow, handler, false);
          if (success && rootOf(handler.node) === sourceCode.ast) {
            context.report({ node: success, messageId: 'successAfterFailure', data });
            continue;
          }
          // Every listed code has its branch (otherwise exhaustive-error-codes reports the switch),
          // but the codes nobody lists and the failures without a code fall off the end.
          const dispatch = dispatchOf(flow.reachedTests, handler.body);
          if (dispatch && onlyTheUnlistedFallThrough(flow, fates)) {
            // A throw in the international SDK's callback reaches no handler (handle-callback-error reports it): no fix that writes one.
            // In the last handler of a chain nobody awaits, returns or catches: the rest goes to `next` in an Express handler, and there is no fix elsewhere.
            const target = rethrowPlace(group, facts.finder.resolver);
            const next = target === 'next' ? target : undefined;
            const rethrow = target ? rethrowTheRestFix(dispatch, handler, sourceCode, next) : undefined;
            const suggestion = rethrow && (next ? { messageId: 'handTheRestToNext' as const, data: { name: rethrow.name, next } } : { messageId: 'rethrowTheRest' as const, data: { name: rethrow.name } });
            context.report({
              node: dispatch.anchor,
              messageId: 'defaultFallsThrough',
              data,
              suggest: rethrow && suggestion ? [{ ...suggestion, fix: rethrow.fix }] : [],
            });
          }
          continue;
        }
        if (!fates.every((fate) => fate !== 0 && (fate & ~DROPPED) === 0)) {
          // `catch (err) { logger.error(err); return { success: true }; }`: the log keeps the error for
          // whoever reads the logs, but the answer still tells the caller the call worked.
          const success = answersOnlySuccess(flow, handler, true);
          if (success && rootOf(handler.node) === sourceCode.ast) context.report({ node: success, messageId: 'successAfterFailure', data });
          continue;
        }
        // `.catch(noop)` with `noop` from another module: said where each call names it, as its own
        // text (and positions) are not this file's.
        if (rootOf(handler.node) !== sourceCode.ast) {
          for (const call of group.calls) {
            const reference = facts.referenceOf(call, handler);
            if (reference) context.report({ node: reference, messageId: 'foreignHandlerDrops', data: { actions: listActions([call], readSettings(context.settings).language) } });
          }
          continue;
        }
        const branch = failureBranch(handler);
        const head = (sourceCode.getFirstToken(branch === handler.body ? handler.node : branch) ?? branch).loc;
        const success = flow.worlds.names.flatMap((_, world) => flow.answersFor(world)).filter(isSuccessAnswer).sort(byPosition)[0];
        if (branch.type === AST_NODE_TYPES.BlockStatement && branch.body.length === 0) {
          context.report({ loc: head, messageId: 'emptyHandler', data });
        } else if (success) {
          context.report({ node: success, messageId: 'successAfterFailure', data });
        } else if (!handler.param) {
          // The function's head, `() =>` or `function ()`: where the missing parameter would go.
          const fn = branch === handler.body && isFunctionNode(handler.node) ? handler.node : undefined;
          const end = fn && sourceCode.getTokenBefore(fn.body);
          context.report({ loc: fn && end ? { start: fn.loc.start, end: end.loc.end } : head, messageId: 'noErrorParameter', data });
        } else {
          const name = handler.param.type === AST_NODE_TYPES.Identifier ? handler.param.name : sourceCode.getText(handler.param);
          context.report({ node: handler.param, messageId: 'unusedError', data: { actions: data.actions, name } });
        }
      }
    });
  },
});

function isSubscribeCall(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(node.callee) === 'subscribe';
}
