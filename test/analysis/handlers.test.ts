import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyzeHandler, isCovered, uncoveredCodes, type CodeTest } from '../../analysis/covered-codes.js';
import { findErrorHandlers } from '../../analysis/error-handlers.js';
import { getLcicCallFinder } from '../../analysis/find-lcic-calls.js';
import { lintWith } from '../helpers/lint.js';

/** Reports, for every LCIC call, each handler found and what the analysis reads from it. */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', messages: { handler: '{{description}}' }, schema: [] },
  create(context) {
    const finder = getLcicCallFinder(context);
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const call = finder.classify(node);
        if (!call) return;
        for (const handler of findErrorHandlers(call, context.sourceCode)) {
          const a = analyzeHandler(handler, context.sourceCode, finder.resolver);
          const tests = a.tests.map((t) => `${t.match === 'exact' ? '' : `${t.match}:`}${t.code}${t.viaEnum ? '(enum)' : ''}`).join(',');
          const where = a.dispatch ? `${a.dispatch.kind}@${a.dispatch.anchor.loc.start.line}:${a.dispatch.anchor.loc.start.column + 1}` : 'none';
          const description = `${call.action} ${handler.kind} [${tests}] dispatch=${where} default=${a.hasDefault} nocode=${a.handlesMissingCode} err=${a.errorName ?? '-'} code=${a.codeText ?? '-'}`;
          context.report({ node: handler.node, messageId: 'handler', data: { description } });
        }
      },
    };
  },
});

const header = [
  "import * as tc from 'tencentcloud-sdk-nodejs';",
  "import { LcicErrorCode } from 'eslint-plugin-lcic/codes';",
  'const client = new tc.lcic.v20220817.Client({});',
  'declare function log(...args: unknown[]): void;',
].join('\n');

function handlers(body: string): string[] {
  const messages = lintWith(probe, `${header}\n${body}`);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((m) => m.message);
}

describe('findErrorHandlers', () => {
  it('finds the catch of an awaited call, also inside Promise.all and for-await', () => {
    expect(
      handlers(`export async function f() {
  try { await client.DescribeRoom({ RoomId: 1 }); } catch (e) { log(e); }
  try { await Promise.all([client.StartRoom({ RoomId: 1 })]); } catch (e) { log(e); }
}`),
    ).toEqual([
      'DescribeRoom catch-clause [] dispatch=none default=false nocode=false err=e code=-',
      'StartRoom catch-clause [] dispatch=none default=false nocode=false err=e code=-',
    ]);
  });

  it('ignores a try whose call is returned without await, or sits in a nested function', () => {
    expect(
      handlers(`export async function f() {
  try { return client.DescribeRoom({ RoomId: 1 }); } catch (e) { log(e); }
  try { setTimeout(async () => { await client.EndRoom({ RoomId: 1 }); }); } catch (e) { log(e); }
}`),
    ).toEqual([]);
  });

  it('finds .catch, .then(ok, onRejected) through a chain, named handlers, and callbacks', () => {
    expect(
      handlers(`function onFailure(err: unknown) { log(err); }
client.DescribeRoom({ RoomId: 1 }).then(() => 1).finally(() => 2).catch((err) => log(err));
client.EndRoom({ RoomId: 1 }).then(() => 1, onFailure);
client.StartRoom({ RoomId: 1 }, (error, res) => { log(error, res); });`),
    ).toEqual([
      // Sorted by where the handler is: onFailure is declared first.
      'EndRoom then-rejected [] dispatch=none default=false nocode=false err=err code=-',
      'DescribeRoom catch-method [] dispatch=none default=false nocode=false err=err code=-',
      'StartRoom callback [] dispatch=none default=false nocode=false err=error code=-',
    ]);
  });
});

describe('analyzeHandler', () => {
  const inCatch = (catchBody: string, param = 'e') =>
    handlers(`export async function f() {\n  try { await client.CreateRoom({} as never); } catch (${param}) {\n${catchBody}\n  }\n}`)[0];

  it('reads a switch on err.code, with and without default', () => {
    expect(inCatch(`switch ((e as { code?: string }).code) { case 'InternalError': break; case LcicErrorCode.ResourceNotFound_Room: break; }`)).toBe(
      "CreateRoom catch-clause [InternalError,ResourceNotFound.Room(enum)] dispatch=switch@7:9 default=false nocode=false err=e code=(e as { code?: string }).code",
    );
    expect(inCatch(`switch (e.code) { case 'InternalError': break; default: throw e; }`)).toMatch(/dispatch=switch@7:9 default=true /);
  });

  it('reads if/else-if chains through aliases, in either order, with a final else as default', () => {
    expect(inCatch(`const { code } = e;\n    if (code === 'InternalError') {} else if ('FailedOperation' == code || code === 'MissingParameter') {}`)).toBe(
      'CreateRoom catch-clause [InternalError,FailedOperation,MissingParameter] dispatch=if@8:9 default=false nocode=false err=e code=code',
    );
    expect(inCatch(`const c = e.code;\n    if (log(1), false) {} else if (c === 'InternalError') {} else { log('other'); }`)).toMatch(/default=true/);
    expect(inCatch(`if (e.code === 'InternalError') {}\n    if (e.code === 'FailedOperation') {}`)).toMatch(/default=false/);
  });

  it('reads prefixes, families, collections and lookups', () => {
    const body = [
      "const RETRY = new Set(['InternalError', LcicErrorCode.RequestLimitExceeded]);",
      "const NOT_FOUND = ['ResourceNotFound.Room', 'ResourceNotFound.User'] as const;",
      "const MESSAGES = { 'InvalidParameter.StartTime': 'start', 'InvalidParameter.EndTime': 'end' };",
      'const family = e.code.split(".")[0];',
      "if (e.code.startsWith('AuthFailure')) {}",
      "else if (family === 'LimitExceeded') {}",
      'else if (RETRY.has(e.code)) {}',
      'else if (NOT_FOUND.includes(e.code)) {}',
      'else if (e.code in MESSAGES) {}',
    ].join('\n    ');
    expect(inCatch(body)).toBe(
      'CreateRoom catch-clause [prefix:AuthFailure,family:LimitExceeded,InternalError,RequestLimitExceeded(enum),ResourceNotFound.Room,ResourceNotFound.User,InvalidParameter.StartTime,InvalidParameter.EndTime] dispatch=if@11:9 default=false nocode=false err=e code=e.code',
    );
  });

  it('reads the keys of a look-up table, quoted or not', () => {
    const body = [
      "const MESSAGES = { InternalError: 'later', 'ResourceNotFound.Room': 'gone', ['FailedOperation']: 'failed' };",
      'const message = MESSAGES[e.code as keyof typeof MESSAGES];',
    ].join('\n    ');
    expect(inCatch(body)).toMatch(/^CreateRoom catch-clause \[InternalError,ResourceNotFound\.Room,FailedOperation\] dispatch=lookup@8:21 /);
  });

  it('counts code after the dispatch that rethrows, returns or passes on the error as a default', () => {
    expect(inCatch(`if (e.code === 'InternalError') { return null; }\n    throw e;`)).toMatch(/default=true/);
    expect(inCatch(`if (e.code === 'InternalError') { return null; }\n    log('failed', e);`)).toMatch(/default=true/);
    expect(inCatch(`if (e.code === 'InternalError') { return null; }\n    return e;`)).toMatch(/default=true/);
    expect(inCatch(`if (e.code === 'InternalError') { throw e; }\n    log('failed');`)).toMatch(/default=false/);
    expect(inCatch(`if (e.code !== 'InternalError') throw e;\n    log('retry');`)).toMatch(/default=true/);
    expect(inCatch(`if (e instanceof Error) { switch (e.code) { case 'InternalError': break; } }\n    throw e;`, 'e: any')).toMatch(/default=true/);
  });

  it('notices branches for failures without a code', () => {
    expect(inCatch(`if (!e.code) throw e;\n    switch (e.code) { case 'InternalError': break; }`)).toMatch(/nocode=true/);
    expect(inCatch(`if (e.httpCode) return;\n    if (e.code === 'InternalError') {}`)).toMatch(/nocode=true/);
    expect(inCatch(`if (e.code === undefined) return;`)).toMatch(/nocode=true .*dispatch=none|dispatch=none .*nocode=true/);
  });

  it('reads a destructured parameter and Response.Error.Code', () => {
    expect(
      handlers(`client.DescribeRoom({ RoomId: 1 }).catch(({ code }) => { if (code === 'InternalError') return 1; });
client.EndRoom({ RoomId: 1 }, (err: any, data: any) => { if (data?.Response?.Error?.Code === 'FailedOperation') {} });`),
    ).toEqual([
      'DescribeRoom catch-method [InternalError] dispatch=if@5:62 default=false nocode=false err=- code=code',
      'EndRoom callback [FailedOperation] dispatch=if@6:62 default=false nocode=false err=err code=data?.Response?.Error?.Code',
    ]);
  });

  it('ignores comparisons of other values', () => {
    expect(inCatch(`if (e.message === 'InternalError') {}\n    const other = { code: 'x' };\n    if (other.code === 'InternalError') {}`)).toMatch(/\[\] dispatch=none/);
  });
});

describe('isCovered and uncoveredCodes', () => {
  const test = (code: string, match: CodeTest['match']): CodeTest => ({ code, match, node: undefined as never, viaEnum: false });

  it('matches exactly, by prefix and by family', () => {
    expect(isCovered('ResourceNotFound.Room', [test('ResourceNotFound.Room', 'exact')])).toBe(true);
    expect(isCovered('ResourceNotFound.Room', [test('ResourceNotFound', 'exact')])).toBe(false);
    expect(isCovered('ResourceNotFound.Room', [test('ResourceNotFound', 'family')])).toBe(true);
    expect(isCovered('ResourceNotFoundX', [test('ResourceNotFound', 'family')])).toBe(false);
    expect(isCovered('InvalidParameterValue', [test('InvalidParameter', 'prefix')])).toBe(true);
  });

  it('keeps the order of the required codes', () => {
    expect(uncoveredCodes(['A', 'B.C', 'D'], [test('B', 'family')])).toEqual(['A', 'D']);
  });
});
