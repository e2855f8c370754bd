/**
 * `npm run bench [-- --files N --runs R --machine NAME]`: how much the plugin costs next to the
 * rules people already run, on two layouts of N generated TypeScript files (bench/corpus.ts):
 * sparse (a few LCIC calls among ordinary code) and dense (every function calls LCIC, through a
 * shared client module and a signing helper).
 *
 * For each layout, R rounds of fresh processes (bench/linters.ts):
 *   1. typed: ESLint with all the plugin's rules (`recommended-type-checked`) and typescript-eslint's
 *      switch-exhaustiveness-check and no-floating-promises, per-rule times from `--stats`;
 *   2. untyped: ESLint with the README's first config (`recommended`, no type information), where
 *      no TypeScript program exists at all, per-rule times from `--stats`;
 *   3. ESLint and oxlint, each with the plugin's recommended rules and nothing else, timed as
 *      whole processes, with their peak memory.
 * Ratios are taken within a round (the untyped plugin time over the same round's typed
 * switch-exhaustiveness-check time) and the median over rounds is reported.
 *
 * Plus, on the sparse layout: growth (the plugin's time per file on a quarter of the files and on
 * all of them, in one process, alternated), and start-up (importing the plugin in a fresh Node
 * process, next to importing @typescript-eslint/eslint-plugin).
 *
 * The JSON goes to bench/results/bench-N-files.json; the README's performance table is then
 * regenerated from bench/results/bench-300-files.json (bench/readme-table.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../index.js';
import { LAYOUTS, type Layout } from './corpus.js';
import { installedVersion, runEslint, runOxlint, SWITCH_EXHAUSTIVENESS, writeCorpusProject, type EslintFigures, type ProcessFigures } from './linters.js';
import { README_FILES, updateReadmeTable, type BenchFigures, type LayoutFigures } from './readme-table.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: String(README_FILES) },
    runs: { type: 'string', default: '3' },
    machine: { type: 'string' },
    out: { type: 'string', default: 'bench/results' },
  },
});
const fileCount = Number(values.files);
const rounds = Number(values.runs);
if (!Number.isInteger(fileCount) || fileCount < 8) throw new Error(`--files must be an integer of at least 8 (got ${values.files})`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--runs must be a positive integer (got ${values.runs})`);

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};
const pluginMs = (figures: EslintFigures) => Object.entries(figures.ruleMs).reduce((total, [rule, ms]) => (rule.startsWith('lcic/') ? total + ms : total), 0);
const medianRuleMs = (runs: readonly EslintFigures[]) => {
  const rules = [...new Set(runs.flatMap((figures) => Object.keys(figures.ruleMs)))].sort();
  return Object.fromEntries(rules.map((rule) => [rule, round(median(runs.map((figures) => figures.ruleMs[rule] ?? 0)))]));
};
/** The runs must agree on what they found, or the timings compare different work. */
function sameReports(runs: readonly ProcessFigures[], what: string): number {
  const counts = new Set(runs.map((figures) => figures.reports));
  if (counts.size !== 1) throw new Error(`${what}: the runs disagree on the number of reports (${[...counts].join(', ')})`);
  return runs[0]?.reports ?? 0;
}

async function measureLayout(layout: Layout): Promise<LayoutFigures> {
  const { dir, files } = writeCorpusProject(layout, fileCount);
  try {
    const typed: EslintFigures[] = [];
    const untyped: EslintFigures[] = [];
    const eslintPlain: EslintFigures[] = [];
    const oxlint: ProcessFigures[] = [];
    for (let r = 0; r < rounds; r++) {
      process.stdout.write(`  ${layout}: round ${r + 1}/${rounds}\r`);
      typed.push(await runEslint(dir, 'eslint.typed.config.js', { stats: true }));
      untyped.push(await runEslint(dir, 'eslint.config.js', { stats: true }));
      eslintPlain.push(await runEslint(dir, 'eslint.config.js'));
      oxlint.push(await runOxlint(dir, files));
    }
    const switchMs = (r: number) => typed[r]?.ruleMs[SWITCH_EXHAUSTIVENESS] ?? Number.NaN;
    const typedRatios = typed.map((figures, r) => pluginMs(figures) / switchMs(r));
    const untypedRatios = untyped.map((figures, r) => pluginMs(figures) / switchMs(r));
    const eslintReports = sameReports(eslintPlain, `${layout}, ESLint`);
    return {
      files: fileCount,
      typed: {
        pluginMs: round(median(typed.map(pluginMs))),
        switchExhaustivenessMs: round(median(typed.map((_, r) => switchMs(r)))),
        pluginToSwitchExhaustiveness: round(median(typedRatios), 3),
        reports: sameReports(typed, `${layout}, typed`),
        ruleMs: medianRuleMs(typed),
      },
      untyped: {
        pluginMs: round(median(untyped.map(pluginMs))),
        pluginToSwitchExhaustiveness: round(median(untypedRatios), 3),
        reports: sameReports(untyped, `${layout}, untyped`),
        ruleMs: medianRuleMs(untyped),
      },
      oxlint: {
        eslintWallMs: round(median(eslintPlain.map((f) => f.wallMs)), 0),
        oxlintWallMs: round(median(oxlint.map((f) => f.wallMs)), 0),
        timeRatio: round(median(oxlint.map((f, r) => f.wallMs / (eslintPlain[r]?.wallMs ?? Number.NaN))), 3),
        eslintPeakRssMiB: round(median(eslintPlain.map((f) => f.peakRssMiB)), 0),
        oxlintPeakRssMiB: round(median(oxlint.map((f) => f.peakRssMiB)), 0),
        memoryRatio: round(median(oxlint.map((f, r) => f.peakRssMiB / (eslintPlain[r]?.peakRssMiB ?? Number.NaN))), 3),
        eslintReports,
        oxlintReports: sameReports(oxlint, `${layout}, oxlint`),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The plugin's untyped time per file on a quarter of the sparse files and on all of them, in one process. */
async function measureGrowth(): Promise<BenchFigures['growth']> {
  const { dir } = writeCorpusProject('sparse', fileCount);
  try {
    const rules = Object.keys(plugin.configs.recommended.rules ?? {});
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      stats: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { lcic: plugin as never }, rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])) }],
    });
    const all = Array.from({ length: fileCount }, (_, i) => `src/module${i}.ts`);
    const quarter = all.slice(0, Math.floor(fileCount / 4));
    const perFile = async (files: string[]) => {
      const results = await eslint.lintFiles(files);
      let ms = 0;
      for (const pass of results.flatMap((result) => result.stats?.times.passes ?? [])) for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith('lcic/')) ms += time.total;
      return ms / results.length;
    };
    // The two sizes alternate, twice, and each keeps its faster run, so that JIT warm-up does not pass for growth.
    const small: number[] = [];
    const large: number[] = [];
    for (let r = 0; r < 2; r++) {
      small.push(await perFile(quarter));
      large.push(await perFile(all));
    }
    const msPerFileSmall = Math.min(...small);
    const msPerFileLarge = Math.min(...large);
    return { smallFiles: quarter.length, largeFiles: all.length, msPerFileSmall: round(msPerFileSmall, 4), msPerFileLarge: round(msPerFileLarge, 4), perFileRatio: round(msPerFileLarge / msPerFileSmall, 3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median milliseconds to import `specifier` in a fresh Node process. */
function importMs(specifier: string, runs = 7): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return median(Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))));
}

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const cores = os.cpus().length;
const memoryGiB = round(os.totalmem() / 2 ** 30, 1);
const machineName = values.machine ?? `${cores}-core ${cpu}, ${memoryGiB} GiB, ${os.type()} ${os.release()}`;
const loadAtStart = os.loadavg()[0] ?? Number.NaN;
console.log(`Benchmark: ${fileCount} files per layout, median of ${rounds} rounds, on ${machineName} (load average ${loadAtStart.toFixed(1)})`);

const layouts = {} as Record<Layout, LayoutFigures>;
for (const layout of LAYOUTS) layouts[layout] = await measureLayout(layout);
const growth = await measureGrowth();
const startupPlugin = importMs(new URL('../dist/index.js', import.meta.url).href);
const startupPeer = importMs('@typescript-eslint/eslint-plugin');

const figures: BenchFigures = {
  date: new Date().toISOString(),
  machine: {
    name: machineName,
    cpu,
    cores,
    memoryGiB,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    eslint: ESLint.version,
    typescriptEslint: installedVersion('typescript-eslint'),
    oxlint: installedVersion('oxlint'),
    /** The 1-minute load average when the bench started and ended: other work on the machine skews the clock. */
    loadAverage: { start: round(loadAtStart), end: round(os.loadavg()[0] ?? Number.NaN) },
  },
  files: fileCount,
  rounds,
  layouts,
  growth,
  startup: { pluginMs: round(startupPlugin), peer: '@typescript-eslint/eslint-plugin', peerMs: round(startupPeer), pluginToPeer: round(startupPlugin / startupPeer, 3) },
};

for (const layout of LAYOUTS) {
  const { typed, untyped, oxlint } = figures.layouts[layout];
  console.log(`\n${layout} layout (${fileCount} files)`);
  console.log(`  all the plugin's rules, typed / switch-exhaustiveness-check:        ${typed.pluginToSwitchExhaustiveness}  (${typed.pluginMs} ms / ${typed.switchExhaustivenessMs} ms, ${typed.reports} reports)`);
  console.log(`  recommended, no program at all / switch-exhaustiveness-check:      ${untyped.pluginToSwitchExhaustiveness}  (${untyped.pluginMs} ms, ${untyped.reports} reports)`);
  console.log(`  oxlint / ESLint, recommended rules: time ${oxlint.timeRatio} (${oxlint.oxlintWallMs} ms / ${oxlint.eslintWallMs} ms), peak memory ${oxlint.memoryRatio} (${oxlint.oxlintPeakRssMiB} MiB / ${oxlint.eslintPeakRssMiB} MiB), reports ${oxlint.oxlintReports} / ${oxlint.eslintReports}`);
  console.log('  per rule, typed (ms, summed over files, median):');
  for (const [rule, ms] of Object.entries(typed.ruleMs).sort((a, b) => b[1] - a[1])) console.log(`    ${rule.padEnd(48)} ${ms.toFixed(1).padStart(9)}`);
}
console.log(`\nplugin time per file (sparse, no types): x${figures.growth.perFileRatio} at ${growth.largeFiles} vs ${growth.smallFiles} files (1 = linear)`);
console.log(`start-up: plugin ${figures.startup.pluginMs} ms, @typescript-eslint/eslint-plugin ${figures.startup.peerMs} ms (ratio ${figures.startup.pluginToPeer})`);

mkdirSync(values.out, { recursive: true });
const file = join(values.out, `bench-${fileCount}-files.json`);
writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\nWrote ${file}`);
if (updateReadmeTable()) console.log(`Regenerated the README's performance table from bench/results/bench-${README_FILES}-files.json`);
