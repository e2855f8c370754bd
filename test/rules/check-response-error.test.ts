import rule from '../../rules/check-response-error.js';
import { ruleTester } from '../helpers/rule-tester.js';

const url = 'https://lcic-tools.github.io/eslint-plugin-lcic/documents/Rules.check-response-error.html';
const FETCH = (action: string, body: string) =>
  `async function call(headers: Record<string, string>) {\n  const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { ...headers, 'X-TC-Action': '${action}' } });\n${body}\n}`;
const AXIOS = (body: string) =>
  `import axios from 'axios';\nasync function call() {\n  const { data } = await axios.post('https://lcic.tencentcloudapi.com', {}, { headers: { 'X-TC-Action': 'GetRooms' } });\n${body}\n}`;

ruleTester.run('check-response-error', rule, {
  valid: [
    { name: 'fetch: an early throw on Response.Error', code: FETCH('DescribeRoom', '  const body = await res.json();\n  if (body.Response.Error) throw new Error(body.Response.Error.Code);\n  return body.Response.Name;') },
    { name: 'fetch: the use inside an else', code: FETCH('DescribeRoom', '  const { Response } = await res.json();\n  if (Response.Error !== undefined) { return null; } else { return Response.Name; }') },
    { name: 'fetch: the use behind a negated check', code: FETCH('DescribeRoom', '  const body = await res.json();\n  if (!body.Response.Error) return body.Response.Name;\n  throw new Error(body.Response.Error.Code);') },
    { name: 'axios: a ternary on the error', code: AXIOS('  return data.Response.Error ? null : data.Response.Total;') },
    { name: 'the package parser counts as checking', code: "import { parseLcicResponse } from 'eslint-plugin-lcic/codes';\n" + FETCH('DescribeRoom', '  const body = await res.json();\n  const parsed = parseLcicResponse(body);\n  return body.Response.Name;') },
    { name: 'RequestId may be read at any time', code: FETCH('DescribeRoom', '  const body = await res.json();\n  console.log(body.Response.RequestId);') },
    { name: 'SDK calls throw on failure: their responses need no check', code: "import * as tc from 'tencentcloud-sdk-nodejs';\nconst client = new tc.lcic.v20220817.Client({});\nclient.DescribeRoom({ RoomId: 1 }).then((room) => room.Name);" },
    { name: 'another service', code: "async function f() { const r = await fetch('https://cvm.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeInstances' } }); const b = await r.json(); return b.Response.InstanceSet; }" },
  ],
  invalid: [
    {
      name: 'fetch: a field read with no check',
      code: FETCH('DescribeRoom', '  const body = await res.json();\n  return body.Response.Name;'),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom', url }, line: 4, column: 10, endColumn: 28 }],
    },
    {
      name: 'fetch: the body returned as a success',
      code: FETCH('GetRooms', '  const payload = await res.json();\n  return payload;'),
      errors: [{ messageId: 'unchecked', data: { action: 'GetRooms', url }, line: 4, column: 10, endColumn: 17 }],
    },
    {
      name: 'fetch: the check does not stop the use (no exit)',
      code: FETCH('DescribeRoom', "  const body = await res.json();\n  if (body.Response.Error) console.warn('failed', body.Response.Error.Code);\n  return body.Response.Name;"),
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeRoom', url }, line: 5, column: 10 }],
    },
    {
      name: 'axios: only the message is read',
      code: AXIOS('  if (data.Response.Error) throw new Error(data.Response.Error.Message);\n  return data.Response.Total;'),
      errors: [{ messageId: 'messageWithoutCode', data: { action: 'GetRooms', url }, line: 4, column: 44, endColumn: 71 }],
    },
    {
      name: 'a promise chain: the body parameter of the last then',
      code: "fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeUser' } })\n  .then((r) => r.json())\n  .then((body) => body.Response.Name);",
      errors: [{ messageId: 'unchecked', data: { action: 'DescribeUser', url }, line: 3, column: 19 }],
    },
  ],
});
