import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) are checked by tsc through vitest: a wrong type fails the run.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    globalSetup: ['./test/global-setup.ts'],
    // The analysis says nothing about a shape it trips on, in users' editors; in the tests it must throw.
    env: { LCIC_ANALYSIS_STRICT: '1' },
  },
});
