/**
 * The examples on the code pages are tested the way the Rust compiler tests its error index:
 * every ❌ example must get the report its page promises, and every ✅ example must get none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

interface Example {
  page: string;
  code: string;
  expectation: 'pass' | 'fail';
  rule: string | undefined;
  source: string;
}

const PAGES = 'docs/generated/codes';
const MARKER = /<!-- lint-example: (pass|fail)(?: (\S+))? -->\n```ts\n([\s\S]*?)\n```/g;

function examples(): Example[] {
  return readdirSync(PAGES).flatMap((file) => {
    const text = readFileSync(join(PAGES, file), 'utf8');
    const code = file.replace(/\.md$/, '');
    return [...text.matchAll(MARKER)].map((m) => ({ page: file, code, expectation: m[1] as 'pass' | 'fail', rule: m[2], source: m[3] ?? '' }));
  });
}

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { lcic: plugin as never },
    rules: plugin.configs.recommended.rules,
  },
];
const all = examples();

describe('code page examples', () => {
  it('every code page has a failing and a passing example', () => {
    const pages = readdirSync(PAGES);
    expect(pages.length).toBeGreaterThan(80);
    for (const page of pages) {
      expect(all.filter((e) => e.page === page).map((e) => e.expectation).sort(), page).toEqual(['fail', 'pass']);
    }
  });

  it.each(all.filter((e) => e.expectation === 'fail').map((e) => [e.code, e] as const))('%s: the ❌ example gets the promised report, about this code, and no other', (code, example) => {
    const messages = linter.verify(example.source, config, { filename: 'example.ts' });
    expect(messages.map((m) => m.ruleId), JSON.stringify(messages)).toEqual([example.rule]);
    // The message names the code, or (when it lists only the first few missing codes) its suggested fix adds a case for it.
    const [report] = messages;
    const texts = [report?.message ?? '', ...(report?.suggestions ?? []).map((s) => s.fix.text)];
    const wholeCode = new RegExp(`(?<![\\w.])${code.replaceAll('.', '\\.')}(?!\\w|\\.\\w)`);
    expect(texts.some((text) => wholeCode.test(text)), JSON.stringify(report)).toBe(true);
  });

  it.each(all.filter((e) => e.expectation === 'pass').map((e) => [e.code, e] as const))('%s: the ✅ example gets no report', (_code, example) => {
    expect(linter.verify(example.source, config, { filename: 'example.ts' })).toEqual([]);
  });
});
