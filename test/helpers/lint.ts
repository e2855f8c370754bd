/** Runs a rule over a snippet with ESLint's Linter, optionally with type information. */
import { fileURLToPath } from 'node:url';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/** The folder whose tsconfig type-checks snippets; its `file.ts` is the name snippets are linted under. */
export const typedFixtureDir = fileURLToPath(new URL('../fixtures/typed/', import.meta.url));
export const typedFixtureFile = `${typedFixtureDir}file.ts`;

export interface LintOptions {
  readonly settings?: Record<string, unknown>;
  readonly typed?: boolean;
  readonly options?: readonly unknown[];
}

export function lintWith(
  rule: TSESLint.RuleModule<string, readonly unknown[]>,
  code: string,
  { settings = {}, typed = false, options = [] }: LintOptions = {},
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: typedFixtureDir } : {},
      },
      plugins: { probe: { rules: { rule } } as unknown as ESLint.Plugin },
      rules: { 'probe/rule': ['error', ...options] },
      settings,
    },
  ];
  return linter.verify(code, config, { filename: typed ? typedFixtureFile : `${typedFixtureDir}untyped.ts` });
}
