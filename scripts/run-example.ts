/**
 * `npm run example`: lints examples/classroom-service with the built plugin and prints the
 * findings in ESLint's usual format. Findings are the point of the demo, so they do not fail the
 * command; a crash or a file ESLint could not parse does.
 *
 * The example's eslint.config.js loads the plugin by its package name, that is from dist/: the ES
 * module build is all it needs, and it is built first unless it is up to date.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { build } from './build.js';

await build(['esm'], { log: (line) => { console.error(line); } });

const cwd = fileURLToPath(new URL('../examples/classroom-service/', import.meta.url));
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(['src']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${result.filePath}: ${message.message}`));
if (fatal.length > 0) {
  console.error(`ESLint could not lint every file:\n${fatal.join('\n')}`);
  process.exitCode = 1;
} else {
  const count = results.reduce((sum, result) => sum + result.messages.length, 0);
  console.log(`Linted ${results.length} files of examples/classroom-service: ${count} findings. (This demo exits 0: the findings are what it shows.)`);
}
