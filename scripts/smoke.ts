/**
 * `npm run test:smoke`: every rule of the plugin (strict options) over thousands of real files
 * nobody here wrote: the installed tencentcloud-sdk-nodejs, typescript/lib and @typescript-eslint.
 * Then over code that calls LCIC in every way, under the files' real names so that their imports
 * of each other are read: the example project, the multi-module service fixture, and both layouts
 * of the benchmark's generated corpus (SDK calls, callbacks, CommonClient, raw fetch and axios,
 * a signing helper). A rule that throws on any of them fails the run, and so does a shape the
 * analysis trips on (LCIC_ANALYSIS_STRICT); parse errors of ESLint's own parser are counted but
 * are not the plugin's fault.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { corpus } from '../bench/corpus.js';
import plugin from '../index.js';

process.env.LCIC_ANALYSIS_STRICT = '1';

const ROOTS = ['node_modules/tencentcloud-sdk-nodejs', 'node_modules/typescript/lib', 'node_modules/@typescript-eslint'];
const LINTED = /\.(js|cjs|mjs|ts|cts|mts)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (LINTED.test(entry.name)) yield path;
  }
}

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.ts', '**/*.cts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { lcic: plugin as never },
    rules: plugin.configs.strict.rules,
    // The files' own eslint-disable comments name rules that are not loaded here.
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
  },
];

let linted = 0;
let reports = 0;
let parseErrors = 0;
const exceptions: string[] = [];
const started = Date.now();
for (const root of ROOTS) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    try {
      // ESLint ignores node_modules (and some names in it) whatever the config says, so each file is
      // linted under a plain name that keeps its extension; reports name the real path.
      const extension = /(\.d)?\.[cm]?[jt]s$/.exec(file)?.[0] ?? '.js';
      const messages = linter.verify(text, config, { filename: `smoke/file-${linted}${extension}` });
      const unconfigured = messages.find((m) => m.ruleId === null && m.message.startsWith('No matching configuration'));
      if (unconfigured) throw new Error(`not linted: ${unconfigured.message}`);
      linted += 1;
      if (messages.some((m) => m.fatal)) parseErrors += 1;
      reports += messages.filter((m) => m.ruleId?.startsWith('lcic/')).length;
    } catch (error) {
      exceptions.push(`${file}: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
}
// Code that calls LCIC, linted where it lies.
// bench/.corpus is ignored by git: a fresh clone does not have it.
mkdirSync(join(process.cwd(), 'bench/.corpus'), { recursive: true });
const generated = mkdtempSync(join(process.cwd(), 'bench/.corpus/smoke-'));
for (const layout of ['sparse', 'dense'] as const) {
  for (const file of corpus(layout, 60)) {
    const path = join(generated, layout, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}
let lcicFiles = 0;
for (const root of ['examples/classroom-service/src', 'test/fixtures/service/src', generated]) {
  for (const file of files(root)) {
    try {
      const messages = linter.verify(readFileSync(file, 'utf8'), config, { filename: resolve(file) });
      linted += 1;
      lcicFiles += 1;
      if (messages.some((m) => m.fatal)) parseErrors += 1;
      reports += messages.filter((m) => m.ruleId?.startsWith('lcic/')).length;
    } catch (error) {
      exceptions.push(`${file}: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
}
rmSync(generated, { recursive: true, force: true });
console.log(`Of them, ${lcicFiles} files call LCIC (the example, the service fixture, 120 generated modules).`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Smoke run: ${linted} files linted in ${seconds}s with ${Object.keys(plugin.rules).length} rules; ${reports} reports; ${parseErrors} files the parser could not read; ${exceptions.length} rule exceptions.`);
if (exceptions.length > 0) {
  console.error(exceptions.join('\n'));
  process.exitCode = 1;
}
