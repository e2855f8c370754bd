/**
 * Parsing the JSON body of a raw HTTPS call (`fetch`/`axios` with `X-TC-Action`). The API
 * answers HTTP 200 for failures too, so the only sign of one is `Response.Error` in the body.
 */
import { lookupCode, lookupCodeOrAncestor } from './lookup.js';
import type { ErrorCodeInfo } from './types.js';

/** A response without `Response.Error`. */
export interface LcicSuccess<T> {
  /** Tells a success from an {@link LcicErrorResponse}. */
  readonly ok: true;
  /** `Response.RequestId`. */
  readonly requestId: string;
  /** `Response` without `RequestId`: the action's own fields. */
  readonly data: T;
}

/** A response with `Response.Error`: the call failed. */
export interface LcicErrorResponse {
  /** Tells a failure from an {@link LcicSuccess}. */
  readonly ok: false;
  /** `Response.RequestId`, for Tencent Cloud support. */
  readonly requestId: string;
  /** `Response.Error.Code`. */
  readonly code: string;
  /** `Response.Error.Message` (empty if absent). */
  readonly message: string;
  /** The catalog's entry for exactly this code; undefined when the catalog does not have it. */
  readonly info: ErrorCodeInfo | undefined;
  /**
   * Only when the code itself is not in the catalog: the entry of its nearest known parent (the
   * family a new sub-code belongs to). Undefined whenever `info` is set.
   */
  readonly ancestor: ErrorCodeInfo | undefined;
}

/** What {@link parseLcicResponse} returns: check `ok` before reading `data`. */
export type LcicParsedResponse<T> = LcicSuccess<T> | LcicErrorResponse;

/** The body is not an LCIC API response at all; `problem` says what was wrong with it. */
export class LcicResponseFormatError extends Error {
  /** @param problem What is wrong with the body, in a few words. */
  constructor(readonly problem: string) {
    super(`Not an LCIC API response: ${problem}.`);
    this.name = 'LcicResponseFormatError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns a response body (the parsed object, or the JSON text) into a success or a failure.
 * Throws {@link LcicResponseFormatError} for anything that is not `{"Response": {...}}` with a
 * RequestId, never a TypeError.
 */
export function parseLcicResponse<T = Record<string, unknown>>(body: unknown): LcicParsedResponse<T> {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new LcicResponseFormatError(`the body is not JSON (${(error as Error).message})`);
    }
  }
  if (!isRecord(value)) throw new LcicResponseFormatError('the body is not a JSON object');
  const response = value.Response;
  if (!isRecord(response)) throw new LcicResponseFormatError('there is no "Response" object');
  const { RequestId: requestId, Error: error, ...data } = response;
  if (typeof requestId !== 'string') throw new LcicResponseFormatError('"Response.RequestId" is missing or not a string');
  if (error === undefined) return { ok: true, requestId, data: data as T };
  if (!isRecord(error) || typeof error.Code !== 'string') {
    throw new LcicResponseFormatError('"Response.Error" has no string "Code"');
  }
  const message = typeof error.Message === 'string' ? error.Message : '';
  const info = lookupCode(error.Code);
  const ancestor = info ? undefined : lookupCodeOrAncestor(error.Code)?.info;
  return { ok: false, requestId, code: error.Code, message, info, ancestor };
}
