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
 * One function per code in `K`, each receiving the failure with its code narrowed: the code
 * itself, or a sub-code of it that reached its handler (`FailedOperation.ClassTooLong` goes to
 * `FailedOperation` when the action lists only the parent).
 */
export type CodeHandlers<K extends string, R> = {
  readonly [C in K]: (failure: LcicApiFailure & { readonly code: C | `${C}.${string}` }) => R;
};

/**
 * What {@link handleLcicError} does with everything else: a common code outside the action's
 * list, a network or HTTP failure (`failure` describes it), or a value that is not an SDK error
 * at all (`failure` undefined).
 */
export interface OtherwiseHandler<R> {
  /**
   * Called for every failure no code handler takes. Its return type does not count when `R` is
   * inferred (`NoInfer`): an `otherwise` that only throws (type `never`) must not make `R` `never`.
   */
  readonly otherwise: (failure: LcicFailure | undefined, error: unknown) => NoInfer<R>;
}

/** The handler object of {@link handleLcicError}: one function per code of action `A`, plus `otherwise`. */
export type ErrorCodeHandlers<A extends LcicAction, R> = CodeHandlers<ErrorCodeOf<A>, R> & OtherwiseHandler<R>;

/**
 * Calls the handler for `error`'s code. A sub-code the catalog does not know yet
 * (`ResourceNotFound.Foo`) goes to its parent's handler when the action lists the parent.
 *
 * `K` is the codes the handler object names. TypeScript infers a handler's answer type only
 * through a mapped type over a type parameter, so the object is typed as handlers for `K` plus
 * handlers for the action's codes outside `K`: a missing code is still a missing property, and
 * a code the action never returns breaks `K`'s constraint.
 */
export function handleLcicError<A extends LcicAction, R, K extends ErrorCodeOf<A> = ErrorCodeOf<A>>(
  action: A,
  error: unknown,
  handlers: CodeHandlers<K, R> & CodeHandlers<Exclude<ErrorCodeOf<A>, K>, R> & OtherwiseHandler<R>,
): R {
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

