/**
 * A handler that rethrows the error, returns it, or passes it to a configured helper is handling
 * it: none of the rules about failure paths may report it, whatever form the call takes.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const FAILURE_PATH_RULES = ['handle-callback-error', 'check-response-error', 'no-swallowed-error', 'preserve-request-id'];

const SETUP = [
  "import * as tc from 'tencentcloud-sdk-nodejs';",
  "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';",
  "import axios from 'axios';",
  'const client = new tc.lcic.v20220817.Client({});',
  "const intl = new (require('tencentcloud-sdk-nodejs-intl-en').lcic.v20220817.Client)({});",
  "const common = new CommonClient('lcic.tencentcloudapi.com', '2022-08-17', {} as any);",
  'declare function reportLcicError(error: unknown): void;',
  'declare function done(error: unknown, value?: unknown): void;',
  'declare function parseBody(response: unknown): Promise<unknown>;',
].join('\n');

/** Each form of call, with HANDLE standing for what the handler does with `err`. */
const FORMS: Record<string, string> = {
  'China SDK, promise': 'async function f() { try { await client.DescribeRoom({ RoomId: 1 }); } catch (err) { HANDLE } }',
  'China SDK, .catch': 'client.DescribeRoom({ RoomId: 1 }).catch((err) => { HANDLE });',
  'China SDK, callback': 'client.DescribeRoom({ RoomId: 1 }, (err, res) => { if (err) { HANDLE } done(null, res); }).catch(() => undefined);',
  'international SDK, callback': 'intl.DescribeRoom({ RoomId: 1 }, (err: any, res: any) => { if (err) { HANDLE } done(null, res); });',
  CommonClient: "common.request('DescribeRoom', { RoomId: 1 }).then((res) => res, (err) => { HANDLE });",
  // The body goes to a parser (so check-response-error has nothing to say); the handler gets network failures.
  'raw fetch': "fetch('https://lcic.tencentcloudapi.com', { headers: { 'X-TC-Action': 'DescribeRoom' } }).then((res) => parseBody(res), (err) => { HANDLE });",
  'raw axios': "axios.post('https://lcic.tencentcloudapi.com', {}, { headers: { 'X-TC-Action': 'DescribeRoom' } }).then((res) => parseBody(res), (err) => { HANDLE });",
};

/** The international SDK calls back inside a promise it keeps no hold of: what its callback throws reaches no handler. */
const THROW_REACHES_NOTHING = 'international SDK, callback';

/** What the handler does with `err`; a callback's return value goes nowhere, so it passes the error on instead. */
const HANDLING: Record<string, (form: string) => string> = {
  rethrows: (form) => (form === THROW_REACHES_NOTHING ? 'return done(err);' : 'throw err;'),
  returns: (form) => (form.includes('callback') ? 'return done(err);' : 'return err;'),
  'passes it to a configured helper': () => 'reportLcicError(err); return;',
};

function lint(code: string) {
  const linter = new Linter({ configType: 'flat' });
  const rules = Object.fromEntries(FAILURE_PATH_RULES.map((rule) => [`lcic/${rule}`, 'error' as const]));
  return linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { lcic: plugin as never }, rules, settings: { lcic: { errorHandlers: ['reportLcicError'] } } }],
    { filename: 'handled.ts' },
  );
}

describe('handled errors are reported by none of the failure-path rules', () => {
  for (const [form, template] of Object.entries(FORMS)) {
    for (const [what, handling] of Object.entries(HANDLING)) {
      it(`${form}: the handler ${what}`, () => {
        expect(lint(`${SETUP}\n${template.replace('HANDLE', handling(form))}`)).toEqual([]);
      });
    }
    if (form === THROW_REACHES_NOTHING) {
      it(`${form}: a handler that rethrows is reported, as the throw reaches no handler`, () => {
        expect(lint(`${SETUP}\n${template.replace('HANDLE', 'throw err;')}`).map((m) => `${m.ruleId} ${m.messageId ?? ''}`)).toEqual(['lcic/handle-callback-error throwInIntlCallback']);
      });
    }
    it(`${form}: the same handler dropping the error is reported (the check can fail)`, () => {
      expect(lint(`${SETUP}\n${template.replace('HANDLE', 'return;')}`).map((m) => m.ruleId)).toContain('lcic/no-swallowed-error');
    });
  }
});
