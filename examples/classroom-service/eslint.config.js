// The config a user would write: the plugin's type-checked recommended config on the TypeScript sources.
import lcic from 'eslint-plugin-lcic';

export default [
  {
    files: ['src/**/*.ts'],
    ...lcic.configs['recommended-type-checked'],
    languageOptions: {
      ...lcic.configs['recommended-type-checked'].languageOptions,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
];
