import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/exhaustive-error-codes.js';
import { fixtureFile, ruleTester, serviceFile, serviceTypedRuleTester, suggestionsResolveTheirReports, typedRuleTester } from '../helpers/rule-tester.js';
import { SDK } from '../helpers/sdk-snippets.js';

const lines = (...text: string[]) => text.join('\n');

/** A DeleteRoom handler whose first case is an enum member of the project; `added` goes after the last case. */
const enumCases = (...added: string[]) =>
  SDK + lines(
    "enum RoomError { NotFound = 'ResourceNotFound.Room' }",
    'export async function remove(roomId: number) {',
    '  try {',
    '    await client.DeleteRoom({ RoomId: roomId });',
    '  } catch (err: any) {',
    '    switch (err.code) {',
    '      case RoomError.NotFound:',
    '        return;',
    "      case 'InternalError':",
    '        throw err;',
    ...added,
    '    }',
    '  }',
    '}',
  );

/** A DescribeRoom promise kept in a name and awaited in a try; `added` goes after the catch's one branch. */
/** A RegisterUser handler whose one branch leaves, with a log after it; `chain` goes after the branch, `tail` after the log. */
const registerUser = (chain: string[], tail: string[]) =>
  SDK + lines(
    'export async function register(originId: string) {',
    '  try {',
    "    await client.RegisterUser({ SdkAppId: 1, OriginId: originId, Name: 'n' });",
    '  } catch (err) {',
    '    const code = (err as { code?: string }).code;',
    "    if (code === 'FailedOperation.OriginIdExists') return; // already registered: fine",
    ...chain,
    "    console.warn('register failed', { code });",
    ...tail,
    '  }',
    '}',
  );

/** `fixed`: the chain as the suggestion writes it, which takes out the `return undefined;` its final `else` makes dead. */
const storedRoom = (...fixed: string[]) =>
  SDK + lines(
    'export async function roomName(id: number) {',
    '  const room = client.DescribeRoom({ RoomId: id });',
    '  try {',
    '    return (await room).Name;',
    '  } catch (e: any) {',
    "    if (e.code === 'ResourceNotFound.Room') return null;",
    ...(fixed.length > 0 ? fixed : ['    return undefined;']),
    '  }',
    '}',
  );

/** Two kept promises awaited together with Promise.all in a try; `added` goes after the catch's one branch. */
const storedBoth = (...added: string[]) =>
  SDK + lines(
    'export async function both(id: number) {',
    '  const room = client.DescribeRoom({ RoomId: id });',
    '  const members = client.DescribeCurrentMemberList({ RoomId: id, Page: 1, Limit: 10 });',
    '  try {',
    '    return await Promise.all([room, members]);',
    '  } catch (e: any) {',
    "    if (e.code === 'ResourceNotFound.Room') return null;",
    ...added,
    '  }',
    '}',
  );

/** A DescribeRoom handler that casts the error with a helper and switches on its code; `added` goes after the one case. */
const castSwitch = (...added: string[]) =>
  SDK + lines(
    'type SdkError = Error & { code?: string; requestId?: string };',
    'const asSdkError = (err: unknown) => err as SdkError;',
    'export async function room(id: number) {',
    '  try {',
    '    return await client.DescribeRoom({ RoomId: id });',
    '  } catch (err) {',
    '    const e = asSdkError(err);',
    '    switch (e.code) {',
    "      case 'ResourceNotFound.Room':",
    '        return null;',
    ...added,
    '    }',
    '  }',
    '}',
  );

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: 'switch (true) with a comparison of the code in each case, and no default: the other code falls through (no case to add there)',
    code: SDK + lines(
      'export async function removeRoom(id: number) {',
      '  try {',
      '    await client.DeleteRoom({ RoomId: id });',
      '  } catch (err: any) {',
      '    switch (true) {',
      "      case err.code === 'ResourceNotFound.Room':",
      '        return;',
      "      case err.code === 'FailedOperation.ClassStarted':",
      "        console.log('started');",
      '    }',
      '  }',
      '}',
    ),
    errors: [{ messageId: 'missingCodes', data: { actions: 'DeleteRoom', count: 1, plural: '', codes: 'InternalError' }, line: 8, column: 12, endColumn: 48, suggestions: [] }],
  },
  {
    name: 'the error cast by a helper that only returns it (asSdkError(err)): its code is the code the switch tests',
    code: castSwitch(),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'FailedOperation, InternalError' },
        line: 10,
        column: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            output: castSwitch("      case 'FailedOperation':", "      case 'InternalError':", '      default:', '        throw err;'),
          },
        ],
      },
    ],
  },

  {
    name: 'a destructured code, with a check after the dispatch: the error gets a name, and a throw goes at the end',
    code: SDK + lines(
      'declare function retryLater(): null;',
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch(({ code }) => {',
      "  if (code === 'ResourceNotFound.Room') return null;",
      "  if (code === 'InternalError') return retryLater();",
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' },
        line: 5,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              'declare function retryLater(): null;',
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((error) => {',
              '  const { code } = error;',
              "  if (code === 'ResourceNotFound.Room') return null;",
              "  else if (code === 'FailedOperation') throw error;",
              "  if (code === 'InternalError') return retryLater();",
              '  throw error;',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    // Every failure with a code is an SDK error object: the class test does not hide the named code.
    name: 'a class test, or a type guard, before the code: only the codes no branch names fall through',
    code: SDK + lines(
      'class SdkError extends Error { code?: string }',
      "const isSdkError = (e: unknown): e is SdkError => typeof e === 'object' && e !== null && 'requestId' in e;",
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      "  if (e instanceof SdkError && e.code === 'ResourceNotFound.Room') return null;",
      "  if (isSdkError(e) && e.code === 'InternalError') return null;",
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' },
        line: 6,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              'class SdkError extends Error { code?: string }',
              "const isSdkError = (e: unknown): e is SdkError => typeof e === 'object' && e !== null && 'requestId' in e;",
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
              "  if (e instanceof SdkError && e.code === 'ResourceNotFound.Room') return null;",
              "  else if (e instanceof SdkError && e.code === 'FailedOperation') throw e;",
              "  if (isSdkError(e) && e.code === 'InternalError') return null;",
              '  throw e;',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    // The neighbour of the third party's class below: these may hold the SDK's failures.
    name: "a test for a class imported through a tsconfig alias, or from Tencent Cloud's own package, holds for every coded failure",
    code: SDK + lines(
      "import { ApiError } from '@/lib/errors';",
      "import { TencentCloudSDKHttpException } from 'tencentcloud-sdk-nodejs-common';",
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      "  if (e instanceof ApiError && e.code === 'ResourceNotFound.Room') return null;",
      "  if (e instanceof TencentCloudSDKHttpException && e.code === 'InternalError') return null;",
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' },
        line: 6,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              "import { ApiError } from '@/lib/errors';",
              "import { TencentCloudSDKHttpException } from 'tencentcloud-sdk-nodejs-common';",
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
              "  if (e instanceof ApiError && e.code === 'ResourceNotFound.Room') return null;",
              "  else if (e instanceof ApiError && e.code === 'FailedOperation') throw e;",
              "  if (e instanceof TencentCloudSDKHttpException && e.code === 'InternalError') return null;",
              '  throw e;',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    // A third party's class holds no LCIC failure, so the test does not stand for the codes no branch names.
    name: "a test for a third party's class (zod's ZodError) before the code test: the other codes still fall through",
    code: SDK + lines(
      "import { ZodError } from 'zod';",
      'export const done = client.RegisterUser({ SdkAppId: 1 }).catch((e) => {',
      '  if (e instanceof ZodError) return null;',
      "  if (e.code === 'FailedOperation.OriginIdExists') return null;",
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'RegisterUser', count: 3, plural: 's', codes: 'InvalidParameter.SdkAppId, FailedOperation, InternalError' },
        line: 6,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 3, plural: 's' },
            output: SDK + lines(
              "import { ZodError } from 'zod';",
              'export const done = client.RegisterUser({ SdkAppId: 1 }).catch((e) => {',
              '  if (e instanceof ZodError) return null;',
              "  if (e.code === 'FailedOperation.OriginIdExists') return null;",
              '  else if (',
              "    e.code === 'InvalidParameter.SdkAppId' ||",
              "    e.code === 'FailedOperation' ||",
              "    e.code === 'InternalError'",
              '  ) throw e;',
              '  else throw e;',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    // The neighbour of no-swallowed-error's valid case: without the rethrow, the code no branch names falls through.
    name: 'a guard written in the catch that takes nothing and reads the error from there: the codes it names are handled',
    code: SDK + lines(
      'export async function describe(id: number) {',
      '  try {',
      '    return await client.DescribeRoom({ RoomId: id });',
      '  } catch (err: any) {',
      "    const isGone = () => err.code === 'ResourceNotFound.Room';",
      "    if (isGone() || err.code === 'InternalError') return null;",
      '  }',
      '}',
    ),
    errors: [{ messageId: 'missingCodes', data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' }, line: 7, column: 26, suggestions: [] }],
  },
  {
    // The guard is declared only: put before the code test, it is read as a class test is, and the new case keeps it (err is unknown).
    name: 'a guard the analysis cannot read, before the code test: it holds for every coded failure, and the added case is put behind it',
    code: SDK + lines(
      'declare function isSdkError(e: unknown): e is { code: string; requestId: string };',
      'export async function kick(roomId: number) {',
      '  try {',
      "    await client.KickUserFromRoom({ RoomId: roomId, UserId: 'u', KickType: 1 });",
      '  } catch (err) {',
      "    if (isSdkError(err) && err.code === 'ResourceNotFound.Room') return false;",
      '  }',
      '  return true;',
      '}',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'KickUserFromRoom', count: 1, plural: '', codes: 'InternalError' },
        line: 8,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              'declare function isSdkError(e: unknown): e is { code: string; requestId: string };',
              'export async function kick(roomId: number) {',
              '  try {',
              "    await client.KickUserFromRoom({ RoomId: roomId, UserId: 'u', KickType: 1 });",
              '  } catch (err) {',
              "    if (isSdkError(err) && err.code === 'ResourceNotFound.Room') return false;",
              "    else if (isSdkError(err) && err.code === 'InternalError') throw err;",
              '    else throw err;',
              '  }',
              '  return true;',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: "a throw in another code's branch is no default for the rest",
    code: SDK + lines(
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      "  if (e.code === 'ResourceNotFound.Room') return null;",
      "  if (e.code === 'InternalError') throw e;",
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' },
        line: 4,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
              "  if (e.code === 'ResourceNotFound.Room') return null;",
              "  else if (e.code === 'FailedOperation') throw e;",
              "  if (e.code === 'InternalError') throw e;",
              // The check below keeps deciding for its code; what falls off the end is rethrown.
              '  throw e;',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'a look-up of the code (TRANSIENT.includes(e.code)) is a condition, not the error passed on',
    code: SDK + lines(
      "const TRANSIENT = ['InternalError', 'FailedOperation'];",
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      '  if (TRANSIENT.includes(e.code)) return retryLater();',
      '});',
      'declare function retryLater(): null;',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'ResourceNotFound.Room' },
        line: 5,
        column: 7,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: SDK + lines(
              "const TRANSIENT = ['InternalError', 'FailedOperation'];",
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
              '  if (TRANSIENT.includes(e.code)) return retryLater();',
              "  else if (e.code === 'ResourceNotFound.Room') throw e;",
              '  else throw e;',
              '});',
              'declare function retryLater(): null;',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'an empty default handles nothing',
    code: SDK + lines(
      'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
      '  switch (e.code) {',
      "    case 'InternalError':",
      '      throw e;',
      '    default:',
      '  }',
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'ResourceNotFound.Room, FailedOperation' },
        line: 4,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            output: SDK + lines(
              'export const done = client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
              '  switch (e.code) {',
              "    case 'InternalError':",
              '      throw e;',
              "    case 'ResourceNotFound.Room':",
              "    case 'FailedOperation':",
              // The empty default would drop the codes nobody listed: it rethrows, and the new cases share it.
              '    default:',
              '      throw e;',
              '  }',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'switch without default, promise form: the missing codes are named, LCIC codes first',
    code: SDK + lines(
      'export async function show(roomId: number) {',
      '  try {',
      '    return await client.DescribeRoom({ RoomId: roomId });',
      '  } catch (e: any) {',
      '    switch (e.code) {',
      "      case 'InternalError':",
      '        return undefined;',
      '    }',
      '  }',
      '}',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'ResourceNotFound.Room, FailedOperation' },
        line: 7,
        column: 13,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            output: SDK + lines(
              'export async function show(roomId: number) {',
              '  try {',
              '    return await client.DescribeRoom({ RoomId: roomId });',
              '  } catch (e: any) {',
              '    switch (e.code) {',
              "      case 'InternalError':",
              '        return undefined;',
              "      case 'ResourceNotFound.Room':",
              "      case 'FailedOperation':",
              '      default:',
              '        throw e;',
              '    }',
              '  }',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'if/else chain with LcicErrorCode members: the suggestion writes enum members',
    code: lines(
      "import { lcic } from 'tencentcloud-sdk-nodejs';",
      "import { LcicErrorCode } from 'eslint-plugin-lcic/codes';",
      'const rooms = new lcic.v20220817.Client({ credential: {} });',
      'export function end(roomId: number) {',
      '  return rooms.EndRoom({ RoomId: roomId }).catch((error) => {',
      '    if (error.code === LcicErrorCode.ResourceNotFound_Room) {',
      '      return null;',
      '    } else if (error.code === LcicErrorCode.FailedOperation_ClassEnded) {',
      '      return null;',
      '    }',
      '    return undefined;',
      '  });',
      '}',
    ),
    options: [{ ignore: ['*Parameter*', 'UnauthorizedOperation', 'UnsupportedOperation', 'UnknownParameter', 'FailedOperation.Class*', 'FailedOperation.R*', 'InternalError'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'EndRoom', count: 1, plural: '', codes: 'FailedOperation' },
        line: 6,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: lines(
              "import { lcic } from 'tencentcloud-sdk-nodejs';",
              "import { LcicErrorCode } from 'eslint-plugin-lcic/codes';",
              'const rooms = new lcic.v20220817.Client({ credential: {} });',
              'export function end(roomId: number) {',
              '  return rooms.EndRoom({ RoomId: roomId }).catch((error) => {',
              '    if (error.code === LcicErrorCode.ResourceNotFound_Room) {',
              '      return null;',
              '    } else if (error.code === LcicErrorCode.FailedOperation_ClassEnded) {',
              '      return null;',
              '    } else if (error.code === LcicErrorCode.FailedOperation) {',
              '      throw error;',
              // The `return undefined` after the chain would drop the codes nobody named: they are
              // rethrown too, and the statement, dead after the final else, is taken out.
              '    } else {',
              '      throw error;',
              '    }',
              '  });',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'several calls in one try: their codes are united',
    code: SDK + lines(
      'export async function replace(roomId: number) {',
      '  try {',
      '    await client.DescribeRoom({ RoomId: roomId });',
      '    await client.DeleteRoom({ RoomId: roomId });',
      '  } catch (e: any) {',
      "    if (e.code === 'ResourceNotFound.Room' || e.code === 'InternalError') return;",
      '  }',
      '}',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom and DeleteRoom', count: 2, plural: 's', codes: 'FailedOperation.ClassStarted, FailedOperation' },
        line: 8,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            output: SDK + lines(
              'export async function replace(roomId: number) {',
              '  try {',
              '    await client.DescribeRoom({ RoomId: roomId });',
              '    await client.DeleteRoom({ RoomId: roomId });',
              '  } catch (e: any) {',
              "    if (e.code === 'ResourceNotFound.Room' || e.code === 'InternalError') return;",
              "    else if (e.code === 'FailedOperation.ClassStarted' || e.code === 'FailedOperation') throw e;",
              '    else throw e;',
              '  }',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'international SDK, callback form: the international list applies',
    code: lines(
      "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');",
      'const intl = new tencentcloud.lcic.v20220817.Client({});',
      'intl.DescribeRoomStatistics({ RoomId: 1 }, (err: any, res: any) => {',
      '  if (err) {',
      "    if (err.code === 'ResourceUnavailable.RoomStatistics') return;",
      '    return;',
      '  }',
      '  console.log(res);',
      '});',
    ),
    options: [{ ignore: ['FailedOperation*', 'InternalError'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoomStatistics', count: 1, plural: '', codes: 'ResourceNotFound.Room' },
        line: 5,
        column: 9,
        // A throw in this callback would reach no handler (handle-callback-error reports one): no fix writes one.
        suggestions: [],
      },
    ],
  },
  {
    name: 'CommonClient.request with a switch that has a default, when defaults do not count',
    code: lines(
      "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
      "const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', { credential: {} });",
      'export async function user(id: string) {',
      '  try {',
      "    return await common.request('DescribeUser', { UserId: id });",
      '  } catch (e: any) {',
      '    switch (e.code) {',
      '      case "ResourceNotFound.User":',
      '        return null;',
      '      default:',
      '        throw e;',
      '    }',
      '  }',
      '}',
    ),
    options: [{ considerDefaultExhaustive: false }],
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeUser', count: 1, plural: '', codes: 'InternalError' },
        line: 7,
        column: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: lines(
              "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
              "const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', { credential: {} });",
              'export async function user(id: string) {',
              '  try {',
              "    return await common.request('DescribeUser', { UserId: id });",
              '  } catch (e: any) {',
              '    switch (e.code) {',
              '      case "ResourceNotFound.User":',
              '        return null;',
              '      case "InternalError":',
              '      default:',
              '        throw e;',
              '    }',
              '  }',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'a last case that falls through gets the new cases in front of the first one; a destructured error gets a name to rethrow',
    code: SDK + lines(
      'export const done = client.DeleteRoom({ RoomId: 1 }).catch(({ code }) => {',
      '  switch (code) {',
      "    case 'ResourceNotFound.Room':",
      '      console.log(code);',
      '  }',
      '});',
    ),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DeleteRoom', count: 2, plural: 's', codes: 'FailedOperation.ClassStarted, InternalError' },
        line: 4,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            // The error is destructured: the suggestion names it, so the new cases rethrow it whole (RequestId included).
            output: SDK + lines(
              'export const done = client.DeleteRoom({ RoomId: 1 }).catch((error) => {',
              '  const { code } = error;',
              '  switch (code) {',
              "    case 'FailedOperation.ClassStarted':",
              "    case 'InternalError':",
              '    default:',
              '      throw error;',
              "    case 'ResourceNotFound.Room':",
              '      console.log(code);',
              '  }',
              '});',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'checkCommonCodes adds the common codes outside the action list; long lists are shortened',
    code: SDK + lines(
      'export async function kick(roomId: number, userId: string) {',
      '  try {',
      '    await client.KickUserFromRoom({ RoomId: roomId, TargetUserId: userId });',
      '  } catch (e: any) {',
      "    if (e.code.startsWith('ResourceNotFound') || e.code === 'InternalError') return;",
      '  }',
      '}',
    ),
    options: [{ checkCommonCodes: true, ignore: ['AuthFailure*', 'RequestLimitExceeded*', 'Invalid*', 'Unsupported*', 'Unknown*', 'Missing*', 'Unauthorized*'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          actions: 'KickUserFromRoom',
          count: 14,
          plural: 's',
          codes: 'ActionOffline, DryRunOperation, FailedOperation, IpInBlacklist, IpNotInWhitelist, LimitExceeded and 8 more',
         
        },
        line: 7,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 14, plural: 's' },
            output: SDK + lines(
              'export async function kick(roomId: number, userId: string) {',
              '  try {',
              '    await client.KickUserFromRoom({ RoomId: roomId, TargetUserId: userId });',
              '  } catch (e: any) {',
              "    if (e.code.startsWith('ResourceNotFound') || e.code === 'InternalError') return;",
              '    else if (',
              ...[
                'ActionOffline', 'DryRunOperation', 'FailedOperation', 'IpInBlacklist', 'IpNotInWhitelist', 'LimitExceeded', 'NoSuchProduct',
                'NoSuchVersion', 'RequestSizeLimitExceeded', 'ResourceInUse', 'ResourceInsufficient', 'ResourceUnavailable', 'ResponseSizeLimitExceeded',
              ].map((code) => `      e.code === '${code}' ||`),
              "      e.code === 'ServiceUnavailable'",
              '    ) throw e;',
              '    else throw e;',
              '  }',
              '}',
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'checkNetworkErrors asks for a branch for failures without a code',
    code: SDK + lines(
      'client.KickUserFromRoom({ RoomId: 1, TargetUserId: "u" }).catch((e) => {',
      "  if (e.code === 'ResourceNotFound.Room' || e.code === 'InternalError') return;",
      '});',
    ),
    options: [{ checkNetworkErrors: true }],
    errors: [{ messageId: 'missingNoCodeBranch', data: { actions: 'KickUserFromRoom' }, line: 4, column: 7 }],
  },
  {
    name: "a case written with an enum member of the project: its code is handled, and only the rest is missing",
    code: enumCases(),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DeleteRoom', count: 1, plural: '', codes: 'FailedOperation.ClassStarted' },
        line: 8,
        column: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 1, plural: '' },
            output: enumCases("      case 'FailedOperation.ClassStarted':", '      default:', '        throw err;'),
          },
        ],
      },
    ],
  },
  {
    name: "an if chain whose every branch leaves, with code after it: the rethrow goes after that code (an else would leave it unreachable), and the branch's comment stays on its line",
    code: registerUser([], []),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'RegisterUser', count: 3, plural: 's', codes: 'InvalidParameter.SdkAppId, FailedOperation, InternalError' },
        line: 8,
        column: 9,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 3, plural: 's' },
            output: registerUser(
              ['    else if (', "      code === 'InvalidParameter.SdkAppId' ||", "      code === 'FailedOperation' ||", "      code === 'InternalError'", '    ) throw err;'],
              ['    throw err;'],
            ),
          },
        ],
      },
    ],
  },
  {
    name: 'a promise stored in a name and awaited in a try further on: the catch is its handler',
    code: storedRoom(),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'FailedOperation, InternalError' },
        line: 8,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 2, plural: 's' },
            output: storedRoom("    else if (e.code === 'FailedOperation' || e.code === 'InternalError') throw e;", '    else throw e;'),
          },
        ],
      },
    ],
  },
  {
    name: 'two stored promises combined with Promise.all in a try: the catch handles both actions',
    code: storedBoth(),
    errors: [
      {
        messageId: 'missingCodes',
        data: { actions: 'DescribeRoom and DescribeCurrentMemberList', count: 4, plural: 's', codes: 'FailedOperation.ClassEnded, FailedOperation.ClassExpired, FailedOperation, InternalError' },
        line: 9,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { count: 4, plural: 's' },
            output: storedBoth(
              '    else if (',
              "      e.code === 'FailedOperation.ClassEnded' ||",
              "      e.code === 'FailedOperation.ClassExpired' ||",
              "      e.code === 'FailedOperation' ||",
              "      e.code === 'InternalError'",
              '    ) throw e;',
              '    else throw e;',
            ),
          },
        ],
      },
    ],
  },
];

/** A Fastify route calling the client a plugin decorated the instance with. */
const FASTIFY_ROUTE = lines(
  "import Fastify from 'fastify';",
  "const fastify = Fastify();",
  "fastify.delete('/rooms/:id', async (request: any, reply: any) => {",
  "  try {",
  "    await fastify.lcic.DeleteRoom({ RoomId: Number(request.params.id) });",
  "  } catch (err: any) {",
  "    switch (err.code) {",
  "      case 'ResourceNotFound.Room':",
  "        break;",
  "    }",
  "  }",
  "  return reply.status(204).send();",
  "});",
);

/** A loop whose catch answers every code with `continue`, one of them by name. */
const LOOP_DEFAULT = lines(
  "export async function enroll(names: string[]) {",
  "  const ids: string[] = [];",
  "  for (const name of names) {",
  "    try {",
  "      const res = await client.RegisterUser({ SdkAppId: 1, Name: name, OriginId: name });",
  "      ids.push(res.UserId ?? '');",
  "    } catch (err: any) {",
  "      switch (err.code) {",
  "        case 'FailedOperation.OriginIdExists':",
  "          continue;",
  "        default:",
  "          continue;",
  "      }",
  "    }",
  "  }",
  "  return ids;",
  "}",
);

/** A timing wrapper that races the task it is given against a timer. */
const RACED_TASK = lines(
  "const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));",
  "async function withDeadline<T>(task: () => Promise<T>, ms: number): Promise<T> {",
  "  return Promise.race([task(), timeout(ms)]);",
  "}",
  "export async function end(id: number) {",
  "  try {",
  "    await withDeadline(() => client.StartRoom({ RoomId: id }), 1000);",
  "  } catch (err: any) {",
  "    switch (err.code) {",
  "      case 'ResourceNotFound.Room':",
  "        return;",
  "    }",
  "  }",
  "}",
);
const RACED_MISSING = ['FailedOperation.ClassEnded', 'FailedOperation.ClassExpired', 'FailedOperation.ClassStarted', 'FailedOperation.RequestTimedOut', 'FailedOperation.RoomNotEnd', 'FailedOperation', 'InternalError', 'InvalidParameter', 'InvalidParameterValue', 'MissingParameter', 'UnauthorizedOperation', 'UnknownParameter', 'UnsupportedOperation'];

ruleTester.run('exhaustive-error-codes', rule, {
  valid: [
    {
      name: 'a guard written with early returns, and a function typed never that dispatches on what another function answers: every code is rethrown',
      code: SDK + lines(
        'function isDrop(err: { code?: string }): boolean {',
        "  if (err.code === 'ResourceNotFound.Room') return true;",
        '  return false;',
        '}',
        "function classify(err: { code?: string }): 'retry' | 'fail' {",
        "  switch (err.code) {",
        "    case 'InternalError':",
        "      return 'retry';",
        '    default:',
        "      return 'fail';",
        '  }',
        '}',
        'function fail(err: { code?: string }): never {',
        '  switch (classify(err)) {',
        "    case 'retry':",
        "      throw new Error('retry', { cause: err });",
        "    case 'fail':",
        "      throw new Error('fail', { cause: err });",
        '  }',
        '}',
        'export async function describe(id: number) {',
        '  try {',
        '    await client.DescribeRoom({ RoomId: id });',
        '  } catch (err: any) {',
        '    if (isDrop(err)) return;',
        '    throw err;',
        '  }',
        '}',
        'export async function stats(id: number) {',
        '  try {',
        '    return await client.DescribeRoom({ RoomId: id });',
        '  } catch (err: any) {',
        '    fail(err);',
        '  }',
        '}',
      ),
    },
    {
      name: 'a code compared with a value the analysis cannot know: which codes fall through is not known, so nothing is said',
      code: SDK + lines(
        'declare const settings: { retryCode: string };',
        'client.DescribeRoom({ RoomId: 1 }).catch((err) => {',
        '  if (err.code === settings.retryCode) return null;',
        "  if (err.code === 'FailedOperation') throw err;",
        '});',
      ),
    },
    {
      // The branch for a system code is an explicit one for failures without an LCIC code.
      name: "checkNetworkErrors: a retry for err.code === 'ECONNRESET', the rest rethrown: no failure without a code falls through",
      code: SDK + lines(
        'export function stats(roomId: number, done: (err: unknown, s?: unknown) => void): void {',
        '  client.DescribeRoomStatistics({ RoomId: roomId }, (err: any, res) => {',
        '    if (err) {',
        "      if (err.code === 'ECONNRESET') return stats(roomId, done);",
        '      return done(err);',
        '    }',
        '    done(null, res);',
        '  }).catch(() => undefined);',
        '}',
      ),
      options: [{ checkNetworkErrors: true }],
    },
    {
      name: 'err && err.code compared, everything else rethrown: nothing falls through',
      code: SDK + lines(
        'const codeOf = (e: any) => (e && e.code) || \'Unknown\';',
        'client.EndRoom({ RoomId: 1 }).catch((err) => {',
        "  if (codeOf(err) === 'FailedOperation.RoomNotEnd') return null;",
        '  throw err;',
        '});',
      ),
    },
    {
      name: 'a helper that reports the error before returning it is more than a cast: the error is handed to it',
      code: SDK + lines(
        'type SdkError = Error & { code?: string };',
        'declare const reporter: { capture(e: unknown): void };',
        'function reported(err: unknown) {',
        '  reporter.capture(err);',
        '  return err as SdkError;',
        '}',
        'client.DescribeRoom({ RoomId: 1 }).catch((err) => {',
        '  const e = reported(err);',
        "  if (e.code === 'ResourceNotFound.Room') return null;",
        '});',
      ),
    },
    {
      name: 'indexOf, as older code writes includes and startsWith: a retry for some codes, every other code passed on',
      code: SDK + lines(
        "const RETRYABLE = ['InternalError', 'FailedOperation'];",
        'client.DeleteRoom({ RoomId: 1 }, (err) => {',
        '  if (!err) return done(null);',
        "  if (err.code === 'ResourceNotFound.Room') return done(null);",
        '  if (RETRYABLE.indexOf(err.code) !== -1) return setTimeout(() => done(null), 1000);',
        "  if (err.code.indexOf('FailedOperation.') === 0) return done(null);",
        '  done(err);',
        '}).catch(() => undefined);',
        'declare function done(e: unknown): void;',
      ),
    },
    {
      name: 'a list of codes looked up with includes covers those codes',
      code: SDK + lines(
        "const TRANSIENT = ['InternalError', 'FailedOperation'];",
        'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
        '  if (TRANSIENT.includes(e.code)) return retryLater();',
        "  if (e.code === 'ResourceNotFound.Room') return null;",
        '});',
        'declare function retryLater(): null;',
      ),
    },
    {
      name: 'a guard that rethrows every code but the ones handled below it',
      code: SDK + lines(
        'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
        "  if (e.code !== 'ResourceNotFound.Room' && e.code !== 'InternalError') throw e;",
        '  return null;',
        '});',
      ),
    },
    {
      name: 'a message table, and a rethrow that keeps the error as the cause',
      code: SDK + lines(
        "const MESSAGES: Record<string, string> = { 'ResourceNotFound.Room': 'No such room', unknown: 'Please try again' };",
        'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
        '  throw new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e });',
        '});',
      ),
    },
    {
      name: 'tests in a nested handler belong to the nested call',
      code: SDK + lines(
        'client.DescribeRoom({ RoomId: 1 }).catch(async (e) => {',
        "  await client.EndRoom({ RoomId: 1 }).catch((inner) => { if (inner.code === 'ResourceNotFound.Room') return; throw inner; });",
        '  throw e;',
        '});',
      ),
    },
    {
      name: 'a default case rethrows everything not handled',
      code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { switch (e.code) { case "InternalError": return; default: throw e; } });',
    },
    {
      name: 'every code of the action is handled, some by prefix',
      code: SDK + lines(
        'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
        "  if (e.code.startsWith('FailedOperation')) return 1;",
        "  if (e.code === 'InternalError' || e.code === 'ResourceNotFound.Room') return 2;",
        '});',
      ),
    },
    {
      name: 'code after the dispatch rethrows',
      code: SDK + 'async function f() { try { await client.DescribeRoom({ RoomId: 1 }); } catch (e: any) { if (e.code === "InternalError") return; throw e; } }',
    },
    {
      name: 'a handler that never looks at the code is left to other rules',
      code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => console.error(e));',
    },
    {
      name: 'ignored codes are not required',
      code: SDK + 'client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === "ResourceNotFound.Room") return; });',
      options: [{ ignore: ['FailedOperation', 'Internal*'] }],
    },
    {
      name: 'a look-up table with a rethrow after it',
      code: SDK + lines(
        "const MESSAGES = { 'ResourceNotFound.Room': 'no room' };",
        'client.DescribeRoom({ RoomId: 1 }).catch((e) => {',
        '  const message = MESSAGES[e.code as keyof typeof MESSAGES];',
        '  if (message) return message;',
        '  throw e;',
        '});',
      ),
    },
    {
      name: 'false-positive guard: an object that is not an LCIC client, with the same method names',
      code: lines(
        'class RoomService { async DescribeRoom(_: object) { return 1; } }',
        'const client = new RoomService();',
        'client.DescribeRoom({ RoomId: 1 }).catch((e: any) => { if (e.code === "InternalError") return; });',
      ),
    },
    {
      name: 'an action name the catalog does not know is left to valid-action',
      code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nnew CommonClient('lcic.tencentcloudapi.com', 'v', {} as any).request('NoSuchAction', {}).catch((e: any) => { if (e.code === 'InternalError') return; });",
    },
  ],
  invalid,
});

typedRuleTester.run('exhaustive-error-codes with type information', rule, {
  valid: [
    {
      name: 'a typed non-LCIC client is not reported',
      code: 'class Other { async DescribeRoom(_: object) { return 1; } }\nexport async function f(o: Other) { try { await o.DescribeRoom({}); } catch (e: any) { if (e.code === "InternalError") return; } }',
    },
  ],
  invalid: [
    {
      name: 'a task given to a timing wrapper that races it against a timer (Promise.race([task(), timeout(ms)])): the wrapper fails as the call does',
      code: SDK + RACED_TASK,
      errors: [
        {
          messageId: 'missingCodes',
          data: { count: 13, plural: 's', actions: 'StartRoom', codes: 'FailedOperation.ClassEnded, FailedOperation.ClassExpired, FailedOperation.ClassStarted, FailedOperation.RequestTimedOut, FailedOperation.RoomNotEnd, FailedOperation and 7 more' },
          line: 11,
          column: 13,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { count: 13, plural: 's' },
              output: SDK + RACED_TASK.replace('        return;\n', `        return;\n${RACED_MISSING.map((code) => `      case '${code}':\n`).join('')}      default:\n        throw err;\n`),
            },
          ],
        },
      ],
    },
    {
      name: "a client a Fastify plugin decorated the instance with (fastify.lcic), without type information: taken by its name",
      code: FASTIFY_ROUTE,
      errors: [
        {
          messageId: 'missingCodes',
          data: { count: 2, plural: 's', actions: 'DeleteRoom', codes: 'FailedOperation.ClassStarted, InternalError' },
          line: 7,
          column: 13,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { count: 2, plural: 's' },
              output: FASTIFY_ROUTE.replace('        break;\n', "        break;\n      case 'FailedOperation.ClassStarted':\n      case 'InternalError':\n      default:\n        throw err;\n"),
            },
          ],
        },
      ],
    },
    {
      name: 'a default that goes on without the error (continue in a loop): no suggestion, as the codes nobody lists would still be dropped there',
      code: SDK + LOOP_DEFAULT,
      errors: [
        {
          messageId: 'missingCodes',
          data: { count: 3, plural: 's', actions: 'RegisterUser', codes: 'InvalidParameter.SdkAppId, FailedOperation, InternalError' },
          line: 10,
          column: 15,
          endColumn: 23,
          // With the cases added, no-swallowed-error would report the switch (the rest falls through `continue`).
          suggestions: [],
        },
      ],
    },
    {
      name: 'a client that arrives as a typed parameter',
      code: lines(
        "import type { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client.js';",
        'export async function describe(client: Client, roomId: number) {',
        '  try {',
        '    return await client.DescribeRoom({ RoomId: roomId });',
        '  } catch (e: any) {',
        "    if (e.code === 'ResourceNotFound.Room') return null;",
        "    else if (e.code === 'InternalError') return null;",
        '    return undefined;',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'missingCodes',
          data: { actions: 'DescribeRoom', count: 1, plural: '', codes: 'FailedOperation' },
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { count: 1, plural: '' },
              output: lines(
                "import type { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client.js';",
                'export async function describe(client: Client, roomId: number) {',
                '  try {',
                '    return await client.DescribeRoom({ RoomId: roomId });',
                '  } catch (e: any) {',
                "    if (e.code === 'ResourceNotFound.Room') return null;",
                "    else if (e.code === 'InternalError') return null;",
                "    else if (e.code === 'FailedOperation') throw e;",
                '    else throw e;',
                '  }',
                '}',
              ),
            },
          ],
        },
      ],
    },
  ],
});

suggestionsResolveTheirReports(rule, invalid);

/**
 * The same careless handler (DescribeRoom, InternalError only) reached through every way of calling
 * the API that the finder knows. Each form is a list of lines with `HANDLER` where the handler's
 * body goes; the expected output is the same lines with the suggested branch added.
 */
const handlerLines = ['  if (e.code === "InternalError") return;'];
// The chain ends the handler and has no else: the suggestion rethrows whatever else arrives too.
const fixedLines = [...handlerLines, '  else if (e.code === "ResourceNotFound.Room" || e.code === "FailedOperation") throw e;', '  else throw e;'];
// Kept in an exported name: a rethrow in the last handler of a chain nobody keeps would reach nothing (and gets no fix).
const catchCall = (call: string) => [`export const described = ${call}.catch((e) => {`, 'HANDLER', '});'];

/** `throwsNowhere`: a callback in which a thrown error reaches no handler, or where a throw would also run on success, so no fix writes a throw there. */
const forms: { name: string; lines: string[]; settings?: Record<string, unknown>; throwsNowhere?: true }[] = [
  { name: 'ESM namespace import', lines: ["import * as tc from 'tencentcloud-sdk-nodejs';", 'const client = new tc.lcic.v20220817.Client({});', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'named import of lcic', lines: ["import { lcic } from 'tencentcloud-sdk-nodejs';", 'const client = new lcic.v20220817.Client({});', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'CommonJS require', lines: ["const tencentcloud = require('tencentcloud-sdk-nodejs');", 'const client = new tencentcloud.lcic.v20220817.Client({});', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'the per-service package', lines: ["import lcicSdk from 'tencentcloud-sdk-nodejs-lcic';", 'const client = new lcicSdk.lcic.v20220817.Client({});', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'a deep import of the client', lines: ["import { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client';", 'const client = new Client({});', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'the class aliased, the client aliased', lines: ["import * as tc from 'tencentcloud-sdk-nodejs';", 'const LcicClient = tc.lcic.v20220817.Client;', 'const shared = new LcicClient({});', 'const client = shared;', ...catchCall('client.DescribeRoom({ RoomId: 1 })')] },
  { name: 'the class destructured from require', lines: ["const { v20220817: { Client: Lcic } } = require('tencentcloud-sdk-nodejs').lcic;", ...catchCall('new Lcic({}).DescribeRoom({ RoomId: 1 })')] },
  {
    name: 'a client in a class field',
    lines: ["import * as tc from 'tencentcloud-sdk-nodejs';", 'class Rooms {', '  private readonly client = new tc.lcic.v20220817.Client({});', '  run() {', '    return this.client.DescribeRoom({ RoomId: 1 }).catch((e) => {', 'HANDLER', '});', '  }', '}'],
  },
  // No `if (e)` around the switch: the success runs through it too, where a catch-all would throw (see the catch-all tests below).
  { name: 'callback form', lines: ["import * as tc from 'tencentcloud-sdk-nodejs';", 'const client = new tc.lcic.v20220817.Client({});', 'client.DescribeRoom({ RoomId: 1 }, (e: any, res) => {', 'HANDLER', '});'], throwsNowhere: true },
  {
    name: 'the international SDK, callback form',
    lines: ["const intlSdk = require('tencentcloud-sdk-nodejs-intl-en');", 'const client = new intlSdk.lcic.v20220817.Client({});', 'client.DescribeRoom({ RoomId: 1 }, function (e: any, res: any) {', 'HANDLER', '});'],
    throwsNowhere: true,
  },
  { name: 'CommonClient with an lcic host', lines: ["import { CommonClient } from 'tencentcloud-sdk-nodejs-common';", "const client = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);", ...catchCall("client.request('DescribeRoom', { RoomId: 1 })")] },
  {
    name: 'a wrapper named in settings.lcic.clients',
    lines: ['class ClassroomGateway { DescribeRoom(request: object) { return Promise.resolve(request); } }', 'const gateway = new ClassroomGateway();', ...catchCall('gateway.DescribeRoom({ RoomId: 1 })')],
    settings: { lcic: { clients: ['ClassroomGateway'] } },
  },
  { name: 'await in try/catch', lines: ["import * as tc from 'tencentcloud-sdk-nodejs';", 'const client = new tc.lcic.v20220817.Client({});', 'async function f() { try { await client.DescribeRoom({ RoomId: 1 }); } catch (e: any) {', 'HANDLER', '} }'] },
];

const fill = (lines: string[], handler: string[]) => lines.flatMap((line) => (line === 'HANDLER' ? handler : [line])).join('\n');

ruleTester.run('exhaustive-error-codes: every way of calling the API', rule, {
  valid: forms.map(({ name, lines, settings = {} }) => ({ name: `${name}, handled`, code: fill(lines, [...handlerLines, '  throw e;']), settings })),
  invalid: forms.map(({ name, lines, settings = {}, throwsNowhere }) => ({
    name,
    code: fill(lines, handlerLines),
    settings,
    errors: [
      {
        messageId: 'missingCodes' as const,
        data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'ResourceNotFound.Room, FailedOperation' },
        line: lines.indexOf('HANDLER') + 1,
        column: 7,
        suggestions: throwsNowhere ? [] : [{ messageId: 'addMissingCases' as const, data: { count: 2, plural: 's' }, output: fill(lines, fixedLines) }],
      },
    ],
  })),
});

/** Real files of the multi-module service: the client comes from another module, by `require`. */
const report = serviceFile('src/legacy/report.cjs');
const serviceCases = {
  valid: [{ name: 'a module whose handlers default to a rethrow, calling a wrapper imported through a paths alias', ...serviceFile('src/schedule.ts') }],
  invalid: [
    {
      name: 'CommonJS: a client required from another module, a switch with no default',
      ...report,
      errors: [
        {
          messageId: 'missingCodes' as const,
          data: { actions: 'DescribeRoomStatistics', count: 4, plural: 's', codes: 'FailedOperation.ClassExpired, ResourceNotFound.Room, FailedOperation, InternalError' },
          line: 17,
          column: 13,
          suggestions: [
            {
              messageId: 'addMissingCases' as const,
              data: { count: 4, plural: 's' },
              output: report.code.replace(
                "        return null;\n    }",
                "        return null;\n      case 'FailedOperation.ClassExpired':\n      case 'ResourceNotFound.Room':\n      case 'FailedOperation':\n      case 'InternalError':\n      default:\n        throw err;\n    }",
              ),
            },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('exhaustive-error-codes on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('exhaustive-error-codes on the multi-module service, with type information', rule, serviceCases);

/** A case written with a member of an enum that another module of the project exports. */
const enumRooms = (() => {
  const filename = fileURLToPath(new URL('../fixtures/enums/rooms.ts', import.meta.url));
  return { filename, code: readFileSync(filename, 'utf8') };
})();
ruleTester.run('exhaustive-error-codes with an enum of codes from another module', rule, {
  valid: [],
  invalid: [
    {
      name: "the enum member's code is handled: only the code no case names is missing",
      ...enumRooms,
      errors: [
        {
          messageId: 'missingCodes',
          data: { actions: 'DeleteRoom', count: 1, plural: '', codes: 'FailedOperation.ClassStarted' },
          line: 10,
          column: 13,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { count: 1, plural: '' },
              output: enumRooms.code.replace("        throw err;\n    }", "        throw err;\n      case 'FailedOperation.ClassStarted':\n      default:\n        throw err;\n    }"),
            },
          ],
        },
      ],
    },
  ],
});

/**
 * A service class given its client through the constructor, in a module of its own (CommonJS,
 * exported whole), and made in this file: once with an SDK client, once with a look-alike.
 */
const injectedController = (() => {
  const filename = fileURLToPath(new URL('../fixtures/injected/controller.js', import.meta.url));
  return { filename, code: readFileSync(filename, 'utf8') };
})();
const injectedMissing = [
  'FailedOperation.ClassTooLong', 'FailedOperation.RequestTimedOut', 'InvalidParameter.Content', 'InvalidParameter.DisableRecord', 'InvalidParameter.EndTime',
  'InvalidParameter.LiveType', 'InvalidParameter.MaxMicNumber', 'InvalidParameter.RecordLayout', 'InvalidParameter.RoomTypeInvalid', 'InvalidParameter.SdkAppId',
  'ResourceInsufficient.Record', 'ResourceInsufficient.Room', 'ResourceNotFound.GroupNotExist', 'ResourceNotFound.User', 'UnsupportedOperation.Version',
  'FailedOperation', 'InternalError', 'InvalidParameter', 'ResourceInsufficient',
];
ruleTester.run('exhaustive-error-codes on a method of a class given its client in the constructor, made in this file', rule, {
  valid: [],
  invalid: [
    {
      name: 'the instance made with an SDK client: its method is a CreateRoom call (the look-alike instance is not)',
      ...injectedController,
      errors: [
        {
          messageId: 'missingCodes',
          data: { actions: 'CreateRoom', count: 19, plural: 's', codes: `${injectedMissing.slice(0, 6).join(', ')} and 13 more` },
          line: 12,
          column: 13,
          endColumn: 21,
          // The default sets a status and goes on: with the cases added, the codes nobody lists would
          // still be dropped there, which no-swallowed-error would then report. No suggestion.
          suggestions: [],
        },
      ],
    },
  ],
});

/**
 * A switch in the `.catch` that ends a chain nobody awaits, returns or catches: a rethrow there
 * would reach nothing, so in an Express handler the added cases hand the error to `next`.
 */
const droppedSwitch = (params: string, cases: string) =>
  [
    SDK,
    `export function route(${params}) {`,
    "  client.DeleteRoom({ RoomId: 1 }).then(() => res.status(204).end()).catch((err: any) => {",
    '    switch (err.code) {',
    "      case 'ResourceNotFound.Room':",
    `        return res.status(204).end();${cases}`,
    '    }',
    '  });',
    '}',
  ].join('\n');
ruleTester.run('exhaustive-error-codes in the handler of a dropped chain', rule, {
  valid: [],
  invalid: [
    {
      name: "with Express's next: the added cases hand the error to it",
      code: droppedSwitch('req: any, res: any, next: (err: unknown) => void', ''),
      errors: [
        {
          messageId: 'missingCodes',
          line: 6,
          column: 13,
          endColumn: 21,
          suggestions: [{ messageId: 'addMissingCases', output: droppedSwitch('req: any, res: any, next: (err: unknown) => void', "\n      case 'FailedOperation.ClassStarted':\n      case 'InternalError':\n      default:\n        return next(err);") }],
        },
      ],
    },
    {
      // Koa's `(ctx) => { chain }` for one: the rethrow would be an unhandled rejection, which stops Node.
      name: 'without one: no fix, as a rethrow would reach nothing',
      code: droppedSwitch('res: any', ''),
      errors: [{ messageId: 'missingCodes', line: 6, column: 13, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'the same chain returned: the cases rethrow to whoever awaits it',
      code: droppedSwitch('res: any', '').replace('  client.DeleteRoom', '  return client.DeleteRoom'),
      errors: [{ messageId: 'missingCodes', line: 6, column: 13, endColumn: 21, suggestions: [{ messageId: 'addMissingCases', output: droppedSwitch('res: any', "\n      case 'FailedOperation.ClassStarted':\n      case 'InternalError':\n      default:\n        throw err;").replace('  client.DeleteRoom', '  return client.DeleteRoom') }] }],
    },
  ],
});

/**
 * A raw helper throwing a class of the project that always sets `code`, and a handler that
 * rethrows what is not one (`guard`) before its switch (line 16): with checkNetworkErrors, a
 * failure without a code (fetch's own) is no instance, and leaves by the guard.
 */
const codedClassGuard = (guard: string) =>
  lines(
    'class LcicApiError extends Error {',
    '  constructor(readonly code: string, readonly requestId: string) { super(code); }',
    '}',
    'async function lcicFetch(action: string): Promise<any> {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action } });",
    '  const { Response } = await res.json();',
    '  if (Response.Error) throw new LcicApiError(Response.Error.Code, Response.RequestId);',
    '  return Response;',
    '}',
    'export async function userName(id: string) {',
    '  try {',
    "    return (await lcicFetch('DescribeUser')).Name;",
    '  } catch (err) {',
    `    ${guard}`,
    '    switch (err.code) {',
    "      case 'ResourceNotFound.User': return null;",
    "      case 'InternalError': return 'later';",
    '    }',
    '  }',
    '}',
  );
ruleTester.run('exhaustive-error-codes with checkNetworkErrors after a guard for a coded class of the project', rule, {
  valid: [{ name: 'not an instance: rethrown by the guard', code: codedClassGuard('if (!(err instanceof LcicApiError)) throw err;'), options: [{ checkNetworkErrors: true }] }],
  invalid: [
    {
      name: 'not an instance: dropped by the guard',
      code: codedClassGuard('if (!(err instanceof LcicApiError)) return undefined;'),
      options: [{ checkNetworkErrors: true }],
      errors: [{ messageId: 'missingNoCodeBranch', data: { actions: 'DescribeUser' }, line: 15, column: 13, endColumn: 21 }],
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
ruleTester.run('exhaustive-error-codes on functions of another module that log or answer with the message', rule, {
  valid: [{ name: 'told by their message, in a catch and in a default', ...fixtureFile('thrown-errors', 'told.ts') }],
  invalid: [],
});

/**
 * A status table read through a helper (`(err.code && STATUS[err.code]) || 502`), compared with a
 * status: decided per code from the table's values, and the `||`/`&&` that make the value are no branch.
 */
const statusHandler = (helper: string, ...handler: string[]) =>
  SDK +
  lines(
    "const STATUS_BY_CODE: Record<string, number> = { 'ResourceNotFound.Room': 404, 'FailedOperation.ClassEnded': 409 };",
    `const statusOf = (err: { code?: string }): number => ${helper};`,
    'export async function end(roomId: number): Promise<void> {',
    '  try {',
    '    await client.EndRoom({ RoomId: roomId });',
    '  } catch (err: any) {',
    ...handler,
    '  }',
    '}',
  );
const STATUS_MISSING = ['FailedOperation.ClassExpired', 'FailedOperation.ClassStarted', 'FailedOperation.RequestTimedOut', 'FailedOperation.RoomNotEnd', 'FailedOperation', 'InternalError', 'InvalidParameter', 'InvalidParameterValue', 'MissingParameter', 'UnauthorizedOperation', 'UnknownParameter', 'UnsupportedOperation'];
ruleTester.run('exhaustive-error-codes on a status looked up in a table of codes', rule, {
  valid: ['(err.code && STATUS_BY_CODE[err.code]) || 502', 'STATUS_BY_CODE[err.code as string] || 502', "STATUS_BY_CODE[err.code ?? ''] ?? 502", 'err.code && STATUS_BY_CODE[err.code]'].map((helper) => ({
    name: `one status answered, every other code rethrown: ${helper}`,
    code: statusHandler(helper, '    if (statusOf(err) === 409) return; // already ended', '    throw err;'),
  })),
  invalid: [
    {
      name: 'one status answered, another rethrown: the codes with neither status fall through',
      code: statusHandler('(err.code && STATUS_BY_CODE[err.code]) || 502', '    if (statusOf(err) === 409) return;', '    if (statusOf(err) === 404) throw err;'),
      errors: [{ messageId: 'missingCodes', data: { count: 12, plural: 's', actions: 'EndRoom', codes: `${STATUS_MISSING.slice(0, 6).join(', ')} and 6 more` }, line: 8, column: 5, endLine: 11, endColumn: 4, suggestions: [] }],
    },
  ],
});

/** In a listener whose promise the emitter drops, a rethrow reaches nothing: the missing cases are not suggested with one. */
ruleTester.run('exhaustive-error-codes in a callback whose promise is dropped', rule, {
  valid: [],
  invalid: [
    {
      name: "bus.on('room:end', async () => ...): reported, with no suggestion",
      code: `${SDK}const bus = new (require('node:events').EventEmitter)();\nbus.on('room:end', async (id: number) => {\n  try {\n    await client.DeleteRoom({ RoomId: id });\n  } catch (err: any) {\n    switch (err.code) {\n      case 'ResourceNotFound.Room':\n        return;\n    }\n  }\n});\n`,
      errors: [{ messageId: 'missingCodes', data: { actions: 'DeleteRoom', count: 2, plural: 's', codes: 'FailedOperation.ClassStarted, InternalError' }, line: 8, column: 13, endColumn: 21, suggestions: [] }],
    },
  ],
});

/** An Express handler whose catch answers one code and then runs `after` (line 11): the codes it lets through reach it. */
const answeredAfterChain = (after: string) =>
  `${SDK}export async function show(req: any, res: any) {\n  try {\n    const room = await client.DescribeRoom({ RoomId: 1 });\n    res.json({ name: room.Name });\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') {\n      return res.status(404).json({ requestId: err.requestId });\n    }\n    ${after}\n  }\n}\n`;
const MISSING_TWO = { messageId: 'missingCodes' as const, data: { actions: 'DescribeRoom', count: 2, plural: 's', codes: 'FailedOperation, InternalError' }, line: 8, column: 9, endColumn: 45 };
ruleTester.run('exhaustive-error-codes: no rethrow suggested where it would come after the success', rule, {
  // Sending `{ ok: true }` as the handler's last act answers the other codes with success: no-swallowed-error's report, not a fall-through.
  valid: [{ name: 'a success sent as the answer after the chain', code: answeredAfterChain('res.json({ ok: true });') }],
  invalid: [
    {
      name: 'a log after the chain: the rest is rethrown after it',
      code: answeredAfterChain("console.warn('describe failed');"),
      errors: [
        {
          ...MISSING_TWO,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { count: 2, plural: 's' },
              output: answeredAfterChain("console.warn('describe failed');\n    throw err;").replace(
                "      return res.status(404).json({ requestId: err.requestId });\n    }",
                "      return res.status(404).json({ requestId: err.requestId });\n    } else if (err.code === 'FailedOperation' || err.code === 'InternalError') {\n      throw err;\n    }",
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'an answer sent after the chain: a throw after it would come once the answer is sent',
      code: answeredAfterChain('res.json({ name: null });'),
      errors: [{ ...MISSING_TWO, suggestions: [] }],
    },
    {
      // A throw at the end would rethrow the code the second `if` logs and keeps on purpose.
      name: 'a branch that leaves, then an if that logs a code and goes on: no rethrow at the end suggested',
      code: `${SDK}export async function remove(id: number) {\n  try {\n    await client.DeleteRoom({ RoomId: id });\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') return 'gone';\n    if (err.code === 'FailedOperation.ClassStarted') console.warn('class running, retry later', err);\n  }\n  return 'scheduled';\n}\n`,
      errors: [{ messageId: 'missingCodes', data: { actions: 'DeleteRoom', count: 1, plural: '', codes: 'InternalError' }, line: 7, column: 9, endColumn: 45, suggestions: [] }],
    },
    {
      // A throw at the end would come after the 404 or the 409 is sent too (Express then logs the answered error).
      name: 'separate ifs that answer without returning, then nothing: no rethrow at the end suggested',
      code: `${SDK}export async function remove(req: any, res: any) {\n  try {\n    await client.DeleteRoom({ RoomId: 1 });\n    res.status(204).end();\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') res.status(404).json({ error: 'gone' });\n    if (err.code === 'FailedOperation.ClassStarted') res.status(409).json({ error: 'started' });\n  }\n}\n`,
      errors: [{ messageId: 'missingCodes', data: { actions: 'DeleteRoom', count: 1, plural: '', codes: 'InternalError' }, line: 8, column: 9, endColumn: 45, suggestions: [] }],
    },
    {
      name: "an SDK callback with no if (err) around the dispatch: a catch-all there would throw the null error of a success",
      code: `${SDK}export function show(res: any) {\n  client.DescribeRoom({ RoomId: 1 }, (err: any, room: any) => {\n    if (err?.code === 'ResourceNotFound.Room') return res.status(404).end();\n    res.json({ name: room.Name });\n  }).catch(() => undefined);\n}\n`,
      errors: [{ ...MISSING_TWO, line: 5, column: 9, endColumn: 46, suggestions: [] }],
    },
  ],
});

/** The same default in an SDK callback inside `new Promise`: answering success there is no-swallowed-error's, not a fall-through. */
ruleTester.run('exhaustive-error-codes on an SDK callback that resolves a promise made around it', rule, {
  valid: [
    {
      name: 'a default resolving a success answer is an answer, not a fall-through',
      code: `${SDK}export function roomStatus(id: number) {\n  return new Promise((resolve) => {\n    client.DescribeRoom({ RoomId: id }, (err: any, room: any) => {\n      if (err) {\n        switch (err.code) {\n          case 'ResourceNotFound.Room':\n            return resolve({ status: 404 });\n          default:\n            return resolve({ status: 200, ok: true });\n        }\n      }\n      resolve(room);\n    });\n  });\n}\n`,
    },
  ],
  invalid: [],
});

/** A switch (line 7) whose cases are `cases`, followed by `return undefined;` at the end of the catch. */
const switchThenReturn = (cases: string, after = '\n    return undefined;') =>
  `${SDK}export async function describe(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    switch (err.code) {\n${cases}\n    }${after}\n  }\n}`;
ruleTester.run('exhaustive-error-codes: a switch followed by a bare return', rule, {
  valid: [],
  invalid: [
    {
      name: 'every case leaves: the default the fix adds makes the return dead, so it is taken out',
      code: switchThenReturn("      case 'ResourceNotFound.Room':\n        throw err;"),
      errors: [
        {
          ...MISSING_TWO,
          line: 7,
          column: 13,
          endColumn: 21,
          suggestions: [{ messageId: 'addMissingCases', data: { count: 2, plural: 's' }, output: switchThenReturn("      case 'ResourceNotFound.Room':\n        throw err;\n      case 'FailedOperation':\n      case 'InternalError':\n      default:\n        throw err;", '') }],
        },
      ],
    },
    {
      name: 'a case that breaks out: the return after the switch still runs for it, and stays',
      code: switchThenReturn("      case 'ResourceNotFound.Room':\n        console.info('gone', err);\n        break;"),
      errors: [
        {
          ...MISSING_TWO,
          line: 7,
          column: 13,
          endColumn: 21,
          suggestions: [{ messageId: 'addMissingCases', data: { count: 2, plural: 's' }, output: switchThenReturn("      case 'ResourceNotFound.Room':\n        console.info('gone', err);\n        break;\n      case 'FailedOperation':\n      case 'InternalError':\n      default:\n        throw err;") }],
        },
      ],
    },
  ],
});

/** A catch (line 7) in `loop`, over EndRoom, that skips one code and records the rest by id (not the error). */
const endEach = (loop: string) =>
  `${SDK}export async function endAll(ids: number[]) {\n  const failed: number[] = [];\n  ${loop} {\n    try {\n      await client.EndRoom({ RoomId: ids[0] ?? 0 });\n    } catch (err: any) {\n      if (err.code === 'FailedOperation.ClassEnded') continue;\n      failed.push(1);\n    }\n  }\n  return failed;\n}`;
const MISSING_THIRTEEN = { messageId: 'missingCodes' as const, line: 9, column: 11, endColumn: 52 };
ruleTester.run('exhaustive-error-codes in a catch inside a loop', rule, {
  valid: [],
  invalid: [
    {
      name: 'for...of over the items of a batch: no rethrow suggested, as it would end the batch for every item',
      code: endEach('for (const id of ids)'),
      errors: [{ ...MISSING_THIRTEEN, suggestions: [] }],
    },
    {
      name: 'a counting loop (a retry, more often): the rethrow is suggested',
      code: endEach('for (let attempt = 0; attempt < 3; attempt++)'),
      errors: [
        {
          ...MISSING_THIRTEEN,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: endEach('for (let attempt = 0; attempt < 3; attempt++)')
                .replace("continue;", "continue;\n      else if (\n        err.code === 'FailedOperation.ClassExpired' ||\n        err.code === 'FailedOperation.ClassStarted' ||\n        err.code === 'FailedOperation.RequestTimedOut' ||\n        err.code === 'FailedOperation.RoomNotEnd' ||\n        err.code === 'ResourceNotFound.Room' ||\n        err.code === 'FailedOperation' ||\n        err.code === 'InternalError' ||\n        err.code === 'InvalidParameter' ||\n        err.code === 'InvalidParameterValue' ||\n        err.code === 'MissingParameter' ||\n        err.code === 'UnauthorizedOperation' ||\n        err.code === 'UnknownParameter' ||\n        err.code === 'UnsupportedOperation'\n      ) throw err;")
                .replace('failed.push(1);', 'failed.push(1);\n      throw err;'),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("exhaustive-error-codes in Bun's websocket handlers", rule, {
  valid: [],
  invalid: [
    {
      name: 'no rethrow suggested: Bun drops the promise of a message handler, so the throw would reach nothing',
      code: `${SDK}Bun.serve({\n  fetch: () => new Response('ok'),\n  websocket: {\n    async message(ws: any) {\n      try {\n        ws.send(JSON.stringify(await client.DescribeRoom({ RoomId: 1 })));\n      } catch (err: any) {\n        switch (err.code) {\n          case 'ResourceNotFound.Room':\n            ws.send('gone');\n            return;\n        }\n      }\n    },\n  },\n});`,
      errors: [{ ...MISSING_TWO, line: 10, column: 17, endColumn: 25, suggestions: [] }],
    },
  ],
});
