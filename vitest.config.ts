import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) are type-checked by `npm run typecheck`, the first step of `npm test`
    // (tsconfig.json includes test/): a wrong type fails the run there, and tsc need not run twice.
    typecheck: { enabled: false },
    // Two workers on a two-core machine: many files wait on child processes (ESLint, npm, the
    // language server, Chromium), and vitest's default of one worker leaves the second core idle.
    maxWorkers: 2,
    // Each worker loads ESLint, typescript-eslint and TypeScript once, not once per test file (that
    // was a third of the run's CPU time). No test file changes a module's state for the next one.
    isolate: false,
    // What the workers keep between files (TypeScript programs of the typed tests, modules read from
    // disk) grows to about 3.6 GB by the end of a run, near Node's default heap limit here: one CI
    // run's worker ran out of heap. Room to spare, on the 24 GB this runs on.
    execArgv: ['--max-old-space-size=8192'],
    // A guard against a hang, not a measure of speed (the bench measures that): on a loaded two-core
    // machine the property test, 3 s alone, once took 33 s.
    testTimeout: 120_000,
    globalSetup: ['./test/global-setup.ts'],
    // The analysis says nothing about a shape it trips on, in users' editors; in the tests it must throw.
    env: { LCIC_ANALYSIS_STRICT: '1' },
  },
});
