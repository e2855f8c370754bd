import rule from '../../rules/check-response-error.js';
import { CALLBACK_HTTPS_HELPER, RESULT_HELPER, SDK, SDK_RESULT_WRAPPERS } from '../helpers/sdk-snippets.js';
import { fixtureFile, fixtureTypedRuleTester, ruleTester, serviceFile, serviceTypedRuleTester, workspaceFile } from '../helpers/rule-tester.js';

const lines = (...text: string[]) => text.join('\n');
const FETCH = (action: string, body: string) =>
  `async function call(headers: Record<string, string>) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { ...headers, 'X-TC-Action': '${action}' } });\n${body}\n}`;
const AXIOS = (body: string) =>
  `import axios from 'axios';\nasync function call() {\n  const { data } = await axios.post('https://lcic.tencentcloudapi.com', {}, { headers: { 'X-TC-Action': 'GetRooms' } });\n${body}\n}`;

/** An axios instance for LCIC with `interceptor` as its response interceptor, and a caller that reads what it gets with `read`. */
const INTERCEPTED = (interceptor: string, read: string) =>
  [
    "import axios from 'axios';",
    "const api = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });",
    `api.interceptors.response.use(${interceptor});`,
    'export async function roomName(roomId: number) {',
    "  const got = await api.post('/', { RoomId: roomId }, { headers: { 'X-TC-Action': 'DescribeRoom' } });",
    `  return ${read};`,
    '}',
  ].join('\n');

/** A helper that answers a failure with a Result object (parseLcicResponse's shape), and a caller reading it (`read`, line 12). */
const RESULT = (read: string) =>
  [
    RESULT_HELPER,
    'export async function roomName(roomId: number) {',
    "  const result = await lcicResult('DescribeRoom', { RoomId: roomId });",
    read,
    '}',
  ].join('\n');

/** A signing helper answering with a Result, and a wrapper that fixes the action and hands the Result on. */
const RESULT_WRAPPER = (read: string) =>
  [
    'async function request(action: string, params: object): Promise<any> {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(params) });",
    '  return res.json();',
    '}',
    'async function call(action: string, params: object) {',
    '  const { Response } = await request(action, params);',
    '  if (Response.Error) return { ok: false as const, code: Response.Error.Code, requestId: Response.RequestId };',
    '  return { ok: true as const, data: Response };',
    '}',
    "export function describeResult(roomId: number) { return call('DescribeRoom', { RoomId: roomId }); }",
    'export async function name(roomId: number) {',
    '  const r = await describeResult(roomId);',
    read,
    '}',
  ].join('\n');

/** A signing helper that returns the body, and `body`: callers of it, from line 6. */
/** The SDK's Result wrappers (sdk-snippets), and a caller whose DescribeRoom Result is `room` (line 19); `read` starts on line 20. */
const SDK_RESULT = (read: string) =>
  [SDK + SDK_RESULT_WRAPPERS, 'export async function run(roomId: number) {', '  const room = await tryLcic(() => client.DescribeRoom({ RoomId: roomId }));', read, '}'].join('\n');

/** A schema with zod's `parse` and `parseAsync`, which hand back what they are given. */
const ENVELOPE = 'declare const Envelope: { parse(value: unknown): any; parseAsync(value: unknown): Promise<any> };\n';

const TWO_BODIES = (body: string) =>
  [
    "import axios from 'axios';",
    'async function call(action: string, params: object): Promise<any> {',
    "  const res = await axios.post('https://lcic.tencentcloudapi.com', params, { headers: { 'X-TC-Action': action } });",
    '  return res.data;',
    '}',
    body,
  ].join('\n');

ruleTester.run('check-response-error', rule, {
  valid: [
    {
      name: 'a function of the project that always throws, given an object made from the error (not the body): the check ends the path',
      code:
        "class LcicError extends Error {\n  constructor(readonly code: string, readonly requestId: string) { super(code); }\n}\nfunction fail(o: { code: string; requestId: string }): never {\n  throw new LcicError(o.code, o.requestId);\n}\nfunction raise(message: string) {\n  throw new Error(message);\n}\n" +
        FETCH('DescribeRoom', '  const body = await res.json();\n  if (body.Response.Error) fail({ code: body.Response.Error.Code, requestId: body.Response.RequestId });\n  return body.Response.Name;') +
        '\n' +
        FETCH('GetRooms', "  const body = await res.json();\n  if (body.Response.Error) raise(`GetRooms failed: ${body.Response.RequestId}`);\n  return body.Response.Rooms;").replace('function call(', 'function rooms('),
    },
    {
      name: "the body given through a schema's parse or parseAsync (zod's), then checked",
      code: ENVELOPE + FETCH('GetRoomEvent', '  const body = Envelope.parse(await res.json());\n  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });\n  const again = await Envelope.parseAsync(body);\n  return again.Response.Events;'),
    },
    {
      name: 'the body read as text, then parsed by JSON.parse or parseLcicResponse, and checked',
      code:
        "import { parseLcicResponse } from 'eslint-plugin-lcic/codes';\n" +
        FETCH('DescribeRoom', "  const parsed = parseLcicResponse(await res.text());\n  if (!parsed.ok) throw Object.assign(new Error(parsed.message), { code: parsed.code, requestId: parsed.requestId });\n  return parsed.data;") +
        '\n' +
        FETCH('GetRooms', "  const body = JSON.parse(await res.text());\n  if (body.Response.Error) throw new Error('GetRooms failed', { cause: body.Response });\n  return body.Response.Rooms;").replace('function call(', 'function rooms('),
    },
    {
      name: "Promise.all's bodies kept in one name and checked in a loop over it; ok === false; a ternary of booleans; switch (!!Response.Error)",
      code: TWO_BODIES(
        [
          'export async function both(roomId: number) {',
          "  const bodies = await Promise.all([call('DescribeRoom', { RoomId: roomId }), call('GetRoomEvent', { RoomId: roomId, SdkAppId: 1 })]);",
          '  for (const body of bodies) {',
          "    if (body.Response.Error) throw new Error('failed', { cause: body.Response });",
          '  }',
          '  return bodies.map((body) => body.Response);',
          '}',
          'export async function a(roomId: number) {',
          "  const data = await call('DescribeRoom', { RoomId: roomId });",
          '  const ok = data.Response.Error == null;',
          "  if (ok === false) throw new Error('failed', { cause: data.Response });",
          '  const fine = data.Response.Error ? false : true;',
          "  if (!fine) throw new Error('failed', { cause: data.Response });",
          '  switch (!!data.Response.Error) {',
          '    case true:',
          "      throw new Error('failed', { cause: data.Response });",
          '    default:',
          '      break;',
          '  }',
          '  return data.Response.Name;',
          '}',
        ].join('\n'),
      ),
    },
    {
      name: 'the check held in a const first: Boolean(Response.Error), a comparison, a negation',
      code: TWO_BODIES(
        [
          'export async function name(roomId: number) {',
          "  const data = await call('DescribeRoom', { RoomId: roomId });",
          '  const failed = Boolean(data.Response.Error);',
          "  if (failed) throw Object.assign(new Error('DescribeRoom failed'), { requestId: data.Response.RequestId });",
          '  return data.Response.Name;',
          '}',
          'export async function rooms() {',
          "  const data = await call('GetRooms', {});",
          '  const { Error: apiError } = data.Response;',
          '  const ok = !apiError;',
          "  if (!ok) throw new Error('GetRooms failed', { cause: data.Response });",
          '  const hasError = data.Response.Error !== undefined;',
          "  if (hasError) throw new Error('GetRooms failed', { cause: data.Response });",
          '  return data.Response.Rooms;',
          '}',
        ].join('\n'),
      ),
    },
    {
      name: 'two bodies from Promise.all, destructured and each checked; two bodies checked in a loop over [a, b]',
      code: TWO_BODIES(
        [
          'export async function both(roomId: number) {',
          "  const [room, stats] = await Promise.all([call('DescribeRoom', { RoomId: roomId }), call('DescribeRoomStatistics', { RoomId: roomId })]);",
          "  if (room.Response.Error) throw new Error('DescribeRoom failed', { cause: room.Response });",
          "  if (stats.Response.Error) throw new Error('DescribeRoomStatistics failed', { cause: stats.Response });",
          '  return { name: room.Response.Name, peak: stats.Response.PeakMemberNumber };',
          '}',
          'export async function looped(roomId: number) {',
          "  const room = await call('DescribeRoom', { RoomId: roomId });",
          "  const stats = await call('DescribeRoomStatistics', { RoomId: roomId });",
          '  for (const body of [room, stats]) {',
          '    if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Code), { requestId: body.Response.RequestId });',
          '  }',
          '  return { name: room.Response.Name, peak: stats.Response.PeakMemberNumber };',
          '}',
        ].join('\n'),
      ),
    },
    {
      name: "typeof Response.Error against 'object' or 'undefined' is the check, and so is a Response destructured with a ?? {} fallback",
      code:
        FETCH('DescribeRoom', "  const body = await res.json();\n  if (typeof body.Response.Error === 'object') throw new Error(body.Response.Error.Code, { cause: body.Response });\n  return body.Response.Name;") +
        '\n' +
        FETCH('GetRooms', "  const body = await res.json();\n  if (typeof body.Response.Error !== 'undefined') throw new Error('GetRooms failed', { cause: body.Response });\n  const { Error: apiError } = body.Response ?? {};\n  if (apiError) throw new Error(apiError.Code, { cause: body.Response });\n  return body.Response.Rooms;").replace('function call(', 'function rooms('),
    },
    {
      name: "node:assert's equal and strictEqual of Response.Error with undefined",
      code: "import assert from 'node:assert';\n" + FETCH('GetRooms', "  const body = await res.json();\n  assert.equal(body.Response.Error, undefined, `GetRooms failed: ${body.Response.RequestId}`);\n  assert.strictEqual(body.Response.Error, null);\n  return body.Response.Rooms;"),
    },
    {
      name: "node:assert's assert, assert.ok and a strict ok imported by name, each asserting that Response.Error is not set",
      code:
        "import assert from 'node:assert';\nimport { strict } from 'node:assert';\nconst { ok } = require('assert');\n" +
        FETCH('GetRooms', "  const body = await res.json();\n  assert(!body.Response.Error, `GetRooms failed: ${body.Response.RequestId}`);\n  strict.ok(body.Response.Error === undefined);\n  ok(!body.Response.Error);\n  return body.Response.Rooms;"),
    },
    { name: 'a Result handed on by a wrapper that fixes the action, checked by ok at the caller', code: RESULT_WRAPPER("  if (!r.ok) throw Object.assign(new Error('x'), { code: r.code, requestId: r.requestId });\n  return r.data.Name;") },
    {
      name: 'a body assigned once inside a try whose catch throws, checked after it',
      code: FETCH('DescribeDocument', "  let body: any;\n  try {\n    body = await res.json();\n  } catch (err) {\n    throw new Error('not JSON', { cause: err });\n  }\n  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });\n  return body.Response;"),
    },
    {
      name: 'a guard that reads the Response through body && body.Response',
      code: "function assertOk(body: any) {\n  const r = body && body.Response;\n  if (r && r.Error) throw Object.assign(new Error(r.Error.Message), { code: r.Error.Code, requestId: r.RequestId });\n}\n" + FETCH('DescribeRoom', '  const body = await res.json();\n  assertOk(body);\n  return body.Response.Name;'),
    },
    {
      name: "'Error' in Response is a check of Response.Error",
      code: FETCH('DescribeRoom', "  const { Response } = await res.json();\n  if ('Error' in Response) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code, requestId: Response.RequestId });\n  return Response.Name;"),
    },
    { name: 'fetch: an early throw on Response.Error', code: FETCH('DescribeRoom', '  const body = await res.json();\n  if (body.Response.Error) throw new Error(body.Response.Error.Code);\n  return body.Response.Name;') },
    { name: 'fetch: the use inside an else', code: FETCH('DescribeRoom', '  const { Response } = await res.json();\n  if (Response.Error !== undefined) { return null; } else { return Response.Name; }') },
    { name: 'fetch: the use behind a negated check', code: FETCH('DescribeRoom', '  const body = await res.json();\n  if (!body.Response.Error) return body.Response.Name;\n  throw new Error(body.Response.Error.Code);') },
    {
      name: 'only the message read, but the Response goes on whole as the cause: its Code goes with it',
      code: AXIOS('  if (data.Response.Error) throw new Error(data.Response.Error.Message, { cause: data.Response });\n  return data.Response.Total;'),
    },
    {
      name: 'only the message read, and the Error object handed to an error class',
      code: 'class LcicFailed extends Error { constructor(m: string, e: unknown) { super(m); } }\n' + AXIOS('  if (data.Response.Error) throw new LcicFailed(data.Response.Error.Message, data.Response.Error);\n  return data.Response.Total;'),
    },
    { name: 'axios: a ternary on the error', code: AXIOS('  return data.Response.Error ? null : data.Response.Total;') },
    { name: "the package parser's result, checked", code: "import { parseLcicResponse } from 'eslint-plugin-lcic/codes';\n" + FETCH('DescribeRoom', '  const parsed = parseLcicResponse(await res.json());\n  if (!parsed.ok) throw new Error(parsed.code);\n  return parsed.data.Name;') },
    { name: 'RequestId may be read before the check', code: FETCH('DescribeRoom', '  const body = await res.json();\n  console.log(body.Response.RequestId);\n  if (body.Response.Error) throw new Error(body.Response.Error.Code);') },
    { name: 'SDK calls throw on failure: their responses need no check', code: "import * as tc from 'tencentcloud-sdk-nodejs';\nconst client = new tc.lcic.v20220817.Client({});\nclient.DescribeRoom({ RoomId: 1 }).then((room) => room.Name);" },
    { name: 'a function that returns the body unchecked leaves the check to its callers', code: FETCH('GetRooms', '  const payload = await res.json();\n  return payload;') },
    {
      name: 'a local guard that throws on Response.Error',
      code: 'function assertOk(body: any) {\n  if (body.Response.Error) throw new Error(body.Response.Error.Code);\n}\n' + FETCH('DescribeRoom', '  const body = await res.json();\n  assertOk(body);\n  return body.Response.Name;'),
    },
    {
      name: 'a callback that calls a plain function (once a crash)',
      code: "declare function readJson(r: unknown): Promise<unknown>;\nfetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'GetRooms' } }).then((r) => readJson(r));",
    },
    {
      name: 'fields destructured next to Error, read only after the check: destructuring reads nothing yet',
      code: FETCH('CreateRoom', '  const { Response: { Error, RoomId, RequestId } } = await res.json();\n  if (Error) return { code: Error.Code, requestId: RequestId };\n  return { roomId: RoomId };'),
    },
    {
      name: 'the same with the Error renamed, from the Response',
      code: FETCH('CreateRoom', '  const { Error: failure, RoomId } = (await res.json()).Response;\n  if (failure) throw new Error(failure.Code, { cause: failure });\n  return RoomId;'),
    },
    { name: 'the error checked through a variable holding it', code: FETCH('DescribeRoom', '  const { Response } = await res.json();\n  const failure = Response.Error;\n  if (failure) throw new Error(failure.Code);\n  return Response.Name;') },
    { name: 'another service', code: "async function f() { const r = await fetch('https://cvm.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeInstances' } }); const b = await r.json(); return b.Response.InstanceSet; }" },
    {
      name: "the Results of SDK calls answered by tryLcic(task) and by a helper's catch, checked by ok; a wrapper answering { ok: false, error } is no Result to check",
      code: SDK_RESULT(
        "  if (!room.ok) throw Object.assign(new Error(`LCIC ${room.code}`), { code: room.code, requestId: room.requestId });\n  const ended = await endClass(roomId);\n  if (!ended.ok && ended.code !== 'FailedOperation.ClassEnded') throw new Error(ended.code);\n  return room.value.Name;\n}\nasync function attempt<T>(task: () => Promise<T>) {\n  try {\n    return { ok: true as const, value: await task() };\n  } catch (error) {\n    return { ok: false as const, error };\n  }\n}\nexport async function other(roomId: number) {\n  await attempt(() => client.DescribeRoom({ RoomId: roomId }));",
      ),
    },
    { name: 'a Result from a helper, checked by ok before its data is read', code: RESULT('  if (!result.ok) throw new Error(result.code, { cause: result });\n  return result.data.Name;') },
    {
      name: 'an interceptor that builds its error first and rejects with return Promise.reject(err): each call fails like an SDK call, even one whose body goes unread',
      code: INTERCEPTED(
        '(res) => {\n  const { Response } = res.data;\n  if (Response.Error) {\n    const err: any = new Error(Response.Error.Message);\n    err.code = Response.Error.Code;\n    err.requestId = Response.RequestId;\n    return Promise.reject(err);\n  }\n  return Response;\n}',
        '{ found: true }',
      ),
    },
    {
      name: 'an axios instance whose response interceptor rejects on Response.Error: its callers get a checked response',
      code: INTERCEPTED('(res) => (res.data.Response.Error ? Promise.reject(new Error(res.data.Response.Error.Code, { cause: res.data.Response })) : res)', 'got.data.Response.Name'),
    },
    {
      name: 'the interceptor a named function that throws, and returns the Response itself',
      code:
        'function checked(res: any) {\n  const { Error: failure, RequestId } = res.data.Response;\n  if (failure) throw Object.assign(new Error(failure.Message), { code: failure.Code, requestId: RequestId });\n  return res.data.Response;\n}\n' +
        INTERCEPTED('checked', 'got.Name'),
    },
  ],
  invalid: [
    {
      name: 'a function of the project that throws only sometimes: the path where it returns goes on to the use',
      code:
        "function failIf(o: { code?: string }) {\n  if (o.code) throw new Error(o.code);\n}\n" +
        FETCH('DescribeRoom', '  const body = await res.json();\n  if (body.Response.Error) failIf({ code: body.Response.Error.Code });\n  return body.Response.Name;'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 8, column: 10, endColumn: 28 }],
    },
    {
      name: 'the body read as text and parsed with JSON.parse, then used unchecked',
      code: FETCH('DescribeRoom', '  const body = JSON.parse(await res.text());\n  return body.Response.Name;'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 4, column: 10, endColumn: 28 }],
    },
    {
      name: 'consts whose conditions lead back to each other (never valid at run time): no answer from them, and no crash',
      code: TWO_BODIES(
        [
          'export async function name(roomId: number) {',
          "  const data = await call('DescribeRoom', { RoomId: roomId });",
          '  // @ts-expect-error used before it is declared',
          '  const failed = !retry && data.Response.Error;',
          '  const retry = !failed;',
          "  if (failed) throw new Error('failed', { cause: data.Response });",
          '  return data.Response.Name;',
          '}',
        ].join('\n'),
      ),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 12, column: 10, endColumn: 28 }],
    },
    {
      name: 'a const holding a condition on something else than Response.Error: no check',
      code: TWO_BODIES(
        [
          'export async function name(roomId: number) {',
          "  const data = await call('DescribeRoom', { RoomId: roomId });",
          '  const named = Boolean(data.Response.Name);',
          "  if (!named) throw new Error('no name', { cause: data.Response });",
          '  return data.Response.Name;',
          '}',
        ].join('\n'),
      ),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 8, column: 25, endColumn: 43 }],
    },
    {
      name: 'two bodies from Promise.all where only the first is checked; a loop over [body] that only logs',
      code: TWO_BODIES(
        [
          'export async function both(roomId: number) {',
          "  const [room, stats] = await Promise.all([call('DescribeRoom', { RoomId: roomId }), call('DescribeRoomStatistics', { RoomId: roomId })]);",
          "  if (room.Response.Error) throw new Error('DescribeRoom failed', { cause: room.Response });",
          '  return { name: room.Response.Name, peak: stats.Response.PeakMemberNumber };',
          '}',
          'export async function logged(roomId: number) {',
          "  const room = await call('DescribeRoom', { RoomId: roomId });",
          '  for (const body of [room]) console.log(body.Response.RequestId);',
          '  return room.Response.Name;',
          '}',
        ].join('\n'),
      ),
      errors: [
        { messageId: 'unchecked', data: { action: 'DescribeRoomStatistics' }, line: 9, column: 44, endColumn: 75 },
        { messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 14, column: 10, endColumn: 28 },
      ],
    },
    {
      name: "node:assert's assert of something else than Response.Error: the assert reads the body unchecked",
      code: "import assert from 'node:assert';\n" + FETCH('GetRooms', '  const body = await res.json();\n  assert(body.Response.Rooms);\n  return body.Response.Rooms;'),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 5, column: 10, endColumn: 29 }],
    },
    {
      name: "typeof Response.Error === 'undefined' in a check that does not leave: the body is still read on the failing path",
      code: FETCH('DescribeRoom', "  const body = await res.json();\n  if (typeof body.Response.Error === 'undefined') console.log('fine');\n  return body.Response.Name;"),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 5, column: 10, endColumn: 28 }],
    },
    {
      name: 'a signing helper whose headers come from an async signer, awaited in place or held in a name: its callers get the body to check',
      code: [
        'async function signedHeaders(action: string, payload: string): Promise<Record<string, string>> {',
        "  return { 'X-TC-Action': action, 'X-TC-Version': '2022-08-17', Authorization: payload };",
        '}',
        'export async function request(action: string, payload: object) {',
        '  const body = JSON.stringify(payload);',
        "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: await signedHeaders(action, body), body });",
        '  return res.json();',
        '}',
        'export async function request2(action: string, payload: object) {',
        '  const body = JSON.stringify(payload);',
        '  const headers = await signedHeaders(action, body);',
        "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers, body });",
        '  return res.json();',
        '}',
        'export async function register(name: string) {',
        "  const body = await request('RegisterUser', { Name: name });",
        '  return body.Response.UserId;',
        '}',
        'export async function login(id: string) {',
        "  const body = await request2('LoginUser', { UserId: id });",
        '  return body.Response.Token;',
        '}',
      ].join('\n'),
      errors: [
        { messageId: 'unchecked', data: { action: 'RegisterUser' }, line: 17, column: 10, endColumn: 30 },
        { messageId: 'unchecked', data: { action: 'LoginUser' }, line: 21, column: 10, endColumn: 29 },
      ],
    },
    {
      name: "assert.equal of Response.Error with something other than nothing checks nothing",
      code: "import assert from 'node:assert';\n" + FETCH('GetRooms', "  const body = await res.json();\n  assert.equal(body.Response.Error, body.Response.Error);\n  return body.Response.Rooms;"),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 6, column: 10, endColumn: 29 }],
    },
    {
      name: 'an assert method of an object that is not node:assert checks nothing',
      code: 'const checks = { assert: (value: unknown) => value };\n' + FETCH('GetRooms', '  const body = await res.json();\n  checks.assert(!body.Response.Error);\n  return body.Response.Rooms;'),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 6, column: 10, endColumn: 29 }],
    },
    {
      name: 'a Result handed on by a wrapper that fixes the action, its data read without looking at ok',
      code: RESULT_WRAPPER('  return r.data.Name;'),
      errors: [{ messageId: 'uncheckedResult', data: { action: 'DescribeRoom' }, line: 13, column: 10, endColumn: 21 }],
    },
    {
      name: "the Results of SDK calls answered by tryLcic(task) and by a helper's catch: one's value read without looking at ok, the other ignored",
      code: SDK_RESULT('  await endClass(roomId);\n  return room.value.Name;'),
      errors: [
        { messageId: 'neverCheckedResult', data: { action: 'EndRoom' }, line: 20, column: 9, endColumn: 17 },
        { messageId: 'uncheckedResult', data: { action: 'DescribeRoom' }, line: 21, column: 10, endColumn: 25 },
      ],
    },
    {
      name: "the body given through a schema's parse (zod's), which hands it back as it came, read unchecked",
      code: ENVELOPE + FETCH('GetRoomEvent', '  const body = Envelope.parse(await res.json());\n  return body.Response.Events ?? [];'),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRoomEvent' }, line: 5, column: 10, endColumn: 30 }],
    },
    {
      name: 'a Result from a helper, its data read without looking at ok',
      code: RESULT('  return result.data.Name;'),
      errors: [{ messageId: 'uncheckedResult', data: { action: 'DescribeRoom' }, line: 12, column: 10, endColumn: 26 }],
    },
    {
      name: 'an interceptor that only unwraps the body: each caller still has to check it',
      code: INTERCEPTED('(res) => res.data', 'got.Response.Name'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 6, column: 10, endColumn: 27 }],
    },
    {
      name: 'an interceptor that only logs and passes the response on',
      code: INTERCEPTED('(res) => {\n  console.log(res.status);\n  return res;\n}', 'got.data.Response.Name'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 9, column: 10, endColumn: 32 }],
    },
    {
      name: "a headers function of the project names the action: the call's action is the argument",
      code: [
        'function lcicHeaders(action: string) {',
        "  return { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2022-08-17' };",
        '}',
        'export async function roomName(roomId: number) {',
        "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: lcicHeaders('DescribeRoom'), body: JSON.stringify({ RoomId: roomId }) });",
        '  const body = await res.json();',
        '  return body.Response.Name;',
        '}',
      ].join('\n'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 7, column: 10, endColumn: 28 }],
    },
    {
      name: 'fetch: a field read with no check',
      code: FETCH('DescribeRoom', '  const body = await res.json();\n  return body.Response.Name;'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 4, column: 10, endColumn: 28 }],
    },
    {
      name: 'the body read and dropped: the function answers success whatever the body says',
      code: FETCH('StartRoom', '  await res.json();\n  return { success: true };'),
      errors: [{ messageId: 'neverChecked', data: { action: 'StartRoom' }, line: 2, column: 21, endColumn: 26 }],
    },
    {
      name: 'axios: the response never read',
      code: "import axios from 'axios';\nexport async function end(id: number) {\n  await axios.post('https://lcic.tencentcloudapi.com', { RoomId: id }, { headers: { 'X-TC-Action': 'EndRoom' } });\n  return true;\n}",
      errors: [{ messageId: 'neverChecked', data: { action: 'EndRoom' }, line: 3, column: 9, endColumn: 19 }],
    },
    {
      name: "the package parser's result ignored: the body is still unchecked",
      code: "import { parseLcicResponse } from 'eslint-plugin-lcic/codes';\n" + FETCH('DescribeRoom', '  const body = await res.json();\n  parseLcicResponse(body);\n  return body.Response.Name;'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 6, column: 10, endColumn: 28 }],
    },
    {
      name: 'res.ok says nothing: LCIC answers failures with HTTP 200',
      code: FETCH('DescribeRoom', "  if (!res.ok) throw new Error('HTTP ' + res.status);\n  const { Response } = await res.json();\n  return Response.Name;"),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 5, column: 10, endColumn: 23 }],
    },
    {
      name: 'a field destructured from an unchecked Response, read: the read is the use',
      code: FETCH('CreateRoom', '  const { Response: { RoomId } } = await res.json();\n  return RoomId;'),
      errors: [{ messageId: 'unchecked', data: { action: 'CreateRoom' }, line: 4, column: 10, endColumn: 16 }],
    },
    {
      name: 'fetch: the check does not stop the use (no exit)',
      code: FETCH('DescribeRoom', "  const body = await res.json();\n  if (body.Response.Error) console.warn('failed', body.Response.Error.Code);\n  return body.Response.Name;"),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 5, column: 10 }],
    },
    {
      name: 'axios: only the message is read',
      code: AXIOS('  if (data.Response.Error) throw new Error(data.Response.Error.Message);\n  return data.Response.Total;'),
      errors: [{ messageId: 'messageWithoutCode', data: { action: 'GetRooms' }, line: 4, column: 44, endColumn: 71 }],
    },
    {
      name: 'a promise chain: the body parameter of the last then',
      code: "fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeUser' } })\n  .then((r) => r.json())\n  .then((body) => body.Response.Name);",
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeUser' }, line: 3, column: 19 }],
    },
  ],
});

/** Real files of the multi-module service: a signing helper in another module returns the raw body. */
const serviceCases = {
  valid: [
    { name: 'the helper returns the body: its callers check it', ...serviceFile('src/lcic/sign.ts') },
    { name: 'callers that check Response.Error, through a paths alias', ...serviceFile('src/reports.ts') },
    { name: 'the same signing style for another service', ...serviceFile('src/notify/sms.ts') },
  ],
  invalid: [
    {
      name: 'a field read from the helper\'s body without a check; another caller that checks it',
      ...serviceFile('src/users.ts'),
      errors: [{ messageId: 'unchecked' as const, data: { action: 'RegisterUser' }, line: 33, column: 10, endColumn: 30 }],
    },
    {
      name: 'the helper\'s body ignored and success answered',
      ...serviceFile('src/jobs/cleanup.ts'),
      errors: [{ messageId: 'neverChecked' as const, data: { action: 'EndRoom' }, line: 36, column: 9, endColumn: 16 }],
    },
  ],
};
ruleTester.run('check-response-error on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('check-response-error on the multi-module service, with type information', rule, serviceCases);

ruleTester.run('check-response-error on an app importing its workspace package by name', rule, {
  valid: [],
  invalid: [
    {
      name: "the body the package's signing helper returns, read unchecked",
      ...workspaceFile('apps/worker/jobs.ts'),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRoomEvent' }, line: 12, column: 10, endColumn: 30 }],
    },
  ],
});

/**
 * A signing helper whose URL is a config field, `process.env.LCIC_ENDPOINT ?? 'https://lcic...'`
 * in another module, and whose X-TC-Action header comes from a function of a third
 * (test/fixtures/endpoint-config): the default host makes it LCIC's, and its callers' bodies are read.
 */
const endpointConfigCases = {
  valid: [{ name: 'the helper returns the body: its callers check it', ...fixtureFile('endpoint-config', 'lcic-http.ts') }],
  invalid: [
    {
      name: "a field read from the helper's body without a check; another caller that checks it",
      ...fixtureFile('endpoint-config', 'rooms.ts'),
      errors: [{ messageId: 'unchecked' as const, data: { action: 'DescribeRoom' }, line: 5, column: 10, endColumn: 28 }],
    },
  ],
};
ruleTester.run('check-response-error on a helper whose endpoint is a config default', rule, endpointConfigCases);
fixtureTypedRuleTester('endpoint-config').run('check-response-error on a helper whose endpoint is a config default, with type information', rule, endpointConfigCases);

ruleTester.run('check-response-error on raw calls through got', rule, {
  valid: [],
  invalid: [
    {
      name: "got's .json() read unchecked; its response's body checked; its body parsed with JSON.parse and read unchecked",
      code: lines(
        "import got from 'got';",
        "export async function name(roomId: number) {",
        "  const body: any = await got.post('https://lcic.tencentcloudapi.com', { json: { RoomId: roomId }, headers: { 'X-TC-Action': 'DescribeRoom' } }).json();",
        "  return body.Response.Name;",
        "}",
        "export async function end(roomId: number) {",
        "  const res = await got('https://lcic.tencentcloudapi.com', { method: 'POST', json: { RoomId: roomId }, headers: { 'X-TC-Action': 'EndRoom' }, responseType: 'json' });",
        "  const body: any = res.body;",
        "  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });",
        "  return true;",
        "}",
        "export async function members(roomId: number) {",
        "  const res = await got.post('https://lcic.tencentcloudapi.com', { json: { RoomId: roomId }, headers: { 'X-TC-Action': 'DescribeCurrentMemberList' } });",
        "  return JSON.parse(res.body).Response.MemberRecords;",
        "}",
      ),
      errors: [
        { messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 4, column: 10, endColumn: 28 },
        { messageId: 'unchecked', data: { action: 'DescribeCurrentMemberList' }, line: 14, column: 10, endColumn: 53 },
      ],
    },
  ],
});

/** undici's `request` imported as `importing` (line 1), a signing helper over it (lines 2-5), and its caller (lines 6-9). */
const undiciHelper = (importing: string, request: string, host = 'lcic.tencentcloudapi.com') =>
  lines(
    importing,
    'export async function callLcic(action: string, payload: object) {',
    `  const { statusCode, body } = await ${request}('https://${host}', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });`,
    "  if (statusCode !== 200) throw new Error('HTTP ' + statusCode);",
    '  return (await body.json()) as any;',
    '}',
    'export async function roomName(roomId: number) {',
    "  const { Response } = await callLcic('DescribeRoom', { RoomId: roomId });",
    '  return Response.Name;',
    '}',
  );
ruleTester.run("check-response-error on raw calls through undici's request", rule, {
  valid: [
    { name: 'a request to another host', code: undiciHelper("import { request } from 'undici';", 'request', 'api.example.com') },
    {
      name: 'the body read with body.json() and checked before the read',
      code: lines(
        "import { request } from 'undici';",
        'export async function end(roomId: number) {',
        "  const { body } = await request('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' }, body: JSON.stringify({ RoomId: roomId }) });",
        '  const json: any = await body.json();',
        '  if (json.Response.Error) throw Object.assign(new Error(json.Response.Error.Message), { code: json.Response.Error.Code, requestId: json.Response.RequestId });',
        '  return json.Response.RequestId;',
        '}',
      ),
    },
  ],
  invalid: [
    { name: "import { request } from 'undici'", code: undiciHelper("import { request } from 'undici';", 'request'), errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 9, column: 10, endColumn: 23 }] },
    { name: "undici's module object", code: undiciHelper("import * as undici from 'undici';", 'undici.request'), errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 9, column: 10, endColumn: 23 }] },
    { name: 'required', code: undiciHelper("const { request } = require('undici');", 'request'), errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 9, column: 10, endColumn: 23 }] },
  ],
});

/** Headers given as the Fetch API's `new Headers(...)` of the object that has X-TC-Action. */
const headersObject = (declare: string) =>
  lines(
    declare,
    "function signHeaders(action: string, payload: string) {",
    "  return { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2022-08-17', Authorization: payload };",
    "}",
    "export async function name(roomId: number) {",
    "  const body = JSON.stringify({ RoomId: roomId });",
    "  const headers = new Headers(signHeaders('DescribeRoom', body));",
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers, body });",
    "  const data: any = await res.json();",
    "  return data.Response.Name;",
    "}",
  );
ruleTester.run('check-response-error on fetch given new Headers(...)', rule, {
  valid: [{ name: 'a class of the project named Headers is not the Fetch API one', code: headersObject('class Headers { constructor(readonly fields: object) {} }') }],
  invalid: [{ name: 'new Headers(signHeaders(action, body)) kept in a name', code: headersObject('// the global Headers'), errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 10, column: 10, endColumn: 28 }] }],
});

/** The body packed unchecked into an answer made where it is read: a Lambda's `{ statusCode: 200, body: JSON.stringify(...) }`. */
const lambda = (check: string, answer: string) =>
  lines(
    "import axios from 'axios';",
    "const http = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });",
    'export const handler = async (event: { roomId: number }) => {',
    "  const res = await http.post('/', { RoomId: event.roomId }, { headers: { 'X-TC-Action': 'DescribeRoom' } });",
    check,
    `  return ${answer};`,
    '};',
  );
ruleTester.run('check-response-error on a body packed into a returned answer', rule, {
  valid: [
    { name: 'checked first', code: lambda("  if (res.data.Response.Error) throw Object.assign(new Error(res.data.Response.Error.Message), { code: res.data.Response.Error.Code, requestId: res.data.Response.RequestId });", '{ statusCode: 200, body: JSON.stringify(res.data.Response) }') },
    { name: 'the error handed on beside the data, for the caller to check', code: lambda('', '{ data: res.data.Response, error: res.data.Response.Error }') },
  ],
  invalid: [
    {
      name: 'JSON.stringify of the Response in a 200 answer',
      code: lambda('', '{ statusCode: 200, body: JSON.stringify(res.data.Response) }'),
      errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 4, column: 21, endColumn: 30 }],
    },
    {
      name: 'the Response in a field of a returned object',
      code: lambda('', '{ room: res.data.Response }'),
      errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 4, column: 21, endColumn: 30 }],
    },
  ],
});

/**
 * The body sent on unchecked as the answer to an HTTP request (`answer`, line 6): the Fetch API's,
 * Hono's, Express's. The client gets a failed call as a 200 success.
 */
const answered = (answer: string, check = '') =>
  lines(
    'export async function handle(c: any, res: any) {',
    "  const r = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } });",
    '  const data: any = await r.json();',
    check,
    '  console.log(c, res);',
    `  ${answer};`,
    '}',
  );
const CHECKED = '  if (data.Response.Error) throw Object.assign(new Error(data.Response.Error.Message), { code: data.Response.Error.Code, requestId: data.Response.RequestId });';
ruleTester.run('check-response-error on a body sent as the answer to a request', rule, {
  valid: [
    { name: "Hono's c.json after the check", code: answered('return c.json(data.Response)', CHECKED) },
    { name: "Express's res.json after the check", code: answered('res.json(data.Response)', CHECKED) },
    { name: 'an answer that hands on Response.Error beside the data: the client checks it', code: answered('return Response.json({ room: data.Response, error: data.Response.Error })') },
    { name: 'the body given to a function of the project, which may check it', code: answered('return validate(data)').replace('export async', 'declare function validate(x: unknown): unknown;\nexport async') },
    { name: 'a json of a package that is no router is a function that may check it', code: answered('return json(data.Response)').replace('export async', "import { json } from 'my-json-kit';\nexport async") },
    { name: "Remix's json after the check", code: answered('return json(data.Response)', CHECKED).replace('export async', "import { json } from '@remix-run/node';\nexport async") },
  ],
  invalid: [
    { name: "Hono's c.json(data.Response)", code: answered('return c.json(data.Response)'), errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 2, column: 19, endColumn: 24 }] },
    { name: 'Response.json({ room: data.Response })', code: answered('return Response.json({ room: data.Response })'), errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 2, column: 19, endColumn: 24 }] },
    {
      name: "Remix's json(data.Response), and React Router's data(...)",
      code: answered('return json(data.Response)').replace('export async', "import { json } from '@remix-run/node';\nexport async") + '\n' + answered('return data({ room: data.Response })').replace('export async function handle', "import { data } from 'react-router';\nexport async function handleData").replace(/\bdata\b(?=[:.]| =)/g, 'body').replace('const body: any', 'const body: any'),
      errors: [
        { messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 3, column: 19, endColumn: 24 },
        { messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 11, column: 19, endColumn: 24 },
      ],
    },
    { name: 'new Response(JSON.stringify(data.Response))', code: answered('return new Response(JSON.stringify(data.Response))'), errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 2, column: 19, endColumn: 24 }] },
    { name: "Express's res.status(200).json(data.Response), made for its effect", code: answered('res.status(200).json(data.Response)'), errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 2, column: 19, endColumn: 24 }] },
  ],
});

/** fetch imported from a package that gives the same API: node-fetch, cross-fetch, undici. */
const importedFetch = (declare: string) =>
  lines(
    declare,
    'export async function name(roomId: number) {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: roomId }) });",
    '  const data: any = await res.json();',
    '  return data.Response.Name;',
    '}',
  );
ruleTester.run("check-response-error on a package's fetch", rule, {
  valid: [{ name: 'a fetch of the project, which may check the body itself', code: importedFetch("import { fetch } from './http';") }],
  invalid: ["import fetch from 'node-fetch';", "import { fetch } from 'undici';", "const fetch = require('cross-fetch');"].map((declare) => ({
    name: declare,
    code: importedFetch(declare),
    errors: [{ messageId: 'unchecked' as const, data: { action: 'DescribeRoom' }, line: 5, column: 10, endColumn: 28 }],
  })),
});

/** zod's `safeParse(body)`: `success` says the shape matched, not that the call worked; `data` is the body. */
const safeParsed = (read: string) =>
  lines(
    "import axios from 'axios';",
    "import { z } from 'zod';",
    "const Envelope = z.object({ Response: z.object({ RequestId: z.string(), Error: z.object({ Code: z.string(), Message: z.string() }).optional(), RoomId: z.number().optional() }) });",
    'export async function createRoom(body: object) {',
    "  const res = await axios.post('https://lcic.tencentcloudapi.com', body, { headers: { 'X-TC-Action': 'CreateRoom' } });",
    '  const parsed = Envelope.safeParse(res.data);',
    '  if (!parsed.success) throw parsed.error;',
    read,
    '}',
  );
ruleTester.run("check-response-error on zod's safeParse", rule, {
  valid: [
    {
      name: 'Response.Error checked in data',
      code: safeParsed("  const { Response } = parsed.data;\n  if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code, requestId: Response.RequestId });\n  return Response.RoomId;"),
    },
  ],
  invalid: [
    { name: 'data read after only success was checked', code: safeParsed('  return parsed.data.Response.RoomId;'), errors: [{ messageId: 'unchecked', data: { action: 'CreateRoom' }, line: 8, column: 10, endColumn: 37 }] },
  ],
});

/** A helper's Result handed whole to other code (a package's function, a test's expect) is that code's to check. */
const resultHelper = (use: string) =>
  `${SDK}declare const expect: any;\nimport { publish } from '@acme/outbox';\nasync function deleteRoom(roomId: number) {\n  try {\n    await client.DeleteRoom({ RoomId: roomId });\n    return { ok: true as const, data: true };\n  } catch (e: any) {\n    return { ok: false as const, code: e.code as string, requestId: e.requestId as string };\n  }\n}\nexport async function use(id: number) {\n${use}\n}\n`;
ruleTester.run('check-response-error on a Result handed whole to other code', rule, {
  valid: [
    { name: 'given to a package function', code: resultHelper('  publish(await deleteRoom(id));') },
    { name: 'kept, then given', code: resultHelper('  const r = await deleteRoom(id);\n  publish(r);') },
    { name: "a test's expect", code: resultHelper('  expect(await deleteRoom(id)).toEqual({ ok: true, data: true });') },
  ],
  invalid: [{ name: 'dropped', code: resultHelper('  await deleteRoom(id);'), errors: [{ messageId: 'neverCheckedResult', data: { action: 'DeleteRoom' }, line: 14, column: 9, endColumn: 19 }] }],
});

/** A Result helper whose catch names the error again (`const err = e as SdkError`) or defaults its code (`e.code ?? 'Unknown'`). */
const resultCatch = (catchBody: string) =>
  `${SDK}async function deleteRoom(roomId: number) {\n  try {\n    await client.DeleteRoom({ RoomId: roomId });\n    return { ok: true as const, data: true };\n  } catch (e) {\n${catchBody}\n  }\n}\nexport async function use(id: number) {\n  await deleteRoom(id);\n}\n`;
ruleTester.run('check-response-error on Result helpers whose catch aliases the error or defaults its code', rule, {
  valid: [{ name: 'a catch answering without the code is no Result of the call', code: resultCatch("    return { ok: false as const, code: 'Unknown' };") }],
  invalid: [
    "    const err = e as { code?: string };\n    return { ok: false as const, code: err.code };",
    "    return { ok: false as const, code: (e as { code?: string }).code ?? 'Unknown' };",
  ].map((catchBody) => ({
    name: catchBody.trim(),
    code: resultCatch(catchBody),
    errors: [{ messageId: 'neverCheckedResult' as const, data: { action: 'DeleteRoom' }, line: catchBody.includes('\n') ? 13 : 12, column: 9, endColumn: 19 }],
  })),
});

/**
 * Node's `https.request`, as Tencent Cloud's signing sample makes it: the body comes in chunks
 * gathered by a `data` listener and read whole in the `end` listener (`end`), or settles a promise
 * made around the call (`wrapped`) that a caller reads (`caller`).
 */
const HTTPS_IMPORT = "import https from 'node:https';";
const httpsCall = (action: string, onEnd: string, host = 'lcic.tencentcloudapi.com') =>
  lines(
    `  const req = https.request({ hostname: '${host}', method: 'POST', headers: { 'X-TC-Action': '${action}' } }, (res) => {`,
    "    let data = '';",
    '    res.on(\'data\', (chunk) => (data += chunk));',
    `    res.on('end', () => ${onEnd});`,
    '  });',
    '  req.end();',
  );
const httpsInEnd = (onEnd: string, host?: string) => lines(HTTPS_IMPORT, 'export function room(done: (name?: string) => void): void {', httpsCall('DescribeRoom', onEnd, host), '}');
/** A helper returning (or awaiting where it makes it) a promise its `end` listener settles, and a caller. */
const httpsWrapped = (helper: string, caller: string) => lines(HTTPS_IMPORT, helper, 'export async function name(): Promise<unknown> {', caller, '}');
const RESOLVES_PARSED = lines(
  'function post(action: string): Promise<any> {',
  '  return new Promise((resolve, reject) => {',
  "    const req = https.request({ hostname: 'lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': action } }, (res) => {",
  '      const chunks: Buffer[] = [];',
  "      res.on('data', (chunk: Buffer) => chunks.push(chunk));",
  "      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));",
  '    });',
  "    req.on('error', reject);",
  '    req.end();',
  '  });',
  '}',
);
const AWAITS_TEXT = lines(
  'async function post(action: string): Promise<any> {',
  '  const text = await new Promise<string>((resolve, reject) => {',
  "    const req = https.request({ hostname: 'lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': action } }, (res) => {",
  "      let raw = '';",
  "      res.on('data', (chunk) => (raw += chunk));",
  "      res.on('end', () => resolve(raw));",
  '    });',
  "    req.on('error', reject);",
  '    req.end();',
  '  });',
  '  return JSON.parse(text);',
  '}',
);
ruleTester.run("check-response-error on Node's https.request", rule, {
  valid: [
    { name: 'the end listener checks Response.Error before the field', code: httpsInEnd("{\n      const body = JSON.parse(data);\n      if (body.Response.Error) throw new Error(`${body.Response.Error.Code} ${body.Response.RequestId}`);\n      done(body.Response.Name);\n    }") },
    { name: 'another host is not LCIC', code: httpsInEnd('done(JSON.parse(data).Response.Name)', 'cvm.tencentcloudapi.com') },
    { name: 'a helper resolving the parsed body, whose caller checks it', code: httpsWrapped(RESOLVES_PARSED, "  const body = await post('DescribeRoom');\n  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });\n  return body.Response.Name;") },
    {
      name: 'chunks gathered another way (for await) are not followed: nothing is said',
      code: lines(HTTPS_IMPORT, 'export function room(): void {', "  https.request({ hostname: 'lcic.tencentcloudapi.com', headers: { 'X-TC-Action': 'DescribeRoom' } }, async (res) => {", "    let data = '';", '    for await (const chunk of res) data += chunk;', '    console.log(JSON.parse(data).Response.Name);', '  });', '}'),
    },
  ],
  invalid: [
    {
      name: 'a field read in the end listener, unchecked',
      code: httpsInEnd('done(JSON.parse(data).Response.Name)'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 6, column: 30, endColumn: 60 }],
    },
    {
      name: 'the gathered text only logged, as the signing sample does: never checked',
      code: httpsInEnd('console.log(data)'),
      errors: [{ messageId: 'neverChecked', data: { action: 'DescribeRoom' }, line: 3, column: 15, endColumn: 28 }],
    },
    {
      name: 'a helper resolving the parsed body, whose caller reads a field unchecked',
      code: httpsWrapped(RESOLVES_PARSED, "  const body = await post('DescribeRoom');\n  return body.Response.Name;"),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 15, column: 10, endColumn: 28 }],
    },
    {
      name: 'a helper awaiting the text where it makes the promise and returning it parsed, whose caller reads a field unchecked',
      code: httpsWrapped(AWAITS_TEXT, "  const body = await post('GetRooms');\n  return body.Response.Rooms;"),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 16, column: 10, endColumn: 29 }],
    },
  ],
});

/**
 * Helpers that answer through a callback, `request(action, params, cb)`, ending in `cb(null, body)`
 * (or `cb(err)`): around `https.request` (CALLBACK_HTTPS_HELPER), and around a `fetch(...).then(...)`
 * chain. The body arrives in the caller's callback.
 */
const CALLBACK_FETCH_HELPER = lines(
  'type Done = (err: Error | null, body?: any) => void;',
  'function request(action: string, params: object, cb: Done): void {',
  "  fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(params) })",
  '    .then((res) => res.json())',
  '    .then((body) => cb(null, body))',
  '    .catch(cb);',
  '}',
);
const callbackCaller = (helper: string, check = '') =>
  lines(
    helper,
    'export function roomName(roomId: number, done: (err: Error | null, name?: string) => void): void {',
    "  request('DescribeRoom', { RoomId: roomId }, (err, body) => {",
    '    if (err) return done(err);',
    ...(check ? [check] : []),
    '    done(null, body.Response.Name);',
    '  });',
    '}',
  );
const CALLBACK_CHECK = "    if (body.Response.Error) return done(Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId }));";
ruleTester.run('check-response-error on a helper that answers through a callback', rule, {
  valid: [
    { name: 'https.request: the caller checks Response.Error, and the helper that hands the body on is not reported', code: callbackCaller(CALLBACK_HTTPS_HELPER, CALLBACK_CHECK) },
    { name: 'a fetch chain: the caller checks Response.Error', code: callbackCaller(CALLBACK_FETCH_HELPER, CALLBACK_CHECK) },
  ],
  invalid: [
    {
      name: 'https.request: the caller reads a field unchecked',
      code: callbackCaller(CALLBACK_HTTPS_HELPER),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 23, column: 16, endColumn: 34 }],
    },
    {
      name: 'a fetch chain: the caller reads a field unchecked',
      code: callbackCaller(CALLBACK_FETCH_HELPER),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 11, column: 16, endColumn: 34 }],
    },
  ],
});

/** A signing helper that returns the body's Response unchecked, its field read inline off the awaited call. */
const RESPONSE_HELPER = [
  'async function lcicRequest(action: string, payload: object): Promise<any> {',
  "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
  '  return (await res.json()).Response;',
  '}',
].join('\n');
ruleTester.run('check-response-error on a field read off the awaited call', rule, {
  valid: [
    {
      name: 'the Response checked first, through a name',
      code: `${RESPONSE_HELPER}\nexport async function total() {\n  const r = await lcicRequest('GetRooms', { Page: 1 });\n  if (r.Error) throw Object.assign(new Error(r.Error.Message), { code: r.Error.Code, requestId: r.RequestId });\n  return r.Total;\n}`,
    },
  ],
  invalid: [
    {
      name: '(await lcicRequest(...)).Total and its optional form: used where the call may have failed',
      code: `${RESPONSE_HELPER}\nexport async function total() {\n  return (await lcicRequest('GetRooms', { Page: 1 })).Total;\n}\nexport const total2 = async () => (await lcicRequest('GetRooms', { Page: 1 }))?.Total;`,
      errors: [
        { messageId: 'unchecked', data: { action: 'GetRooms' }, line: 6, column: 10, endColumn: 60 },
        { messageId: 'unchecked', data: { action: 'GetRooms' }, line: 8, column: 35, endColumn: 86 },
      ],
    },
  ],
});

/** A body given to `ctx.waitUntil` (Cloudflare Workers): kept running, and never read by anyone. */
const waitUntilCase = (given: string) =>
  `${RESPONSE_HELPER.replace('(await res.json()).Response', 'res.json()')}\nexport function cleanup(ctx: { waitUntil(p: Promise<unknown>): void }, id: number): void {\n  ctx.waitUntil(${given});\n}`;
ruleTester.run('check-response-error on a body given to waitUntil', rule, {
  valid: [
    {
      name: 'checked in the chain given to it',
      code: waitUntilCase("lcicRequest('DeleteRoom', { RoomId: id }).then((body) => { if (body.Response.Error) console.error(body.Response.Error.Code, body.Response.RequestId); })"),
    },
  ],
  invalid: [
    {
      name: 'the body itself, never read',
      code: waitUntilCase("lcicRequest('DeleteRoom', { RoomId: id })"),
      errors: [{ messageId: 'neverChecked', data: { action: 'DeleteRoom' }, line: 6, column: 17, endColumn: 28 }],
    },
  ],
});

/** ofetch (`$fetch`, Nuxt's and Nitro's): its promise holds the parsed body, Response.Error and all. */
const ofetchCase = (head: string, fetcher: string, check = '') =>
  `${head}export async function start(id: number) {\n  const body = await ${fetcher}('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'StartRoom' }, body: { RoomId: id } });\n${check}  return body.Response.Status;\n}\n`;
const OFETCH_CHECK = '  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });\n';
ruleTester.run('check-response-error on ofetch', rule, {
  valid: [
    { name: "Nuxt's global $fetch, checked", code: ofetchCase('', '$fetch', OFETCH_CHECK) },
    { name: 'a $fetch of the project (not the global, not from ofetch) is not an HTTP client the rule knows', code: ofetchCase('declare function $fetch(url: string, options: object): Promise<any>;\n', '$fetch') },
  ],
  invalid: [
    {
      name: "Nuxt's global $fetch, unchecked",
      code: ofetchCase('', '$fetch'),
      errors: [{ messageId: 'unchecked', data: { action: 'StartRoom' }, line: 3, column: 10, endColumn: 30 }],
    },
    {
      name: "ofetch and $fetch imported from 'ofetch', unchecked",
      code: ofetchCase("import { ofetch } from 'ofetch';\n", 'ofetch') + ofetchCase("import { $fetch as request } from 'ofetch';\n", 'request').replace('function start', 'function startAgain'),
      errors: [
        { messageId: 'unchecked', data: { action: 'StartRoom' }, line: 4, column: 10, endColumn: 30 },
        { messageId: 'unchecked', data: { action: 'StartRoom' }, line: 9, column: 10, endColumn: 30 },
      ],
    },
  ],
});

/** A DescribeRoom body whose Response.Error is looked at and dispatched on by its Code (from line 4), then read (line 12). */
const dispatched = (cases: string) =>
  FETCH(
    'DescribeRoom',
    lines(
      '  const body = await res.json();',
      '  if (body.Response.Error) {',
      '    switch (body.Response.Error.Code) {',
      "      case 'ResourceNotFound.Room':",
      '        return null;',
      cases,
      '    }',
      '  }',
      '  return body.Response.Name;',
    ),
  );
ruleTester.run('check-response-error after a branch on the Code that lets other codes through', rule, {
  valid: [{ name: 'a default that throws with the RequestId', code: dispatched('      default:\n        throw new Error(`${body.Response.Error.Code} ${body.Response.RequestId}`);') }],
  invalid: [
    {
      name: 'codes no case names fall through to the read',
      code: dispatched("      case 'InternalError':\n        throw new Error(body.Response.RequestId);"),
      errors: [{ messageId: 'uncheckedCodes', data: { action: 'DescribeRoom' }, line: 12, column: 10, endColumn: 28 }],
    },
    {
      name: 'a read before any look at the error is still unchecked',
      code: dispatched('').replace('  if (body.Response.Error) {', '  console.log(body.Response.Name);\n  if (body.Response.Error) {'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom' }, line: 4, column: 15, endColumn: 33 }],
    },
  ],
});

/** A signing helper returning the body's Response (lines 1-4), and an Express route reading what `read` gives (line 6). */
const caughtByNext = (read: string) =>
  lines(
    'async function lcic(action: string, payload: object) {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
    '  return (await res.json()).Response;',
    '}',
    'export async function rooms(req: any, res: any, next: any) {',
    `  const response = await ${read};`,
    '  res.json({ total: response.Total });',
    '}',
  );
ruleTester.run("check-response-error on a raw helper's promise given a rejection handler", rule, {
  valid: [],
  invalid: [
    {
      name: '.catch(next) passes the body through: the read is reported, where it is',
      code: caughtByNext("lcic('GetRooms', { Page: 1 }).catch(next)"),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 7, column: 21, endColumn: 35 }],
    },
    {
      name: 'and so does .finally(...)',
      code: caughtByNext("lcic('GetRooms', { Page: 1 }).finally(() => undefined)"),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms' }, line: 7, column: 21, endColumn: 35 }],
    },
  ],
});

/** A caller of CALLBACK_HTTPS_HELPER (line 21) whose callback takes `params`. */
const endClass = (params: string) =>
  lines(
    CALLBACK_HTTPS_HELPER,
    'export function endClass(roomId: number, done: (err: Error | null) => void): void {',
    `  request('EndRoom', { RoomId: roomId }, (${params}) => {`,
    '    if (err) return done(err);',
    '    done(null);',
    '  });',
    '}',
  );
ruleTester.run("check-response-error on a callback that does not take the helper's body", rule, {
  valid: [{ name: 'a callback that takes it and checks it', code: endClass('err, body').replace('    done(null);', `${CALLBACK_CHECK}\n    done(null);`) }],
  invalid: [
    {
      name: '(err) alone: Response.Error is never looked at, and a failed call goes on as a success',
      code: endClass('err'),
      errors: [{ messageId: 'neverChecked', data: { action: 'EndRoom' }, line: 21, column: 3, endColumn: 10 }],
    },
  ],
});
