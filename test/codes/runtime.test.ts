import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import {
  actionsReturning,
  classifyLcicError,
  codeInfos,
  codeText,
  codesFor,
  getCodeInfo,
  handleLcicError,
  isLcicApiError,
  isLcicError,
  isRetryable,
  type LcicErrorCodeString,
  type LcicFailure,
  LcicResponseFormatError,
  lookupCode,
  lookupCodeOrAncestor,
  parseLcicResponse,
} from '../../codes/index.js';

// The SDK does not export its exception class from the package root; tests build real instances
// of it so the guards are checked against what the SDK actually throws.
const require = createRequire(import.meta.url);
type SdkExceptionClass = new (message: string, requestId?: string, traceId?: string) => Error & Record<string, unknown>;
const SdkException = (require('tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception') as { default: SdkExceptionClass }).default;

function apiError(code: string, requestId = 'req-1') {
  const error = new SdkException('boom', requestId, 'trace-1');
  error.code = code;
  return error;
}

describe('lookupCode', () => {
  it('finds a known code', () => {
    expect(lookupCode('ResourceNotFound.Room')).toMatchObject({ code: 'ResourceNotFound.Room', parent: 'ResourceNotFound' });
  });

  it("never answers with a parent's entry: a typo or an unknown sub-code is undefined", () => {
    expect(lookupCode('ResourceNotFound.Rom')).toBeUndefined();
    expect(lookupCode('ResourceNotFound.Foo.Bar')).toBeUndefined();
    expect(lookupCode('resourcenotfound.room')).toBeUndefined();
  });

  it('getCodeInfo throws a RangeError for a string that is not a code', () => {
    expect(() => getCodeInfo('Nope' as LcicErrorCodeString)).toThrow(RangeError);
  });
});

describe('lookupCodeOrAncestor', () => {
  it('says whether it found the code itself or its nearest known ancestor', () => {
    expect(lookupCodeOrAncestor('ResourceNotFound.Room')).toMatchObject({ match: 'exact', info: { code: 'ResourceNotFound.Room' } });
    expect(lookupCodeOrAncestor('ResourceNotFound.Rom')).toMatchObject({ match: 'ancestor', info: { code: 'ResourceNotFound' } });
    expect(lookupCodeOrAncestor('ResourceNotFound.Foo.Bar')).toMatchObject({ match: 'ancestor', info: { code: 'ResourceNotFound' } });
  });

  it('returns undefined for a code with no known ancestor', () => {
    expect(lookupCodeOrAncestor('NoSuchThing.Anywhere')).toBeUndefined();
  });
});

describe('codeText', () => {
  it('gives the English prose by default and the Chinese prose for zh-CN', () => {
    const info = getCodeInfo('ResourceNotFound.Room');
    expect(codeText(info)).toEqual({ summary: info.summary, cause: info.cause, remedy: info.remedy });
    expect(codeText(info, 'en').summary).toBe('No such room.');
    expect(codeText(info, 'zh-CN')).toEqual(info.translations['zh-CN']);
    expect(codeText(info, 'zh-CN').summary).toMatch(/房间/);
  });
});

describe('codesFor and actionsReturning', () => {
  it('gives an action its codes per edition', () => {
    expect(codesFor('DescribeRoomStatistics')).toContain('FailedOperation.ClassExpired');
    expect(codesFor('DescribeRoomStatistics', 'international')).not.toContain('FailedOperation.ClassExpired');
    expect(codesFor('DescribeRoomStatistics', 'international')).toContain('ResourceUnavailable.RoomStatistics');
  });

  it('gives an action missing from the international site no codes there', () => {
    expect(codesFor('StartRecord')).not.toEqual([]);
    expect(codesFor('StartRecord', 'international')).toEqual([]);
  });

  it('throws for a name that is not an action', () => {
    expect(() => codesFor('CreateRooms' as 'CreateRoom')).toThrow(/"CreateRooms" is not an LCIC action/);
  });

  it('inverts the action lists', () => {
    const returning = actionsReturning('FailedOperation.ClassTooLong');
    expect(returning).toContain('CreateRoom');
    for (const action of returning) expect(codesFor(action)).toContain('FailedOperation.ClassTooLong');
    expect(actionsReturning('InvalidParameter.DisableRecord', 'international')).not.toContain('CreateRoom');
  });
});

describe('isRetryable: may the same call, sent again unchanged, succeed?', () => {
  it.each([
    ['RequestLimitExceeded', true],
    ['RequestLimitExceeded.UinLimitExceeded', true],
    ['InternalError', true],
    ['ServiceUnavailable', true],
    ['FailedOperation.RequestTimedOut', true],
    ['ResourceUnavailable.RoomStatistics', true],
    // Clock drift is the usual cause; a loop would re-sign with the same wrong clock and hide it.
    ['AuthFailure.SignatureExpire', false],
    ['FailedOperation', false],
    // A class runs for hours: wait for its end event, not in a retry loop.
    ['FailedOperation.RoomNotEnd', false],
    ['FailedOperation.ClassStarted', false],
    ['InvalidParameter.StartTime', false],
  ])('%s: %s', (code, expected) => {
    expect(isRetryable(code)).toBe(expected);
  });

  it.each([
    // Throttling and internal-error families: an unknown member is still throttling or a fault.
    ['RequestLimitExceeded.SomethingNew', true],
    ['InternalError.SomethingNew', true],
    ['ServiceUnavailable.SomethingNew', true],
    ['FailedOperation.RequestTimedOut.SomethingNew', true],
    // Every other family: unknown means do not retry, even under a parent that is retryable itself.
    ['FailedOperation.SomethingNew', false],
    ['ResourceUnavailable.SomethingNew', false],
    ['ResourceInUse.SomethingNew', false],
    ['ResourceNotFound.SomethingNew', false],
    ['AuthFailure.SomethingNew', false],
  ])('unknown sub-code %s: %s', (code, expected) => {
    expect(lookupCode(code)).toBeUndefined();
    expect(isRetryable(code)).toBe(expected);
  });

  it('is false for a code with no known ancestor and for letter-case variants', () => {
    expect(isRetryable('Totally.Unknown')).toBe(false);
    expect(isRetryable('requestlimitexceeded')).toBe(false);
    expect(isRetryable('')).toBe(false);
  });

  it("agrees with every catalog entry's retry advice", () => {
    for (const info of codeInfos) expect(isRetryable(info.code), info.code).toBe(info.retry === 'after-backoff');
    expect(codeInfos.filter((info) => info.retry === 'after-state-change').map((info) => info.code)).toEqual(['FailedOperation.RoomNotEnd']);
  });
});

describe('isLcicError and classifyLcicError on the real SDK exception', () => {
  it('recognises an API failure with its code and RequestId', () => {
    const error = apiError('ResourceNotFound.Room', 'abc-123');
    expect(isLcicError(error)).toBe(true);
    expect(isLcicApiError(error)).toBe(true);
    expect(classifyLcicError(error)).toMatchObject({ kind: 'api', code: 'ResourceNotFound.Room', requestId: 'abc-123', info: { code: 'ResourceNotFound.Room' }, ancestor: undefined });
  });

  it("keeps an unknown sub-code's family apart from its own entry", () => {
    expect(classifyLcicError(apiError('ResourceNotFound.Desk'))).toMatchObject({ kind: 'api', code: 'ResourceNotFound.Desk', info: undefined, ancestor: { code: 'ResourceNotFound' } });
    expect(classifyLcicError(apiError('Brand.New'))).toMatchObject({ info: undefined, ancestor: undefined });
  });

  it('tells an HTTP failure (httpCode, no code) apart', () => {
    const error = new SdkException('Bad Gateway', '', 'trace');
    error.httpCode = 502;
    expect(isLcicApiError(error)).toBe(false);
    expect(classifyLcicError(error)).toEqual({ kind: 'http', httpCode: 502, message: 'Bad Gateway' });
  });

  it('tells a network failure (no code, no status, empty RequestId) apart', () => {
    const error = new SdkException('getaddrinfo ENOTFOUND lcic.tencentcloudapi.com', '', 'trace');
    expect(classifyLcicError(error)).toEqual({ kind: 'network', message: 'getaddrinfo ENOTFOUND lcic.tencentcloudapi.com' });
  });

  it('rejects values that are not SDK errors', () => {
    // A plain object shaped like one (an error sent through JSON) is no Error, whatever its fields.
    for (const value of [undefined, null, 'InternalError', new Error('plain'), { code: 'InternalError' }, { message: 'm', requestId: 1 }, { message: 'm', requestId: 'r1', code: 'InternalError' }]) {
      expect(isLcicError(value)).toBe(false);
      expect(classifyLcicError(value)).toBeUndefined();
    }
  });
});

describe('parseLcicResponse', () => {
  it('splits a success into RequestId and data', () => {
    expect(parseLcicResponse('{"Response":{"RoomId":42,"RequestId":"r1"}}')).toEqual({ ok: true, requestId: 'r1', data: { RoomId: 42 } });
  });

  it('turns Response.Error into a failure with the catalog entry', () => {
    const parsed = parseLcicResponse({
      Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'nope' }, RequestId: 'r2' },
    });
    expect(parsed).toMatchObject({ ok: false, requestId: 'r2', code: 'AuthFailure.SignatureFailure', message: 'nope' });
    expect(!parsed.ok && parsed.info?.category).toBe('signature');
    expect(!parsed.ok && parsed.ancestor).toBeUndefined();
  });

  it('gives an unknown sub-code no entry of its own, and its family separately', () => {
    const parsed = parseLcicResponse({ Response: { Error: { Code: 'ResourceNotFound.Rom', Message: 'm' }, RequestId: 'r3' } });
    expect(parsed).toMatchObject({ ok: false, info: undefined, ancestor: { code: 'ResourceNotFound' } });
  });

  it.each([
    ['not json', /the body is not JSON/],
    ['[1,2]', /not a JSON object/],
    [{ response: {} }, /no "Response" object/],
    [{ Response: { RoomId: 1 } }, /"Response.RequestId" is missing/],
    [{ Response: { RequestId: 'r', Error: 'bad' } }, /"Response.Error" has no string "Code"/],
    [null, /not a JSON object/],
  ])('throws a clear LcicResponseFormatError for %j', (body, message) => {
    expect(() => parseLcicResponse(body)).toThrow(LcicResponseFormatError);
    expect(() => parseLcicResponse(body)).toThrow(message);
  });
});

describe('handleLcicError', () => {
  const handlers = () => ({
    'FailedOperation': vi.fn(() => 'failed'),
    'InternalError': vi.fn(() => 'internal'),
    'ResourceNotFound.Room': vi.fn(() => 'no room'),
    otherwise: vi.fn((failure: LcicFailure | undefined) => (failure ? `otherwise (${failure.kind})` : 'otherwise (not an SDK error)')),
  });

  it('calls the handler of the code', () => {
    const h = handlers();
    expect(handleLcicError('DescribeRoom', apiError('ResourceNotFound.Room'), h)).toBe('no room');
    expect(h['ResourceNotFound.Room']).toHaveBeenCalledWith(expect.objectContaining({ kind: 'api', requestId: 'req-1' }));
  });

  it('sends an unknown sub-code to its parent when the action lists the parent', () => {
    expect(handleLcicError('DescribeRoom', apiError('FailedOperation.Brand.New'), handlers())).toBe('failed');
  });

  it('sends common codes outside the list, network errors and foreign values to otherwise', () => {
    const h = handlers();
    expect(handleLcicError('DescribeRoom', apiError('RequestLimitExceeded'), h)).toBe('otherwise (api)');
    expect(handleLcicError('DescribeRoom', new SdkException('ECONNRESET'), h)).toBe('otherwise (network)');
    expect(handleLcicError('DescribeRoom', new TypeError('x'), h)).toBe('otherwise (not an SDK error)');
    expect(h.otherwise.mock.calls.map(([failure]) => failure?.kind)).toEqual(['api', 'network', undefined]);
  });
});
