/**
 * `npm run bench:profile [-- --files N --typed]`: where the plugin's time goes on the dense layout.
 *
 * Runs ESLint's CLI once under `node --cpu-prof` (a sample every 0.2 ms) on N dense files, with the README's first config
 * (no type information; `--typed`: all the plugin's rules with type information, and the two
 * typescript-eslint rules of the bench), and reads the profile:
 * - the whole run by area (parsing, ESLint, the plugin, typescript-eslint's rules, TypeScript, GC);
 * - the plugin's time by rule: each sample whose stack holds plugin code is counted for the
 *   outermost rule file on it (the rule whose listener ESLint called), so shared analysis work is
 *   counted for the rule that asked first;
 * - the plugin's time by function: each such sample is counted for the innermost plugin function on
 *   the stack, with what it called outside the plugin (scope look-ups, the type checker), located
 *   in the TypeScript sources through dist's source maps;
 * - the plugin's time by function again, each sample counted for every plugin function on the stack
 *   (what a function costs with all it calls);
 * - CPU time, callees included, of the plugin and of each typescript-eslint rule that ran: a
 *   cross-check of ESLint's `--stats`, which times listeners by the clock (and so counts garbage
 *   collection and time the process was not running).
 * Prints the summary and writes it to bench/results/profile-dense-N-files[-typed].json.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runEslint, writeCorpusProject } from './linters.js';

const { values } = parseArgs({ options: { files: { type: 'string', default: '300' }, typed: { type: 'boolean', default: false }, out: { type: 'string', default: 'bench/results' } } });
const fileCount = Number(values.files);
if (!Number.isInteger(fileCount) || fileCount < 8) throw new Error(`--files must be an integer of at least 8 (got ${values.files})`);

const repoRoot = join(import.meta.dirname, '..');
const distRoot = join(repoRoot, 'dist');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const pathOf = (url: string): string => (url.startsWith('file://') ? fileURLToPath(url) : url);
const isPlugin = (frame: CallFrame) => pathOf(frame.url).startsWith(`${distRoot}/`);

function areaOf(frame: CallFrame): string {
  const path = pathOf(frame.url);
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(program)' || frame.functionName === '(idle)' || path === '') return 'V8 and native (program, idle)';
  if (isPlugin(frame)) return 'the plugin (eslint-plugin-lcic)';
  if (/node_modules\/typescript\//.test(path)) return 'TypeScript (its parser; program and checker when typed)';
  if (/node_modules\/@typescript-eslint\/(typescript-estree|parser|visitor-keys|scope-manager)\//.test(path)) return 'typescript-eslint parser and scope manager';
  if (/node_modules\/@typescript-eslint\/(eslint-plugin|type-utils|utils)\//.test(path)) return "typescript-eslint's rules";
  if (/node_modules\/(eslint|espree|eslint-scope|esquery|@eslint)\//.test(path)) return 'ESLint';
  return 'other (Node, loading modules)';
}

/** Where a frame is in the TypeScript sources, through dist's source map when there is one. */
const sourceMaps = new Map<string, SourceMap | null>();
function sourceLocation(frame: CallFrame): { file: string; line: number } {
  const path = pathOf(frame.url);
  let map = sourceMaps.get(path);
  if (map === undefined) {
    const mapFile = `${path}.map`;
    map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload) : null;
    sourceMaps.set(path, map);
  }
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  return entry && 'originalSource' in entry
    ? { file: relative(repoRoot, join(path, '..', entry.originalSource)).replace(/^\.\.\//, ''), line: entry.originalLine + 1 }
    : { file: relative(repoRoot, path), line: frame.lineNumber + 1 };
}

/** `functionName (source.ts:line)`. */
function describeFrame(frame: CallFrame): string {
  const { file, line } = sourceLocation(frame);
  return `${frame.functionName || '(anonymous)'} (${file}:${line})`;
}

/** The rule a plugin frame belongs to: dist/index.js is one bundle, so this reads its source map. */
const ruleOf = (frame: CallFrame): string | undefined => (isPlugin(frame) ? /^rules\/([a-z-]+)\.ts$/.exec(sourceLocation(frame).file)?.[1] : undefined);

function summarize(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number): CallFrame[] => {
    const frames: CallFrame[] = [];
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const node = byId.get(current);
      if (node) frames.push(node.callFrame);
    }
    return frames; // innermost first
  };
  const area = new Map<string, number>();
  const rule = new Map<string, number>();
  const func = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const withCalleesByFunction = new Map<string, number>();
  let total = 0;
  let plugin = 0;
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    const stack = stackOf(id);
    const leaf = stack[0];
    if (leaf) add(area, areaOf(leaf), ms);
    const peers = new Set(stack.map((frame) => /@typescript-eslint\/eslint-plugin\/dist\/rules\/([a-z-]+)\.js$/.exec(pathOf(frame.url))?.[1]).filter((name) => name !== undefined));
    for (const peer of peers) add(inclusive, `@typescript-eslint/${peer}`, ms);
    if (stack.some(isPlugin)) add(inclusive, 'eslint-plugin-lcic (all its rules)', ms);
    const innermostPlugin = stack.find(isPlugin);
    if (!innermostPlugin) return;
    plugin += ms;
    add(func, describeFrame(innermostPlugin), ms);
    for (const name of new Set(stack.filter(isPlugin).map(describeFrame))) add(withCalleesByFunction, name, ms);
    const outermostRule = [...stack].reverse().map(ruleOf).find((name) => name !== undefined);
    add(rule, outermostRule ?? '(no rule file on the stack: shared listeners, loading)', ms);
  });
  const sorted = (map: Map<string, number>, limit = Infinity) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms: Number(ms.toFixed(1)), share: Number((ms / total).toFixed(3)) }));
  return {
    totalMs: Number(total.toFixed(0)),
    pluginMs: Number(plugin.toFixed(0)),
    byArea: sorted(area),
    withCallees: sorted(inclusive),
    pluginByRule: sorted(rule),
    pluginByFunction: sorted(func, 25),
    pluginByFunctionWithCallees: sorted(withCalleesByFunction, 40),
  };
}

const { dir } = writeCorpusProject('dense', fileCount);
const profileDir = mkdtempSync(join(os.tmpdir(), 'lcic-cpu-prof-'));
try {
  const config = values.typed ? 'eslint.typed.config.js' : 'eslint.config.js';
  const run = await runEslint(dir, config, { nodeFlags: ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir', profileDir] });
  const [profileFile] = readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error(`node --cpu-prof wrote no profile into ${profileDir}`);
  const summary = {
    date: new Date().toISOString(),
    layout: 'dense',
    files: fileCount,
    typed: values.typed,
    reports: run.reports,
    wallMs: Math.round(run.wallMs),
    ...summarize(JSON.parse(readFileSync(join(profileDir, profileFile), 'utf8')) as CpuProfile),
  };
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  console.log(`Profile of ESLint on ${fileCount} dense files, ${values.typed ? 'with' : 'without'} type information: ${summary.totalMs} ms sampled, ${summary.pluginMs} ms in the plugin\n`);
  console.log('By area (innermost frame):');
  for (const { name, ms, share } of summary.byArea) console.log(`  ${percent(share)} ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  console.log('\nCPU time with callees (the type checker included):');
  for (const { name, ms, share } of summary.withCallees) console.log(`  ${percent(share)} ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  console.log('\nThe plugin by rule (outermost rule file on the stack):');
  for (const { name, ms, share } of summary.pluginByRule) console.log(`  ${percent(share)} ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  console.log('\nThe plugin by function (innermost plugin function, with what it calls outside the plugin):');
  for (const { name, ms, share } of summary.pluginByFunction) console.log(`  ${percent(share)} ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  console.log('\nThe plugin by function, with all it calls (plugin or not):');
  for (const { name, ms, share } of summary.pluginByFunctionWithCallees) console.log(`  ${percent(share)} ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  mkdirSync(values.out, { recursive: true });
  const out = join(values.out, `profile-dense-${fileCount}-files${values.typed ? '-typed' : ''}.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
}
