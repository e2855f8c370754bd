/**
 * `npm run bench [-- --files N]`: how much the plugin costs next to the rules people already run.
 *
 * Generates a corpus of N TypeScript files that call LCIC in the real shapes (try/catch with a
 * switch on the code, .catch, callbacks, CommonClient, raw fetch) among ordinary code, then lints
 * it in one process:
 *   1. type-aware: the plugin's recommended-type-checked rules with typescript-eslint's
 *      switch-exhaustiveness-check and no-floating-promises, per-rule times from ESLint's stats;
 *   2. syntactic: the plugin's recommended rules, no type information;
 *   3. growth: the plugin's rules alone on a quarter of the corpus and on all of it, alternated.
 * Plus start-up: importing the plugin (and its catalog) in a fresh Node process, next to
 * importing @typescript-eslint/eslint-plugin the same way.
 *
 * Every figure is reported as a ratio to a peer measured in the same run; the JSON goes to
 * bench/results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../index.js';
import { corpusFile, CORPUS_TSCONFIG } from './corpus.js';

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, out: { type: 'string', default: 'bench/results' } } });
const fileCount = Number(values.files);
if (!Number.isInteger(fileCount) || fileCount < 4) throw new Error(`--files must be an integer of at least 4 (got ${values.files})`);

const SWITCH_EXHAUSTIVENESS = '@typescript-eslint/switch-exhaustiveness-check';
const PEERS = [SWITCH_EXHAUSTIVENESS, '@typescript-eslint/no-floating-promises'];
const pluginRules = (config: keyof typeof plugin.configs) => Object.keys(plugin.configs[config].rules ?? {});

/** The corpus lives inside the repository (git-ignored) so that it resolves the installed SDK. */
function writeCorpus(count: number): string {
  mkdirSync('bench/.corpus', { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), 'bench/.corpus/run-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'tsconfig.json'), CORPUS_TSCONFIG);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'src', `module${i}.ts`), corpusFile(i));
  return dir;
}

interface RunFigures {
  files: number;
  wallMs: number;
  /** Milliseconds per rule, summed over files, from ESLint's stats. */
  ruleMs: Record<string, number>;
  reports: number;
}

async function lint(dir: string, files: string[], rules: Linter.RulesRecord, typed: boolean): Promise<RunFigures> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    stats: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {},
        },
        plugins: { lcic: plugin as never, '@typescript-eslint': tseslint.plugin },
        rules,
      },
    ],
  });
  const started = performance.now();
  const results = await eslint.lintFiles(files);
  const wallMs = performance.now() - started;
  const ruleMs: Record<string, number> = {};
  let reports = 0;
  for (const result of results) {
    reports += result.messages.length;
    if (result.messages.some((m) => m.fatal)) throw new Error(`${result.filePath}: ${result.messages[0]?.message}`);
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  return { files: results.length, wallMs, ruleMs, reports };
}

const sum = (figures: RunFigures, rules: string[]) => rules.reduce((total, rule) => total + (figures.ruleMs[rule] ?? 0), 0);
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Median milliseconds to import `specifier` in a fresh Node process. */
function importMs(specifier: string, runs = 7): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

const corpus = writeCorpus(fileCount);
try {
  const allFiles = Array.from({ length: fileCount }, (_, i) => `src/module${i}.ts`);
  const typedRules = pluginRules('recommended-type-checked');
  const syntacticRules = pluginRules('recommended');
  const asRecord = (rules: string[]) => Object.fromEntries(rules.map((rule) => [rule, 'error'])) as Linter.RulesRecord;

  const typed = await lint(corpus, allFiles, asRecord([...typedRules, ...PEERS]), true);
  const syntactic = await lint(corpus, allFiles, asRecord(syntacticRules), false);
  // Growth: the two sizes alternate, twice, and each keeps its faster run, so that JIT warm-up
  // and a garbage collection left over from the type-aware run do not pass for growth.
  const quarter = allFiles.slice(0, Math.max(1, Math.floor(fileCount / 4)));
  const perFile = (figures: RunFigures) => sum(figures, syntacticRules) / figures.files;
  const growthRuns: RunFigures[] = [];
  for (const files of [quarter, allFiles, quarter, allFiles]) growthRuns.push(await lint(corpus, files, asRecord(syntacticRules), false));
  const fastest = (files: number): RunFigures => {
    const [best] = growthRuns.filter((run) => run.files === files).sort((a, b) => perFile(a) - perFile(b));
    if (!best) throw new Error(`no growth run with ${files} files`);
    return best;
  };
  const growthSmall = fastest(quarter.length);
  const growthLarge = fastest(allFiles.length);

  const switchMs = typed.ruleMs[SWITCH_EXHAUSTIVENESS] ?? 0;
  const pluginTypedMs = sum(typed, typedRules);
  const pluginSyntacticMs = sum(syntactic, syntacticRules);
  const perFileSmall = perFile(growthSmall);
  const perFileLarge = perFile(growthLarge);
  const startupPlugin = importMs(new URL('../dist/index.js', import.meta.url).href);
  const startupPeer = importMs('@typescript-eslint/eslint-plugin');

  const figures = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      eslint: ESLint.version,
    },
    files: fileCount,
    typeAware: {
      wallMs: round(typed.wallMs, 0),
      pluginRulesMs: round(pluginTypedMs),
      ruleMs: Object.fromEntries(Object.entries(typed.ruleMs).map(([rule, ms]) => [rule, round(ms)])),
      pluginToSwitchExhaustiveness: round(pluginTypedMs / switchMs, 3),
      reports: typed.reports,
    },
    syntactic: {
      wallMs: round(syntactic.wallMs, 0),
      pluginRulesMs: round(pluginSyntacticMs),
      pluginToSwitchExhaustiveness: round(pluginSyntacticMs / switchMs, 3),
      msPerFile: round(pluginSyntacticMs / syntactic.files, 4),
    },
    growth: {
      smallFiles: growthSmall.files,
      largeFiles: growthLarge.files,
      msPerFileSmall: round(perFileSmall, 4),
      msPerFileLarge: round(perFileLarge, 4),
      /** 1.0 is linear: the time per file does not change with the number of files. */
      perFileRatio: round(perFileLarge / perFileSmall, 3),
    },
    startup: { pluginMs: round(startupPlugin), peer: '@typescript-eslint/eslint-plugin', peerMs: round(startupPeer), pluginToPeer: round(startupPlugin / startupPeer, 3) },
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
  };

  console.log(`Benchmark on ${fileCount} generated files (${figures.machine.cpu}, ${figures.machine.cores} cores, Node ${process.version}, ESLint ${ESLint.version})`);
  console.log('\nType-aware run, per rule (ms, summed over files):');
  for (const [rule, ms] of Object.entries(figures.typeAware.ruleMs).sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(48)} ${ms.toFixed(1).padStart(9)}`);
  console.log(`\nplugin (type-aware rules) / switch-exhaustiveness-check: ${figures.typeAware.pluginToSwitchExhaustiveness}  (target <= 1)`);
  console.log(`plugin (recommended, no types) / switch-exhaustiveness-check: ${figures.syntactic.pluginToSwitchExhaustiveness}  (target < 0.5)`);
  console.log(`plugin time per file: ${figures.syntactic.msPerFile} ms; per-file time at ${growthLarge.files} vs ${growthSmall.files} files: x${figures.growth.perFileRatio} (1 = linear)`);
  console.log(`start-up: plugin ${figures.startup.pluginMs} ms, @typescript-eslint/eslint-plugin ${figures.startup.peerMs} ms (ratio ${figures.startup.pluginToPeer}; target < 30 ms)`);
  console.log(`peak RSS: ${figures.peakRssMiB} MiB`);

  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, `bench-${fileCount}-files.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
