/**
 * Builds dist/ once before the tests: the example project, the ESLint CLI and the package tests
 * load the plugin the way users do, from the built package, and must not see a stale build.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
