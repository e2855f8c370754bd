/**
 * The shapes of the catalog as the runtime sees it. The generator fills these from
 * `codes/catalog/*.yaml`; the schema that validates those files is built from the same lists,
 * so a new category or edition is added in exactly one place.
 */

/** The two Tencent Cloud sites. Each has its own SDK, and the international one offers fewer actions. */
export const editions = ['china', 'international'] as const;
/** `china` (lcic.tencentcloudapi.com) or `international` (lcic.intl.tencentcloudapi.com). */
export type LcicEdition = (typeof editions)[number];

/** What kind of problem a code reports. It decides how a caller usually reacts. */
export const errorCategories = [
  'authentication',
  'signature',
  'permission',
  'parameter',
  'quota',
  'rate-limit',
  'resource-state',
  'not-found',
  'server',
  'request-format',
  'unsupported',
  'dry-run',
] as const;
/** One of {@link errorCategories}. */
export type ErrorCategory = (typeof errorCategories)[number];

/**
 * The answer to one question: may the same call, sent again unchanged, succeed without the caller
 * changing anything?
 *
 * - `after-backoff`: yes. The failure is on the service's side or is throttling; wait (with
 *   exponential back-off and jitter) and send the same request again.
 * - `after-state-change`: not in a retry loop. The same call can succeed only after something
 *   happens that takes much longer than a retry loop waits (a class ends); act on that event.
 * - `never`: no. The request, the account or the caller's clock must change first, or the
 *   failure is an answer (the thing is already done, or does not exist).
 */
export const retryAdvice = ['never', 'after-backoff', 'after-state-change'] as const;
/** One of {@link retryAdvice}. */
export type RetryAdvice = (typeof retryAdvice)[number];

/** The languages the catalog's prose is written in: English and Simplified Chinese. */
export const languages = ['en', 'zh-CN'] as const;
/** One of {@link languages}. */
export type LcicLanguage = (typeof languages)[number];

/** A code's prose in one language. */
export interface CodeText {
  /** One line: what the code means. */
  readonly summary: string;
  /** What usually leads to it. */
  readonly cause: string;
  /** What the caller should do. */
  readonly remedy: string;
}

/** A code's prose in each language besides English, keyed by {@link LcicLanguage}. */
export interface CodeTranslations {
  /** Simplified Chinese. */
  readonly 'zh-CN': CodeText;
}

/** `common` codes can come from any Tencent Cloud API action; `lcic` codes are LCIC's own. */
export const codeScopes = ['common', 'lcic'] as const;
/** One of {@link codeScopes}. */
export type CodeScope = (typeof codeScopes)[number];

/** One error code, described in this project's words. */
export interface ErrorCodeInfo {
  /** The `Error.Code` string exactly as the API returns it, e.g. `ResourceNotFound.Room`. */
  readonly code: string;
  /** For a dotted code, the code before its last dot (`ResourceNotFound` for `ResourceNotFound.Room`). */
  readonly parent: string | undefined;
  /** Whether any Tencent Cloud action can return it (`common`) or only LCIC's (`lcic`). */
  readonly scope: CodeScope;
  /**
   * The sites that can return the code. An LCIC code: the sites whose Go SDK lists it (in
   * errors.go or in an action's list). A common code: both, since any Tencent Cloud API action on
   * either site can return it, whether or not an SDK lists it.
   */
  readonly editions: readonly LcicEdition[];
  /** What kind of problem it reports. */
  readonly category: ErrorCategory;
  /** Whether the same call, sent again unchanged, can succeed: see {@link retryAdvice}. */
  readonly retry: RetryAdvice;
  /** One line, in English: what the code means. */
  readonly summary: string;
  /** In English: what usually leads to it. */
  readonly cause: string;
  /** In English: what the caller should do. */
  readonly remedy: string;
  /** The same three texts in the catalog's other languages; `codeText(info, lang)` picks one. */
  readonly translations: CodeTranslations;
  /** True when no action returns the code any more; such codes are kept, never deleted. */
  readonly retired: boolean;
}

/** One API action and the codes it can return. */
export interface ActionInfo {
  /** The action's name, as in `X-TC-Action` and the SDK method. */
  readonly action: string;
  /** The sites that offer the action. */
  readonly editions: readonly LcicEdition[];
  /** The codes the China site lists for the action. */
  readonly codes: readonly string[];
  /** The international site's list, where the action exists there (the same as `codes` unless it differs). */
  readonly internationalCodes: readonly string[] | undefined;
}
