/**
 * A raw HTTPS call to LCIC answers HTTP 200 even when it fails: the failure is `Response.Error`
 * in the body. Code that reads `Response.RoomId`, or drops the body, without checking
 * `Response.Error` on the way, treats every failure as an empty success.
 */
import { byPosition, onFileFacts } from '../analysis/facts.js';
import { awaited } from '../analysis/flow/symbols.js';
import { readSettings } from '../analysis/settings.js';
import { createRule } from './shared/create-rule.js';

export type Options = [];
export type MessageIds = 'unchecked' | 'uncheckedCodes' | 'neverChecked' | 'messageWithoutCode' | 'uncheckedResult' | 'neverCheckedResult';

export default createRule<Options, MessageIds>({
  name: 'check-response-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require raw HTTPS calls to LCIC to check Response.Error (by its Code) before using the response',
      recommended: true,
    },
    messages: {
      unchecked: 'The response of {{action}} is used here without checking Response.Error: LCIC answers failures with HTTP 200.',
      uncheckedCodes: 'The response of {{action}} is used here when Response.Error has a code no branch names: those failures pass as successes.',
      neverChecked: 'The response of {{action}} is never checked for Response.Error on some path: its failures go unnoticed.',
      messageWithoutCode: 'This check of {{action}} reads Response.Error.Message but not its Code; branch on the Code.',
      uncheckedResult: "The result of {{action}} is used here without checking 'ok': a failed call gives { ok: false, code }.",
      neverCheckedResult: "The result of {{action}} is never checked for 'ok' on some path: its failures go unnoticed.",
    },
    schema: [],
  },
  translations: {
    'zh-CN': {
      unchecked: '此处在检查 Response.Error 之前就使用了 {{action}} 的响应：LCIC 对失败的调用同样返回 HTTP 200。',
      uncheckedCodes: '当 Response.Error 的错误码没有对应的分支时，此处仍使用了 {{action}} 的响应：这些失败被当作了成功。',
      neverChecked: '有的路径从未检查 {{action}} 响应中的 Response.Error：调用失败时无人察觉。',
      messageWithoutCode: '这里检查 {{action}} 时只读取了 Response.Error.Message，没有读取 Code；请按 Code 分支。',
      uncheckedResult: "此处在检查 'ok' 之前就使用了 {{action}} 的结果：调用失败时得到的是 { ok: false, code }。",
      neverCheckedResult: "有的路径从未检查 {{action}} 结果中的 'ok'：调用失败时无人察觉。",
    },
  },
  create(context) {
    return onFileFacts(context, (facts) => {
      for (const call of facts.calls) {
        const action = call.action ?? (readSettings(context.settings).language === 'zh-CN' ? '此调用' : 'this call');
        if (facts.callbackTakesNoBody(call)) {
          context.report({ node: call.node.callee, messageId: 'neverChecked', data: { action } });
          continue;
        }
        const flow = facts.rawFlow(call);
        if (!flow) continue;
        // A helper that answers with a Result (`{ ok: false, code }`) leaves its caller `ok` to check, not Response.Error.
        const result = awaited(call.summary?.body)?.kind === 'parsed';
        const [firstUse] = [...flow.uses].sort(byPosition);
        // After a branch on the Code (`switch (error.Code)` without a default): the check is there, its codes are not all.
        const forUnnamedCodes = firstUse !== undefined && flow.usesAfterCheck.has(firstUse) && flow.tests.length > 0 && !result;
        if (firstUse) context.report({ node: firstUse, messageId: forUnnamedCodes ? 'uncheckedCodes' : result ? 'uncheckedResult' : 'unchecked', data: { action } });
        // One report per call: a path that uses the body unchecked already says it.
        else if (flow.discarded) context.report({ node: call.node.callee, messageId: result ? 'neverCheckedResult' : 'neverChecked', data: { action } });
        const [message] = flow.messageReads;
        // Passed on whole (`{ cause: body.Response }`), the error keeps its Code for whoever branches on it.
        if (message && flow.codeReads.length === 0 && !flow.errorPassedWhole) context.report({ node: message, messageId: 'messageWithoutCode', data: { action } });
      }
    });
  },
});
