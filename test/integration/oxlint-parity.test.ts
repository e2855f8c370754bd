/**
 * The plugin gives the same reports in oxlint as in ESLint: on the example project and on the code
 * of every rule test case, each linted by both hosts, compared by rule, line, column and message.
 *
 * ESLint runs the README's first config (the `recommended` rules, no type information); oxlint runs
 * the `.oxlintrc.json` the README shows, read from between its markers, with the plugin loaded by
 * package name from a scratch project. A case's `settings` and `options` go to both hosts. Each
 * case is linted as a `.ts` file (as RuleTester does) and, when it has no TypeScript syntax, also
 * as a `.js` file (ESLint then parses it with espree, oxlint as JavaScript).
 *
 * What oxlint 1.94's JS plugin host gives the rules, found by running it (for the analysis):
 * - `context.sourceCode`: text, ast (with tokens and comments), lines, getText, getScope,
 *   getDeclaredVariables, scopeManager (scopes, references resolved, TS type annotations),
 *   visitorKeys (TS node types too), tokens (getFirstToken, getLastToken, getTokens); `node.parent`,
 *   `range` and `loc` are set. `parserServices` is `{}`: no program, no node maps.
 * - `context.sourceCode` (and `context`) is ONE object reused for every file. oxlint replaces the
 *   global WeakMap so that an entry keyed on it is dropped after each file; a WeakMap keyed on
 *   `context.sourceCode` therefore caches per file as in ESLint. A Map, or module state, would not.
 * - `context.settings` is the config's `settings` object (so `settings.lcic` arrives), per file,
 *   from the nearest nested `.oxlintrc.json`; `context.options` are the rule's options.
 * - `context.filename` and `physicalFilename` are absolute; `context.cwd` is set.
 * - `context.languageOptions.parser` is `{ name: 'oxlint', parse, VisitorKeys, ... }`: no
 *   `parseForESLint`, and `parse()` throws "not implemented yet", so another module cannot be
 *   parsed with the host's parser. `sourceType` is 'script' for a `.js` file without a
 *   package.json `type` (ESLint: 'module').
 * - Suggestions are accepted: not in the report, and `oxlint --fix-suggestions` applies the first.
 * - A rule that throws becomes a diagnostic without a rule code ("Error running JS plugin.").
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtPlugin, byPosition, lintWithEslint, lintWithOxlint, readmeOxlintConfig, repoRoot, scratchProject, type Finding, type OxlintConfig } from './oxlint-host.js';

/** A rule test case as the rule tests hand it to RuleTester. */
interface GatheredCase {
  /** The rule, from the test file's name (test/rules/<rule>.test.ts). */
  rule: string;
  suite: string;
  name: string;
  code: string;
  /** Where RuleTester lints the code, when the case says. */
  filename: string | undefined;
  settings: Record<string, unknown> | undefined;
  options: readonly unknown[] | undefined;
}

/**
 * The rule test files run their cases through `ruleTester.run` / `typedRuleTester.run` from
 * test/helpers/rule-tester.js. Here those record the cases instead of running them, so every new
 * case is linted by both hosts without a list to keep up to date.
 */
const gathering = vi.hoisted(() => ({ rule: '', cases: [] as GatheredCase[] }));

vi.mock('../helpers/rule-tester.js', async (importOriginal) => {
  type TestCase = string | { name?: string; code: string; filename?: string; settings?: Record<string, unknown>; options?: readonly unknown[] };
  const recorder = {
    run(suite: string, _rule: unknown, tests: { valid: readonly TestCase[]; invalid: readonly TestCase[] }) {
      for (const test of [...tests.valid, ...tests.invalid]) {
        const { name, code, filename, settings, options } = typeof test === 'string' ? { code: test } : test;
        gathering.cases.push({ rule: gathering.rule, suite, name: name ?? code, code, filename, settings, options });
      }
    },
  };
  return { ...(await importOriginal<object>()), ruleTester: recorder, typedRuleTester: recorder, serviceTypedRuleTester: recorder, suggestionsResolveTheirReports: () => undefined };
});

const ruleTestDir = join(repoRoot, 'test/rules');
const ruleTestFiles = readdirSync(ruleTestDir).filter((file) => file.endsWith('.test.ts'));
const casesPerFile = new Map<string, number>();
for (const file of ruleTestFiles) {
  gathering.rule = basename(file, '.test.ts');
  const before = gathering.cases.length;
  // The query makes this a module of its own: the worker is shared between test files (`isolate:
  // false`), and without it vitest would find the rule test file already loaded here (with the
  // recorder in place of RuleTester) when it runs it as a test file, or the other way round.
  await import(`${pathToFileURL(join(ruleTestDir, file)).href}?gather-cases`);
  casesPerFile.set(file, gathering.cases.length - before);
}
const cases = gathering.cases;

/**
 * Cases where the hosts differ today because oxlint's plugin API lacks something the rules use,
 * keyed by `<rule test file> › <case name>`, with the gap. Empty: none differ.
 */
const KNOWN_GAPS = new Map<string, string>([]);

/** Cases with the same settings and options share a folder, a config and one run of each host. */
interface CaseGroup {
  dir: string;
  settings: Record<string, unknown>;
  /** The rule whose options the cases set, with those options. */
  ruleOptions: { rule: string; options: readonly unknown[] } | undefined;
  files: Map<string, GatheredCase>;
}

const readmeConfig = readmeOxlintConfig();
const readmeSettings = readmeConfig.settings ?? {};
let project = '';
const eslintFindings = new Map<string, Finding[]>();
const oxlintFindings = new Map<string, Finding[]>();
const caseFile = new Map<GatheredCase, string>();
/** The same code as a `.js` file, for the cases without TypeScript syntax (ESLint parses those with espree). */
const caseJsFile = new Map<GatheredCase, string>();

const espree = new Linter({ configType: 'flat' });
const parsesAsJavaScript = (code: string) => !espree.verify(code, [{ files: ['**/*.js'] }], { filename: 'case.js' }).some((m) => m.fatal);
const javaScriptCases = new Set(cases.filter((testCase) => !testCase.filename && parsesAsJavaScript(testCase.code)));

/**
 * Writes the case's code where both hosts lint it. A case without a filename becomes `<base>.ts`
 * (RuleTester's default is a `.ts` file). A case with a filename in a fixture project
 * (test/fixtures/<project>/...) gets a copy of that whole project (so that its imports of other
 * modules, tsconfig paths included, resolve as in the rule test) with the code written over the file.
 */
function writeCase(testCase: GatheredCase, base: string): string {
  if (!testCase.filename) {
    writeFileSync(`${base}.ts`, testCase.code);
    return `${base}.ts`;
  }
  const source = resolve(repoRoot, testCase.filename);
  const fixtures = join(repoRoot, 'test/fixtures');
  const projectName = source.startsWith(`${fixtures}/`) ? source.slice(fixtures.length + 1).split('/')[0] : undefined;
  const projectRoot = projectName ? join(fixtures, projectName) : dirname(source);
  if (existsSync(projectRoot) && projectRoot.startsWith(join(repoRoot, 'test'))) cpSync(projectRoot, base, { recursive: true });
  else mkdirSync(base, { recursive: true });
  const file = join(base, source.slice(projectRoot.length + 1));
  writeFileSync(file, testCase.code);
  return file;
}

function groupCases(): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  cases.forEach((testCase, index) => {
    const ruleOptions = testCase.options?.length ? { rule: `lcic/${testCase.rule}`, options: testCase.options } : undefined;
    const settings = testCase.settings ?? readmeSettings;
    const key = JSON.stringify([settings, ruleOptions]);
    let group = groups.get(key);
    if (!group) {
      group = { dir: join(project, `group-${groups.size}`), settings, ruleOptions, files: new Map() };
      mkdirSync(group.dir);
      groups.set(key, group);
    }
    const file = writeCase(testCase, join(group.dir, `case-${index}`));
    group.files.set(file, testCase);
    caseFile.set(testCase, file);
    if (javaScriptCases.has(testCase)) {
      const jsFile = join(group.dir, `case-${index}.js`);
      writeFileSync(jsFile, testCase.code);
      group.files.set(jsFile, testCase);
      caseJsFile.set(testCase, jsFile);
    }
  });
  return [...groups.values()];
}

function oxlintConfigFor(group: CaseGroup): OxlintConfig {
  const rules = { ...readmeConfig.rules };
  if (group.ruleOptions) rules[group.ruleOptions.rule] = ['error', ...group.ruleOptions.options];
  return { ...readmeConfig, rules, settings: group.settings };
}

function eslintExtraFor(group: CaseGroup): Pick<Linter.Config, 'settings' | 'rules'> {
  return { settings: group.settings, rules: group.ruleOptions ? { [group.ruleOptions.rule]: ['error', ...group.ruleOptions.options] as Linter.RuleEntry } : {} };
}

const withoutFile = (findings: Finding[]) => findings.map(({ rule, line, column, message }) => ({ rule, line, column, message }));

beforeAll(async () => {
  project = scratchProject('lcic-oxlint-parity-');
  for (const group of groupCases()) {
    const config = join(group.dir, '.oxlintrc.json');
    writeFileSync(config, `${JSON.stringify(oxlintConfigFor(group), null, 2)}\n`);
    const files = [...group.files.keys()];
    const [fromEslint, fromOxlint] = await Promise.all([lintWithEslint(project, files, eslintExtraFor(group)), lintWithOxlint(project, config, files)]);
    for (const file of files) {
      eslintFindings.set(file, fromEslint.filter((f) => f.file === file));
      oxlintFindings.set(file, fromOxlint.filter((f) => f.file === file));
    }
    const stray = fromOxlint.filter((f) => !group.files.has(f.file));
    if (stray.length) throw new Error(`oxlint reported on files it was not given: ${JSON.stringify(stray)}`);
  }
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the README config for oxlint', () => {
  it('turns on exactly the rules of the recommended config, at the same severity', async () => {
    const lcic = await builtPlugin();
    expect(readmeConfig.jsPlugins).toEqual(['eslint-plugin-lcic']);
    expect(readmeConfig.rules).toEqual(lcic.configs.recommended?.rules);
  });
});

describe('examples/classroom-service', () => {
  it('gets the same reports from oxlint as from ESLint', async () => {
    const example = join(repoRoot, 'examples/classroom-service');
    const sources = readdirSync(join(example, 'src')).map((file) => join(example, 'src', file));
    const config = join(project, 'example.oxlintrc.json');
    writeFileSync(config, `${JSON.stringify(readmeConfig, null, 2)}\n`);
    const [fromEslint, fromOxlint] = await Promise.all([lintWithEslint(example, sources, { settings: readmeSettings }), lintWithOxlint(example, config, sources)]);
    expect(fromEslint.length).toBeGreaterThan(0);
    expect(fromOxlint).toEqual(fromEslint);
  }, 60_000);
});

describe('rule test cases', () => {
  it('are gathered from every rule test file', () => {
    const empty = [...casesPerFile].filter(([, count]) => count === 0).map(([file]) => file);
    expect(empty, 'these files gave no cases: do they still run them through test/helpers/rule-tester.js?').toEqual([]);
    expect(ruleTestFiles.length).toBeGreaterThan(0);
  });

  it('make every rule report under ESLint, so the comparison is not between two silences', async () => {
    const lcic = await builtPlugin();
    const reported = new Set([...eslintFindings.values()].flat().map((f) => f.rule));
    expect([...reported].sort()).toEqual(Object.keys(lcic.rules).map((name) => `lcic/${name}`).sort());
  });

  it('give the same reports in one oxlint run over all of them, each folder with its own nested config', async () => {
    // One process lints files with different settings one after another: nothing of one file may
    // reach the next (oxlint reuses one sourceCode object for every file).
    const files = [...caseFile.values(), ...caseJsFile.values()];
    const together = await lintWithOxlint(project, undefined, files);
    expect(together).toEqual(files.flatMap((file) => eslintFindings.get(file) ?? []).sort(byPosition));
  }, 60_000);

  const variants = cases.flatMap((testCase) => [
    { testCase, suffix: '', file: () => caseFile.get(testCase) },
    ...(javaScriptCases.has(testCase) ? [{ testCase, suffix: ' (as .js)', file: () => caseJsFile.get(testCase) }] : []),
  ]);
  for (const { testCase, suffix, file } of variants) {
    const key = `${testCase.rule}.test.ts › ${testCase.name}${suffix}`;
    const gap = KNOWN_GAPS.get(key);
    (gap ? it.fails : it)(`${key}${gap ? ` (known gap: ${gap})` : ''}`, () => {
      const fromEslint = eslintFindings.get(file() ?? '');
      expect(fromEslint, 'ESLint linted the case').toBeDefined();
      expect(withoutFile(oxlintFindings.get(file() ?? '') ?? [])).toEqual(withoutFile(fromEslint ?? []));
    });
  }
});
