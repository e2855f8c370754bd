/**
 * A multi-module service written the way real integrations are (test/fixtures/service, with its
 * own EXPECTED.md): a client module, a signing helper, a wrapper class, an index, a tsconfig paths
 * alias, `.js` specifiers and a CommonJS file. Linted without and with type information, through
 * ESLint's API and its CLI (with --cache and --concurrency), the findings are the planted problems
 * and nothing in the look-alikes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const cwd = join(process.cwd(), 'test/fixtures/service');

/** The planted problems of EXPECTED.md, as `file:line:column rule`. */
const PLANTED = [
  'src/jobs/cleanup.ts:36:9 lcic/check-response-error',
  'src/legacy/report.cjs:17:13 lcic/exhaustive-error-codes',
  'src/recordings.ts:30:11 lcic/preserve-request-id',
  'src/recordings.ts:63:12 lcic/no-unknown-error-code',
  'src/reports.ts:54:52 lcic/valid-action',
  'src/rooms.ts:93:16 lcic/no-swallowed-error',
  'src/rooms.ts:103:41 lcic/no-unknown-error-code',
  'src/schedule.ts:85:40 lcic/preserve-request-id',
  'src/schedule.ts:95:47 lcic/no-swallowed-error',
  'src/statistics.ts:33:12 lcic/no-swallowed-error',
  'src/statistics.ts:43:53 lcic/no-unknown-error-code',
  'src/users.ts:33:10 lcic/check-response-error',
  'src/users.ts:55:5 lcic/handle-callback-error',
  'src/users.ts:56:21 lcic/handle-callback-error',
  'src/users.ts:72:41 lcic/no-unknown-error-code',
];

const where = (results: ESLint.LintResult[]) =>
  results.flatMap((result) => result.messages.map((m) => `${result.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? m.message}`));

async function lintService(typed: boolean): Promise<string[]> {
  const config = typed ? plugin.configs['recommended-type-checked'] : plugin.configs.recommended;
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.ts', 'src/**/*.cjs'],
        ...config,
        languageOptions: { parser: tseslint.parser, ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: cwd } } : {}) },
      } as Linter.Config,
    ],
  });
  return where(await eslint.lintFiles(['src']));
}

describe('a multi-module service', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'lcic-service-cache-'));
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('without type information, reports every planted problem across modules and nothing else', async () => {
    expect(await lintService(false)).toEqual(PLANTED);
  });

  it('with type information, reports the same', async () => {
    expect(await lintService(true)).toEqual(PLANTED);
  }, 60_000);

  it("gives the same findings from the ESLint CLI and the project's config, with --concurrency auto and with --cache (cold and warm)", () => {
    const cli = (...args: string[]) => {
      try {
        return execFileSync(join(process.cwd(), 'node_modules/.bin/eslint'), ['--format', 'json', ...args, 'src'], { cwd, encoding: 'utf8' });
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        if (failed.status !== 1) throw new Error(`eslint exited ${failed.status}: ${failed.stderr}`);
        return failed.stdout;
      }
    };
    const findings = (output: string) => where(JSON.parse(output) as ESLint.LintResult[]);
    expect(findings(cli())).toEqual(PLANTED);
    expect(findings(cli('--concurrency', 'auto'))).toEqual(PLANTED);
    const cache = join(cacheDir, 'eslintcache');
    expect(findings(cli('--cache', '--cache-location', cache))).toEqual(PLANTED);
    expect(findings(cli('--cache', '--cache-location', cache))).toEqual(PLANTED);
  }, 120_000);
});
