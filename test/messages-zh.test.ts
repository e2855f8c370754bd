/**
 * Rule messages in Chinese, with `settings.lcic.language: "zh-CN"`: every message id of every rule
 * has a Chinese text with the same placeholders, and a report (with its suggestions) comes out in it.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { SDK } from './helpers/sdk-snippets.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Chinese text: at least one CJK character. */
const CHINESE = /[\u4e00-\u9fff]/;

describe('Chinese rule messages', () => {
  it.each(Object.entries(plugin.rules))('%s has a Chinese text for every message id, with the placeholders it needs', (_, rule) => {
    const english = rule.meta.messages as Record<string, string>;
    const chinese = rule.translations['zh-CN'] as Record<string, string>;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [id, text] of Object.entries(chinese)) {
      expect(text, id).toMatch(CHINESE);
      // English plurals ({{plural}}, {{s}}) have no Chinese counterpart; every other placeholder is kept.
      expect(placeholders(text), id).toEqual(placeholders(english[id] ?? '').filter((name) => name !== 'plural' && name !== 's'));
    }
  });

  const lint = (code: string, language?: string) =>
    new Linter({ configType: 'flat' }).verify(
      code,
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { lcic: plugin as never }, rules: plugin.configs.recommended.rules, settings: { lcic: language ? { language } : {} } }],
      { filename: 'zh.ts' },
    );

  // Kept in an exported name: the rethrow the fix adds then reaches whoever awaits it.
  const careless = SDK + "export const room = client.DescribeRoom({ RoomId: 1 }).catch((e) => { if (e.code === 'ResourceNotFound.Rom') return null; });";

  it('reports in Chinese, hints and suggestions included, at the same places as in English', () => {
    const english = lint(careless);
    const chinese = lint(careless, 'zh-CN');
    expect(chinese.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(english.map((m) => `${m.line}:${m.column} ${m.ruleId}`));
    const unknown = chinese.find((m) => m.ruleId === 'lcic/no-unknown-error-code');
    expect(unknown?.message).toBe("'ResourceNotFound.Rom' 不是 LCIC 错误码，这个比较永远不会成立。是否想写 'ResourceNotFound.Room'？");
    expect(unknown?.suggestions?.map((s) => s.desc)).toEqual(["替换为 'ResourceNotFound.Room'", "替换为 'ResourceNotFound'"]);
    const missing = chinese.find((m) => m.ruleId === 'lcic/exhaustive-error-codes');
    expect(missing?.message).toBe('此处理逻辑让 DescribeRoom 的 3 个错误码漏了过去：ResourceNotFound.Room、FailedOperation、InternalError。请逐一处理，或把其余错误重新抛出。');
    expect(missing?.suggestions?.map((s) => s.desc)).toEqual(['补上 3 个缺失的分支，重新抛出错误']);
  });

  it('keeps English by default and for a language it does not know', () => {
    expect(lint(careless).every((m) => !CHINESE.test(m.message))).toBe(true);
    expect(lint(careless, 'fr').map((m) => m.message)).toEqual(lint(careless).map((m) => m.message));
  });
});
