/**
 * The bench's linter runs, each in a fresh process so that no run inherits another's TypeScript
 * program, JIT state or garbage: ESLint's CLI (with `--stats` for per-rule times) and oxlint's CLI,
 * both with `bench/peak-rss.mjs` preloaded to report their peak memory.
 *
 * A corpus folder holds the configs the runs use:
 * - `eslint.config.js`: the README's first config (typescript-eslint's parser and the plugin's
 *   `recommended` rules, no type information: no TypeScript program is ever created);
 * - `eslint.typed.config.js`: the plugin's `recommended-type-checked` rules (all of them) with
 *   typescript-eslint's switch-exhaustiveness-check and no-floating-promises, type information
 *   from the project service;
 * - `.oxlintrc.json`: the README's oxlint config, with oxlint's own rules off, so that both hosts
 *   run the same seven rules.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { readmeOxlintConfig } from '../test/integration/oxlint-host.js';
import { corpus, CORPUS_TSCONFIG, type Layout } from './corpus.js';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '..');
const ESLINT_BIN = join(repoRoot, 'node_modules/eslint/bin/eslint.js');
const OXLINT_BIN = join(repoRoot, 'node_modules/oxlint/bin/oxlint');
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.mjs');

export const SWITCH_EXHAUSTIVENESS = '@typescript-eslint/switch-exhaustiveness-check';
export const PEERS = [SWITCH_EXHAUSTIVENESS, '@typescript-eslint/no-floating-promises'];

/**
 * The first ```js block of the README that starts with `// eslint.config.mjs` (or `.js`): the
 * config users copy first. It is an ES module; the corpus folder sits in this package, whose
 * `"type": "module"` lets it be `eslint.config.js` there.
 */
export function readmeEslintConfig(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const match = /```js\n(\/\/ eslint\.config\.m?js\n[\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README.md has no ```js block starting with `// eslint.config.mjs`');
  return match[1];
}

const TYPED_CONFIG = `import lcic from 'eslint-plugin-lcic';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { lcic, '@typescript-eslint': tseslint.plugin },
    rules: {
      ...lcic.configs['recommended-type-checked'].rules,
${PEERS.map((rule) => `      '${rule}': 'error',`).join('\n')}
    },
  },
];
`;

/**
 * Writes `count` files of `layout` into a new folder under bench/.corpus (inside the repository,
 * git-ignored, so that the SDKs and `eslint-plugin-lcic` itself resolve), with the three configs.
 */
export function writeCorpusProject(layout: Layout, count: number): { dir: string; files: string[] } {
  mkdirSync(join(repoRoot, 'bench/.corpus'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, `bench/.corpus/${layout}-`));
  const files = corpus(layout, count);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  writeFileSync(join(dir, 'tsconfig.json'), CORPUS_TSCONFIG);
  writeFileSync(join(dir, 'eslint.config.js'), readmeEslintConfig());
  writeFileSync(join(dir, 'eslint.typed.config.js'), TYPED_CONFIG);
  const oxlint = { ...readmeOxlintConfig(), categories: { correctness: 'off' } };
  writeFileSync(join(dir, '.oxlintrc.json'), `${JSON.stringify(oxlint, null, 2)}\n`);
  return { dir, files: files.map((file) => file.path) };
}

export interface ProcessFigures {
  wallMs: number;
  peakRssMiB: number;
  /** Reports of the plugin's rules. */
  reports: number;
}

export interface EslintFigures extends ProcessFigures {
  /** Milliseconds per rule, summed over files, from ESLint's `--stats`; empty without stats. */
  ruleMs: Record<string, number>;
}

/** Runs `node [--cpu-prof...] --import peak-rss.mjs <bin> args` in `cwd`; exit code 1 means "found problems". */
async function measure(cwd: string, bin: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<{ stdout: string; wallMs: number; peakRssMiB: number }> {
  const rssDir = mkdtempSync(join(tmpdir(), 'lcic-bench-rss-'));
  const rssFile = join(rssDir, 'peak');
  const started = performance.now();
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [...nodeFlags, '--import', PEAK_RSS, bin, ...args], {
      cwd,
      env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
      maxBuffer: 1024 * 2 ** 20,
    }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || !failed.stdout) throw new Error(`${bin} ${args.join(' ')} exited ${String(failed.code)}: ${failed.stderr ?? ''}`);
    stdout = failed.stdout;
  }
  const wallMs = performance.now() - started;
  const peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssDir, { recursive: true, force: true });
  return { stdout, wallMs, peakRssMiB };
}

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string }[];
  stats?: { times: { passes: { rules?: Record<string, { total: number }> }[] } };
}

/** One ESLint CLI run over src/ with `config` (a file in `dir`); `stats` adds per-rule times. */
export async function runEslint(dir: string, config: string, { stats = false, nodeFlags = [] as readonly string[] } = {}): Promise<EslintFigures> {
  const { stdout, wallMs, peakRssMiB } = await measure(dir, ESLINT_BIN, ['-c', config, '--format', 'json', ...(stats ? ['--stats'] : []), 'src'], nodeFlags);
  const results = JSON.parse(stdout) as EslintJsonResult[];
  const ruleMs: Record<string, number> = {};
  let reports = 0;
  for (const result of results) {
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${result.filePath}: ${fatal.message}`);
    reports += result.messages.filter((m) => m.ruleId?.startsWith('lcic/')).length;
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  return { wallMs, peakRssMiB, reports, ruleMs };
}

/**
 * One oxlint CLI run over `files` with the folder's `.oxlintrc.json`. The files are named one by
 * one: oxlint skips folders that .gitignore lists (bench/.corpus is), even with --no-ignore.
 */
export async function runOxlint(dir: string, files: readonly string[]): Promise<ProcessFigures> {
  const { stdout, wallMs, peakRssMiB } = await measure(dir, OXLINT_BIN, ['-c', '.oxlintrc.json', '--format', 'json', ...files]);
  const { diagnostics } = JSON.parse(stdout) as { diagnostics: { code?: string; message: string; filename: string }[] };
  const hostError = diagnostics.find((d) => d.code === undefined);
  if (hostError) throw new Error(`oxlint on ${hostError.filename}: ${hostError.message}`);
  return { wallMs, peakRssMiB, reports: diagnostics.filter((d) => d.code?.startsWith('lcic(')).length };
}

/** The installed version of a package of node_modules. */
export const installedVersion = (name: string): string => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
