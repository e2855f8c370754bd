import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/preserve-request-id.js';
import { fixtureFile, fixtureTypedRuleTester, ruleTester, serviceFile, serviceTypedRuleTester, suggestionsResolveTheirReports, typedRuleTester } from '../helpers/rule-tester.js';
import { SDK, INTL, RAW_EVENTS } from '../helpers/sdk-snippets.js';

/** New errors of classes that keep a cause elsewhere, or nowhere (for the suggestions). */
const CAUSE_OPTIONS = "import { GraphQLError } from 'graphql';\nimport { UnrecoverableError } from 'bullmq';\nclass JobError extends Error {\n  constructor(message: string) {\n    super(message);\n  }\n}\nexport async function rename(id: number) {\n  try {\n    await client.ModifyRoom({ RoomId: id, SdkAppId: 1 });\n  } catch (err: any) {\n    if (err.code === 'InternalError') throw new GraphQLError(`rename failed: ${err.message}`, { extensions: { code: 'LCIC' } });\n    if (err.code === 'FailedOperation') throw new UnrecoverableError(err.message);\n    throw new JobError(err.message);\n  }\n}";

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: "a log of the message by the project's own logger: the error offered as one more argument only where a parameter takes anything (a rest of unknown), not a typed fields object",
    code: SDK + 'const log = {\n  error: (msg: string, fields?: Record<string, unknown>) => console.error(msg, fields),\n  warn(msg: string, ...rest: unknown[]) {\n    console.warn(msg, ...rest);\n  },\n};\nexport async function end(roomId: number) {\n  try {\n    await client.EndRoom({ RoomId: roomId });\n  } catch (err) {\n    log.warn(`end failed: ${(err as Error).message}`);\n    log.error(`end failed: ${(err as Error).message}`);\n    return null;\n  }\n}',
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'err', actions: 'EndRoom', text: '(err as Error).message' },
        line: 13,
        column: 29,
        endColumn: 51,
        suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: SDK + 'const log = {\n  error: (msg: string, fields?: Record<string, unknown>) => console.error(msg, fields),\n  warn(msg: string, ...rest: unknown[]) {\n    console.warn(msg, ...rest);\n  },\n};\nexport async function end(roomId: number) {\n  try {\n    await client.EndRoom({ RoomId: roomId });\n  } catch (err) {\n    log.warn(`end failed: ${(err as Error).message}`);\n    log.error(`end failed: ${(err as Error).message}`);\n    return null;\n  }\n}'.replace('message}`);\n    log.error', 'message}`, err);\n    log.error') }],
      },
      { messageId: 'logsMessageOnly', data: { name: 'err', actions: 'EndRoom', text: '(err as Error).message' }, line: 14, column: 30, endColumn: 52, suggestions: [] },
    ],
  },
  {
    name: "the cause in the option each class keeps it in: GraphQLError's originalError; none for a package's class this rule does not know, or a project class whose constructor takes the message alone",
    code: SDK + CAUSE_OPTIONS,
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'GraphQLError', actions: 'ModifyRoom' },
        line: 14,
        column: 45,
        endColumn: 128,
        suggestions: [{ messageId: 'addOriginalError', data: { name: 'err' }, output: SDK + CAUSE_OPTIONS.replace('{ extensions', '{ originalError: err, extensions') }],
      },
      { messageId: 'newErrorLosesRequestId', data: { errorClass: 'UnrecoverableError', actions: 'ModifyRoom' }, line: 15, column: 47, endColumn: 82, suggestions: [] },
      { messageId: 'newErrorLosesRequestId', data: { errorClass: 'JobError', actions: 'ModifyRoom' }, line: 16, column: 11, endColumn: 36, suggestions: [] },
    ],
  },
  {
    name: 'a domain error after a log of the RequestId in another branch: the request is not in a log on its way',
    code:
      SDK +
      "class NotFoundError extends Error {}\nexport async function a(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    if (err.code === 'InternalError') console.warn('lookup failed', err.requestId);\n    else if (err.code === 'ResourceNotFound.Room') throw new NotFoundError('no such room');\n    throw err;\n  }\n}",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'NotFoundError', actions: 'DescribeRoom' },
        line: 9,
        column: 58,
        endColumn: 91,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output:
              SDK +
              "class NotFoundError extends Error {}\nexport async function a(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    if (err.code === 'InternalError') console.warn('lookup failed', err.requestId);\n    else if (err.code === 'ResourceNotFound.Room') throw new NotFoundError('no such room', { cause: err });\n    throw err;\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    name: "an answer with the message from a TypeScript catch clause: the RequestId read through a cast where the error is unknown, plainly where it is any",
    code: SDK + "export async function register(name: string) {\n  try {\n    return await client.RegisterUser({ Name: name } as never);\n  } catch (err) {\n    return Response.json({ error: (err as Error).message }, { status: 502 });\n  }\n}\nexport async function login(id: string) {\n  try {\n    return await client.LoginUser({ UserId: id });\n  } catch (err: any) {\n    return Response.json({ error: err.message }, { status: 502 });\n  }\n}",
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'RegisterUser', text: '(err as Error).message' },
        line: 7,
        column: 35,
        endColumn: 57,
        suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: SDK + "export async function register(name: string) {\n  try {\n    return await client.RegisterUser({ Name: name } as never);\n  } catch (err) {\n    return Response.json({ error: (err as Error).message, requestId: (err as { requestId?: string }).requestId }, { status: 502 });\n  }\n}\nexport async function login(id: string) {\n  try {\n    return await client.LoginUser({ UserId: id });\n  } catch (err: any) {\n    return Response.json({ error: err.message }, { status: 502 });\n  }\n}" }],
      },
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'LoginUser', text: 'err.message' },
        line: 14,
        column: 35,
        endColumn: 46,
        suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: SDK + "export async function register(name: string) {\n  try {\n    return await client.RegisterUser({ Name: name } as never);\n  } catch (err) {\n    return Response.json({ error: (err as Error).message }, { status: 502 });\n  }\n}\nexport async function login(id: string) {\n  try {\n    return await client.LoginUser({ UserId: id });\n  } catch (err: any) {\n    return Response.json({ error: err.message, requestId: err.requestId }, { status: 502 });\n  }\n}" }],
      },
    ],
  },
  {
    name: 'a new error whose cause is a name holding another new error, made from the message only: no suggestion, as a second cause would replace the first',
    code: SDK + "export const a = () => client.EndRoom({ RoomId: 1 }).catch((err) => {\n  const plain = new Error(`EndRoom: ${err.message}`);\n  throw new Error('failed', { cause: plain });\n});",
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 5, column: 9, endColumn: 46, suggestions: [] }],
  },
  {
    name: 'a new error made from the message in a function of the file the handlers throw the result of: reported once, where it is made, with its name for the error',
    code: SDK + "function toJobError(e: any, action: string) {\n  return new Error(`${action}: ${e.message}`);\n}\nexport async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    throw toJobError(err, 'EndRoom');\n  }\n}\nexport const describe = (id: number) => client.DescribeRoom({ RoomId: id }).catch((err) => {\n  throw toJobError(err, 'DescribeRoom');\n});",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'EndRoom' },
        line: 4,
        column: 10,
        endColumn: 46,
        suggestions: [{ messageId: 'addCause', data: { name: 'e' }, output: SDK + "function toJobError(e: any, action: string) {\n  return new Error(`${action}: ${e.message}`, { cause: e });\n}\nexport async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err) {\n    throw toJobError(err, 'EndRoom');\n  }\n}\nexport const describe = (id: number) => client.DescribeRoom({ RoomId: id }).catch((err) => {\n  throw toJobError(err, 'DescribeRoom');\n});" }],
      },
    ],
  },
  {
    name: "a log of the message of the package's own classifyLcicError(e): the RequestId is not in it",
    code: SDK + "import { classifyLcicError } from 'eslint-plugin-lcic/codes';\nexport const a = () => client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  console.error('describe failed: ' + classifyLcicError(e)?.message);\n  return undefined;\n});",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'e', actions: 'DescribeRoom', text: 'classifyLcicError(e)?.message' },
        line: 5,
        column: 39,
        endColumn: 68,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'e' },
            output: SDK + "import { classifyLcicError } from 'eslint-plugin-lcic/codes';\nexport const a = () => client.DescribeRoom({ RoomId: 1 }).catch((e) => {\n  console.error('describe failed: ' + classifyLcicError(e)?.message, e);\n  return undefined;\n});",
          },
        ],
      },
    ],
  },
  {
    name: 'a log of the message as an arrow\'s whole body: one report, as a log (its value, undefined, answers nothing)',
    code: SDK + 'export const end = (id: number) => client.EndRoom({ RoomId: id }).catch((err) => console.warn(`EndRoom ${id}: ${err.message}`));',
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'err', actions: 'EndRoom', text: 'err.message' },
        line: 3,
        column: 113,
        endColumn: 124,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'err' },
            output: SDK + 'export const end = (id: number) => client.EndRoom({ RoomId: id }).catch((err) => console.warn(`EndRoom ${id}: ${err.message}`, err));',
          },
        ],
      },
    ],
  },
  {
    // The neighbour of the valid case where the helper is given the RequestId too.
    name: 'a throwing helper of the project given only the body\'s error: the error it makes has no RequestId',
    code: "class LcicError extends Error {\n  constructor(public code: string, public requestId?: string) { super(code); }\n}\nfunction fail(e: { Code: string }, requestId?: string): never {\n  throw new LcicError(e.Code, requestId);\n}\nexport async function roomName(roomId: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } });\n  const body = await res.json();\n  if (body.Response.Error) fail(body.Response.Error);\n  return body.Response.Name;\n}",
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'LcicError', actions: 'DescribeRoom' }, line: 5, column: 9, suggestions: [] }],
  },
  {
    name: "pino-style logs (fields first, then the message): the error goes into the fields under err, as pino and bunyan drop arguments after the message",
    code: SDK + "declare const logger: { error(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (error: any) {\n    logger.error({ roomId: id }, `end failed: ${error.message}`);\n    logger.error({}, `end failed: ${error.message}`);\n    logger.error({ roomId: id, }, error.message);\n  }\n}",
    errors: [
      { messageId: 'logsMessageOnly', data: { name: 'error', actions: 'EndRoom', text: 'error.message' }, line: 6, column: 49, endColumn: 62, suggestions: [{ messageId: 'addErrorToFields', data: { text: 'err: error' }, output: SDK + "declare const logger: { error(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (error: any) {\n    logger.error({ roomId: id, err: error }, `end failed: ${error.message}`);\n    logger.error({}, `end failed: ${error.message}`);\n    logger.error({ roomId: id, }, error.message);\n  }\n}" }] },
      { messageId: 'logsMessageOnly', data: { name: 'error', actions: 'EndRoom', text: 'error.message' }, line: 7, column: 37, endColumn: 50, suggestions: [{ messageId: 'addErrorToFields', data: { text: 'err: error' }, output: SDK + "declare const logger: { error(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (error: any) {\n    logger.error({ roomId: id }, `end failed: ${error.message}`);\n    logger.error({ err: error }, `end failed: ${error.message}`);\n    logger.error({ roomId: id, }, error.message);\n  }\n}" }] },
      { messageId: 'logsMessageOnly', data: { name: 'error', actions: 'EndRoom', text: 'error.message' }, line: 8, column: 35, endColumn: 48, suggestions: [{ messageId: 'addErrorToFields', data: { text: 'err: error' }, output: SDK + "declare const logger: { error(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (error: any) {\n    logger.error({ roomId: id }, `end failed: ${error.message}`);\n    logger.error({}, `end failed: ${error.message}`);\n    logger.error({ roomId: id, err: error, }, error.message);\n  }\n}" }] },
    ],
  },
  {
    name: 'a pino-style log whose fields read the error already (its code): the error still goes into the fields',
    code: SDK + "declare const logger: { warn(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    logger.warn({ id, code: err.code }, err.message);\n  }\n}",
    errors: [{ messageId: 'logsMessageOnly', data: { name: 'err', actions: 'EndRoom', text: 'err.code' }, line: 6, column: 29, endColumn: 37, suggestions: [{ messageId: 'addErrorToFields', data: { text: 'err' }, output: SDK + "declare const logger: { warn(...args: unknown[]): void };\nexport async function f(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    logger.warn({ id, code: err.code, err }, err.message);\n  }\n}" }] }],
  },
  {
    name: 'two logs of the message: each is reported, and fixing one leaves the other (a log is no hand-on for the one before it)',
    code: SDK + "export async function f() {\n  try { await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    console.log(err.message);\n    console.log(err.message);\n  }\n}",
    errors: [
      { messageId: 'logsMessageOnly', data: { name: 'err', actions: 'DescribeRoom', text: 'err.message' }, line: 5, column: 17, endColumn: 28, suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: SDK + "export async function f() {\n  try { await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    console.log(err.message, err);\n    console.log(err.message);\n  }\n}" }] },
      { messageId: 'logsMessageOnly', data: { name: 'err', actions: 'DescribeRoom', text: 'err.message' }, line: 6, column: 17, endColumn: 28, suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: SDK + "export async function f() {\n  try { await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    console.log(err.message);\n    console.log(err.message, err);\n  }\n}" }] },
    ],
  },
  {
    name: "a new error where the name may be the SDK's own (any name but the platform's): reported",
    code: SDK + "class TimeoutError extends Error {}\nexport async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err.name === 'Error') throw new TimeoutError('DescribeRoom failed');\n    throw err;\n  }\n}",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'TimeoutError', actions: 'DescribeRoom' },
        line: 6,
        column: 37,
        endColumn: 76,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output: SDK + "class TimeoutError extends Error {}\nexport async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err.name === 'Error') throw new TimeoutError('DescribeRoom failed', { cause: err });\n    throw err;\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    name: 'a client given to an untyped constructor parameter, where the module makes the class',
    code: "import * as tc from 'tencentcloud-sdk-nodejs';\nclass RoomService {\n  constructor(client) {\n    this.client = client;\n  }\n  async endLesson(id) {\n    try {\n      await this.client.EndRoom({ RoomId: id });\n    } catch (err) {\n      throw new Error(err.message);\n    }\n  }\n}\nexport const rooms = new RoomService(new tc.lcic.v20220817.Client({}));",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'EndRoom' },
        line: 10,
        column: 13,
        suggestions: [{ messageId: 'addCause', data: { name: 'err' }, output: "import * as tc from 'tencentcloud-sdk-nodejs';\nclass RoomService {\n  constructor(client) {\n    this.client = client;\n  }\n  async endLesson(id) {\n    try {\n      await this.client.EndRoom({ RoomId: id });\n    } catch (err) {\n      throw new Error(err.message, { cause: err });\n    }\n  }\n}\nexport const rooms = new RoomService(new tc.lcic.v20220817.Client({}));" }],
      },
    ],
  },
  {
    name: 'an HTTP answer with only the message: the caller hears of the failure, support cannot find it',
    code: SDK + "declare const res: { status(code: number): { json(body: unknown): unknown } };\nexport async function show(roomId: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: roomId });\n  } catch (err: any) {\n    return res.status(500).json({ error: err.message });\n  }\n}",
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'DescribeRoom', text: 'err.message' },
        line: 8,
        column: 42,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'addRequestId',
            data: { name: 'err' },
            output: SDK + "declare const res: { status(code: number): { json(body: unknown): unknown } };\nexport async function show(roomId: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: roomId });\n  } catch (err: any) {\n    return res.status(500).json({ error: err.message, requestId: err.requestId });\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    name: 'the same answer as a statement, and the message given to a notifier: told, not dropped (no-swallowed-error says nothing)',
    code: SDK + "declare const res: any;\ndeclare function notify(text: string): void;\nclient.EndRoom({ RoomId: 1 }).catch((err) => {\n  res.status(500).json({ error: err.message });\n});\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { notify(e.message); return null; });",
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'EndRoom', text: 'err.message' },
        line: 6,
        column: 33,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'addRequestId',
            data: { name: 'err' },
            output: SDK + "declare const res: any;\ndeclare function notify(text: string): void;\nclient.EndRoom({ RoomId: 1 }).catch((err) => {\n  res.status(500).json({ error: err.message, requestId: err.requestId });\n});\nclient.DescribeRoom({ RoomId: 1 }).catch((e) => { notify(e.message); return null; });",
          },
        ],
      },
      { messageId: 'answerLosesRequestId', data: { actions: 'DescribeRoom', text: 'e.message' }, line: 8, column: 58, suggestions: [] },
    ],
  },
  {
    name: 'a Koa-style answer by assignment with only the message',
    code: SDK + 'export async function show(ctx: any) {\n  try {\n    ctx.body = await client.DescribeRoom({ RoomId: 1 });\n  } catch (err: any) {\n    ctx.status = 500;\n    ctx.body = { error: err.message };\n  }\n}',
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'DescribeRoom', text: 'err.message' },
        line: 8,
        column: 25,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'addRequestId',
            data: { name: 'err' },
            output: SDK + 'export async function show(ctx: any) {\n  try {\n    ctx.body = await client.DescribeRoom({ RoomId: 1 });\n  } catch (err: any) {\n    ctx.status = 500;\n    ctx.body = { error: err.message, requestId: err.requestId };\n  }\n}',
          },
        ],
      },
    ],
  },
  {
    // The neighbour of the valid case "answers only where failures without a code arrive": here a code arrives too.
    name: 'an answer with only the message where a failure with a code arrives (a TypeError test, or a code test)',
    code:
      SDK +
      "export async function a(res: any) {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err instanceof TypeError || err.code === 'InternalError') return { error: err.message };\n    throw err;\n  }\n}",
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'DescribeRoom', text: 'err.message' },
        line: 5,
        column: 83,
        endColumn: 94,
        suggestions: [
          {
            messageId: 'addRequestId',
            data: { name: 'err' },
            output:
              SDK +
              "export async function a(res: any) {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err instanceof TypeError || err.code === 'InternalError') return { error: err.message, requestId: err.requestId };\n    throw err;\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    // The SDK's error is an Error: the message is all the log or the new error gets.
    name: 'e instanceof Error ? e.message : String(e), in a log and in a new error',
    code: SDK + "export async function f(id: number): Promise<void> {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (e) {\n    console.error(`EndRoom failed: ${e instanceof Error ? e.message : String(e)}`);\n    throw new Error(e instanceof Error ? e.message : 'EndRoom failed');\n  }\n}",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { actions: 'EndRoom', text: 'e.message', name: 'e' },
        line: 7,
        column: 59,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'e' },
            output: SDK + "export async function f(id: number): Promise<void> {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (e) {\n    console.error(`EndRoom failed: ${e instanceof Error ? e.message : String(e)}`, e);\n    throw new Error(e instanceof Error ? e.message : 'EndRoom failed');\n  }\n}",
          },
        ],
      },
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'EndRoom' },
        line: 8,
        column: 11,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'e' },
            output: SDK + "export async function f(id: number): Promise<void> {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (e) {\n    console.error(`EndRoom failed: ${e instanceof Error ? e.message : String(e)}`);\n    throw new Error(e instanceof Error ? e.message : 'EndRoom failed', { cause: e });\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    name: 'options made first in a name that keep only the code: no suggestion, as the options are not written here',
    code: SDK + "export async function describe(roomId: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: roomId });\n  } catch (err: any) {\n    const options = { code: err.code };\n    throw new Error('room lookup failed', options);\n  }\n}",
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'DescribeRoom' }, line: 8, column: 11, suggestions: [] }],
  },
  {
    name: 'a new error handed to next(): one report, from this rule (no-swallowed-error says nothing)',
    code: SDK + "declare function next(e: unknown): void;\nclient.EndRoom({ RoomId: 1 }).catch((err) => { next(new Error('could not end the class')); });",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'EndRoom' },
        line: 4,
        column: 53,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output: SDK + "declare function next(e: unknown): void;\nclient.EndRoom({ RoomId: 1 }).catch((err) => { next(new Error('could not end the class', { cause: err })); });",
          },
        ],
      },
    ],
  },
  {
    name: 'the Error held in a name first: the new error still loses the RequestId, and the cause names the Response it came from',
    code: RAW_EVENTS('  const failure = body.Response.Error;\n  if (failure) throw new Error(failure.Code);'),
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'GetRoomEvent' },
        line: 5,
        column: 22,
        suggestions: [
          { messageId: 'addCause', data: { name: 'body.Response' }, output: RAW_EVENTS('  const failure = body.Response.Error;\n  if (failure) throw new Error(failure.Code, { cause: body.Response });') },
        ],
      },
    ],
  },
  {
    name: 'the Error destructured from the body: reported, with no Response to name in a suggestion',
    code: "export async function end() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' } });\n  const { Response: { Error: failure } } = await res.json();\n  if (failure) throw new Error(failure.Code);\n  return true;\n}",
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 4, column: 22, suggestions: [] }],
  },
  {
    name: "a raw call's Response.Error turned into a new error without Response.RequestId",
    code: RAW_EVENTS('  if (body.Response.Error) throw new Error(body.Response.Error.Code);'),
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'GetRoomEvent' },
        line: 4,
        column: 34,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'body.Response' },
            output: RAW_EVENTS('  if (body.Response.Error) throw new Error(body.Response.Error.Code, { cause: body.Response });'),
          },
        ],
      },
    ],
  },
  {
    name: "the same at the caller of a signing helper, with a destructured Response, the action named by the caller",
    code: "declare function sign(action: string): Record<string, string>;\nasync function request(action: string) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { ...sign(action), 'X-TC-Action': action } });\n  return res.json();\n}\nexport async function rooms() {\n  const { Response } = await request('GetRooms');\n  if (Response.Error) throw new RoomsError(`${Response.Error.Code}: ${Response.Error.Message}`);\n  return Response.Rooms;\n}\nclass RoomsError extends Error {}",
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'RoomsError', actions: 'GetRooms' }, line: 8, column: 29, suggestions: [{ messageId: 'addCause', data: { name: 'Response' }, output: "declare function sign(action: string): Record<string, string>;\nasync function request(action: string) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { ...sign(action), 'X-TC-Action': action } });\n  return res.json();\n}\nexport async function rooms() {\n  const { Response } = await request('GetRooms');\n  if (Response.Error) throw new RoomsError(`${Response.Error.Code}: ${Response.Error.Message}`, { cause: Response });\n  return Response.Rooms;\n}\nclass RoomsError extends Error {}" }] }],
  },
  {
    name: 'the message returned as a result object, and returned bare (no object to add the RequestId to)',
    code: SDK + "client.EndRoom({ RoomId: 1 }).catch((e) => ({ ok: false, error: e.message }));\nclient.StartRoom({ RoomId: 1 }).catch((e) => {\n  return String(e.message);\n});",
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'EndRoom', text: 'e.message' },
        line: 3,
        column: 65,
        suggestions: [
          {
            messageId: 'addRequestId',
            data: { name: 'e' },
            output: SDK + "client.EndRoom({ RoomId: 1 }).catch((e) => ({ ok: false, error: e.message, requestId: e.requestId }));\nclient.StartRoom({ RoomId: 1 }).catch((e) => {\n  return String(e.message);\n});",
          },
        ],
      },
      { messageId: 'answerLosesRequestId', data: { actions: 'StartRoom', text: 'e.message' }, line: 5, column: 17, suggestions: [] },
    ],
  },
  {
    name: 'a new Error from the message, given to the callback of a callback-form call',
    code: INTL + 'declare function done(e: unknown): void;\nintl.DescribeRoom({ RoomId: 1 }, (err: any) => { if (err) return done(new Error(err.message)); done(null); });',
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'DescribeRoom' },
        line: 3,
        column: 71,
        suggestions: [
          { messageId: 'addCause', data: { name: 'err' }, output: INTL + 'declare function done(e: unknown): void;\nintl.DescribeRoom({ RoomId: 1 }, (err: any) => { if (err) return done(new Error(err.message, { cause: err })); done(null); });' },
        ],
      },
    ],
  },
  {
    name: 'a new Error from the code and the message still loses the RequestId',
    code: SDK + 'client.CreateRoom({} as never).catch((err) => { throw new Error(`LCIC ${err.code}: ${err.message}`); });',
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'CreateRoom' },
        line: 3,
        column: 55,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output: SDK + 'client.CreateRoom({} as never).catch((err) => { throw new Error(`LCIC ${err.code}: ${err.message}`, { cause: err }); });',
          },
        ],
      },
    ],
  },
  {
    name: 'a new Error from the message, thrown from a catch clause',
    code: SDK + "async function f() { try { await client.CreateRoom({} as never); } catch (e: any) { throw new Error('Could not book: ' + e.message); } }",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'CreateRoom' },
        line: 3,
        column: 91,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'e' },
            output: SDK + "async function f() { try { await client.CreateRoom({} as never); } catch (e: any) { throw new Error('Could not book: ' + e.message, { cause: e }); } }",
          },
        ],
      },
    ],
  },
  {
    name: 'a custom error with options but no cause, returned from .catch',
    code: SDK + "class BookingError extends Error {}\nclient.CreateRoom({} as never).catch((err) => { return Promise.reject(new BookingError('failed', { })); });",
    errors: [
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'BookingError', actions: 'CreateRoom' },
        line: 4,
        column: 71,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output: SDK + "class BookingError extends Error {}\nclient.CreateRoom({} as never).catch((err) => { return Promise.reject(new BookingError('failed', { cause: err })); });",
          },
        ],
      },
    ],
  },
  {
    name: 'the message logged, then an answer for one code before the rethrow: on that path the RequestId is lost',
    code: SDK + "client.DescribeUser({ UserId: 'u' }).catch((err) => {\n  console.warn('DescribeUser failed', err.message);\n  if (err.code === 'ResourceNotFound.User') return null;\n  throw err;\n});",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'err', actions: 'DescribeUser', text: 'err.message' },
        line: 4,
        column: 39,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'err' },
            output: SDK + "client.DescribeUser({ UserId: 'u' }).catch((err) => {\n  console.warn('DescribeUser failed', err.message, err);\n  if (err.code === 'ResourceNotFound.User') return null;\n  throw err;\n});",
          },
        ],
      },
    ],
  },
  {
    name: 'the code logged, then a new error made from the message handed on: both lose the RequestId',
    code: SDK + "export async function a(next: (e: unknown) => void) {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn('DeleteRoom failed', err.code);\n    next(new Error(err.message));\n  }\n}",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'err', actions: 'DeleteRoom', text: 'err.code' },
        line: 5,
        column: 39,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'err' },
            output: SDK + "export async function a(next: (e: unknown) => void) {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn('DeleteRoom failed', err.code, err);\n    next(new Error(err.message));\n  }\n}",
          },
        ],
      },
      {
        messageId: 'newErrorLosesRequestId',
        data: { errorClass: 'Error', actions: 'DeleteRoom' },
        line: 6,
        column: 10,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'addCause',
            data: { name: 'err' },
            output: SDK + "export async function a(next: (e: unknown) => void) {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn('DeleteRoom failed', err.code);\n    next(new Error(err.message, { cause: err }));\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    name: 'a log call given only the message, in an international callback',
    code: INTL + "intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (err) { console.error('failed: ' + err.message); return; } });",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'err', actions: 'DescribeRoom', text: 'err.message' },
        line: 2,
        column: 98,
        endColumn: 109,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'err' },
            output: INTL + "intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (err) { console.error('failed: ' + err.message, err); return; } });",
          },
        ],
      },
    ],
  },
  {
    name: 'CommonClient: a log of the message only',
    code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);\ncommon.request('GetRooms', {}).catch((e: any) => { logger.warn(e.message); return []; });\ndeclare const logger: { warn(...a: unknown[]): void };",
    errors: [
      {
        messageId: 'logsMessageOnly',
        data: { name: 'e', actions: 'GetRooms', text: 'e.message' },
        line: 3,
        column: 64,
        suggestions: [
          {
            messageId: 'logWholeError',
            data: { name: 'e' },
            output: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);\ncommon.request('GetRooms', {}).catch((e: any) => { logger.warn(e.message, e); return []; });\ndeclare const logger: { warn(...a: unknown[]): void };",
          },
        ],
      },
    ],
  },

  {
    name: 'a new error with no arguments cannot be given a cause automatically',
    code: SDK + 'client.EndRoom({ RoomId: 1 }).catch((e) => { throw new TypeError(); });',
    errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'TypeError', actions: 'EndRoom' }, line: 3, column: 52, suggestions: [] }],
  },
];

ruleTester.run('preserve-request-id', rule, {
  valid: [
    {
      name: 'a domain error thrown after a log that keeps the request (its RequestId, the error whole, in a block before it)',
      code:
        SDK +
        "class NotFoundError extends Error {}\nexport async function a(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    console.warn(`DescribeRoom ${id} failed: code=${err.code} requestId=${err.requestId}`);\n    if (err.code === 'ResourceNotFound.Room') throw new NotFoundError('no such room');\n    throw err;\n  }\n}\n" +
        "export const b = (id: number) => client.DescribeRoom({ RoomId: id }).catch((err) => {\n  if (err.code === 'ResourceNotFound.Room') {\n    console.warn('room lookup failed', err);\n    throw new NotFoundError('no such room');\n  }\n  throw err;\n});",
    },
    {
      name: 'a new error whose cause is a name the handler gave a value made from the error (const mapped = wrap(err)), thrown or handed on',
      code:
        SDK +
        "function wrap(e: any) {\n  return Object.assign(new Error('LCIC failed'), { cause: e });\n}\nexport const a = (next: (e: unknown) => void) => client.EndRoom({ RoomId: 1 }).catch((err) => {\n  const mapped = wrap(err);\n  const options = { cause: mapped };\n  if (Math.random() > 0.5) return next(new Error('failed', options));\n  throw new Error('failed', { cause: mapped });\n});",
    },
    {
      name: "functions of the file making a new error for the handler: one keeping the cause, one only for failures without a code, one's error only logged",
      code:
        SDK +
        "function wrapped(e: any) {\n  return new Error(`LCIC: ${e.message}`, { cause: e });\n}\nfunction timeout(e: any) {\n  return new Error(`timed out: ${e.message}`);\n}\nfunction described(e: any) {\n  return new Error(e.message);\n}\n" +
        "export async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err: any) {\n    if (!err.code) throw timeout(err);\n    console.error(described(err), err);\n    throw wrapped(err);\n  }\n}",
    },
    {
      name: 'the code logged, then the error handed on in a comma expression or behind void',
      code: SDK + "export const a = (next: (e: unknown) => void) => client.EndRoom({ RoomId: 1 }).catch((err) => (console.error(err.code), next(err)));\nexport async function b(next: (e: unknown) => void) {\n  try { await client.EndRoom({ RoomId: 1 }); } catch (err: any) { console.error(err.code); return void next(err); }\n}",
    },
    {
      name: 'new errors and logs only where failures without a code arrive: returned rejected, given to next, or named in a list of platform names',
      code:
        SDK +
        "export async function a(next: (e: unknown) => void) {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err.name === 'AbortError') return Promise.reject(new Error('aborted'));\n    if (err instanceof TypeError) { console.warn('network', err.message); return next(new Error('network')); }\n    if (['AbortError', 'TimeoutError'].includes(err.name)) throw new Error('timed out');\n    throw err;\n  }\n}",
    },
    {
      name: 'an answer with only the message where only failures without a code arrive (a TypeError, an AbortError): returned or sent',
      code:
        SDK +
        "export async function a(res: any) {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err instanceof TypeError) return { error: err.message };\n    if (err.name === 'AbortError') { res.status(504).json({ error: err.message }); return; }\n    throw err;\n  }\n}",
    },
    {
      name: 'a throwing helper of the project given the body\'s error and its RequestId as two arguments: the error it makes keeps it',
      code: "class LcicError extends Error {\n  constructor(public code: string, public requestId?: string) { super(code); }\n}\nfunction fail(e: { Code: string }, requestId?: string): never {\n  throw new LcicError(e.Code, requestId);\n}\nexport async function roomName(roomId: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } });\n  const body = await res.json();\n  if (body.Response.Error) fail(body.Response.Error, body.Response.RequestId);\n  return body.Response.Name;\n}",
    },
    {
      name: "a new error where the code is a system one (err.code === 'ETIMEDOUT', a timer's raced with the call): no LCIC failure has it, so no RequestId is lost",
      code:
        SDK +
        "class TimeoutError extends Error {}\ndeclare function timeout(ms: number): Promise<never>;\nexport async function describe(roomId: number) {\n  try {\n    return await Promise.race([client.DescribeRoom({ RoomId: roomId }), timeout(3000)]);\n  } catch (err: any) {\n    if (err.code === 'ETIMEDOUT') throw new TimeoutError('DescribeRoom timed out');\n    throw err;\n  }\n}",
    },
    {
      name: 'a log of the message where the code is one of a list of system codes: no LCIC failure has them',
      code: SDK + "const NETWORK = ['ECONNRESET', 'ETIMEDOUT'];\nexport async function describe(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    if (NETWORK.includes(err.code)) {\n      console.warn('network trouble: ' + err.message);\n      return null;\n    }\n    throw err;\n  }\n}",
    },
    {
      name: "a new error on a callback's success path (after the error is handed on): no failure to replace",
      code: INTL + "export function describe(id: number, done: (e: unknown, name?: string) => void) {\n  intl.DescribeRoom({ RoomId: id }, (err: any, room: any) => {\n    if (err) return done(err);\n    if (!room.Name) return done(new Error('room without a name'));\n    done(null, room.Name);\n  });\n}",
    },
    {
      name: 'raw axios: a network failure rewrapped without its cause has no RequestId to lose (the body carries it when LCIC answers)',
      code: "import axios from 'axios';\naxios.post('https://lcic.tencentcloudapi.com', {}, { headers: { 'X-TC-Action': 'GetRooms' } }).catch((err) => { throw new Error(err.message); });",
    },
    {
      name: "a new error only where the failure has no code (fetch's AbortError, a DOMException, a TypeError): no RequestId to lose",
      code:
        SDK +
        "class TimeoutError extends Error {}\nexport async function a() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err.name === 'AbortError') throw new TimeoutError('DescribeRoom timed out');\n    throw err;\n  }\n}\n" +
        "export async function b() {\n  try { return await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    if (err instanceof DOMException && err.name === 'TimeoutError') throw new TimeoutError('aborted');\n    if (err instanceof TypeError) throw new Error('network down');\n    throw err;\n  }\n}",
    },
    {
      name: 'e instanceof Error ? e : String(e) in a log: the error itself goes where it is an Error',
      code: SDK + "export async function g(id: number): Promise<void> {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (e) {\n    console.error('EndRoom failed', e instanceof Error ? e : String(e));\n    return;\n  }\n}",
    },
    {
      name: "the error's message reworded in place, then the error itself rethrown",
      code: SDK + "export async function end(roomId: number) {\n  try {\n    await client.EndRoom({ RoomId: roomId });\n  } catch (err: any) {\n    err.message = `EndRoom ${roomId}: ${err.message}`;\n    throw err;\n  }\n}",
    },
    {
      name: 'options made first in a name, with the error as the cause',
      code: SDK + "export async function describe(roomId: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: roomId });\n  } catch (err) {\n    const options = { cause: err };\n    throw new Error('room lookup failed', options);\n  }\n}",
    },
    {
      name: "a log of the code in a switch case that breaks to a rethrow after the switch: the error goes on whole",
      code: SDK + "export async function describe(roomId: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: roomId });\n  } catch (err: any) {\n    switch (err.code) {\n      case 'ResourceNotFound.Room':\n        return null;\n      case 'FailedOperation':\n        console.warn('DescribeRoom failed, rethrowing', err.code);\n        break;\n    }\n    throw err;\n  }\n}",
    },
    {
      name: 'the RequestId destructured from the error, or from the catch parameter, kept in the new error',
      code: SDK + "export async function a() {\n  try { await client.EndRoom({ RoomId: 1 }); } catch (err: any) {\n    const { requestId, code } = err;\n    throw new Error(`EndRoom failed: ${code}, RequestId ${requestId}`);\n  }\n}\nexport async function b() {\n  try { await client.EndRoom({ RoomId: 1 }); } catch ({ code, message, requestId }: any) {\n    throw Object.assign(new Error(message), { code, requestId });\n  }\n}",
    },
    {
      name: 'the code logged, then the error handed on whole: next(err), a new error with the cause, Object.assign with the RequestId',
      code:
        SDK +
        "export async function a(next: (e: unknown) => void) {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn('DeleteRoom failed', err.code);\n    next(err);\n  }\n}\n" +
        "export async function b() {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn(err.code);\n    throw new Error('delete failed', { cause: err });\n  }\n}\n" +
        "export async function c() {\n  try { await client.DeleteRoom({ RoomId: 1 }); } catch (err: any) {\n    console.warn(err.code);\n    throw Object.assign(new Error('delete failed'), { requestId: err.requestId });\n  }\n}",
    },
    {
      name: 'the message logged, then the error rejected again or given to the callback',
      code:
        SDK +
        "export const a = () => client.DescribeRoom({ RoomId: 1 }).catch((err) => {\n  console.warn(err.message);\n  return Promise.reject(err);\n});\n" +
        "export function b(done: (e: unknown, name?: string) => void) {\n  client.DescribeRoom({ RoomId: 1 }, (err: any, room: any) => {\n    if (err) { console.warn(err.code); return done(err); }\n    done(null, room.Name);\n  }).catch(() => undefined);\n}",
    },
    {
      name: 'the code logged, then the error itself rethrown: the RequestId goes on with it',
      code: SDK + "client.DescribeUser({ UserId: 'u' }).catch((err) => {\n  if (err.code === 'InternalError') {\n    console.warn('DescribeUser failed', err.code);\n  }\n  throw err;\n});",
    },
    { name: 'the same service class made with an object that only looks like a client: nothing to report', code: "import * as tc from 'tencentcloud-sdk-nodejs';\nclass RoomService {\n  constructor(client) {\n    this.client = client;\n  }\n  async endLesson(id) {\n    try {\n      await this.client.EndRoom({ RoomId: id });\n    } catch (err) {\n      throw new Error(err.message);\n    }\n  }\n}\nexport const rooms = new RoomService({ EndRoom: async (_req: object) => ({}) });" },
    {
      name: 'the Error and the RequestId destructured side by side, both given to the new error',
      code: "class LcicError extends Error { constructor(readonly code: string, message: string, readonly requestId: string) { super(message); } }\nexport async function end() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'EndRoom' } });\n  const { Error: failure, RequestId } = (await res.json()).Response;\n  if (failure) throw new LcicError(failure.Code, failure.Message, RequestId);\n  return true;\n}",
    },
    { name: 'the cause is kept', code: SDK + "client.CreateRoom({} as never).catch((e) => { throw new Error('Could not book', { cause: e }); });" },
    { name: 'the RequestId is kept', code: SDK + 'client.CreateRoom({} as never).catch((e) => { throw new Error(`Could not book (${e.requestId})`); });' },
    { name: "the error's text, which the SDK's toString gives with the RequestId", code: SDK + 'client.CreateRoom({} as never).catch((e) => { console.error(`booking failed: ${e}`); throw new Error(`booking failed: ${e.toString()}`); });' },
    { name: 'the error is rethrown', code: SDK + 'client.CreateRoom({} as never).catch((e) => { throw e; });' },
    { name: 'logged with the whole error', code: SDK + "client.CreateRoom({} as never).catch((e) => { console.error(e.message, e); throw e; });" },
    { name: 'a configured handler receives the message', code: SDK + 'declare function reportLcicError(m: string): void;\nclient.CreateRoom({} as never).catch((e) => { reportLcicError(e.message); });', settings: { lcic: { errorHandlers: ['reportLcicError'] } } },
    { name: 'new objects that are not errors', code: SDK + "client.CreateRoom({} as never).catch((e) => { return new Map([['m', e.message]]); });" },
    {
      name: 'a new error given the RequestId with Object.assign',
      code: SDK + 'client.DeleteRoom({ RoomId: 1 }).catch((err) => { throw Object.assign(new Error(`delete failed: ${err.message}`), { requestId: err.requestId, code: err.code }); });',
    },
    { name: 'the message only compared, by a call whose value is used', code: SDK + "const KNOWN = new Set(['busy']);\nclient.EndRoom({ RoomId: 1 }).catch((e) => { if (KNOWN.has(e.message)) return null; throw e; });" },
    { name: "a raw call's error with its RequestId in the message", code: RAW_EVENTS('  if (body.Response.Error) throw new Error(`${body.Response.Error.Code} (${body.Response.RequestId})`);') },
    {
      name: "a raw call's error stored, given the RequestId, then thrown",
      code: RAW_EVENTS('  if (body.Response.Error) {\n    const e: any = new Error(body.Response.Error.Message);\n    e.requestId = body.Response.RequestId;\n    throw e;\n  }'),
    },
    {
      name: "a raw call's RequestId destructured, or kept in a name, then given with Object.assign",
      code: RAW_EVENTS("  const { Error: failure, RequestId } = body.Response;\n  if (failure) throw Object.assign(new Error(failure.Message), { code: failure.Code, requestId: RequestId });\n  const requestId = body.Response.RequestId;\n  if (body.Response.Error) throw Object.assign(new Error('failed'), { requestId });"),
    },
    {
      name: "a raw call's error given the RequestId with Object.assign",
      code: RAW_EVENTS('  if (body.Response.Error) throw Object.assign(new Error(body.Response.Error.Code), { requestId: body.Response.RequestId });'),
    },
    { name: "a raw call's error with its Response as the cause", code: RAW_EVENTS('  if (body.Response.Error) throw new Error(body.Response.Error.Message, { cause: body.Response });') },
    { name: "a raw call's error and RequestId given to an error class", code: 'class LcicCallFailed extends Error { constructor(e: unknown, id: string) { super(String(id)); } }\n' + RAW_EVENTS('  if (body.Response.Error) throw new LcicCallFailed(body.Response.Error, body.Response.RequestId);') },
    { name: 'a new error on the success path is none of this rule\'s business', code: RAW_EVENTS("  if (!body.Response.Error && !body.Response.Events) throw new Error('no events');") },
    { name: 'the error stored whole in a variable of the module', code: SDK + 'let last: unknown;\nclient.DescribeRoom({ RoomId: 1 }).catch((err) => { last = err; });' },
    { name: 'an answer with the message and the RequestId', code: SDK + 'client.EndRoom({ RoomId: 1 }).catch((e) => ({ ok: false, error: e.message, requestId: e.requestId }));' },
    {
      name: "a raw call's rejection is a network error, with no RequestId to keep",
      code: "fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' } }).catch((e) => ({ error: e.message }));",
    },
  ],
  invalid,
});

suggestionsResolveTheirReports(rule, invalid);

/** Real files of the multi-module service. */
const recordings = serviceFile('src/recordings.ts');
const schedule = serviceFile('src/schedule.ts');
const serviceCases = {
  valid: [{ name: 'errors wrapped with their cause, and logged whole', ...serviceFile('src/rooms.ts') }],
  invalid: [
    {
      name: 'a new Error from the message of a failure of a client imported through an index',
      ...recordings,
      errors: [
        {
          messageId: 'newErrorLosesRequestId' as const,
          data: { errorClass: 'Error', actions: 'DeleteRecord' },
          line: 30,
          column: 11,
          endColumn: 62,
          suggestions: [{ messageId: 'addCause' as const, data: { name: 'err' }, output: recordings.code.replace('.message}`);', '.message}`, { cause: err });') }],
        },
      ],
    },
    {
      name: 'a log of the message of a failure of a wrapper method imported through a paths alias, by a logger whose second parameter is a typed fields object: no suggestion',
      ...schedule,
      errors: [
        {
          messageId: 'logsMessageOnly' as const,
          data: { name: 'err', actions: 'ModifyRoom', text: '(err as Error).message' },
          line: 85,
          column: 40,
          endColumn: 62,
          // logger.warn(msg, fields?: Fields), Fields a Record: `err` (unknown) as the fields would not compile.
          suggestions: [],
        },
      ],
    },
  ],
};
ruleTester.run('preserve-request-id on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('preserve-request-id on the multi-module service, with type information', rule, serviceCases);

/**
 * Services that get their client from a base class, in other modules (test/fixtures/inherited):
 * the subclass's method is the LCIC call its callers handle. The look-alike base class holds an
 * object of its own, and its subclass's callers are none of LCIC's business.
 */
const inheritedRoutes = fixtureFile('inherited', 'routes.ts');
const inheritedCases = {
  valid: [],
  invalid: [
    {
      name: "a subclass's method calling this.client of its base class, from another module",
      ...inheritedRoutes,
      errors: [
        {
          messageId: 'answerLosesRequestId' as const,
          data: { actions: 'DescribeUser', text: 'err.message' },
          line: 16,
          column: 25,
          endColumn: 36,
          suggestions: [{ messageId: 'addRequestId' as const, data: { name: 'err' }, output: inheritedRoutes.code.replace('{ error: err.message }', '{ error: err.message, requestId: err.requestId }') }],
        },
      ],
    },
  ],
};
ruleTester.run('preserve-request-id on a service whose client comes from its base class', rule, inheritedCases);
fixtureTypedRuleTester('inherited').run('preserve-request-id on a service whose client comes from its base class, with type information', rule, inheritedCases);

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
      name: 'throwError(() => new HttpError(...)) in catchError: a new error without the failure (its constructor takes no options: no suggestion)',
      ...rxjsService,
      errors: [{ messageId: 'newErrorLosesRequestId' as const, data: { errorClass: 'HttpError', actions: 'GetRoomEvent' }, line: 39, column: 44, endColumn: 101, suggestions: [] }],
    },
  ],
};
ruleTester.run('preserve-request-id on an RxJS service', rule, rxjsCases);
fixtureTypedRuleTester('rxjs').run('preserve-request-id on an RxJS service, with type information', rule, rxjsCases);

/**
 * Answers of web route handlers: the Fetch API's `new Response(err.message, ...)` is an answer as
 * `Response.json(...)` is, and a message kept in a name of the handler first (`const message =
 * err.message`, or a template around it) is still the message.
 */
const routeHandler = (body: string) => `${SDK}export async function GET(id: number) {\n  try {\n    return Response.json(await client.DescribeRoom({ RoomId: id }));\n  } catch (err: any) {\n${body}\n  }\n}\n`;
/** A route handler that keeps the message in a name (`declaration`) and answers `{ message }`: reported on the name, with the RequestId offered beside it. */
function messageByName(name: string, declaration: string): InvalidTestCase<MessageIds, Options> {
  const answer = (fields: string) => routeHandler(`${declaration}\n    return Response.json({ ${fields} }, { status: 502 });`);
  return {
    name,
    code: answer('message'),
    errors: [
      {
        messageId: 'answerLosesRequestId',
        data: { actions: 'DescribeRoom', text: 'message' },
        line: 8,
        column: 28,
        endColumn: 35,
        suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: answer('message, requestId: err.requestId') }],
      },
    ],
  };
}
ruleTester.run('preserve-request-id on answers of web route handlers', rule, {
  valid: [
    { name: 'the message kept in a name, answered with the RequestId', code: routeHandler('    const message = err.message;\n    return Response.json({ message, requestId: err.requestId }, { status: 502 });') },
    { name: 'a name holding a question about the message, not the message', code: routeHandler("    const timedOut = ['timeout', 'ETIMEDOUT'].includes(err.message);\n    return Response.json({ timedOut }, { status: 502 });") },
    { name: 'new Response of the whole error text (its toString has the RequestId)', code: routeHandler('    return new Response(String(err), { status: 502 });') },
  ],
  invalid: [
    {
      name: 'new Response(err.message)',
      code: routeHandler('    return new Response(err.message, { status: 502 });'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'DescribeRoom', text: 'err.message' }, line: 7, column: 25, endColumn: 36, suggestions: [] }],
    },
    messageByName('the message kept in a name, answered in a shorthand property: the RequestId is added beside it', '    const message = `lookup failed: ${err.message}`;'),
  ],
});

/**
 * Where `{ cause: err }` may go: a class of the project takes it only when its constructor hands
 * its second argument to `super`; with type information, only when the constructor's signature
 * takes it (test/fixtures/error-classes-es2020 compiles for ES2020, whose Error takes no options).
 */
const projectErrorClass = (declaration: string) =>
  `${SDK}${declaration}\nexport async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err: any) {\n    throw new AppError(err.message);\n  }\n}\n`;
const lossy = (line: number, errorClass = 'AppError', actions = 'EndRoom') => ({ messageId: 'newErrorLosesRequestId' as const, data: { errorClass, actions }, line, column: 11 });
ruleTester.run('preserve-request-id: the cause suggestion follows the constructor of a project error class', rule, {
  valid: [],
  invalid: [
    {
      name: 'a second parameter that is a code: no cause suggestion',
      code: projectErrorClass('class AppError extends Error {\n  constructor(message: string, public readonly code?: string) {\n    super(message);\n  }\n}'),
      errors: [{ ...lossy(12), endColumn: 36, suggestions: [] }],
    },
    {
      name: 'options taken but not handed to super: no cause suggestion',
      code: projectErrorClass('class AppError extends Error {\n  constructor(message: string, options?: ErrorOptions) {\n    super(message);\n    void options;\n  }\n}'),
      errors: [{ ...lossy(13), endColumn: 36, suggestions: [] }],
    },
    {
      name: 'options handed to super: the cause is added',
      code: projectErrorClass('class AppError extends Error {\n  constructor(message: string, options?: ErrorOptions) {\n    super(message, options);\n  }\n}'),
      errors: [
        {
          ...lossy(12),
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addCause' as const,
              data: { name: 'err' },
              output: projectErrorClass('class AppError extends Error {\n  constructor(message: string, options?: ErrorOptions) {\n    super(message, options);\n  }\n}').replace('new AppError(err.message)', 'new AppError(err.message, { cause: err })'),
            },
          ],
        },
      ],
    },
  ],
});
const es2020Jobs = fixtureFile('error-classes-es2020', 'jobs.ts');
const es2020Cases = {
  valid: [],
  invalid: [
    {
      ...es2020Jobs,
      errors: [
        { ...lossy(12, 'Error'), endColumn: 50, suggestions: [] },
        { ...lossy(20, 'JobError', 'StartRoom'), endColumn: 36, suggestions: [] },
      ],
    },
  ],
};
fixtureTypedRuleTester('error-classes-es2020').run('preserve-request-id under an ES2020 lib, with type information: no cause suggestion', rule, es2020Cases);
// Without the checker, the fixture's tsconfig says the same: its lib is ES2020.
ruleTester.run("preserve-request-id under an ES2020 lib, without type information: the tsconfig's lib says so", rule, es2020Cases);

/** An Express answer returned from an SDK callback: `return` there gives to nobody, so the answer is made for its effect. */
const answeredInCallback = (answer: string) =>
  `${INTL}export function show(req: any, res: any) {\n  intl.DescribeRoom({ RoomId: 1 }, (err: any, data: any) => {\n    if (err) return ${answer};\n    res.json(data);\n  });\n}\n`;
ruleTester.run('preserve-request-id on an answer returned from a callback', rule, {
  valid: [{ name: 'the error handed on', code: answeredInCallback('res.status(500).json({ error: err.message, requestId: err.requestId })') }],
  invalid: [
    {
      name: 'res.status(500).json({ error: err.message })',
      code: answeredInCallback('res.status(500).json({ error: err.message })'),
      errors: [
        {
          messageId: 'answerLosesRequestId',
          data: { actions: 'DescribeRoom', text: 'err.message' },
          line: 4,
          column: 51,
          endColumn: 62,
          suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: answeredInCallback('res.status(500).json({ error: err.message, requestId: err.requestId })') }],
        },
      ],
    },
    {
      name: 'res.status(500).send(err.message)',
      code: answeredInCallback('res.status(500).send(err.message)'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'DescribeRoom', text: 'err.message' }, line: 4, column: 42, endColumn: 53, suggestions: [] }],
    },
  ],
});

/** The message destructured from the error (`const { message } = err`) is still the message when answered. */
ruleTester.run('preserve-request-id on a message destructured from the error', rule, {
  valid: [{ name: 'answered with the RequestId beside it', code: routeHandler('    const { message, requestId } = err;\n    return Response.json({ message, requestId }, { status: 502 });') }],
  invalid: [messageByName('const { message } = err, answered', '    const { message } = err;')],
});

/** A handler that does not name the error: what it throws instead loses it all the same; no name, no suggestion. */
const unnamed = (handler: string) => `${SDK}export const end = (id: number) =>\n  client.EndRoom({ RoomId: id })${handler};`;
const unnamedCatch = (clause: string) => `${SDK}export async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); }\n  ${clause}\n}`;
ruleTester.run('preserve-request-id on a handler that does not name the error', rule, {
  valid: [{ name: 'a parameterless handler that rethrows nothing new', code: unnamed(".catch(() => null)") }],
  invalid: [
    { name: '.catch(() => { throw new Error(...) })', code: unnamed(".catch(() => {\n    throw new Error('could not end');\n  })"), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 5, column: 11, endColumn: 37, suggestions: [] }] },
    { name: '.catch(() => Promise.reject(new Error(...)))', code: unnamed(".catch(() => Promise.reject(new Error('could not end')))"), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 4, column: 61, endColumn: 87, suggestions: [] }] },
    { name: 'catch without a binding', code: unnamedCatch("catch { throw new Error('could not end'); }"), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 5, column: 17, endColumn: 43, suggestions: [] }] },
    { name: 'the error destructured to its message', code: unnamed('.catch(({ message }) => {\n    throw new Error(message);\n  })'), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'EndRoom' }, line: 5, column: 11, endColumn: 29, suggestions: [] }] },
  ],
});

/** tRPC's TRPCError takes one options object, where its cause goes too (line 6). */
const trpcError = (options: string) =>
  `${SDK}import { TRPCError } from '@trpc/server';\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    throw new TRPCError(${options});\n  }\n}`;
ruleTester.run("preserve-request-id on tRPC's TRPCError", rule, {
  valid: [{ name: 'the cause given', code: trpcError("{ code: 'INTERNAL_SERVER_ERROR', message: err.message, cause: err }") }],
  invalid: [
    {
      name: 'no cause: added to its options object',
      code: trpcError("{ code: 'INTERNAL_SERVER_ERROR', message: err.message }"),
      errors: [
        {
          messageId: 'newErrorLosesRequestId',
          data: { errorClass: 'TRPCError', actions: 'EndRoom' },
          line: 6,
          column: 11,
          endColumn: 81,
          suggestions: [{ messageId: 'addCause', data: { name: 'err' }, output: trpcError("{ cause: err, code: 'INTERNAL_SERVER_ERROR', message: err.message }") }],
        },
      ],
    },
  ],
});

/** BullMQ's signals to run a job again later, thrown after rescheduling it: no failure is replaced. */
const queueSignal = (signal: string) =>
  `${SDK}import { ${signal} } from 'bullmq';\nexport async function end(job: any, id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    if (err.code !== 'FailedOperation.RoomNotEnd') throw err;\n    await job.moveToDelayed(Date.now() + 60_000);\n    throw new ${signal}();\n  }\n}`;
ruleTester.run("preserve-request-id on BullMQ's signals", rule, {
  valid: ['DelayedError', 'RateLimitError', 'WaitingChildrenError'].map((signal) => ({ name: signal, code: queueSignal(signal) })),
  invalid: [{ name: 'another class of bullmq is an error like any', code: queueSignal('UnrecoverableError'), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'UnrecoverableError', actions: 'EndRoom' }, line: 8, column: 11, endColumn: 35, suggestions: [] }] }],
});

/**
 * A log of the code alone through a log function of a package, whose signature the checker knows
 * (line 5): the error is added only where the signature takes one more argument.
 */
const packageLog = (declared: string) =>
  `${SDK}declare const log: ${declared};\nexport const end = (id: number) =>\n  client.EndRoom({ RoomId: id }).catch((err: any) => {\n    log(\`end failed: \${err.code}\`);\n  });`;
const packageLogError = (declared: string, suggestions: { messageId: 'logWholeError'; data: { name: string }; output: string }[]) => ({
  name: declared,
  code: packageLog(declared),
  errors: [{ messageId: 'logsMessageOnly' as const, data: { name: 'err', actions: 'EndRoom', text: 'err.code' }, line: 6, column: 24, endColumn: 32, suggestions }],
});
typedRuleTester.run("preserve-request-id's log suggestion against a package log function's signature", rule, {
  valid: [],
  invalid: [
    packageLogError('(row: string) => Promise<number>', []),
    packageLogError('(message: string, ...rest: unknown[]) => void', [{ messageId: 'logWholeError', data: { name: 'err' }, output: packageLog('(message: string, ...rest: unknown[]) => void').replace('err.code}`)', 'err.code}`, err)') }]),
  ],
});

/** GraphQLError's originalError is typed Error: a catch clause's error, `unknown` under `strict`, is cast to it (line 6). */
const graphqlCatch = (clause: string, options = '') =>
  `${SDK}import { GraphQLError } from 'graphql';\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (${clause}) {\n    throw new GraphQLError('room lookup failed'${options});\n  }\n}`;
ruleTester.run("preserve-request-id's originalError for an error typed unknown", rule, {
  valid: [],
  invalid: [
    { name: 'catch (err): cast', code: graphqlCatch('err'), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'GraphQLError', actions: 'DescribeRoom' }, line: 6, column: 11, endColumn: 49, suggestions: [{ messageId: 'addOriginalError', data: { name: 'err' }, output: graphqlCatch('err', ', { originalError: err as Error }') }] }] },
    { name: 'catch (err: any): as it is', code: graphqlCatch('err: any'), errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'GraphQLError', actions: 'DescribeRoom' }, line: 6, column: 11, endColumn: 49, suggestions: [{ messageId: 'addOriginalError', data: { name: 'err' }, output: graphqlCatch('err: any', ', { originalError: err }') }] }] },
  ],
});

/** An answer with the message alone (line 6) after a log (`log`, line 5): the log, when it keeps the request, is where support finds it. */
const loggedThenAnswered = (log: string) =>
  `${SDK}export async function end(ctx: any, id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    ${log}\n    ctx.body = { message: err.message };\n  }\n}`;
ruleTester.run('preserve-request-id on an answer after a log', rule, {
  valid: [
    { name: 'the whole error logged first', code: loggedThenAnswered('ctx.logger.error(err);') },
    { name: 'the RequestId logged first', code: loggedThenAnswered("ctx.logger.warn('EndRoom failed', err.code, err.requestId);") },
  ],
  invalid: [
    {
      name: 'a log of the message alone keeps nothing either',
      code: loggedThenAnswered("console.warn('EndRoom failed', err.code);"),
      errors: [
        {
          messageId: 'logsMessageOnly',
          line: 5,
          column: 36,
          endColumn: 44,
          suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: loggedThenAnswered("console.warn('EndRoom failed', err.code, err);") }],
        },
        {
          messageId: 'answerLosesRequestId',
          line: 6,
          column: 27,
          endColumn: 38,
          suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: loggedThenAnswered("console.warn('EndRoom failed', err.code);").replace('message: err.message }', 'message: err.message, requestId: err.requestId }') }],
        },
      ],
    },
  ],
});

/** A function of the project that gives the error back typed (line 3), its result read inline in a log (line 6). */
const castInline = (read: string) =>
  `${SDK}const asSdkError = (err: unknown) => err as Error & { code?: string; requestId?: string };\nexport async function user(id: string) {\n  try { await client.DescribeUser({ UserId: id }); }\n  catch (err) { console.error('DescribeUser failed:', ${read}); }\n}`;
ruleTester.run('preserve-request-id on the error read through a cast function, inline', rule, {
  valid: [{ name: 'its RequestId', code: castInline('asSdkError(err).requestId') }],
  invalid: [
    {
      name: 'its message alone',
      code: castInline('asSdkError(err).message'),
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'DescribeUser', text: 'asSdkError(err).message' },
          line: 6,
          column: 55,
          endColumn: 78,
          suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: castInline('asSdkError(err).message, err') }],
        },
      ],
    },
  ],
});

/**
 * Errors made elsewhere and thrown in the failure's place (test/fixtures/thrown-errors): a function
 * of another module that always throws (`error(status, message)`, SvelteKit's style), a mapper
 * there given the error, a factory given its message. Each is said at the call, as the error is
 * made in another module. Handed the failure as a cause, or after a log of the error, they keep it.
 */
const thrownRoutes = fixtureFile('thrown-errors', 'routes.ts');
const thrownCase = (line: number, column: number, endColumn: number, callee: string, actions: string) => ({
  messageId: 'thrownCallLosesRequestId' as const,
  data: { callee, actions },
  line,
  column,
  endColumn,
  suggestions: [],
});
const thrownCases = {
  valid: [],
  invalid: [
    {
      name: 'errors made in another module without the failure, thrown in its place; not those given it as a cause, nor one after a log of the error',
      ...thrownRoutes,
      errors: [thrownCase(10, 5, 42, 'error', 'EndRoom'), thrownCase(18, 11, 36, 'toHttpError', 'DescribeRoom'), thrownCase(26, 11, 45, 'badGateway', 'DeleteRoom')],
    },
  ],
};
ruleTester.run('preserve-request-id on errors made in another module', rule, thrownCases);
fixtureTypedRuleTester('thrown-errors').run('preserve-request-id on errors made in another module, with type information', rule, thrownCases);

/**
 * New errors handed on in the failure's place (test/fixtures/thrown-errors/handed.ts): `next(...)`
 * of an Express handler and `reject(...)` of a promise executor given http-errors' `createError`,
 * or a mapper of another module (web-errors.ts) that returns one made from the message. Said as
 * handed to that function; a thrown one as thrown. Not those given the RequestId, nor after a log of the error.
 */
const handedCase = (line: number, column: number, endColumn: number, callee: string, actions: string, to: string) => ({
  messageId: 'handedCallLosesRequestId' as const,
  data: { callee, actions, to },
  line,
  column,
  endColumn,
  suggestions: [],
});
const handedCases = {
  valid: [],
  invalid: [
    {
      name: 'next(createError(...)), next(mapper(err)), reject(createError(...)) and throw mapper(err); not with the RequestId kept, nor after a log',
      ...fixtureFile('thrown-errors', 'handed.ts'),
      errors: [
        handedCase(15, 10, 38, 'toCreatedError', 'DescribeRoom', 'next'),
        handedCase(24, 10, 69, 'createError', 'EndRoom', 'next'),
        thrownCase(32, 11, 39, 'toCreatedError', 'DeleteRoom'),
        handedCase(38, 103, 132, 'createError', 'DescribeRoom', 'reject'),
      ],
    },
  ],
};
ruleTester.run('preserve-request-id on new errors handed on by next() and reject()', rule, handedCases);
fixtureTypedRuleTester('thrown-errors').run('preserve-request-id on new errors handed on by next() and reject(), with type information', rule, handedCases);

/** An Express handler whose catch runs `handle` (line 11 after a three-line `mapper`), with `mapper` written before it. */
const nextWith = (mapper: string, handle: string) =>
  `${SDK}import createError from 'http-errors';\n${mapper}\nexport async function show(req: any, res: any, next: any) {\n  try {\n    res.json(await client.DescribeRoom({ RoomId: 1 }));\n  } catch (err: any) {\n    ${handle}\n  }\n}`;
const MAPPER = "function toHttp(err: any) {\n  return createError(err.code === 'ResourceNotFound.Room' ? 404 : 502, err.message);\n}";
ruleTester.run('preserve-request-id on a mapper of the file that returns a package-made error', rule, {
  valid: [
    { name: 'the mapper keeps the error as the cause', code: nextWith("function toHttp(err: any) {\n  return createError(502, err.message, { cause: err });\n}", 'next(toHttp(err));') },
    { name: "Koa's next(...) runs the next middleware: nothing goes on as the failure", code: nextWith(MAPPER, 'console.warn(err.code);').replace('(req: any, res: any, next: any)', '(ctx: any, next: any)').replace('res.json(', 'ctx.body = (').replace("console.warn(err.code);", "console.error(err);\n    await next(toHttp({ code: 'none', message: 'none' }));") },
  ],
  invalid: [
    {
      name: 'throw toHttp(err): said at the call',
      code: nextWith(MAPPER, 'throw toHttp(err);'),
      errors: [thrownCase(11, 11, 22, 'toHttp', 'DescribeRoom')],
    },
    {
      name: 'next(toHttp(err)): said at the call, as handed to next',
      code: nextWith(MAPPER, 'next(toHttp(err));'),
      errors: [handedCase(11, 10, 21, 'toHttp', 'DescribeRoom', 'next')],
    },
    {
      name: 'next(createError(502, err.message)): said once, as a new error handed on (not also as an answer with the message)',
      code: nextWith('', 'next(createError(502, err.message));'),
      errors: [handedCase(9, 10, 39, 'createError', 'DescribeRoom', 'next')],
    },
  ],
});

/** A DescribeRoom catch (its log on line 6) whose `log` call is written as given, with a logger imported from 'firebase-functions'. */
const trailingFieldsLog = (log: string, catchParam = 'err: any') =>
  `${SDK}import { logger } from 'firebase-functions';\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (${catchParam}) {\n    ${log};\n    return null;\n  }\n}`;
ruleTester.run('preserve-request-id on a log given its fields last (winston, firebase-functions)', rule, {
  valid: [{ name: 'the RequestId among the fields', code: trailingFieldsLog('logger.error(err.message, { code: err.code, requestId: err.requestId })') }],
  invalid: [
    {
      name: 'the message and an object of fields: the RequestId goes into the fields, not after them (which would turn them into text)',
      code: trailingFieldsLog('logger.error(err.message, { code: err.code, roomId: id })'),
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'DescribeRoom', text: 'err.message' },
          line: 6,
          column: 18,
          endColumn: 29,
          suggestions: [{ messageId: 'addRequestIdToFields', data: { text: 'requestId: err.requestId' }, output: trailingFieldsLog('logger.error(err.message, { code: err.code, roomId: id, requestId: err.requestId })') }],
        },
      ],
    },
    {
      name: 'an unknown error, and fields with a trailing comma: read through a cast, after the comma',
      code: trailingFieldsLog('logger.error((err as Error).message, { roomId: id, })', 'err'),
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'DescribeRoom', text: '(err as Error).message' },
          line: 6,
          column: 18,
          endColumn: 40,
          suggestions: [{ messageId: 'addRequestIdToFields', data: { text: 'requestId: (err as { requestId?: string }).requestId' }, output: trailingFieldsLog('logger.error((err as Error).message, { roomId: id, requestId: (err as { requestId?: string }).requestId, })', 'err') }],
        },
      ],
    },
  ],
});

/** A raw call whose body's error (tested on line 5, after an HTTP status check on line 3) runs `branch` (from line 6). */
const rawThrow = (branch: string) =>
  `export async function describe(id: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: id }) });\n  if (!res.ok) throw new Error('HTTP ' + res.status);\n  const body = await res.json();\n  if (body.Response.Error) {\n${branch}\n  }\n  return body.Response;\n}\n`;
ruleTester.run("preserve-request-id on a new error made from nothing of a raw call's body, where its error was found", rule, {
  valid: [
    { name: "after a log of the Response's RequestId (and the HTTP status error before the body, which has none)", code: rawThrow("    console.error('DescribeRoom failed', body.Response.RequestId);\n    throw new Error('LCIC failed');") },
    { name: 'with the Response as its cause', code: rawThrow("    throw new Error('LCIC failed', { cause: body.Response });") },
  ],
  invalid: [
    {
      name: 'a constant message: the code and the RequestId are both lost',
      code: rawThrow("    throw new Error('LCIC failed');"),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'DescribeRoom' }, line: 6, column: 11, endColumn: 35, suggestions: [{ messageId: 'addCause', data: { name: 'body.Response' }, output: rawThrow("    throw new Error('LCIC failed', { cause: body.Response });") }] }],
    },
  ],
});

/** A server action answering `{ ok: false, error: <answer> }` on line 14, after three helpers of the file. */
const actionWith = (answer: string) =>
  `${SDK}${[
    'function messageOf(e: unknown) { return (e as Error).message; }',
    'function getErrorMessage(error: unknown) {',
    '  if (error instanceof Error) return error.message;',
    '  return String(error);',
    '}',
    'function withRequest(e: any) { return `${e.message} (request ${e.requestId})`; }',
    'export async function start(id: number) {',
    '  try {',
    '    await client.StartRoom({ RoomId: id });',
    '    return { ok: true };',
    '  } catch (err) {',
    `    return { ok: false, error: ${answer} };`,
    '  }',
    '}',
  ].join('\n')}`;
const withRequestId = (answer: string) => actionWith(`${answer}, requestId: (err as { requestId?: string }).requestId`);
ruleTester.run('preserve-request-id on helpers that give back only the message', rule, {
  valid: [
    { name: 'a helper that keeps the RequestId in its text', code: actionWith('withRequest(err)') },
    { name: 'String(err): the SDK error\'s text has the RequestId', code: actionWith('String(err)') },
    { name: 'the message from a helper, with the RequestId beside it', code: withRequestId('messageOf(err)') },
  ],
  invalid: [
    {
      name: '(e as Error).message, returned by a helper of the file',
      code: actionWith('messageOf(err)'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'StartRoom', text: 'messageOf(err)' }, line: 14, column: 32, endColumn: 46, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: withRequestId('messageOf(err)') }] }],
    },
    {
      name: 'getErrorMessage(err): the message when it is an Error (an SDK error is), String(err) otherwise',
      code: actionWith('getErrorMessage(err)'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'StartRoom', text: 'getErrorMessage(err)' }, line: 14, column: 32, endColumn: 52, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: withRequestId('getErrorMessage(err)') }] }],
    },
  ],
});

/** An EndRoom catch whose log (line 9 after a two-line `made`) is `log`, by a logger `made` in the file. */
const madeLoggerLog = (made: string, log: string) =>
  `${SDK}${made}\nexport async function end(id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err: any) {\n    ${log};\n  }\n}`;
const PINO = "import pino from 'pino';\nconst log = pino();";
ruleTester.run('preserve-request-id on the error logged after the message by pino', rule, {
  valid: [
    { name: 'given first, as the fields', code: madeLoggerLog(PINO, "log.error({ err }, 'end failed')") },
    { name: "bunyan formats what comes after the message into it", code: madeLoggerLog("import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'lcic' });", "log.error('end failed', err)") },
    { name: 'console.error writes every argument', code: madeLoggerLog('', "console.error('end failed', err)") },
  ],
  invalid: [
    {
      name: 'pino drops it: the suggestion gives it first, as the fields',
      code: madeLoggerLog(PINO, "log.error('end failed', err)"),
      errors: [
        {
          messageId: 'errorAfterMessageDropped',
          data: { name: 'err', actions: 'EndRoom' },
          line: 9,
          column: 29,
          endColumn: 32,
          suggestions: [{ messageId: 'giveErrorAsFields', data: { text: '{ err }' }, output: madeLoggerLog(PINO, "log.error({ err }, 'end failed')") }],
        },
      ],
    },
  ],
});

ruleTester.run("preserve-request-id after Sentry's captureException", rule, {
  valid: [
    {
      name: 'the error captured whole, then a new error for the user: the capture has the request',
      code: `${SDK}import * as Sentry from '@sentry/node';\nclass UserInputError extends Error {}\nexport async function room(id: number) {\n  try {\n    return await client.DescribeRoom({ RoomId: id });\n  } catch (err: any) {\n    Sentry.captureException(err);\n    throw new UserInputError(err.message);\n  }\n}`,
    },
  ],
  invalid: [],
});

/** A Koa route whose catch (line 6) runs `handle`. */
const koaRoute = (handle: string) => `${SDK}export async function room(ctx: any) {\n  try {\n    ctx.body = await client.DescribeRoom({ RoomId: 1 });\n  } catch (err: any) {\n    ${handle}\n  }\n}`;
ruleTester.run("preserve-request-id on Koa's ctx.throw", rule, {
  valid: [
    { name: 'given the RequestId among its properties', code: koaRoute('ctx.throw(502, err.message, { requestId: err.requestId });') },
    { name: 'after a log of the error', code: koaRoute("console.error(err);\n    ctx.throw(502, 'DescribeRoom failed');") },
  ],
  invalid: [
    {
      name: 'a new HTTP error thrown in the failure\'s place, named by its whole callee',
      code: koaRoute("ctx.throw(502, 'DescribeRoom failed');"),
      errors: [{ messageId: 'thrownCallLosesRequestId', data: { callee: 'ctx.throw', actions: 'DescribeRoom' }, line: 7, column: 5, endColumn: 42 }],
    },
  ],
});

/** A DescribeRoom catch whose body (from line 5) is `handle`. */
const throwsIn = (handle: string) => `${SDK}export async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) {\n${handle}\n  }\n}`;
ruleTester.run('preserve-request-id on text thrown in place of the failure', rule, {
  valid: [
    { name: 'after a log of the error', code: throwsIn("    console.error('describe failed', err);\n    throw 'serverError';") },
    { name: 'text that keeps the RequestId', code: throwsIn('    throw `LCIC ${err.code} (${err.requestId})`;') },
  ],
  invalid: [
    {
      name: "a Sails exit's name thrown for every failure",
      code: throwsIn("    throw 'serverError';"),
      errors: [{ messageId: 'thrownTextLosesRequestId', data: { text: "'serverError'", actions: 'DescribeRoom' }, line: 5, column: 11, endColumn: 24 }],
    },
    {
      name: 'a template with the message, on one code, the rest rethrown',
      code: throwsIn("    if (err.code === 'ResourceNotFound.Room') throw `gone: ${err.message}`;\n    throw err;"),
      errors: [{ messageId: 'thrownTextLosesRequestId', data: { text: '`gone: ${err.message}`', actions: 'DescribeRoom' }, line: 5, column: 53, endColumn: 75 }],
    },
  ],
});

ruleTester.run('preserve-request-id on an error class of a global object (Meteor.Error used without an import)', rule, {
  valid: [],
  invalid: [
    {
      name: 'reported, with no cause suggested: its second argument is its own (Meteor\'s reason)',
      code: `${SDK}export async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) { throw new Meteor.Error('lcic-error'); }\n}`,
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'Error', actions: 'DescribeRoom' }, line: 4, column: 86, endColumn: 116, suggestions: [] }],
    },
  ],
});

/** A Sails actions2 action whose promise chain's rejection handler (line 7) runs `handle`. */
const sailsCatch = (handle: string) =>
  `${SDK}module.exports = {\n  fn: function (inputs: any, exits: any) {\n    client.DescribeRoom({ RoomId: inputs.id })\n      .then((room) => exits.success(room))\n      .catch((err: any) => ${handle});\n  },\n};`;
ruleTester.run("preserve-request-id on a Sails action's exits.error", rule, {
  valid: [{ name: 'the error given whole', code: sailsCatch('exits.error(err)') }],
  invalid: [
    {
      name: 'a new error made from the message: reported as that, not also as a log of the message (exits.error answers, it logs nothing)',
      code: sailsCatch("exits.error(new Error('LCIC failed: ' + err.message))"),
      errors: [
        {
          messageId: 'newErrorLosesRequestId',
          data: { errorClass: 'Error', actions: 'DescribeRoom' },
          line: 7,
          column: 40,
          endColumn: 80,
          suggestions: [{ messageId: 'addCause', data: { name: 'err' }, output: sailsCatch("exits.error(new Error('LCIC failed: ' + err.message, { cause: err }))") }],
        },
      ],
    },
  ],
});

const THROWS = [
  'class HttpError extends Error {}',
  'function error(status: number, message: string): never {',
  '  throw new HttpError(message);',
  '}',
].join('\n');
ruleTester.run('preserve-request-id on a function of the file that always throws', rule, {
  valid: [{ name: 'the error logged whole first', code: `${SDK}${THROWS}\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err) { console.error(err); error(502, 'failed'); }\n}` }],
  invalid: [
    {
      name: 'given the message: said at the call, not as a log (it is named error, but it throws)',
      code: `${SDK}${THROWS}\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) { error(502, err.message); }\n}`,
      errors: [thrownCase(8, 68, 91, 'error', 'EndRoom')],
    },
    {
      name: 'a package function given nothing that keeps the failure, its value thrown (http-errors, SvelteKit 1)',
      code: `${SDK}import createError from 'http-errors';\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) { throw createError(502, err.message); }\n}`,
      errors: [thrownCase(5, 74, 103, 'createError', 'EndRoom')],
    },
  ],
});

/**
 * Functions of another module given the error that log it or answer with it by its message alone
 * (test/fixtures/thrown-errors/tell.ts): said at the handler's call. Not one whose answer carries
 * the RequestId, one that rethrows the error after its log, nor one the handler rethrows after.
 */
const toldRoutes = fixtureFile('thrown-errors', 'told.ts');
const toldCase = (messageId: 'helperLogsMessageOnly' | 'helperAnswersMessageOnly', line: number, column: number, endColumn: number, callee: string, actions: string) => ({
  messageId,
  data: { callee, actions },
  line,
  column,
  endColumn,
  suggestions: [],
});
const toldCases = {
  valid: [],
  invalid: [
    {
      name: 'logs and answers of the message alone, made in another module',
      ...toldRoutes,
      errors: [
        toldCase('helperLogsMessageOnly', 12, 5, 23, 'reportMessage', 'EndRoom'),
        toldCase('helperAnswersMessageOnly', 21, 5, 33, 'sendError', 'DescribeRoom'),
        toldCase('helperAnswersMessageOnly', 30, 12, 34, 'toAnswer', 'DeleteRoom'),
        // In a switch's default; the helper keeps the message in a const of its own first.
        toldCase('helperLogsMessageOnly', 70, 9, 36, 'logFailure', 'DeleteRoom'),
      ],
    },
  ],
};
ruleTester.run('preserve-request-id on logs and answers made in another module', rule, toldCases);
fixtureTypedRuleTester('thrown-errors').run('preserve-request-id on logs and answers made in another module, with type information', rule, toldCases);
ruleTester.run('preserve-request-id on a log helper of the same file', rule, {
  valid: [{ name: 'the helper logs the error itself', code: `${SDK}function report(err: unknown) {\n  console.error('failed', err);\n}\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err) { report(err); }\n}` }],
  invalid: [
    {
      name: 'the helper logs the message alone: said at the call',
      code: `${SDK}function report(err: unknown) {\n  console.error('failed', (err as Error).message);\n}\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err) { report(err); }\n}`,
      errors: [toldCase('helperLogsMessageOnly', 7, 63, 74, 'report', 'EndRoom')],
    },
  ],
});

/** Domain errors named for what went wrong, not `...Error`: what they extend says they are errors. */
const DOMAIN = [
  'class DomainError extends Error {',
  '  constructor(message: string, options?: { cause?: unknown }) { super(message, options); }',
  '}',
  'class RoomUnavailable extends DomainError {}',
  'class Outcome { constructor(readonly text: string) {} }',
].join('\n');
const domainCase = (made: string) => `${SDK}${DOMAIN}\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) { throw ${made}; }\n}`;
ruleTester.run('preserve-request-id on a domain error not named ...Error', rule, {
  valid: [
    { name: 'the failure kept as its cause', code: domainCase('new RoomUnavailable(err.message, { cause: err })') },
    { name: 'a class that is no error (extends nothing named so): not a new error', code: domainCase('new Outcome(err.message)') },
  ],
  invalid: [
    {
      name: 'a class extending a project error that extends Error: a new error without the failure',
      code: domainCase('new RoomUnavailable(err.message)'),
      errors: [
        {
          messageId: 'newErrorLosesRequestId',
          data: { errorClass: 'RoomUnavailable', actions: 'EndRoom' },
          line: 9,
          column: 74,
          endColumn: 106,
          suggestions: [{ messageId: 'addCause', data: { name: 'err' }, output: domainCase('new RoomUnavailable(err.message, { cause: err })') }],
        },
      ],
    },
  ],
});

/** A task handed to a retry wrapper of the project fails into the wrapper's catch, which is judged for the task's calls. */
const RETRY_WRAPPER = `${SDK}async function withRetry<T>(task: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (err: any) {
      if (attempt >= 3) throw err;
      console.warn(\`retrying: \${err.message}\`);
    }
  }
}
export const end = (id: number) => withRetry(() => client.EndRoom({ RoomId: id }));
`;
ruleTester.run('preserve-request-id in a wrapper given the task', rule, {
  valid: [{ name: 'the wrapper logs each failure it retries whole', code: RETRY_WRAPPER.replace('`retrying: ${err.message}`', "'retrying', err") }],
  invalid: [
    {
      name: 'the wrapper logs only the message of each failure it retries',
      code: RETRY_WRAPPER,
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'EndRoom', text: 'err.message' },
          line: 9,
          column: 33,
          endColumn: 44,
          suggestions: [{ messageId: 'logWholeError', data: { name: 'err' }, output: RETRY_WRAPPER.replace('`retrying: ${err.message}`', '`retrying: ${err.message}`, err') }],
        },
      ],
    },
  ],
});

/** A Remix or React Router loader throws a Response to answer (`throw json(..., { status: 404 })`, `throw redirect(...)`): no error is made. */
const remixLoader = (from: string, thrown: string) =>
  `import { json, redirect } from '${from}';\n${SDK}export async function loader({ params }: { params: Record<string, string> }) {\n  try {\n    return json(await client.DescribeRoom({ RoomId: Number(params.id) }));\n  } catch (err: any) {\n    if (err.code === 'ResourceNotFound.Room') throw ${thrown};\n    throw err;\n  }\n}\n`;
ruleTester.run('preserve-request-id on a Response thrown by a loader', rule, {
  valid: [
    { name: "Remix's json with a status", code: remixLoader('@remix-run/node', "json({ message: 'No such class' }, { status: 404 })") },
    { name: "React Router's redirect", code: remixLoader('react-router', "redirect('/rooms')") },
    { name: "the platform's Response.json", code: remixLoader('@remix-run/cloudflare', "Response.json({ message: 'No such class' }, { status: 404 })") },
  ],
  invalid: [
    {
      name: "the same names from a package that is no router: what they make is thrown in the failure's place",
      code: remixLoader('./http-kit', "json({ message: 'No such class' }, { status: 404 })").replace("from './http-kit'", "from 'http-kit'"),
      errors: [{ messageId: 'thrownCallLosesRequestId', data: { callee: 'json', actions: 'DescribeRoom' }, line: 8, column: 53, endColumn: 104 }],
    },
  ],
});

/** A desktop app tells the user the message (a dialog, a notification); the error whole may still go on. */
const desktopCase = (told: string) =>
  `${SDK}declare const dialog: { showErrorBox(title: string, text: string): void };\ndeclare class Notification { constructor(options: { title: string; body: string }); show(): void }\nexport async function start(id: number) {\n  try {\n    await client.StartRoom({ RoomId: id });\n  } catch (err: any) {\n    ${told}\n  }\n}\n`;
ruleTester.run('preserve-request-id on a message shown to the user', rule, {
  valid: [
    { name: 'shown in a dialog, then rethrown whole', code: desktopCase("dialog.showErrorBox('Could not start the class', err.message);\n    throw err;") },
    { name: 'shown in a notification made there, then rethrown whole', code: desktopCase("new Notification({ title: 'Could not start', body: err.message }).show();\n    throw err;") },
  ],
  invalid: [
    {
      name: "shown in a notification made there and nothing more: told without the RequestId (no key added to the constructor's options, whose type has none)",
      code: desktopCase("new Notification({ title: 'Could not start', body: err.message }).show();"),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'StartRoom', text: 'err.message' }, line: 9, column: 56, endColumn: 67, suggestions: [] }],
    },
  ],
});

/** pino (and bunyan) read the fields from an object given first and drop what comes after the message. */
const pinoCase = (log: string) =>
  `import pino from 'pino';\n${SDK}const logger = pino().child({ module: 'rooms' });\nexport async function end(id: number) {\n  await client.EndRoom({ RoomId: id }).catch((err: any) => {\n    ${log};\n  });\n}\n`;
ruleTester.run('preserve-request-id on a message logged with pino', rule, {
  valid: [{ name: 'the error given as the fields', code: pinoCase('logger.warn({ err }, err.message)') }],
  invalid: [
    {
      name: 'the message alone: the error is offered as the fields, first, not after the message (where pino would drop it)',
      code: pinoCase('logger.warn(err.message)'),
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'EndRoom', text: 'err.message' },
          line: 7,
          column: 17,
          endColumn: 28,
          suggestions: [{ messageId: 'giveErrorAsFields', data: { text: '{ err }' }, output: pinoCase('logger.warn({ err }, err.message)') }],
        },
      ],
    },
  ],
});

/**
 * Fastify's logger (`app.log`, `request.log`, a plugin's `fastify.log`) is pino's: the error goes
 * first, as the fields (`app.log.warn(msg, err)` would not compile with pino's types, and pino drops it).
 */
const fastifyCase = (log: string) =>
  [
    "import Fastify, { type FastifyRequest } from 'fastify';",
    "import fp from 'fastify-plugin';",
    SDK.trimEnd(),
    'const app = Fastify({ logger: true });',
    'const audit = { log: console };',
    "app.get('/rooms/:id', async (request) => {",
    `  await client.EndRoom({ RoomId: 1 }).catch((err: any) => ${log.replaceAll('LOGGER', 'request.log')});`,
    '});',
    'export async function typed(request: FastifyRequest) {',
    `  await client.EndRoom({ RoomId: 1 }).catch((err: any) => ${log.replaceAll('LOGGER', 'request.log')});`,
    '}',
    'export default fp(async (fastify) => {',
    `  await client.EndRoom({ RoomId: 1 }).catch((err: any) => ${log.replaceAll('LOGGER', 'fastify.log')});`,
    '});',
    `app.addHook('onReady', async () => client.EndRoom({ RoomId: 1 }).catch((err: any) => ${log.replaceAll('LOGGER', 'app.log')}));`,
    `export const notFastify = () => client.EndRoom({ RoomId: 1 }).catch((err: any) => ${log.replaceAll('LOGGER', 'audit.log')});`,
  ].join('\n');
/** The report of `err.message` on `line`, whose suggestion turns the file's `before` log into `after`. */
const fastifyLog = (line: number, column: number, messageId: 'giveErrorAsFields' | 'logWholeError', after: string) => ({
  messageId: 'logsMessageOnly' as const,
  data: { name: 'err', actions: 'EndRoom', text: 'err.message' },
  line,
  column,
  endColumn: column + 11,
  suggestions: [{ messageId, data: messageId === 'giveErrorAsFields' ? { text: '{ err }' } : { name: 'err' }, output: after }],
});
const fastifyFixed = (line: number) =>
  fastifyCase('LOGGER.warn(err.message)')
    .split('\n')
    .map((text, i) => (i + 1 === line ? text.replace(/(\w+\.log)\.warn\(err\.message\)/, line === 17 ? '$1.warn(err.message, err)' : '$1.warn({ err }, err.message)') : text))
    .join('\n');
ruleTester.run("preserve-request-id on a message logged with Fastify's logger", rule, {
  valid: [{ name: 'the error given as the fields', code: fastifyCase('LOGGER.warn({ err }, err.message)') }],
  invalid: [
    {
      name: "a route's request.log, a typed FastifyRequest's, a plugin's fastify.log and the app's: the error offered as the fields; another object's log is not Fastify's",
      code: fastifyCase('LOGGER.warn(err.message)'),
      errors: [fastifyLog(8, 76, 'giveErrorAsFields', fastifyFixed(8)), fastifyLog(11, 76, 'giveErrorAsFields', fastifyFixed(11)), fastifyLog(14, 76, 'giveErrorAsFields', fastifyFixed(14)), fastifyLog(16, 99, 'giveErrorAsFields', fastifyFixed(16)), fastifyLog(17, 98, 'logWholeError', fastifyFixed(17))],
    },
  ],
});

/** A pino logger made in another module and imported: with type information, its log functions are pino's. */
fixtureTypedRuleTester('loggers').run('preserve-request-id on an imported pino logger, with type information', rule, {
  valid: [],
  invalid: [
    {
      ...fixtureFile('loggers', 'rooms.ts'),
      name: 'the message alone: the error offered as the fields',
      errors: [
        {
          messageId: 'logsMessageOnly',
          data: { name: 'err', actions: 'EndRoom', text: 'err.message' },
          line: 8,
          column: 17,
          endColumn: 28,
          suggestions: [{ messageId: 'giveErrorAsFields', data: { text: '{ err }' }, output: fixtureFile('loggers', 'rooms.ts').code.replace('logger.warn(err.message)', 'logger.warn({ err }, err.message)') }],
        },
      ],
    },
  ],
});

/** A raw call's answer to the HTTP request it serves, made where the body holds an error (line 5). */
const rawAnswer = (answer: string, read = "  const body = await res.json();\n  if (body.Response.Error) ") =>
  `export async function remove(id: number): Promise<Response> {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DeleteRoom' }, body: JSON.stringify({ RoomId: id }) });\n${read}return ${answer};\n  return new Response(null, { status: 204 });\n}\n`;
ruleTester.run("preserve-request-id on a raw call's error answered without its RequestId", rule, {
  valid: [
    { name: 'the RequestId beside the code', code: rawAnswer('Response.json({ error: body.Response.Error.Code, requestId: body.Response.RequestId }, { status: 502 })') },
    { name: 'the Response whole', code: rawAnswer('Response.json(body.Response, { status: 502 })') },
  ],
  invalid: [
    {
      name: "the code alone: the suggestion adds the Response's RequestId",
      code: rawAnswer('Response.json({ error: body.Response.Error.Code }, { status: 502 })'),
      errors: [
        {
          messageId: 'answerLosesRequestId',
          data: { actions: 'DeleteRoom', text: 'body.Response.Error.Code' },
          line: 4,
          column: 58,
          endColumn: 82,
          suggestions: [{ messageId: 'addResponseRequestId', data: { response: 'body.Response' }, output: rawAnswer('Response.json({ error: body.Response.Error.Code, requestId: body.Response.RequestId }, { status: 502 })') }],
        },
      ],
    },
    {
      name: 'the Error whole, through a destructured Response',
      code: rawAnswer('Response.json({ error: r.Error }, { status: 502 })', '  const { Response: r } = await res.json();\n  if (r.Error) '),
      errors: [
        {
          messageId: 'answerLosesRequestId',
          data: { actions: 'DeleteRoom', text: 'r.Error' },
          line: 4,
          column: 46,
          endColumn: 53,
          suggestions: [{ messageId: 'addResponseRequestId', data: { response: 'r' }, output: rawAnswer('Response.json({ error: r.Error, requestId: r.RequestId }, { status: 502 })', '  const { Response: r } = await res.json();\n  if (r.Error) ') }],
        },
      ],
    },
  ],
});

/** A function that makes a raw call and returns `result` to its caller where the body holds an error (line 4). */
const rawResult = (result: string) =>
  `export async function remove(id: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DeleteRoom' }, body: JSON.stringify({ RoomId: id }) });\n  const body = await res.json();\n  if (body.Response.Error) return ${result};\n  return { ok: true };\n}\n`;
ruleTester.run("preserve-request-id on a raw call's error returned to the caller as a result object", rule, {
  valid: [
    { name: 'the RequestId beside the code', code: rawResult('{ ok: false, code: body.Response.Error.Code, requestId: body.Response.RequestId }') },
    { name: 'the Response whole', code: rawResult('{ ok: false, response: body.Response }') },
  ],
  invalid: [
    {
      name: 'the code and message in a template: reported, with no place for the suggestion',
      code: rawResult('{ ok: false, error: `${body.Response.Error.Code}: ${body.Response.Error.Message}` }'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'DeleteRoom', text: 'body.Response.Error.Code' }, line: 4, column: 58, endColumn: 82, suggestions: [] }],
    },
    {
      name: "the code alone: the suggestion adds the Response's RequestId",
      code: rawResult('{ ok: false, code: body.Response.Error.Code }'),
      errors: [
        {
          messageId: 'answerLosesRequestId',
          data: { actions: 'DeleteRoom', text: 'body.Response.Error.Code' },
          line: 4,
          column: 54,
          endColumn: 78,
          suggestions: [{ messageId: 'addResponseRequestId', data: { response: 'body.Response' }, output: rawResult('{ ok: false, code: body.Response.Error.Code, requestId: body.Response.RequestId }') }],
        },
      ],
    },
  ],
});

/** A server action (line 5) whose declared return type is `type`, with `declared` written before it on line 3. */
const declaredAnswer = (declared: string, type: string, answer = 'err.message') =>
  `${SDK}${declared}\nexport async function end(id: number): Promise<${type}> {\n  try { await client.EndRoom({ RoomId: id }); return { ok: true }; } catch (err: any) { return { ok: false, error: ${answer} }; }\n}`;
const STATE = 'type State = { ok: true } | { ok: false; error: string };';
const WITH_REQUEST = 'interface Answer { ok: boolean; error?: string; requestId?: string }';
ruleTester.run("preserve-request-id's requestId suggestion against the return type written on the function", rule, {
  valid: [],
  invalid: [
    {
      name: 'a function kept in a name typed by an imported type (a GraphQL resolver type): no suggestion',
      code: `${SDK}import type { MutationResolvers } from './graphql-types';\nexport const end: MutationResolvers['end'] = async (id: number) => {\n  try { await client.EndRoom({ RoomId: id }); return { ok: true }; } catch (err: any) { return { ok: false, error: err.message }; }\n};`,
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'EndRoom', text: 'err.message' }, line: 5, column: 116, endColumn: 127, suggestions: [] }],
    },
    {
      name: 'a union of the file with no requestId: no suggestion, as it would not compile',
      code: declaredAnswer(STATE, 'State'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'EndRoom', text: 'err.message' }, line: 5, column: 116, endColumn: 127, suggestions: [] }],
    },
    {
      name: 'an interface of the file with requestId: suggested',
      code: declaredAnswer(WITH_REQUEST, 'Answer'),
      errors: [{ messageId: 'answerLosesRequestId', data: { actions: 'EndRoom', text: 'err.message' }, line: 5, column: 116, endColumn: 127, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: declaredAnswer(WITH_REQUEST, 'Answer', 'err.message, requestId: err.requestId') }] }],
    },
  ],
});

/**
 * An answer handed to a callback whose parameter is typed (gRPC's `callback({ code, details })`,
 * line 6): with type information, `requestId` is added only where that type takes the key.
 */
const typedAnswer = (status: string, details = 'err.message') =>
  `${SDK}declare const callback: (status: ${status}) => void;\nexport const end = (id: number) =>\n  client.EndRoom({ RoomId: id }).catch((err: any) => {\n    callback({ code: 13, details: ${details} });\n  });`;
const typedAnswerError = (status: string, suggestions: { messageId: 'addRequestId'; data: { name: string }; output: string }[]) => ({
  name: status,
  code: typedAnswer(status),
  errors: [{ messageId: 'answerLosesRequestId' as const, data: { actions: 'EndRoom', text: 'err.message' }, line: 6, column: 35, endColumn: 46, suggestions }],
});
typedRuleTester.run("preserve-request-id's requestId suggestion against the answer's expected type", rule, {
  valid: [],
  invalid: [
    typedAnswerError('{ code: number; details: string }', []),
    typedAnswerError('{ code: number; details: string; requestId?: string }', [{ messageId: 'addRequestId', data: { name: 'err' }, output: typedAnswer('{ code: number; details: string; requestId?: string }', 'err.message, requestId: err.requestId') }]),
    typedAnswerError('Record<string, unknown>', [{ messageId: 'addRequestId', data: { name: 'err' }, output: typedAnswer('Record<string, unknown>', 'err.message, requestId: err.requestId') }]),
  ],
});

/** Error classes of a package of them ('@feathersjs/errors'), whatever their names, and a class of the project extending one (line 6 on). */
const feathersError = (made: string) =>
  `${SDK}import { NotFound } from '@feathersjs/errors';\nclass RoomGone extends NotFound {}\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) { throw ${made}; }\n}\n`;
ruleTester.run('preserve-request-id on the error classes of an errors package', rule, {
  valid: [{ name: 'the RequestId kept in its data', code: feathersError("new NotFound('room gone', { requestId: err.requestId })") }],
  invalid: [
    {
      name: "'@feathersjs/errors' NotFound, given the message: no cause suggested, as its second argument is its data",
      code: feathersError('new NotFound(err.message)'),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'NotFound', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 111, suggestions: [] }],
    },
    {
      name: 'a class of the project extending it, with no constructor of its own: neither',
      code: feathersError('new RoomGone(err.message)'),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'RoomGone', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 111, suggestions: [] }],
    },
  ],
});

/** LoopBack's `HttpErrors` (http-errors, re-exported by '@loopback/rest'), and a class of the project extending one of its classes (line 6 on). */
const loopbackError = (made: string) =>
  `${SDK}import { HttpErrors, RestBindings } from '@loopback/rest';\nclass RoomGone extends HttpErrors.Gone {}\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) { throw ${made}; }\n}\n`;
ruleTester.run("preserve-request-id on an errors namespace another package re-exports (LoopBack's HttpErrors)", rule, {
  valid: [
    { name: 'the RequestId kept in its properties', code: loopbackError("Object.assign(new HttpErrors.BadGateway('room failed'), { requestId: err.requestId })") },
    { name: 'a namespace of the package not named as errors is not judged by its members', code: loopbackError('new RestBindings.Http(err.message)') },
  ],
  invalid: [
    {
      name: 'new HttpErrors.NotFound(err.message): no cause suggested, as http-errors takes no options',
      code: loopbackError('new HttpErrors.NotFound(err.message)'),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'NotFound', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 122, suggestions: [] }],
    },
    {
      name: 'a class of the project extending HttpErrors.Gone',
      code: loopbackError('new RoomGone(err.message)'),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'RoomGone', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 111, suggestions: [] }],
    },
  ],
});

/** Mercurius's `ErrorWithProps`, off the default import or destructured from it, thrown on line 6. */
const mercuriusError = (made: string) =>
  `${SDK}import mercurius from 'mercurius';\nconst { ErrorWithProps } = mercurius;\nexport async function room(id: number) {\n  try { return await client.DescribeRoom({ RoomId: id }); } catch (err: any) { throw ${made}; }\n}\n`;
ruleTester.run("preserve-request-id on Mercurius's ErrorWithProps", rule, {
  valid: [{ name: 'the RequestId kept in its extensions', code: mercuriusError("new ErrorWithProps('room failed', { code: err.code, requestId: err.requestId }, 502)") }],
  invalid: [
    {
      name: 'new mercurius.ErrorWithProps(err.message): no cause suggested, as its second argument is its extensions',
      code: mercuriusError('new mercurius.ErrorWithProps(err.message)'),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'ErrorWithProps', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 127, suggestions: [] }],
    },
    {
      name: 'destructured, given the code but not the RequestId',
      code: mercuriusError("new ErrorWithProps('LCIC failed', { code: err.code }, 502)"),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'ErrorWithProps', actions: 'DescribeRoom' }, line: 6, column: 86, endColumn: 144, suggestions: [] }],
    },
  ],
});

/** A package's error class taken out of its namespace object (`const { ApplicationError } = errors`, Strapi's way), thrown on line 6. */
const strapiError = (take: string) =>
  `${SDK}${take}\nexport async function show(ctx: any) {\n  try { ctx.body = await client.DescribeRoom({ RoomId: 1 }); } catch (err: any) {\n    throw new ApplicationError(err.message);\n  }\n}\n`;
ruleTester.run('preserve-request-id on an error class destructured from a package namespace', rule, {
  valid: [],
  invalid: [
    {
      name: "const { ApplicationError } = errors, errors from require('@strapi/utils'): no cause suggested (its second argument is details, sent to the client)",
      code: strapiError("const { errors } = require('@strapi/utils');\nconst { ApplicationError } = errors;"),
      errors: [{ messageId: 'newErrorLosesRequestId', data: { errorClass: 'ApplicationError', actions: 'DescribeRoom' }, line: 7, column: 11, endColumn: 44, suggestions: [] }],
    },
    {
      name: 'a class of the project destructured from a local object still gets the cause',
      code: strapiError('const errors = { ApplicationError: class ApplicationError extends Error {} };\nconst { ApplicationError } = errors;'),
      errors: [
        {
          messageId: 'newErrorLosesRequestId',
          data: { errorClass: 'ApplicationError', actions: 'DescribeRoom' },
          line: 7,
          column: 11,
          endColumn: 44,
          suggestions: [{ messageId: 'addCause', data: { name: 'err' }, output: strapiError('const errors = { ApplicationError: class ApplicationError extends Error {} };\nconst { ApplicationError } = errors;').replace('ApplicationError(err.message)', 'ApplicationError(err.message, { cause: err })') }],
        },
      ],
    },
  ],
});

/** hapi's logs take their tags first and one piece of data (a third argument is a timestamp): `logger(args)` on line 6. */
const hapiLog = (args: string) =>
  `${SDK}export async function end(request: any, id: number) {\n  try {\n    await client.EndRoom({ RoomId: id });\n  } catch (err: any) {\n    request.log(${args});\n    return null;\n  }\n}\n`;
ruleTester.run("preserve-request-id on hapi's tagged logs", rule, {
  valid: [{ name: 'the error given as the data', code: hapiLog("['lcic', 'error'], err") }],
  invalid: [
    {
      name: 'the message as the data: reported, and no error appended (it would be a timestamp, or too many arguments)',
      code: hapiLog("['lcic', 'error'], err.message"),
      errors: [{ messageId: 'logsMessageOnly', data: { name: 'err', actions: 'EndRoom', text: 'err.message' }, line: 7, column: 36, endColumn: 47, suggestions: [] }],
    },
  ],
});

/** hapi's Boom: `throw made` in a catch of EndRoom (line 6), and after a raw call's check of Response.Error (line 12). */
const boom = (made: string, fromBody: string) =>
  `${SDK}import Boom from '@hapi/boom';\nexport async function end(id: number) {\n  try { await client.EndRoom({ RoomId: id }); } catch (err: any) {\n    throw ${made};\n  }\n}\nexport async function describe(id: number) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': 'DescribeRoom' }, body: JSON.stringify({ RoomId: id }) });\n  const { Response } = await res.json();\n  if (Response.Error) throw ${fromBody};\n  return Response.Name;\n}\n`;
ruleTester.run("preserve-request-id on hapi's Boom errors", rule, {
  valid: [
    {
      name: 'the RequestId kept in the data',
      code: boom("new Boom.Boom(err.message, { statusCode: 502, data: { requestId: err.requestId } })", "Boom.badGateway(Response.Error.Code, { requestId: Response.RequestId })"),
    },
  ],
  invalid: [
    {
      name: 'new Boom.Boom(err.message, ...) and Boom.badGateway(Response.Error.Code): a class of the package (no cause suggested), and a thrown call made from the body',
      code: boom('new Boom.Boom(err.message, { statusCode: 502 })', 'Boom.badGateway(Response.Error.Code)'),
      errors: [
        { messageId: 'newErrorLosesRequestId', data: { errorClass: 'Boom', actions: 'EndRoom' }, line: 6, column: 11, endColumn: 58, suggestions: [] },
        { messageId: 'thrownCallLosesRequestId', data: { callee: 'badGateway', actions: 'DescribeRoom' }, line: 12, column: 29, endColumn: 65 },
      ],
    },
  ],
});

/** A callback-form call made a promise in place and awaited in a `try` (its catch answers on line 9). */
const awaitedInPlace = (settle: string) =>
  `${INTL}export async function roomName(id: number) {\n  try {\n    const room = await new Promise<any>((resolve, reject) =>\n      intl.DescribeRoom({ RoomId: id }, (err: any, res: any) => (${settle})),\n    );\n    return room.Name;\n  } catch (err: any) {\n    return { status: 500, error: err.message };\n  }\n}\n`;
ruleTester.run('preserve-request-id on a callback-form call made a promise in place', rule, {
  valid: [{ name: 'the answer keeps the RequestId', code: awaitedInPlace('err ? reject(err) : resolve(res)').replace('error: err.message }', 'error: err.message, requestId: err.requestId }') }],
  invalid: [
    {
      name: 'the callback rejects with its error: the catch around the await is its handler too',
      code: awaitedInPlace('err ? reject(err) : resolve(res)'),
      errors: [
        {
          messageId: 'answerLosesRequestId',
          data: { actions: 'DescribeRoom', text: 'err.message' },
          line: 9,
          column: 34,
          endColumn: 45,
          suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: awaitedInPlace('err ? reject(err) : resolve(res)').replace('error: err.message }', 'error: err.message, requestId: err.requestId }') }],
        },
      ],
    },
  ],
});

/** A `.catch` whose error is declared `type` (line 4), answering with its message. */
const typedCatch = (type: string, requestId = '') =>
  `${SDK}declare const res: { status(code: number): { json(body: unknown): void } };\nexport const register = () =>\n  client.RegisterUser({ SdkAppId: 1 } as never).catch((err: ${type}) => {\n    res.status(502).json({ error: err.message${requestId} });\n  });`;
ruleTester.run('preserve-request-id: the RequestId read off an error declared Error', rule, {
  valid: [],
  invalid: [
    {
      name: 'declared Error, whose type has no requestId: read through a cast',
      code: typedCatch('Error'),
      errors: [{ messageId: 'answerLosesRequestId', line: 6, column: 35, endColumn: 46, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: typedCatch('Error', ', requestId: (err as { requestId?: string }).requestId') }] }],
    },
    {
      name: 'declared with a type of the project: read as it is',
      code: typedCatch('Error & { requestId?: string }'),
      errors: [{ messageId: 'answerLosesRequestId', line: 6, column: 35, endColumn: 46, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: typedCatch('Error & { requestId?: string }', ', requestId: err.requestId') }] }],
    },
  ],
});

/** A CreateRoom failure answered with its message, in a function written as `head` ... `tail` (the answer on the fourth line after `head`). */
const graphQlAnswer = (head: string, tail: string) =>
  `${SDK}${head}\n  try {\n    return { roomId: (await client.CreateRoom({} as never)).RoomId, message: null };\n  } catch (err: any) {\n    return { roomId: null, message: err.message };\n  }\n${tail}`;
ruleTester.run('preserve-request-id in a GraphQL resolver', rule, {
  valid: [],
  invalid: [
    {
      name: "a resolver of the map's Mutation: reported, but no requestId suggested, as the schema type would drop it",
      code: graphQlAnswer('export const resolvers = {\n  Mutation: {\n    async createClass() {', '    },\n  },\n};'),
      errors: [{ messageId: 'answerLosesRequestId', line: 9, column: 37, endColumn: 48, suggestions: [] }],
    },
    {
      name: 'a method decorated @Mutation(): the same',
      code: graphQlAnswer('declare function Mutation(): MethodDecorator;\nexport class Rooms {\n  @Mutation()\n  async createClass() {', '  }\n}'),
      errors: [{ messageId: 'answerLosesRequestId', line: 10, column: 37, endColumn: 48, suggestions: [] }],
    },
    {
      name: 'a function of the service: the requestId is suggested',
      code: graphQlAnswer('export async function createClass() {', '}'),
      errors: [{ messageId: 'answerLosesRequestId', line: 7, column: 37, endColumn: 48, suggestions: [{ messageId: 'addRequestId', data: { name: 'err' }, output: graphQlAnswer('export async function createClass() {', '}').replace('message: err.message }', 'message: err.message, requestId: err.requestId }') }] }],
    },
  ],
});
