import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-unknown-error-code.js';
import { fixtureFile, fixtureTypedRuleTester, ruleTester, serviceFile, serviceTypedRuleTester, suggestionsResolveTheirReports, typedRuleTester } from '../helpers/rule-tester.js';
import { RESULT_HELPER, SDK, SDK_RESULT_WRAPPERS } from '../helpers/sdk-snippets.js';
import { describe, expect, it } from 'vitest';
import { lintWith } from '../helpers/lint.js';

const lines = (...text: string[]) => text.join('\n');
const handlersFile = (name: string) => fileURLToPath(new URL(`../fixtures/handlers/${name}`, import.meta.url));

const switchOnTrue = (code: string) =>
  SDK + lines(
    'export async function removeRoom(id: number) {',
    '  try {',
    '    await client.DeleteRoom({ RoomId: id });',
    '  } catch (err: any) {',
    '    switch (true) {',
    `      case err.code === '${code}':`,
    '        return;',
    '      default:',
    '        throw err;',
    '    }',
    '  }',
    '}',
  );
const createRoomSwitch = (first: string) =>
  SDK + lines(
    'client.CreateRoom({} as never).catch((e) => {',
    '  switch (e.code) {',
    `    case ${first}:`,
    '      return 1;',
    '    default:',
    '      throw e;',
    '  }',
    '});',
  );

const rawBody = (code: string) =>
  "export async function f() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeRoom' } });\n  const { Response } = await res.json();\n" +
  `  if (Response.Error) {\n    if (Response.Error.Code === ${code}) return null;\n    throw new Error(Response.Error.Code);\n  }\n  return Response.Name;\n}`;
const mixed = (code: string) =>
  SDK + `export async function g() {\n  try {\n    await client.DescribeRoom({ RoomId: 1 });\n    await fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'GetRooms' } }).then((r) => r.json());\n  } catch (e: any) {\n    if (e.code === ${code} || e.code === 'ECONNRESET') return null;\n    throw e;\n  }\n}`;

/** A `try` around an LCIC call and a database write: `compared` tests the code of either. */
const withDatabaseWrite = (compared: string) =>
  SDK +
  `declare const db: { lesson: { create(x: object): Promise<unknown> } };\nexport async function book() {\n  try {\n    const room = await client.CreateRoom({} as never);\n    return await db.lesson.create({ roomId: room.RoomId });\n  } catch (e: any) {\n    if (e.code === ${compared}) throw new Error('duplicate lesson', { cause: e });\n    throw e;\n  }\n}`;

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: "the code of the package's own classifyLcicError(error), compared with a misspelt code",
    code: SDK + "import { classifyLcicError } from 'eslint-plugin-lcic/codes';\nexport async function b() {\n  try {\n    return await client.DescribeRoom({ RoomId: 1 });\n  } catch (error) {\n    const failure = classifyLcicError(error);\n    if (failure?.kind === 'api' && failure.code === 'ResourceNotFound.Rom') return null;\n    throw error;\n  }\n}",
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 9,
        column: 53,
        endColumn: 75,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: SDK + "import { classifyLcicError } from 'eslint-plugin-lcic/codes';\nexport async function b() {\n  try {\n    return await client.DescribeRoom({ RoomId: 1 });\n  } catch (error) {\n    const failure = classifyLcicError(error);\n    if (failure?.kind === 'api' && failure.code === 'ResourceNotFound.Room') return null;\n    throw error;\n  }\n}" },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: SDK + "import { classifyLcicError } from 'eslint-plugin-lcic/codes';\nexport async function b() {\n  try {\n    return await client.DescribeRoom({ RoomId: 1 });\n  } catch (error) {\n    const failure = classifyLcicError(error);\n    if (failure?.kind === 'api' && failure.code === 'ResourceNotFound') return null;\n    throw error;\n  }\n}" },
        ],
      },
    ],
  },
  {
    name: 'a raw helper whose guard function throws the code as code: its callers compare LCIC codes, and a misspelt one is reported',
    code: "class LcicApiError extends Error {\n  constructor(readonly code: string, readonly requestId: string) { super(code); }\n}\nfunction assertOk(body: any) {\n  if (body.Response.Error) throw new LcicApiError(body.Response.Error.Code, body.Response.RequestId);\n  return body.Response;\n}\nasync function describeRoom(roomId: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: roomId }) });\n  return assertOk(await res.json());\n}\nexport async function findRoom(roomId: number) {\n  try {\n    return await describeRoom(roomId);\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Rom') return null;\n    throw err;\n  }\n}",
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 16,
        column: 22,
        endColumn: 44,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: "class LcicApiError extends Error {\n  constructor(readonly code: string, readonly requestId: string) { super(code); }\n}\nfunction assertOk(body: any) {\n  if (body.Response.Error) throw new LcicApiError(body.Response.Error.Code, body.Response.RequestId);\n  return body.Response;\n}\nasync function describeRoom(roomId: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: roomId }) });\n  return assertOk(await res.json());\n}\nexport async function findRoom(roomId: number) {\n  try {\n    return await describeRoom(roomId);\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') return null;\n    throw err;\n  }\n}" },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: "class LcicApiError extends Error {\n  constructor(readonly code: string, readonly requestId: string) { super(code); }\n}\nfunction assertOk(body: any) {\n  if (body.Response.Error) throw new LcicApiError(body.Response.Error.Code, body.Response.RequestId);\n  return body.Response;\n}\nasync function describeRoom(roomId: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: roomId }) });\n  return assertOk(await res.json());\n}\nexport async function findRoom(roomId: number) {\n  try {\n    return await describeRoom(roomId);\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound') return null;\n    throw err;\n  }\n}" },
        ],
      },
    ],
  },
  {
    name: "a code taken from a constant array by index, or from a constant Map by get: the value it stands for is checked",
    code: SDK + "const CODES = ['ResourceNotFound.Rom', 'FailedOperation'] as const;\nconst BY_NAME = new Map([['gone', 'ResourceNotFound.Rooom']]);\nclient.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  if (err.code === CODES[0]) return null;\n  if (err.code === BY_NAME.get('gone')) return null;\n  throw err;\n});",
    errors: [
      { messageId: 'unknownCode', data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" }, line: 6, column: 20, suggestions: [] },
      { messageId: 'unknownCode', data: { code: 'ResourceNotFound.Rooom', hint: " Did you mean 'ResourceNotFound.Room'?" }, line: 7, column: 20, suggestions: [] },
    ],
  },
  {
    name: 'the code read as err && err.code (an error is never falsy): its comparison is checked',
    code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  const code = (err && err.code) || 'Unknown';\n  if (code === 'ResourceNotFound.Rom') return null;\n  throw err;\n});",
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 5,
        column: 16,
        endColumn: 38,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  const code = (err && err.code) || 'Unknown';\n  if (code === 'ResourceNotFound.Room') return null;\n  throw err;\n});" },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  const code = (err && err.code) || 'Unknown';\n  if (code === 'ResourceNotFound') return null;\n  throw err;\n});" },
        ],
      },
    ],
  },
  {
    name: "switch (true) with the code compared in each case: each case is a comparison",
    code: switchOnTrue('ResourceNotFound.Rom'),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 8,
        column: 25,
        endColumn: 47,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: switchOnTrue('ResourceNotFound.Room') },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: switchOnTrue('ResourceNotFound') },
        ],
      },
    ],
  },
  {
    name: 'a guard reached as a method of an object (errors.isGone(e)), as a module object exports it',
    code: SDK + "const errors = { isGone: (e: any) => e.code === 'ResourceNotFound.Rom' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { if (errors.isGone(e)) return null; throw e; });",
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 3,
        column: 49,
        endColumn: 71,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: SDK + "const errors = { isGone: (e: any) => e.code === 'ResourceNotFound.Room' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { if (errors.isGone(e)) return null; throw e; });" },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: SDK + "const errors = { isGone: (e: any) => e.code === 'ResourceNotFound' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { if (errors.isGone(e)) return null; throw e; });" },
        ],
      },
    ],
  },
  {
    name: 'a misspelt code in a list looked up with indexOf',
    code: SDK + "const RETRYABLE = ['InternalError', 'FailedOperation.RequestTimeOut'];\nclient.EndRoom({ RoomId: 1 }).catch((e) => { if (RETRYABLE.indexOf(e.code) > -1) return null; throw e; });",
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'FailedOperation.RequestTimeOut', hint: " Did you mean 'FailedOperation.RequestTimedOut'?" },
        line: 3,
        column: 37,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'replaceCode',
            data: { code: 'FailedOperation.RequestTimedOut' },
            output: SDK + "const RETRYABLE = ['InternalError', 'FailedOperation.RequestTimedOut'];\nclient.EndRoom({ RoomId: 1 }).catch((e) => { if (RETRYABLE.indexOf(e.code) > -1) return null; throw e; });",
          },
        ],
      },
    ],
  },
  {
    // The suggestion is the nearest code CreateRoom can return: ResourceNotFound.User.
    name: 'beside a database write, a near miss of a real code is still reported',
    code: withDatabaseWrite("'ResourceNotFound.Rom'"),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.User'?" },
        line: 9,
        column: 20,
        endColumn: 42,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.User' }, output: withDatabaseWrite("'ResourceNotFound.User'") },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: withDatabaseWrite("'ResourceNotFound'") },
        ],
      },
    ],
  },
  {
    name: "without other work in the try, another library's code is one the call never has",
    code: SDK + "export async function book() {\n  try {\n    return await client.CreateRoom({} as never);\n  } catch (e: any) {\n    if (e.code === 'NoSuchKey') return null;\n    throw e;\n  }\n}",
    errors: [{ messageId: 'unknownCode', data: { code: 'NoSuchKey', hint: '' }, line: 7, column: 20, endColumn: 31, suggestions: [] }],
  },
  {
    name: "a raw body's Response.Error.Code compared with a misspelt code",
    code: rawBody("'ResourceNotFound.Rom'"),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 5,
        column: 33,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: rawBody("'ResourceNotFound.Room'") },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: rawBody("'ResourceNotFound'") },
        ],
      },
    ],
  },
  {
    name: "a handler that gets an SDK call's failures and a raw call's network errors: a misspelt LCIC code is still reported",
    code: mixed("'ResourceNotFound.Rom'"),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 8,
        column: 20,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: mixed("'ResourceNotFound.Room'") },
          { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: mixed("'ResourceNotFound'") },
        ],
      },
    ],
  },
  {
    name: 'a misspelt code among the keys of a message table',
    code: SDK + "const MESSAGES: Record<string, string> = { 'ResourceNotFound.Rom': 'No such room', unknown: 'Try again' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { throw new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e }); });",
    errors: [{ messageId: 'unknownCode', data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" }, line: 3, column: 44, endColumn: 66, suggestions: [
      { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: SDK + "const MESSAGES: Record<string, string> = { 'ResourceNotFound.Room': 'No such room', unknown: 'Try again' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { throw new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e }); });" },
      { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: SDK + "const MESSAGES: Record<string, string> = { 'ResourceNotFound': 'No such room', unknown: 'Try again' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { throw new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e }); });" },
    ] }],
  },
  {
    name: 'a typo gets did-you-mean with a suggestion that keeps the quotes',
    code: createRoomSwitch("'FailedOperation.ClassTooLng'"),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'FailedOperation.ClassTooLng', hint: " Did you mean 'FailedOperation.ClassTooLong'?" },
        line: 5,
        column: 10,
        endColumn: 39,
        suggestions: [{ messageId: 'replaceCode', data: { code: 'FailedOperation.ClassTooLong' }, output: createRoomSwitch("'FailedOperation.ClassTooLong'") }],
      },
    ],
  },
  {
    name: 'suggestions only offer codes the call can return; the hint may name any code',
    code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === "ResourceNotFound.Usr") return; throw e; });',
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFound.Usr', hint: " Did you mean 'ResourceNotFound.Room'?" },
        line: 3,
        column: 66,
        suggestions: [
          {
            messageId: 'replaceCode',
            data: { code: 'ResourceNotFound.Room' },
            output: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === "ResourceNotFound.Room") return; throw e; });',
          },
          {
            messageId: 'replaceCode',
            data: { code: 'ResourceNotFound' },
            output: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === "ResourceNotFound") return; throw e; });',
          },
        ],
      },
    ],
  },
  {
    name: 'a string that is nothing like a code: no suggestion',
    code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === 'Oops') return; throw e; });",
    errors: [{ messageId: 'unknownCode', data: { code: 'Oops', hint: '' }, line: 3, column: 66, suggestions: [] }],
  },
  {
    name: 'a prefix that starts no code, and a constant holding a typo (reported, not fixed in place)',
    code: SDK + lines(
      "const NOT_FOUND = 'ResourceNotFund';",
      'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      "  if (e.code.startsWith('ResourceNotFund')) return;",
      '  if (e.code === NOT_FOUND) return;',
      '  throw e;',
      '});',
    ),
    errors: [
      { messageId: 'unknownCode', data: { code: 'ResourceNotFund', hint: " Did you mean 'ResourceNotFound'?" }, line: 5, column: 25, suggestions: [
        { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: SDK + lines(
          "const NOT_FOUND = 'ResourceNotFund';",
          'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
          "  if (e.code.startsWith('ResourceNotFound')) return;",
          '  if (e.code === NOT_FOUND) return;',
          '  throw e;',
          '});',
        ) },
      ] },
      { messageId: 'unknownCode', data: { code: 'ResourceNotFund', hint: " Did you mean 'ResourceNotFound'?" }, line: 6, column: 18, suggestions: [] },
    ],
  },
  {
    name: 'a real LCIC code the action never returns is a dead branch',
    code: createRoomSwitch("'ResourceNotFound.Room'"),
    errors: [
      {
        messageId: 'unreachableCode',
        data: { actions: 'CreateRoom', s: 's', their: 'its', code: 'ResourceNotFound.Room', edition: '' },
        line: 5,
        column: 10,
      },
    ],
  },
  {
    name: 'dead for every call in the try',
    code: SDK + lines(
      'async function f() {',
      '  try {',
      '    await client.DeleteRoom({ RoomId: 1 });',
      '    await client.DescribeRoom({ RoomId: 1 });',
      "  } catch (e: any) { if (e.code === 'FailedOperation.ClassTooLong') return; throw e; }",
      '}',
    ),
    errors: [
      {
        messageId: 'unreachableCode',
        data: { actions: 'DeleteRoom and DescribeRoom', s: '', their: 'their', code: 'FailedOperation.ClassTooLong', edition: '' },
        line: 7,
        column: 37,
      },
    ],
  },
  {
    name: "an enum of the project whose member holds a misspelt code, compared with the error's code",
    code: SDK + lines(
      "enum UserError { NotFound = 'ResourceNotFound.Usr' }",
      'export async function token(userId: string) {',
      '  try {',
      '    return await client.LoginUser({ UserId: userId });',
      '  } catch (err: any) {',
      '    if (err.code === UserError.NotFound) return null;',
      '    throw err;',
      '  }',
      '}',
    ),
    errors: [{ messageId: 'unknownCode', data: { code: 'ResourceNotFound.Usr', hint: " Did you mean 'ResourceNotFound.User'?" }, line: 8, column: 22, endColumn: 40, suggestions: [] }],
  },
  {
    name: "a code destructured with a default (const { code = '' } = err) is still the error's code",
    code: SDK + lines(
      'export async function endA(roomId: number): Promise<void> {',
      '  try {',
      '    await client.EndRoom({ RoomId: roomId });',
      '  } catch (err: any) {',
      "    const { code = '' } = err;",
      "    if (code === 'FailedOperation.ClassExpird') return;",
      '    throw err;',
      '  }',
      '}',
    ),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'FailedOperation.ClassExpird', hint: " Did you mean 'FailedOperation.ClassExpired'?" },
        line: 8,
        column: 18,
        endColumn: 47,
        suggestions: [
          { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassExpired' }, output: SDK + lines(
      'export async function endA(roomId: number): Promise<void> {',
      '  try {',
      '    await client.EndRoom({ RoomId: roomId });',
      '  } catch (err: any) {',
      "    const { code = '' } = err;",
      "    if (code === 'FailedOperation.ClassExpired') return;",
      '    throw err;',
      '  }',
      '}',
    ) },
          { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassEnded' }, output: SDK + lines(
      'export async function endA(roomId: number): Promise<void> {',
      '  try {',
      '    await client.EndRoom({ RoomId: roomId });',
      '  } catch (err: any) {',
      "    const { code = '' } = err;",
      "    if (code === 'FailedOperation.ClassEnded') return;",
      '    throw err;',
      '  }',
      '}',
    ) },
          { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassStarted' }, output: SDK + lines(
      'export async function endA(roomId: number): Promise<void> {',
      '  try {',
      '    await client.EndRoom({ RoomId: roomId });',
      '  } catch (err: any) {',
      "    const { code = '' } = err;",
      "    if (code === 'FailedOperation.ClassStarted') return;",
      '    throw err;',
      '  }',
      '}',
    ) },
        ],
      },
    ],
  },
  {
    // Several steps from the require (an alias of the class, promisify, bind), the client is still the international SDK's.
    name: "a code only the China list has, on a promisified call of the international SDK's client made through an alias of the class",
    code: lines(
      "const util = require('util');",
      "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');",
      'const LcicClient = tencentcloud.lcic.v20220817.Client;',
      "const client = new LcicClient({ region: 'ap-singapore' });",
      'export async function stats(id: number) {',
      '  const describe = util.promisify(client.DescribeRoomStatistics.bind(client));',
      '  try {',
      '    return await describe({ RoomId: id });',
      '  } catch (err: any) {',
      "    if (err.code === 'FailedOperation.ClassExpired') return null;",
      '    throw err;',
      '  }',
      '}',
    ),
    errors: [{ messageId: 'unreachableCode', data: { actions: 'DescribeRoomStatistics', s: 's', code: 'FailedOperation.ClassExpired', edition: ' on the international edition' }, line: 10, column: 22, endColumn: 52 }],
  },
  {
    name: 'a member of a list of codes that the action never returns: the entry never matches, though the branch runs for the others',
    code: SDK + lines(
      'export async function kick(roomId: number, userId: string) {',
      '  try {',
      '    await client.KickUserFromRoom({ RoomId: roomId, UserId: userId } as never);',
      '  } catch (err: any) {',
      "    if (['ResourceNotFound.Room', 'ResourceNotFound.User'].includes(err.code)) return { status: 404 };",
      '    throw err;',
      '  }',
      '  return { status: 204 };',
      '}',
    ),
    errors: [{ messageId: 'unreachableListedCode', data: { actions: 'KickUserFromRoom', s: 's', code: 'ResourceNotFound.User', edition: '' }, line: 7, column: 35, endColumn: 58 }],
  },
  {
    // Awaiting what the calls' own promises make is no other work: no code but theirs reaches the catch.
    name: 'dead for calls stored in names and awaited together with Promise.all, and for a call awaited directly',
    code: SDK + lines(
      'async function f() {',
      '  const room = client.DescribeRoom({ RoomId: 1 });',
      '  try {',
      '    await Promise.all([room, client.DeleteRoom({ RoomId: 1 })]);',
      "  } catch (e: any) { if (e.code === 'FailedOperation.ClassTooLong') return; throw e; }",
      '}',
    ),
    errors: [
      {
        messageId: 'unreachableCode',
        data: { actions: 'DescribeRoom and DeleteRoom', s: '', their: 'their', code: 'FailedOperation.ClassTooLong', edition: '' },
        line: 7,
        column: 37,
      },
    ],
  },
];

/** Destructured parameters with a type and no type information: a resolver's context whose field is a repository class, and a bag holding the client. */
const DESTRUCTURED_CONTEXT = lines(
  "import * as tencentcloud from 'tencentcloud-sdk-nodejs';",
  'type LcicClient = InstanceType<typeof tencentcloud.lcic.v20220817.Client>;',
  'class RoomRepository {',
  '  constructor(private readonly client: LcicClient) {}',
  '  rename(roomId: number, name: string) { return this.client.ModifyRoom({ RoomId: roomId, SdkAppId: 1, Name: name }); }',
  '}',
  'interface Context { repo: RoomRepository }',
  'export async function renameClass(_: unknown, { id, name }: { id: number; name: string }, { repo }: Context) {',
  "  try { return await repo.rename(id, name); } catch (err: any) { if (err.code === 'ResourceNotFound.Rooom') return false; throw err; }",
  '}',
  'export async function room({ lcic }: { lcic: LcicClient }, id: number) {',
  "  try { return await lcic.DescribeRoom({ RoomId: id }); } catch (err: any) { if (err.code === 'ResourceNotFound.Rooom') return null; throw err; }",
  '}',
);

ruleTester.run('no-unknown-error-code', rule, {
  valid: [
    {
      name: 'a code taken from a Map or an array the module changes (set, an element assigned): not known, so not checked',
      code: SDK + "const GONE = new Map([['gone', 'FailedOperation.ClassEnded']]);\nexport function configure(code: string) { GONE.set('gone', code); }\nconst CODES = ['FailedOperation.ClassEnded'];\nCODES[0] = 'ResourceNotFound.Room';\nclient.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  if (err.code === GONE.get('gone')) return null;\n  if (err.code === CODES[0]) return null;\n  throw err;\n});",
    },
    { name: "beside a database write, the database's own code (shaped like no LCIC code)", code: withDatabaseWrite("'P2002'") },
    { name: 'a Node network code, shaped like no LCIC code', code: withDatabaseWrite("'ETIMEDOUT'") },
    { name: "COS's or S3's NoSuchKey, from other work the try awaits", code: withDatabaseWrite("'NoSuchKey'") },
    { name: 'a real code the call never returns, when the try awaits other work that may fail with it', code: withDatabaseWrite("'ResourceNotFound.Room'") },
    {
      name: 'a real code the call never returns, when Promise.all in the try also awaits other work',
      code: SDK + "declare const db: { save(): Promise<void> };\nasync function f() {\n  try {\n    await Promise.all([client.DeleteRoom({ RoomId: 1 }), db.save()]);\n  } catch (e: any) { if (e.code === 'FailedOperation.ClassTooLong') return; throw e; }\n}",
    },
    { name: 'codes the action returns', code: createRoomSwitch("'FailedOperation.ClassTooLong'") },
    { name: 'common codes can come from any action', code: createRoomSwitch("'RequestLimitExceeded'") },
    { name: 'a family or prefix that matches a returnable code', code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code.split('.')[0] === 'ResourceNotFound' || e.code.startsWith('Failed')) return; throw e; });" },
    {
      name: 'the international list of DescribeRoomStatistics lacks ClassExpired, but the China list has it',
      code: SDK + "client.DescribeRoomStatistics({ RoomId: 1 }).catch((e) => { if (e.code === 'FailedOperation.ClassExpired') return; throw e; });",
    },
    { name: 'strings compared with something other than the code', code: SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.message === 'Oops') return; throw e; });" },
    { name: "a raw body's code compared with a code the action returns", code: rawBody("'ResourceNotFound.Room'") },
    { name: "the same handler's network error code, which is not an LCIC code, is left alone", code: mixed("'ResourceNotFound.Room'") },
    {
      name: 'keys of a message table that are not codes',
      code: SDK + "const MESSAGES: Record<string, string> = { 'ResourceNotFound.Room': 'No such room', unknown: 'Try again' };\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { throw new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e }); });",
    },
    {
      name: "a raw call's rejection is a network error, with the HTTP client's codes",
      code: "import axios from 'axios';\naxios.post('https://lcic.tencentcloudapi.com', {}, { headers: { 'X-TC-Action': 'GetRooms' } }).then((r) => r.data.Response, (e) => { if (e.code === 'ECONNABORTED') return null; throw e; });",
    },
    { name: 'false-positive guard: not an LCIC client', code: "const client = { DescribeRoom: async (_: object) => 1 };\nclient.DescribeRoom({}).catch((e: any) => { if (e.code === 'Oops') return; });" },
  ],
  invalid: [
    ...invalid,
    {
      name: 'the international edition setting changes which codes are dead',
      code: SDK + "client.DescribeRoomStatistics({ RoomId: 1 }).catch((e) => { if (e.code === 'FailedOperation.ClassExpired') return; throw e; });",
      settings: { lcic: { edition: 'international' } },
      errors: [
        {
          messageId: 'unreachableCode',
          data: { actions: 'DescribeRoomStatistics', s: 's', their: 'its', code: 'FailedOperation.ClassExpired', edition: ' on the international edition' },
          line: 3,
          column: 76,
        },
      ],
    },
    {
      name: "destructured parameters typed without type information: a resolver's context whose field is a repository class, and one typed with the client",
      code: DESTRUCTURED_CONTEXT,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rooom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 9,
          column: 83,
          endColumn: 107,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: DESTRUCTURED_CONTEXT.replace("'ResourceNotFound.Rooom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.User' }, output: DESTRUCTURED_CONTEXT.replace("'ResourceNotFound.Rooom'", "'ResourceNotFound.User'") },
          ],
        },
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rooom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 12,
          column: 95,
          endColumn: 119,
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'ResourceNotFound.Room' },
              output: DESTRUCTURED_CONTEXT.replace(/'ResourceNotFound\.Rooom'(?=\) return null)/, "'ResourceNotFound.Room'"),
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester.run('no-unknown-error-code with type information', rule, {
  valid: [],
  invalid: [
    {
      name: 'a client returned by a function',
      code: lines(
        "import { lcic } from 'tencentcloud-sdk-nodejs';",
        'declare function lcicClient(): InstanceType<typeof lcic.v20220817.Client>;',
        "lcicClient().DescribeUser({ UserId: 'u' }).catch((e) => { if (e.code === 'ResourceNotFound.Usr') return; throw e; });",
      ),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Usr', hint: " Did you mean 'ResourceNotFound.User'?" },
          line: 3,
          column: 74,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.User' }, output: lines(
              "import { lcic } from 'tencentcloud-sdk-nodejs';",
              'declare function lcicClient(): InstanceType<typeof lcic.v20220817.Client>;',
              "lcicClient().DescribeUser({ UserId: 'u' }).catch((e) => { if (e.code === 'ResourceNotFound.User') return; throw e; });",
            ) },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: lines(
              "import { lcic } from 'tencentcloud-sdk-nodejs';",
              'declare function lcicClient(): InstanceType<typeof lcic.v20220817.Client>;',
              "lcicClient().DescribeUser({ UserId: 'u' }).catch((e) => { if (e.code === 'ResourceNotFound') return; throw e; });",
            ) },
          ],
        },
      ],
    },
  ],
});

suggestionsResolveTheirReports(rule, invalid);

/** Real files of the multi-module service: a client from an index, a wrapper instance exported by it. */
const rooms = serviceFile('src/rooms.ts');
const statistics = serviceFile('src/statistics.ts');
const serviceCases = {
  valid: [{ name: 'real codes of the actions called through a wrapper imported with a paths alias', ...serviceFile('src/schedule.ts') }],
  invalid: [
    {
      name: 'a misspelt code, on a client imported through an index',
      ...rooms,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 103,
          column: 41,
          endColumn: 63,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: rooms.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: rooms.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
    {
      name: 'a code the action never returns, on a method of a wrapper instance exported by another module',
      ...serviceFile('src/users.ts'),
      errors: [{ messageId: 'unreachableCode' as const, data: { actions: 'KickUserFromRoom', s: 's', code: 'ResourceNotFound.User', edition: '' }, line: 72, column: 41, endColumn: 64 }],
    },
    {
      name: 'a misspelt code, on a signing helper that throws its own error with the code (lcic/call.ts)',
      ...statistics,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rooms', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 43,
          column: 53,
          endColumn: 77,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: statistics.code.replace("'ResourceNotFound.Rooms'", "'ResourceNotFound.Room'") },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('no-unknown-error-code on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('no-unknown-error-code on the multi-module service, with type information', rule, serviceCases);

/**
 * Guards and mappings shared by several handlers, in another module: each test is judged against
 * every call whose failures reach it, and reported at the call in this file that leads to it,
 * naming where it is (a report at the other file's position would land on the wrong lines).
 */
const guardedRooms = { code: readFileSync(handlersFile('rooms.ts'), 'utf8'), filename: handlersFile('rooms.ts') };
ruleTester.run('no-unknown-error-code through helpers of another module', rule, {
  valid: [],
  invalid: [
    {
      // FailedOperation.ClassTooLong, which neither DescribeRoom nor EndRoom returns, is not called dead there:
      // a function of another module may serve other files' calls (CreateRoom's), which this lint does not see.
      name: 'a typo in an imported guard and in an imported table; a code the callers here never return is left alone in the other module',
      ...guardedRooms,
      errors: [
        {
          messageId: 'unknownCodeElsewhere',
          data: { code: 'RequestLimitExceed', place: 'lcic-errors.ts:3', hint: " Did you mean 'RequestLimitExceeded'?" },
          line: 10,
          column: 9,
          endColumn: 25,
          suggestions: [],
        },
        {
          // A table exported by the other module: reported at the look-up here.
          messageId: 'unknownCodeElsewhere',
          data: { code: 'RequestLimitExceded', place: 'lcic-errors.ts:13', hint: " Did you mean 'RequestLimitExceeded'?" },
          line: 27,
          column: 9,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
  ],
});

/** A mapping in the same file, shared by two handlers: the order of the callers does not matter. */
const sharedMapping = (first: string, second: string) =>
  SDK +
  lines(
    'function mapLcicError(err: any) {',
    "  if (err.code === 'FailedOperation.ClassEnded') return new Error('over', { cause: err });",
    '  return err;',
    '}',
    `export async function a() { try { await client.${first}({ RoomId: 1 }); } catch (err) { throw mapLcicError(err); } }`,
    `export async function b() { try { await client.${second}({ RoomId: 1 }); } catch (err) { throw mapLcicError(err); } }`,
  );
ruleTester.run('no-unknown-error-code in a mapping shared by handlers', rule, {
  valid: [
    { name: 'the describing call first: EndRoom, second, returns the code', code: sharedMapping('DescribeRoom', 'EndRoom') },
    { name: 'the ending call first', code: sharedMapping('EndRoom', 'DescribeRoom') },
  ],
  invalid: [
    {
      name: 'neither caller returns the code',
      code: sharedMapping('DescribeRoom', 'DescribeUser'),
      errors: [{ messageId: 'unreachableCode', data: { actions: 'DescribeRoom and DescribeUser', s: '', code: 'FailedOperation.ClassEnded', edition: '' }, line: 4, column: 20 }],
    },
  ],
});

/** A guard that takes the code as a parameter: each call's code is checked where it is written. */
const guardWithCode = (calls: string) =>
  SDK +
  lines(
    'function isLcicError(err: any, code: string): boolean {',
    '  return err?.code === code;',
    '}',
    calls,
  );
ruleTester.run('no-unknown-error-code through a guard given the code', rule, {
  valid: [
    {
      name: 'real codes of the calls, given to the guard',
      code: guardWithCode("client.DescribeRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'ResourceNotFound.Room')) return null; throw err; });"),
    },
  ],
  invalid: [
    {
      name: 'a misspelt code and a code the action never returns, each reported at the argument, with suggestions there',
      code: guardWithCode(
        "client.DescribeRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'ResourceNotFound.Rom')) return null; throw err; });\nclient.DeleteRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'FailedOperation.ClassEnded')) return null; throw err; });",
      ),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 6,
          column: 74,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'ResourceNotFound.Room' },
              output: guardWithCode(
                "client.DescribeRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'ResourceNotFound.Room')) return null; throw err; });\nclient.DeleteRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'FailedOperation.ClassEnded')) return null; throw err; });",
              ),
            },
            {
              messageId: 'replaceCode',
              data: { code: 'ResourceNotFound' },
              output: guardWithCode(
                "client.DescribeRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'ResourceNotFound')) return null; throw err; });\nclient.DeleteRoom({ RoomId: 1 }).catch((err) => { if (isLcicError(err, 'FailedOperation.ClassEnded')) return null; throw err; });",
              ),
            },
          ],
        },
        { messageId: 'unreachableCode', data: { actions: 'DeleteRoom', s: 's', code: 'FailedOperation.ClassEnded', edition: '' }, line: 7, column: 72, endColumn: 100 },
      ],
    },
  ],
});

/** An axios instance whose response interceptor turns Response.Error into a rejection (test/fixtures/axios-instance). */
const axiosInstanceFile = (name: string) => fileURLToPath(new URL(`../fixtures/axios-instance/${name}`, import.meta.url));
const intercepted = { code: readFileSync(axiosInstanceFile('classes.ts'), 'utf8'), filename: axiosInstanceFile('classes.ts') };
/** The same instance in one file, its interceptor rejecting with `rejection`, and a caller comparing the code with a typo. */
const interceptedHere = (rejection: string) =>
  [
    "import axios from 'axios';",
    "const api = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });",
    `api.interceptors.response.use((res) => (res.data.Response.Error ? Promise.reject(${rejection}) : res.data.Response));`,
    'export async function roomName(roomId: number) {',
    '  try {',
    "    return await api.post('/', { RoomId: roomId }, { headers: { 'X-TC-Action': 'DescribeRoom' } });",
    '  } catch (err: any) {',
    "    if (err.code === 'ResourceNotFound.Rom') return null;",
    '    throw err;',
    '  }',
    '}',
  ].join('\n');

const withObject = interceptedHere('{ code: res.data.Response.Error.Code, requestId: res.data.Response.RequestId }');

/** A handler of a call through an intercepted instance or a throwing signing helper: it also gets axios's own codes. */
const withTimeout = (call: string, setup: string) =>
  [
    setup,
    'export async function room(ctx: any) {',
    '  try {',
    `    ctx.body = await ${call};`,
    '  } catch (err: any) {',
    "    if (err.code === 'ECONNABORTED') { ctx.status = 504; return; }",
    "    if (err.code === 'ResourceNotFound.Rom') { ctx.status = 404; return; }",
    '    throw err;',
    '  }',
    '}',
  ].join('\n');
const timeoutCases = [
  withTimeout(
    "api.post('/', { RoomId: 1 }, { headers: { 'X-TC-Action': 'DescribeRoom' } })",
    "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com', timeout: 5000 });\napi.interceptors.response.use((res) => (res.data.Response.Error ? Promise.reject(Object.assign(new Error(res.data.Response.Error.Message), { code: res.data.Response.Error.Code })) : res.data.Response));",
  ),
  withTimeout(
    "call('DescribeRoom', { RoomId: 1 })",
    "async function call(action: string, payload: object): Promise<any> {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });\n  const { Response } = await res.json();\n  if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code, requestId: Response.RequestId });\n  return Response;\n}",
  ),
];

ruleTester.run('no-unknown-error-code behind an axios response interceptor', rule, {
  valid: [
    {
      name: 'the interceptor rejects with the message only: the caller compares codes nothing gives it, and is not judged',
      code: interceptedHere('new Error(res.data.Response.Error.Message)'),
    },
  ],
  invalid: [
    {
      name: 'the interceptor rejects with the code kept as code: a misspelt code at a caller in another module',
      ...intercepted,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rooms', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 10,
          column: 22,
          endColumn: 46,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: intercepted.code.replace("'ResourceNotFound.Rooms'", "'ResourceNotFound.Room'") }],
        },
      ],
    },
    ...timeoutCases.map((code, i) => ({
      name: `${i === 0 ? 'an intercepted instance' : 'a throwing signing helper'}: axios's own ECONNABORTED is left alone, a misspelt LCIC code is not`,
      code,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: i === 0 ? 9 : 12,
          column: 22,
          endColumn: 44,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    })),
    {
      name: 'a throwing signing helper: a real code the action never returns is dead, whatever network errors also arrive',
      code: timeoutCases[1]?.replace("err.code === 'ResourceNotFound.Rom'", "err.code === 'FailedOperation.ClassStarted'") ?? '',
      errors: [{ messageId: 'unreachableCode' as const, data: { actions: 'DescribeRoom', s: 's', code: 'FailedOperation.ClassStarted', edition: '' }, line: 12, column: 22, endColumn: 52 }],
    },
    {
      name: 'the same in one file, the rejection an object with the code',
      code: withObject,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 8,
          column: 22,
          endColumn: 44,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: withObject.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: withObject.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
});

/** `Promise.all` over calls: its rejection is the first call's failure, so its handler is theirs. */
const combined = (body: string) => SDK + lines('export async function register(names: string[]) {', body, '}');
const registerTypo = (name: string, line: number, column: number, code: string) => ({
  name,
  code,
  errors: [
    {
      messageId: 'unknownCode' as const,
      data: { code: 'FailedOperation.OriginIdExist', hint: " Did you mean 'FailedOperation.OriginIdExists'?" },
      line,
      column,
      endColumn: column + 31,
      suggestions: [{ messageId: 'replaceCode' as const, data: { code: 'FailedOperation.OriginIdExists' }, output: code.replace("'FailedOperation.OriginIdExist'", "'FailedOperation.OriginIdExists'") }],
    },
  ],
});

ruleTester.run('no-unknown-error-code through Promise.all', rule, {
  valid: [
    {
      name: 'allSettled never rejects: its results keep the failures, and the catch around it gets none',
      code: combined(
        lines(
          '  try {',
          '    return await Promise.allSettled(names.map((n) => client.RegisterUser({ SdkAppId: 1, Name: n })));',
          '  } catch (err: any) {',
          "    if (err.code === 'FailedOperation.OriginIdExist') return null;",
          '    throw err;',
          '  }',
        ),
      ),
    },
  ],
  invalid: [
    registerTypo(
      'the calls mapped into Promise.all, the catch around it',
      7,
      22,
      combined(
        lines(
          '  try {',
          '    await Promise.all(names.map((n) => client.RegisterUser({ SdkAppId: 1, Name: n })));',
          '  } catch (err: any) {',
          "    if (err.code === 'FailedOperation.OriginIdExist') return null;",
          '    throw err;',
          '  }',
        ),
      ),
    ),
    registerTypo(
      'an async mapper that awaits the call without a try of its own',
      10,
      22,
      combined(
        lines(
          '  try {',
          '    await Promise.all(names.map(async (n) => {',
          '      const user = await client.RegisterUser({ SdkAppId: 1, Name: n });',
          '      return user.UserId;',
          '    }));',
          '  } catch (err: any) {',
          "    if (err.code === 'FailedOperation.OriginIdExist') return null;",
          '    throw err;',
          '  }',
        ),
      ),
    ),
    registerTypo(
      'Promise.all over an array of calls, with .catch on it',
      5,
      22,
      combined(
        lines(
          "  return Promise.all([client.RegisterUser({ SdkAppId: 1, Name: names[0] ?? '' })]).catch((err) => {",
          "    if (err.code === 'FailedOperation.OriginIdExist') return null;",
          '    throw err;',
          '  });',
        ),
      ),
    ),
  ],
});

/** A status table in another module, looked up here and through a function of that module. */
const statuses = { code: readFileSync(handlersFile('statuses.ts'), 'utf8'), filename: handlersFile('statuses.ts') };
ruleTester.run('no-unknown-error-code: a table of codes in another module', rule, {
  valid: [],
  invalid: [
    {
      name: 'a misspelt key, reached by two handlers (through a function of that module, and looked up here): reported once, where it is first reached',
      ...statuses,
      errors: [
        {
          messageId: 'unknownCodeElsewhere',
          data: { code: 'InvalidParameter.StartTme', place: 'status-map.ts:2', hint: " Did you mean 'InvalidParameter.StartTime'?" },
          line: 15,
          column: 18,
          endColumn: 35,
        },
      ],
    },
  ],
});

/** A signing helper that answers failures with a Result object, `{ ok: false, code, requestId }`: its code is compared as a body's is. */
const resultCaller = (code: string) =>
  [
    RESULT_HELPER,
    'export async function remove(roomId: number) {',
    "  const result = await lcicResult('DeleteRoom', { RoomId: roomId });",
    `  if (!result.ok && result.code === ${code}) return false;`,
    '  if (!result.ok) throw new Error(result.code, { cause: result });',
    '  return true;',
    '}',
  ].join('\n');
ruleTester.run('no-unknown-error-code on a Result helper', rule, {
  valid: [{ name: 'a code the action returns', code: resultCaller("'ResourceNotFound.Room'") }],
  invalid: [
    {
      name: 'a misspelt code compared with the Result\'s code',
      code: resultCaller("'ResourceNotFound.Rom'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 12,
          column: 37,
          endColumn: 59,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: resultCaller("'ResourceNotFound.Room'") },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: resultCaller("'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
});

/** p-retry around DescribeRoom: a code compared in `onFailedAttempt` (line 5), and in the handler of the retried call (line 8). */
const pRetried = (attempt: string, handled: string) =>
  SDK +
  lines(
    "import pRetry from 'p-retry';",
    'export const describe = (id: number) =>',
    `  pRetry(() => client.DescribeRoom({ RoomId: id }), { retries: 2, onFailedAttempt: (error: any) => { if (error.code === ${attempt}) throw error; } }).catch((err) => {`,
    '    if (err.code === ' + handled + ') return null;',
    '    throw err;',
    '  });',
  );
ruleTester.run("no-unknown-error-code on p-retry's calls", rule, {
  valid: [{ name: 'codes DescribeRoom returns', code: pRetried("'InvalidParameter'", "'ResourceNotFound.Room'") }],
  invalid: [
    {
      name: 'a code DescribeRoom never returns in onFailedAttempt, and a misspelt one in the handler of the retried call',
      code: pRetried("'FailedOperation.ClassEnded'", "'ResourceNotFound.Rom'"),
      errors: [
        { messageId: 'unreachableCode', data: { actions: 'DescribeRoom', s: 's', code: 'FailedOperation.ClassEnded', edition: '' }, line: 5, column: 121, endColumn: 149, suggestions: [] },
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 6,
          column: 22,
          endColumn: 44,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: pRetried("'FailedOperation.ClassEnded'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: pRetried("'FailedOperation.ClassEnded'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
});

/**
 * p-retry 7 gives `shouldRetry` and `onFailedAttempt` its attempt context, `{ error, attemptNumber,
 * retriesLeft }`: the error is read as its field, destructured or not (line 5).
 */
const pRetried7 = (option: string) =>
  SDK + lines("import pRetry from 'p-retry';", 'export const end = (id: number) =>', `  pRetry(() => client.EndRoom({ RoomId: id }), { retries: 2, ${option} });`);
ruleTester.run("no-unknown-error-code on p-retry 7's attempt context", rule, {
  valid: [
    { name: 'a real code, destructured', code: pRetried7("shouldRetry: ({ error }) => (error as any).code === 'RequestLimitExceeded'") },
    { name: 'a real code, as a field of the context', code: pRetried7("onFailedAttempt: (context) => { if ((context.error as any).code === 'FailedOperation.ClassEnded') throw context.error; }") },
    { name: "the context's own fields are no code", code: pRetried7("shouldRetry: ({ attemptNumber }) => attemptNumber < 3") },
  ],
  invalid: [
    {
      name: 'a misspelt code, destructured',
      code: pRetried7("shouldRetry: ({ error }) => (error as any).code === 'RequestLimitExceded'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'RequestLimitExceded', hint: " Did you mean 'RequestLimitExceeded'?" },
          line: 5,
          column: 114,
          endColumn: 135,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'RequestLimitExceeded' }, output: pRetried7("shouldRetry: ({ error }) => (error as any).code === 'RequestLimitExceeded'") }],
        },
      ],
    },
    {
      name: 'a code EndRoom never returns, as a field of the context',
      code: pRetried7("onFailedAttempt: (context) => { if ((context.error as any).code === 'ResourceNotFound.User') throw context.error; }"),
      errors: [{ messageId: 'unreachableCode', data: { actions: 'EndRoom', s: 's', code: 'ResourceNotFound.User', edition: '' }, line: 5, column: 130, endColumn: 153, suggestions: [] }],
    },
  ],
});

/** A switch over ModifyRoom's codes whose third case is `third` (line 7), next to two it already has. */
const rescheduled = (third: string) =>
  SDK +
  lines(
    'export const reschedule = (roomId: number) => client.ModifyRoom({ RoomId: roomId } as never).catch((err) => {',
    '  switch (err.code) {',
    "    case 'FailedOperation.ClassStarted':",
    "    case 'FailedOperation.ClassEnded':",
    `    case ${third}:`,
    "      throw new Error('lesson already started or ended', { cause: err });",
    '    default:',
    '      throw err;',
    '  }',
    '});',
  );
ruleTester.run('no-unknown-error-code: suggestions leave out codes the handler already compares', rule, {
  valid: [],
  invalid: [
    {
      name: 'a misspelt code next to cases for two codes near it: only the code not there yet is offered',
      code: rescheduled("'FailedOperation.ClassExipred'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperation.ClassExipred', hint: " Did you mean 'FailedOperation.ClassExpired'?" },
          line: 7,
          column: 10,
          endColumn: 40,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'FailedOperation.ClassExpired' }, output: rescheduled("'FailedOperation.ClassExpired'") }],
        },
      ],
    },
  ],
});

/**
 * Retry wrappers that call what they are given beside the task with the error they caught: a
 * parameter (`retryIf`), and an option (`options.shouldRetry`, `{ when }` destructured); a caller
 * of each, whose codes (`a` in an inline predicate on line 15, `b` in a named one on line 16, `c` in
 * an option on line 18) are the task's. `onDone` is called with the result, never with an error.
 */
/** The code read through a helper that first narrows with a type guard. */
const GUARDED_CODE_OF =
  SDK +
  lines(
    "function isCodedError(err: unknown): err is { code: string } {",
    "  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string';",
    "}",
    "function errorCode(err: unknown): string | undefined {",
    "  if (!isCodedError(err)) return undefined;",
    "  return err.code;",
    "}",
    "export async function describe(roomId: number) {",
    "  try {",
    "    return await client.DescribeRoom({ RoomId: roomId });",
    "  } catch (err) {",
    "    if (errorCode(err) === 'ResourceNotFound.Rom') return null;",
    "    throw err;",
    "  }",
    "}",
  );
/** A retry wrapper that takes its predicate out of its options in its body. */
const BODY_DESTRUCTURED_RETRY =
  SDK +
  lines(
    "async function withRetry<T>(task: () => Promise<T>, options: { retries: number; shouldRetry: (err: any) => boolean }): Promise<T> {",
    "  const { retries, shouldRetry } = options;",
    "  for (let attempt = 0; ; attempt++) {",
    "    try {",
    "      return await task();",
    "    } catch (err) {",
    "      if (attempt >= retries || !shouldRetry(err)) throw err;",
    "    }",
    "  }",
    "}",
    "export const create = () => withRetry(() => client.EndRoom({ RoomId: 1 }), { retries: 2, shouldRetry: (err) => err.code === 'FailedOperation.RequestTimeOut' });",
  );
const retried = (a: string, b: string, c: string) =>
  SDK +
  lines(
    'async function withRetry<T>(task: () => Promise<T>, retryIf: (e: any) => boolean, onDone?: (v: unknown) => void): Promise<T> {',
    '  try { const value = await task(); onDone?.(value); return value; } catch (err) { if (retryIf(err)) return task(); throw err; }',
    '}',
    'async function retrying<T>(task: () => Promise<T>, options: { shouldRetry: (e: any) => boolean }): Promise<T> {',
    '  try { return await task(); } catch (e) { if (options.shouldRetry(e)) return task(); throw e; }',
    '}',
    'async function patiently<T>(task: () => Promise<T>, { when }: { when: (e: any) => boolean }): Promise<T> {',
    '  try { return await task(); } catch (e) { if (when(e)) return task(); throw e; }',
    '}',
    `const busy = (e: any) => e.code === ${b};`,
    'export const jobs = [',
    `  withRetry(() => client.EndRoom({ RoomId: 1 }), (e) => e.code === ${a}, (v) => (v as any).code === 'Anything.Else'),`,
    '  withRetry(() => client.StartRoom({ RoomId: 1 }), busy),',
    `  retrying(() => client.DescribeRoom({ RoomId: 1 }), { shouldRetry: (e) => e.code === ${c} }),`,
    '  patiently(() => client.DeleteRoom({ RoomId: 1 }), { when: busy }),',
    '];',
  );
ruleTester.run('no-unknown-error-code on retry predicates given the task\'s error', rule, {
  valid: [{ name: 'codes the tasks return; what the wrapper hands its result to is no predicate', code: retried("'FailedOperation.ClassEnded'", "'InternalError'", "'ResourceNotFound.Room'") }],
  invalid: [
    {
      name: "a misspelt code in each kind of predicate, and one the task's action never returns",
      code: retried("'FailedOperation.ClassEndd'", "'RequestLimitExceded'", "'FailedOperation.ClassEnded'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'RequestLimitExceded', hint: " Did you mean 'RequestLimitExceeded'?" },
          line: 12,
          column: 37,
          endColumn: 58,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'RequestLimitExceeded' }, output: retried("'FailedOperation.ClassEndd'", "'RequestLimitExceeded'", "'FailedOperation.ClassEnded'") }],
        },
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperation.ClassEndd', hint: " Did you mean 'FailedOperation.ClassEnded'?" },
          line: 14,
          column: 68,
          endColumn: 95,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassEnded' }, output: retried("'FailedOperation.ClassEnded'", "'RequestLimitExceded'", "'FailedOperation.ClassEnded'") },
            { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassExpired' }, output: retried("'FailedOperation.ClassExpired'", "'RequestLimitExceded'", "'FailedOperation.ClassEnded'") },
            { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassStarted' }, output: retried("'FailedOperation.ClassStarted'", "'RequestLimitExceded'", "'FailedOperation.ClassEnded'") },
          ],
        },
        { messageId: 'unreachableCode', data: { actions: 'DescribeRoom', s: 's', code: 'FailedOperation.ClassEnded', edition: '' }, line: 16, column: 87, endColumn: 115, suggestions: [] },
      ],
    },
    {
      name: 'the code read through a function that returns nothing for what is not a coded error, then the code',
      code: GUARDED_CODE_OF,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 14,
          column: 28,
          endColumn: 50,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound.Room' }, output: GUARDED_CODE_OF.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode', data: { code: 'ResourceNotFound' }, output: GUARDED_CODE_OF.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
    {
      name: 'a retry option the wrapper destructures in its body (const { shouldRetry } = options)',
      code: BODY_DESTRUCTURED_RETRY,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperation.RequestTimeOut', hint: " Did you mean 'FailedOperation.RequestTimedOut'?" },
          line: 13,
          column: 125,
          endColumn: 157,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'FailedOperation.RequestTimedOut' }, output: BODY_DESTRUCTURED_RETRY.replace('RequestTimeOut', 'RequestTimedOut') }],
        },
      ],
    },
  ],
});

/** The SDK's Result wrappers (sdk-snippets): the codes of tryLcic's Result for CreateRoom (line 20), and of endClass's for EndRoom (line 22). */
const sdkResultCaller = (createCode: string, endCode: string) =>
  SDK +
  lines(
    SDK_RESULT_WRAPPERS,
    'export async function open(name: string) {',
    '  const made = await tryLcic(() => client.CreateRoom({ Name: name } as never));',
    `  if (!made.ok && made.code === ${createCode}) return null;`,
    '  const ended = await endClass(1);',
    `  if (!ended.ok && ended.code !== ${endCode}) throw Object.assign(new Error(ended.code), { code: ended.code });`,
    "  if (!made.ok) throw Object.assign(new Error(made.code), { code: made.code, requestId: made.requestId });",
    '  return made.value.RoomId;',
    '}',
  );
ruleTester.run('no-unknown-error-code on the Results of Result wrappers over the SDK', rule, {
  valid: [{ name: 'codes the actions return', code: sdkResultCaller("'FailedOperation.ClassTooLong'", "'FailedOperation.ClassEnded'") }],
  invalid: [
    {
      name: "a misspelt code compared with tryLcic's Result, and one the helper's action never returns",
      code: sdkResultCaller("'FailedOperation.ClassTooLng'", "'FailedOperation.ClassTooLong'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperation.ClassTooLng', hint: " Did you mean 'FailedOperation.ClassTooLong'?" },
          line: 20,
          column: 33,
          endColumn: 62,
          suggestions: [
            { messageId: 'replaceCode', data: { code: 'FailedOperation.ClassTooLong' }, output: sdkResultCaller("'FailedOperation.ClassTooLong'", "'FailedOperation.ClassTooLong'") },
          ],
        },
        { messageId: 'unreachableCode', data: { actions: 'EndRoom', s: 's', code: 'FailedOperation.ClassTooLong', edition: '' }, line: 22, column: 35, endColumn: 65, suggestions: [] },
      ],
    },
  ],
});

/** A service method that wraps a few codes in errors of its own and rethrows the rest; a caller maps what it gets through two functions and a table. */
const layered = (tableKey: string, caseCode: string) =>
  SDK +
  lines(
    'class LessonError extends Error {}',
    "const STATUS: Record<string, number> = { 'ResourceNotFound.Room': 404, " + tableKey + ': 400 };',
    'function toStatus(err: any): number {',
    '  switch (err.code) {',
    `    case ${caseCode}:`,
    '      return 502;',
    '    default:',
    '      return STATUS[err.code] ?? 500;',
    '  }',
    '}',
    'function mapError(err: any): Error {',
    "  return Object.assign(new Error('failed', { cause: err }), { status: toStatus(err) });",
    '}',
    'class Lessons {',
    '  async schedule(name: string): Promise<number> {',
    '    try {',
    '      const { RoomId } = await client.CreateRoom({ Name: name } as never);',
    '      return RoomId ?? 0;',
    '    } catch (err: any) {',
    "      if (err.code === 'FailedOperation.ClassTooLong') throw new LessonError('too long', { cause: err });",
    '      throw err;',
    '    }',
    '  }',
    '}',
    'export async function create(lessons: Lessons, name: string) {',
    '  try {',
    '    return await lessons.schedule(name);',
    '  } catch (err) {',
    '    throw mapError(err);',
    '  }',
    '}',
  );

ruleTester.run('no-unknown-error-code through a wrapper that rethrows most codes, and mappers two calls deep', rule, {
  valid: [{ name: 'real codes in the mapper and its table', code: layered("'InvalidParameter.StartTime'", "'InternalError'") }],
  invalid: [
    {
      name: "a misspelt case in the mapper and a misspelt key in the table it reads: both reported in the file, where they are written",
      code: layered("'InvalidParameter.StartTme'", "'InternalEror'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'InvalidParameter.StartTme', hint: " Did you mean 'InvalidParameter.StartTime'?" },
          line: 4,
          column: 72,
          endColumn: 99,
          suggestions: ['InvalidParameter.StartTime', 'InvalidParameter.EndTime', 'InvalidParameter.LiveType'].map((code) => ({
            messageId: 'replaceCode' as const,
            data: { code },
            output: layered(`'${code}'`, "'InternalEror'"),
          })),
        },
        {
          messageId: 'unknownCode',
          data: { code: 'InternalEror', hint: " Did you mean 'InternalError'?" },
          line: 7,
          column: 10,
          endColumn: 24,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'InternalError' }, output: layered("'InvalidParameter.StartTme'", "'InternalError'") }],
        },
      ],
    },
  ],
});

/** A wrapper that rethrows a new error keeping the code (`{ code: err.code }`): its callers still branch on LCIC codes. */
const keepsCode = (code: string) =>
  SDK +
  lines(
    'export async function getLesson(roomId: number) {',
    '  try {',
    '    return await client.DescribeRoom({ RoomId: roomId });',
    '  } catch (err: any) {',
    '    throw Object.assign(new Error(`lesson ${roomId}: ${err.message}`), { code: err.code, requestId: err.requestId });',
    '  }',
    '}',
    'export async function show(roomId: number) {',
    '  try {',
    '    return await getLesson(roomId);',
    '  } catch (err: any) {',
    `    if (err.code === ${code}) return null;`,
    '    throw err;',
    '  }',
    '}',
  );
ruleTester.run('no-unknown-error-code through a wrapper that rethrows a new error keeping the code', rule, {
  valid: [{ name: 'a code the action returns', code: keepsCode("'ResourceNotFound.Room'") }],
  invalid: [
    {
      name: 'a code the action never returns, compared by the caller',
      code: keepsCode("'FailedOperation.ClassTooLong'"),
      errors: [{ messageId: 'unreachableCode', data: { actions: 'DescribeRoom', s: 's', code: 'FailedOperation.ClassTooLong', edition: '' }, line: 14, column: 22, endColumn: 52 }],
    },
  ],
});

/**
 * A service that depends on an interface (test/fixtures/ports): the field typed as part of the
 * client, in another module, is the client, with type information and without; the other port's
 * method of the same name is the project's own, and its code is none of LCIC's business.
 */
const portsService = fixtureFile('ports', 'rooms-service.ts');
const portsCases = {
  valid: [],
  invalid: [
    {
      name: "a call on an interface field typed Pick<LcicClient, ...>, the interface in another module",
      ...portsService,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 13,
          column: 24,
          endColumn: 46,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: portsService.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: portsService.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('no-unknown-error-code on a port interface of another module', rule, portsCases);
fixtureTypedRuleTester('ports').run('no-unknown-error-code on a port interface of another module, with type information', rule, portsCases);

/**
 * A call whose client is many steps away (test/fixtures/deep): an import, a promisified and bound
 * method cast to a function type, another import, a factory, and an alias of the SDK's class. Linted
 * alone, the file must be understood as well as after the modules it imports.
 */
const deepResolvers = fixtureFile('deep', 'resolvers.ts');
const deepCases = {
  valid: [],
  invalid: [
    {
      name: 'a misspelt code, the call reached through two modules, promisify, bind and a factory',
      ...deepResolvers,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rooms', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 8,
          column: 12,
          endColumn: 36,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: deepResolvers.code.replace("'ResourceNotFound.Rooms'", "'ResourceNotFound.Room'") },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('no-unknown-error-code on a call whose client is many steps away', rule, deepCases);
fixtureTypedRuleTester('deep').run('no-unknown-error-code on a call whose client is many steps away, with type information', rule, deepCases);

/**
 * Handlers of another module handed over by name (test/fixtures/imported-handlers): a retry
 * predicate given to a wrapper, a function given to `.catch`. Their misspelt codes are reported on
 * the name here, naming the line there.
 */
const importedHandlerRooms = fixtureFile('imported-handlers', 'rooms.ts');
const importedHandlerCases = {
  valid: [],
  invalid: [
    {
      name: 'a retry predicate and a catch handler imported from another module, passed by name',
      ...importedHandlerRooms,
      errors: [
        {
          messageId: 'unknownCodeElsewhere' as const,
          data: { code: 'RequestLimitExceded', hint: " Did you mean 'RequestLimitExceeded'?", place: 'predicates.ts:2' },
          line: 16,
          column: 106,
          endColumn: 115,
        },
        {
          messageId: 'unknownCodeElsewhere' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?", place: 'predicates.ts:5' },
          line: 17,
          column: 91,
          endColumn: 102,
        },
      ],
    },
  ],
};
ruleTester.run('no-unknown-error-code on handlers of another module passed by name', rule, importedHandlerCases);
fixtureTypedRuleTester('imported-handlers').run('no-unknown-error-code on handlers of another module passed by name, with type information', rule, importedHandlerCases);

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
      name: "misspelt codes in catchError (also on an Observable kept in a name) and in retry's delay",
      ...rxjsService,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 20,
          column: 41,
          endColumn: 63,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: rxjsService.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: rxjsService.code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
        {
          messageId: 'unknownCode' as const,
          data: { code: 'RequestLimitExceded', hint: " Did you mean 'RequestLimitExceeded'?" },
          line: 26,
          column: 55,
          endColumn: 76,
          suggestions: [{ messageId: 'replaceCode' as const, data: { code: 'RequestLimitExceeded' }, output: rxjsService.code.replace("'RequestLimitExceded'", "'RequestLimitExceeded'") }],
        },
        // The Observable kept in a name, piped where the name is read.
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Romm', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 71,
          column: 57,
          endColumn: 80,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: rxjsService.code.replace("'ResourceNotFound.Romm'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: rxjsService.code.replace("'ResourceNotFound.Romm'", "'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('no-unknown-error-code on an RxJS service', rule, rxjsCases);
fixtureTypedRuleTester('rxjs').run('no-unknown-error-code on an RxJS service, with type information', rule, rxjsCases);

/**
 * lodash, as services older than optional chaining read errors: `_.get(err, 'code')` (also
 * `get` from 'lodash/get', with the path as a list) is the code, and `_.includes(LIST, code)` is
 * `LIST.includes(code)`. The same calls on a project's own `_` are not lodash's.
 */
const lodashHandler = (imports: string, test: string) =>
  `${imports}\n${SDK}export async function show(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err) {\n    if (${test}) return null;\n    throw err;\n  }\n}\n`;
const lodashCases = [
  { imports: "import _ from 'lodash';", test: "_.get(err, 'code') === 'ResourceNotFound.Rom'", column: 32 },
  { imports: "import get from 'lodash/get';", test: "get(err, ['code']) === 'ResourceNotFound.Rom'", column: 32 },
  { imports: "const _ = require('lodash');", test: "_.includes(['FailedOperation', 'ResourceNotFound.Rom'], (err as any).code)", column: 40 },
];
ruleTester.run('no-unknown-error-code on codes read with lodash', rule, {
  valid: [
    { name: 'a real code read with _.get', code: lodashHandler("import _ from 'lodash';", "_.get(err, 'code') === 'ResourceNotFound.Room'") },
    { name: "a project's own _ is not lodash", code: lodashHandler("const _ = { get: (o: unknown, k: string) => String(k) };", "_.get(err, 'code') === 'ResourceNotFound.Rom'") },
    { name: 'a path that is not the code', code: lodashHandler("import _ from 'lodash';", "_.get(err, 'message') === 'ResourceNotFound.Rom'") },
  ],
  invalid: lodashCases.map(({ imports, test, column }) => {
    const code = lodashHandler(imports, test);
    return {
      name: test,
      code,
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 8,
          column,
          endColumn: column + 22,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: code.replace("'ResourceNotFound.Rom'", "'ResourceNotFound'") },
          ],
        },
      ],
    };
  }),
});

/**
 * A helper returning its call with a `.catch` of its own: one that rethrows the error lets the
 * call's failures out to the callers, with their codes; one that answers keeps them.
 */
const catchingHelper = (handler: string, test: string) =>
  `${SDK}const endRoom = (id: number) => client.EndRoom({ RoomId: id }).catch(${handler});\nexport async function end(id: number) {\n  try {\n    await endRoom(id);\n  } catch (err: any) {\n    if (${test}) return;\n    throw err;\n  }\n}\n`;
ruleTester.run('no-unknown-error-code behind a helper whose .catch rethrows', rule, {
  valid: [
    { name: 'the helper answers every failure: its callers see none', code: catchingHelper('() => null', "err.code === 'ResourceNotFound.Rom'") },
    { name: 'the helper rethrows a new error: no LCIC code reaches the callers', code: catchingHelper("(e) => { throw new Error('end failed', { cause: e }); }", "err.code === 'ResourceNotFound.Rom'") },
    { name: 'a real code through the rethrowing helper', code: catchingHelper('(e) => { console.warn(e); throw e; }', "err.code === 'FailedOperation.RoomNotEnd'") },
  ],
  invalid: [
    {
      name: 'a misspelt code through the rethrowing helper',
      code: catchingHelper('(e) => { console.warn(e); throw e; }', "err.code === 'ResourceNotFound.Rom'"),
      errors: [
        {
          messageId: 'unknownCode' as const,
          data: { code: 'ResourceNotFound.Rom', hint: " Did you mean 'ResourceNotFound.Room'?" },
          line: 8,
          column: 22,
          endColumn: 44,
          suggestions: [
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound.Room' }, output: catchingHelper('(e) => { console.warn(e); throw e; }', "err.code === 'ResourceNotFound.Room'") },
            { messageId: 'replaceCode' as const, data: { code: 'ResourceNotFound' }, output: catchingHelper('(e) => { console.warn(e); throw e; }', "err.code === 'ResourceNotFound'") },
          ],
        },
      ],
    },
  ],
});

/**
 * A signing helper on axios that throws the body's code: its callers' handlers get network codes
 * too, so strings unlike any code are left alone, but one written as a code of an LCIC family is not.
 */
const axiosHelperHandler = (code: string, otherWork = '') =>
  `import axios from 'axios';\nclass LcicError extends Error {\n  constructor(message: string, readonly code: string, readonly requestId: string) {\n    super(message);\n  }\n}\nasync function callLcic(action: string, body: object) {\n  const res = await axios.post('https://lcic.tencentcloudapi.com', body, { headers: { 'X-TC-Action': action } });\n  if (res.data.Response.Error) throw new LcicError(res.data.Response.Error.Message, res.data.Response.Error.Code, res.data.Response.RequestId);\n  return res.data.Response;\n}\ndeclare function saveAudit(id: number): Promise<void>;\nexport async function endIt(roomId: number) {\n  try {\n    await callLcic('EndRoom', { RoomId: roomId });${otherWork}\n  } catch (err: any) {\n    if (err.code === '${code}') return 1;\n    throw err;\n  }\n}\n`;
ruleTester.run('no-unknown-error-code on codes shaped like LCIC codes behind an axios helper', rule, {
  valid: [
    { name: "axios's own code", code: axiosHelperHandler('ECONNABORTED') },
    { name: 'an LCIC-shaped code beside other awaited work, which may be another product', code: axiosHelperHandler('InternalError.Timeout', '\n    await saveAudit(roomId);') },
  ],
  invalid: [
    {
      name: 'a code of the InternalError family the catalog does not have',
      code: axiosHelperHandler('InternalError.Timeout'),
      errors: [{ messageId: 'unknownCode' as const, data: { code: 'InternalError.Timeout', hint: '' }, line: 17, column: 22, endColumn: 45, suggestions: [] }],
    },
  ],
});

/**
 * Libraries that run the task they are given and settle as it does (test/fixtures/task-libraries):
 * the handler around p-limit's `limit(...)` or async-retry's `retry(...)`, and exponential-backoff's
 * `retry` option, compare the task's codes.
 */
const taskLibraries = fixtureFile('task-libraries', 'jobs.ts');
const misspelt = (line: number, column: number, code: string, near: string[]) => ({
  messageId: 'unknownCode' as const,
  data: { code, hint: ` Did you mean '${near[0]}'?` },
  line,
  column,
  endColumn: column + code.length + 2,
  suggestions: near.map((replacement) => ({ messageId: 'replaceCode' as const, data: { code: replacement }, output: taskLibraries.code.split('\n').map((text, i) => (i === line - 1 ? text.replace(`'${code}'`, `'${replacement}'`) : text)).join('\n') })),
});
ruleTester.run('no-unknown-error-code on calls run by task libraries', rule, {
  valid: [
    {
      name: "a project's own limiter that answers every failure: the handler around it gets none",
      code: `${SDK}const limit = (task: () => Promise<unknown>) => task().catch(() => undefined);\nexport async function f(id: number) {\n  try {\n    await limit(() => client.DescribeRoom({ RoomId: id }));\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Rom') return;\n    throw err;\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      ...taskLibraries,
      errors: [
        misspelt(16, 22, 'ResourceNotFound.Rom', ['ResourceNotFound.Room', 'ResourceNotFound']),
        misspelt(30, 22, 'ResourceNotFound.Rom', ['ResourceNotFound.Room', 'ResourceNotFound']),
        misspelt(35, 93, 'InternalEror', ['InternalError']),
      ],
    },
  ],
});

/**
 * An invalid case: the misspelt code `misspelt`, written by `make` (given the code in quotes),
 * reported at `line`:`column` with a replacement by each of `nearest`, the first named in the hint.
 */
function misspeltCode(name: string, make: (quoted: string) => string, misspelt: string, line: number, column: number, nearest: readonly string[]): InvalidTestCase<MessageIds, Options> {
  return {
    name,
    code: make(`'${misspelt}'`),
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: misspelt, hint: ` Did you mean '${nearest[0] ?? ''}'?` },
        line,
        column,
        endColumn: column + misspelt.length + 2,
        suggestions: nearest.map((code) => ({ messageId: 'replaceCode' as const, data: { code }, output: make(`'${code}'`) })),
      },
    ],
  };
}

/**
 * A helper around Node's `https.request` that checks the body in its `end` listener and rejects
 * with the code as `code` (line 12): its callers branch on LCIC codes, as they would on the SDK's.
 */
const httpsHelper = (code: string) =>
  lines(
    "import https from 'node:https';",
    'class LcicError extends Error {',
    '  constructor(readonly code: string, readonly requestId: string) { super(code); }',
    '}',
    'function post(action: string, payload: string): Promise<unknown> {',
    '  return new Promise((resolve, reject) => {',
    "    const req = https.request({ hostname: 'lcic.tencentcloudapi.com', method: 'POST', headers: { 'X-TC-Action': action } }, (res) => {",
    "      let data = '';",
    "      res.on('data', (chunk) => (data += chunk));",
    "      res.on('end', () => {",
    '        const body = JSON.parse(data);',
    '        if (body.Response.Error) return reject(new LcicError(body.Response.Error.Code, body.Response.RequestId));',
    '        resolve(body.Response);',
    '      });',
    '    });',
    "    req.on('error', reject);",
    '    req.end(payload);',
    '  });',
    '}',
    'export async function end(roomId: number) {',
    '  try {',
    "    await post('EndRoom', JSON.stringify({ RoomId: roomId }));",
    '  } catch (err: any) {',
    `    if (err.code === ${code}) return;`,
    '    throw err;',
    '  }',
    '}',
  );
ruleTester.run("no-unknown-error-code on a helper around Node's https.request", rule, {
  valid: [{ name: 'a code EndRoom returns', code: httpsHelper("'FailedOperation.ClassEnded'") }],
  invalid: [misspeltCode('a misspelt code', httpsHelper, 'FailedOperation.ClassEndd', 24, 22, ['FailedOperation.ClassEnded', 'FailedOperation.ClassExpired', 'FailedOperation.ClassStarted'])],
});

/** A raw helper that throws what a factory of the project makes from the Response (line 9), and a caller (line 14). */
const factoryThrown = (argument: string, code: string) =>
  lines(
    'class LcicError extends Error {',
    '  constructor(readonly code: string, readonly requestId: string) { super(code); }',
    '}',
    'type Res = { RequestId: string; Error?: { Code: string; Message: string } };',
    'const toLcicError = (r: any) => new LcicError(r.Error.Code, r.RequestId);',
    'async function lcicFetch(action: string): Promise<Res> {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action } });",
    '  const { Response } = (await res.json()) as { Response: Res };',
    `  if (Response.Error) throw toLcicError(${argument});`,
    '  return Response;',
    '}',
    'export async function describe(id: number) {',
    "  try { return await lcicFetch('DescribeRoom'); }",
    `  catch (e: any) { if (e.code === ${code}) return null; throw e; }`,
    '}',
  );
ruleTester.run('no-unknown-error-code on a raw helper throwing what a factory makes', rule, {
  valid: [{ name: 'a code DescribeRoom returns', code: factoryThrown('Response', "'ResourceNotFound.Room'") }],
  invalid: ['Response', '{ ...Response, Error: Response.Error }'].map((argument) =>
    misspeltCode(`a misspelt code, the factory given ${argument}`, (code) => factoryThrown(argument, code), 'ResourceNotFound.Rom', 14, 35, ['ResourceNotFound.Room', 'ResourceNotFound']),
  ),
});

/** `startsWith` given a family with its dot (line 5): a misspelt one is offered the nearest family, dot and all. */
const familyPrefix = (prefix: string) => `${SDK}export async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (e: any) {\n    if (e.code.startsWith('${prefix}')) return;\n    throw e;\n  }\n}`;
ruleTester.run('no-unknown-error-code on a family prefix with its dot', rule, {
  valid: [{ name: 'a real family', code: familyPrefix('FailedOperation.') }],
  invalid: [
    {
      name: 'a misspelt family: the suggestion keeps the dot',
      code: familyPrefix('FailedOperaton.'),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperaton.', hint: " Did you mean 'FailedOperation.'?" },
          line: 5,
          column: 27,
          endColumn: 44,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'FailedOperation.' }, output: familyPrefix('FailedOperation.') }],
        },
      ],
    },
  ],
});

/** A gateway keeping the international SDK's method made a promise in a field (line 5), called in a method. */
const promisifiedField = (code: string) =>
  lines(
    "import * as tencentcloud from 'tencentcloud-sdk-nodejs-intl-en';",
    "import { promisify } from 'node:util';",
    'export class Gateway {',
    "  private readonly client = new tencentcloud.lcic.v20220817.Client({ region: 'ap-singapore' });",
    '  private readonly describeRoom = promisify(this.client.DescribeRoom.bind(this.client));',
    '  async room(id: number) {',
    '    try {',
    '      return await this.describeRoom({ RoomId: id });',
    '    } catch (err: any) {',
    `      if (err.code === ${code}) return null;`,
    '      throw err;',
    '    }',
    '  }',
    '}',
  );
ruleTester.run('no-unknown-error-code on a promisified method kept in a field', rule, {
  valid: [{ name: 'a code DescribeRoom returns', code: promisifiedField("'ResourceNotFound.Room'") }],
  invalid: [misspeltCode('a misspelt code', promisifiedField, 'ResourceNotFound.Romm', 10, 24, ['ResourceNotFound.Room', 'ResourceNotFound'])],
});

/** A handler comparing a misspelt code, then mapping the error with a table that has the real one as a key (line 7). */
const mappedAfter = (code: string) =>
  `${SDK}const CODE_MAP: Record<string, string> = { 'ResourceNotFound.Room': 'NOT_FOUND' };\nconst toAppError = (err: any) => new Error(CODE_MAP[err.code] ?? 'INTERNAL', { cause: err });\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) {\n    if (err.code === ${code}) return null;\n    throw toAppError(err);\n  }\n}`;
ruleTester.run("no-unknown-error-code's suggestions beside a mapper's table", rule, {
  valid: [],
  invalid: [misspeltCode("the table's key is no branch of the handler: it is still suggested", mappedAfter, 'ResourceNotFound.Romm', 7, 22, ['ResourceNotFound.Room', 'ResourceNotFound'])],
});

describe('no-unknown-error-code in Chinese', () => {
  it('puts a space between the action and the Chinese text, as the other messages do', () => {
    const code = SDK + "client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === 'FailedOperation.ClassEnded') return null; throw e; });";
    const messages = lintWith(rule, code, { settings: { lcic: { language: 'zh-CN' } } });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual(["3:66 DescribeRoom 不会返回 'FailedOperation.ClassEnded'，这个分支永远不会执行。"]);
  });
});

/** A retry loop that keeps each attempt's error and throws the last (`keep`, line 6), and a caller comparing a code (line 15). */
const lastErrorRetry = (keep: string, code: string) =>
  `${SDK}async function withRetry<T>(task: () => Promise<T>, attempts = 3): Promise<T> {\n  let lastErr: unknown;\n  for (let i = 0; i < attempts; i++) {\n    try { return await task(); }\n    catch (err) { ${keep} }\n  }\n  throw lastErr;\n}\nexport async function end(id: number) {\n  try {\n    await withRetry(() => client.EndRoom({ RoomId: id }));\n  } catch (err: any) {\n    if (err.code === ${code}) return;\n    throw err;\n  }\n}`;
ruleTester.run('no-unknown-error-code through a retry loop that throws the last error', rule, {
  valid: [
    { name: 'a code EndRoom returns', code: lastErrorRetry('lastErr = err;', "'FailedOperation.ClassEnded'") },
    { name: 'a loop that keeps something else throws no code of the task', code: lastErrorRetry("lastErr = new Error('gave up');", "'FailedOperation.ClassEndd'") },
  ],
  invalid: [misspeltCode('a misspelt code', (code) => lastErrorRetry('lastErr = err;', code), 'FailedOperation.ClassEndd', 15, 22, ['FailedOperation.ClassEnded', 'FailedOperation.ClassExpired', 'FailedOperation.ClassStarted'])],
});

/** A legacy wrapper handing its callback-form call's failure to its own callback: its callers' codes are that action's. */
const legacyWrapper = (check: string) =>
  `${SDK}function registerUser(name: string, cb: (err: any, id?: string) => void) {\n  client.RegisterUser({ Name: name }, (err, res) => {\n    if (err) return cb(err);\n    cb(null, res.UserId);\n  }).catch(() => undefined);\n}\nexport function route(done: (err: any) => void) {\n  registerUser('ann', (err) => {\n    if (err && ${check}) return done(null);\n    done(err);\n  });\n}\n`;
ruleTester.run('no-unknown-error-code on a callback wrapper of the project', rule, {
  valid: [{ name: 'a code RegisterUser returns', code: legacyWrapper("err.code === 'FailedOperation.OriginIdExists'") }],
  invalid: [
    {
      name: 'a misspelt code',
      code: legacyWrapper("err.code === 'FailedOperation.OriginIdExist'"),
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'FailedOperation.OriginIdExist', hint: " Did you mean 'FailedOperation.OriginIdExists'?" },
          line: 11,
          column: 29,
          endColumn: 60,
          suggestions: [{ messageId: 'replaceCode', data: { code: 'FailedOperation.OriginIdExists' }, output: legacyWrapper("err.code === 'FailedOperation.OriginIdExists'") }],
        },
      ],
    },
  ],
});

/** An EndRoom handler (line 8) that reads the error through `asSdkError`, written on line 4 as `helper`, and compares a code EndRoom never returns. */
const normalised = (helper: string) =>
  `${SDK}interface SdkError extends Error { code?: string; requestId?: string }\n${helper}\nexport async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    const e = asSdkError(err);\n    if (e.code === 'ResourceNotFound.User') return null;\n    throw err;\n  }\n}`;
const neverReturned = { messageId: 'unreachableCode' as const, data: { actions: 'EndRoom', s: 's', their: 'its', code: 'ResourceNotFound.User', edition: '' }, line: 10, column: 20, endColumn: 43, suggestions: [] };
ruleTester.run('no-unknown-error-code through a function that normalises the error', rule, {
  valid: [{ name: 'a function that does more than return (it logs): not read as the error', code: normalised('function asSdkError(err: unknown): SdkError { console.debug(err); return err as SdkError; }') }],
  invalid: [
    {
      name: 'err instanceof Error ? (err as SdkError) : new Error(String(err))',
      code: normalised('function asSdkError(err: unknown): SdkError { return err instanceof Error ? (err as SdkError) : new Error(String(err)); }'),
      errors: [neverReturned],
    },
    {
      name: 'the same as an if and a final return',
      code: normalised('function asSdkError(err: unknown): SdkError {\n  if (err instanceof Error) return err as SdkError;\n  return new Error(String(err));\n}'),
      errors: [{ ...neverReturned, line: 13 }],
    },
  ],
});
