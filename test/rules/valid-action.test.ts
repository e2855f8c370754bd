import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/valid-action.js';
import { ruleTester, serviceFile, serviceTypedRuleTester, suggestionsResolveTheirReports } from '../helpers/rule-tester.js';
import { COMMON, COMMON_INTL as INTL, RESULT_HELPER, SDK } from '../helpers/sdk-snippets.js';


/** A fetch whose headers come from a function of the project that writes `X-TC-Action` from its parameter. */
const headersFunction = (headers: string) =>
  [
    'function lcicHeaders(action: string) {',
    "  return { 'Content-Type': 'application/json', 'X-TC-Action': action };",
    '}',
    'export async function describe(roomId: number) {',
    `  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: ${headers}, body: JSON.stringify({ RoomId: roomId }) });`,
    '  const body = await res.json();',
    '  if (body.Response.Error) throw new Error(body.Response.Error.Code, { cause: body.Response });',
    '  return body.Response;',
    '}',
  ].join('\n');

/** Two helpers that answer an LCIC failure themselves (a Result object, null), and a caller of one (line 14). */
const handlingHelpers = (call: string) =>
  [
    RESULT_HELPER,
    'export async function orNull(action: string, payload: unknown) {',
    '  const { Response } = await lcicFetch(action, payload);',
    '  return Response.Error ? null : Response;',
    '}',
    `export const call = () => ${call};`,
  ].join('\n');

/** An international-SDK wrapper that calls `client[method](req, cb)` for the action it is given, and a caller of it (line 6). */
const computedMethodWrapper = (action: string) =>
  [
    "const tc = require('tencentcloud-sdk-nodejs-intl-en');",
    'const client = new tc.lcic.v20220817.Client({});',
    'const callLcic = (method: string, req: object) =>',
    '  new Promise((resolve, reject) => (client as any)[method](req, (err: unknown, res: unknown) => (err ? reject(err) : resolve(res))));',
    'export const rooms = (id: number) =>',
    `  callLcic('${action}', { RoomId: id });`,
  ].join('\n');

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: 'a wrapper calling client[method](req, cb): the action its caller gives it is checked',
    code: computedMethodWrapper('DescribeRom'),
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'DescribeRom', hint: " Did you mean 'DescribeRoom'?" },
        line: 6,
        column: 12,
        endColumn: 25,
        suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: computedMethodWrapper('DescribeRoom') }],
      },
    ],
  },
  {
    name: 'a helper that answers failures itself (a Result, or null) is no LCIC call, but the action its caller gives it is checked',
    code: handlingHelpers("lcicResult('KickUserFromRom', { RoomId: 1 })"),
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'KickUserFromRom', hint: " Did you mean 'KickUserFromRoom'?" },
        line: 14,
        column: 38,
        endColumn: 55,
        suggestions: [{ messageId: 'replaceAction', data: { action: 'KickUserFromRoom' }, output: handlingHelpers("lcicResult('KickUserFromRoom', { RoomId: 1 })") }],
      },
    ],
  },
  {
    name: 'CommonClient.request with a misspelt action: both near names are offered',
    code: `${COMMON}common.request('DescribeRooms', {});`,
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'DescribeRooms', hint: " Did you mean 'GetRooms' or 'DescribeRoom'?" },
        line: 3,
        column: 16,
        endColumn: 31,
        suggestions: [
          { messageId: 'replaceAction', data: { action: 'GetRooms' }, output: `${COMMON}common.request('GetRooms', {});` },
          { messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: `${COMMON}common.request('DescribeRoom', {});` },
        ],
      },
    ],
  },
  {
    name: "the SDK client's own request(), through a cast",
    code: `${SDK}(client as any).request('DescribeRooom', { RoomId: 1 });`,
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'DescribeRooom', hint: " Did you mean 'DescribeRoom'?" },
        line: 3,
        column: 25,
        endColumn: 40,
        suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: `${SDK}(client as any).request('DescribeRoom', { RoomId: 1 });` }],
      },
    ],
  },
  {
    name: 'a helper that fixes a misspelt action: one report, where the name is written, none at its callers',
    code: `${SDK}export function startRoom(id: number) { return client.StartRom({ RoomId: id } as never); }\nexport async function route(id: number) { await startRoom(id); }\nexport async function again(id: number) { return startRoom(id); }`,
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'StartRom', hint: " Did you mean 'StartRoom'?" },
        line: 3,
        column: 55,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'replaceAction',
            data: { action: 'StartRoom' },
            output: `${SDK}export function startRoom(id: number) { return client.StartRoom({ RoomId: id } as never); }\nexport async function route(id: number) { await startRoom(id); }\nexport async function again(id: number) { return startRoom(id); }`,
          },
        ],
      },
    ],
  },
  {
    name: 'the X-TC-Action header of a raw fetch',
    code: "fetch('https://lcic.tencentcloudapi.com/', { method: 'POST', headers: { 'X-TC-Action': \"CreateRom\" }, body: '{}' });",
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'CreateRom', hint: " Did you mean 'CreateRoom'?" },
        line: 1,
        column: 88,
        suggestions: [
          {
            messageId: 'replaceAction',
            data: { action: 'CreateRoom' },
            output: "fetch('https://lcic.tencentcloudapi.com/', { method: 'POST', headers: { 'X-TC-Action': \"CreateRoom\" }, body: '{}' });",
          },
        ],
      },
    ],
  },
  {
    name: 'the X-TC-Action header of an axios instance whose baseURL is an lcic host',
    code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });\napi.post('/', {}, { headers: { 'X-TC-Action': 'GetRom' } });",
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'GetRom', hint: " Did you mean 'GetRooms'?" },
        line: 3,
        column: 47,
        suggestions: [
          {
            messageId: 'replaceAction',
            data: { action: 'GetRooms' },
            output: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://lcic.tencentcloudapi.com' });\napi.post('/', {}, { headers: { 'X-TC-Action': 'GetRooms' } });",
          },
        ],
      },
    ],
  },
  {
    name: 'a method called on an SDK client from plain JavaScript',
    code: "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');\nnew tencentcloud.lcic.v20220817.Client({}).EndRooom({ RoomId: 1 }, () => {});",
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'EndRooom', hint: " Did you mean 'EndRoom'?" },
        line: 2,
        column: 44,
        suggestions: [
          {
            messageId: 'replaceAction',
            data: { action: 'EndRoom' },
            output: "const tencentcloud = require('tencentcloud-sdk-nodejs-intl-en');\nnew tencentcloud.lcic.v20220817.Client({}).EndRoom({ RoomId: 1 }, () => {});",
          },
        ],
      },
    ],
  },
  {
    name: 'an action with a word added: nothing is near by spelling, so the action its words begin with is offered',
    code: `${COMMON}common.request('BatchRegisterUsers', {});`,
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'BatchRegisterUsers', hint: " Did you mean 'BatchRegister'?" },
        line: 3,
        column: 16,
        endColumn: 36,
        suggestions: [{ messageId: 'replaceAction', data: { action: 'BatchRegister' }, output: `${COMMON}common.request('BatchRegister', {});` }],
      },
    ],
  },
  {
    name: 'an action written in a constant is reported where it is used, without a fix',
    code: `${COMMON}const ACTION = 'GetRoom';\ncommon.request(ACTION, {});`,
    errors: [{ messageId: 'unknownAction', data: { action: 'GetRoom', hint: " Did you mean 'DescribeRoom' or 'GetRooms'?" }, line: 4, column: 16, suggestions: [] }],
  },
  {
    name: "a headers function of the project: the action its caller passes is checked there",
    code: headersFunction("lcicHeaders('DescribeRooom')"),
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'DescribeRooom', hint: " Did you mean 'DescribeRoom'?" },
        line: 5,
        column: 102,
        endColumn: 117,
        suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: headersFunction("lcicHeaders('DescribeRoom')") }],
      },
    ],
  },
];

/** A signing helper given the action inside an options object, and a caller that passes `action`. */
const optionsHelper = (action: string) =>
  [
    'function signedHeaders(o: { action: string; payload: string }): Record<string, string> {',
    "  return { 'X-TC-Action': o.action, Authorization: o.payload };",
    '}',
    'export async function request(action: string, payload: object) {',
    '  const body = JSON.stringify(payload);',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: signedHeaders({ action, payload: body }), body });",
    '  return res.json();',
    '}',
    `export const register = (name: string) => request('${action}', { Name: name });`,
  ].join('\n');

ruleTester.run('valid-action', rule, {
  valid: [
    { name: 'a helper that answers failures itself, given a real action', code: handlingHelpers("orNull('DescribeRoom', { RoomId: 1 })") },
    { name: 'a string that looks like an action, given to a function that sends none', code: handlingHelpers("console.log('DescribeRooom')") },
    { name: 'a real action', code: `${COMMON}common.request('DescribeRoom', {});` },
    { name: 'a name built from a template is not checked by its static prefix', code: `${COMMON}export function describe(kind: string) { return common.request(\`Describe\${kind}\`, {}); }` },
    { name: 'a name built with + from an unknown part', code: `${COMMON}export function describe(kind: string) { return common.request('Describe' + kind, {}); }` },
    { name: 'a name built from known parts that make a real action', code: `${COMMON}const VERB = 'Describe';\ncommon.request(\`\${VERB}Room\`, {});` },
    { name: 'every member of a union of literals is real', code: `${COMMON}export function get(one: boolean) { return common.request(one ? 'DescribeRoom' : 'GetRooms', {}); }` },
    { name: 'an action given by a variable the rule cannot read', code: `${COMMON}export function call(action: string) { return common.request(action, {}); }` },
    { name: 'another service via CommonClient', code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nnew CommonClient('cvm.tencentcloudapi.com', '2017-03-12', {} as any).request('DescribeInstances', {});" },
    { name: 'an international action on the international host', code: `${INTL}common.request('DescribeRoom', {});` },
    { name: 'a China-only action with the default edition', code: `${COMMON}common.request('StartRecord', {});` },
  ],
  invalid: [
    ...invalid,
    {
      name: 'an action written in the options of a signer that destructures them ({ action, payload })',
      code: "function sign({ action, payload }: { action: string; payload: string }): Record<string, string> {\n  return { 'X-TC-Action': action, Authorization: payload };\n}\nexport async function kick() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: sign({ action: 'KickUserFromRom', payload: '' }), body: '' });\n  return res.json();\n}",
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'KickUserFromRom', hint: " Did you mean 'KickUserFromRoom'?" },
          line: 5,
          column: 105,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'replaceAction',
              data: { action: 'KickUserFromRoom' },
              output: "function sign({ action, payload }: { action: string; payload: string }): Record<string, string> {\n  return { 'X-TC-Action': action, Authorization: payload };\n}\nexport async function kick() {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: sign({ action: 'KickUserFromRoom', payload: '' }), body: '' });\n  return res.json();\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'the action given to a signing helper inside an options object ({ action, payload }) is checked at the caller',
      code: optionsHelper('RegistrUser'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'RegistrUser', hint: " Did you mean 'RegisterUser'?" },
          line: 9,
          column: 51,
          endColumn: 64,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'RegisterUser' }, output: optionsHelper('RegisterUser') }],
        },
      ],
    },
    {
      name: 'a union of literals is checked member by member',
      code: `${COMMON}export function get(one: boolean) { return common.request(one ? 'DescribeRoom' : 'DescribeRooms', {}); }`,
      errors: [{ messageId: 'unknownAction', data: { action: 'DescribeRooms', hint: " Did you mean 'GetRooms' or 'DescribeRoom'?" }, line: 3, column: 59, endColumn: 97, suggestions: [] }],
    },
    {
      name: 'a name built from known parts is checked whole',
      code: `${COMMON}const VERB = 'Describe';\ncommon.request(\`\${VERB}Rom\`, {});`,
      errors: [{ messageId: 'unknownAction', data: { action: 'DescribeRom', hint: " Did you mean 'DescribeRoom'?" }, line: 4, column: 16, suggestions: [] }],
    },
    {
      name: 'a China-only action on the international host',
      code: `${INTL}common.request('StartRecord', {});`,
      errors: [{ messageId: 'notInEdition', data: { action: 'StartRecord', edition: 'international' }, line: 3, column: 16 }],
    },
    {
      name: 'a China-only action with settings.lcic.edition international',
      code: "import * as tc from 'tencentcloud-sdk-nodejs';\nnew tc.lcic.v20220817.Client({ credential: {} }).StartRecord({} as never);",
      settings: { lcic: { edition: 'international' } },
      errors: [{ messageId: 'notInEdition', data: { action: 'StartRecord', edition: 'international' }, line: 2, column: 50 }],
    },
  ],
});

suggestionsResolveTheirReports(rule, invalid);

/** Real files of the multi-module service: the action is named by the caller of a signing helper. */
const reports = serviceFile('src/reports.ts');
const serviceCases = {
  valid: [
    { name: 'a helper of the same name and signing style that posts to another service', ...serviceFile('src/notify/sms.ts') },
    { name: 'the signing helper itself: its action is its parameter, checked where it is called', ...serviceFile('src/lcic/sign.ts') },
  ],
  invalid: [
    {
      name: 'a misspelt action passed to a signing helper imported through a paths alias',
      ...reports,
      errors: [
        {
          messageId: 'unknownAction' as const,
          data: { action: 'DescribeRooms', hint: " Did you mean 'GetRooms' or 'DescribeRoom'?" },
          line: 54,
          column: 52,
          endColumn: 67,
          suggestions: [
            { messageId: 'replaceAction' as const, data: { action: 'GetRooms' }, output: reports.code.replace("('DescribeRooms'", "('GetRooms'") },
            { messageId: 'replaceAction' as const, data: { action: 'DescribeRoom' }, output: reports.code.replace("('DescribeRooms'", "('DescribeRoom'") },
          ],
        },
      ],
    },
  ],
};
ruleTester.run('valid-action on the multi-module service', rule, serviceCases);
serviceTypedRuleTester.run('valid-action on the multi-module service, with type information', rule, serviceCases);

/**
 * A gateway whose method hands the call to a task wrapper (`this.call(() => this.client.request(action, req))`):
 * the action its caller passes is still the call's.
 */
const taskGateway = (action: string) =>
  `${SDK}class Gateway {\n  private async call<T>(fn: () => Promise<T>, ctx: string): Promise<T> {\n    try {\n      return await fn();\n    } catch (err) {\n      console.warn(ctx, err);\n      throw err;\n    }\n  }\n  async invoke(action: string, req: Record<string, unknown>) {\n    return this.call(() => client.request(action, req), action);\n  }\n}\nconst gateway = new Gateway();\nexport const run = () => gateway.invoke('${action}', { RoomId: 1 });\n`;
const taskFunction = (action: string) =>
  `${SDK}async function withLog<T>(fn: () => Promise<T>): Promise<T> {\n  try {\n    return await fn();\n  } catch (err) {\n    console.warn(err);\n    throw err;\n  }\n}\nexport const invoke = (action: string, req: object) => withLog(() => client.request(action, req));\nexport const run = () => invoke('${action}', { RoomId: 1 });\n`;
ruleTester.run('valid-action through a task wrapper inside a helper that takes the action', rule, {
  valid: [
    { name: 'a real action through the class', code: taskGateway('DescribeRoom') },
    { name: 'a real action through the function', code: taskFunction('DescribeRoom') },
  ],
  invalid: [
    {
      name: 'an unknown action through the class',
      code: taskGateway('DescribeRoomMembers'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'DescribeRoomMembers', hint: " Did you mean 'DescribeRoom'?" },
          line: 17,
          column: 41,
          endColumn: 62,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: taskGateway('DescribeRoom') }],
        },
      ],
    },
    {
      name: 'an unknown action through the function',
      code: taskFunction('DescribeRoomMembers'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'DescribeRoomMembers', hint: " Did you mean 'DescribeRoom'?" },
          line: 12,
          column: 33,
          endColumn: 54,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: taskFunction('DescribeRoom') }],
        },
      ],
    },
  ],
});

/**
 * The client's own `request` on a framework object decorated with it (`request.server.lcic`,
 * line 2), placed by its name alone: the name must say LCIC, as `client.request` is every HTTP
 * client's, and the first argument must be an action-like name.
 */
const decoratedRequest = (receiver: string, action: string) =>
  `export async function route(request: any) {\n  return ${receiver}.request('${action}', { RoomId: 1 });\n}`;
ruleTester.run('valid-action on request() of a client placed by its name', rule, {
  valid: [
    { name: 'a real action', code: decoratedRequest('request.server.lcic', 'DescribeRoom') },
    { name: 'a receiver not named for LCIC', code: decoratedRequest('request.server.client', 'DescribeRooms') },
    { name: 'not an action-like first argument', code: decoratedRequest('request.server.lcic', 'GET') },
  ],
  invalid: [
    {
      name: 'a misspelt action on request.server.lcic',
      code: decoratedRequest('request.server.lcic', 'DescribeRooms'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'DescribeRooms', hint: " Did you mean 'GetRooms' or 'DescribeRoom'?" },
          line: 2,
          column: 38,
          endColumn: 53,
          suggestions: [
            { messageId: 'replaceAction', data: { action: 'GetRooms' }, output: decoratedRequest('request.server.lcic', 'GetRooms') },
            { messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: decoratedRequest('request.server.lcic', 'DescribeRoom') },
          ],
        },
      ],
    },
  ],
});

/** A table of actions looked up by a key the code does not know (a CLI's subcommand): every value may be sent. */
const actionTable = (remove: string) =>
  `${COMMON}const ACTIONS = { end: 'EndRoom', remove: '${remove}' } as const;\nexport function run(kind: keyof typeof ACTIONS, roomId: number) {\n  return common.request(ACTIONS[kind], { RoomId: roomId });\n}`;
ruleTester.run('valid-action on a look-up in a constant table of actions', rule, {
  valid: [
    { name: 'every value an action', code: actionTable('DeleteRoom') },
    { name: 'a table changed somewhere: its values are not known', code: `${COMMON}const ACTIONS: Record<string, string> = { end: 'EndRoom' };\nACTIONS.remove = 'DeleteRom';\nexport const run = (kind: string) => common.request(ACTIONS[kind], {});` },
  ],
  invalid: [
    {
      name: 'one value misspelt: reported at the look-up, with no replacement (the table is where to fix it)',
      code: actionTable('DeleteRom'),
      errors: [{ messageId: 'unknownAction', data: { action: 'DeleteRom', hint: " Did you mean 'DeleteRoom'?" }, line: 5, column: 25, endColumn: 38, suggestions: [] }],
    },
  ],
});

/** A signing helper whose action parameter is typed with a union of names (`type LcicAction = ...`), one of them misspelt. */
const typedHelper = (declared: string, action: string) =>
  [
    `type LcicAction = ${declared};`,
    'async function lcicFetch(action: LcicAction, payload: object): Promise<unknown> {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(payload) });",
    '  const { Response } = await res.json();',
    '  if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code, requestId: Response.RequestId });',
    '  return Response;',
    '}',
    `export const stats = (id: number) => lcicFetch('${action}', { RoomId: id });`,
  ].join('\n');
ruleTester.run('valid-action on a helper whose action parameter lists the names it takes', rule, {
  valid: [],
  invalid: [
    {
      name: 'the misspelt name is in the type too: no replacement, which would not compile (the type is where to fix it first)',
      code: typedHelper("'DescribeRoom' | 'DescribeRoomStatistic'", 'DescribeRoomStatistic'),
      errors: [{ messageId: 'unknownAction', data: { action: 'DescribeRoomStatistic', hint: " Did you mean 'DescribeRoomStatistics'?" }, line: 8, column: 48, endColumn: 71, suggestions: [] }],
    },
    {
      name: 'the type lists the right name: the replacement is offered',
      code: typedHelper("'DescribeRoom' | 'DescribeRoomStatistics'", 'DescribeRoomStatistic'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'DescribeRoomStatistic', hint: " Did you mean 'DescribeRoomStatistics'?" },
          line: 8,
          column: 48,
          endColumn: 71,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoomStatistics' }, output: typedHelper("'DescribeRoom' | 'DescribeRoomStatistics'", 'DescribeRoomStatistics') }],
        },
      ],
    },
  ],
});

/** A signing helper taking one options object whose field names the action: read off it (line 3), or destructured (line 7). Callers from line 10. */
const optionsHelpers = (first: string, second: string) =>
  [
    'export async function lcicCall(opts: { action: string; params: object }) {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', {",
    "    method: 'POST', headers: { 'X-TC-Action': opts.action }, body: JSON.stringify(opts.params) });",
    '  return res.json();',
    '}',
    'export async function lcicSend({ action, params }: { action: string; params: object }) {',
    "  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action }, body: JSON.stringify(params) });",
    '  return res.json();',
    '}',
    `export const a = () => lcicCall({ action: '${first}', params: { RoomId: 1 } });`,
    `export const b = () => lcicSend({ action: '${second}', params: { RoomId: 1 } });`,
  ].join('\n');
ruleTester.run('valid-action on a helper taking the action in an options object', rule, {
  valid: [{ name: 'real actions', code: optionsHelpers('DescribeRoom', 'EndRoom') }],
  invalid: [
    {
      name: 'misspelt in the field read off the object, and in the destructured one',
      code: optionsHelpers('DescribeRooom', 'EndRooms'),
      errors: [
        {
          messageId: 'unknownAction',
          data: { action: 'DescribeRooom', hint: " Did you mean 'DescribeRoom'?" },
          line: 10,
          column: 43,
          endColumn: 58,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: optionsHelpers('DescribeRoom', 'EndRooms') }],
        },
        {
          messageId: 'unknownAction',
          data: { action: 'EndRooms', hint: " Did you mean 'EndRoom'?" },
          line: 11,
          column: 43,
          endColumn: 53,
          suggestions: [{ messageId: 'replaceAction', data: { action: 'EndRoom' }, output: optionsHelpers('DescribeRooom', 'EndRoom') }],
        },
      ],
    },
  ],
});
