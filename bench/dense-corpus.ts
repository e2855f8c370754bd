/**
 * The dense layout of the benchmark corpus: a service built around the LCIC API, where every
 * function calls it. One `client.ts` creates the clients and every module imports them; one
 * `sign.ts` signs requests, and its `request(action, payload)` is called from every module.
 * Each module calls LCIC in every shape: SDK promise with a `switch` on the code, `.catch`,
 * callback, CommonClient, the signing helper, raw `fetch` and axios; every third module also
 * keeps an older client of its own. Some handlers are careless (a missing default, a swallowed
 * error, a lost RequestId, an unchecked body, a misspelt action) so that the rules have work.
 *
 * Deterministic: a module's text depends only on its number.
 */

/** The shared clients, created once and imported by every module. */
export const DENSE_CLIENT = `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
import axios from 'axios';

export const SDK_APP_ID = Number(process.env.LCIC_SDK_APP_ID ?? 0);

export const credential = {
  secretId: process.env.TENCENTCLOUD_SECRET_ID ?? '',
  secretKey: process.env.TENCENTCLOUD_SECRET_KEY ?? '',
};

/** The LCIC client every module uses. */
export const client = new tencentcloud.lcic.v20220817.Client({ credential, region: '', profile: { httpProfile: { reqTimeout: 30 } } });

/** For actions newer than the SDK in package-lock.json. */
export const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', { credential, region: '' });

/** For the calls that need their own timeout; sign.ts signs them. */
export const lcicHttp = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com', timeout: 10_000 });
`;

/** The signing helper: TC3-HMAC-SHA256 over the JSON body, one POST per call. */
export const DENSE_SIGN = `import { createHash, createHmac } from 'node:crypto';
import { credential } from './client.js';

const HOST = 'lcic.tencentcloudapi.com';
const SERVICE = 'lcic';
const VERSION = '2022-08-17';
const SIGNED_HEADERS = 'content-type;host;x-tc-action';

export interface LcicError {
  Code: string;
  Message: string;
}

export interface LcicBody<T> {
  Response: T & { RequestId: string; Error?: LcicError };
}

/** A failed call, with the code and the RequestId to quote to support. */
export class LcicCallFailed extends Error {
  constructor(
    readonly error: LcicError,
    readonly requestId: string,
  ) {
    super(\`\${error.Code}: \${error.Message} (RequestId \${requestId})\`);
  }
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string): Buffer => createHmac('sha256', key).update(text).digest();

function authorization(action: string, payload: string, timestamp: number): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const canonicalHeaders = \`content-type:application/json\\nhost:\${HOST}\\nx-tc-action:\${action.toLowerCase()}\\n\`;
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, SIGNED_HEADERS, sha256Hex(payload)].join('\\n');
  const scope = \`\${date}/\${SERVICE}/tc3_request\`;
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256Hex(canonicalRequest)].join('\\n');
  const signingKey = hmac(hmac(hmac(\`TC3\${credential.secretKey}\`, date), SERVICE), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return \`TC3-HMAC-SHA256 Credential=\${credential.secretId}/\${scope}, SignedHeaders=\${SIGNED_HEADERS}, Signature=\${signature}\`;
}

/** The headers of a signed call, for callers that send it themselves. */
export function signedHeaders(action: string, payload: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'Content-Type': 'application/json',
    'X-TC-Version': VERSION,
    'X-TC-Timestamp': String(timestamp),
    Authorization: authorization(action, payload, timestamp),
  };
}

/** Calls \`action\` and returns the parsed body; a failed call has \`Response.Error\`. */
export async function request<T = Record<string, unknown>>(action: string, payload: object): Promise<LcicBody<T>> {
  const body = JSON.stringify(payload);
  const response = await fetch(\`https://\${HOST}\`, {
    method: 'POST',
    headers: { ...signedHeaders(action, body), 'X-TC-Action': action },
    body,
  });
  return (await response.json()) as LcicBody<T>;
}
`;

/** Codes CreateRoom can return that a scheduler would handle, two sets to vary the modules. */
const CREATE_ROOM_CODES = [
  ['FailedOperation.ClassTooLong', 'InvalidParameter.EndTime', 'InvalidParameter.StartTime'],
  ['FailedOperation.ClassTooLong', 'InvalidParameter.MaxMicNumber'],
] as const;

/** One `case` per code: the first means "give up", the others "retry later". */
function switchCases(codes: readonly string[]): string {
  return codes.map((code, k) => `      case '${code}':\n        return ${k === 0 ? 'null' : `{ retryAfterMs: ${(k + 1) * 500} }`};`).join('\n');
}

/** The careful or the careless version of a handler, by module number. */
function variant(i: number, every: number, at: number, careless: string, careful: string): string {
  return i % every === at ? careless : careful;
}

/** A module of the dense layout. */
export function denseModule(i: number): string {
  const legacy = i % 3 === 0;
  const createDefault = variant(i, 4, 1, '', '\n      default:\n        throw error;');
  const describeCatch = variant(
    i,
    5,
    2,
    '.catch(() => null)',
    `.catch((error) => {
      if (error.code === 'ResourceNotFound.Room') return null;
      throw error;
    })`,
  );
  const memberCheck = variant(i, 6, 3, '', '\n      if (err) return done(err);');
  const endRethrow = variant(i, 7, 4, "throw new Error('could not end the room: ' + error.message);", 'throw error;');
  const eventAction = variant(i, 11, 5, 'GetRoomEvents', 'GetRoomEvent');
  const kickCheck = variant(
    i,
    4,
    3,
    '',
    `
  if (body.Response.Error?.Code === 'ResourceNotFound.Room') return false;
  if (body.Response.Error) throw new LcicCallFailed(body.Response.Error, body.Response.RequestId);`,
  );

  const legacyImport = legacy ? "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\n" : '';
  const legacyClient = legacy
    ? `
/** Written before client.ts existed; keeps its own client for the longer timeout. */
const scheduler = new tencentcloud.lcic.v20220817.Client({ credential, region: '', profile: { httpProfile: { reqTimeout: 60 } } });
`
    : '';
  const legacyFunctions = legacy
    ? `
export function postpone${i}(roomId: number, startsAt: number, endsAt: number): Promise<boolean> {
  return scheduler
    .ModifyRoom({ RoomId: roomId, SdkAppId: SDK_APP_ID, StartTime: startsAt, EndTime: endsAt })
    .then(() => true)
    .catch((error) => {
      switch (error.code) {
        case 'FailedOperation.ClassStarted':
        case 'FailedOperation.ClassEnded':
          return false;
        default:
          throw error;
      }
    });
}

export function teacherToken${i}(userId: string, done: (error: unknown, token?: string) => void): void {
  scheduler
    .LoginUser({ UserId: userId }, (err, res) => {
      if (err) return done(err);
      done(null, res.Token);
    })
    .catch(() => undefined);
}
`
    : '';

  return `${legacyImport}import { client, common, credential, lcicHttp, SDK_APP_ID } from './client.js';
import { LcicCallFailed, request, signedHeaders } from './sign.js';
${legacyClient}
export interface Lesson${i} {
  name: string;
  startsAt: number;
  endsAt: number;
  teacherId: string;
}

export type Retry = { retryAfterMs: number } | null;

export async function scheduleLesson${i}(lesson: Lesson${i}): Promise<number | Retry> {
  try {
    const created = await client.CreateRoom({
      SdkAppId: SDK_APP_ID,
      Name: lesson.name,
      StartTime: lesson.startsAt,
      EndTime: lesson.endsAt,
      TeacherId: lesson.teacherId,
      Resolution: 1,
      MaxMicNumber: ${(i % 6) + 1},
      SubType: 'videodoc',
    });
    return created.RoomId ?? null;
  } catch (error: any) {
    switch (error.code) {
${switchCases(CREATE_ROOM_CODES[i % 2] ?? [])}${createDefault}
    }
  }
  return null;
}

export function lessonInfo${i}(roomId: number): Promise<{ name: string; status: number } | null> {
  return client
    .DescribeRoom({ RoomId: roomId })
    .then((room) => ({ name: room.Name ?? '', status: room.Status ?? 0 }))
    ${describeCatch};
}

export function attendees${i}(roomId: number, done: (error: unknown, names?: string[]) => void): void {
  client
    .DescribeCurrentMemberList({ RoomId: roomId, Page: 1, Limit: ${50 + (i % 50)} }, (err, res) => {${memberCheck}
      done(null, (res.MemberRecords ?? []).map((member) => member.UserName ?? member.UserId ?? '?'));
    })
    .catch(() => undefined);
}

export async function finishLesson${i}(roomId: number): Promise<void> {
  try {
    await common.request('EndRoom', { RoomId: roomId });
  } catch (error: any) {
    if (error.code === 'FailedOperation.ClassEnded' || error.code === 'FailedOperation.ClassExpired') return;
    console.warn('EndRoom failed', { roomId, requestId: error.requestId });
    ${endRethrow}
  }
}

export async function chatLog${i}(roomId: number, since = 0): Promise<string[]> {
  const body = await request<{ Messages?: { MessageBody?: { TextMessage?: string }[] }[] }>('GetRoomMessage', { SdkAppId: SDK_APP_ID, RoomId: roomId, Seq: since, Limit: 100 });
  if (body.Response.Error) throw new LcicCallFailed(body.Response.Error, body.Response.RequestId);
  return (body.Response.Messages ?? []).flatMap((message) => (message.MessageBody ?? []).map((part) => part.TextMessage ?? ''));
}

export async function removeStudent${i}(roomId: number, userId: string): Promise<boolean> {
  const body = await request('KickUserFromRoom', { SdkAppId: SDK_APP_ID, RoomId: roomId, UserId: userId, KickType: 1, Duration: ${600 + i} });${kickCheck}
  return true;
}

export async function lessonEvents${i}(roomId: number): Promise<unknown[]> {
  const payload = JSON.stringify({ RoomId: roomId, SdkAppId: SDK_APP_ID, Page: 1, Limit: 100 });
  const response = await fetch('https://lcic.tencentcloudapi.com', {
    method: 'POST',
    headers: { ...signedHeaders('${eventAction}', payload), 'X-TC-Action': '${eventAction}' },
    body: payload,
  });
  const body = await response.json();
  if (body.Response.Error) throw new LcicCallFailed(body.Response.Error, body.Response.RequestId);
  return body.Response.Events ?? [];
}

export async function handouts${i}(keyword: string): Promise<unknown[]> {
  const payload = { SdkAppId: SDK_APP_ID, Page: 1, Limit: 20, Permission: [0, 1], Keyword: keyword };
  const { data } = await lcicHttp.post('/', payload, { headers: { ...signedHeaders('BatchDescribeDocument', JSON.stringify(payload)), 'X-TC-Action': 'BatchDescribeDocument' } });
  if (data.Response.Error) throw new LcicCallFailed(data.Response.Error, data.Response.RequestId);
  return data.Response.Documents ?? [];
}
${legacyFunctions}`;
}
