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
 * Whether sending the request again can succeed: `immediately` (a fresh attempt fixes it, such as
 * a new signature), `after-backoff` (wait and retry, such as rate limits and server faults), or
 * `never` (the request or the account must change first).
 */
export const retryAdvice = ['never', 'after-backoff', 'immediately'] as const;
/** One of {@link retryAdvice}. */
export type RetryAdvice = (typeof retryAdvice)[number];

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
  /** The sites whose SDK lists this code. */
  readonly editions: readonly LcicEdition[];
  /** What kind of problem it reports. */
  readonly category: ErrorCategory;
  /** Whether, and when, sending the request again can succeed. */
  readonly retry: RetryAdvice;
  /** One line: what the code means. */
  readonly summary: string;
  /** What usually leads to it. */
  readonly cause: string;
  /** What the caller should do. */
  readonly remedy: string;
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
