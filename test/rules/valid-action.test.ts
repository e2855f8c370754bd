import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/valid-action.js';
import { ruleTester, suggestionsResolveTheirReports } from '../helpers/rule-tester.js';

const COMMON = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst lcic = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', { credential: {} });\n";
const INTL = "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst lcic = new CommonClient('lcic.intl.tencentcloudapi.com', '2022-08-17', { credential: {} });\n";

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: 'CommonClient.request with a misspelt action: both near names are offered',
    code: `${COMMON}lcic.request('DescribeRooms', {});`,
    errors: [
      {
        messageId: 'unknownAction',
        data: { action: 'DescribeRooms', hint: " Did you mean 'DescribeRoom' or 'GetRooms'?" },
        line: 3,
        column: 14,
        endColumn: 29,
        suggestions: [
          { messageId: 'replaceAction', data: { action: 'DescribeRoom' }, output: `${COMMON}lcic.request('DescribeRoom', {});` },
          { messageId: 'replaceAction', data: { action: 'GetRooms' }, output: `${COMMON}lcic.request('GetRooms', {});` },
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
    name: 'an action written in a constant is reported where it is used, without a fix',
    code: `${COMMON}const ACTION = 'GetRoom';\nlcic.request(ACTION, {});`,
    errors: [{ messageId: 'unknownAction', data: { action: 'GetRoom', hint: " Did you mean 'GetRooms' or 'DescribeRoom'?" }, line: 4, column: 14, suggestions: [] }],
  },
];

ruleTester.run('valid-action', rule, {
  valid: [
    { name: 'a real action', code: `${COMMON}lcic.request('DescribeRoom', {});` },
    { name: 'an action given by a variable the rule cannot read', code: `${COMMON}export function call(action: string) { return lcic.request(action, {}); }` },
    { name: 'another service via CommonClient', code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nnew CommonClient('cvm.tencentcloudapi.com', '2017-03-12', {} as any).request('DescribeInstances', {});" },
    { name: 'an international action on the international host', code: `${INTL}lcic.request('DescribeRoom', {});` },
    { name: 'a China-only action with the default edition', code: `${COMMON}lcic.request('StartRecord', {});` },
  ],
  invalid: [
    ...invalid,
    {
      name: 'a China-only action on the international host',
      code: `${INTL}lcic.request('StartRecord', {});`,
      errors: [{ messageId: 'notInEdition', data: { action: 'StartRecord', edition: 'international' }, line: 3, column: 14 }],
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
