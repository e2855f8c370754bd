/**
 * The package as users get it: `npm pack`, installed into a scratch project that has only eslint,
 * typescript-eslint, typescript and the SDK, linted with the flat config the README tells users to
 * copy; `eslint-plugin-lcic/codes` imported from ESM and required from CommonJS, with types.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The first ```js block of the README that starts with `// eslint.config.js`. */
function readmeConfig(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = /```js\n(\/\/ eslint\.config\.js\n[\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README has no eslint.config.js block');
  return match[1];
}

const SAMPLE = `import * as tencentcloud from 'tencentcloud-sdk-nodejs';

const client = new tencentcloud.lcic.v20220817.Client({ credential: {} });

export async function book(request: object): Promise<unknown> {
  try {
    return await client.CreateRoom(request as never);
  } catch (err: any) {
    switch (err.code) {
      case 'FailedOperation.ClassTooLng':
        return null;
    }
    return undefined;
  }
}
`;

describe('the packed package', () => {
  let tarball = '';
  let project = '';

  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'lcic-pack-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root)) as { filename: string; files: { path: string }[] }[];
    tarball = join(packDir, packed[0]?.filename ?? '');
    project = mkdtempSync(join(tmpdir(), 'lcic-user-'));
    writeFileSync(join(project, 'package.json'), '{ "name": "lcic-user", "private": true, "type": "module" }\n');
    const peers = ['eslint', 'typescript-eslint', 'typescript', 'tencentcloud-sdk-nodejs'].map((name) => `${name}@${installedVersion(name)}`);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...peers], project);
  }, 300_000);

  it('holds the built package and nothing else: no tests, fixtures, sources or build tools', () => {
    const files = run('tar', ['tzf', tarball], root).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/codes/index.js', 'dist/cjs/codes/index.js', 'dist/cli/bin.js']));
    const unwanted = files.filter((f) => /(^|\/)(test|fixtures|scripts|bench|examples|build)\/|\.test\.|\.map$|(?<!\.d)\.ts$|\.ya?ml$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('passes publint and arethetypeswrong (the plugin entry is ESM-only by design)', () => {
    expect(run(join(root, 'node_modules/.bin/publint'), [tarball], root)).toMatch(/All good/);
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--entrypoints', './codes'], root);
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--entrypoints', '.', '--ignore-rules', 'cjs-resolves-to-esm'], root);
  }, 120_000);

  it("lints a sample with the README's flat config and reports what is wrong", () => {
    writeFileSync(join(project, 'eslint.config.js'), readmeConfig());
    writeFileSync(join(project, 'sample.ts'), SAMPLE);
    let output = '';
    try {
      output = run(join(project, 'node_modules/.bin/eslint'), ['--format', 'json', 'sample.ts'], project);
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      if (failed.status !== 1) throw new Error(`eslint exited ${failed.status}: ${failed.stderr}`);
      output = failed.stdout;
    }
    const [result] = JSON.parse(output) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    expect(result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['9:13 lcic/exhaustive-error-codes', '10:12 lcic/no-unknown-error-code']);
    expect(result?.messages[1]?.message).toContain("Did you mean 'FailedOperation.ClassTooLong'?");
  });

  it('imports eslint-plugin-lcic/codes from ESM and requires it from CommonJS', () => {
    const esm = run(process.execPath, ['--input-type=module', '-e', "import { lookupCode, LcicErrorCode } from 'eslint-plugin-lcic/codes'; console.log(lookupCode(LcicErrorCode.ResourceNotFound_Room)?.summary);"], project);
    const cjs = run(process.execPath, ['-e', "const { isRetryable, codesFor } = require('eslint-plugin-lcic/codes'); console.log(isRetryable('RequestLimitExceeded'), codesFor('DescribeRoom').length);"], project);
    expect(esm.trim()).toBe('No such room.');
    expect(cjs.trim()).toBe('true 3');
  });

  it('resolves the types from ESM and from CommonJS', () => {
    writeFileSync(
      join(project, 'check.mts'),
      "import { codesFor, type ErrorCodeOf } from 'eslint-plugin-lcic/codes';\nconst ok: ErrorCodeOf<'DescribeRoom'> = 'ResourceNotFound.Room';\n// @ts-expect-error DescribeRoom never returns this code\nconst wrong: ErrorCodeOf<'DescribeRoom'> = 'FailedOperation.ClassTooLong';\nexport const all: readonly string[] = codesFor('CreateRoom');\nexport { ok, wrong };\n",
    );
    writeFileSync(
      join(project, 'check.cts'),
      "import codes = require('eslint-plugin-lcic/codes');\nconst retry: boolean = codes.isRetryable('InternalError');\n// @ts-expect-error not an action\ncodes.codesFor('CreateRooms');\nexport = retry;\n",
    );
    run(join(project, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'check.mts', 'check.cts'], project);
  });
});
