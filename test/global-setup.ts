/**
 * Builds what the tests load the way users do, before any test runs: dist/ (the example project,
 * the ESLint CLI and the editor load the plugin by its package name), dist/cjs/ (the packed
 * package's `require` entry) and site/ (the docs tests). Each is rebuilt only when its inputs
 * changed since its last build (scripts/build.ts keeps a hash of them), so no test sees a stale
 * build and a second run right after the first builds nothing.
 */
import { build } from '../scripts/build.js';

export default async function setup(): Promise<void> {
  await build(['esm', 'cjs', 'site'], { log: (line) => { console.log(line); } });
}
