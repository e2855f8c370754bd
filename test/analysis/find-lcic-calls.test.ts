import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { onFileFacts } from '../../analysis/facts.js';
import { getLcicCallFinder, type LcicCall } from '../../analysis/find-lcic-calls.js';
import { lintWith, type LintOptions } from '../helpers/lint.js';

/** A rule that reports, at a node of each LCIC call the finder sees, what `describe` says of it (nothing when it says nothing). */
function probeOf(describe: (call: LcicCall) => { node: TSESTree.Node; description: string } | undefined) {
  return ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', messages: { call: '{{description}}' }, schema: [] },
    create(context) {
      const finder = getLcicCallFinder(context);
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const call = finder.classify(node);
          const said = call && describe(call);
          if (said) context.report({ node: said.node, messageId: 'call', data: { description: said.description } });
        },
      };
    },
  });
}

/** Every LCIC call, with its kind, action, edition and form, at the node that names its action. */
const probe = probeOf((call) => ({ node: call.actionNode, description: `${call.kind} ${call.action ?? '?'} ${call.edition} ${call.callback ? 'callback' : 'promise'}` }));

function calls(code: string, options?: LintOptions): string[] {
  const messages = lintWith(probe, code, options);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((m) => `${m.line}:${m.column} ${m.message}`);
}

describe('findLcicCalls: tencentcloud-sdk-nodejs', () => {
  it('finds calls through an ESM namespace import and the full chain', () => {
    const code = [
      "import * as tencentcloud from 'tencentcloud-sdk-nodejs';",
      'const LcicClient = tencentcloud.lcic.v20220817.Client;',
      'const client = new LcicClient({ credential: {} });',
      'export async function f() { return client.DescribeRoom({ RoomId: 1 }); }',
    ].join('\n');
    expect(calls(code)).toEqual(['4:43 sdk DescribeRoom china promise']);
  });

  it('finds calls through a named import, require, destructuring and a deep import', () => {
    const code = [
      "import { lcic } from 'tencentcloud-sdk-nodejs';",
      "const sdk = require('tencentcloud-sdk-nodejs');",
      "const { Client } = require('tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client');",
      "import { lcic as deep } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic';",
      'const { v20220817: { Client: Aliased } } = sdk.lcic;',
      'new lcic.v20220817.Client({}).CreateRoom({});',
      'new sdk.lcic.v20220817.Client({}).StartRoom({});',
      'new Client({}).EndRoom({});',
      'new deep.v20220817.Client({}).DeleteRoom({});',
      'new Aliased({}).GetRooms({});',
    ].join('\n');
    expect(calls(code)).toEqual([
      '6:31 sdk CreateRoom china promise',
      '7:35 sdk StartRoom china promise',
      '8:16 sdk EndRoom china promise',
      '9:31 sdk DeleteRoom china promise',
      '10:17 sdk GetRooms china promise',
    ]);
  });

  it("finds calls through Deno's npm: specifiers: with a version, a deep path, the common package, the international SDK", () => {
    const code = [
      "import tencentcloud from 'npm:tencentcloud-sdk-nodejs@^4.0.1000';",
      "import { Client as Deep } from 'npm:tencentcloud-sdk-nodejs@4/tencentcloud/services/lcic/v20220817/lcic_client.js';",
      "import { CommonClient } from 'npm:tencentcloud-sdk-nodejs-common@4';",
      "import * as intl from 'npm:tencentcloud-sdk-nodejs-intl-en@3';",
      'const { Client } = tencentcloud.lcic.v20220817;',
      'new Client({}).CreateRoom({});',
      'new Deep({}).StartRoom({});',
      "new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {}).request('EndRoom', {});",
      'new intl.lcic.v20220817.Client({}).DeleteRoom({}, (err: unknown) => err);',
    ].join('\n');
    expect(calls(code)).toEqual([
      '6:16 sdk CreateRoom china promise',
      '7:14 sdk StartRoom china promise',
      '8:72 common-client EndRoom china promise',
      '9:36 intl-sdk DeleteRoom international callback',
    ]);
  });

  it("finds calls through TypeScript's import tc = require(...), with and without type information", () => {
    const code = [
      "import tc = require('tencentcloud-sdk-nodejs');",
      'const client = new tc.lcic.v20220817.Client({});',
      'export const end = () => client.EndRoom({ RoomId: 1 });',
    ].join('\n');
    expect(calls(code)).toEqual(['3:33 sdk EndRoom china promise']);
    expect(calls(code, { typed: true })).toEqual(['3:33 sdk EndRoom china promise']);
  });

  it('accepts the per-service package and any chain ending in .lcic.v20220817.Client', () => {
    const code = [
      "import lcicSdk from 'tencentcloud-sdk-nodejs-lcic';",
      'new lcicSdk.lcic.v20220817.Client({}).DescribeUser({});',
      'declare const somewhere: any;',
      'new somewhere.tencentcloud.lcic.v20220817.Client({}).LoginUser({});',
    ].join('\n');
    expect(calls(code)).toEqual(['2:39 sdk DescribeUser china promise', '4:54 sdk LoginUser china promise']);
  });

  it('follows aliases, class fields, constructor assignments, computed names and callbacks', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'const alias = client;',
      'class Rooms {',
      '  private readonly lcic = new tc.lcic.v20220817.Client({});',
      '  #other;',
      '  constructor() { this.#other = client; }',
      '  a() { return this.lcic.DescribeRoom({}); }',
      '  b() { return this.#other["EndRoom"]({}); }',
      '}',
      'alias.StartRoom({}, (err, res) => {});',
      'const { KickUserFromRoom } = client;',
      'KickUserFromRoom({});',
    ].join('\n');
    expect(calls(code)).toEqual([
      '8:26 sdk DescribeRoom china promise',
      '9:28 sdk EndRoom china promise',
      '11:7 sdk StartRoom china callback',
      '13:1 sdk KickUserFromRoom china promise',
    ]);
  });

  it('follows an injected client: a parameter property or parameter with the client as its default, typed or not', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const shared = new tc.lcic.v20220817.Client({});',
      'class Rooms {',
      '  constructor(private readonly client = shared) {}',
      '  a() { return this.client.DescribeRoom({}); }',
      '}',
      'class Members {',
      '  private readonly lcic;',
      '  constructor(client: unknown = shared) { this.lcic = client; }',
      '  b() { return this.lcic.EndRoom({}); }',
      '}',
      'function kick(client = shared) { return client.KickUserFromRoom({}); }',
      'function other(client = { EndRoom: () => 1 }) { return client.EndRoom(); }',
    ].join('\n');
    expect(calls(code)).toEqual(['5:28 sdk DescribeRoom china promise', '10:26 sdk EndRoom china promise', '12:48 sdk KickUserFromRoom china promise']);
  });

  it('follows a constructor function and its prototype methods (this.client, this.end(), rooms.end()) made with the client; not one made with a look-alike', () => {
    const code = [
      "const tc = require('tencentcloud-sdk-nodejs');",
      'const client = new tc.lcic.v20220817.Client({});',
      'function RoomService(lcicClient) { this.client = lcicClient; }',
      'RoomService.prototype.end = function (id) { return this.client.EndRoom({ RoomId: id }); };',
      'RoomService.prototype.endQuietly = function (id) { return this.end(id).catch(() => null); };',
      'const rooms = new RoomService(client);',
      'rooms.end(1);',
      'function Store(lcicClient) { this.client = lcicClient; }',
      'Store.prototype.end = function (id) { return this.client.EndRoom({ RoomId: id }); };',
      'new Store({ EndRoom: () => 1 }).end(2);',
    ].join('\n');
    expect(calls(code)).toEqual([
      '4:64 sdk EndRoom china promise',
      '5:59 helper EndRoom china promise',
      '7:1 helper EndRoom china promise',
    ]);
  });

  it("follows a class's getter that returns the client, on this, on an instance and on a parameter typed with the class; not one returning a look-alike", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'class Gateway {',
      '  private readonly client = new tc.lcic.v20220817.Client({});',
      '  private readonly store = { EndRoom: () => 1 };',
      '  get sdk() { return this.client; }',
      '  get cache() { return this.store; }',
      '  end() { return this.sdk.EndRoom({}); }',
      '}',
      'export const gateway = new Gateway();',
      'gateway.sdk.DescribeRoom({});',
      'gateway.cache.EndRoom();',
      'export const kick = (g: Gateway) => g.sdk.KickUserFromRoom({});',
    ].join('\n');
    expect(calls(code)).toEqual(['7:27 sdk EndRoom china promise', '10:13 sdk DescribeRoom china promise', '12:43 sdk KickUserFromRoom china promise']);
  });

  it("follows the client a subclass's super(client) or a new of a subclass without a constructor gives the base; not a look-alike given the same way", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'class Gateway {',
      '  constructor(protected readonly client: any) {}',
      '  end() { return this.client.EndRoom({}); }',
      '}',
      'class Rooms extends Gateway {',
      '  constructor(client: any, private readonly appId: number) { super(client); }',
      '  describe() { return this.client.DescribeRoom({}); }',
      '}',
      'class Quiet extends Rooms {}',
      'export const rooms = new Quiet(new tc.lcic.v20220817.Client({}), 1);',
      'class Store {',
      '  constructor(client) { this.client = client; }',
      '  get() { return this.client.DescribeRoom({}); }',
      '}',
      'class Cache extends Store {',
      '  constructor() { super({ DescribeRoom: () => 1 }); }',
      '}',
      'export const cache = new Cache();',
    ].join('\n');
    expect(calls(code)).toEqual(['4:30 sdk EndRoom china promise', '8:35 sdk DescribeRoom china promise']);
  });

  it('reads a field filled by the constructor through `const { client } = this` and on an instance; not a field holding something else', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const shared = new tc.lcic.v20220817.Client({});',
      'class Rooms {',
      '  constructor(private readonly client = shared) {}',
      '  a() { const { client } = this; return client.DescribeRoom({}); }',
      '}',
      'class Members {',
      '  private readonly lcic;',
      '  private readonly store;',
      '  constructor() { this.lcic = shared; this.store = { EndRoom: () => 1 }; }',
      '  b() { const { lcic, store } = this; store.EndRoom(); return lcic.EndRoom({}); }',
      '}',
      'const members = new Members();',
      '(members as any).lcic.KickUserFromRoom({});',
      'members["store"].EndRoom();',
    ].join('\n');
    expect(calls(code)).toEqual(['5:48 sdk DescribeRoom china promise', '11:68 sdk EndRoom china promise', '14:23 sdk KickUserFromRoom china promise']);
  });
  it('uses the configured edition for the China SDK', () => {
    const code = "import * as tc from 'tencentcloud-sdk-nodejs';\nnew tc.lcic.v20220817.Client({}).CreateRoom({});";
    expect(calls(code, { settings: { lcic: { edition: 'international' } } })).toEqual(['2:34 sdk CreateRoom international promise']);
  });

  it("takes the edition of the host the China SDK's client is pointed at over the setting", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      "const HOST = 'lcic.intl.tencentcloudapi.com';",
      'const intl = new tc.lcic.v20220817.Client({ region: "ap-singapore", profile: { httpProfile: { endpoint: HOST } } });',
      "const china = new tc.lcic.v20220817.Client({ profile: { httpProfile: { endpoint: 'lcic.tencentcloudapi.com' } } });",
      "export const calls = [intl.CreateRoom({}), intl.request('EndRoom', {}), china.CreateRoom({})];",
    ].join('\n');
    expect(calls(code, { settings: { lcic: { edition: 'international' } } })).toEqual([
      '5:28 sdk CreateRoom international promise',
      '5:57 sdk EndRoom international promise',
      '5:79 sdk CreateRoom china promise',
    ]);
  });
});

describe('findLcicCalls: other SDKs and raw HTTP', () => {
  it('finds the international SDK (callback form) and sets its edition', () => {
    const code = [
      "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');",
      'const client = new tencentcloud.lcic.v20220817.Client({});',
      'client.DescribeRoom({ RoomId: 1 }, function (err, response) {});',
    ].join('\n');
    expect(calls(code)).toEqual(['3:8 intl-sdk DescribeRoom international callback']);
  });

  it("finds the international SDK's own CommonClient (tencentcloud.common.CommonClient) as that SDK's, callback form; not one pointed at another host", () => {
    const code = [
      "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');",
      "const common = new tencentcloud.common.CommonClient('lcic.intl.tencentcloudapi.com', '2022-08-17', {}, 'ap-singapore');",
      "const cvm = new tencentcloud.common.CommonClient('cvm.intl.tencentcloudapi.com', '2017-03-12', {}, 'ap-singapore');",
      "common.request('DescribeRoom', { RoomId: 1 }, {}, (err, room) => {});",
      "cvm.request('DescribeInstances', {}, {}, (err, res) => {});",
    ].join('\n');
    expect(calls(code)).toEqual(['4:16 intl-sdk DescribeRoom international callback']);
  });

  it('finds CommonClient.request with an lcic host, and reads the action from a constant', () => {
    const code = [
      "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
      "const HOST = 'lcic.intl.tencentcloudapi.com';",
      "const ACTION = 'GetRooms';",
      "const lcicClient = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {});",
      "const intlClient = new CommonClient(HOST, '2022-08-17', {});",
      "const cvm = new CommonClient('cvm.tencentcloudapi.com', '2017-03-12', {});",
      "lcicClient.request('CreateRoom', {});",
      'intlClient.request(ACTION, {}, {}, (err, data) => {});',
      "cvm.request('DescribeInstances', {});",
      'declare const dynamic: string;',
      'lcicClient.request(dynamic, {});',
    ].join('\n');
    expect(calls(code)).toEqual([
      '7:20 common-client CreateRoom china promise',
      '8:20 common-client GetRooms international callback',
      '11:20 common-client ? china promise',
    ]);
  });

  it("finds the SDK client's own request('Action', req), the way its generated methods call it", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      "client.request('DescribeRoom', { RoomId: 1 });",
      "(client as any).request('GetRooms', {}, {}, (err: unknown) => err);",
      // Look-alike: a request() on anything else.
      "const api = { request: (a: string, b: object) => [a, b] }; api.request('DescribeRoom', {});",
    ].join('\n');
    expect(calls(code)).toEqual(['3:16 sdk DescribeRoom china promise', '4:25 sdk GetRooms china callback']);
  });

  it('finds a retry wrapper called with a task that makes an LCIC call; not one that swallows the failure, nor a timer', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'async function withRetry<T>(task: () => Promise<T>, attempts = 3): Promise<T> {',
      '  for (let attempt = 1; ; attempt++) {',
      '    try { return await task(); } catch (e: any) { if (attempt >= attempts) throw e; }',
      '  }',
      '}',
      'async function quietly<T>(task: () => Promise<T>): Promise<T | null> { try { return await task(); } catch { return null; } }',
      'export const a = () => withRetry(() => client.CreateRoom({} as never));',
      'export const b = () => quietly(() => client.EndRoom({ RoomId: 1 }));',
      'export const c = () => setTimeout(() => client.EndRoom({ RoomId: 1 }), 10);',
    ].join('\n');
    expect(calls(code)).toEqual([
      '9:24 helper CreateRoom china promise',
      '9:47 sdk CreateRoom china promise',
      '10:45 sdk EndRoom china promise',
      '11:48 sdk EndRoom china promise',
    ]);
  });

  it("finds hand-written limiters made by a factory (const limit = makeLimiter(3)): one awaiting its task, one settling a new Promise with the task's .then(resolve, reject); not one resolving on failure", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'function semaphore(n: number) {',
      '  return async <T>(task: () => Promise<T>): Promise<T> => { try { return await task(); } finally { n++; } };',
      '}',
      'function queued(n: number) {',
      '  const queue: Array<() => void> = [];',
      '  return <T>(task: () => Promise<T>) => new Promise<T>((resolve, reject) => { queue.push(() => { task().then(resolve, reject); }); if (n) queue.shift()?.(); });',
      '}',
      'function lenient() {',
      '  return <T>(task: () => Promise<T>) => new Promise<T | null>((resolve) => { task().then(resolve, () => resolve(null)); });',
      '}',
      'const a = semaphore(2);',
      'const b = queued(2);',
      'const c = lenient();',
      'export const x = [a(() => client.EndRoom({ RoomId: 1 })), b(() => client.EndRoom({ RoomId: 2 })), c(() => client.EndRoom({ RoomId: 3 }))];',
    ].join('\n');
    expect(calls(code)).toEqual([
      '16:19 helper EndRoom china promise',
      '16:34 sdk EndRoom china promise',
      '16:59 helper EndRoom china promise',
      '16:74 sdk EndRoom china promise',
      '16:114 sdk EndRoom china promise',
    ]);
  });

  it('takes a helper whose catch answers with a value made from the error (a Result, the error itself) for no LCIC call; one that rethrows for one', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'async function endClass(id: number) {',
      '  try { await client.EndRoom({ RoomId: id }); return { ok: true as const }; }',
      '  catch (e: any) { return { ok: false as const, error: { code: e.code, requestId: e.requestId } }; }',
      '}',
      'const describe = (id: number) => client.DescribeRoom({ RoomId: id }).catch((e) => e);',
      'async function start(id: number) { try { return await client.StartRoom({ RoomId: id }); } catch (e) { console.warn(e); throw e; } }',
      'export const calls = [endClass(1), describe(2), start(3)];',
    ].join('\n');
    expect(calls(code)).toEqual(['4:22 sdk EndRoom china promise', '7:41 sdk DescribeRoom china promise', '8:62 sdk StartRoom china promise', '9:49 helper StartRoom china promise']);
  });

  it("takes p-retry's pRetry(task, options) for the task's call, imported or required; not a function of another package", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      "import pRetry from 'p-retry';",
      "import { retry } from 'other-retry';",
      "const required = require('p-retry');",
      'const client = new tc.lcic.v20220817.Client({});',
      'export const a = pRetry(() => client.DescribeRoom({ RoomId: 1 }), { retries: 2 });',
      'export const b = required(async () => client.EndRoom({ RoomId: 1 }));',
      'export const c = retry(() => client.StartRoom({ RoomId: 1 }));',
    ].join('\n');
    expect(calls(code)).toEqual([
      '6:18 helper DescribeRoom china promise',
      '6:38 sdk DescribeRoom china promise',
      '7:18 helper EndRoom china promise',
      '7:46 sdk EndRoom china promise',
      '8:37 sdk StartRoom china promise',
    ]);
  });

  it("takes a wrapper answering its task's failure with a Result of its code (tryLcic(task)), and a helper answering its own call's so, for the call; not one answering { ok: false, error }", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'async function tryLcic(task: () => Promise<unknown>) {',
      '  try { return { ok: true, value: await task() }; } catch (err: any) { return { ok: false, code: err?.code }; }',
      '}',
      'async function attempt(task: () => Promise<unknown>) {',
      '  try { return { ok: true, value: await task() }; } catch (error) { return { ok: false, error }; }',
      '}',
      'async function endClass(id: number) {',
      '  try { await client.EndRoom({ RoomId: id }); return { ok: true as const }; } catch (e) { return { ok: false as const, code: (e as any).code as string }; }',
      '}',
      'export const results = [tryLcic(() => client.DescribeRoom({ RoomId: 1 })), attempt(() => client.StartRoom({ RoomId: 2 })), endClass(3)];',
    ].join('\n');
    expect(calls(code)).toEqual([
      '10:22 sdk EndRoom china promise',
      '12:25 helper DescribeRoom china promise',
      '12:46 sdk DescribeRoom china promise',
      '12:97 sdk StartRoom china promise',
      '12:124 helper EndRoom china promise',
    ]);
  });

  it('takes a function returning a wrapper given the call\'s promise (withTimeout(call, ms), Promise.race) for the call; not Promise.allSettled', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'declare function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T>;',
      'const raced = (id: number) => withTimeout(client.DescribeRoom({ RoomId: id }), 5000);',
      'const first = (id: number) => Promise.race([client.EndRoom({ RoomId: id }), new Promise((r) => setTimeout(r, 9))]);',
      'const settled = (id: number) => Promise.allSettled([client.StartRoom({ RoomId: id })]);',
      'export const calls = [raced(1), first(2), settled(3)];',
    ].join('\n');
    expect(calls(code)).toEqual([
      '4:50 sdk DescribeRoom china promise',
      '5:52 sdk EndRoom china promise',
      '6:60 sdk StartRoom china promise',
      '7:23 helper DescribeRoom china promise',
      '7:33 helper EndRoom china promise',
    ]);
  });

  it('takes a function that awaits or returns Promise.all over mapped calls for those calls; not Promise.allSettled over them', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'async function endAll(ids: number[]) { await Promise.all(ids.map((id) => client.EndRoom({ RoomId: id }))); }',
      'const startAll = (ids: number[]) => Promise.all(ids.map((id) => client.StartRoom({ RoomId: id })));',
      'const settleAll = (ids: number[]) => Promise.allSettled(ids.map((id) => client.DeleteRoom({ RoomId: id })));',
      'export const calls = [endAll([1]), startAll([2]), settleAll([3])];',
    ].join('\n');
    expect(calls(code)).toEqual([
      '3:81 sdk EndRoom china promise',
      '4:72 sdk StartRoom china promise',
      '5:80 sdk DeleteRoom china promise',
      '6:23 helper EndRoom china promise',
      '6:36 helper StartRoom china promise',
    ]);
  });

  it('finds wrapper methods named like Map methods (get, delete) and static ones; a Map stays a Map', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'class Rooms {',
      '  get(id: number) { return client.DescribeRoom({ RoomId: id }); }',
      '  delete(id: number) { return client.DeleteRoom({ RoomId: id }); }',
      '  static describe(id: number) { return client.DescribeRoom({ RoomId: id }); }',
      '}',
      'const rooms = new Rooms();',
      'const cache = new Map<number, string>();',
      'export const a = () => [rooms.get(1), rooms.delete(2), Rooms.describe(3), cache.get(4), cache.delete(5)];',
      // Look-alikes: the static method is not on instances, nor the instance method on the class.
      'export const b = () => [(rooms as any).describe(6), (Rooms as any).get(7)];',
    ].join('\n');
    expect(calls(code).filter((call) => call.startsWith('10:') || call.startsWith('12:'))).toEqual([
      '10:25 wrapper DescribeRoom china promise',
      '10:39 wrapper DeleteRoom china promise',
      '10:56 wrapper DescribeRoom china promise',
    ]);
  });

  it('follows a factory that makes the client, and ReturnType<typeof factory>; not a factory of look-alikes', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'function createLcicClient(config: { secretId: string }) {',
      "  return new tc.lcic.v20220817.Client({ credential: { secretId: config.secretId }, region: '' });",
      '}',
      "const lcic = createLcicClient({ secretId: '' });",
      'export const a = () => lcic.DescribeRoom({ RoomId: 1 });',
      'export const b = (client: ReturnType<typeof createLcicClient>) => client.EndRoom({ RoomId: 1 });',
      'function fakeClient() { return { DescribeRoom: (_: object) => 1 }; }',
      'export const c = () => fakeClient().DescribeRoom({});',
    ].join('\n');
    expect(calls(code)).toEqual(['6:29 sdk DescribeRoom china promise', '7:74 sdk EndRoom china promise']);
  });

  it('follows a lazily made client, cleared for tests or made in the return; not one given two clients', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'let cached: any;',
      'export function getClient() { cached ??= new tc.lcic.v20220817.Client({}); return cached; }',
      'export function resetClient() { cached = undefined; }',
      'export const a = () => getClient().EndRoom({ RoomId: 1 });',
      'let other: any;',
      'export const getOther = () => (other ??= new tc.lcic.v20220817.Client({}));',
      'export const b = () => getOther().StartRoom({ RoomId: 1 });',
      'let swapped: any = new tc.lcic.v20220817.Client({});',
      'export function useFake() { swapped = { DeleteRoom: () => 1 }; }',
      'export const c = () => swapped.DeleteRoom({ RoomId: 1 });',
    ].join('\n');
    expect(calls(code)).toEqual(['5:36 sdk EndRoom china promise', '8:35 sdk StartRoom china promise']);
  });

  it("follows a client typed as Pick<> or Readonly<> of the client's type", () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'type LcicClient = InstanceType<typeof tc.lcic.v20220817.Client>;',
      "export const a = (rooms: Pick<LcicClient, 'EndRoom'>) => rooms.EndRoom({ RoomId: 1 });",
      'export const b = (client: Readonly<LcicClient>) => client.StartRoom({ RoomId: 1 });',
      "export const c = (other: Pick<{ EndRoom(x: object): number }, 'EndRoom'>) => other.EndRoom({});",
    ].join('\n');
    expect(calls(code)).toEqual(['3:64 sdk EndRoom china promise', '4:59 sdk StartRoom china promise']);
  });

  it('finds raw fetch and axios calls carrying X-TC-Action to an lcic host', () => {
    const code = [
      "import axios from 'axios';",
      "const ENDPOINT = 'https://lcic.tencentcloudapi.com';",
      "const headers = { 'Content-Type': 'application/json', 'X-TC-Action': 'DescribeRoom' };",
      'fetch(ENDPOINT, { method: "POST", headers, body: "{}" });',
      "fetch(`${ENDPOINT}/`, { headers: { 'x-tc-action': 'StartRoom' } });",
      "axios.post('https://lcic.intl.tencentcloudapi.com/', {}, { headers: { 'X-TC-Action': 'EndRoom' } });",
      "axios({ url: ENDPOINT, method: 'post', headers: { 'X-TC-Action': 'GetRooms' } });",
      "const http = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });",
      "http.post('/', {}, { headers: { 'X-TC-Action': 'CreateRoom' } });",
      "fetch('https://cvm.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeInstances' } });",
      "fetch(ENDPOINT, { headers: { 'Content-Type': 'application/json' } });",
    ].join('\n');
    expect(calls(code)).toEqual([
      '3:70 raw-http DescribeRoom china promise',
      '5:51 raw-http StartRoom china promise',
      '6:86 raw-http EndRoom international promise',
      '7:66 raw-http GetRooms china promise',
      '9:48 raw-http CreateRoom china promise',
    ]);
  });

  it("finds raw calls through Meteor 3's fetch (import { fetch } from 'meteor/fetch')", () => {
    const code = [
      "import { fetch } from 'meteor/fetch';",
      "fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: '{}' });",
    ].join('\n');
    expect(calls(code)).toEqual(['2:87 raw-http DescribeRoom china promise']);
  });

  it('finds raw got calls: got(url, options), its verbs, got(options) and an instance from got.extend with an lcic prefixUrl', () => {
    const code = [
      "import got from 'got';",
      "const lcic = got.extend({ prefixUrl: 'https://lcic.intl.tencentcloudapi.com' });",
      "got('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } });",
      "got.post('https://lcic.tencentcloudapi.com', { json: {}, headers: { 'X-TC-Action': 'EndRoom' } }).json();",
      "got({ url: 'https://lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': 'GetRooms' } });",
      "lcic.post('', { headers: { 'X-TC-Action': 'StartRoom' } });",
      "got.post('https://cvm.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeInstances' } });",
    ].join('\n');
    expect(calls(code)).toEqual(['3:85 raw-http DescribeRoom china promise', '4:84 raw-http EndRoom china promise', '5:90 raw-http GetRooms china promise', '6:43 raw-http StartRoom international promise']);
  });

  it("finds Node's https.request: the default, namespace, named and required module, the host in hostname, host or the URL", () => {
    const code = [
      "import https from 'node:https';",
      "import * as secure from 'https';",
      "import { request } from 'node:https';",
      "const required = require('https');",
      "https.request({ hostname: 'lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } }, () => {});",
      "secure.request({ host: 'lcic.intl.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': 'EndRoom' } });",
      "request('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'GetRooms' } }, () => {});",
      "required.request({ hostname: 'lcic.tencentcloudapi.com', headers: { 'X-TC-Action': 'StartRoom' } });",
      "https.request({ hostname: 'cvm.tencentcloudapi.com', headers: { 'X-TC-Action': 'DescribeInstances' } });",
      "https.get({ hostname: 'lcic.tencentcloudapi.com', headers: { 'X-TC-Action': 'DeleteRoom' } });",
    ].join('\n');
    expect(calls(code)).toEqual(['5:97 raw-http DescribeRoom china promise', '6:99 raw-http EndRoom international promise', '7:89 raw-http GetRooms china promise', '8:84 raw-http StartRoom china promise']);
  });

  it('finds raw calls and CommonClients whose host is the default of an environment variable, or a field of a config object', () => {
    const code = [
      "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
      "const ENDPOINT = process.env.LCIC_ENDPOINT || 'https://lcic.tencentcloudapi.com';",
      "const config = { endpoint: process.env.LCIC_ENDPOINT ?? 'https://lcic.intl.tencentcloudapi.com', other: process.env.CVM ?? 'https://cvm.tencentcloudapi.com' };",
      "fetch(ENDPOINT, { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } });",
      "fetch(config.endpoint, { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' } });",
      "fetch(config.other, { method: 'POST', headers: { 'X-TC-Action': 'DescribeInstances' } });",
      "const common = new CommonClient(process.env.LCIC_HOST ?? 'lcic.tencentcloudapi.com', '2022-08-17', {});",
      "common.request('GetRooms', {});",
    ].join('\n');
    expect(calls(code)).toEqual(['4:61 raw-http DescribeRoom china promise', '5:68 raw-http EndRoom international promise', '8:16 common-client GetRooms china promise']);
  });
});

describe('findLcicCalls: what it must not find', () => {
  it('ignores objects that merely have LCIC method names', () => {
    const code = [
      'class FakeClient { CreateRoom(_: object) { return 1; } DescribeRoom() { return 2; } }',
      'const client = new FakeClient();',
      'client.CreateRoom({});',
      'const rooms = { DescribeRoom: () => 1 };',
      'rooms.DescribeRoom();',
      'declare const unknown: { request(a: string, b: object): void };',
      "unknown.request('CreateRoom', {});",
      "const fetch2 = (u: string, o: object) => 1; fetch2('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'CreateRoom' } });",
    ].join('\n');
    expect(calls(code)).toEqual([]);
    expect(calls(code, { typed: true })).toEqual([]);
  });

  it('ignores a reassigned variable it cannot trust, and a shadowed fetch', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'let client: any = new tc.lcic.v20220817.Client({});',
      'client = { CreateRoom() {} };',
      'client.CreateRoom({});',
      "function g(fetch: (u: string, o: object) => void) { fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'CreateRoom' } }); }",
    ].join('\n');
    expect(calls(code)).toEqual([]);
  });
  it('follows a client typed as `typeof` the client: parameters, parameter properties and fields, through an alias', () => {
    const code = [
      "import * as tencentcloud from 'tencentcloud-sdk-nodejs';",
      'export const lcic = new tencentcloud.lcic.v20220817.Client({});',
      'export type LcicClient = typeof lcic;',
      'export async function a(c: typeof lcic) { return c.DescribeRoom({ RoomId: 1 }); }',
      'export class Gateway { constructor(private readonly client: LcicClient) {} run() { return this.client.EndRoom({ RoomId: 1 }); } }',
      'export class Later { private client!: LcicClient; run() { return this.client.DeleteRoom({ RoomId: 1 }); } }',
      // Look-alikes: a plain object with an action-named method, and a class (typeof a class is not an instance).
      'const fake = { CreateRoom: (_: object) => 1 };',
      'export function b(f: typeof fake) { return f.CreateRoom({}); }',
      'export function d(k: typeof tencentcloud.lcic.v20220817.Client) { return k.CreateRoom; }',
    ].join('\n');
    expect(calls(code)).toEqual(['4:52 sdk DescribeRoom china promise', '5:103 sdk EndRoom china promise', '6:78 sdk DeleteRoom china promise']);
  });
});

describe('findLcicCalls with type information', () => {
  it('finds calls on anything typed as the LCIC Client: parameters, getters, function results (a function without a body only with type information)', () => {
    // Without type information, the parameter whose annotation names the SDK's class, and the getter returning a field so typed.
    const code = [
      "import type { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client.js';",
      "import { lcic } from 'tencentcloud-sdk-nodejs';",
      'type Lcic = InstanceType<typeof lcic.v20220817.Client>;',
      'export async function a(client: Client) { return client.DescribeRoom({ RoomId: 1 }); }',
      'declare function getClient(): Lcic;',
      'export async function b() { return getClient().CreateRoom({} as never); }',
      'export class Holder { constructor(private readonly c: Client) {} get client() { return this.c; } run() { return this.client.EndRoom({ RoomId: 1 }); } }',
    ].join('\n');
    expect(calls(code)).toEqual(['4:57 sdk DescribeRoom china promise', '7:125 sdk EndRoom china promise']);
    expect(calls(code, { typed: true })).toEqual([
      '4:57 sdk DescribeRoom china promise',
      '6:48 sdk CreateRoom china promise',
      '7:125 sdk EndRoom china promise',
    ]);
  }, 120_000); // The first typed test of its worker builds the TypeScript program of the real SDK: slow under a loaded machine.

  it("finds a call on an interface's field typed as (part of) the client; with type information, also on a type extending it", () => {
    const code = [
      "import { lcic } from 'tencentcloud-sdk-nodejs';",
      'type LcicClient = InstanceType<typeof lcic.v20220817.Client>;',
      "interface LcicPort { rooms: Pick<LcicClient, 'DescribeRoom' | 'CreateRoom'>; sdkAppId: number }",
      "interface Members extends Pick<LcicClient, 'DescribeCurrentMemberList'> { label: string }",
      'export class Rooms {',
      '  constructor(private readonly port: LcicPort, private readonly members: Members & { extra: true }) {}',
      '  a() { return this.port.rooms.DescribeRoom({ RoomId: 1 }); }',
      '  b() { return this.members.DescribeCurrentMemberList({ RoomId: 1, Page: 1, Limit: 10 }); }',
      '}',
      // Look-alike: a method of the same name declared by the project.
      'interface Fake { DescribeRoom(req: { RoomId: number }): Promise<{ Name: string }> }',
      'export const c = (fake: Fake) => fake.DescribeRoom({ RoomId: 1 });',
    ].join('\n');
    // Without type information, what an interface extends is not read.
    expect(calls(code)).toEqual(['7:32 sdk DescribeRoom china promise']);
    expect(calls(code, { typed: true })).toEqual(['7:32 sdk DescribeRoom china promise', '8:29 sdk DescribeCurrentMemberList china promise']);
  });

  it('finds calls through wrappers named in settings.lcic.clients, by type and by construction', () => {
    const code = [
      'export class ClassroomGateway { async CreateRoom(_: object) { return 1; } async Other() { return 2; } }',
      'export async function a(g: ClassroomGateway) { return g.CreateRoom({}); }',
      'const gateway = new ClassroomGateway();',
      'gateway.CreateRoom({});',
    ].join('\n');
    const settings = { lcic: { clients: ['ClassroomGateway'] } };
    // The parameter's annotation names the configured class: found without type information too.
    expect(calls(code, { settings })).toEqual(['2:57 wrapper CreateRoom china promise', '4:9 wrapper CreateRoom china promise']);
    expect(calls(code, { settings, typed: true })).toEqual(['2:57 wrapper CreateRoom china promise', '4:9 wrapper CreateRoom china promise']);
  });
});

/** Every call the file's facts hold (the finder's, and those taken by their names), with how it was found. */
const factsProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', messages: { call: '{{description}}' }, schema: [] },
  create: (context) =>
    onFileFacts(context, (facts) => {
      for (const call of facts.calls) {
        context.report({ node: call.actionNode, messageId: 'call', data: { description: `${call.kind} ${call.action ?? '?'}${call.byName ? ' by name' : ''}` } });
      }
    }),
});
const factCalls = (code: string, options?: LintOptions): string[] => lintWith(factsProbe, code, options).map((m) => `${m.line}:${m.column} ${m.message}`);

describe('findLcicCalls: a receiver nothing places, taken for a client by its names', () => {
  it('takes an action called on an injected field or an untyped parameter named like a client', () => {
    const code = [
      'export class RoomService {',
      '  constructor(private readonly client: any) {}',
      '  end(id: number) { return this.client.EndRoom({ RoomId: id }); }',
      '}',
      'export function lookUp(lcic: any, id: number) { return lcic.DescribeRoom({ RoomId: id }); }',
      'export const members = ({ lcicClient }: any) => lcicClient.DescribeCurrentMemberList({}, (err: unknown) => err);',
      'export class Gateway { constructor(deps: any) { this.deps = deps; } deps: any; kick() { return this.deps.lcic.KickUserFromRoom({}); } }',
      'export function Rooms(this: any, client: any) { this.client = client; }',
      'Rooms.prototype.start = function (this: any) { const self = this; return self.client.StartRoom({}); };',
      // DeleteUser is CAM's too: a plain `client` is LCIC's when it is also called with an action only LCIC has.
      'export function users(client: any) { client.RegisterUser({}); return client.DeleteUser({}); }',
    ].join('\n');
    expect(factCalls(code)).toEqual(['3:40 sdk EndRoom by name', '5:61 sdk DescribeRoom by name', '6:60 sdk DescribeCurrentMemberList by name', '7:111 sdk KickUserFromRoom by name', '9:86 sdk StartRoom by name', '10:45 sdk RegisterUser by name', '10:77 sdk DeleteUser by name']);
    // Not part of what a function amounts to for its callers: the finder alone does not take them.
    expect(calls(code)).toEqual([]);
  });

  it("takes a framework object's field named for LCIC, as a Fastify plugin's decorate makes (not one named otherwise, nor a known object's)", () => {
    const code = [
      "import Fastify from 'fastify';",
      'const app = Fastify();',
      "app.get('/rooms/:id', async (request: any) => request.server.lcic.DescribeRoom({ RoomId: 1 }));",
      'export async function routes(fastify: any) { await fastify.lcic.EndRoom({ RoomId: 1 }); await fastify.client.StartRoom({ RoomId: 1 }); }',
      'export const hook = () => app.lcic.GetRooms({});',
      'const settings = { lcic: { DescribeRoom: () => 1 } };',
      'export const local = () => settings.lcic.DescribeRoom();',
    ].join('\n');
    expect(factCalls(code)).toEqual(['3:67 sdk DescribeRoom by name', '4:65 sdk EndRoom by name', '5:36 sdk GetRooms by name']);
  });

  it("takes a local copy of such a receiver of this (Egg's services: const client = this.app.lcic, const { lcic } = this.app), not one of another object or field", () => {
    const code = [
      'export class RoomService {',
      '  app: any;',
      '  a() { const client = this.app.lcic; return client.DescribeRoom({ RoomId: 1 }); }',
      '  b() { const { lcic } = this.app; return lcic.EndRoom({ RoomId: 1 }); }',
      '  c() { const { http } = this.app; return http.GetRooms({}); }',
      '  d(other: any) { const { lcic } = other; return lcic.StartRoom({}); }',
      '}',
    ].join('\n');
    expect(factCalls(code)).toEqual(['3:53 sdk DescribeRoom by name', '4:48 sdk EndRoom by name']);
  });

  it('leaves receivers named otherwise, local variables, shared action names on a plain client, classes made here and known types', () => {
    const code = [
      'export function a(store: any, client: any) { store.DescribeRoom({}); client.DeleteUser({}); }',
      'export function b(lcic: any) { return lcic.DeleteUser({}); }',
      'export function c() { const client: any = JSON.parse("{}"); return client.CreateRoom({}); }',
      // CAM's DeleteUser on a field named client, next to a class whose own client field makes LCIC calls.
      'export class CamAccounts { constructor(client: any) { this.client = client; } client: any; remove() { return this.client.DeleteUser({}); } }',
      'class Rooms { constructor(client: any) { this.client = client; } client: any; end() { return this.client.EndRoom({}); } }',
      'export const offline = new Rooms({ EndRoom: async () => ({}) });',
      'export function d(client: { CreateRoom(x: object): number }) { return client.CreateRoom({}); }',
      'export function e(client: any) { return client.SendMail({}); }',
    ].join('\n');
    expect(factCalls(code)).toEqual(['2:44 sdk DeleteUser by name']);
    expect(factCalls(code, { typed: true })).toEqual(['2:44 sdk DeleteUser by name']);
  });
});

/** Every call of a helper, with what its callers meet when it fails. */
const failuresProbe = probeOf((call) => (call.kind === 'helper' ? { node: call.node, description: `${call.action ?? '?'} ${call.summary?.failures ?? '?'}` } : undefined));

describe('findLcicCalls: a callback-form call made a promise', () => {
  it('new Promise around the call: a call of its action, with codes when the promise rejects with the call\'s error', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      'const client = new tc.lcic.v20220817.Client({});',
      'const describe = (id: number) => new Promise((resolve, reject) => { client.DescribeRoom({ RoomId: id }, (err, res) => (err ? reject(err) : resolve(res))); });',
      'async function end(id: number) { return await new Promise((ok, fail) => client.EndRoom({ RoomId: id }, (e) => (e ? fail(new Error(e.message)) : ok(true)))); }',
      'const quiet = (id: number) => new Promise((resolve) => client.StartRoom({ RoomId: id }, () => resolve(null)));',
      'const chained = (id: number) => new Promise((resolve, reject) => { client.DeleteRoom({ RoomId: id }).then(resolve, reject); });',
      'export const calls = [describe(1), end(1), quiet(1), chained(1)];',
    ].join('\n');
    expect(lintWith(failuresProbe, code).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['7:23 DescribeRoom codes', '7:36 EndRoom no-codes', '7:54 DeleteRoom codes']);
  });

  it('client[method](req, cb) in a wrapper given the action: a call of the action each caller names', () => {
    const code = [
      "const tc = require('tencentcloud-sdk-nodejs-intl-en');",
      'const client = new tc.lcic.v20220817.Client({});',
      'function callLcic(method: string, req: object) {',
      '  return new Promise((resolve, reject) => { (client as any)[method](req, (err: any, res: unknown) => (err ? reject(err) : resolve(res))); });',
      '}',
      "const table = { rooms: {} as Record<string, number> };",
      "export const calls = [callLcic('DescribeRoom', {}), callLcic('EndRoom', {}), (table.rooms as any)[String(1)]];",
    ].join('\n');
    expect(lintWith(failuresProbe, code).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(['7:23 DescribeRoom codes', '7:53 EndRoom codes']);
    expect(calls(code)).toEqual(['4:61 intl-sdk ? international callback', '7:32 helper DescribeRoom international promise', '7:62 helper EndRoom international promise']);
  });

  it('util.promisify of the client\'s method, bound or not: a call of that action', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs';",
      "import util from 'node:util';",
      "import { promisify } from 'node:util';",
      'const client = new tc.lcic.v20220817.Client({});',
      'const endRoom = util.promisify(client.EndRoom.bind(client));',
      'const startRoom = promisify(client.StartRoom);',
      'export const calls = [endRoom({ RoomId: 1 }), startRoom({ RoomId: 1 })];',
    ].join('\n');
    expect(calls(code)).toEqual(['7:23 sdk EndRoom china promise', '7:47 sdk StartRoom china promise']);
  });

  it('util.promisify of the client\'s method kept in a field, or called where it is made: a call of that action', () => {
    const code = [
      "import * as tc from 'tencentcloud-sdk-nodejs-intl-en';",
      "import { promisify } from 'node:util';",
      'export class Gateway {',
      '  private readonly client = new tc.lcic.v20220817.Client({});',
      '  private readonly describeRoom = promisify(this.client.DescribeRoom.bind(this.client));',
      '  private readonly helper = () => 1;',
      '  room(id: number) { return this.describeRoom({ RoomId: id }); }',
      '  end(id: number) { return promisify(this.client.EndRoom.bind(this.client))({ RoomId: id }); }',
      '  other() { return this.helper(); }',
      '}',
    ].join('\n');
    expect(calls(code)).toEqual(['7:29 intl-sdk DescribeRoom international promise', '8:28 intl-sdk EndRoom international promise']);
  });
});

describe('findLcicCalls: a signing helper that checks the body and throws', () => {
  /** A helper `call(action, payload)` whose failure branch is `failure`, called once for DescribeRoom. */
  const helper = (failure: string, before = '') =>
    [
      before,
      'export async function call(action: string, payload: object): Promise<any> {',
      "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
      "  if (!res.ok) throw new Error('HTTP ' + res.status);",
      '  const body = await res.json();',
      '  const apiError = body.Response.Error;',
      `  if (apiError) ${failure}`,
      '  return body.Response;',
      '}',
      "export const room = () => call('DescribeRoom', { RoomId: 1 });",
    ].join('\n');
  const failures = (code: string) => lintWith(failuresProbe, code).map((m) => m.message);
  const errorClass = (body: string) => `class LcicError extends Error {\n${body}\n}`;

  it('carries codes when the thrown error keeps Error.Code as its code', () => {
    const shapes = [
      helper('throw new LcicError(apiError.Code, apiError.Message);', errorClass('  constructor(readonly code: string, message: string) { super(message); }')),
      helper('throw new LcicError(apiError.Message, apiError.Code);', errorClass('  code: string;\n  constructor(message: string, code: string) { super(message); this.code = code; }')),
      helper('throw new LcicError(apiError);', errorClass('  code: string;\n  constructor(error: { Code: string; Message: string }) { super(error.Message); this.code = error.Code; }')),
      helper('throw Object.assign(new Error(apiError.Message), { code: apiError.Code, requestId: body.Response.RequestId });'),
      helper('throw { code: apiError.Code, message: apiError.Message };'),
      helper('{ const e: any = new Error(apiError.Message); e.code = apiError.Code; throw e; }'),
    ];
    expect(shapes.map(failures)).toEqual(shapes.map(() => ['DescribeRoom codes']));
  });

  it('carries no codes when the thrown error has only the message, or keeps the code under another name', () => {
    const shapes = [
      helper('throw new Error(apiError.Message);'),
      helper('throw new Error(`${apiError.Code}: ${apiError.Message}`);'),
      helper('throw Object.assign(new Error(apiError.Message), { reason: apiError.Code });'),
      helper('throw new LcicError(apiError.Code);', errorClass('  constructor(readonly reason: string) { super(reason); }')),
    ];
    expect(shapes.map(failures)).toEqual(shapes.map(() => ['DescribeRoom no-codes']));
  });

  it('carries no codes when one failure path throws the code and another only the message', () => {
    const code = helper('{ if (payload === null) throw new Error(apiError.Message); throw Object.assign(new Error(apiError.Message), { code: apiError.Code }); }');
    expect(failures(code)).toEqual(['DescribeRoom no-codes']);
  });

  it('reads the throw of a guard function the helper gives the body to: codes when it keeps Error.Code as its code, none when it keeps the message', () => {
    const guarded = (guard: string) =>
      [
        guard,
        'export async function call(action: string, payload: object): Promise<any> {',
        "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
        '  return assertOk(await res.json());',
        '}',
        "export const room = () => call('DescribeRoom', { RoomId: 1 });",
      ].join('\n');
    const coded = guarded(
      'function assertOk(body: any) {\n  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code });\n  return body.Response;\n}',
    );
    const messageOnly = guarded('function assertOk(body: any) {\n  if (body.Response.Error) throw new Error(body.Response.Error.Message);\n  return body.Response;\n}');
    expect([failures(coded), failures(messageOnly)]).toEqual([['DescribeRoom codes'], ['DescribeRoom no-codes']]);
  });
});
