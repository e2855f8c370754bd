/**
 * What every rule gets from createRule: reports on nodes of another file (a helper the analysis
 * followed into another module) never reach ESLint, whose positions would be this file's lines.
 */
import { Linter } from 'eslint';
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../../rules/shared/create-rule.js';

const otherFile = parseForESLint('export const elsewhere = 1;\n', { range: true, loc: true }).ast as TSESTree.Program;

const probe = createRule<[], 'here'>({
  name: 'probe',
  meta: { type: 'problem', docs: { description: 'reports its program and a node of another file', recommended: false }, messages: { here: 'here' }, schema: [] },
  translations: { 'zh-CN': { here: '这里' } },
  create(context) {
    return {
      Program(node) {
        context.report({ node, messageId: 'here' });
        context.report({ node: otherFile.body[0] as TSESTree.Node, messageId: 'here' });
      },
    };
  },
});

function lint(language: 'en' | 'zh-CN') {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify('let a = 1;\nlet b = 2;\n', [{ plugins: { t: { rules: { probe: probe as never } } }, rules: { 't/probe': 'error' }, settings: { lcic: { language } } }]);
}

describe('createRule', () => {
  it("drops a report on a node of another file's tree, and keeps the one on this file", () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const messages = lint(language);
      expect(messages.map((m) => [m.line, m.column, m.message])).toEqual([[1, 1, language === 'en' ? 'here' : '这里']]);
    }
  });
});
