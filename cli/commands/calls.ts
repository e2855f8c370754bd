/**
 * `lcic-errors calls [paths...] [--json]`: the inventory of what the plugin sees. A lint run that
 * reports nothing may mean "nothing wrong" or "nothing found"; this tells which. It reports and
 * does not judge: the exit code is 0 whatever it finds (2 only for a path that does not exist).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { inventory, type CallRecord } from '../../analysis/inventory.js';
import { isKnownAction } from '../../analysis/catalog-view.js';
import { isSourceFilePath, loadModule } from '../../analysis/modules/index.js';
import { EDITION_OPTION, editionOf, flag, JSON_OPTION, type Command } from '../command.js';

/** Folders that hold no code of the project's own. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage', 'out']);

/**
 * The source files under `target` (a file or a folder), in a stable order. A folder is read once
 * whatever links lead to it (`visited`: real paths): a link back up (`src/self -> .`) would
 * otherwise list every file again at each level.
 */
function sourceFiles(target: string, visited = new Set<string>()): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return [];
  }
  if (stats.isFile()) return isSourceFilePath(target) ? [target] : [];
  if (!stats.isDirectory()) return [];
  const real = realpathSync(target);
  if (visited.has(real)) return [];
  visited.add(real);
  return readdirSync(target, { withFileTypes: true })
    // By name, whatever the entry is: a symlinked node_modules is still none of the project's code.
    .filter((entry) => !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => sourceFiles(path.join(target, entry.name), visited));
}

interface FileCalls {
  readonly file: string;
  readonly calls: readonly CallRecord[];
  /** The file could not be read as JavaScript or TypeScript. */
  readonly unreadable: boolean;
}

/** Up to this many files without calls are named in the summary; more would bury it. */
const MAX_NAMED_FILES = 10;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const callsCommand: Command = {
  name: 'calls',
  synopsis: 'calls [PATH...] [--edition china|international] [--json]',
  description:
    'Every LCIC call the plugin finds in the files (default: the current folder), without type information:\nfile, line, action, how it reaches the API, and what happens to its failures.\nIt reads no ESLint config: settings.lcic.clients and errorHandlers are not applied (--edition is).\nExits 0 whatever it finds, and 2 when a path does not exist (a typo must not look like a clean run).',
  options: { ...EDITION_OPTION, ...JSON_OPTION },
  run(args, out, err): number {
    const edition = editionOf(args);
    const targets = args.positionals.length > 0 ? args.positionals : ['.'];
    const missing = targets.filter((target) => sourceFiles(target).length === 0 && !safeExists(target));
    for (const target of missing) err.write(`${target}: no such file or folder.\n`);
    const status = missing.length > 0 ? 2 : 0;
    const files: FileCalls[] = [...new Set(targets.flatMap((target) => sourceFiles(target)))].map((file) => {
      const module = loadModule(file);
      const relative = path.relative(process.cwd(), file) || file;
      return { file: relative, calls: module ? inventory(module, { lcic: { edition } }) : [], unreadable: !module };
    });
    const calls = files.flatMap(({ file, calls: found }) => found.map((call) => ({ file, ...call })));
    if (flag(args, 'json')) {
      out.write(`${JSON.stringify({ calls, filesWithoutCalls: files.filter((f) => f.calls.length === 0).map((f) => f.file) }, null, 2)}\n`);
      return status;
    }
    for (const call of calls) {
      // A misspelt action is shown as written, and said to be one (valid-action reports it).
      const unknown = call.action !== null && call.action.split('|').some((action) => !isKnownAction(action)) ? ' (not an LCIC action)' : '';
      out.write(`${call.file}:${call.line}:${call.column}  ${call.action ?? '(action unknown)'}${unknown}  via ${call.via}${call.byName ? ' (by name)' : ''}  ${call.failures}\n`);
    }
    for (const { file } of files.filter((f) => f.unreadable)) err.write(`${file}: could not be parsed; skipped.\n`);
    // Nothing was there to read: a summary of zero calls would pass for a clean run.
    if (missing.length === targets.length) return status;
    const withCalls = files.filter((f) => f.calls.length > 0).length;
    const withoutCalls = files.filter((f) => f.calls.length === 0).map((f) => f.file);
    const written = new Set(calls.flatMap((call) => (call.action === null ? [] : call.action.split('|'))));
    const actions = [...written].filter(isKnownAction);
    // A misspelt name is no action: counted apart, so the count says how many real ones the code uses.
    const misspelt = written.size - actions.length;
    // A few files without calls are named: the one that should have some is then easy to spot.
    const named = withoutCalls.length > 0 && withoutCalls.length <= MAX_NAMED_FILES ? `: ${withoutCalls.join(', ')}` : '';
    out.write(
      `${plural(calls.length, 'call')} in ${plural(withCalls, 'file')}, ${plural(actions.length, 'action')}${misspelt > 0 ? ` (and ${plural(misspelt, 'name')} that ${misspelt === 1 ? 'is' : 'are'} not one)` : ''}${withoutCalls.length > 0 ? `; no LCIC calls found in ${plural(withoutCalls.length, 'file')}${named}` : ''}.\n`,
    );
    return status;
  },
};

function safeExists(target: string): boolean {
  try {
    statSync(target);
    return true;
  } catch {
    return false;
  }
}
