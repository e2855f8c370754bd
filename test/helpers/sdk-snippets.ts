/**
 * The first lines of rule-test snippets: a client of each kind, under a fixed name. Line and
 * column numbers in the tests count these lines (two for SDK, COMMON and COMMON_INTL, one for INTL).
 */

/** `client`: the China SDK's LCIC client. */
export const SDK = "import * as tc from 'tencentcloud-sdk-nodejs';\nconst client = new tc.lcic.v20220817.Client({});\n";

/** `intl`: the international SDK's LCIC client (callbacks only). */
export const INTL = "const intl = new (require('tencentcloud-sdk-nodejs-intl-en').lcic.v20220817.Client)({});\n";

/** `common`: a CommonClient pointed at the lcic host. */
export const COMMON = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);\n";

/** `common`: a CommonClient pointed at the international lcic host. */
export const COMMON_INTL = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.intl.tencentcloudapi.com', '2022-08-17', {} as any);\n";

/**
 * Nine lines: a raw signing helper `lcicFetch(action, payload)` that returns the parsed body, and
 * `lcicResult(action, payload)`, which answers a failure with a Result object (the shape of
 * parseLcicResponse's result) instead of throwing.
 */
export const RESULT_HELPER = [
    'async function lcicFetch(action: string, payload: unknown): Promise<any> {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
    '  return res.json();',
    '}',
    'export async function lcicResult(action: string, payload: unknown) {',
    '  const { Response } = await lcicFetch(action, payload);',
    '  if (Response.Error) return { ok: false as const, code: Response.Error.Code as string, requestId: Response.RequestId as string };',
    '  return { ok: true as const, data: Response };',
    '}',
].join('\n');

/**
 * Result wrappers over the SDK (after {@link SDK}, lines 3-17): `tryLcic(task)`, which answers the
 * task's failure with `{ ok: false, code: err.code }` and keeps its value as `value`, and
 * `endClass(roomId)`, which does so for its own EndRoom call.
 */
export const SDK_RESULT_WRAPPERS = [
  'async function tryLcic<T>(task: () => Promise<T>) {',
  '  try {',
  '    return { ok: true as const, value: await task() };',
  '  } catch (err: any) {',
  '    return { ok: false as const, code: err.code as string, requestId: err.requestId as string };',
  '  }',
  '}',
  'async function endClass(roomId: number) {',
  '  try {',
  '    await client.EndRoom({ RoomId: roomId });',
  '    return { ok: true as const };',
  '  } catch (e: any) {',
  '    return { ok: false as const, code: e.code as string };',
  '  }',
  '}',
].join('\n');

/**
 * A raw GetRoomEvent call in `events()`, with `check` (its own lines) between reading the body and
 * returning `body.Response.Events`. The check starts on line 4.
 */
export const RAW_EVENTS = (check: string): string =>
  "export async function events() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'GetRoomEvent' } });\n  const body = await res.json();\n" +
  `${check}\n  return body.Response.Events;\n}`;

/**
 * A helper that answers through a callback, `request(action, params, cb)`: `https.request` whose `end`
 * listener hands a parse failure to `cb(e)` and the body to `cb(null, body)` (19 lines).
 */
export const CALLBACK_HTTPS_HELPER = [
  "import https from 'node:https';",
  'type Done = (err: Error | null, body?: any) => void;',
  'function request(action: string, params: object, cb: Done): void {',
  "  const req = https.request({ hostname: 'lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': action } }, (res) => {",
  "    let data = '';",
  "    res.on('data', (chunk) => (data += chunk));",
  "    res.on('end', () => {",
  '      let body;',
  '      try {',
  '        body = JSON.parse(data);',
  '      } catch (e) {',
  '        return cb(e as Error);',
  '      }',
  '      cb(null, body);',
  '    });',
  '  });',
  "  req.on('error', cb);",
  '  req.end(JSON.stringify(params));',
  '}',
].join('\n');
