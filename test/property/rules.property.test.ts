/**
 * Property: for any handler shape around any LCIC call, no rule throws, and every suggestion's
 * output parses and has one report fewer of the message it was offered for.
 *
 * The generator builds odd but valid code: nested try/catch, optional chaining, aliases,
 * destructuring, async arrows, labelled blocks, typos, enum members, empty and success handlers.
 */
import fc from 'fast-check';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { allActionNames, allCodeNames } from '../../analysis/catalog-view.js';
import { enumMemberName } from '../../codes/enum-names.js';

const SETUP = [
  "import * as tc from 'tencentcloud-sdk-nodejs';",
  "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
  "import { LcicErrorCode } from 'eslint-plugin-lcic/codes';",
  'const client = new tc.lcic.v20220817.Client({});',
  "const intl = new (require('tencentcloud-sdk-nodejs-intl-en').lcic.v20220817.Client)({});",
  "const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);",
  'declare function report(...args: unknown[]): void;',
  "import axios from 'axios';",
  "import { parseLcicResponse } from 'eslint-plugin-lcic/codes';",
  'function assertOk(b: any) { if (b.Response.Error) throw new Error(b.Response.Error.Code); }',
].join('\n');

const code = fc.oneof(
  fc.constantFrom(...allCodeNames).map((c) => JSON.stringify(c)),
  fc.constantFrom(...allCodeNames).map((c) => `LcicErrorCode.${enumMemberName(c)}`),
  fc.constantFrom(...allCodeNames).map((c) => JSON.stringify(`${c.slice(0, -1)}x`)), // a typo
  fc.constant("'Nonsense'"),
);
const action = fc.oneof(fc.constantFrom(...allActionNames), fc.constant('DescribeRooms'));
const errName = fc.constantFrom('e', 'err', 'error', 'failure');

/** A code expression for error `e`, in one of the ways code reads it. */
const codeRead = (e: string) => fc.constantFrom(`${e}.code`, `${e}?.code`, `(${e} as any).code`, `code`, `${e}.code.split('.')[0]`);

const statement = (e: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(codeRead(e), fc.array(code, { maxLength: 4 }), fc.boolean()).map(
      ([read, cases, withDefault]) => `switch (${read}) {\n${cases.map((c) => `  case ${c}:\n    break;`).join('\n')}${withDefault ? `\n  default:\n    throw ${e};` : ''}\n}`,
    ),
    fc.tuple(codeRead(e), fc.array(code, { minLength: 1, maxLength: 3 }), fc.boolean()).map(
      ([read, codes, withElse]) => codes.map((c, i) => `${i === 0 ? '' : 'else '}if (${read} === ${c}) { report(${e}); }`).join('\n') + (withElse ? ` else { throw ${e}; }` : ''),
    ),
    fc.tuple(codeRead(e), code).map(([read, c]) => `if (${read}.startsWith(${c})) return null;`),
    fc.array(code, { minLength: 1, maxLength: 3 }).map((codes) => `if ([${codes.join(', ')}].includes(${e}.code)) return ${e};`),
    fc.constantFrom(
      `throw ${e};`,
      `return ${e};`,
      `console.log(${e}.message);`,
      `console.error('failed', ${e});`,
      `throw new Error('failed: ' + ${e}.message);`,
      'return { success: true };',
      'return true;',
      ';',
      `label: { if (!${e}) break label; report(${e}); }`,
      `try { report(${e}); } catch (inner) { report(inner); }`,
      `const again = async () => { await Promise.resolve(${e}); };`,
      `if (${e}?.httpCode) { return; }`,
    ),
  );

/** What code does with a raw call's parsed body, `body`. */
const bodyStatement: fc.Arbitrary<string> = fc.oneof(
  code.map((c) => `switch (body.Response.Error?.Code) { case ${c}: return null; }`),
  fc.constantFrom(
    'if (body.Response.Error) throw new Error(body.Response.Error.Code);',
    'if (!body.Response.Error) return body.Response.RoomId;',
    'return body.Response.Total;',
    'const { Response } = body;\nif (Response.Error) { report(Response.Error.Message); }',
    'parseLcicResponse(body);',
    'const parsed = parseLcicResponse(body);\nif (!parsed.ok) throw new Error(parsed.code);',
    'assertOk(body);',
    'return body;',
    'return { success: true };',
    ';',
    'for (const room of body.Response.RoomList ?? []) report(room);',
    'if (body.Response.Error) { report(body.Response.Error.Code); } else { report(body.Response.Name); }',
  ),
);
const bodyStatements = fc.array(bodyStatement, { maxLength: 3 }).map((lines) => lines.join('\n'));

const body = (e: string) => fc.array(statement(e), { maxLength: 4 }).map((lines) => `const { code } = (${e} as any) ?? {};\n${lines.join('\n')}`);

/** A whole program: one call in one form with one handler. */
const program = fc.tuple(action, errName).chain(([act, e]) =>
  fc.tuple(
    fc.constantFrom('await-try', 'catch', 'then', 'callback', 'intl-callback', 'common', 'empty-catch', 'nested-try', 'fetch-await', 'fetch-then', 'axios'),
    body(e),
    bodyStatements,
  ).map(([form, handler, read]) => {
    const headers = `{ 'Content-Type': 'application/json', 'X-TC-Action': '${act}' }`;
    switch (form) {
      case 'fetch-await':
        return `async function g() {\n  try {\n    const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: ${headers} });\n    const body = await res.json();\n${read}\n  } catch (${e}) {\n${handler}\n  }\n}`;
      case 'fetch-then':
        return `fetch('https://lcic.tencentcloudapi.com', { headers: ${headers} })\n  .then((r) => r.json())\n  .then((body) => {\n${read}\n  })\n  .catch((${e}) => {\n${handler}\n  });`;
      case 'axios':
        return `export async function g() {\n  const { data: body } = await axios.post('https://lcic.intl.tencentcloudapi.com', {}, { headers: ${headers} });\n${read}\n}`;
      case 'await-try':
        return `async function f() {\n  try {\n    await client.${act}({} as any);\n  } catch (${e}) {\n${handler}\n  }\n}`;
      case 'nested-try':
        return `async function f() {\n  try {\n    try { await client.${act}({} as any); } finally { report(1); }\n  } catch (${e}: any) {\n${handler}\n  }\n}`;
      case 'catch':
        return `client.${act}({} as any).catch(async (${e}) => {\n${handler}\n});`;
      case 'then':
        return `common.request('${act}', {}).then((r) => r, function (${e}: any) {\n${handler}\n});`;
      case 'callback':
        return `client.${act}({} as any, (${e}: any, res: any) => {\n${handler}\n});`;
      case 'intl-callback':
        return `intl.${act}({}, (${e}: any, res: any) => {\n  if (${e}) {\n${handler}\n  }\n  report(res?.RoomId);\n});`;
      default:
        return `async function f() { try { await client.${act}({} as any); } catch {} }`;
    }
  }),
);

/** Programs of the generator's own shapes that surely give the reports and suggestions asserted below. */
const COVERING_EXAMPLES = [
  "async function f() {\n  try {\n    await client.DescribeRooms({} as any);\n  } catch (e) {\nconst { code } = (e as any) ?? {};\nconsole.log(e.message);\nthrow new Error('failed: ' + e.message);\n  }\n}",
  "async function f() {\n  try {\n    await client.DescribeRoom({} as any);\n  } catch (e) {\nconst { code } = (e as any) ?? {};\nswitch (e.code) {\n  case 'ResourceNotFound.Roox':\n    break;\n}\n  }\n}",
  "async function f() {\n  try {\n    await client.DescribeRoom({} as any);\n  } catch (e) {\nconst { code } = (e as any) ?? {};\nif (e.code === 'ResourceNotFound.Room') { report(e); }\nreturn { success: true };\n  }\n}",
  "async function g() {\n  try {\n    const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-TC-Action': 'EndRoom' } });\n    const body = await res.json();\nreturn body.Response.Total;\n  } catch (e) {\nconst { code } = (e as any) ?? {};\nthrow e;\n  }\n}",
  "async function g() {\n  try {\n    const res = await fetch('https://lcic.tencentcloudapi.com', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-TC-Action': 'EndRoom' } });\n    const body = await res.json();\n;\n  } catch (e) {\nconst { code } = (e as any) ?? {};\nthrow e;\n  }\n}",
];

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { lcic: plugin as never },
    rules: plugin.configs.strict.rules,
  },
];
const lint = (text: string) => linter.verify(text, config, { filename: 'generated.ts' });

describe('every rule on generated handler shapes', () => {
  it('never throws, and every suggestion parses and removes its report', () => {
    // Which suggestions the runs exercised: the property says nothing if none were offered.
    const exercised = new Map<string, number>();
    const reported = new Set<string>();
    fc.assert(
      fc.property(program, (snippet) => {
        const text = `${SETUP}\n${snippet}\n`;
        const messages = lint(text);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        for (const message of messages) {
          reported.add(`${message.ruleId}/${message.messageId}`);
          for (const suggestion of message.suggestions ?? []) {
            exercised.set(`${message.ruleId}/${message.messageId}`, (exercised.get(`${message.ruleId}/${message.messageId}`) ?? 0) + 1);
            const fixed = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
            const after = lint(fixed);
            expect(after.filter((m) => m.fatal), fixed).toEqual([]);
            const count = (list: Linter.LintMessage[]) => list.filter((m) => m.ruleId === message.ruleId && m.messageId === message.messageId).length;
            expect(count(after), `${message.ruleId} ${message.messageId} → ${suggestion.desc}\n${fixed}`).toBe(count(messages) - 1);
          }
        }
      }),
      // Run first, whatever the seed: between them they offer each suggestion the coverage below
      // asks for, so that a seed that happens to generate none of one shape cannot fail it.
      { numRuns: 300, examples: COVERING_EXAMPLES.map((snippet) => [snippet] as [string]) },
    );
    // The raw-call shapes were generated and understood, both ways.
    expect([...reported]).toEqual(expect.arrayContaining(['lcic/check-response-error/unchecked', 'lcic/check-response-error/neverChecked', 'lcic/no-swallowed-error/defaultAnswersSuccess']));
    expect([...exercised.keys()].sort()).toEqual(
      expect.arrayContaining([
        'lcic/exhaustive-error-codes/missingCodes',
        'lcic/no-unknown-error-code/unknownCode',
        'lcic/preserve-request-id/logsMessageOnly',
        'lcic/preserve-request-id/newErrorLosesRequestId',
        'lcic/valid-action/unknownAction',
      ]),
    );
  });
});
