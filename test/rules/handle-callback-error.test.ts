import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/handle-callback-error.js';
import { fixtureFile, ruleTester, serviceFile, serviceTypedRuleTester, suggestionsResolveTheirReports } from '../helpers/rule-tester.js';
import { CALLBACK_HTTPS_HELPER, COMMON, INTL, SDK } from '../helpers/sdk-snippets.js';


/** A GetRooms callback written in `new Promise(<executor> => ...)`, with `guard` as its first lines. */
const inExecutor = (executor: string, guard = '') =>
  INTL +
  `export function listRooms(page: number): Promise<unknown[]> {\n  return new Promise(${executor} => {\n    intl.GetRooms({ Page: page }, (err: any, res: any) => {\n${guard}      resolve(res.Rooms ?? []);\n    });\n  });\n}`;

/** That callback, never reading the error: the suggestion rejects the promise, with `reject` added to an executor that takes only `resolve` (`fixed`). */
const executorCase = (executor: string, fixed: string, reject: string): InvalidTestCase<MessageIds, Options> => ({
  name: `a callback in a promise executor ${executor} that never reads the error: the suggestion rejects the promise, which would otherwise stay pending`,
  code: inExecutor(executor),
  errors: [
    {
      messageId: 'errorNotChecked',
      data: { name: 'err', action: 'GetRooms' },
      line: 4,
      column: 36,
      endColumn: 44,
      suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: inExecutor(fixed, `      if (err) return ${reject}(err);\n`) }],
    },
  ],
});

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: "international SDK: awaited or chained without a callback, which its methods need (they return nothing)",
    code: INTL + "export async function name(roomId: number) {\n  try {\n    const room = await intl.DescribeRoom({ RoomId: roomId });\n    return room.Name;\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') return null;\n    throw err;\n  }\n}\nexport const events = (roomId: number) => intl.GetRoomEvent({ RoomId: roomId }).then((r: any) => r.Events);",
    errors: [
      { messageId: 'missingCallback', data: { action: 'DescribeRoom' }, line: 4, column: 24, endColumn: 61, suggestions: [] },
      { messageId: 'missingCallback', data: { action: 'GetRoomEvent' }, line: 11, column: 43, endColumn: 80, suggestions: [] },
    ],
  },
  {
    name: 'international SDK: the error is never read',
    code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n  show(res.Name);\n});\ndeclare function show(n: string): void;',
    errors: [
      {
        messageId: 'errorNotChecked',
        data: { name: 'err', action: 'DescribeRoom' },
        line: 2,
        column: 35,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            output: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n  if (err) {\n    console.error(err);\n    return;\n  }\n  show(res.Name);\n});\ndeclare function show(n: string): void;',
          },
        ],
      },
    ],
  },
  {
    name: "the error never read in a callback that answers a continuation of the caller's that is not error-first (done(value)): no guard is offered, as a bare return would leave it waiting",
    code: INTL + 'export function teacher(roomId: number, done: (teacherId?: string) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, res: any) => {\n    done(res.TeacherId);\n  });\n}',
    errors: [{ messageId: 'errorNotChecked', data: { name: 'err', action: 'DescribeRoom' }, line: 3, column: 42, endColumn: 50, suggestions: [] }],
  },
  {
    name: 'a callback that hands its result to a parameter not named as a continuation (render): nothing waits on it, so the guard with a bare return is offered',
    code: INTL + 'export function show(roomId: number, render: (name?: string) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, res: any) => {\n    render(res.Name);\n  });\n}',
    errors: [
      {
        messageId: 'errorNotChecked',
        data: { name: 'err', action: 'DescribeRoom' },
        line: 3,
        column: 42,
        endColumn: 50,
        suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: INTL + 'export function show(roomId: number, render: (name?: string) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, res: any) => {\n    if (err) {\n      console.error(err);\n      return;\n    }\n    render(res.Name);\n  });\n}' }],
      },
    ],
  },
  {
    name: "the error never read in a callback that answers its caller's done(null, ...): the guard passes the error to done",
    code: INTL + 'export function events(roomId: number, done: (e: unknown, events?: unknown) => void) {\n  intl.GetRoomEvent({ RoomId: roomId }, function (err: any, response: any) {\n    done(null, response.Events);\n  });\n}',
    errors: [
      {
        messageId: 'errorNotChecked',
        data: { name: 'err', action: 'GetRoomEvent' },
        line: 3,
        column: 51,
        endColumn: 59,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            output: INTL + 'export function events(roomId: number, done: (e: unknown, events?: unknown) => void) {\n  intl.GetRoomEvent({ RoomId: roomId }, function (err: any, response: any) {\n    if (err) return done(err);\n    done(null, response.Events);\n  });\n}',
          },
        ],
      },
    ],
  },
  {
    // The neighbour of the valid `err instanceof Error` case: a TypeError is no failure with a code.
    name: 'the error checked with err instanceof TypeError only: failures with a code go on to the response',
    code: SDK + "export function roomName(done: (e: unknown, n?: string) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err: unknown, room) => {\n    if (err instanceof TypeError) return done(err);\n    done(null, room.Name);\n  }).catch(() => undefined);\n}",
    errors: [
      {
        messageId: 'responseBeforeError',
        data: { name: 'err', response: 'room', action: 'DescribeRoom' },
        line: 6,
        column: 16,
        suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: SDK + "export function roomName(done: (e: unknown, n?: string) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err: unknown, room) => {\n    if (err) return done(err);\n    if (err instanceof TypeError) return done(err);\n    done(null, room.Name);\n  }).catch(() => undefined);\n}" }],
      },
    ],
  },
  executorCase('(resolve)', '(resolve, reject)', 'reject'),
  executorCase('resolve', '(resolve, reject)', 'reject'),
  executorCase('(resolve, fail)', '(resolve, fail)', 'fail'),
  {
    name: "a throw in the international SDK's callback, where a failure takes it: an unhandled rejection",
    code: INTL + 'export function show(roomId: number) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, room: any) => {\n    if (err) throw err;\n    console.log(room.Name);\n  });\n}',
    errors: [{ messageId: 'throwInIntlCallback', data: { action: 'DescribeRoom' }, line: 4, column: 14, endColumn: 24 }],
  },
  {
    name: "assert.ifError(err) in the international SDK's callback: it throws the error there, where nothing catches it",
    code: INTL + "import assert from 'node:assert';\nexport function show(roomId: number, done: (e: unknown, name?: string) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, room: any) => {\n    assert.ifError(err);\n    done(null, room.Name);\n  });\n}",
    errors: [{ messageId: 'throwInIntlCallback', data: { action: 'DescribeRoom' }, line: 5, column: 5, endColumn: 24 }],
  },
  {
    name: "a function of the file that throws the error it is given, called in the international SDK's callback: reported at the call",
    code: INTL + "function fail(err: any): never {\n  throw new Error(`LCIC ${err.code}`, { cause: err });\n}\nexport function show(roomId: number) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, room: any) => {\n    if (err) fail(err);\n    console.log(room.Name);\n  });\n}",
    errors: [{ messageId: 'throwInIntlCallback', data: { action: 'DescribeRoom' }, line: 7, column: 14, endColumn: 23 }],
  },
  {
    name: 'an SDK method taken out of its client first (destructured, or kept in a name), then promisified',
    code: SDK + "import { promisify } from 'node:util';\nconst { EndRoom } = client;\nexport const endRoom = promisify(EndRoom);\nconst del = client.DeleteRoom;\nexport const deleteRoom = promisify(del);\nconst start = client.StartRoom.bind(client);\nexport const startRoom = promisify(start);",
    errors: [
      {
        messageId: 'unboundMethod',
        data: { text: 'EndRoom', client: 'client' },
        line: 5,
        column: 34,
        endColumn: 41,
        suggestions: [{ messageId: 'bindMethod', data: { text: 'EndRoom', client: 'client' }, output: SDK + "import { promisify } from 'node:util';\nconst { EndRoom } = client;\nexport const endRoom = promisify(EndRoom.bind(client));\nconst del = client.DeleteRoom;\nexport const deleteRoom = promisify(del);\nconst start = client.StartRoom.bind(client);\nexport const startRoom = promisify(start);" }],
      },
      {
        messageId: 'unboundMethod',
        data: { text: 'del', client: 'client' },
        line: 7,
        column: 37,
        endColumn: 40,
        suggestions: [{ messageId: 'bindMethod', data: { text: 'del', client: 'client' }, output: SDK + "import { promisify } from 'node:util';\nconst { EndRoom } = client;\nexport const endRoom = promisify(EndRoom);\nconst del = client.DeleteRoom;\nexport const deleteRoom = promisify(del.bind(client));\nconst start = client.StartRoom.bind(client);\nexport const startRoom = promisify(start);" }],
      },
    ],
  },
  {
    name: "Meteor.promisify takes the `this` second: only the one without it is reported",
    code: INTL + "import { Meteor } from 'meteor/meteor';\nexport const describeRoom = Meteor.promisify(intl.DescribeRoom, intl);\nexport const endRoom = Meteor.promisify(intl.EndRoom);",
    errors: [
      {
        messageId: 'unboundMethod',
        data: { text: 'intl.EndRoom', client: 'intl' },
        line: 4,
        column: 41,
        endColumn: 53,
        suggestions: [{ messageId: 'bindMethod', data: { text: 'intl.EndRoom', client: 'intl' }, output: INTL + "import { Meteor } from 'meteor/meteor';\nexport const describeRoom = Meteor.promisify(intl.DescribeRoom, intl);\nexport const endRoom = Meteor.promisify(intl.EndRoom.bind(intl));" }],
      },
    ],
  },
  {
    name: 'an SDK method promisified without its client, China and international: every call fails with a TypeError',
    code: SDK + "import { promisify } from 'node:util';\nexport const describeRoom = promisify(client.DescribeRoom);\nexport const endRoom = promisify(client['EndRoom']);",
    errors: [
      {
        messageId: 'unboundMethod',
        data: { text: 'client.DescribeRoom', client: 'client' },
        line: 4,
        column: 39,
        endColumn: 58,
        suggestions: [{ messageId: 'bindMethod', data: { text: 'client.DescribeRoom', client: 'client' }, output: SDK + "import { promisify } from 'node:util';\nexport const describeRoom = promisify(client.DescribeRoom.bind(client));\nexport const endRoom = promisify(client['EndRoom']);" }],
      },
      {
        messageId: 'unboundMethod',
        data: { text: "client['EndRoom']", client: 'client' },
        line: 5,
        column: 34,
        endColumn: 51,
        suggestions: [{ messageId: 'bindMethod', data: { text: "client['EndRoom']", client: 'client' }, output: SDK + "import { promisify } from 'node:util';\nexport const describeRoom = promisify(client.DescribeRoom);\nexport const endRoom = promisify(client['EndRoom'].bind(client));" }],
      },
    ],
  },
  {
    name: "the international SDK's own CommonClient: its request answers only through a callback too",
    code: "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');\nconst common = new tencentcloud.common.CommonClient('lcic.intl.tencentcloudapi.com', '2022-08-17', new tencentcloud.common.Credential('id', 'key'), 'ap-singapore');\nexport async function roomName(roomId: number) {\n  const room: any = await common.request('DescribeRoom', { RoomId: roomId });\n  return room.Name;\n}\nexport function roomNameCb(roomId: number, done: (e: unknown, n?: string) => void) {\n  common.request('DescribeRoom', { RoomId: roomId }, {}, (err: any, room: any) => {\n    if (err) return done(err);\n    done(null, room.Name);\n  });\n}",
    errors: [{ messageId: 'missingCallback', data: { action: 'DescribeRoom' }, line: 4, column: 27, endColumn: 77, suggestions: [] }],
  },
  {
    name: 'international SDK: the response is used before the error is checked',
    code: INTL + 'intl.GetRooms({}, function (error: any, rooms: any) {\n  const total = rooms.Total;\n  if (error) return done(error);\n  done(null, total);\n});\ndeclare function done(...a: unknown[]): void;',
    errors: [
      {
        messageId: 'responseBeforeError',
        data: { name: 'error', response: 'rooms', action: 'GetRooms' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'error' },
            // The callback reports to the caller's `done(null, ...)`: the guard hands the error to it too.
            // The callback's own guard, moved before the read.
            output: INTL + 'intl.GetRooms({}, function (error: any, rooms: any) {\n  if (error) return done(error);\n  const total = rooms.Total;\n  done(null, total);\n});\ndeclare function done(...a: unknown[]): void;',
          },
        ],
      },
    ],
  },
  {
    name: 'China SDK: a destructured response, and the promise left floating',
    code: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, { Name }) => {\n  if (err) return;\n  console.log(Name);\n});',
    errors: [
      {
        messageId: 'floatingPromise',
        data: { action: 'DescribeRoom' },
        line: 3,
        column: 1,
        endLine: 6,
        endColumn: 3,
        suggestions: [
          {
            messageId: 'catchPromise',
            output: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, { Name }) => {\n  if (err) return;\n  console.log(Name);\n}).catch(() => undefined);',
          },
        ],
      },
      { messageId: 'destructuredResponse', data: { action: 'DescribeRoom' }, line: 3, column: 42, endColumn: 50 },
    ],
  },
  {
    name: 'a callback given by name (through a cast), which never reads its error',
    code: SDK + 'declare function done(e: unknown, v?: unknown): void;\nconst onUser = (err: unknown, user: any) => {\n  done(null, user.Name);\n};\nclient.DescribeUser({ UserId: \'u\' }, onUser as any).catch(() => undefined);',
    errors: [
      {
        messageId: 'errorNotChecked',
        data: { name: 'err', action: 'DescribeUser' },
        line: 4,
        column: 17,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            output: SDK + 'declare function done(e: unknown, v?: unknown): void;\nconst onUser = (err: unknown, user: any) => {\n  if (err) return done(err);\n  done(null, user.Name);\n};\nclient.DescribeUser({ UserId: \'u\' }, onUser as any).catch(() => undefined);',
          },
        ],
      },
    ],
  },
  {
    name: 'China SDK: the callback form as the result of a Promise executor arrow, which the Promise drops',
    code: SDK + 'export const describe = (id: number) => new Promise((resolve, reject) => client.DescribeRoom({ RoomId: id }, (err, res) => (err ? reject(err) : resolve(res))));',
    errors: [
      {
        messageId: 'floatingPromise',
        data: { action: 'DescribeRoom' },
        line: 3,
        column: 74,
        endColumn: 159,
        suggestions: [
          {
            messageId: 'catchPromise',
            output: SDK + 'export const describe = (id: number) => new Promise((resolve, reject) => client.DescribeRoom({ RoomId: id }, (err, res) => (err ? reject(err) : resolve(res))).catch(() => undefined));',
          },
        ],
      },
    ],
  },
  {
    name: 'China SDK: the callback form chained with .then, and no rejection handler',
    code: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (err) throw err; console.log(res.Name); }).then(() => undefined);',
    errors: [
      {
        messageId: 'floatingPromise',
        data: { action: 'DescribeRoom' },
        line: 3,
        column: 1,
        endColumn: 119,
        suggestions: [{ messageId: 'catchPromise', output: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (err) throw err; console.log(res.Name); }).then(() => undefined).catch(() => undefined);' }],
      },
    ],
  },
  {
    name: 'a check that does not stop the failure path before the response is read',
    code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n  if (err) console.error(err);\n  show(res.Name);\n});\ndeclare function show(n: string): void;',
    errors: [
      {
        messageId: 'responseBeforeError',
        data: { name: 'err', response: 'res', action: 'DescribeRoom' },
        line: 4,
        column: 8,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            output: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => {\n  if (err) {\n    console.error(err);\n    return;\n  }\n  if (err) console.error(err);\n  show(res.Name);\n});\ndeclare function show(n: string): void;',
          },
        ],
      },
    ],
  },
  {
    name: 'CommonClient with a callback: a callback without parameters, behind void',
    code: COMMON + "void common.request('StartRoom', { RoomId: 1 }, {}, () => {\n  console.log('started');\n});",
    errors: [
      {
        messageId: 'floatingPromise',
        data: { action: 'StartRoom' },
        line: 3,
        column: 6,
        suggestions: [{ messageId: 'catchPromise', output: COMMON + "void common.request('StartRoom', { RoomId: 1 }, {}, () => {\n  console.log('started');\n}).catch(() => undefined);" }],
      },
      { messageId: 'missingErrorParameter', data: { action: 'StartRoom' }, line: 3, column: 53, endColumn: 54 },
    ],
  },  {
    // The awaited promise takes the failure to the caller, so not reading err drops nothing; the null response still throws.
    name: 'callback form awaited: err unread is no drop, but the response read unguarded is null when the call fails',
    code: SDK + 'export async function f() {\n  await client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n    console.log(res.Name);\n  });\n}',
    errors: [
      {
        messageId: 'responseBeforeError',
        data: { name: 'err', response: 'res', action: 'DescribeRoom' },
        line: 5,
        column: 17,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            // The awaited promise rejects with the failure: the callback need only stop.
            output: SDK + 'export async function f() {\n  await client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n    if (err) return;\n    console.log(res.Name);\n  });\n}',
          },
        ],
      },
    ],
  },
  {
    name: 'callback form awaited inside a try: the catch may drop the failure, so the callback must read err',
    code: SDK + 'export async function g() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n      if (res) console.log(res.Name);\n    });\n  } catch {}\n}',
    errors: [
      {
        messageId: 'errorNotChecked',
        data: { name: 'err', action: 'DescribeRoom' },
        line: 5,
        column: 47,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'guardWithIfError',
            data: { name: 'err' },
            output: SDK + 'export async function g() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n      if (err) {\n        console.error(err);\n        return;\n      }\n      if (res) console.log(res.Name);\n    });\n  } catch {}\n}',
          },
        ],
      },
    ],
  },
];

ruleTester.run('handle-callback-error', rule, {
  valid: [
    {
      name: 'international SDK: a callback given by name, or the method promisified, needs no other',
      code: INTL + "import { promisify } from 'node:util';\nexport function a(onRoom: (err: unknown, room: unknown) => void) { intl.DescribeRoom({ RoomId: 1 }, onRoom); }\nconst describeRoom = promisify(intl.DescribeRoom.bind(intl));\nexport const b = () => describeRoom({ RoomId: 1 });",
    },
    { name: 'the error checked first, international SDK', code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (err) return done(err); done(null, res.Name); });\ndeclare function done(...a: unknown[]): void;' },
    {
      name: "a throw in the international SDK's callback only where the call worked, or caught in the callback; a bound promisify; a promisify of something else",
      code: INTL + "import { promisify } from 'node:util';\nimport { readFile } from 'node:fs';\nexport function show(roomId: number, done: (e: unknown) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, room: any) => {\n    if (err) return done(err);\n    if (!room.Name) throw new Error('no name');\n    try {\n      if (room.Status === 3) throw new Error('ended');\n    } catch (e) {\n      done(e);\n    }\n  });\n}\nexport const describeRoom = promisify(intl.DescribeRoom.bind(intl));\nexport const read = promisify(readFile);",
    },
    {
      name: 'promisify of a method, then bound to the client or called with it: promisify hands its own this on',
      code: SDK + "import { promisify } from 'node:util';\nexport const describeRoom = promisify(client.DescribeRoom).bind(client);\nexport const once = (id: number) => promisify(client.DescribeRoom).call(client, { RoomId: id });",
    },
    {
      name: 'the error checked with err instanceof Error: every failure the SDK calls back with is one',
      code: SDK + 'export function roomName(done: (e: unknown, n?: string) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err: unknown, room) => {\n    if (err instanceof Error) return done(err);\n    done(null, room.Name);\n  }).catch(() => undefined);\n}',
    },

    { name: 'China SDK: callback form whose promise is caught', code: SDK + 'client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (err) throw err; console.log(res.Name); }).catch(() => undefined);' },
    { name: 'China SDK: callback form awaited', code: SDK + 'async function f() { await client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (!err) console.log(res.Name); }); }' },
    {
      name: "assert.ifError(err) before the response is read: it throws when the call failed",
      code: SDK + "import assert from 'node:assert';\nexport function avatar(userId: string, cb: (err: unknown, avatar?: string) => void): void {\n  client.DescribeUser({ UserId: userId }, (err, user) => {\n    try {\n      assert.ifError(err);\n      cb(null, user.Avatar);\n    } catch (e) {\n      cb(e);\n    }\n  }).catch(() => undefined);\n}",
    },
    {
      name: 'a callback without parameters on a call whose promise is kept in a name and awaited',
      code: SDK + 'export async function end(roomId: number, counter: { calls: number }) {\n  const ending = client.EndRoom({ RoomId: roomId }, () => {\n    counter.calls += 1;\n  });\n  await ending;\n}',
    },
    {
      name: 'a callback without parameters on an awaited call: the promise passes the failure on',
      code: SDK + "export async function end(roomId: number): Promise<void> {\n  await client.EndRoom({ RoomId: roomId }, () => console.info('end requested', roomId));\n}",
    },
    {
      name: 'China SDK: callback form awaited or returned, err unread and the response guarded: the promise takes the failure to the caller',
      code: SDK + 'export async function f() {\n  await client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (res) console.log(res.Name); });\n}\nexport function g() {\n  return client.DescribeRoom({ RoomId: 1 }, (_err, res) => { if (res) console.log(res.Name); });\n}',
    },
    {
      name: "functions of the file called in the international SDK's callback that hand the error on, or throw only on the success path",
      code: INTL + "function pass(err: any, done: (e: unknown) => void) {\n  done(err);\n}\nfunction named(room: any): string {\n  if (!room.Name) throw new Error('no name');\n  return room.Name;\n}\nexport function show(roomId: number, done: (e: unknown, name?: string) => void) {\n  intl.DescribeRoom({ RoomId: roomId }, (err: any, room: any) => {\n    if (err) return pass(err, done);\n    done(null, named(room));\n  });\n}",
    },
    { name: 'a missing response, with the error passed on, is a complete check', code: INTL + 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (!res) return done(err); done(null, res.Name); });\ndeclare function done(...a: unknown[]): void;' },
    { name: 'raw fetch has no callback', code: "fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'GetRooms' } }).then((r) => r.json());" },
    { name: 'promise form is not this rule\'s business', code: SDK + 'client.DescribeRoom({ RoomId: 1 }).then((res) => res.Name);' },
    { name: 'not an LCIC client', code: 'const api = { DescribeRoom(_: object, cb: (e: unknown, r: unknown) => void) { cb(null, {}); } };\napi.DescribeRoom({}, (err, res) => console.log(res));' },
  ],
  invalid,
});

suggestionsResolveTheirReports(rule, invalid);

/** Real files of the multi-module service: a client imported with a `.js` specifier that names a `.ts` file. */
const users = serviceFile('src/users.ts');
const LOGIN_GUARD = '\n      if (error) {\n        reject(new Error(`LoginUser failed for ${userId}: ${error}`));\n        return;\n      }';
const serviceCases = {
  valid: [{ name: 'a module with no callback-form calls', ...serviceFile('src/rooms.ts') }],
  invalid: [
    {
      name: 'a callback that reads the response before the error, and the promise the call also returns',
      ...users,
      errors: [
        {
          messageId: 'floatingPromise' as const,
          data: { action: 'LoginUser' },
          line: 55,
          column: 5,
          endLine: 62,
          endColumn: 7,
          suggestions: [{ messageId: 'catchPromise' as const, output: users.code.replace('      resolve(token);\n    });', '      resolve(token);\n    }).catch(() => undefined);') }],
        },
        {
          messageId: 'responseBeforeError' as const,
          data: { name: 'error', response: 'rep', action: 'LoginUser' },
          line: 56,
          column: 21,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'guardWithIfError' as const,
              data: { name: 'error' },
              // The callback's own guard, moved before the read of `rep`.
              output: users.code.replace(LOGIN_GUARD, '').replace('(error, rep) => {', `(error, rep) => {${LOGIN_GUARD}`),
            },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('handle-callback-error on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('handle-callback-error on the multi-module service, with type information', rule, serviceCases);

/** `typeof err !== 'undefined'` holds of every failure: a guard that leaves on it protects what follows. */
const typeofGuard = (guard: string) =>
  `${INTL}export function describe(id: number, cb: (e: unknown, name?: string) => void) {\n  intl.DescribeRoom({ RoomId: id }, (err: any, data: any) => {\n    if (${guard}) return cb(err);\n    cb(null, data.Name);\n  });\n}\n`;
ruleTester.run('handle-callback-error on a typeof guard', rule, {
  valid: [
    { name: "typeof err !== 'undefined' && err !== null", code: typeofGuard("typeof err !== 'undefined' && err !== null") },
    { name: "err !== null && typeof err !== 'undefined'", code: typeofGuard("err !== null && typeof err !== 'undefined'") },
  ],
  invalid: [
    {
      name: "typeof err === 'undefined' never holds of a failure: the guard leaves on success only",
      code: typeofGuard("typeof err === 'undefined'"),
      errors: [
        {
          messageId: 'responseBeforeError',
          data: { response: 'data', action: 'DescribeRoom', name: 'err' },
          line: 5,
          column: 14,
          endColumn: 23,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: typeofGuard("typeof err === 'undefined'").replace('    if (typeof', '    if (err) return cb(err);\n    if (typeof') }],
        },
      ],
    },
  ],
});

/** In an Express handler `(req, res, next)`, the guard hands the failure to `next`: a bare `return` would leave the request unanswered. */
const expressRoute = (guard: string) =>
  `${INTL}export function route(req: any, res: any, next: (e?: unknown) => void) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, data: any) => {\n${guard}    res.json(data);\n  });\n}\n`;
ruleTester.run('handle-callback-error in an Express handler', rule, {
  valid: [{ name: 'the failure handed to next', code: expressRoute('    if (err) return next(err);\n') }],
  invalid: [
    {
      name: 'err never read: the guard offered hands it to next',
      code: expressRoute(''),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 3,
          column: 37,
          endColumn: 45,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: expressRoute('    if (err) return next(err);\n') }],
        },
      ],
    },
  ],
});

/** A callback declaring TypeScript's `this` parameter first: the error is the first real parameter after it. */
ruleTester.run('handle-callback-error on a callback with a this parameter', rule, {
  valid: [{ name: 'the error checked first', code: `${INTL}export function describe(id: number) {\n  return new Promise((resolve, reject) => {\n    intl.DescribeRoom({ RoomId: id }, function (this: void, err: unknown, res: unknown) {\n      if (err) return reject(err);\n      resolve(res);\n    });\n  });\n}\n` }],
  invalid: [
    {
      name: 'the error never read: reported, and the guard offered, for err, not this',
      code: `${INTL}export function describe(id: number) {\n  return new Promise((resolve, reject) => {\n    intl.DescribeRoom({ RoomId: id }, function (this: void, err: unknown, res: unknown) {\n      resolve(res);\n    });\n  });\n}\n`,
      errors: [{ messageId: 'errorNotChecked', data: { name: 'err', action: 'DescribeRoom' }, line: 4, column: 61, endColumn: 73, suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: `${INTL}export function describe(id: number) {\n  return new Promise((resolve, reject) => {\n    intl.DescribeRoom({ RoomId: id }, function (this: void, err: unknown, res: unknown) {\n      if (err) return reject(err);\n      resolve(res);\n    });\n  });\n}\n` }] }],
    },
  ],
});

/**
 * A callback answering the request of the handler around it with that handler's response object
 * (`route` is an Express `(req, res)`, a Fastify `(request, reply)` or a Node `(req, res)` handler):
 * a guard that only returns would leave the request waiting, so the one offered answers with a 500.
 */
const answeringRoute = (params: string, guard: string, answer: string) =>
  `${INTL}export function route(${params}) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, data: any) => {\n${guard}    ${answer};\n  });\n}\n`;
const answerGuard = (answer: string) => `    if (err) {\n      console.error(err);\n      return ${answer};\n    }\n`;
ruleTester.run('handle-callback-error in a request handler without next', rule, {
  valid: [{ name: 'the failure answered with a 500 after the log', code: answeringRoute('req: any, res: any', answerGuard('res.status(500).send()'), 'res.json(data)') }],
  invalid: (
    [
      ['Express', 'req: any, res: any', 'res.json(data)', 'res.status(500).send()'],
      ['Fastify', 'request: any, reply: any', 'reply.code(200).send(data)', 'reply.status(500).send()'],
      ["Node's http (no status() there)", 'req: any, res: any', 'res.end(JSON.stringify(data))', 'res.writeHead(500).end()'],
    ] as const
  ).map(([host, params, answer, fixed]) => ({
    name: `${host}: err never read; the guard offered answers the request with a 500`,
    code: answeringRoute(params, '', answer),
    errors: [
      {
        messageId: 'errorNotChecked' as const,
        data: { name: 'err', action: 'DescribeRoom' },
        line: 3,
        column: 37,
        endColumn: 45,
        suggestions: [{ messageId: 'answerWithServerError' as const, data: { name: 'err' }, output: answeringRoute(params, answerGuard(fixed), answer) }],
      },
    ],
  })),
});

/**
 * A helper of the project with an optional callback (`callLcic(action, payload, cb)`): given one,
 * it hands its failures there (`p.then(ok, cb)`) and returns nothing, so the callback is the
 * call's handler and no promise is left to catch. `use` is the caller's callback (line 11).
 */
const callbackHelper = (use: string) =>
  [
    SDK,
    'function callLcic(action: string, payload: object, cb?: (err: any, res?: any) => void) {',
    '  const p = client.request(action, payload);',
    '  if (cb) {',
    '    p.then((res: any) => cb(null, res), cb);',
    '    return undefined;',
    '  }',
    '  return p;',
    '}',
    'export function route(req: any, res: any) {',
    `  callLcic('DescribeRoom', { RoomId: 1 }, ${use});`,
    '}',
  ].join('\n');
ruleTester.run('handle-callback-error on a helper given a callback for its failures', rule, {
  valid: [{ name: 'the callback checks err first; no promise is left floating', code: callbackHelper('(err: any, room: any) => {\n    if (err) return res.status(500).json({ code: err.code, requestId: err.requestId });\n    res.json(room);\n  }') }],
  invalid: [
    {
      name: 'the callback never reads err',
      code: callbackHelper('(err: any, room: any) => {\n    res.json(room);\n  }'),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 13,
          column: 44,
          endColumn: 52,
          suggestions: [{ messageId: 'answerWithServerError', data: { name: 'err' }, output: callbackHelper('(err: any, room: any) => {\n    if (err) {\n      console.error(err);\n      return res.status(500).send();\n    }\n    res.json(room);\n  }') }],
        },
      ],
    },
  ],
});

/** A raw helper answering through a callback (CALLBACK_HTTPS_HELPER, 19 lines): its `err` is the network's failure, `use` the caller's callback (line 21). */
const rawCallbackCaller = (use: string) => `${CALLBACK_HTTPS_HELPER}\nexport function roomName(done: (err: Error | null, name?: string) => void): void {\n  request('DescribeRoom', { RoomId: 1 }, ${use});\n}`;
const RAW_CALLBACK_BODY = '(err, body) => {\n    if (body.Response.Error) return done(Object.assign(new Error(body.Response.Error.Message), { code: body.Response.Error.Code, requestId: body.Response.RequestId }));\n    done(null, body.Response.Name);\n  }';
ruleTester.run('handle-callback-error on a raw helper answering through a callback', rule, {
  valid: [{ name: 'err checked first', code: rawCallbackCaller(RAW_CALLBACK_BODY.replace('{\n', '{\n    if (err) return done(err);\n')) }],
  invalid: [
    {
      name: 'err never read: a network failure goes on to read the body',
      code: rawCallbackCaller(RAW_CALLBACK_BODY),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 21,
          column: 43,
          endColumn: 46,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: rawCallbackCaller(RAW_CALLBACK_BODY.replace('{\n', '{\n    if (err) return done(err);\n')) }],
        },
      ],
    },
  ],
});

/**
 * A client decorated onto a Fastify instance in another module (`fastify.lcic`), placed by its name
 * only: the service's package.json says which SDK it is (test/fixtures/decorated-client).
 */
const chinaRoutes = fixtureFile('decorated-client', 'china/routes.ts');
const internationalRoutes = fixtureFile('decorated-client', 'international/routes.ts');
ruleTester.run("handle-callback-error on a client known by its name, of the SDK the project's package.json names", rule, {
  valid: [],
  invalid: [
    {
      ...chinaRoutes,
      name: "the China SDK: the callback-form call's promise, left unhandled, is reported",
      errors: [
        {
          messageId: 'floatingPromise',
          data: { action: 'DescribeUser' },
          line: 5,
          column: 5,
          endLine: 8,
          endColumn: 7,
          suggestions: [{ messageId: 'catchPromise', output: chinaRoutes.code.replace('      reply.send(data);\n    });', '      reply.send(data);\n    }).catch(() => undefined);') }],
        },
      ],
    },
    {
      ...internationalRoutes,
      name: 'the international SDK: no promise to handle, and a call without a callback gets no answer',
      errors: [
        { messageId: 'missingCallback', data: { action: 'EndRoom' }, line: 11, column: 5, endColumn: 40 },
        { messageId: 'missingCallback', data: { action: 'DescribeRoom' }, line: 16, column: 22, endColumn: 62 },
      ],
    },
  ],
});

/** The callback's own guard written after the read: the suggestion moves it up rather than writing a second one. */
const lateGuard = (body: string) =>
  `${SDK}export function roomName(roomId: number): Promise<string> {\n  return new Promise((resolve, reject) => {\n    client.DescribeRoom({ RoomId: roomId }, (err, room) => {\n${body}\n    }).catch(() => undefined);\n  });\n}\n`;
/** The report at `room.Name` on line 6, with the guard suggestion giving `fixedBody`. */
const readBeforeGuard = (fixedBody: string) => ({
  messageId: 'responseBeforeError' as const,
  data: { name: 'err', response: 'room', action: 'DescribeRoom' },
  line: 6,
  column: 20,
  endColumn: 29,
  suggestions: [{ messageId: 'guardWithIfError' as const, data: { name: 'err' }, output: lateGuard(fixedBody) }],
});
ruleTester.run('handle-callback-error on a guard written after the read', rule, {
  valid: [],
  invalid: [
    {
      name: 'if (err) return reject(err) after the read: moved before it',
      code: lateGuard("      const name = room.Name;\n      if (err) return reject(err);\n      resolve(name ?? '');"),
      errors: [readBeforeGuard("      if (err) return reject(err);\n      const name = room.Name;\n      resolve(name ?? '');")],
    },
    {
      name: 'a later if (err) that does not leave is no guard to move: a new one is written',
      code: lateGuard("      const name = room.Name;\n      if (err) console.error(err);\n      resolve(name ?? '');"),
      errors: [readBeforeGuard("      if (err) return reject(err);\n      const name = room.Name;\n      if (err) console.error(err);\n      resolve(name ?? '');")],
    },
  ],
});

ruleTester.run('handle-callback-error on a callback that treats a code on purpose', rule, {
  valid: [],
  invalid: [
    {
      name: 'a code taken for success before the read: reported, with no guard that would leave that branch dead',
      code: `${SDK}export function end(id: number, done: (e: unknown, requestId?: string) => void) {\n  client.EndRoom({ RoomId: id }, (err, res) => {\n    if (err && err.code !== 'FailedOperation.ClassEnded') return done(err);\n    done(null, res.RequestId);\n  }).catch(() => undefined);\n}\n`,
      errors: [{ messageId: 'responseBeforeError', data: { name: 'err', response: 'res', action: 'EndRoom' }, line: 6, column: 16, endColumn: 29, suggestions: [] }],
    },
  ],
});

/**
 * Helpers around a callback-form call that hand its failure to their own callback (lines 3-11), as
 * legacy services wrap every call: to their callers they are callback-form calls (`use`, line 13 on).
 */
const callbackWrappers = (use: string) =>
  `${SDK}type Done = (err: any, value?: any) => void;\nfunction registerUser(name: string, cb: Done) {\n  client.RegisterUser({ Name: name }, (err, res) => {\n    if (err) return cb(err);\n    cb(null, res.UserId);\n  }).catch(() => undefined);\n}\nfunction endRoom(id: number, cb: Done) {\n  client.EndRoom({ RoomId: id }, cb).catch(() => undefined);\n}\nexport function route(done: Done) {\n${use}\n}\n`;
ruleTester.run('handle-callback-error on a helper that hands a callback-form call\'s failure to its own callback', rule, {
  valid: [{ name: 'the callers check err first', code: callbackWrappers("  registerUser('ann', (err, id) => {\n    if (err) return done(err);\n    done(null, id);\n  });\n  endRoom(1, (err) => done(err));") }],
  invalid: [
    {
      name: "a caller of each never reads err: the wrapper's action is named",
      code: callbackWrappers("  registerUser('ann', (err, id) => {\n    done(null, id);\n  });\n  endRoom(1, (err) => {\n    console.log('ended');\n  });"),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'RegisterUser' },
          line: 14,
          column: 24,
          endColumn: 27,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: callbackWrappers("  registerUser('ann', (err, id) => {\n    if (err) return done(err);\n    done(null, id);\n  });\n  endRoom(1, (err) => {\n    console.log('ended');\n  });") }],
        },
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'EndRoom' },
          line: 17,
          column: 15,
          endColumn: 18,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: callbackWrappers("  registerUser('ann', (err, id) => {\n    done(null, id);\n  });\n  endRoom(1, (err) => {\n    if (err) {\n      console.error(err);\n      return;\n    }\n    console.log('ended');\n  });") }],
        },
      ],
    },
  ],
});

/** A callback that hands `arguments` on whole passes the error first, as it came. */
ruleTester.run('handle-callback-error on a callback that passes its arguments on', rule, {
  valid: [
    { name: 'cb.apply(null, arguments), with no parameters', code: `${SDK}export function room(cb: (...args: unknown[]) => void) {\n  client.DescribeRoom({ RoomId: 1 }, function () { cb.apply(null, arguments as any); }).catch(() => undefined);\n}\n` },
    { name: 'cb.apply(this, arguments), with parameters never read', code: `${SDK}export function room(cb: (...args: unknown[]) => void) {\n  client.DescribeRoom({ RoomId: 1 }, function (this: unknown, err, res) { cb.apply(this, arguments as any); }).catch(() => undefined);\n}\n` },
  ],
  invalid: [
    {
      name: "an arrow has no arguments of its own: the outer function's are not the callback's",
      code: `${SDK}export function room(cb: (...args: unknown[]) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n    cb(null, res, arguments.length);\n  }).catch(() => undefined);\n}\n`,
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 4,
          column: 39,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'guardWithIfError',
              data: { name: 'err' },
              output: `${SDK}export function room(cb: (...args: unknown[]) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err, res) => {\n    if (err) return cb(err);\n    cb(null, res, arguments.length);\n  }).catch(() => undefined);\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});

/** lodash's `_.noop` given as the callback takes no error, as `function () {}` does (line 3). */
ruleTester.run("handle-callback-error on lodash's noop as the callback", rule, {
  valid: [{ name: "the China SDK's promise, awaited, hands the failure on", code: `import _ from 'lodash';\n${SDK}export async function end() {\n  await client.DeleteRoom({ RoomId: 1 }, _.noop);\n}\n` }],
  invalid: [
    {
      name: 'the international SDK: the failure goes nowhere',
      code: `import _ from 'lodash';\n${INTL}intl.DeleteRoom({ RoomId: 1 }, _.noop);\n`,
      errors: [{ messageId: 'missingErrorParameter', data: { action: 'DeleteRoom' }, line: 3, column: 32, endColumn: 38 }],
    },
  ],
});

/** A comment after the callback's opening brace stays on its line: the guard goes after it. */
const commentedCallback = (guard: string) =>
  `${SDK}export function room(cb: (err: unknown, res?: unknown) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err, res) => { // TODO: cache this\n${guard}    cb(null, res);\n  }).catch(() => undefined);\n}\n`;
ruleTester.run('handle-callback-error on a callback with a comment after its brace', rule, {
  valid: [],
  invalid: [
    {
      name: 'the guard is written below the comment',
      code: commentedCallback(''),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 4,
          column: 39,
          endColumn: 42,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: commentedCallback('    if (err) return cb(err);\n') }],
        },
      ],
    },
  ],
});

/** An Express route (line 3) whose callback reads the response first, while the call's promise `ends` (line 6). */
const teacherRoute = (body: string, ends: string) =>
  `${SDK}export function teacher(req: any, res: any, next: (e: unknown) => void) {\n  client.DescribeRoom({ RoomId: Number(req.params.id) }, (err, room) => {${body}\n    res.json({ teacher: room.TeacherId });\n  })${ends};\n}`;
ruleTester.run('handle-callback-error: the guard when the call\'s promise hands the failure on', rule, {
  valid: [],
  invalid: [
    {
      name: '.catch(next) after the callback: the guard only returns, as next gets the failure from the promise',
      code: teacherRoute('', '.catch(next)'),
      errors: [
        {
          messageId: 'responseBeforeError',
          data: { name: 'err', response: 'room', action: 'DescribeRoom' },
          line: 5,
          column: 25,
          endColumn: 39,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: teacherRoute('\n    if (err) return;', '.catch(next)') }],
        },
      ],
    },
    {
      name: 'the promise dropped: the error is never read, and the guard hands it to next',
      code: teacherRoute('', '.catch(() => undefined)'),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 4,
          column: 59,
          endColumn: 62,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: teacherRoute('\n    if (err) return next(err);', '.catch(() => undefined)') }],
        },
      ],
    },
  ],
});

/** An international-SDK callback inside `new Promise` (line 4) whose body is `body`. */
const settledByHand = (body: string) => `${INTL}export const roomName = (id: number) =>\n  new Promise((resolve, reject) => {\n    intl.DescribeRoom({ RoomId: id }, (err: any, res: any) => {\n${body}\n    });\n  });`;
ruleTester.run('handle-callback-error: the error handed on with no return, and the response read after', rule, {
  valid: [
    { name: 'the read in an else', code: settledByHand('      if (err) reject(err);\n      else resolve(res.Name);') },
    { name: 'the read behind its own test', code: settledByHand('      if (err) reject(err);\n      if (res) resolve(res.Name);') },
    { name: 'an optional read', code: settledByHand('      if (err) reject(err);\n      resolve(res?.Name);') },
  ],
  invalid: [
    {
      name: 'if (err) reject(err); then res.Name: a TypeError where no handler sees it, and the suggestion returns at the reject',
      code: settledByHand('      if (err) reject(err);\n      resolve(res.Name);'),
      errors: [
        {
          messageId: 'responseBeforeError',
          data: { name: 'err', response: 'res', action: 'DescribeRoom' },
          line: 6,
          column: 15,
          endColumn: 23,
          suggestions: [{ messageId: 'returnAfterHandingOn', data: { name: 'err' }, output: settledByHand('      if (err) return reject(err);\n      resolve(res.Name);') }],
        },
      ],
    },
    {
      name: "the caller's callback called with the error, then again with a field of the response",
      code: `${INTL}export function teacher(id: number, done: (e: unknown, t?: string) => void) {\n  intl.DescribeRoom({ RoomId: id }, (err: any, room: any) => {\n    if (err) { done(err); }\n    done(null, room.TeacherId);\n  });\n}`,
      errors: [
        {
          messageId: 'responseBeforeError',
          data: { name: 'err', response: 'room', action: 'DescribeRoom' },
          line: 5,
          column: 16,
          endColumn: 30,
          suggestions: [{ messageId: 'returnAfterHandingOn', data: { name: 'err' }, output: `${INTL}export function teacher(id: number, done: (e: unknown, t?: string) => void) {\n  intl.DescribeRoom({ RoomId: id }, (err: any, room: any) => {\n    if (err) { return done(err); }\n    done(null, room.TeacherId);\n  });\n}` }],
        },
      ],
    },
  ],
});

/** A Sails actions2 action whose `fn(inputs, exits)` makes a callback call (line 4) that runs `body`. */
const sailsAction = (body: string) =>
  `${INTL}module.exports = {\n  fn: function (inputs: any, exits: any) {\n    intl.DescribeRoom({ RoomId: inputs.id }, (err: any, room: any) => {\n${body}\n    });\n  },\n};`;
/** A Sails policy `(req, res, proceed)` whose callback (line 3) runs `body`. */
const sailsPolicy = (body: string) =>
  `${INTL}module.exports = function (req: any, res: any, proceed: () => void) {\n  intl.DescribeUser({ UserId: req.session.userId }, (err: any, user: any) => {\n${body}\n  });\n};`;
ruleTester.run('handle-callback-error in Sails actions and policies', rule, {
  valid: [{ name: 'the failure given to exits.error, and the action left', code: sailsAction('      if (err) return exits.error(err);\n      return exits.success({ name: room.Name });') }],
  invalid: [
    {
      name: "the error never read: the guard gives it to exits.error, as a bare return would leave the action pending",
      code: sailsAction('      return exits.success({ name: room.Name });'),
      errors: [
        {
          messageId: 'errorNotChecked',
          data: { name: 'err', action: 'DescribeRoom' },
          line: 4,
          column: 47,
          endColumn: 55,
          suggestions: [{ messageId: 'guardWithIfError', data: { name: 'err' }, output: sailsAction('      if (err) return exits.error(err);\n      return exits.success({ name: room.Name });') }],
        },
      ],
    },
    {
      name: 'exits.error(err) without a return, then the response read: the fix returns there',
      code: sailsAction('      if (err) exits.error(err);\n      return exits.success({ name: room.Name });'),
      errors: [
        {
          messageId: 'responseBeforeError',
          data: { name: 'err', response: 'room', action: 'DescribeRoom' },
          line: 6,
          column: 36,
          endColumn: 45,
          suggestions: [{ messageId: 'returnAfterHandingOn', data: { name: 'err' }, output: sailsAction('      if (err) return exits.error(err);\n      return exits.success({ name: room.Name });') }],
        },
      ],
    },
    {
      name: "a policy that calls proceed(): no bare return suggested, as the request would hang",
      code: sailsPolicy('    req.user = user;\n    return proceed();'),
      errors: [{ messageId: 'errorNotChecked', data: { name: 'err', action: 'DescribeUser' }, line: 3, column: 54, endColumn: 62, suggestions: [] }],
    },
  ],
});

/** The same route in a module that imports Restify, whose `res.status(code)` returns the code: the guard answers with `res.send(500)`. */
const restifyRoute = (guard: string) => `import type { Request, Response } from 'restify';\n${answeringRoute('req: Request, res: Response', guard, 'res.send(200, data)')}`;
ruleTester.run('handle-callback-error in a Restify handler', rule, {
  valid: [],
  invalid: [
    {
      name: 'err never read; the guard offered answers with res.send(500)',
      code: restifyRoute(''),
      errors: [{ messageId: 'errorNotChecked', data: { name: 'err', action: 'DescribeRoom' }, line: 4, column: 37, endColumn: 45, suggestions: [{ messageId: 'answerWithServerError', data: { name: 'err' }, output: restifyRoute(answerGuard('res.send(500)')) }] }],
    },
  ],
});
