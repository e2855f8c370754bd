/**
 * Running the plugin under both hosts and reading their reports in one shape: ESLint (in-process,
 * the plugin's `recommended` config, no type information) and oxlint (its CLI, the plugin loaded
 * as a `jsPlugins` entry by package name, as the README tells users to).
 *
 * Both hosts load the built plugin (dist/), so they run the same code.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const run = promisify(execFile);

export const repoRoot = resolve(import.meta.dirname, '../..');
export const oxlintBin = join(repoRoot, 'node_modules/.bin/oxlint');

/** One report, as both hosts give it: 1-based line and column, the interpolated message. */
export interface Finding {
  file: string;
  rule: string;
  line: number;
  column: number;
  message: string;
}

export const byPosition = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);

export interface OxlintConfig {
  jsPlugins?: string[];
  rules?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  [key: string]: unknown;
}

const README_BEGIN = '<!-- oxlint-config:begin -->';
const README_END = '<!-- oxlint-config:end -->';

/** The `.oxlintrc.json` the README shows, between its markers; the tests and the bench use exactly this. */
export function readmeOxlintConfig(readmePath = join(repoRoot, 'README.md')): OxlintConfig {
  const readme = readFileSync(readmePath, 'utf8');
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < begin) throw new Error(`${readmePath}: the oxlint config must sit between '${README_BEGIN}' and '${README_END}'`);
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(begin, end));
  if (!block?.[1]) throw new Error(`${readmePath}: no \`\`\`json block between the oxlint config markers`);
  try {
    return JSON.parse(block[1]) as OxlintConfig;
  } catch (error) {
    throw new Error(`${readmePath}: the oxlint config between the markers is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * A scratch project outside the repository where `eslint-plugin-lcic` resolves to this checkout
 * (node_modules/eslint-plugin-lcic is a link to it), as it would in a user's project.
 */
export function scratchProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules/eslint-plugin-lcic'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  return dir;
}

interface OxlintJsonDiagnostic {
  message: string;
  code?: string;
  filename: string;
  labels: { span: { line: number; column: number } }[];
}

/**
 * oxlint's reports of the `lcic` plugin on `files`, with `configPath`, or without one the
 * `.oxlintrc.json` nearest to each file (oxlint's nested configs). oxlint's own rules (on by
 * default) are left out; an error of the JS plugin host (a rule that threw, a plugin that did not
 * load) has no rule code and is kept, as rule `(host)`, so that it can never pass for silence.
 */
export async function lintWithOxlint(cwd: string, configPath: string | undefined, files: readonly string[]): Promise<Finding[]> {
  let stdout: string;
  try {
    const config = configPath ? ['-c', configPath] : [];
    ({ stdout } = await run(oxlintBin, [...config, '--format', 'json', ...files], { cwd, maxBuffer: 256 * 2 ** 20 }));
  } catch (error) {
    // Exit code 1 means "found problems".
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || !failed.stdout) throw new Error(`oxlint exited ${String(failed.code)}: ${failed.stderr ?? ''}${failed.stdout ?? ''}`);
    stdout = failed.stdout;
  }
  const { diagnostics } = JSON.parse(stdout) as { diagnostics: OxlintJsonDiagnostic[] };
  return diagnostics
    .filter((d) => d.code === undefined || d.code.startsWith('lcic('))
    .map((d) => {
      const span = d.labels[0]?.span;
      const rule = d.code ? d.code.replace(/^lcic\((.*)\)$/, 'lcic/$1') : '(host)';
      return { file: resolve(cwd, d.filename), rule, line: span?.line ?? 0, column: span?.column ?? 0, message: d.message };
    })
    .sort(byPosition);
}

/** The built plugin, as `import lcic from 'eslint-plugin-lcic'` gives it. */
export async function builtPlugin(): Promise<{ configs: Record<string, Linter.Config>; rules: Record<string, unknown> }> {
  const loaded = (await import(pathToFileURL(join(repoRoot, 'dist/index.js')).href)) as { default: { configs: Record<string, Linter.Config>; rules: Record<string, unknown> } };
  return loaded.default;
}

/**
 * ESLint's reports on `files` with the README's first config (typescript-eslint's parser, the
 * plugin's `recommended` config, no type information), plus `settings` and rule options.
 * A parsing error is kept, as rule `(host)`.
 */
export async function lintWithEslint(cwd: string, files: readonly string[], extra: Pick<Linter.Config, 'settings' | 'rules'> = {}): Promise<Finding[]> {
  const lcic = await builtPlugin();
  const recommended = lcic.configs.recommended;
  if (!recommended) throw new Error('the built plugin has no recommended config');
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, recommended, { ...extra }],
  });
  const results = await eslint.lintFiles([...files]);
  return results
    .flatMap((result) => result.messages.map((m) => ({ file: result.filePath, rule: m.ruleId ?? '(host)', line: m.line, column: m.column, message: m.message })))
    .sort(byPosition);
}
