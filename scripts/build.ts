/**
 * Builds what a command needs, and only when its inputs changed: the ES module build (`dist/`),
 * the CommonJS build of `eslint-plugin-lcic/codes` (`dist/cjs/`) and the docs site (`site/`).
 *
 * Each target's inputs (its sources, its configs, the tool's version) are hashed; the hash of the
 * last build is kept under `node_modules/.cache/eslint-plugin-lcic/`, and a target whose inputs hash
 * the same and whose output is still there is not built again. `npm test`'s global setup, `npm run
 * example`, `npm run docs` and `prepack` all build through here, so a build is done once per change.
 *
 * `tsx scripts/build.ts [--force] TARGET...` (targets: esm, cjs, site).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/eslint-plugin-lcic');

export type BuildTarget = 'esm' | 'cjs' | 'site';

interface TargetSpec {
  /** Files and folders (walked recursively) whose contents feed the build. */
  readonly inputs: readonly string[];
  /** A file the build writes; if it is missing the build runs whatever the hash says. */
  readonly output: string;
  /** The commands, run one after the other from the repository root. */
  readonly commands: readonly (readonly string[])[];
  /** Run after the commands. */
  readonly after?: () => void;
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
// The sources every build compiles; codes/build/ is the generator, which no build includes.
const RUNTIME_SOURCES = ['codes', 'lib', 'tsconfig.json', 'package.json', 'node_modules/typescript/package.json'];

const TARGETS: Record<BuildTarget, TargetSpec> = {
  esm: {
    inputs: [...RUNTIME_SOURCES, 'rules', 'analysis', 'cli', 'index.ts', 'tsconfig.build.json', 'node_modules/esbuild/package.json'],
    output: 'dist/index.js',
    commands: [
      [bin('tsc'), '-p', 'tsconfig.build.json'],
      // The plugin entry as one file: ESLint loads it on every start, and resolving some forty
      // modules one by one took half of that time. Packages stay imports; types stay tsc's.
      [bin('esbuild'), 'index.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--target=node20', '--sourcemap', '--outfile=dist/index.js', '--allow-overwrite', '--log-level=warning'],
    ],
  },
  cjs: {
    inputs: [...RUNTIME_SOURCES, 'tsconfig.cjs.json'],
    output: 'dist/cjs/package.json',
    commands: [[bin('tsc'), '-p', 'tsconfig.cjs.json']],
    // dist/ is an ES module scope (the package's "type"); this folder is CommonJS.
    after: () => {
      writeFileSync(join(ROOT, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');
    },
  },
  site: {
    inputs: [...RUNTIME_SOURCES, 'README.md', 'docs', 'typedoc.json', 'tsconfig.build.json', 'node_modules/typedoc/package.json'],
    output: 'site/index.html',
    // `npm run typecheck` type-checks these sources; typedoc need not do it again.
    commands: [[bin('typedoc'), '--logLevel', 'Warn', '--skipErrorChecking']],
  },
};

// The generator (codes/build/) is in no build; what it generates is.
const NOT_INPUTS = /^codes\/build\/|(^|\/)\.cache\/|\.tsbuildinfo$/;

function filesUnder(path: string): string[] {
  const absolute = join(ROOT, path);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [path];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !NOT_INPUTS.test(file));
}

/** A hash of the target's input files (their paths and contents) and of its commands. */
export function inputHash(target: BuildTarget): string {
  const hash = createHash('sha256').update(JSON.stringify(TARGETS[target].commands.map((command) => command.map((part) => relative(ROOT, part)))));
  const files = TARGETS[target].inputs.flatMap(filesUnder).sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

const stampFile = (target: BuildTarget) => join(CACHE, `${target}.sha256`);

/** Whether the target's output is there and was built from the inputs as they are now. */
export function isUpToDate(target: BuildTarget, hash = inputHash(target)): boolean {
  return existsSync(join(ROOT, TARGETS[target].output)) && existsSync(stampFile(target)) && readFileSync(stampFile(target), 'utf8') === hash;
}

function run(command: readonly string[]): Promise<void> {
  const [file = '', ...args] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${relative(ROOT, file)} ${args.join(' ')} exited ${code ?? 'on a signal'}`));
    });
  });
}

async function buildOne(target: BuildTarget, force: boolean): Promise<'built' | 'up to date'> {
  const hash = inputHash(target);
  if (!force && isUpToDate(target, hash)) return 'up to date';
  // A build that fails half-way must not leave a stamp that says it is done.
  rmSync(stampFile(target), { force: true });
  for (const command of TARGETS[target].commands) await run(command);
  TARGETS[target].after?.();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(stampFile(target), hash);
  return 'built';
}

/**
 * Builds the targets that are not up to date, side by side, and says for each whether it built.
 * Throws, naming the command, if a build fails.
 */
export async function build(targets: readonly BuildTarget[], options: { force?: boolean; log?: (line: string) => void } = {}): Promise<Record<string, 'built' | 'up to date'>> {
  const started = Date.now();
  const outcomes = await Promise.all(targets.map(async (target) => [target, await buildOne(target, options.force ?? false)] as const));
  const result = Object.fromEntries(outcomes);
  options.log?.(`build: ${outcomes.map(([target, outcome]) => `${target} ${outcome}`).join(', ')} (${Date.now() - started} ms)`);
  return result;
}

const isTarget = (name: string): name is BuildTarget => Object.hasOwn(TARGETS, name);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const unknown = positionals.filter((name) => !isTarget(name));
  if (positionals.length === 0 || unknown.length > 0) {
    console.error(`usage: tsx scripts/build.ts [--force] ${Object.keys(TARGETS).join('|')}...${unknown.length > 0 ? ` (unknown target: ${unknown.join(', ')})` : ''}`);
    process.exit(2);
  }
  await build(positionals.filter(isTarget), { force: values.force, log: console.log });
}
