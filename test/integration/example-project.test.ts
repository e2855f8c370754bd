/**
 * The example project, type-checked with its own tsconfig and linted as a user would lint it:
 * through ESLint's API and CLI, with the project's own eslint.config.js loading the built plugin by
 * its package name.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const cwd = join(process.cwd(), 'examples/classroom-service');

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string | null;
  message: string;
}

function findings(results: ESLint.LintResult[]): Finding[] {
  return results.flatMap((result) =>
    result.messages.map((m) => ({ file: result.filePath.replace(/^.*classroom-service\//, ''), line: m.line, column: m.column, ruleId: m.ruleId, message: m.message })),
  );
}

function eslintCli(...args: string[]): Finding[] {
  let output: string;
  try {
    output = execFileSync(join(process.cwd(), 'node_modules/.bin/eslint'), ['--format', 'json', ...args, 'src'], { cwd, encoding: 'utf8' });
  } catch (error) {
    // Exit code 1 means "found problems", which the example is meant to have.
    const failed = error as { status: number; stdout: string; stderr: string };
    if (failed.status !== 1) throw new Error(`eslint exited ${failed.status}: ${failed.stderr}`);
    output = failed.stdout;
  }
  return findings(JSON.parse(output) as ESLint.LintResult[]);
}

describe('examples/classroom-service', () => {
  let found: Finding[] = [];
  const cache = join(mkdtempSync(join(tmpdir(), 'lcic-cache-')), 'eslintcache');

  beforeAll(async () => {
    // Through the API, as `npm run example` lints; it also fills the cache the CLI then reads.
    found = findings(await new ESLint({ cwd, cache: true, cacheLocation: cache }).lintFiles(['src']));
  }, 60_000); // a type-aware lint of the whole project: seconds, more on a busy machine

  it('gets findings from every rule', () => {
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(Object.keys(plugin.rules).map((name) => `lcic/${name}`)));
    expect(found.filter((f) => f.message.startsWith('Parsing error'))).toEqual([]);
  });

  it('reports the careless handlers and leaves the careful ones alone', () => {
    const at = (file: string) => found.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(at('src/scheduling.ts')).toEqual([
      '28:13 lcic/exhaustive-error-codes',
      '30:15 lcic/preserve-request-id',
      '31:12 lcic/no-unknown-error-code',
      '32:15 lcic/preserve-request-id',
      '62:14 lcic/no-swallowed-error',
    ]);
    expect(at('src/attendance.ts')).toEqual([
      '5:3 lcic/handle-callback-error',
      '5:76 lcic/handle-callback-error',
      '14:5 lcic/no-swallowed-error',
      '23:13 lcic/preserve-request-id',
    ]);
    expect(at('src/recordings.ts')).toEqual(['11:47 lcic/valid-action', '23:24 lcic/no-unknown-error-code']);
    // Through the signing helper of sign.ts: the action its caller names, the body it returns.
    expect(at('src/raw-api.ts')).toEqual(['5:31 lcic/valid-action', '6:11 lcic/check-response-error']);
    expect(at('src/sign.ts')).toEqual([]);
    expect(at('src/students.ts')).toEqual(['12:11 lcic/exhaustive-error-codes', '26:11 lcic/handle-callback-error']);
  });

  it('finds the call on a client passed in as a parameter annotated with its type', () => {
    expect(found.filter((f) => f.file === 'src/rooms.ts').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "18:24 DescribeRoom never returns 'ResourceNotFound.User', so this branch never runs.",
      '19:12 Failures of DescribeRoom that no branch handles end here as null: the error and its RequestId are lost.',
    ]);
  });

  it('finds the same without type information: the recommended config follows the client, helper and types across modules', async () => {
    const untyped = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['src/**/*.ts'], languageOptions: { parser: tseslint.parser } }, plugin.configs.recommended as Linter.Config],
    });
    expect(findings(await untyped.lintFiles(['src']))).toEqual(found);
  }, 60_000);

  it('gives the same findings from the ESLint CLI, from its cache and with two worker threads (--concurrency 2)', () => {
    expect(eslintCli('--cache', '--cache-location', cache)).toEqual(found);
    // Worker threads load the plugin and its config anew. (`--concurrency auto` is no different
    // here: on a 2-core machine it starts no worker.)
    expect(eslintCli('--concurrency', '2')).toEqual(found);
  }, 180_000); // one run from the cache, and two type-aware ESLint workers

  it('type-checks with its own tsconfig, as its users would compile it', () => {
    let output = '';
    try {
      execFileSync(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', '.', '--noEmit'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output).toBe('');
  }, 60_000);
});
