/**
 * Groups a file's LCIC calls by the handler that receives their failure, for rules that judge
 * handlers: several calls in one `try` share one catch, and the catch must cover all of them.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findErrorHandlers, type ErrorHandler } from './error-handlers.js';
import { getLcicCallFinder, onLcicCalls, type LcicCall, type LcicCallFinder } from './find-lcic-calls.js';

export interface HandledCalls {
  readonly handler: ErrorHandler;
  readonly calls: readonly LcicCall[];
}

/**
 * A rule listener that collects the handled calls while ESLint walks the file and hands them to
 * `onDone` once, at the end, in source order of the handlers.
 */
export function collectHandledCalls(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  accept: (call: LcicCall) => boolean,
  onDone: (groups: readonly HandledCalls[], finder: LcicCallFinder) => void,
): TSESLint.RuleListener {
  const finder = getLcicCallFinder(context);
  const groups = new Map<TSESTree.Node, { handler: ErrorHandler; calls: LcicCall[] }>();
  return {
    ...onLcicCalls(context, (call) => {
      if (!accept(call)) return;
      for (const handler of findErrorHandlers(call, context.sourceCode)) {
        const group = groups.get(handler.node) ?? { handler, calls: [] };
        group.calls.push(call);
        groups.set(handler.node, group);
      }
    }),
    'Program:exit'() {
      const sorted = [...groups.values()].sort((a, b) => a.handler.node.range[0] - b.handler.node.range[0]);
      onDone(sorted, finder);
    },
  };
}

/** "CreateRoom", "CreateRoom and StartRoom", "CreateRoom, EndRoom and StartRoom". */
export function listActions(calls: readonly LcicCall[]): string {
  const names = [...new Set(calls.map((call) => call.action ?? 'an unknown action'))];
  const last = names.pop() ?? 'an unknown action';
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`;
}
