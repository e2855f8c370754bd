/**
 * The package as a newcomer gets it: `npm pack`, then a fresh `npm init -y` project (CommonJS, as
 * npm now writes it) where the README's install line is run, with the tarball in place of the
 * registry's eslint-plugin-lcic. Each of the README's config snippets is pasted as it stands into
 * the file its first line names, and a small service is linted with it. `eslint-plugin-lcic/codes`
 * is imported from ESM and required from CommonJS, with types.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const README = readFileSync(join(root, 'README.md'), 'utf8');

interface Snippet {
  /** The snippet's first line without `// `, e.g. `eslint.config.mjs, with type information`. */
  readonly title: string;
  /** The file the first line names. */
  readonly file: string;
  readonly source: string;
}

/** The README's config snippets: each ```js block whose first line is `// eslint.config.<ext>`. */
function readmeSnippets(): Snippet[] {
  return [...README.matchAll(/```js\n\/\/ ((eslint\.config\.[cm]?js)\b[^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
    title: m[1] ?? '',
    file: m[2] ?? '',
    source: `// ${m[1] ?? ''}\n${m[3] ?? ''}`,
  }));
}

/** The package specs of the README's `npm install --save-dev ...` line. */
function readmeInstallLine(): string[] {
  const line = /^npm install --save-dev (.+)$/m.exec(README)?.[1];
  if (!line) throw new Error('README.md has no `npm install --save-dev` line');
  return line.trim().split(/\s+/);
}

const packageName = (spec: string) => /^(@?[^@]+)/.exec(spec)?.[1] ?? spec;

/**
 * The spec to install here for a README spec: the tarball for this package, and for the others the
 * version this repository tests with, which must satisfy the README's range (`~X.Y` or none).
 */
function localSpec(spec: string, tarball: string): string {
  const name = packageName(spec);
  if (name === 'eslint-plugin-lcic') return tarball;
  const version = installedVersion(name);
  const range = spec.slice(name.length + 1);
  if (range === '') return `${name}@${version}`;
  const tilde = /^~(\d+)\.(\d+)$/.exec(range);
  if (!tilde) throw new Error(`README.md installs ${spec}: this test understands only ~X.Y ranges`);
  expect(version.startsWith(`${tilde[1] ?? ''}.${tilde[2] ?? ''}.`), `${name} ${version} satisfies ${range}`).toBe(true);
  return `${name}@${version}`;
}

/** The packages a snippet imports or requires. */
const importsOf = (source: string) => [...source.matchAll(/(?:from |require\()'([^']+)'/g)].map((m) => packageName(m[1] ?? ''));

// The service the snippets lint, in several modules as real services are. client.ts makes the
// client (it imports the SDK's LCIC module alone: the whole SDK's types would cost the type-checked
// run seconds); booking.ts, rooms.ts and gateway.ts use it from there.
const CLIENT = `import { lcic } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/index.js';

export const client = new lcic.v20220817.Client({ credential: {} });
export type LcicClient = InstanceType<typeof lcic.v20220817.Client>;
`;
// booking.ts: the client imported from client.ts, which every config follows.
const BOOKING = `import { client } from './client.js';

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
// rooms.ts: a wrapper class whose methods have their own names, used from another function: found by every config.
const ROOMS = `import { client, type LcicClient } from './client.js';

export class Rooms {
  constructor(private readonly lcic: LcicClient) {}

  start(roomId: number) {
    return this.lcic.StartRoom({ RoomId: roomId });
  }
}

export async function open(roomId: number): Promise<boolean> {
  try {
    await new Rooms(client).start(roomId);
    return true;
  } catch (err: any) {
    if (err.code === 'ResourceNotFound.User') return false;
    throw err;
  }
}
`;
// factory.ts: a client that comes out of a function the service receives: only its type says what it is.
const FACTORY = `import type { LcicClient } from './client.js';

export async function roomStart(connect: () => LcicClient, roomId: number): Promise<number | null> {
  try {
    return (await connect().DescribeRoom({ RoomId: roomId })).StartTime ?? null;
  } catch (err: any) {
    if (err.code === 'ResourceNotFound.Rom') return null;
    throw err;
  }
}
`;
// gateway.ts: a wrapper whose client arrives untyped: found only when settings.lcic.clients names it.
const GATEWAY = `export class ClassroomGateway {
  constructor(private readonly client: any) {}

  DescribeRoom(roomId: number) {
    return this.client.DescribeRoom({ RoomId: roomId });
  }
}

export async function roomName(gateway: ClassroomGateway, roomId: number): Promise<string | null> {
  try {
    return (await gateway.DescribeRoom(roomId)).Name ?? null;
  } catch (err: any) {
    if (err.code === 'ResourceNotFound.Rom') return null;
    throw err;
  }
}
`;
const SERVICE: Record<string, string> = { 'src/client.ts': CLIENT, 'src/booking.ts': BOOKING, 'src/rooms.ts': ROOMS, 'src/factory.ts': FACTORY, 'src/gateway.ts': GATEWAY };
const TSCONFIG = '{ "compilerOptions": { "strict": true, "module": "nodenext", "skipLibCheck": true, "noEmit": true }, "include": ["src"] }\n';

/** `file line:column rule` of the first occurrence of `needle` in a service file. */
function findingAt(file: string, needle: string, rule: string): string {
  const text = SERVICE[file] ?? '';
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${file} ${before.length}:${(before.at(-1)?.length ?? 0) + 1} lcic/${rule}`;
}

/** What every config finds: calls on the client of client.ts, directly and through the wrapper class. */
const ACROSS_MODULES = [
  findingAt('src/booking.ts', 'err.code) {', 'exhaustive-error-codes'),
  findingAt('src/booking.ts', "'FailedOperation.ClassTooLng'", 'no-unknown-error-code'),
  findingAt('src/rooms.ts', "'ResourceNotFound.User'", 'no-unknown-error-code'),
];
/** What each README snippet must find in the service, by the snippet's first line. */
const EXPECTED: Record<string, string[]> = {
  'eslint.config.mjs': ACROSS_MODULES,
  'eslint.config.cjs': ACROSS_MODULES,
  'eslint.config.mjs, with type information': [...ACROSS_MODULES, findingAt('src/factory.ts', "'ResourceNotFound.Rom'", 'no-unknown-error-code')],
  'eslint.config.mjs, with settings': [...ACROSS_MODULES, findingAt('src/gateway.ts', "'ResourceNotFound.Rom'", 'no-unknown-error-code')],
};

describe('the packed package, installed as the README says', () => {
  let tarball = '';
  let project = '';
  const snippets = readmeSnippets();

  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'lcic-pack-'));
    // test/global-setup.ts has built dist/ and dist/cjs/ from the current sources; prepack would only find them up to date.
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root)) as { filename: string }[];
    tarball = join(packDir, packed[0]?.filename ?? '');
    project = mkdtempSync(join(tmpdir(), 'lcic-user-'));
    run('npm', ['init', '-y'], project);
    // The service's own dependency, the SDK, is in its package.json already; then the README's line.
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...manifest, dependencies: { 'tencentcloud-sdk-nodejs': installedVersion('tencentcloud-sdk-nodejs') } }, null, 2));
    const specs = readmeInstallLine().map((spec) => localSpec(spec, tarball));
    run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], project);
    mkdirSync(join(project, 'src'));
    for (const [file, text] of Object.entries(SERVICE)) writeFileSync(join(project, file), text);
    writeFileSync(join(project, 'tsconfig.json'), TSCONFIG);
  }, 300_000);

  it('holds the built package, its licence and nothing else: no tests, fixtures, sources or build tools', () => {
    const files = run('tar', ['tzf', tarball], root).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/codes/index.js', 'dist/cjs/codes/index.js', 'dist/cli/bin.js']));
    const unwanted = files.filter((f) => /(^|\/)(test|fixtures|scripts|bench|examples|build)\/|\.test\.|\.map$|(?<!\.d)\.ts$|\.ya?ml$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('passes publint and arethetypeswrong (the plugin entry is ESM-only by design)', () => {
    expect(run(join(root, 'node_modules/.bin/publint'), [tarball], root)).toMatch(/All good/);
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--entrypoints', './codes'], root);
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--entrypoints', '.', '--ignore-rules', 'cjs-resolves-to-esm'], root);
  }, 120_000);

  it("is a CommonJS project, and the README's install line names every package its snippets import", () => {
    expect((JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { type?: string }).type).toBe('commonjs');
    expect(snippets.map((s) => s.title).sort()).toEqual(Object.keys(EXPECTED).sort());
    const installed = readmeInstallLine().map(packageName);
    for (const snippet of snippets) expect(installed, snippet.title).toEqual(expect.arrayContaining(importsOf(snippet.source)));
  });

  it.each(Object.keys(EXPECTED))("lints the service with the README's snippet `// %s`, pasted as it is", (title) => {
    const snippet = snippets.find((s) => s.title === title);
    if (!snippet) throw new Error(`README.md has no snippet starting with // ${title}`);
    for (const other of snippets) rmSync(join(project, other.file), { force: true });
    writeFileSync(join(project, snippet.file), snippet.source);
    let output: string;
    try {
      output = run(join(project, 'node_modules/.bin/eslint'), ['--format', 'json', 'src'], project);
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      if (failed.status !== 1) throw new Error(`eslint exited ${failed.status}: ${failed.stderr}`);
      output = failed.stdout;
    }
    const results = JSON.parse(output) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(project.length + 1)} ${m.line}:${m.column} ${m.ruleId ?? m.message}`));
    expect(found.sort()).toEqual([...(EXPECTED[title] ?? [])].sort());
    const typo = results.flatMap((r) => r.messages).find((m) => m.message.includes("'FailedOperation.ClassTooLng'"));
    expect(typo?.message).toContain("Did you mean 'FailedOperation.ClassTooLong'?");
  }, 60_000);

  it('gives the plugin itself to require(), and eslint-plugin-lcic/codes to import and require()', () => {
    const plugin = run(process.execPath, ['-e', "const lcic = require('eslint-plugin-lcic'); console.log(lcic.meta.name, Object.keys(lcic.configs).join(' '));"], project);
    const esm = run(process.execPath, ['--input-type=module', '-e', "import { lookupCode, LcicErrorCode } from 'eslint-plugin-lcic/codes'; console.log(lookupCode(LcicErrorCode.ResourceNotFound_Room)?.summary);"], project);
    const cjs = run(process.execPath, ['-e', "const { isRetryable, codesFor } = require('eslint-plugin-lcic/codes'); console.log(isRetryable('RequestLimitExceeded'), codesFor('DescribeRoom').length);"], project);
    expect(plugin.trim()).toBe('eslint-plugin-lcic recommended recommended-type-checked strict');
    expect(esm.trim()).toBe('No such room.');
    expect(cjs.trim()).toBe('true 3');
  });

  it("resolves the types from ESM and from CommonJS, and the README's catalog snippet compiles", () => {
    writeFileSync(
      join(project, 'check.mts'),
      "import { codesFor, type ErrorCodeOf } from 'eslint-plugin-lcic/codes';\nconst ok: ErrorCodeOf<'DescribeRoom'> = 'ResourceNotFound.Room';\n// @ts-expect-error DescribeRoom never returns this code\nconst wrong: ErrorCodeOf<'DescribeRoom'> = 'FailedOperation.ClassTooLong';\nexport const all: readonly string[] = codesFor('CreateRoom');\nexport { ok, wrong };\n",
    );
    writeFileSync(
      join(project, 'check.cts'),
      "import codes = require('eslint-plugin-lcic/codes');\nconst retry: boolean = codes.isRetryable('InternalError');\n// @ts-expect-error not an action\ncodes.codesFor('CreateRooms');\nexport = retry;\n",
    );
    // The README's catalog API snippet, pasted as it is.
    const codesSnippet = /```ts\n(import [^\n]* from 'eslint-plugin-lcic\/codes';[\s\S]*?)```/.exec(README)?.[1];
    if (!codesSnippet) throw new Error("README.md has no ```ts block importing from 'eslint-plugin-lcic/codes'");
    writeFileSync(join(project, 'readme-codes.mts'), `${codesSnippet}export {};\n`);
    const files = ['check.mts', 'check.cts', 'readme-codes.mts'];
    run(join(project, 'node_modules/.bin/tsc'), ['--noEmit', '--ignoreConfig', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', ...files], project);
  });
});
