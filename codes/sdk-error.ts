/**
 * Recognising the errors the Tencent Cloud Node.js SDKs throw or pass to callbacks.
 *
 * The SDK does not export its exception class (TencentCloudSDKHttpException), so `instanceof`
 * is impossible; the guard checks the fields instead. The SDK fills them in three ways:
 * an API failure has `code` and a `requestId`; a non-200 HTTP reply has only `httpCode`;
 * a network failure (DNS, reset, timeout) has neither and an empty `requestId`.
 */
import { lookupCodeOrAncestor } from './lookup.js';
import type { ErrorCodeInfo } from './types.js';

/** The fields of the SDK's exception, as far as callers can rely on them. */
export interface LcicSdkError extends Error {
  /** The RequestId of the failed call; empty when the request never got an answer. */
  readonly requestId: string;
  /** The SDK's trace ID, sent as X-TC-TraceId. */
  readonly traceId?: string;
  /** `Response.Error.Code`, present when the API answered with an error. */
  readonly code?: string;
  /** The HTTP status, present when the HTTP reply was not 200. */
  readonly httpCode?: number;
}

/** The API answered with `Response.Error`. */
export interface LcicApiFailure {
  /** Tells this failure from {@link LcicHttpFailure} and {@link LcicNetworkFailure}. */
  readonly kind: 'api';
  /** `Response.Error.Code`. */
  readonly code: string;
  /** `Response.Error.Message`: for people, and subject to change. */
  readonly message: string;
  /** The RequestId to give Tencent Cloud support. */
  readonly requestId: string;
  /** The catalog's entry for exactly this code; undefined when the catalog does not have it. */
  readonly info: ErrorCodeInfo | undefined;
  /**
   * Only when the code itself is not in the catalog: the entry of its nearest known parent (the
   * family a new sub-code belongs to). Undefined whenever `info` is set.
   */
  readonly ancestor: ErrorCodeInfo | undefined;
}

/** The HTTP reply was not 200, so there is no error code. */
export interface LcicHttpFailure {
  /** Tells this failure from the others. */
  readonly kind: 'http';
  /** The HTTP status of the reply. */
  readonly httpCode: number;
  /** The HTTP status text. */
  readonly message: string;
}

/** No reply arrived at all (DNS, connection, timeout). */
export interface LcicNetworkFailure {
  /** Tells this failure from the others. */
  readonly kind: 'network';
  /** What the HTTP client said (DNS failure, connection reset, timeout...). */
  readonly message: string;
}

/** Any way an LCIC call can fail, told apart by `kind`. */
export type LcicFailure = LcicApiFailure | LcicHttpFailure | LcicNetworkFailure;

const hasOptional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

/**
 * True for an error thrown (or passed to a callback) by the Tencent Cloud SDK: an `Error` with a
 * string `requestId`. A plain object of the same shape (an error sent through JSON) is not one.
 */
export function isLcicError(error: unknown): error is LcicSdkError {
  if (!(error instanceof Error)) return false;
  const e = error as unknown as Record<string, unknown>;
  return (
    typeof e.message === 'string' &&
    typeof e.requestId === 'string' &&
    hasOptional(e.code, 'string') &&
    hasOptional(e.httpCode, 'number')
  );
}

/** True for an SDK error that carries an API error code. */
export function isLcicApiError(error: unknown): error is LcicSdkError & {
  /** `Response.Error.Code`, always present on an API failure. */
  readonly code: string;
} {
  return isLcicError(error) && typeof error.code === 'string' && error.code !== '';
}

/** Tells API, HTTP and network failures apart; undefined when `error` is not an SDK error. */
export function classifyLcicError(error: unknown): LcicFailure | undefined {
  if (!isLcicError(error)) return undefined;
  if (error.code !== undefined && error.code !== '') {
    const found = lookupCodeOrAncestor(error.code);
    return {
      kind: 'api',
      code: error.code,
      message: error.message,
      requestId: error.requestId,
      info: found?.match === 'exact' ? found.info : undefined,
      ancestor: found?.match === 'ancestor' ? found.info : undefined,
    };
  }
  if (error.httpCode !== undefined) return { kind: 'http', httpCode: error.httpCode, message: error.message };
  return { kind: 'network', message: error.message };
}
