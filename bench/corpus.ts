/**
 * The generated benchmark corpora, deterministic (a file's text depends only on its number):
 *
 * - sparse: each module makes a few LCIC calls, each on a client of its own, among ordinary code,
 *   so that the rules also pay for the nodes they skip;
 * - dense: every function calls LCIC, in every shape, through a shared client module and a
 *   signing helper (see dense-corpus.ts).
 */
import { DENSE_CLIENT, DENSE_SIGN, denseModule } from './dense-corpus.js';

export type Layout = 'sparse' | 'dense';
export const LAYOUTS: readonly Layout[] = ['sparse', 'dense'];

export interface CorpusFile {
  /** Relative to the corpus folder. */
  path: string;
  text: string;
}

/** `count` TypeScript files of the layout, under src/. */
export function corpus(layout: Layout, count: number): CorpusFile[] {
  if (layout === 'sparse') return Array.from({ length: count }, (_, i) => ({ path: `src/module${i}.ts`, text: sparseModule(i) }));
  const shared = [
    { path: 'src/client.ts', text: DENSE_CLIENT },
    { path: 'src/sign.ts', text: DENSE_SIGN },
  ];
  return [...shared, ...Array.from({ length: Math.max(0, count - shared.length) }, (_, i) => ({ path: `src/module${i}.ts`, text: denseModule(i) }))];
}

const ACTIONS = ['CreateRoom', 'DescribeRoom', 'EndRoom', 'StartRoom', 'DeleteRoom', 'ModifyRoom', 'GetRooms', 'DescribeUser'];
const CODES = ['InternalError', 'ResourceNotFound.Room', 'FailedOperation', 'InvalidParameter', 'FailedOperation.ClassStarted'];

export const CORPUS_TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
    include: ['src'],
  },
  null,
  2,
)}\n`;

/** A module of the sparse layout. */
export function sparseModule(i: number): string {
  const action = ACTIONS[i % ACTIONS.length] ?? 'DescribeRoom';
  const other = ACTIONS[(i + 3) % ACTIONS.length] ?? 'DescribeRoom';
  const code = CODES[i % CODES.length] ?? 'InternalError';
  return `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { CommonClient } from 'tencentcloud-sdk-nodejs-common';

const client = new tencentcloud.lcic.v20220817.Client({ credential: {} });
const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', { credential: {} } as never);

export enum Status${i} { Draft, Scheduled, Live, Ended }

export function statusLabel${i}(status: Status${i}): string {
  switch (status) {
    case Status${i}.Draft:
      return 'draft';
    case Status${i}.Scheduled:
      return 'scheduled';
    case Status${i}.Live:
      return 'live';
  }
  return 'ended';
}

export async function run${i}(roomId: number): Promise<unknown> {
  try {
    return await client.${action}({ RoomId: roomId } as never);
  } catch (error: any) {
    switch (error.code) {
      case '${code}':
        return null;
      case 'InternalError':
        return retry${i}(roomId);
      default:
        throw error;
    }
  }
}

async function retry${i}(roomId: number): Promise<unknown> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return client.${other}({ RoomId: roomId } as never).catch((error) => {
    if (error.code === 'ResourceNotFound.Room') return null;
    throw error;
  });
}

export function describe${i}(roomId: number, done: (error: unknown, name?: string) => void): void {
  client
    .DescribeRoom({ RoomId: roomId }, (err, res) => {
      if (err) return done(err);
      done(null, res.Name);
    })
    .catch(() => undefined);
}

export async function list${i}(): Promise<unknown> {
  return common.request('GetRooms', { SdkAppId: ${i} });
}

export async function events${i}(authorization: string): Promise<unknown[]> {
  const response = await fetch('https://lcic.tencentcloudapi.com', {
    method: 'POST',
    headers: { 'X-TC-Action': 'GetRoomEvent', 'X-TC-Version': '2022-08-17', Authorization: authorization },
    body: JSON.stringify({ RoomId: ${i} }),
  });
  const body = await response.json();
  if (body.Response.Error) throw new Error(body.Response.Error.Code);
  return body.Response.Events ?? [];
}

export class Cache${i}<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < Date.now()) return undefined;
    return entry.value;
  }

  set(key: string, value: T, ttlMs = 60_000): void {
    this.entries.set(key, { value, expires: Date.now() + ttlMs });
  }
}

export function summarize${i}(values: readonly number[]): { min: number; max: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((acc, value) => acc + value, 0);
  return { min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, mean: sorted.length ? total / sorted.length : 0 };
}

export async function pending${i}(): Promise<void> {
  Promise.resolve(${i}).then((value) => value * 2);
}
`;
}
