/**
 * The handler analysis by code paths, asserted by behaviour: for a handler as people write it,
 * how each code's paths end (matched, passed on, logged, answered, fell through).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { onFileFacts } from '../../analysis/facts.js';
import { Fate } from '../../analysis/flow/walker.js';
import { NO_CODE } from '../../analysis/flow/worlds.js';
import { lintWith } from '../helpers/lint.js';
import { SDK } from '../helpers/sdk-snippets.js';

const FATE_NAMES: [number, string][] = [
  [Fate.Matched, 'matched'],
  [Fate.PassedOn, 'passed on'],
  [Fate.Logged, 'logged'],
  [Fate.Answered, 'answered'],
  [Fate.FellThrough, 'fell through'],
];

/** The handlers of the snippet, each as `{ code: fates }` for the codes asked about. */
function fates(code: string, codes: readonly string[]): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const probe: TSESLint.RuleModule<'x'> = {
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      return onFileFacts(context, (facts) => {
        for (const group of facts.groups) {
          const flow = facts.failureFlow(group);
          if (!flow) throw new Error('the flow could not be followed');
          found.push(
            Object.fromEntries(
              codes.map((c) => {
                const bits = flow.fates(flow.worlds.indexOf(c) ?? -1);
                return [c, FATE_NAMES.filter(([bit]) => bits & bit).map(([, name]) => name).join(' + ')];
              }),
            ),
          );
        }
      });
    },
  };
  const messages = lintWith(probe, SDK + code);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return found;
}

/** One catch clause around DescribeRoom (ResourceNotFound.Room, InternalError, FailedOperation). */
const inCatch = (body: string, param = 'e: any') => `export async function f() {\n  try { await client.DescribeRoom({ RoomId: 1 }); } catch (${param}) {\n${body}\n  }\n}`;
const CODES = ['ResourceNotFound.Room', 'InternalError', 'FailedOperation'];

describe('how each code leaves a handler', () => {
  it("a throw in another code's branch is that code's, not a default for the rest", () => {
    expect(fates(inCatch("if (e.code === 'ResourceNotFound.Room') return null;\nif (e.code === 'InternalError') throw e;"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'matched', FailedOperation: 'fell through' },
    ]);
    // Its neighbour: a rethrow after the dispatch is a default for every code.
    expect(fates(inCatch("if (e.code === 'ResourceNotFound.Room') return null;\nthrow e;"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'passed on', FailedOperation: 'passed on' },
    ]);
  });

  it("takes the catch around a wrapper's call of the function it is given as the handler of that function's calls", () => {
    const wrapper = (handler: string) =>
      `type Route = (id: number) => Promise<unknown>;\nconst withErrors = (route: Route) => async (id: number) => {\n  try {\n    return await route(id);\n  } catch (e: any) {\n${handler}\n  }\n};\nexport const show = withErrors(async (id) => {\n  await client.DescribeRoom({ RoomId: id });\n});`;
    expect(fates(wrapper("    if (e.code === 'ResourceNotFound.Room') return null;\n    return { ok: false };"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'answered', FailedOperation: 'answered' },
    ]);
    expect(fates(wrapper('    throw e;'), CODES)).toEqual([{ 'ResourceNotFound.Room': 'passed on', InternalError: 'passed on', FailedOperation: 'passed on' }]);
    // A function the wrapper never calls (only stores) hands it no failure: nothing handles the call here.
    expect(fates('const routes: unknown[] = [];\nconst register = (route: () => Promise<unknown>) => { routes.push(route); };\nregister(async () => {\n  await client.DescribeRoom({ RoomId: 1 });\n});', CODES)).toEqual([]);
  });

  it("decides a status looked up in a table of codes by the table's values; the fallback status branches for no code", () => {
    const TABLE = "const STATUS: Record<string, number> = { 'ResourceNotFound.Room': 404, InternalError: 503 };\nconst statusOf = (e: { code?: string }) => (e.code && STATUS[e.code]) || 500;\n";
    expect(fates(TABLE + inCatch('if (statusOf(e) === 404) return null;\nthrow e;'), CODES)).toEqual([{ 'ResourceNotFound.Room': 'matched', InternalError: 'passed on', FailedOperation: 'passed on' }]);
    expect(fates(TABLE + inCatch('if (statusOf(e) === 500) return null;\nthrow e;'), CODES)).toEqual([{ 'ResourceNotFound.Room': 'passed on', InternalError: 'passed on', FailedOperation: 'answered' }]);
    // A value the table does not hold as a literal cannot be compared: both ways stay open.
    expect(fates("const STATUS: Record<string, number> = { 'ResourceNotFound.Room': Number('404') };\n" + inCatch("if ((STATUS[e.code] ?? 500) === 404) return null;\nthrow e;"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'passed on + answered', InternalError: 'passed on', FailedOperation: 'passed on' },
    ]);
  });

  it('each branch of a returned ?: is a way out of its own', () => {
    const arrow = (body: string) => `client.DescribeRoom({ RoomId: 1 }).catch((e) => ${body});`;
    expect(fates(arrow("(e.code === 'ResourceNotFound.Room' ? null : Promise.reject(e))"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'passed on', FailedOperation: 'passed on' },
    ]);
    // Its neighbour: both branches answer, so the codes not picked out are answered as a success.
    expect(fates(arrow("(e.code === 'ResourceNotFound.Room' ? null : [])"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'answered', FailedOperation: 'answered' },
    ]);
  });

  it('an empty else or default handles nothing', () => {
    expect(fates(inCatch("switch (e.code) { case 'InternalError': throw e; default: }"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'fell through', InternalError: 'matched', FailedOperation: 'fell through' },
    ]);
    expect(fates(inCatch("if (e.code === 'InternalError') { throw e; } else {}"), CODES)[0]?.FailedOperation).toBe('fell through');
    expect(fates(inCatch("switch (e.code) { case 'InternalError': break; default: throw e; }"), CODES)[0]?.FailedOperation).toBe('passed on');
  });

  it('a default that returns a value answers the failure as a success', () => {
    expect(fates(inCatch("switch (e.code) { case 'InternalError': throw e; default: return []; }"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'answered', InternalError: 'matched', FailedOperation: 'answered' },
    ]);
    // `return undefined` answers nothing: it is the same as falling off the end.
    expect(fates(inCatch("if (e.code === 'InternalError') throw e;\nreturn undefined;"), CODES)[0]?.FailedOperation).toBe('fell through');
  });

  it("reads RxJS's catchError and subscribe's error callback as handlers: of(...) answers, throwError(...) passes on", () => {
    const RX = "import { defer, from, of, throwError, EMPTY } from 'rxjs';\nimport { catchError } from 'rxjs/operators';\n";
    const piped = (handler: string) => `${RX}export const room$ = from(client.DescribeRoom({ RoomId: 1 })).pipe(catchError(${handler}));`;
    expect(fates(piped("(err) => (err.code === 'ResourceNotFound.Room' ? of(null) : throwError(() => err))"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'passed on', FailedOperation: 'passed on' },
    ]);
    expect(fates(piped("(err) => (err.code === 'ResourceNotFound.Room' ? of(null) : EMPTY)"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'answered', FailedOperation: 'answered' },
    ]);
    // A new error from a factory, in a block: still a rejection, not an answer.
    expect(fates(piped("(err) => { return throwError(() => new Error('lookup failed', { cause: err })); }"), CODES)[0]?.InternalError).toBe('passed on');
    expect(fates(`${RX}defer(() => client.DescribeRoom({ RoomId: 1 })).subscribe({ next: () => undefined, error: (err) => console.error('lookup failed', err) });`, CODES)).toEqual([
      { 'ResourceNotFound.Room': 'passed on', InternalError: 'passed on', FailedOperation: 'passed on' },
    ]);
    // `from` of another package is not RxJS's: nothing is read there.
    expect(fates("import { from } from 'ix';\nexport const x = from(client.DescribeRoom({ RoomId: 1 })).pipe((err: any) => null);", CODES)).toEqual([]);
  });

  it('understands guards that rethrow everything but some codes', () => {
    expect(fates(inCatch("if (e.code !== 'ResourceNotFound.Room' && e.code !== 'InternalError') throw e;\nreturn null;"), CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'matched', FailedOperation: 'passed on' },
    ]);
    expect(fates(inCatch("if (!['ResourceNotFound.Room'].includes(e.code)) throw e;\nreturn null;"), CODES)[0]).toEqual({
      'ResourceNotFound.Room': 'matched',
      InternalError: 'passed on',
      FailedOperation: 'passed on',
    });
  });

  it('credits tests in a nested handler to the nested call, not the outer one', () => {
    const result = fates(inCatch("await client.EndRoom({ RoomId: 1 }).catch((inner) => { if (inner.code === 'FailedOperation') return; throw inner; });\nthrow e;"), CODES);
    // The outer catch (listed first: handlers come in source order) rethrows everything; it matched nothing.
    expect(result[0]).toEqual({ 'ResourceNotFound.Room': 'passed on', InternalError: 'passed on', FailedOperation: 'passed on' });
    expect(result[1]?.FailedOperation).toBe('matched');
  });

  it('reads a message table by its keys, and a handler that always rethrows with the cause as passing everything on', () => {
    const body = "const MESSAGES: Record<string, string> = { 'ResourceNotFound.Room': 'No such room', unknown: 'Try again' };\nthrow new Error(MESSAGES[e.code] ?? MESSAGES.unknown, { cause: e });";
    expect(fates(inCatch(body), CODES)).toEqual([{ 'ResourceNotFound.Room': 'passed on', InternalError: 'passed on', FailedOperation: 'passed on' }]);
    // Used as a condition, the table picks out its keys.
    expect(fates(inCatch("const MESSAGES: Record<string, string> = { InternalError: 'later' };\nif (MESSAGES[e.code]) return MESSAGES[e.code];\nthrow e;"), CODES)[0]?.InternalError).toBe('matched');
  });

  it('tells a log of the whole error from a log of its message', () => {
    expect(fates(inCatch('console.error(e.message);'), ['InternalError'])).toEqual([{ InternalError: 'logged' }]);
    expect(fates(inCatch('console.error(`describe failed: ${e}`);'), ['InternalError'])).toEqual([{ InternalError: 'passed on' }]);
    expect(fates(inCatch("console.error('describe failed', e);\nreturn null;"), ['InternalError'])).toEqual([{ InternalError: 'passed on' }]);
  });

  it('reads a guard written with early returns as the ?: chain it is, and a function typed never as one that does not return', () => {
    const guard = 'function isDrop(err: any): boolean {\n  if (err.code === "ResourceNotFound.Room") return true;\n  if (err.code === "InternalError") { return err.retries > 3; }\n  return false;\n}';
    expect(fates(`${guard}\n${inCatch('if (isDrop(e)) return;\nthrow e;')}`, CODES)).toEqual([
      { 'ResourceNotFound.Room': 'matched', InternalError: 'matched', FailedOperation: 'passed on' },
    ]);
    // A dispatch on a value this walk cannot know (`classify(err)`): every path of `fail` throws or is one TypeScript rules out.
    const fail = 'function classify(err: any): "retry" | "fail" {\n  switch (err.code) {\n    case "InternalError": return "retry";\n    default: return "fail";\n  }\n}\nfunction fail(err: any): never {\n  switch (classify(err)) {\n    case "retry": throw new Error("retry", { cause: err });\n    case "fail": throw new Error("fail", { cause: err });\n  }\n}';
    expect(fates(`${fail}\n${inCatch('fail(e);')}`, CODES)).toEqual([{ 'ResourceNotFound.Room': 'passed on', InternalError: 'matched', FailedOperation: 'passed on' }]);
  });

  it('follows local handler and guard functions, with their parameters standing for the error', () => {
    const helpers = [
      'function isMissing(error: any) { return error.code === "ResourceNotFound.Room"; }',
      'function rethrowUnlessRetryable(error: any) { if (error.code !== "InternalError") throw error; }',
    ].join('\n');
    const result = fates(`${helpers}\n${inCatch('if (isMissing(e)) return null;\nrethrowUnlessRetryable(e);\nreturn undefined;')}`, CODES);
    expect(result).toEqual([{ 'ResourceNotFound.Room': 'matched', InternalError: 'matched', FailedOperation: 'passed on' }]);
  });

  it('follows the code through aliases, destructuring and a destructured parameter', () => {
    expect(fates(inCatch("const { code } = e ?? {};\nconst family = code.split('.')[0];\nif (family === 'ResourceNotFound') return null;\nthrow e;"), CODES)[0]).toEqual({
      'ResourceNotFound.Room': 'matched',
      InternalError: 'passed on',
      FailedOperation: 'passed on',
    });
    expect(fates("client.DescribeRoom({ RoomId: 1 }).catch(({ code }) => { if (code === 'InternalError') return 1; });", CODES)[0]).toEqual({
      'ResourceNotFound.Room': 'fell through',
      InternalError: 'matched',
      FailedOperation: 'fell through',
    });
  });

  it('gives failures without a code their own branch when the handler has one', () => {
    expect(fates(inCatch("if (!e.code) throw e;\nif (e.code === 'InternalError') return null;"), [NO_CODE, 'InternalError'])).toEqual([{ [NO_CODE]: 'matched', InternalError: 'matched' }]);
    expect(fates(inCatch("if (e.code === 'InternalError') return null;"), [NO_CODE])).toEqual([{ [NO_CODE]: 'fell through' }]);
  });

  it('follows a callback only where the call failed: a missing response with the error passed on is a complete check', () => {
    const code = 'declare function done(...a: unknown[]): void;\nclient.DescribeRoom({ RoomId: 1 }, (err, res) => { if (!res) return done(err); done(null, res.Name); }).catch(() => undefined);';
    expect(fates(code, ['InternalError'])).toEqual([{ InternalError: 'passed on' }]);
  });
});
