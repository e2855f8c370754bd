/**
 * A typed way to handle every code an action can return. The handler object must have one
 * function per code of the action, so when the catalog gains a code for that action, code that
 * dispatches with it stops compiling until the new code is handled.
 */
import { codeAndAncestors } from './code-names.js';
import type { LcicAction } from './generated/actions.js';
import { codesFor, type ErrorCodeOf } from './lookup.js';
import { classifyLcicError, type LcicApiFailure, type LcicFailure } from './sdk-error.js';

/**
 * The handler object of {@link handleLcicError}: one function per code of action `A`, each
 * receiving the failure with its code narrowed, plus `otherwise`.
 */
export type ErrorCodeHandlers<A extends LcicAction, R> = {
  readonly [C in ErrorCodeOf<A>]: (failure: LcicApiFailure & { readonly code: C }) => R;
} & {
  /**
   * Everything else: a common code outside the action's list, a network or HTTP failure
   * (`failure` describes it), or a value that is not an SDK error at all (`failure` undefined).
   */
  readonly otherwise: (failure: LcicFailure | undefined, error: unknown) => R;
};

/**
 * Calls the handler for `error`'s code. A sub-code the catalog does not know yet
 * (`ResourceNotFound.Foo`) goes to its parent's handler when the action lists the parent.
 */
export function handleLcicError<A extends LcicAction, R>(action: A, error: unknown, handlers: ErrorCodeHandlers<A, R>): R {
  const failure = classifyLcicError(error);
  if (failure?.kind === 'api') {
    const codes: readonly string[] = codesFor(action);
    for (const code of codeAndAncestors(failure.code)) {
      if (codes.includes(code)) {
        const handler = (handlers as unknown as Record<string, (f: LcicApiFailure) => R>)[code];
        if (handler) return handler(failure);
      }
    }
  }
  return handlers.otherwise(failure, error);
}

