// The project lints itself: typescript-eslint's strict type-checked rules everywhere, and
// eslint-plugin-eslint-plugin's recommended rules on the rules (docs URLs, schemas, messages).
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'site/', 'node_modules/', 'bench/.corpus/', 'test/fixtures/', 'examples/', 'coverage/', 'test-results/', '.editor-workspaces/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers read fine in messages and paths; what the rule guards against is objects and nullish values.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.stringMatching, expect.objectContaining...) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
  },
);
