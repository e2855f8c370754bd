/**
 * `eslint-plugin-lcic`: the ESLint plugin. Flat configs only (ESLint 9 and 10).
 *
 * The configs are derived from each rule's `meta.docs`: `recommended` turns on the rules marked
 * recommended, `recommended-type-checked` adds type information so calls on anything typed as the
 * LCIC client are found, and `strict` turns on every rule with its strict options.
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { packageInfo } from './lib/package-info.js';
import { rules } from './rules/index.js';

type RuleEntries = Record<string, TSESLint.SharedConfig.RuleEntry>;

function ruleEntries(pick: (docs: NonNullable<(typeof rules)[keyof typeof rules]['meta']['docs']>) => TSESLint.SharedConfig.RuleEntry | undefined): RuleEntries {
  const entries: RuleEntries = {};
  for (const [name, rule] of Object.entries(rules)) {
    const entry = rule.meta.docs && pick(rule.meta.docs);
    if (entry !== undefined) entries[`lcic/${name}`] = entry;
  }
  return entries;
}

const plugin = {
  meta: { name: packageInfo.name, version: packageInfo.version, namespace: 'lcic' },
  rules,
  configs: {} as Record<'recommended' | 'recommended-type-checked' | 'strict', TSESLint.FlatConfig.Config>,
};

const recommendedRules = ruleEntries((docs) => (docs.recommended ? 'error' : undefined));
/**
 * typescript-eslint's parser, loaded on the first file it parses. Importing it takes most of a
 * fifth of a second (it brings TypeScript), which every ESLint run would otherwise pay just for
 * loading this plugin, even with configs that never use it.
 */
const require = createRequire(import.meta.url);
type Parser = { parseForESLint(code: string, options?: unknown): unknown };
let typescriptParser: Parser | undefined;
const parser = {
  meta: { name: '@typescript-eslint/parser', version: (require('@typescript-eslint/parser/package.json') as { version: string }).version },
  parseForESLint(code: string, options?: unknown): unknown {
    typescriptParser ??= require('@typescript-eslint/parser') as Parser;
    return typescriptParser.parseForESLint(code, options);
  },
};

// Type information needs typescript-eslint's parser and a TypeScript project for each file.
const typeInformation = { parser, parserOptions: { projectService: true } } as TSESLint.FlatConfig.LanguageOptions;

plugin.configs.recommended = { name: 'lcic/recommended', plugins: { lcic: plugin }, rules: recommendedRules };
plugin.configs['recommended-type-checked'] = {
  name: 'lcic/recommended-type-checked',
  plugins: { lcic: plugin },
  languageOptions: typeInformation,
  rules: recommendedRules,
};
plugin.configs.strict = {
  name: 'lcic/strict',
  plugins: { lcic: plugin },
  languageOptions: typeInformation,
  rules: ruleEntries((docs) => (docs.strictOptions ? ['error', ...docs.strictOptions] : 'error')),
};

export default plugin;
// Node 20.19+ lets CommonJS `require()` this ES module; under this name, `require('eslint-plugin-lcic')`
// in an eslint.config.cjs returns the plugin itself instead of a namespace object holding `default`.
export { plugin as 'module.exports' };
