import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rule from '../../rules/no-swallowed-error.js';
import { fixtureFile, fixtureTypedRuleTester, ruleTester, serviceFile, serviceTypedRuleTester, workspaceFile } from '../helpers/rule-tester.js';
import { SDK, INTL, COMMON, RAW_EVENTS, RESULT_HELPER, SDK_RESULT_WRAPPERS } from '../helpers/sdk-snippets.js';

const data = (actions = 'DescribeRoom') => ({ actions });

ruleTester.run('no-swallowed-error', rule, {
  valid: [
    {
      name: 'given to a logger of the project whose rest parameter takes it (followed no further: the rest is an array)',
      code: SDK + "const logger = { warn: (msg: string, ...rest: unknown[]) => console.warn(msg, ...rest) };\nclient.DescribeRoom({ RoomId: 1 }).catch((err) => { logger.warn('no room', err); return null; });",
    },
    { name: 'a question asked of a guard it cannot read, then the rest rethrown', code: SDK + 'declare function isRetryable(e: unknown): boolean;\ndeclare function later(): Promise<null>;\nexport async function end(roomId: number) {\n  try {\n    return await client.EndRoom({ RoomId: roomId });\n  } catch (err) {\n    if (isRetryable(err)) return later();\n    throw err;\n  }\n}' },
    { name: 'rethrown', code: SDK + 'async function f() { try { await client.DescribeRoom({ RoomId: 1 }); } catch (e) { throw e; } }' },
    { name: 'returned', code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => e);' },
    { name: 'passed to a reporting function', code: SDK + 'declare function report(e: unknown): void;\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { report(e); return null; });' },
    { name: 'passed to a configured handler, with only its message', code: SDK + 'declare function reportLcicError(m: string): void;\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { reportLcicError(e.message); });', settings: { lcic: { errorHandlers: ['reportLcicError'] } } },
    { name: 'logged whole', code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { console.error('describe failed', e); return null; });" },
    { name: 'the code is inspected: exhaustive-error-codes decides', code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === 'ResourceNotFound.Room') return null; });" },
    { name: 'only the message is logged: preserve-request-id reports that', code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { console.error(e.message); });' },
    { name: 'a callback that passes the error on', code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (err) return done(err); done(null, res); });\ndeclare function done(...a: unknown[]): void;' },
    { name: 'a callback that never checks its error is handle-callback-error\'s', code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { console.log(res); });' },
    { name: 'a default that rethrows, while a branch answers for one code', code: SDK + "client.GetRooms({}).catch((e) => { if (e.code === 'InternalError') return { Total: 0 }; throw e; });" },
    { name: "a callback without parameters is handle-callback-error's to report", code: SDK + "client.StartRoom({ RoomId: 1 }, () => { console.log('started'); }).catch(() => undefined);" },
    { name: 'a chain that ends in .catch(next): a handler, even one the analysis cannot read', code: SDK + 'export function show(res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }).then((room) => res.json(room)).catch(next);\n}' },
    { name: 'awaited or returned: the failure goes to the caller', code: SDK + 'export async function a() {\n  await client.EndRoom({ RoomId: 1 });\n}\nexport function b() {\n  return client.EndRoom({ RoomId: 1 }).then(() => true);\n}' },
    {
      name: 'Promise.allSettled never rejects: the catch around it receives no failure of the call',
      code: SDK + "export async function f() {\n  try {\n    return await Promise.allSettled([client.DescribeRoom({ RoomId: 1 })]);\n  } catch (e: any) {\n    if (e.code === 'ResourceNotFound.Room') return [];\n    return [];\n  }\n}",
    },
    { name: 'not an LCIC call', code: 'async function f(p: Promise<void>) { try { await p; } catch {} }' },
    {
      name: "a callback that throws its error inside a try of its own, whose catch passes what it catches on",
      code: INTL + 'export function name(done: (e: unknown, n?: string) => void) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n    try {\n      if (err) throw err;\n      done(null, res.Name);\n    } catch (e) {\n      done(e);\n    }\n  });\n}',
    },
    {
      name: "a callback that returns on err, on a call whose promise hands the failure on: awaited to the caller, or caught by a handler that logs it",
      code: SDK + "export async function name(id: number) {\n  let found: string | undefined;\n  await client.DescribeRoom({ RoomId: id }, (err, res) => {\n    if (err) return;\n    found = res.Name;\n  });\n  return found;\n}\nexport function watch(id: number, show: (n?: string) => void) {\n  client.DescribeRoom({ RoomId: id }, (err, res) => {\n    if (err) return;\n    show(res.Name);\n  }).catch((err) => console.error('DescribeRoom failed', err));\n}",
    },
    {
      name: 'a stored promise kept quiet by an empty .catch while other work runs, then awaited in a try that rethrows with the cause',
      code: SDK + "export async function room(id: number, load: () => Promise<void>) {\n  const pending = client.DescribeRoom({ RoomId: id });\n  pending.catch(() => {});\n  await load();\n  try {\n    return await pending;\n  } catch (err) {\n    throw new Error('describe failed', { cause: err });\n  }\n}",
    },
    {
      name: 'kept promises awaited together, one kept quiet while other work runs and then passed to the caller, and a function declared (not run) before the await',
      code: SDK + "export async function endBoth(a: number, b: number) {\n  const first = client.EndRoom({ RoomId: a });\n  const second = client.EndRoom({ RoomId: b });\n  return Promise.all([first, second]);\n}\nexport async function room(id: number, load: () => Promise<void>) {\n  const pending = client.DescribeRoom({ RoomId: id });\n  pending.catch(() => {});\n  await load();\n  return await pending;\n}\nexport async function plain(id: number) {\n  const pending = client.DescribeRoom({ RoomId: id });\n  const later = async () => { await new Promise((r) => setTimeout(r, 10)); };\n  return [await pending, later];\n}",
    },
    {
      name: "a callback-form call's promise kept in a name, then awaited or returned: the callback may ignore err",
      code: SDK + "export async function end(roomId: number) {\n  const ending = client.EndRoom({ RoomId: roomId }, (err) => {\n    if (!err) console.log('ended');\n  });\n  await ending;\n}\nexport function stop(roomId: number) {\n  const ending = client.EndRoom({ RoomId: roomId }, (err) => {\n    if (!err) console.log('ended');\n  });\n  return ending;\n}",
    },
    {
      name: 'options with the cause and the new error each made first in a name, then handed to next',
      code: SDK + "export function remove(id: number, next: (e: unknown) => void) {\n  client.DeleteRoom({ RoomId: id }).catch((err) => {\n    const details = { cause: err };\n    const wrapped = new Error('DeleteRoom failed', details);\n    next(wrapped);\n  });\n}",
    },
    {
      name: 'a test for a class of the project that keeps no code picks no LCIC failure out: the rest still reaches the rethrow',
      code: SDK + "class TimeoutError extends Error {}\nexport async function check(): Promise<number> {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n    return 0;\n  } catch (err: any) {\n    if (err instanceof TimeoutError) return 2;\n    if (err.code === 'ResourceNotFound.Room') return 3;\n    throw err;\n  }\n}",
    },
    {
      name: "a test for a third party's class (zod's ZodError, Prisma's errors) picks no LCIC failure out: the rest still reaches the rethrow",
      code:
        SDK +
        "import { ZodError } from 'zod';\nimport { Prisma } from '@prisma/client';\nexport async function enrol(name: string) {\n  try {\n    return await client.RegisterUser({ SdkAppId: 1, Name: name });\n  } catch (err: any) {\n    if (err instanceof ZodError) return { ok: false as const };\n    if (err instanceof Prisma.PrismaClientKnownRequestError) return { ok: false as const };\n    if (err.code === 'FailedOperation.OriginIdExists') return { ok: false as const, requestId: err.requestId as string };\n    throw err;\n  }\n}",
    },
    {
      name: 'a helper that answers every failure with a Result never rejects: its promise may be dropped',
      code:
        SDK +
        'async function endClass(roomId: number) {\n  try {\n    await client.EndRoom({ RoomId: roomId });\n    return { ok: true as const };\n  } catch (e: any) {\n    return { ok: false as const, error: { code: e.code, requestId: e.requestId } };\n  }\n}\nexport function sweep(id: number): void {\n  void endClass(id);\n}',
    },
    {
      name: 'codes taken from a constant array by index and from a constant Map by get: the rest reaches the rethrow',
      code:
        SDK +
        "const CODES = ['ResourceNotFound.Room', 'FailedOperation'] as const;\nconst CODE_BY_NAME = new Map([['notFound', 'ResourceNotFound.Room']]);\nexport async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    switch (err.code) {\n      case CODES[0]:\n        return null;\n      case 'InternalError':\n        return undefined;\n      default:\n        throw err;\n    }\n  }\n}\nexport async function b() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err.code === CODE_BY_NAME.get('notFound')) return null;\n    if (err.code === 'InternalError') return undefined;\n    throw err;\n  }\n}",
    },
    {
      name: 'the catch hands over to a function written inside it, which reads the error from there and rethrows the rest (an arrow, or a declaration hoisted below the return)',
      code:
        SDK +
        "export async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    const handle = () => {\n      if (err.code === 'ResourceNotFound.Room') return null;\n      throw err;\n    };\n    return handle();\n  }\n}\nexport async function b() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    return handle();\n    function handle() {\n      if (err.code === 'ResourceNotFound.Room') return null;\n      throw err;\n    }\n  }\n}",
    },
    {
      name: 'a handler that takes the error in a rest parameter or through arguments: a list this analysis does not follow, so nothing is said',
      code: SDK + "export const a = () => client.EndRoom({ RoomId: 1 }).catch((...args: unknown[]) => console.error('failed', ...args));\nexport const b = () => client.EndRoom({ RoomId: 2 }).catch(function () { console.error('failed', arguments[0]); });",
    },
    {
      name: "a callback given by a name the analysis cannot read, and the method's promise quieted: the callback got the failure",
      code: SDK + 'export function describe(req: { RoomId: number }, cb: (e: unknown, r?: unknown) => void) {\n  client.DescribeRoom(req, cb).catch(() => undefined);\n}',
    },
    {
      name: 'a guard written in the catch that takes nothing and reads the error from there, first in an ||: only the codes it names are answered',
      code: SDK + "export async function describe(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    const isGone = () => err.code === 'ResourceNotFound.Room';\n    if (isGone() || err.code === 'InternalError') return null;\n    throw err;\n  }\n}",
    },
    {
      name: "assert.ifError(err) in a callback's try throws the error itself, and the catch passes it on",
      code: SDK + "import assert from 'node:assert';\nexport function avatar(userId: string, cb: (err: unknown, avatar?: string) => void): void {\n  client.DescribeUser({ UserId: userId }, (err, user) => {\n    try {\n      assert.ifError(err);\n      cb(null, user.Avatar);\n    } catch (e) {\n      cb(e);\n    }\n  }).catch(() => undefined);\n}",
    },
    {
      name: 'a promise stored in a name, then awaited, returned or exported: the failure goes on from there',
      code: SDK + 'export async function a() {\n  const ended = client.EndRoom({ RoomId: 1 });\n  await ended;\n}\nexport function b() {\n  const room = client.DescribeRoom({ RoomId: 1 });\n  return room;\n}\nexport const pending = client.DescribeRoom({ RoomId: 2 });',
    },
    { name: 'every listed code has its branch and a default rethrows the rest', code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  switch (e.code) {\n    case 'ResourceNotFound.Room':\n      console.info('no room', e);\n      break;\n    case 'InternalError':\n    case 'FailedOperation':\n      console.error('describe failed', e);\n      break;\n    default:\n      throw e;\n  }\n});" },
    { name: 'every listed code has its branch and a final else rethrows the rest', code: SDK + "async function f() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n  } catch (e: any) {\n    if (e.code === 'ResourceNotFound.Room') {\n      console.info('gone', e);\n    } else if (e.code === 'InternalError' || e.code === 'FailedOperation') {\n      console.error('failed', e);\n    } else {\n      throw e;\n    }\n  }\n}" },
    {
      name: 'a listed code falls through too: exhaustive-error-codes reports the switch, once',
      code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  switch (e.code) {\n    case 'ResourceNotFound.Room':\n      console.info('no room', e);\n      break;\n  }\n});",
    },
    {
      name: 'statements after the chain take what it does not: they decide, not the chain',
      code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  if (e.code === 'ResourceNotFound.Room' || e.code === 'InternalError' || e.code === 'FailedOperation') console.info('known', e);\n  else throw e;\n});",
    },
  ],
  invalid: [
    {
      name: "a promisified method of the international SDK's client (whose methods return nothing otherwise): its promise is left floating",
      code: "const util = require('util');\nconst tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');\nconst client = new tencentcloud.lcic.v20220817.Client({ region: 'ap-singapore' });\nconst endRoom = util.promisify(client.EndRoom.bind(client));\nexport function end(id: number) {\n  endRoom({ RoomId: id });\n}",
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 6, column: 3, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'behind void as an arrow\'s whole body (setInterval(() => void call, ms)): the arrow answers undefined and the promise is dropped',
      code: SDK + "setInterval(() => void client.EndRoom({ RoomId: 1 }), 60_000);\nprocess.on('SIGTERM', () => void client.EndRoom({ RoomId: 3 }));\nsetInterval(() => void client.EndRoom({ RoomId: 4 }).catch((err) => console.error('end failed', err)), 60_000);",
      errors: [
        { messageId: 'floatingCall', data: data('EndRoom'), line: 3, column: 24, endColumn: 53, suggestions: [] },
        { messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 34, endColumn: 63, suggestions: [] },
      ],
    },
    {
      name: 'calls on an optional client: a parameter typed LcicClient | undefined, and a client made only when enabled',
      code: SDK + "export function close(maybe: typeof client | undefined, roomId: number): void {\n  maybe?.EndRoom({ RoomId: roomId });\n}\nconst optional = process.env.LCIC === '1' ? new tc.lcic.v20220817.Client({}) : undefined;\nexport function stop(roomId: number): void {\n  optional?.EndRoom({ RoomId: roomId });\n}",
      errors: [
        { messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 3, endColumn: 37, suggestions: [] },
        { messageId: 'floatingCall', data: data('EndRoom'), line: 8, column: 3, endColumn: 40, suggestions: [] },
      ],
    },
    {
      name: 'calls combined by a Promise.all (or race) whose promise is dropped: one report there, naming their actions; an allSettled dropped rejects nothing, but drops the failures it keeps',
      code:
        SDK +
        "export function endBoth(a: number, b: number) {\n  Promise.all([client.EndRoom({ RoomId: a }), client.DeleteRoom({ RoomId: b })]);\n  void Promise.race([client.EndRoom({ RoomId: a })]);\n  Promise.allSettled([client.EndRoom({ RoomId: b })]);\n}\nexport function endAll(ids: number[], next: (e: unknown) => void) {\n  Promise.all(ids.map((id) => client.EndRoom({ RoomId: id })));\n}",
      errors: [
        { messageId: 'floatingCall', data: data('EndRoom and DeleteRoom'), line: 4, column: 3, endColumn: 81, suggestions: [] },
        { messageId: 'floatingCall', data: data('EndRoom'), line: 5, column: 8, endColumn: 53, suggestions: [] },
        { messageId: 'settledUnread', data: data('EndRoom'), line: 6, column: 3, endColumn: 54, suggestions: [] },
        {
          messageId: 'floatingCall',
          data: data('EndRoom'),
          line: 9,
          column: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'catchWithNext',
              data: { name: 'next' },
              output:
                SDK +
                "export function endBoth(a: number, b: number) {\n  Promise.all([client.EndRoom({ RoomId: a }), client.DeleteRoom({ RoomId: b })]);\n  void Promise.race([client.EndRoom({ RoomId: a })]);\n  Promise.allSettled([client.EndRoom({ RoomId: b })]);\n}\nexport function endAll(ids: number[], next: (e: unknown) => void) {\n  Promise.all(ids.map((id) => client.EndRoom({ RoomId: id }))).catch(next);\n}",
            },
          ],
        },
      ],
    },
    {
      name: "a prototype method of a constructor function made with the client, its promise caught with a handler that drops the error",
      code:
        SDK +
        "function RoomService(lcicClient) {\n  this.client = lcicClient;\n}\nRoomService.prototype.end = function (id) {\n  return this.client.EndRoom({ RoomId: id });\n};\nconst rooms = new RoomService(client);\nexport const end = (id) => rooms.end(id).catch(() => null);",
      errors: [{ messageId: 'noErrorParameter', data: data('EndRoom'), line: 10, column: 48, endColumn: 53, suggestions: [] }],
    },
    {
      name: "a hand-written limiter made by a factory (const limit = queued(3)) whose new Promise settles with its task's .then(resolve, reject): the .catch on what it returns drops the task's failure",
      code:
        SDK +
        "function queued(n: number) {\n  const queue: Array<() => void> = [];\n  return <T>(task: () => Promise<T>) => new Promise<T>((resolve, reject) => {\n    queue.push(() => { task().then(resolve, reject); });\n    if (n) queue.shift()?.();\n  });\n}\nconst limit = queued(3);\nexport const endAll = (ids: number[]) => Promise.all(ids.map((id) => limit(() => client.EndRoom({ RoomId: id })).catch(() => null)));",
      errors: [{ messageId: 'noErrorParameter', data: data('EndRoom'), line: 11, column: 120, endColumn: 125, suggestions: [] }],
    },
    {
      name: 'a call behind optional chaining, as a statement: its promise is left floating too',
      code: SDK + 'const maybe: typeof client | undefined = client;\nexport function close(roomId: number): void {\n  maybe?.EndRoom({ RoomId: roomId });\n}',
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 5, column: 3, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'a client made by a factory typed with a type alias that has the client class constant\'s name',
      code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst LcicClient = tencentcloud.lcic.v20220817.Client;\ntype LcicClient = InstanceType<typeof LcicClient>;\nfunction createLcicClient(): LcicClient {\n  return new LcicClient({});\n}\nconst client = createLcicClient();\nexport async function remove(roomId: number) {\n  try {\n    await client.DeleteRoom({ RoomId: roomId });\n  } catch {\n    // nothing\n  }\n}",
      errors: [{ messageId: 'emptyHandler', data: data('DeleteRoom'), line: 11, column: 5, endColumn: 10 }],
    },
    {
      name: 'a kept promise with no handler yet while the code awaits another, or returns early',
      code: SDK + "export async function endBoth(a: number, b: number) {\n  const first = client.EndRoom({ RoomId: a });\n  const second = client.EndRoom({ RoomId: b });\n  return [await first, await second];\n}\nexport async function name(id: number, cache: Map<number, string>) {\n  const pending = client.DescribeRoom({ RoomId: id });\n  const cached = cache.get(id);\n  if (cached) return cached;\n  return (await pending).Name;\n}",
      errors: [
        { messageId: 'unhandledWhileAwaiting', data: { actions: 'EndRoom', waits: 'awaits other work' }, line: 6, column: 11, endColumn: 22 },
        { messageId: 'unhandledWhileAwaiting', data: { actions: 'DescribeRoom', waits: 'returns' }, line: 11, column: 15, endColumn: 29 },
      ],
    },
    {
      name: "the error handed to a function of the file that never reads its parameter: dropped there (one that logs it is a hand-on)",
      code:
        SDK +
        "function ignore(_e: unknown) {\n  return null;\n}\nfunction report(e: unknown) {\n  console.error('lookup failed', e);\n  return null;\n}\nexport const a = () => client.DescribeRoom({ RoomId: 1 }).catch((e) => ignore(e));\nexport const b = () => client.DescribeRoom({ RoomId: 1 }).catch((e) => report(e));\nexport async function c() {\n  try {\n    await client.EndRoom({ RoomId: 1 });\n  } catch (err) {\n    ignore(err);\n  }\n}",
      errors: [
        { messageId: 'unusedError', data: { actions: 'DescribeRoom', name: 'e' }, line: 10, column: 66, endColumn: 67 },
        { messageId: 'unusedError', data: { actions: 'EndRoom', name: 'err' }, line: 15, column: 12, endColumn: 15 },
      ],
    },
    {
      name: 'a callback that returns on err, on a call whose promise only a quiet .catch(() => undefined) takes',
      code: SDK + 'export function watch(id: number, show: (n?: string) => void) {\n  client.DescribeRoom({ RoomId: id }, (err, res) => {\n    if (err) return;\n    show(res.Name);\n  }).catch(() => undefined);\n}',
      errors: [{ messageId: 'unusedError', data: { actions: 'DescribeRoom', name: 'err' }, line: 4, column: 40, endColumn: 43 }],
    },
    {
      name: 'a stored promise whose only handler is an empty .catch',
      code: SDK + 'export function start(id: number) {\n  const pending = client.StartRoom({ RoomId: id });\n  pending.catch(() => {});\n}',
      errors: [{ messageId: 'emptyHandler', data: data('StartRoom'), line: 5, column: 17, endColumn: 18 }],
    },
    {
      name: "a callback that throws its error inside a try of its own, whose catch drops what it catches",
      code: INTL + "export function name(done: (e: unknown, n?: string) => void) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n    try {\n      if (err) throw err;\n      done(null, res.Name);\n    } catch (e) {\n      console.log('no name');\n    }\n  });\n}",
      errors: [{ messageId: 'unusedError', data: { actions: 'DescribeRoom', name: 'err' }, line: 3, column: 37, endColumn: 45 }],
    },
    {
      name: 'a promise stored in a name nobody reads, and one read only by a chain that is dropped',
      code: SDK + 'export function started(id: number) {\n  const ended = client.EndRoom({ RoomId: id });\n  const room = client.DescribeRoom({ RoomId: id });\n  room.then((r) => console.log(r.Name));\n}',
      errors: [
        { messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 17, endColumn: 47, suggestions: [] },
        { messageId: 'floatingCall', data: data('DescribeRoom'), line: 6, column: 3, endColumn: 40, suggestions: [] },
      ],
    },
    {
      name: 'a wrapper method that rethrows for one code only still fails for it: its call left floating is reported',
      code:
        SDK +
        "class Rooms {\n  async close(id: number) {\n    try {\n      await client.EndRoom({ RoomId: id });\n    } catch (err: any) {\n      if (err.code === 'FailedOperation.ClassEnded') return;\n      if (err.code === 'ResourceNotFound.Room') throw new Error('gone', { cause: err });\n    }\n  }\n}\nconst rooms = new Rooms();\nexport function onLessonOver(id: number): void {\n  rooms.close(id);\n}",
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 15, column: 3, endColumn: 18, suggestions: [] }],
    },
    {
      name: 'a guard it cannot read is asked about the error: asking keeps nothing, so what it says no to is dropped',
      code: SDK + 'declare function isRetryable(e: unknown): boolean;\ndeclare function later(): Promise<null>;\nexport async function end(roomId: number) {\n  try {\n    return await client.EndRoom({ RoomId: roomId });\n  } catch (err) {\n    if (isRetryable(err)) return later();\n  }\n  return null;\n}',
      errors: [{ messageId: 'unusedError', data: { actions: 'EndRoom', name: 'err' }, line: 8, column: 12, endColumn: 15 }],
    },
    {
      name: 'every listed code has its branch, but other codes and failures without a code fall off the end of the switch',
      code: SDK + "export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  switch (e.code) {\n    case 'ResourceNotFound.Room':\n      console.info('no room', e);\n      break;\n    case 'InternalError':\n    case 'FailedOperation':\n      console.error('describe failed', e);\n      break;\n  }\n});",
      errors: [
        {
          messageId: 'defaultFallsThrough',
          data: data(),
          line: 4,
          column: 11,
          endColumn: 17,
          suggestions: [{ messageId: 'rethrowTheRest', data: { name: 'e' }, output: SDK + "export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  switch (e.code) {\n    case 'ResourceNotFound.Room':\n      console.info('no room', e);\n      break;\n    case 'InternalError':\n    case 'FailedOperation':\n      console.error('describe failed', e);\n      break;\n    default:\n      throw e;\n  }\n});" }],
        },
      ],
    },
    {
      name: 'the same on a chain nobody keeps, outside an Express handler: no fix, as a rethrow would reach nothing',
      code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  switch (e.code) {\n    case 'ResourceNotFound.Room':\n      console.info('no room', e);\n      break;\n    case 'InternalError':\n    case 'FailedOperation':\n      console.error('describe failed', e);\n      break;\n  }\n});",
      errors: [{ messageId: 'defaultFallsThrough', data: data(), line: 4, column: 11, endColumn: 17, suggestions: [] }],
    },
    {
      name: "the same in an Express handler, on a chain nobody awaits: the suggestion hands the rest to next, as a rethrow would reach nothing",
      code: SDK + "export function route(req: any, res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }).then((room) => res.json(room)).catch((e) => {\n    switch (e.code) {\n      case 'ResourceNotFound.Room':\n        return res.status(404).end();\n      case 'InternalError':\n      case 'FailedOperation':\n        return res.status(502).end();\n    }\n  });\n}",
      errors: [
        {
          messageId: 'defaultFallsThrough',
          data: data(),
          line: 5,
          column: 13,
          endColumn: 19,
          suggestions: [{ messageId: 'handTheRestToNext', data: { name: 'e', next: 'next' }, output: SDK + "export function route(req: any, res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }).then((room) => res.json(room)).catch((e) => {\n    switch (e.code) {\n      case 'ResourceNotFound.Room':\n        return res.status(404).end();\n      case 'InternalError':\n      case 'FailedOperation':\n        return res.status(502).end();\n      default:\n        return next(e);\n    }\n  });\n}" }],
        },
      ],
    },
    {
      name: 'the same with an if chain that ends the handler: the suggestion adds a final else',
      code: SDK + "async function f() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n  } catch (e: any) {\n    if (e.code === 'ResourceNotFound.Room') {\n      console.info('gone', e);\n    } else if (e.code === 'InternalError' || e.code === 'FailedOperation') {\n      console.error('failed', e);\n    }\n  }\n}",
      errors: [
        {
          messageId: 'defaultFallsThrough',
          data: data(),
          line: 7,
          column: 9,
          endColumn: 43,
          suggestions: [{ messageId: 'rethrowTheRest', data: { name: 'e' }, output: SDK + "async function f() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n  } catch (e: any) {\n    if (e.code === 'ResourceNotFound.Room') {\n      console.info('gone', e);\n    } else if (e.code === 'InternalError' || e.code === 'FailedOperation') {\n      console.error('failed', e);\n    } else {\n      throw e;\n    }\n  }\n}" }],
        },
      ],
    },
    {
      name: 'a long answer is named by its callee, not cut inside its string',
      code: SDK + "declare const res: { status(code: number): { json(body: unknown): unknown } };\nclient.GetRooms({}).catch((e) => {\n  if (e.code === 'InternalError') throw e;\n  return res.status(500).json({ error: 'internal error, please retry later' });\n});",
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'GetRooms', answer: 'res.status(500).json(...)' }, line: 6, column: 10 }],
    },
    {
      // Its neighbour, `notify(e.message); return null;`, tells someone of the failure: preserve-request-id's case.
      name: 'only the message looked at, by a call whose value is used: the error and its RequestId are dropped',
      code: SDK + 'declare function isKnown(text: string): boolean;\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { const known = isKnown(e.message); return known ? null : undefined; });',
      errors: [{ messageId: 'unusedError', data: { ...data(), name: 'e' }, line: 4, column: 43, endColumn: 44 }],
    },
    {
      name: 'a default that answers success, while other branches read the code',
      code: SDK + "client.GetRooms({}).catch((e) => {\n  switch (e.code) {\n    case 'InternalError':\n      throw e;\n    default:\n      return { Total: 0, Rooms: [] };\n  }\n});",
      errors: [{ messageId: 'defaultAnswersSuccess', data: { ...data('GetRooms'), answer: '{ Total: 0, Rooms: [] }' }, line: 8, column: 14, endColumn: 37 }],
    },
    {
      name: 'through a retry wrapper that rethrows what it does not retry: the catch around the wrapper is the handler',
      code:
        SDK +
        'async function withRetry<T>(task: () => Promise<T>): Promise<T> {\n  for (let attempt = 1; ; attempt++) {\n    try {\n      return await task();\n    } catch (e: any) {\n      if (attempt >= 3) throw e;\n    }\n  }\n}\nexport async function book() {\n  try {\n    return await withRetry(() => client.CreateRoom({} as never));\n  } catch (e: any) {\n    if (e.code === \'InvalidParameter.StartTime\') return null;\n    return null;\n  }\n}',
      errors: [{ messageId: 'defaultAnswersSuccess', data: { ...data('CreateRoom'), answer: 'null' }, line: 17, column: 12, endColumn: 16 }],
    },
    {
      name: "a floating promise chain in an Express-style handler: the suggestion hands failures to next",
      code: SDK + 'export function show(res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }).then((room) => res.json(room));\n}',
      errors: [
        {
          messageId: 'floatingCall',
          data: data(),
          line: 4,
          column: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'catchWithNext',
              data: { name: 'next' },
              output: SDK + 'export function show(res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }).then((room) => res.json(room)).catch(next);\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'a call made and forgotten, behind void: no next to hand it to, no suggestion',
      code: SDK + 'export function end() {\n  void client.EndRoom({ RoomId: 1 });\n}',
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 8, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'Promise.all passes the first failure on, to the catch around it',
      code: SDK + "export async function f() {\n  try {\n    return await Promise.all([client.DescribeRoom({ RoomId: 1 })]);\n  } catch (e: any) {\n    if (e.code === 'ResourceNotFound.Room') return [];\n    return [];\n  }\n}",
      errors: [{ messageId: 'defaultAnswersSuccess', data: { ...data(), answer: '[]' }, line: 8, column: 12, endColumn: 14 }],
    },
    {
      name: 'an empty catch clause, promise form',
      code: SDK + 'async function f() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n  } catch (e) {}\n}',
      errors: [{ messageId: 'emptyHandler', data: data(), line: 6, column: 5, endLine: 6, endColumn: 10 }],
    },
    {
      name: 'an empty catch around a helper that returns withTimeout(call, ms): the call\'s failure reaches it',
      code:
        SDK +
        'declare function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T>;\nconst describeRaced = (roomId: number) => withTimeout(client.DescribeRoom({ RoomId: roomId }), 5000);\nexport async function show(roomId: number) {\n  try {\n    return await describeRaced(roomId);\n  } catch (e) {}\n}',
      errors: [{ messageId: 'emptyHandler', data: data(), line: 8, column: 5, endLine: 8, endColumn: 10 }],
    },
    {
      name: 'the catch hands over to a function written inside it, which answers the codes it does not name with an empty list',
      code:
        SDK +
        "export async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    const handle = () => {\n      if (err.code === 'ResourceNotFound.Room') return null;\n      return [];\n    };\n    return handle();\n  }\n}",
      errors: [{ messageId: 'defaultAnswersSuccess', data: { ...data(), answer: 'handle()' }, line: 9, column: 12, endColumn: 20 }],
    },
    {
      name: 'an empty catch around a helper that awaits Promise.all over mapped calls: their failures reach it',
      code:
        SDK +
        'async function endAll(ids: number[]) {\n  await Promise.all(ids.map((id) => client.EndRoom({ RoomId: id })));\n}\nexport async function close(ids: number[]) {\n  try {\n    await endAll(ids);\n  } catch (e) {}\n}',
      errors: [{ messageId: 'emptyHandler', data: data('EndRoom'), line: 9, column: 5, endLine: 9, endColumn: 10 }],
    },
    {
      name: 'a .catch without a parameter',
      code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch(() => null);',
      errors: [{ messageId: 'noErrorParameter', data: data(), line: 3, column: 42, endColumn: 47 }],
    },
    {
      name: 'the client a class keeps, taken out of `this` by destructuring',
      code:
        SDK +
        'export class Rooms {\n  constructor(private readonly lcic = client) {}\n  describe(id: number) {\n    const { lcic } = this;\n    return lcic.DescribeRoom({ RoomId: id }).catch(() => null);\n  }\n}',
      errors: [{ messageId: 'noErrorParameter', data: data(), line: 7, column: 52, endColumn: 57 }],
    },
    {
      name: 'a class given its client through an untyped parameter property, made here with the client: its method is the call',
      code: SDK + 'class Rooms {\n  constructor(private readonly lcic: any) {}\n  describe(id: number) { return this.lcic.DescribeRoom({ RoomId: id }); }\n}\nconst rooms = new Rooms(client);\nexport const describe = (id: number) => rooms.describe(id).catch(() => null);',
      errors: [{ messageId: 'noErrorParameter', data: data(), line: 8, column: 66, endColumn: 71 }],
    },
    {
      name: 'an unused error in .then(ok, onRejected), CommonClient',
      code: COMMON + "common.request('GetRooms', {}).then((r) => r, (error) => { console.log('could not list rooms'); return []; });",
      errors: [{ messageId: 'unusedError', data: { ...data('GetRooms'), name: 'error' }, line: 3, column: 48, endColumn: 53 }],
    },
    {
      name: 'success answered for a failure, in a catch clause around two calls',
      code: SDK + 'async function f() {\n  try {\n    await client.StartRoom({ RoomId: 1 });\n    await client.EndRoom({ RoomId: 1 });\n  } catch (e) {\n    return { success: true };\n  }\n}',
      errors: [{ messageId: 'successAfterFailure', data: data('StartRoom and EndRoom'), line: 8, column: 12, endColumn: 29 }],
    },
    {
      name: 'raw fetch: a network failure caught and dropped',
      code: "fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'GetRooms' } }).catch((networkError) => []);",
      errors: [{ messageId: 'unusedError', data: { ...data('GetRooms'), name: 'networkError' }, line: 1, column: 94, endColumn: 106 }],
    },
    {
      name: 'an arrow that answers true',
      code: SDK + 'client.DeleteRoom({ RoomId: 1 }).catch(() => true);',
      errors: [{ messageId: 'successAfterFailure', data: data('DeleteRoom'), line: 3, column: 46 }],
    },
    {
      name: 'an international callback that checks the error and drops it',
      code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n  if (err) {\n    return;\n  }\n  console.log(res);\n});',
      errors: [{ messageId: 'unusedError', data: { ...data(), name: 'err' }, line: 2, column: 35, endColumn: 43 }],
    },
    {
      name: 'a China SDK callback with an empty error branch',
      code: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n  if (err) {}\n  else console.log(res);\n}).catch(() => undefined);',
      errors: [{ messageId: 'emptyHandler', data: data(), line: 4, column: 12, endColumn: 13 }],
    },
  ],
});

ruleTester.run('no-swallowed-error on raw bodies: Response.Error looked at, then dropped', rule, {
  valid: [
    { name: 'the error thrown with its code and RequestId', code: RAW_EVENTS("  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId });") },
    { name: 'one code answered, the rest thrown: a decision about that code', code: RAW_EVENTS("  if (body.Response.Error?.Code === 'ResourceNotFound.Room') return [];\n  if (body.Response.Error) throw new Error(body.Response.Error.Code + ' ' + body.Response.RequestId);") },
    { name: 'the error logged (without its RequestId: preserve-request-id has the say there), then answered', code: RAW_EVENTS("  if (body.Response.Error) {\n    console.warn('events failed', body.Response.Error.Message);\n    return [];\n  }") },
    { name: 'the error given back to the caller in a Result', code: RAW_EVENTS("  if (body.Response.Error) return { ok: false, code: body.Response.Error.Code, requestId: body.Response.RequestId };") },
    {
      name: 'the error answered by its message, then a bare return (preserve-request-id has the say on the RequestId)',
      code: "export async function events(res: any, id: number): Promise<void> {\n  const r = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'GetRoomEvent' }, body: JSON.stringify({ RoomId: id }) });\n  const { Response } = await r.json();\n  if (Response.Error) {\n    res.status(502).json({ error: Response.Error.Message });\n    return;\n  }\n  res.json(Response.Events);\n}",
    },
    { name: 'never looked at: check-response-error reports the use instead', code: RAW_EVENTS('') },
    {
      name: "a helper's Result checked by ok, its failure answered with the Result's code and requestId",
      code: RESULT_HELPER + "\nexport async function GET() {\n  const result = await lcicResult('DescribeRoom', { RoomId: 1 });\n  if (!result.ok) return Response.json({ error: result.code, requestId: result.requestId }, { status: 502 });\n  return Response.json({ name: result.data.Name });\n}",
    },
  ],
  invalid: [
    {
      name: "a helper's Result checked by ok, its failure answered without its requestId",
      code: RESULT_HELPER + "\nexport async function GET() {\n  const result = await lcicResult('DescribeRoom', { RoomId: 1 });\n  if (!result.ok) return Response.json({ error: 'failed' }, { status: 502 });\n  return Response.json({ name: result.data.Name });\n}",
      errors: [{ messageId: 'checkedThenDropped', data: { actions: 'DescribeRoom', answer: 'Response.json(...)' }, line: 12, column: 26, endColumn: 77 }],
    },
    {
      name: 'an empty list answered whenever Response.Error is set',
      code: RAW_EVENTS('  if (body.Response.Error) return [];'),
      errors: [{ messageId: 'checkedThenDropped', data: { actions: 'GetRoomEvent', answer: '[]' }, line: 4, column: 35, endColumn: 37 }],
    },
    {
      name: 'a bare return, through a destructured Response',
      code: "export async function end(id: number): Promise<void> {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' }, body: JSON.stringify({ RoomId: id }) });\n  const { Response } = await res.json();\n  if (Response.Error) {\n    return;\n  }\n}",
      errors: [{ messageId: 'checkedThenDropped', data: { actions: 'EndRoom', answer: 'undefined' }, line: 5, column: 5, endColumn: 12 }],
    },
    {
      name: 'success answered to a failure',
      code: "export async function end(id: number): Promise<{ ok: boolean }> {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' }, body: JSON.stringify({ RoomId: id }) });\n  const body = await res.json();\n  if (body.Response.Error) return { ok: true };\n  return { ok: true };\n}",
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 4, column: 35, endColumn: 47 }],
    },
  ],
});

ruleTester.run('no-swallowed-error: a call whose failure leaves a callback that an emitter or a timer calls', rule, {
  valid: [
    {
      name: 'a constructor function that fills its own client field with a look-alike: its prototype methods are not LCIC calls',
      code: "class Repo { async DescribeRoom(_: unknown) { return 1; } }\nfunction Svc(this: any) { this.client = new Repo(); }\nSvc.prototype.get = async function (this: any) { try { return await this.client.DescribeRoom(1); } catch (e) { return null; } };",
    },
    {
      name: 'a class that fills its own client field with something the code cannot see: not taken for an LCIC client by its name',
      code: "declare function makeHttp(): any;\nexport class RoomsCache {\n  private client = makeHttp();\n  async room(id: number) {\n    try { return await this.client.DescribeRoom(id); } catch { return null; }\n  }\n}",
    },
    {
      name: 'the listener catches the failure itself',
      code: SDK + "import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\nbus.on('over', async (id: number) => {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    console.error(err);\n  }\n});",
    },
    { name: 'an async mapper whose promises Promise.all hands on: the caller gets the failure', code: SDK + 'export const endAll = (ids: number[]) => Promise.all(ids.map(async (id) => { await client.EndRoom({ RoomId: id }); }));' },
    { name: 'a callback of a function of the project, which may await what it gets', code: SDK + 'declare function later(task: () => Promise<unknown>): void;\nlater(async () => { await client.EndRoom({ RoomId: 1 }); });' },
    {
      name: 'a function given by name to a mapper whose promises Promise.all hands on, and awaited where it is called',
      code: SDK + 'async function endOne(id: number) {\n  await client.EndRoom({ RoomId: id });\n}\nexport const endAll = (ids: number[]) => Promise.all(ids.map(endOne));\nexport const endFirst = async (ids: number[]) => { await endOne(ids[0] ?? 0); };',
    },
  ],
  invalid: [
    {
      name: 'a constructor function given its client by whoever makes it: the prototype method is taken for a call by its names',
      code: "function Svc(this: any, client: any) { this.client = client; }\nSvc.prototype.get = async function (this: any) { try { return await this.client.DescribeRoom({ RoomId: 1 }); } catch (e) { return null; } };",
      errors: [{ messageId: 'unusedError', data: { name: 'e', actions: 'DescribeRoom' }, line: 2, column: 119, endColumn: 120 }],
    },
    {
      name: 'a function given by name to forEach, and another to map as a statement: their promises are dropped',
      code: SDK + 'async function endOne(id: number) {\n  await client.EndRoom({ RoomId: id });\n}\nconst deleteOne = (id: number) => client.DeleteRoom({ RoomId: id });\nexport function endAll(ids: number[]) {\n  ids.forEach(endOne);\n  ids.map(deleteOne);\n}',
      errors: [
        { messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'ids.forEach()' }, line: 4, column: 9, endColumn: 39 },
        { messageId: 'droppedWithArray', data: { actions: 'DeleteRoom', registrar: 'ids.map()' }, line: 6, column: 35, endColumn: 68 },
      ],
    },
    {
      name: 'a chain written over several lines is quoted on one line',
      code: SDK + "export function endAll(ids: string) {\n  ids\n    .split(',')\n    .forEach(async (id) => {\n      await client.EndRoom({ RoomId: Number(id) });\n    });\n}",
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: "ids.split(',').forEach()" }, line: 7, column: 13, endColumn: 51 }],
    },
    {
      name: 'an async callback given to forEach, and calls mapped into an array that is dropped',
      code: SDK + 'export function endAll(ids: number[]) {\n  ids.forEach(async (id) => {\n    await client.EndRoom({ RoomId: id });\n  });\n  ids.map((id) => client.DeleteRoom({ RoomId: id }));\n}',
      errors: [
        { messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'ids.forEach()' }, line: 5, column: 11, endColumn: 41 },
        { messageId: 'droppedWithArray', data: { actions: 'DeleteRoom', registrar: 'ids.map()' }, line: 7, column: 19, endColumn: 52 },
      ],
    },
    {
      name: 'an async listener that awaits the call, and a timer callback that returns it',
      code: SDK + "import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\nbus.on('over', async (id: number) => {\n  await client.EndRoom({ RoomId: id });\n});\nsetTimeout(() => client.DeleteRoom({ RoomId: 1 }), 1000);",
      errors: [
        { messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'bus.on()' }, line: 6, column: 9, endColumn: 39 },
        { messageId: 'droppedByCaller', data: { actions: 'DeleteRoom', registrar: 'setTimeout()' }, line: 8, column: 18, endColumn: 50 },
      ],
    },
  ],
});

/** Real files of the multi-module service: the calls go through a client module and a wrapper class. */
const statistics = serviceFile('src/statistics.ts');
const serviceCases = {
  valid: [{ name: 'handlers that rethrow or keep the error, calling a client imported through an index', ...serviceFile('src/recordings.ts') }],
  invalid: [
    {
      name: 'a default that answers an empty list, on a client imported from another module',
      ...serviceFile('src/rooms.ts'),
      errors: [{ messageId: 'defaultAnswersSuccess' as const, data: { actions: 'GetRooms', answer: '[]' }, line: 93, column: 16, endColumn: 18 }],
    },
    {
      name: 'a wrapper method imported through a paths alias, its failure caught and dropped',
      ...serviceFile('src/schedule.ts'),
      errors: [{ messageId: 'noErrorParameter' as const, data: { actions: 'EndRoom' }, line: 95, column: 47, endColumn: 52 }],
    },
    {
      name: 'a signing helper that throws its own error with the code: codes no case takes end as null',
      ...statistics,
      errors: [{ messageId: 'defaultAnswersSuccess' as const, data: { actions: 'DescribeRoomStatistics', answer: 'null' }, line: 33, column: 12, endColumn: 16 }],
    },
  ],
};
ruleTester.run('no-swallowed-error on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('no-swallowed-error on the multi-module service, with type information', rule, serviceCases);

/**
 * Factories that return an object of methods over the client (test/fixtures/factory): a method's
 * call is the LCIC call it returns, whether the factory uses the shared client or one it is given.
 * The stand-in factory's methods call nothing, and its caller's quiet handler is no report.
 */
/** A client decorated onto a Fastify instance elsewhere, of the SDK the service's package.json names (test/fixtures/decorated-client). */
ruleTester.run("no-swallowed-error on a client known by its name, of the SDK the project's package.json names", rule, {
  valid: [{ ...fixtureFile('decorated-client', 'international/routes.ts'), name: "the international SDK's call returns no promise to lose" }],
  invalid: [
    {
      ...fixtureFile('decorated-client', 'china/routes.ts'),
      name: "the China SDK's call, neither awaited nor caught",
      errors: [{ messageId: 'floatingCall', data: { actions: 'EndRoom' }, line: 11, column: 5, endColumn: 40 }],
    },
  ],
});

const factoryLessons = fixtureFile('factory', 'lessons.ts');
const factoryCases = {
  valid: [],
  invalid: [
    {
      name: 'methods of objects that project factories return',
      ...factoryLessons,
      errors: [
        { messageId: 'unusedError' as const, data: { name: 'err', actions: 'CreateRoom' }, line: 11, column: 12, endColumn: 15 },
        { messageId: 'floatingCall' as const, data: data('EndRoom'), line: 17, column: 3, endColumn: 22, suggestions: [] },
        { messageId: 'unusedError' as const, data: { name: 'err', actions: 'DescribeCurrentMemberList' }, line: 24, column: 12, endColumn: 15 },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on the methods of a factory-made object, in another module', rule, factoryCases);
const factoryTypedRuleTester = fixtureTypedRuleTester('factory');
factoryTypedRuleTester.run('no-swallowed-error on the methods of a factory-made object, with type information', rule, factoryCases);

/** A class given its client by whoever makes it (here, another module): its own handlers are read, its client taken by name. */
const injectedService = (() => {
  const filename = fileURLToPath(new URL('../fixtures/injected/room-service.js', import.meta.url));
  return { filename, code: readFileSync(filename, 'utf8') };
})();
ruleTester.run('no-swallowed-error in a class given its client through the constructor, in its own module', rule, {
  valid: [],
  invalid: [
    {
      name: 'this.client named like a client: a default that answers an empty list',
      ...injectedService,
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'DescribeCurrentMemberList', answer: '[]' }, line: 22, column: 18, endColumn: 20 }],
    },
  ],
});

/**
 * A subclass whose base class, in another module, keeps the client its constructor is given
 * (test/fixtures/inherited/jobs.ts): made with the client, both its own method and the inherited
 * one are LCIC calls to their callers; made with a stand-in object, neither is.
 */
const inheritedJobs = fixtureFile('inherited', 'jobs.ts');
const inheritedJobsCases = {
  valid: [],
  invalid: [
    {
      name: "a subclass instance made with the client: its method, and the one it inherits, reach the base class's field",
      ...inheritedJobs,
      errors: [
        { messageId: 'noErrorParameter' as const, data: data('DeleteRoom'), line: 7, column: 69, endColumn: 74 },
        { messageId: 'noErrorParameter' as const, data: data('DeleteRoom'), line: 8, column: 73, endColumn: 78 },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on a subclass whose base class keeps the client it is given, in another module', rule, inheritedJobsCases);
fixtureTypedRuleTester('inherited').run('no-swallowed-error on a subclass whose base class keeps the client it is given, with type information', rule, inheritedJobsCases);

/**
 * Rejection handlers shared from another module (test/fixtures/shared-handlers): one that drops
 * the failure is reported where each call names it; one that rethrows is not.
 */
const sharedHandlerRooms = fixtureFile('shared-handlers', 'rooms.ts');
const sharedHandlerCases = {
  valid: [],
  invalid: [
    {
      name: 'a handler of another module that drops the failure, given by name to .catch and to .then (one that logs what it is given is left alone)',
      ...sharedHandlerRooms,
      errors: [
        { messageId: 'foreignHandlerDrops' as const, data: data('EndRoom'), line: 6, column: 85, endColumn: 89 },
        { messageId: 'foreignHandlerDrops' as const, data: data('StartRoom'), line: 7, column: 100, endColumn: 104 },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on handlers shared from another module', rule, sharedHandlerCases);
fixtureTypedRuleTester('shared-handlers').run('no-swallowed-error on handlers shared from another module, with type information', rule, sharedHandlerCases);

ruleTester.run('no-swallowed-error on an app importing its workspace package by name', rule, {
  valid: [],
  invalid: [
    {
      name: "a method of the package's wrapper class called as a statement: its promise is left floating",
      ...workspaceFile('apps/worker/jobs.ts'),
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 7, column: 3, endColumn: 20, suggestions: [] }],
    },
  ],
});

/**
 * A service on RxJS (test/fixtures/rxjs): \`from(call)\` and \`defer(() => call)\` make Observables that
 * fail as the call does; \`catchError\` and \`subscribe\`'s error callback are their handlers, and
 * \`retry({ delay })\` is given each failure. \`throwError(() => err)\` passes the failure on.
 */
const rxjsService = fixtureFile('rxjs', 'room-stream.service.ts');
const rxjsCases = {
  valid: [],
  invalid: [
    {
      name: 'catchError(() => of([])) drops the failure, also on a forkJoin of calls; subscribe without an error callback lets it out',
      ...rxjsService,
      errors: [
        { messageId: 'noErrorParameter' as const, data: data('DescribeCurrentMemberList'), line: 28, column: 18, endColumn: 23, suggestions: [] },
        { messageId: 'subscribedWithoutError' as const, data: data('EndRoom'), line: 33, column: 5, endColumn: 99, suggestions: [] },
        // A catchError on the forkJoin of two calls drops both.
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom and DescribeCurrentMemberList'), line: 66, column: 24, endColumn: 29, suggestions: [] },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on an RxJS service', rule, rxjsCases);
fixtureTypedRuleTester('rxjs').run('no-swallowed-error on an RxJS service, with type information', rule, rxjsCases);

/** `.catch(_.noop)`: lodash's function that does nothing drops every failure, read or not. */
ruleTester.run('no-swallowed-error on lodash noop as the handler', rule, {
  valid: [
    { name: "a project's noop of another module is not read, so not judged", code: `import { noop } from './util';\n${SDK}client.EndRoom({ RoomId: 1 }).catch(noop);\n` },
    { name: "lodash's other functions are not judged", code: `import _ from 'lodash';\n${SDK}client.EndRoom({ RoomId: 1 }).catch(_.identity);\n` },
  ],
  invalid: [
    {
      name: '_.noop',
      code: `import _ from 'lodash';\n${SDK}export async function end(id: number) {\n  await client.EndRoom({ RoomId: id }).catch(_.noop);\n}\n`,
      errors: [{ messageId: 'foreignHandlerDrops' as const, data: data('EndRoom'), line: 5, column: 46, endColumn: 52, suggestions: [] }],
    },
    {
      name: "noop from 'lodash-es', as then's second argument",
      code: `import { noop } from 'lodash-es';\n${SDK}client.EndRoom({ RoomId: 1 }).then(() => 1, noop);\n`,
      errors: [{ messageId: 'foreignHandlerDrops' as const, data: data('EndRoom'), line: 4, column: 45, endColumn: 49, suggestions: [] }],
    },
  ],
});

/** A message kept in a name of the handler and answered: told (preserve-request-id's to judge), not dropped. */
ruleTester.run('no-swallowed-error on a message answered by a name of its own', rule, {
  valid: [
    {
      name: 'const message = err.message, then answered',
      code: `${SDK}export async function GET(id: number) {\n  try {\n    return Response.json(await client.DescribeRoom({ RoomId: id }));\n  } catch (err: any) {\n    const message = err.message;\n    return Response.json({ message }, { status: 502 });\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'a name holding a question about the message answers nothing of the failure',
      code: `${SDK}export async function GET(id: number) {\n  try {\n    return Response.json(await client.DescribeRoom({ RoomId: id }));\n  } catch (err: any) {\n    const timedOut = ['timeout'].includes(err.message);\n    return Response.json({ timedOut }, { status: 502 });\n  }\n}\n`,
      errors: [{ messageId: 'unusedError' as const, data: { name: 'err', actions: 'DescribeRoom' }, line: 6, column: 12, endColumn: 20, suggestions: [] }],
    },
  ],
});

/** An answer returned from an SDK callback tells the failure (preserve-request-id judges what it carries): not dropped. */
ruleTester.run('no-swallowed-error on an answer returned from a callback', rule, {
  valid: [{ name: 'if (err) return res.status(500).send(err.message)', code: `${INTL}export function show(req: any, res: any) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, data: any) => {\n    if (err) return res.status(500).send(err.message);\n    res.json(data);\n  });\n}\n` }],
  invalid: [
    {
      name: 'if (err) return res.status(500).send("failed"): the error itself goes nowhere',
      code: `${INTL}export function show(req: any, res: any) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, data: any) => {\n    if (err) return res.status(500).send('failed');\n    res.json(data);\n  });\n}\n`,
      errors: [{ messageId: 'unusedError' as const, data: { name: 'err', actions: 'DescribeRoom' }, line: 3, column: 37, endColumn: 45, suggestions: [] }],
    },
  ],
});

/** A test asserting on the failure (`expect(e.code).toBe(...)`): the assertion is what becomes of it. */
const assertingTest = (body: string) => `${SDK}declare const expect: any;\nexport async function testDescribe() {\n  try {\n    await client.DescribeRoom({ RoomId: 7 });\n  } catch (e: any) {\n${body}\n  }\n}\n`;
ruleTester.run('no-swallowed-error on tests asserting on the failure', rule, {
  valid: [
    { name: 'expect(e.code).toBe(...)', code: assertingTest("    expect(e.code).toBe('ResourceNotFound.Room');") },
    { name: 'assert.equal(e.code, ...)', code: assertingTest("    assert.equal(e.code, 'ResourceNotFound.Room');").replace('declare const expect: any;', "import assert from 'node:assert';") },
    { name: 'in a .catch', code: `${SDK}declare const expect: any;\nexport const t = () => client.EndRoom({ RoomId: 2 }).catch((err) => {\n  expect(err.code).toBe('FailedOperation.RoomNotEnd');\n});\n` },
  ],
  invalid: [
    {
      name: 'an assertion about something else leaves the failure dropped',
      code: assertingTest('    expect(true).toBe(true);'),
      errors: [{ messageId: 'unusedError' as const, data: { name: 'e', actions: 'DescribeRoom' }, line: 7, column: 12, endColumn: 18, suggestions: [] }],
    },
  ],
});

/**
 * A gateway taken out of a hand-written container (test/fixtures/di-container): the value says
 * nothing, the declared type does (an annotation, a type argument of a generic look-up, `as`, a field's type).
 */
const diRooms = fixtureFile('di-container', 'rooms.ts');
const diCases = {
  valid: [],
  invalid: [
    {
      name: 'an annotated const, resolve<T>(), as T, and a typed field',
      ...diRooms,
      errors: [
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom'), line: 7, column: 42, endColumn: 47, suggestions: [] },
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom'), line: 12, column: 42, endColumn: 47, suggestions: [] },
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom'), line: 16, column: 69, endColumn: 74, suggestions: [] },
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom'), line: 23, column: 49, endColumn: 54, suggestions: [] },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on a gateway taken from a container', rule, diCases);
fixtureTypedRuleTester('di-container').run('no-swallowed-error on a gateway taken from a container, with type information', rule, diCases);

/** Bottleneck's `schedule(options, task)` and p-queue's `add(task)` settle as their task does (test/fixtures/task-libraries). */
ruleTester.run('no-swallowed-error on calls run by task libraries', rule, {
  valid: [],
  invalid: [
    {
      ...fixtureFile('task-libraries', 'jobs.ts'),
      errors: [
        { messageId: 'noErrorParameter' as const, data: data('EndRoom'), line: 21, column: 87, endColumn: 92, suggestions: [] },
        { messageId: 'floatingCall' as const, data: data('StartRoom'), line: 24, column: 3, endColumn: 61, suggestions: [] },
      ],
    },
  ],
});

/** A client kept on globalThis (`globalForLcic.lcic ?? new Client(...)`, `cache.x || (cache.x = new Client(...))`): test/fixtures/global-singleton. */
const singletonCases = {
  valid: [],
  invalid: [
    {
      ...fixtureFile('global-singleton', 'rooms.ts'),
      errors: [
        { messageId: 'noErrorParameter' as const, data: data('DescribeRoom'), line: 4, column: 50, endColumn: 55, suggestions: [] },
        { messageId: 'noErrorParameter' as const, data: data('EndRoom'), line: 8, column: 46, endColumn: 51, suggestions: [] },
      ],
    },
  ],
};
ruleTester.run('no-swallowed-error on a client kept on globalThis', rule, singletonCases);
fixtureTypedRuleTester('global-singleton').run('no-swallowed-error on a client kept on globalThis, with type information', rule, singletonCases);

/** TypeScript's `this` parameter is no argument: the error is the parameter after it. */
ruleTester.run('no-swallowed-error on a handler declaring this', rule, {
  valid: [{ name: 'the error after this, handed on', code: `${SDK}export const a = () => client.DescribeRoom({ RoomId: 1 }).catch(function (this: unknown, e: unknown) {\n  throw e;\n});\n` }],
  invalid: [
    {
      name: 'the error after this, dropped: reported on it, not on this',
      code: `${SDK}export const a = () => client.DescribeRoom({ RoomId: 1 }).catch(function (this: unknown, e: unknown) {\n  console.log('failed');\n  return null;\n});\n`,
      errors: [{ messageId: 'unusedError' as const, data: { name: 'e', actions: 'DescribeRoom' }, line: 3, column: 90, endColumn: 100, suggestions: [] }],
    },
  ],
});

/**
 * A helper of the project with an optional callback (`callLcic(action, payload, cb)`): given one,
 * it hands its failures there and returns nothing to catch; given none, it returns the promise.
 */
const optionalCallbackHelper = (calls: string) =>
  [
    SDK,
    'function callLcic(action: string, payload: object, cb?: (err: any, res?: any) => void) {',
    '  const p = client.request(action, payload);',
    '  if (!cb) return p;',
    '  p.then((res: any) => cb(null, res), cb);',
    '  return undefined;',
    '}',
    'export function route(req: any, res: any, next: (err: unknown) => void) {',
    calls,
    '}',
  ].join('\n');
ruleTester.run('no-swallowed-error on a helper given a callback for its failures', rule, {
  valid: [{ name: 'given a callback: nothing floats', code: optionalCallbackHelper("  callLcic('EndRoom', { RoomId: 1 }, (err: any) => (err ? next(err) : res.end()));") }],
  invalid: [
    {
      name: 'given none: the promise floats',
      code: optionalCallbackHelper("  callLcic('EndRoom', { RoomId: 1 });"),
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 11, column: 3, endColumn: 37, suggestions: [{ messageId: 'catchWithNext', output: optionalCallbackHelper("  callLcic('EndRoom', { RoomId: 1 }).catch(next);") }] }],
    },
  ],
});

/**
 * An Express handler whose chain ends in a `.catch` that passes some failures on (`handler`), as a
 * statement: what the `.catch` throws reaches nothing.
 */
const droppedChain = (handler: string, end = ';') =>
  [
    SDK,
    'export function route(req: any, res: any, next: (err: unknown) => void) {',
    '  client',
    '    .EndRoom({ RoomId: 1 })',
    `    .then(() => res.status(204).end())${handler}${end}`,
    '}',
  ].join('\n');
const RETHROWS = ".catch((err: any) => {\n      if (err.code === 'FailedOperation.ClassEnded') return res.status(204).end();\n      throw err;\n    })";
ruleTester.run('no-swallowed-error on a handler rethrowing into a dropped chain', rule, {
  valid: [
    { name: 'the handler answers every failure', code: droppedChain(".catch((err: any) => res.status(502).json({ code: err.code, requestId: err.requestId }))") },
    { name: 'the chain is returned', code: droppedChain(RETHROWS).replace('  client\n', '  return client\n') },
    { name: 'the chain is caught again', code: droppedChain(RETHROWS, '\n    .catch(next);') },
  ],
  invalid: [
    {
      name: 'the handler rethrows some failures, and nothing takes them',
      code: droppedChain(RETHROWS),
      errors: [{ messageId: 'rethrownIntoNothing', data: data('EndRoom'), line: 5, column: 3, endLine: 10, endColumn: 7, suggestions: [{ messageId: 'catchWithNext', data: { name: 'next' }, output: droppedChain(RETHROWS, '.catch(next);') }] }],
    },
  ],
});

/** Koa's (and Egg's) middleware `(ctx, next)`: its `next` runs the next middleware, so no `.catch(next)` is offered. */
const koaMiddleware = (params: string) => `${SDK}export async function end(${params}) {\n  client.EndRoom({ RoomId: 1 }).then(() => next());\n}`;
ruleTester.run('no-swallowed-error in Koa middleware', rule, {
  valid: [],
  invalid: [
    { name: '(ctx, next): no suggestion', code: koaMiddleware('ctx: any, next: () => Promise<void>'), errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 3, endColumn: 51, suggestions: [] }] },
    {
      name: '(req, res, next): the failure handed to next',
      code: koaMiddleware('req: any, res: any, next: (err?: unknown) => void'),
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 4, column: 3, endColumn: 51, suggestions: [{ messageId: 'catchWithNext', data: { name: 'next' }, output: koaMiddleware('req: any, res: any, next: (err?: unknown) => void').replace('next());', 'next()).catch(next);') }] }],
    },
  ],
});

/** A destructured catch parameter whose switch names every listed code (line 6): the unlisted ones fall off its end. */
const destructuredSwitch = (param: string, start = '', end = '') =>
  `${SDK}export async function findUser(id: string) {\n  try { return await client.DescribeUser({ UserId: id }); }\n  catch (${param}) {${start}\n    switch (code) {\n      case 'ResourceNotFound.User':\n        return null;\n      case 'InternalError':\n        return undefined;${end}\n    }\n  }\n}`;
ruleTester.run('no-swallowed-error on a destructured catch parameter', rule, {
  valid: [],
  invalid: [
    {
      name: 'the rethrow suggestion names the error and destructures it in the body',
      code: destructuredSwitch('{ code }: any'),
      errors: [
        {
          messageId: 'defaultFallsThrough',
          data: data('DescribeUser'),
          line: 6,
          column: 13,
          endColumn: 17,
          suggestions: [{ messageId: 'rethrowTheRest', data: { name: 'error' }, output: destructuredSwitch('error: any', '\n    const { code } = error;', '\n      default:\n        throw error;') }],
        },
      ],
    },
  ],
});

/**
 * Handlers that give the error to functions of another module which log it or answer with it by
 * its message (test/fixtures/thrown-errors/told.ts), kept first in a const of their own
 * (`const message = err instanceof Error ? err.message : String(err)`): the failure is told, not
 * dropped, and a default that does so takes what reaches it. (preserve-request-id reports the
 * RequestId each loses.)
 */
ruleTester.run('no-swallowed-error on functions of another module that log or answer with the message', rule, {
  valid: [{ name: 'told by their message, in a catch and in a default', ...fixtureFile('thrown-errors', 'told.ts') }],
  invalid: [],
});

/**
 * `next(createError(...))`, `reject(createError(...))` (test/fixtures/thrown-errors/handed.ts): a
 * new error goes on in the failure's place, as a thrown one does; nothing is dropped (preserve-request-id
 * reports the RequestId each loses).
 */
ruleTester.run('no-swallowed-error on new errors handed to next() and reject()', rule, {
  valid: [{ name: 'errors made by a package function, or a mapper of another module, handed on', ...fixtureFile('thrown-errors', 'handed.ts') }],
  invalid: [],
});

/** Separate `if`s on the code, every one leaving: the rest is rethrown after the last of them. */
const separateIfs = (tail: string) =>
  `${SDK}export async function remove(id: number) {\n  try {\n    await client.DeleteRoom({ RoomId: id });\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') return;\n    if (err.code === 'FailedOperation.ClassStarted' || err.code === 'InternalError') throw err;${tail}\n  }\n}`;
ruleTester.run('no-swallowed-error on separate ifs that name every code', rule, {
  valid: [{ name: 'the rest rethrown at the end', code: separateIfs('\n    throw err;') }],
  invalid: [
    {
      name: 'codes nobody named fall off the end: the suggestion rethrows them there',
      code: separateIfs(''),
      errors: [
        {
          messageId: 'defaultFallsThrough',
          data: data('DeleteRoom'),
          line: 7,
          column: 9,
          endColumn: 45,
          suggestions: [{ messageId: 'rethrowTheRest', data: { name: 'err' }, output: separateIfs('\n    throw err;') }],
        },
      ],
    },
  ],
});

/** An AWS Lambda SQS handler reporting a partial batch failure: `list` is what the catch pushes the record to. */
const sqsBatch = (list: string) =>
  `${SDK}export async function handler(event: { Records: { messageId: string; body: string }[] }) {\n  const ${list}: { itemIdentifier: string }[] = [];\n  for (const record of event.Records) {\n    try {\n      await client.DeleteRoom({ RoomId: Number(record.body) });\n    } catch {\n      ${list}.push({ itemIdentifier: record.messageId });\n    }\n  }\n  return { batchItemFailures: ${list} };\n}`;
ruleTester.run('no-swallowed-error on an SQS partial batch failure', rule, {
  valid: [{ name: 'the record handed back to the queue in batchItemFailures, which delivers it again', code: sqsBatch('batchItemFailures') }],
  invalid: [
    {
      name: 'pushed to another list: the failure goes nowhere the code shows',
      code: sqsBatch('skipped'),
      errors: [{ messageId: 'noErrorParameter', data: data('DeleteRoom'), line: 8, column: 7, endColumn: 12 }],
    },
  ],
});

/** A timeout wrapper of the project given the call's promise (`withTimeout(call, ms)`), its own promise caught by `handler`. */
const timed = (handler: string) =>
  `${SDK}function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {\n  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);\n}\nexport async function roomName(id: number) {\n  const room = await withTimeout(client.DescribeRoom({ RoomId: id }), 3000).catch(${handler});\n  return room?.Name;\n}`;
ruleTester.run('no-swallowed-error through a wrapper given the call\'s promise', rule, {
  valid: [{ name: 'the wrapper\'s promise caught by a handler that passes the error on', code: timed('(err) => {\n    throw new Error(\'DescribeRoom failed\', { cause: err });\n  }') }],
  invalid: [
    {
      name: "the wrapper's promise rejects as the call's does: the .catch on it is the call's handler, and drops the failure",
      code: timed('() => null'),
      errors: [{ messageId: 'noErrorParameter', data: data('DescribeRoom'), line: 7, column: 83, endColumn: 88 }],
    },
  ],
});

ruleTester.run('no-swallowed-error on separate ifs followed by a return before the end', rule, {
  valid: [],
  invalid: [
    {
      // Found by the property test: a throw added at the end would never run, so none is offered.
      name: 'the rest leaves by a return before the end of the handler: no rethrow at the end is offered',
      code: separateIfs("\n    return;\n    console.info('not reached');"),
      errors: [{ messageId: 'defaultFallsThrough', data: data('DeleteRoom'), line: 7, column: 9, endColumn: 45, suggestions: [] }],
    },
  ],
});

/**
 * A route's async function handed to a wrapper of the project (`withErrors(async (req, res) => ...)`):
 * the failure leaves the route and reaches the wrapper's `try` around its call of it.
 */
const ROUTE_WRAPPER = `type Route = (id: number) => Promise<void>;
function withErrors(route: Route): Route {
  return async (id) => {
    try {
      await route(id);
    } catch (e) {
      console.info('route failed');
    }
  };
}
`;
ruleTester.run('no-swallowed-error on route wrappers of the project', rule, {
  valid: [
    {
      name: 'a wrapper that hands the failure on (to next, or rethrown) is no handler that drops it',
      code: `${SDK}export const handle = (route: Route) => (id: number, next: (e: unknown) => void) => { route(id).catch(next); };\nexport const rethrowing = (route: Route) => async (id: number) => {\n  try {\n    await route(id);\n  } catch (e) {\n    console.info('failed');\n    throw e;\n  }\n};\ntype Route = (id: number) => Promise<void>;\nexport const end = handle(async (id) => {\n  await client.EndRoom({ RoomId: id });\n});\nexport const start = rethrowing(async (id) => {\n  await client.StartRoom({ RoomId: id });\n});\n`,
    },
    {
      name: 'a retry helper whose catch waits for the codes it retries and rethrows the rest drops nothing',
      code: `${SDK}async function withRetry<T>(task: () => Promise<T>): Promise<T> {\n  for (let attempt = 1; ; attempt++) {\n    try {\n      return await task();\n    } catch (e) {\n      if (attempt >= 3 || (e as { code?: string }).code !== 'InternalError') throw e;\n    }\n  }\n}\nexport const end = (id: number) => withRetry(() => client.EndRoom({ RoomId: id }));\n`,
    },
    {
      name: "a function given to a library's function (a test runner) is not followed into it",
      code: `${SDK}import { test } from 'node:test';\ntest('ends', async () => {\n  await client.EndRoom({ RoomId: 1 });\n});\n`,
    },
  ],
  invalid: [
    {
      name: 'a wrapper whose catch only logs a word: the failures of every route it wraps end there',
      code: `${SDK}${ROUTE_WRAPPER}export const end = withErrors(async (id) => {\n  await client.EndRoom({ RoomId: id });\n});\nexport const start = withErrors((id) => client.StartRoom({ RoomId: id }).then(() => undefined));\n`,
      errors: [{ messageId: 'unusedError', data: { actions: 'EndRoom and StartRoom', name: 'e' }, line: 8, column: 14, endColumn: 15, suggestions: [] }],
    },
  ],
});

/** The same wrappers in a module of their own (test/fixtures/route-wrappers): said where each route is given to the one that drops. */
const routeWrapperCases = {
  valid: [],
  invalid: [
    {
      name: 'a route given to a wrapper of another module whose catch drops the failure (one that logs it whole, one that rethrows, are left alone)',
      ...fixtureFile('route-wrappers', 'routes.ts'),
      errors: [{ messageId: 'foreignHandlerDrops' as const, data: data('EndRoom'), line: 6, column: 24, endColumn: 34, suggestions: [] }],
    },
  ],
};
ruleTester.run('no-swallowed-error on route wrappers of another module', rule, routeWrapperCases);
fixtureTypedRuleTester('route-wrappers').run('no-swallowed-error on route wrappers of another module, with type information', rule, routeWrapperCases);

/** Promise.allSettled never rejects: each failure waits in its results, lost when nothing reads them. */
const SETTLED = `${SDK}export async function endAll(ids: number[]) {
  await Promise.allSettled(ids.map((id) => client.EndRoom({ RoomId: id })));
}
export async function endBoth(a: number, b: number) {
  const results = await Promise.allSettled([client.EndRoom({ RoomId: a }), client.DeleteRoom({ RoomId: b })]);
}
`;
ruleTester.run('no-swallowed-error on results of Promise.allSettled', rule, {
  valid: [
    {
      name: 'results read (what becomes of each is not followed), or returned to the caller',
      code: `${SDK}export async function endAll(ids: number[]) {\n  const results = await Promise.allSettled(ids.map((id) => client.EndRoom({ RoomId: id })));\n  for (const r of results) if (r.status === 'rejected') console.error(r.reason);\n}\nexport const endEach = (ids: number[]) => Promise.allSettled(ids.map(async (id) => { await client.EndRoom({ RoomId: id }); }));\n`,
    },
  ],
  invalid: [
    {
      name: 'awaited as a statement, and kept in a name nothing reads: one report for each Promise.allSettled',
      code: SETTLED,
      errors: [
        { messageId: 'settledUnread', data: data('EndRoom'), line: 4, column: 9, endColumn: 76, suggestions: [] },
        { messageId: 'settledUnread', data: data('EndRoom and DeleteRoom'), line: 7, column: 25, endColumn: 110, suggestions: [] },
      ],
    },
  ],
});

/** A handler of StartRoom that shows `body` in a desktop notification made there. */
const notifying = (body: string) =>
  `${SDK}declare class Notification { constructor(options: { title: string; body: string }); show(): void }\nexport async function start(id: number) {\n  try {\n    await client.StartRoom({ RoomId: id });\n  } catch (err: any) {\n    new Notification({ title: 'Could not start', body: ${body} }).show();\n  }\n}\n`;
ruleTester.run('no-swallowed-error on a message shown in a notification made there', rule, {
  valid: [
    {
      name: "new Notification({ body: err.message }).show(): the failure is told (preserve-request-id's to judge), not dropped",
      code: notifying('err.message'),
    },
  ],
  invalid: [
    {
      name: 'a notification that says nothing of the failure drops it',
      code: notifying("'Try again'"),
      errors: [{ messageId: 'unusedError', data: { actions: 'StartRoom', name: 'err' }, line: 7, column: 12, endColumn: 20, suggestions: [] }],
    },
  ],
});

/** `yield call` in an async generator waits for the promise: its failure is thrown at the yield. */
const watcher = (star: string) =>
  `${SDK}export ${star} {\n  while (true) {\n    try {\n      yield client.DescribeRoom({ RoomId: 1 });\n    } catch (err) {\n      return;\n    }\n  }\n}\n`;
ruleTester.run('no-swallowed-error on a yield in a generator', rule, {
  valid: [{ name: 'a plain generator yields the promise itself: its catch receives no failure of it', code: watcher('function* watchRoom()') }],
  invalid: [
    {
      name: 'an async generator: the catch around the yield receives the failure, and drops it',
      code: watcher('async function* watchRoom()'),
      errors: [{ messageId: 'unusedError', data: { actions: 'DescribeRoom', name: 'err' }, line: 7, column: 14, endColumn: 17, suggestions: [] }],
    },
  ],
});

/** Found by an outside look at an errors-as-values service: what a Result helper, a router of the project and an answer told the request do. */
ruleTester.run('no-swallowed-error on Result helpers and routers of the project', rule, {
  valid: [
    {
      name: "a router class of the project whose method is named on: what it does with the handler is its own code's, not judged by the name",
      code: `${SDK}type Handler = (id: string) => Promise<void>;\nclass Router {\n  private routes: Handler[] = [];\n  on(path: string, handler: Handler): this {\n    this.routes.push(handler);\n    return this;\n  }\n}\nnew Router().on('/rooms/', async (id) => {\n  await client.DeleteRoom({ RoomId: Number(id) });\n});\n`,
    },
    {
      name: 'an emitter listener whose call goes through tryLcic, which never rejects, and checks the Result',
      code: `${SDK}${SDK_RESULT_WRAPPERS}\nimport { EventEmitter } from 'node:events';\nexport const bus = new EventEmitter();\nbus.on('class:over', async (roomId: number) => {\n  const r = await tryLcic(() => client.EndRoom({ RoomId: roomId }));\n  if (!r.ok) console.error('EndRoom failed', r.code, r.requestId);\n});\n`,
    },
    {
      name: "a failed Result answered with its code and requestId by a call made for its effect, then a bare return",
      code: `${SDK}${SDK_RESULT_WRAPPERS}\nexport async function remove(res: { writeHead(s: number): { end(t: string): void } }, id: number): Promise<void> {\n  const r = await tryLcic(() => client.DeleteRoom({ RoomId: id }));\n  if (!r.ok) {\n    res.writeHead(502).end(JSON.stringify({ code: r.code, requestId: r.requestId }));\n    return;\n  }\n  res.writeHead(204).end('');\n}\n`,
    },
    {
      name: "a failed Result answered by assignment with its code and requestId (Oak's ctx.response.body), then a bare return",
      code: `${SDK}${SDK_RESULT_WRAPPERS}\nexport async function remove(ctx: { response: { status: number; body: unknown } }, id: number): Promise<void> {\n  const r = await tryLcic(() => client.DeleteRoom({ RoomId: id }));\n  if (!r.ok) {\n    ctx.response.status = 502;\n    ctx.response.body = { error: r.code, requestId: r.requestId };\n    return;\n  }\n  ctx.response.status = 204;\n}\n`,
    },
  ],
  invalid: [
    {
      name: "Node's EventEmitter on drops what its listener returns",
      code: `${SDK}import { EventEmitter } from 'node:events';\nexport const bus = new EventEmitter();\nbus.on('class:over', async (roomId: number) => {\n  await client.EndRoom({ RoomId: roomId });\n});\n`,
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'bus.on()' }, line: 6, column: 9, endColumn: 43, suggestions: [] }],
    },
    {
      name: 'a failed Result answered without its requestId, then a bare return',
      code: `${SDK}${SDK_RESULT_WRAPPERS}\nexport async function remove(res: { writeHead(s: number): { end(t: string): void } }, id: number): Promise<void> {\n  const r = await tryLcic(() => client.DeleteRoom({ RoomId: id }));\n  if (!r.ok) {\n    res.writeHead(502).end('failed');\n    return;\n  }\n  res.writeHead(204).end('');\n}\n`,
      errors: [{ messageId: 'checkedThenDropped', data: { actions: 'DeleteRoom', answer: 'undefined' }, line: 22, column: 5, endColumn: 12, suggestions: [] }],
    },
    {
      name: 'a failed Result answered by assignment with its code alone, then a bare return',
      code: `${SDK}${SDK_RESULT_WRAPPERS}\nexport async function remove(ctx: { response: { status: number; body: unknown } }, id: number): Promise<void> {\n  const r = await tryLcic(() => client.DeleteRoom({ RoomId: id }));\n  if (!r.ok) {\n    ctx.response.status = 502;\n    ctx.response.body = { error: r.code };\n    return;\n  }\n  ctx.response.status = 204;\n}\n`,
      errors: [{ messageId: 'checkedThenDropped', data: { actions: 'DeleteRoom', answer: 'undefined' }, line: 23, column: 5, endColumn: 12, suggestions: [] }],
    },
  ],
});

/** A p-queue made in a module of the project and imported (test/fixtures/imported-queue): `queue.add(task)` is the task's call. */
ruleTester.run('no-swallowed-error on a task queue imported from another module', rule, {
  valid: [],
  invalid: [
    {
      name: "queue.add(() => call) as a statement drops the task's failure; awaited, it goes to the caller",
      ...fixtureFile('imported-queue', 'jobs.ts'),
      errors: [{ messageId: 'floatingCall', data: data('EndRoom'), line: 8, column: 5, endColumn: 52, suggestions: [] }],
    },
  ],
});

/** Serverless runtimes' `waitUntil` (and Next.js's `after`) keep the work running until the promise settles, and do nothing with its failure. */
const keptAlive = (head: string, given: string) =>
  `${SDK}${head}export function endLater(ctx: { waitUntil(p: Promise<unknown>): void }, id: number): void {\n  ${given};\n}\n`;
ruleTester.run('no-swallowed-error on a promise given to waitUntil', rule, {
  valid: [
    { name: 'caught before it is given', code: keptAlive('', "ctx.waitUntil(client.EndRoom({ RoomId: id }).catch((err) => console.error('EndRoom failed', err)))") },
    { name: "a waitUntil of the project's own is its code's business", code: keptAlive('declare function track(p: Promise<unknown>): void;\nconst waitUntil = (p: Promise<unknown>) => track(p);\n', 'waitUntil(client.EndRoom({ RoomId: id }))') },
  ],
  invalid: [
    {
      name: "Cloudflare Workers' ctx.waitUntil",
      code: keptAlive('', 'ctx.waitUntil(client.EndRoom({ RoomId: id }))'),
      errors: [{ messageId: 'keptAliveUnhandled', data: { actions: 'EndRoom', keeper: 'ctx.waitUntil()' }, line: 4, column: 17, endColumn: 47 }],
    },
    {
      name: "waitUntil of '@vercel/functions' and after of 'next/server'",
      code: keptAlive("import { waitUntil } from '@vercel/functions';\nimport { after } from 'next/server';\n", 'waitUntil(client.EndRoom({ RoomId: id }));\n  after(client.EndRoom({ RoomId: id }))'),
      errors: [
        { messageId: 'keptAliveUnhandled', data: { actions: 'EndRoom', keeper: 'waitUntil()' }, line: 6, column: 13, endColumn: 43 },
        { messageId: 'keptAliveUnhandled', data: { actions: 'EndRoom', keeper: 'after()' }, line: 7, column: 9, endColumn: 39 },
      ],
    },
  ],
});

/** A service looked up in a dependency container by its class: an instance of that class, however the container made it. */
const lookedUp = (lookup: string) =>
  `${SDK}import { container } from 'tsyringe';\nclass RoomService {\n  private readonly client = client;\n  end(id: number) {\n    return this.client.EndRoom({ RoomId: id });\n  }\n}\nconst locator = {\n  get<T>(token: new () => T): T {\n    return new token();\n  },\n};\nexport async function endAll(id: number) {\n  await ${lookup}.end(id).catch(() => {});\n}\n`;
ruleTester.run('no-swallowed-error on a service looked up in a container by its class', rule, {
  valid: [{ name: 'a look-up by a string token says nothing of what it gives', code: lookedUp("(locator as any).get('rooms')") }],
  invalid: [
    {
      name: "a locator of the project's get(RoomService)",
      code: lookedUp('locator.get(RoomService)'),
      errors: [{ messageId: 'emptyHandler', data: { actions: 'EndRoom' }, line: 16, column: 48, endColumn: 49 }],
    },
    {
      name: "tsyringe's container.resolve(RoomService)",
      code: lookedUp('container.resolve(RoomService)'),
      errors: [{ messageId: 'emptyHandler', data: { actions: 'EndRoom' }, line: 16, column: 54, endColumn: 55 }],
    },
    {
      name: "AdonisJS's await container.make(RoomService), whose promise holds the instance",
      code: lookedUp('(await container.make(RoomService))'),
      errors: [{ messageId: 'emptyHandler', data: { actions: 'EndRoom' }, line: 16, column: 59, endColumn: 60 }],
    },
  ],
});

/** A client made by an async factory of the project (its catch on line 13), and an object that only looks like one (line 21). */
const ASYNC_FACTORY = [
  "import * as tencentcloud from 'tencentcloud-sdk-nodejs';",
  'let cached: any;',
  'async function getClient() {',
  '  if (cached) return cached;',
  "  const secretKey = await Promise.resolve('secret');",
  '  cached = new tencentcloud.lcic.v20220817.Client({ credential: { secretKey } });',
  '  return cached;',
  '}',
  'async function getFake() {',
  '  return { EndRoom: async (request: unknown) => request };',
  '}',
  'export async function end(id: number) {',
  '  await (await getClient()).EndRoom({ RoomId: id }).catch(() => null);',
  '}',
].join('\n');
ruleTester.run('no-swallowed-error on a client made by an async factory and awaited', rule, {
  valid: [{ name: 'an object with a method named like an action, from an async function', code: ASYNC_FACTORY.replace('await getClient()', 'await getFake()') }],
  invalid: [
    {
      name: 'await getClient(), inline',
      code: ASYNC_FACTORY,
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'EndRoom' }, line: 13, column: 59, endColumn: 64 }],
    },
    {
      name: 'const lcic = await getClient()',
      code: ASYNC_FACTORY.replace('  await (await getClient()).EndRoom', '  const lcic = await getClient();\n  await lcic.EndRoom'),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'EndRoom' }, line: 14, column: 44, endColumn: 49 }],
    },
  ],
});

/** A listener whose promise the emitter drops (line 4 on), its handler passing failures on. */
const listener = (body: string) => `${SDK}const bus = new (require('node:events').EventEmitter)();\nbus.on('room:end', async (id: number) => {\n${body}\n});\n`;
ruleTester.run("no-swallowed-error on a failure passed on out of a callback whose promise is dropped", rule, {
  valid: [
    { name: 'the catch answers and passes nothing on', code: listener("  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    console.error('EndRoom failed', err);\n  }") },
    {
      name: 'a try of the listener around the rethrow catches it',
      code: listener("  try {\n    try {\n      await client.EndRoom({ RoomId: id });\n    } catch (err) {\n      throw err;\n    }\n  } catch (err) {\n    console.error('EndRoom failed', err);\n  }"),
    },
  ],
  invalid: [
    {
      name: 'a catch clause that logs and rethrows',
      code: listener("  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    console.error(err);\n    throw err;\n  }"),
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'bus.on()' }, line: 6, column: 11, endColumn: 41 }],
    },
    {
      name: 'an awaited .catch that throws a new error with the cause',
      code: listener("  await client.EndRoom({ RoomId: id }).catch((err) => {\n    throw new Error('end failed', { cause: err });\n  });"),
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'bus.on()' }, line: 5, column: 9, endColumn: 39 }],
    },
  ],
});

/** gRPC's `server.addService(service, handlers)` drops the promise each handler returns (handlers from line 4). */
const grpcHandlers = (handlers: string) =>
  `${SDK}declare const server: { addService(service: unknown, handlers: object): void };\nserver.addService({}, {\n${handlers}\n});\n`;
ruleTester.run("no-swallowed-error on gRPC's handlers", rule, {
  valid: [
    {
      name: 'the handler answers the failure through its callback',
      code: grpcHandlers('  async DeleteRoom(call: any, callback: any) {\n    try {\n      await client.DeleteRoom({ RoomId: call.request.id });\n      callback(null, {});\n    } catch (err) {\n      callback(err);\n    }\n  },'),
    },
  ],
  invalid: [
    {
      name: 'an async method and an async arrow with nothing around the call',
      code: grpcHandlers('  async DeleteRoom(call: any, callback: any) {\n    await client.DeleteRoom({ RoomId: call.request.id });\n    callback(null, {});\n  },\n  EndRoom: async (call: any, callback: any) => {\n    await client.EndRoom({ RoomId: call.request.id });\n    callback(null, {});\n  },'),
      errors: [
        { messageId: 'droppedByCaller', data: { actions: 'DeleteRoom', registrar: 'server.addService()' }, line: 6, column: 11, endColumn: 57 },
        { messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'server.addService()' }, line: 10, column: 11, endColumn: 54 },
      ],
    },
  ],
});

/** A client decorated onto a framework's context in this file (Elysia's `decorate` and `derive`), under any name (handlers from line 4). */
const decorated = (setup: string, use: string) =>
  `${SDK}declare const app: any;\napp\n  ${setup}\n  .get('/rooms/:id', async (${use.startsWith('ctx') ? 'ctx' : `{ ${use.split('.')[0]} }`}: any) => {\n    try {\n      return await ${use}.DescribeRoom({ RoomId: 1 });\n    } catch {\n      return null;\n    }\n  });\n`;
/** hapi's three-argument decorate (`server.decorate('server', 'tc', value)`), read as `request.server.tc` in a route (catch on line 7). */
const hapiDecorated = (value: string) =>
  `${SDK}declare const server: any;\nserver.decorate('server', 'tc', ${value});\nserver.route({ method: 'DELETE', path: '/rooms/{id}', handler: async (request: any, h: any) => {\n  try {\n    await request.server.tc.DeleteRoom({ RoomId: Number(request.params.id) });\n  } catch {\n    return h.response().code(204);\n  }\n  return h.response().code(204);\n} });\n`;
ruleTester.run('no-swallowed-error on a client decorated onto the context in the same file', rule, {
  valid: [
    { name: "decorated with an object of the project's, not a client: its name says nothing", code: decorated(".decorate('lcic', { DescribeRoom: async (req: unknown) => req })", 'lcic') },
    { name: "hapi's decorate with an object of the project's", code: hapiDecorated('{ DeleteRoom: async (req: unknown) => req }') },
  ],
  invalid: [
    { name: "hapi's server.decorate('server', 'tc', client)", code: hapiDecorated('client'), errors: [{ messageId: 'noErrorParameter', data: { actions: 'DeleteRoom' }, line: 8, column: 5, endColumn: 10 }] },
    { name: ".decorate('tcic', client)", code: decorated(".decorate('tcic', client)", 'tcic'), errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 9, column: 7, endColumn: 12 }] },
    { name: '.decorate({ classroom: client })', code: decorated('.decorate({ classroom: client })', 'classroom'), errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 9, column: 7, endColumn: 12 }] },
    { name: '.derive(() => ({ tc: client })), read as ctx.tc', code: decorated('.derive(() => ({ tc: client }))', 'ctx.tc'), errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 9, column: 7, endColumn: 12 }] },
  ],
});

/** Socket.IO calls its middleware and drops the promise it returns (middleware from line 5). */
const middleware = (server: string) =>
  `${SDK}${server}\nserver.use(async (socket: any, next: any) => {\n  socket.data.token = (await client.LoginUser({ UserId: socket.handshake.auth.userId })).Token;\n  next();\n});\n`;
ruleTester.run("no-swallowed-error on Socket.IO's middleware", rule, {
  valid: [{ name: "another server's use is not judged by its name (Express 5 and Koa handle the promise)", code: middleware("import express from 'express';\nconst server = express();") }],
  invalid: [
    {
      name: "io.use(async (socket, next) => ...) of a Socket.IO Server",
      code: middleware("import { Server } from 'socket.io';\nconst server = new Server();"),
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'LoginUser', registrar: 'server.use()' }, line: 6, column: 30, endColumn: 88 }],
    },
  ],
});

/** A raw EndRoom call whose Response.Error is looked at and dispatched on by its Code (the check from line 5, then `end`). */
const rawDispatch = (check: string, end = '  return true;', returns = 'boolean') =>
  `export async function end(id: number): Promise<${returns}> {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' }, body: JSON.stringify({ RoomId: id }) });\n  const body = await res.json();\n  const error = body.Response.Error;\n${check}\n${end}\n}`;
const SWITCH_TWO_CODES = (rest = '') =>
  `  if (error) {\n    switch (error.Code) {\n      case 'ResourceNotFound.Room':\n        return false;\n      case 'InternalError':\n        throw new Error(\`\${error.Code} \${body.Response.RequestId}\`);\n${rest}    }\n  }`;
ruleTester.run("no-swallowed-error on raw bodies: a branch on Response.Error's Code that answers the other codes as a success", rule, {
  valid: [
    { name: 'the other codes thrown with the RequestId by the default', code: rawDispatch(SWITCH_TWO_CODES('      default:\n        throw new Error(`${error.Code} ${body.Response.RequestId}`);\n')) },
    { name: 'a guard the analysis cannot read decides some codes; the rest are thrown', code: rawDispatch("  if (error) {\n    if (error.Code === 'ResourceNotFound.Room') return false;\n    if (isIgnorable(error.Code)) return true;\n    throw new Error(body.Response.RequestId);\n  }") },
    { name: 'the code compared with a value not known here', code: rawDispatch('  if (error) {\n    if (error.Code === expected) return true;\n    return false;\n  }') },
    { name: 'the Response logged whole before the answer', code: rawDispatch("  if (error) {\n    if (error.Code === 'ResourceNotFound.Room') return false;\n    console.error('EndRoom failed', body.Response);\n    return false;\n  }") },
    { name: 'the other codes given back to the caller as a failure value', code: rawDispatch(SWITCH_TWO_CODES('      default:\n        return { ok: false, code: error.Code, requestId: body.Response.RequestId };\n')) },
  ],
  invalid: [
    {
      name: 'a switch without a default, falling through to the success answer',
      code: rawDispatch(SWITCH_TWO_CODES()),
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'EndRoom', answer: 'true' }, line: 13, column: 10, endColumn: 14 }],
    },
    {
      name: 'a default that answers false',
      code: rawDispatch(SWITCH_TWO_CODES('      default:\n        return false;\n')),
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'EndRoom', answer: 'false' }, line: 12, column: 16, endColumn: 21 }],
    },
    {
      name: 'a void function whose one branch throws: the other codes fall off its end',
      code: rawDispatch("  if (error) {\n    if (error.Code === 'InternalError') throw new Error(body.Response.RequestId);\n  }", '', 'void'),
      errors: [{ messageId: 'unnamedCodesFallThrough', data: { actions: 'EndRoom' }, line: 6, column: 9, endColumn: 39 }],
    },
  ],
});

/** An RxJS pipe whose operator `operator` projects each id to a DescribeRoom call (line 5), and then `rest`. */
const projected = (operator: string, projection: string, rest: string) =>
  `${SDK}import { Observable, EMPTY, catchError, concatMap, forkJoin, from, mergeMap, of, switchMap, throwError } from 'rxjs';\nexport function rooms(id$: Observable<number>) {\n  return id$.pipe(\n    ${operator}((id) => ${projection}),\n    ${rest},\n  );\n}\n`;
ruleTester.run('no-swallowed-error on LCIC calls made in a flattening RxJS operator', rule, {
  valid: [
    { name: 'catchError before the operator does not see its failures; the one after rethrows', code: projected('switchMap', 'client.DescribeRoom({ RoomId: id })', 'catchError((err) => throwError(() => err))').replace('  return id$.pipe(\n', '  return id$.pipe(\n    catchError(() => of(null)),\n') },
    { name: 'the projection catches its own call', code: projected('mergeMap', 'client.DescribeRoom({ RoomId: id }).catch((err) => { throw err; })', 'catchError((err) => throwError(() => err))') },
  ],
  invalid: [
    {
      name: 'switchMap to the call, then catchError(() => of(null))',
      code: projected('switchMap', 'client.DescribeRoom({ RoomId: id })', 'catchError(() => of(null))'),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 7, column: 16, endColumn: 21 }],
    },
    {
      name: 'mergeMap to from(call), then catchError(() => EMPTY)',
      code: projected('mergeMap', 'from(client.DescribeRoom({ RoomId: id }))', 'catchError(() => EMPTY)'),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 7, column: 16, endColumn: 21 }],
    },
    {
      name: 'forkJoin over ids.map((id) => from(call))',
      code: `${SDK}import { EMPTY, catchError, forkJoin, from } from 'rxjs';\nexport function rooms(ids: number[]) {\n  return forkJoin(ids.map((id) => from(client.DescribeRoom({ RoomId: id })))).pipe(catchError(() => EMPTY));\n}\n`,
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 5, column: 95, endColumn: 100 }],
    },
  ],
});

/** A tracing helper that runs its task in an OpenTelemetry span (`body` is its callback's catch), and a caller that drops the failure (line 14). */
const spanned = (runner: string, body: string) =>
  `${SDK}declare const tracer: any;\nfunction withSpan<T>(name: string, task: () => Promise<T>): Promise<T> {\n  return ${runner}(name, async (span: any) => {\n    try {\n      return await task();\n    } catch (e) {\n${body}\n    } finally {\n      span.end();\n    }\n  });\n}\nexport async function end(id: number) {\n  await withSpan('lcic.EndRoom', () => client.EndRoom({ RoomId: id })).catch(() => undefined);\n}\n`;
ruleTester.run('no-swallowed-error on a call run through a tracing helper', rule, {
  valid: [{ name: 'a method of another name is not taken to run its callback', code: spanned('tracer.schedule', '      throw e;') }],
  invalid: [
    {
      name: "OpenTelemetry's tracer.startActiveSpan, whose callback rethrows",
      code: spanned('tracer.startActiveSpan', '      span.recordException(e);\n      throw e;'),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'EndRoom' }, line: 17, column: 78, endColumn: 83 }],
    },
    {
      name: "Sentry's startSpan",
      code: spanned('Sentry.startSpan', '      throw e;').replace('declare const tracer: any;', 'declare const Sentry: any;'),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'EndRoom' }, line: 16, column: 78, endColumn: 83 }],
    },
    {
      name: "a span's callback that answers the failure itself: reported there, with the action of the task its caller gives",
      code: spanned('tracer.startActiveSpan', '      return undefined as T;'),
      errors: [{ messageId: 'unusedError', data: { actions: 'EndRoom', name: 'e' }, line: 8, column: 14, endColumn: 15 }],
    },
  ],
});

/** A callback-form call made a promise by hand: the callback's failure branch (from line 5) settles it with `resolve` and `reject`. */
const promisedByHand = (failure: string) =>
  `${INTL}export function roomStatus(id: number): Promise<{ status: number; ok?: boolean }> {\n  return new Promise((resolve, reject) => {\n    intl.DescribeRoom({ RoomId: id }, (err: any, room: any) => {\n      if (err) {\n        switch (err.code) {\n          case 'ResourceNotFound.Room':\n            return resolve({ status: 404 });\n${failure}\n        }\n      }\n      resolve({ status: 200, ok: room.Status === 1 });\n    });\n  });\n}\n`;
ruleTester.run("no-swallowed-error on an SDK callback settling a promise made around it", rule, {
  valid: [
    { name: 'the other codes rejected', code: promisedByHand('          default:\n            return reject(err);') },
    { name: 'the other codes resolved with the error in the answer', code: promisedByHand('          default:\n            return resolve({ status: 502, ok: false, error: err } as never);') },
  ],
  invalid: [
    {
      name: 'a default resolving the success answer',
      code: promisedByHand('          default:\n            return resolve({ status: 200, ok: true });'),
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'DescribeRoom', answer: '{ status: 200, ok: true }' }, line: 10, column: 28, endColumn: 53 }],
    },
  ],
});

/** A hapi server method registered with `register` (line 4), called from a route (its catch on line 8). */
const serverMethod = (register: string, name = 'describeRoom') =>
  `${SDK}declare const server: any;\n${register}\nserver.route({ method: 'GET', path: '/rooms/{id}', handler: async (request: any) => {\n  try {\n    return await request.server.methods.${name}(Number(request.params.id));\n  } catch {\n    return { room: null };\n  }\n} });\n`;
ruleTester.run("no-swallowed-error on hapi's server methods", rule, {
  valid: [
    { name: 'a name no method of this module has', code: serverMethod("server.method('describeRoom', async (id: number) => client.DescribeRoom({ RoomId: id }));", 'lookupRoom') },
    { name: 'a method that handles the failure itself', code: serverMethod("server.method('describeRoom', async (id: number) => client.DescribeRoom({ RoomId: id }).catch((err: any) => { console.error('describe failed', err); return null; }));") },
  ],
  invalid: [
    {
      name: "server.method('describeRoom', fn, options)",
      code: serverMethod("server.method('describeRoom', async (id: number) => client.DescribeRoom({ RoomId: id }), { cache: { expiresIn: 30_000, generateTimeout: 5_000 } });"),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 8, column: 5, endColumn: 10 }],
    },
    {
      name: 'server.method([{ name, method }]), the method a function of the module',
      code: serverMethod("async function describe(id: number) {\n  return client.DescribeRoom({ RoomId: id });\n}\nserver.method([{ name: 'describeRoom', method: describe }]);"),
      errors: [{ messageId: 'noErrorParameter', data: { actions: 'DescribeRoom' }, line: 11, column: 5, endColumn: 10 }],
    },
  ],
});

/** A Koa route whose catch switches on the code (line 8), its `default:` written by `otherwise` from line 14. */
const koaEndRoom = (otherwise: string) =>
  `${SDK}export async function endRoom(ctx: any) {\n  try {\n    await client.EndRoom({ RoomId: Number(ctx.params.id) });\n    ctx.body = { ok: true };\n  } catch (err: any) {\n    switch (err.code) {\n      case 'FailedOperation.ClassEnded':\n        ctx.status = 409;\n        ctx.body = { code: err.code, requestId: err.requestId };\n        break;\n      default:\n${otherwise}\n    }\n  }\n}`;
/** An Express-style handler whose catch (line 7) runs `handle`. */
const expressEndRoom = (handle: string) => `${SDK}export async function endRoom(req: any, res: any) {\n  try {\n    await client.EndRoom({ RoomId: Number(req.params.id) });\n    res.json({ ok: true });\n  } catch (err: any) {\n${handle}\n  }\n}`;
ruleTester.run('no-swallowed-error on a success sent as an HTTP answer', rule, {
  valid: [
    { name: 'a default that answers with the code and the RequestId', code: koaEndRoom('        ctx.status = 502;\n        ctx.body = { ok: false, code: err.code, requestId: err.requestId };') },
    { name: 'a success answer the handler does not end with: the error is thrown after it', code: expressEndRoom('    res.json({ ok: true });\n    throw err;') },
  ],
  invalid: [
    {
      name: "Koa's ctx.body = { ok: true } in the default",
      code: koaEndRoom('        ctx.body = { ok: true };'),
      errors: [{ messageId: 'defaultAnswersSuccess', data: { actions: 'EndRoom', answer: '{ ok: true }' }, line: 14, column: 20, endColumn: 32 }],
    },
    {
      name: "Express's res.status(200).json({ success: true }) and a return, as the whole handler",
      code: expressEndRoom('    res.status(200).json({ success: true });\n    return;'),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 8, column: 26, endColumn: 43 }],
    },
  ],
});

/** A DescribeUser handler (its catch on line 6) that runs `handle`. */
const profile = (handle: string) => `${SDK}export async function profile(id: string) {\n  try {\n    return await client.DescribeUser({ UserId: id });\n  } catch (err: any) {\n${handle}\n  }\n}`;
ruleTester.run('no-swallowed-error on success answered after the error was logged whole', rule, {
  valid: [
    { name: 'logged whole, then null: the caller is told nothing worked', code: profile("    console.error('describe failed', err);\n    return null;") },
    { name: 'logged whole, then success for one code and a rethrow for the rest', code: profile("    console.error('describe failed', err);\n    if (err.code === 'ResourceNotFound.User') return { success: true };\n    throw err;") },
  ],
  invalid: [
    {
      name: 'logged whole, then { success: true }',
      code: profile("    console.error('describe failed', err);\n    return { success: true };"),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'DescribeUser' }, line: 8, column: 12, endColumn: 29 }],
    },
    {
      name: 'given to an error reporter, then true',
      code: profile('    reportError(err);\n    return true;').replace('export async', 'declare function reportError(e: unknown): void;\nexport async'),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'DescribeUser' }, line: 9, column: 12, endColumn: 16 }],
    },
  ],
});

/** An EndRoom handler whose catch runs `handle` (line 7), and `after` follows the try (line 9). */
const afterTheTry = (handle: string, after: string) =>
  `${SDK}export async function endRoom(req: any, res: any) {\n  try {\n    await client.EndRoom({ RoomId: Number(req.params.id) });\n  } catch (err) {\n${handle}\n  }\n${after}\n}`;
/** A DeleteRoom handler with a branch on the code (line 7) whose other codes run `rest` (line 8). */
const deleteWithBranch = (rest: string) =>
  `${SDK}export async function remove(id: number) {\n  try {\n    await client.DeleteRoom({ RoomId: id });\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') return { ok: true }; // already gone\n${rest}\n  }\n  return { ok: true };\n}`;
ruleTester.run('no-swallowed-error on success answered after the catch, or after a branch on the code', rule, {
  valid: [
    { name: 'logged whole and rethrown: the success after the try is for a call that worked', code: afterTheTry("    console.error('end failed', err);\n    throw err;", '  res.json({ ok: true });') },
    { name: 'logged whole, then the try is followed by more than the answer: not read', code: afterTheTry("    console.error('end failed', err);", "  res.json({ ok: true });\n  audit('ended');").replace('export async', 'declare function audit(what: string): void;\nexport async') },
    { name: 'a branch for one code, the rest logged and answered as a failure with the RequestId', code: deleteWithBranch("    console.error('delete failed', err);\n    return { ok: false, requestId: err.requestId };") },
  ],
  invalid: [
    {
      name: 'logged whole in the catch, then res.json({ ok: true }) after the try',
      code: afterTheTry("    console.error('end failed', err);", '  res.json({ ok: true });'),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 9, column: 12, endColumn: 24 }],
    },
    {
      name: 'logged whole in the catch, then return { ok: true } after the try',
      code: afterTheTry("    console.error('end failed', err);", '  return { ok: true };'),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 9, column: 10, endColumn: 22 }],
    },
    {
      name: 'a branch for one code, the rest logged whole and answered { ok: true }',
      code: deleteWithBranch("    console.error('delete failed', err);\n    return { ok: true };"),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'DeleteRoom' }, line: 9, column: 12, endColumn: 24 }],
    },
  ],
});

ruleTester.run('no-swallowed-error on success sent by status-first and Fetch API answers', rule, {
  valid: [{ name: "Restify's res.send(502, ...) after a log: no success", code: expressEndRoom("    console.error('end failed', err);\n    res.send(502, { code: err.code, requestId: err.requestId });\n    next();").replace('res: any)', 'res: any, next: () => void)') }],
  invalid: [
    {
      name: "Restify's res.send(200, { ok: true }) and next() after a log",
      code: expressEndRoom("    console.error('end failed', err);\n    res.send(200, { ok: true });\n    next();").replace('res: any)', 'res: any, next: () => void)'),
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 9, column: 19, endColumn: 31 }],
    },
    {
      name: 'the Fetch API\'s Response.json({ ok: true }) returned after a log',
      code: `${SDK}export async function end(id: number): Promise<Response> {\n  try {\n    await client.EndRoom({ RoomId: id });\n    return Response.json({ ok: true });\n  } catch (err) {\n    console.error('end failed', err);\n    return Response.json({ ok: true });\n  }\n}`,
      errors: [{ messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 9, column: 12, endColumn: 39 }],
    },
  ],
});

/** A Sails actions2 action (its catch answers on line 9) and a classic action (on line 19). */
const sailsActions = (action2: string, classic: string) =>
  `${SDK}module.exports = {\n  fn: async function (inputs: any, exits: any) {\n    try {\n      await client.EndRoom({ RoomId: inputs.id });\n    } catch (err) {\n      console.error(err);\n      ${action2};\n    }\n    return exits.success({ success: true });\n  },\n};\nmodule.exports.end = async function (req: any, res: any) {\n  try {\n    await client.EndRoom({ RoomId: Number(req.param('id')) });\n  } catch (err) {\n    console.error(err);\n    ${classic};\n  }\n  return res.ok({ success: true });\n};`;
ruleTester.run("no-swallowed-error on Sails' success answers", rule, {
  valid: [{ name: 'the failure answered through exits.error and res.serverError', code: sailsActions('return exits.error(err)', 'return res.serverError(err)') }],
  invalid: [
    {
      name: 'exits.success({ success: true }) and res.ok({ success: true }) after a log',
      code: sailsActions('return exits.success({ success: true })', 'return res.ok({ success: true })'),
      errors: [
        { messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 9, column: 14, endColumn: 46 },
        { messageId: 'successAfterFailure', data: { actions: 'EndRoom' }, line: 19, column: 12, endColumn: 37 },
      ],
    },
  ],
});

ruleTester.run("no-swallowed-error on Koa's ctx.throw", rule, {
  // It throws a new HTTP error: the failure goes on (preserve-request-id reports the RequestId it leaves out).
  valid: [{ name: 'ctx.throw(502, ...) in the catch', code: `${SDK}export async function room(ctx: any) {\n  try {\n    ctx.body = await client.DescribeRoom({ RoomId: 1 });\n  } catch (err) {\n    ctx.throw(502, 'DescribeRoom failed');\n  }\n}` }],
  invalid: [
    {
      name: 'ctx.status set instead: the failure ends there',
      code: `${SDK}export async function room(ctx: any) {\n  try {\n    ctx.body = await client.DescribeRoom({ RoomId: 1 });\n  } catch (err) {\n    ctx.status = 502;\n  }\n}`,
      errors: [{ messageId: 'unusedError', data: { actions: 'DescribeRoom', name: 'err' }, line: 6, column: 12, endColumn: 15 }],
    },
  ],
});

ruleTester.run("no-swallowed-error on Meteor's timers", rule, {
  // Meteor 3 wraps the callback, catches what its promise rejects with and logs it whole.
  valid: [{ name: 'Meteor.setInterval and Meteor.setTimeout with an async callback', code: `${SDK}import { Meteor } from 'meteor/meteor';\nMeteor.setInterval(async () => {\n  await client.EndRoom({ RoomId: 1 });\n}, 60000);\nMeteor.setTimeout(async () => {\n  await client.DeleteRoom({ RoomId: 2 });\n}, 1000);` }],
  invalid: [
    {
      name: "the platform's setInterval drops it",
      code: `${SDK}setInterval(async () => {\n  await client.EndRoom({ RoomId: 1 });\n}, 60000);`,
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'setInterval()' }, line: 4, column: 9, endColumn: 38, suggestions: [] }],
    },
  ],
});

ruleTester.run("no-swallowed-error on Deno's signal listeners", rule, {
  valid: [{ name: 'the listener catches the failure', code: `${SDK}Deno.addSignalListener('SIGTERM', async () => {\n  try {\n    await client.EndRoom({ RoomId: 1 });\n  } catch (err) {\n    console.error('end failed', err);\n  }\n  Deno.exit(0);\n});` }],
  invalid: [
    {
      name: 'an async listener with nothing around the call: Deno drops its promise',
      code: `${SDK}Deno.addSignalListener('SIGTERM', async () => {\n  await client.EndRoom({ RoomId: 1 });\n  Deno.exit(0);\n});`,
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'Deno.addSignalListener()' }, line: 4, column: 9, endColumn: 38, suggestions: [] }],
    },
  ],
});

/** A Bun server (`serve` the global `Bun`'s unless `local` declares one) whose websocket `message` handler (line 5) is `handler`. */
const bunSocket = (handler: string, local = '') =>
  `${SDK}${local}Bun.serve({\n  fetch: () => new Response('ok'),\n  websocket: {\n${handler}\n  },\n});`;
ruleTester.run("no-swallowed-error on Bun's websocket handlers", rule, {
  valid: [
    { name: 'the handler catches the failure and tells the socket', code: bunSocket("    async message(ws: any) {\n      try {\n        await client.EndRoom({ RoomId: 1 });\n      } catch (err: any) {\n        console.error('end failed', err);\n        ws.send(JSON.stringify({ code: err.code, requestId: err.requestId }));\n      }\n    },") },
    { name: 'a Bun of the project is not judged by its name', code: bunSocket('    async message() {\n      await client.EndRoom({ RoomId: 1 });\n    },', 'const Bun = { serve: (options: object) => options };\n') },
  ],
  invalid: [
    {
      name: 'an async message handler with nothing around the call: Bun drops its promise',
      code: bunSocket('    async message() {\n      await client.EndRoom({ RoomId: 1 });\n    },'),
      errors: [{ messageId: 'droppedByCaller', data: { actions: 'EndRoom', registrar: 'Bun.serve()' }, line: 7, column: 13, endColumn: 42 }],
    },
  ],
});
