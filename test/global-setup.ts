/**
 * Builds dist/ and the docs site once before the tests: the example project, the ESLint CLI and
 * the package tests load the plugin the way users do, from the built package, and the site tests
 * read site/; neither may be stale.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync('npx', ['typedoc', '--logLevel', 'Warn'], { stdio: 'inherit' });
}
