/**
 * typescript-eslint's RuleTester on vitest, with and without type information, plus a check that
 * every suggestion's output is no longer reported.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RuleTester, type InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as vitest from 'vitest';
import plugin from '../../index.js';
import { lintWith } from './lint.js';
import { typedFixtureDir } from './lint.js';

RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;

export const ruleTester = new RuleTester();

/** Snippets are linted as `file.ts` in test/fixtures/typed, type-checked against the real SDK. */
export const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } },
});

/**
 * For every suggestion of every invalid case: the output, linted again with the same rule and
 * options, must parse and have fewer reports of that message than the input had: the one the
 * suggestion was meant to fix is gone, and no new one of its kind came in its place.
 */
export function suggestionsResolveTheirReports<MessageIds extends string, Options extends readonly unknown[]>(
  rule: TSESLint.RuleModule<MessageIds, Options>,
  cases: readonly InvalidTestCase<MessageIds, Options>[],
  { typed = false }: { typed?: boolean } = {},
): void {
  vitest.describe('each suggestion resolves its report', () => {
    for (const testCase of cases) {
      for (const error of testCase.errors) {
        for (const suggestion of error.suggestions ?? []) {
          if (typeof suggestion === 'string') continue;
          vitest.it(`${error.messageId} at ${error.line}:${error.column} → ${suggestion.messageId} ${JSON.stringify(suggestion.data ?? {})}`, () => {
            const options = { typed, settings: testCase.settings, options: testCase.options as never };
            const count = (code: string) => {
              const messages = lintWith(rule, code, options);
              vitest.expect(messages.filter((m) => m.fatal)).toEqual([]);
              return messages.filter((m) => m.messageId === error.messageId).length;
            };
            vitest.expect(count(suggestion.output)).toBe(count(testCase.code) - 1);
            // Nor does it bring another rule's report to light (the rule's own options aside, with defaults).
            for (const [name, other] of Object.entries(plugin.rules)) {
              if (other === (rule as unknown)) continue;
              const reports = (code: string) => lintWith(other, code, { typed, settings: testCase.settings }).length;
              vitest.expect(reports(suggestion.output), `lcic/${name} after the suggestion`).toBeLessThanOrEqual(reports(testCase.code));
            }
          });
        }
      }
    }
  });
}

/** The multi-module service in test/fixtures/service: real files, importing each other. */
export const serviceDir = fileURLToPath(new URL('../fixtures/service/', import.meta.url));

/** A file of the service as a rule test case: its text, under its real name (so its imports are read from disk). */
export function serviceFile(relative: string): { code: string; filename: string } {
  const filename = `${serviceDir}${relative}`;
  return { code: readFileSync(filename, 'utf8'), filename };
}

/** RuleTester with the service's own TypeScript project, for the same files with type information. */
export const serviceTypedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: serviceDir } },
});

/** A file of the fixture project test/fixtures/<folder> as a rule test case, under its real name (its imports are read from disk). */
export function fixtureFile(folder: string, relative: string): { code: string; filename: string } {
  const filename = fileURLToPath(new URL(`../fixtures/${folder}/${relative}`, import.meta.url));
  return { code: readFileSync(filename, 'utf8'), filename };
}

/**
 * A file of test/fixtures/workspace, an npm workspace whose apps import `@acme/lcic-client` by
 * name. Its node_modules link (which git does not keep) is made here, as `npm install` would.
 */
export function workspaceFile(relative: string): { code: string; filename: string } {
  const link = fileURLToPath(new URL('../fixtures/workspace/node_modules/@acme/lcic-client', import.meta.url));
  if (!existsSync(link)) {
    mkdirSync(fileURLToPath(new URL('../fixtures/workspace/node_modules/@acme/', import.meta.url)), { recursive: true });
    symlinkSync('../../packages/lcic-client', link, 'dir');
  }
  return fixtureFile('workspace', relative);
}

/** RuleTester with the fixture project's own tsconfig.json, for its files with type information. */
export function fixtureTypedRuleTester(folder: string): RuleTester {
  return new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url)) } } });
}
