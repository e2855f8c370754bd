/**
 * `lcic-errors`: the catalog in the terminal.
 *
 *   lcic-errors explain CODE [--edition E] [--lang L] [--json]
 *   lcic-errors list [--action ACTION] [--edition E] [--lang L] [--json]
 *   lcic-errors calls [PATH...] [--edition E] [--json]
 *   lcic-errors --version | --help | help [COMMAND] | COMMAND --help
 *
 * Each subcommand is a {@link Command} in `commands/`; to add one, write the file and add it to
 * {@link COMMANDS}. `run` takes its arguments and output streams as parameters and returns the
 * exit code, so tests drive it directly; `bin.ts` is the executable wrapper.
 */
import { parseArgs } from 'node:util';
import { nearestNames } from '../lib/nearest-names.js';
import { packageInfo } from '../lib/package-info.js';
import { didYouMean, UsageError, type Command, type CommandArgs, type OptionSpec, type Output } from './command.js';
import { callsCommand } from './commands/calls.js';
import { explainCommand } from './commands/explain.js';
import { listCommand } from './commands/list.js';

export type { Output } from './command.js';

/** Every subcommand, in the order the usage lists them. */
export const COMMANDS: readonly Command[] = [explainCommand, listCommand, callsCommand];

/** Options that every command line accepts, wherever they stand. */
const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies Record<string, OptionSpec>;

function commandUsage(command: Command): string {
  const description = command.description.split('\n').map((line) => `      ${line}`).join('\n');
  return `  lcic-errors ${command.synopsis}\n${description}\n`;
}

/** The usage of every command, or of one. */
export function usage(command?: Command): string {
  const commands = command ? [command] : COMMANDS;
  return [
    'Usage:',
    ...commands.map(commandUsage),
    ...(command ? [] : ['  lcic-errors --version | --help | help COMMAND', '']),
  ].join('\n');
}

/** How an option was written, for messages: `--edition` or `-h`. */
const written = (token: { rawName: string }) => token.rawName;

/**
 * Parses `args` against `options`, reporting an unknown option, a missing value or a value given
 * to a flag as one clean sentence (node's own messages quote the option oddly).
 */
function parseCommandLine(args: readonly string[], options: Readonly<Record<string, OptionSpec>>, where: string): CommandArgs {
  const { tokens } = parseArgs({ args: [...args], options: { ...options }, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) throw new UsageError(`${where}: unknown option ${written(token)}.`);
    if (option.type === 'string' && token.value === undefined) throw new UsageError(`${where}: ${written(token)} needs a value.`);
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(`${where}: ${written(token)} takes no value.`);
  }
  const { values, positionals } = parseArgs({ args: [...args], options: { ...options }, allowPositionals: true, strict: true });
  return { values, positionals };
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  // `lcic-errors ResourceNotFound.Room`: a code (or something shaped like one) where the command goes.
  if (/^[A-Z][A-Za-z]*(\.[A-Za-z0-9]+)*$/.test(name)) throw new UsageError(`Unknown command "${name}". To look up a code, run: lcic-errors explain ${name}`);
  throw new UsageError(`Unknown command "${name}".${didYouMean(nearestNames(name, COMMANDS.map((c) => c.name)))}`);
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export function run(argv: readonly string[], out: Output, err: Output): number {
  let command: Command | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first.startsWith('-')) {
      const global = parseCommandLine(argv, GLOBAL_OPTIONS, 'lcic-errors');
      if (global.values.version === true) {
        out.write(`${packageInfo.version}\n`);
        return 0;
      }
      if (global.values.help === true) {
        out.write(usage());
        return 0;
      }
      throw new UsageError(first === undefined ? 'Name a command.' : `Options go after the command.`);
    }
    if (first === 'help') {
      const [name, ...extra] = rest;
      if (extra.length > 0) throw new UsageError('help takes at most one command name.');
      out.write(usage(name === undefined ? undefined : findCommand(name)));
      return 0;
    }
    command = findCommand(first);
    const args = parseCommandLine(rest, { ...command.options, ...GLOBAL_OPTIONS }, `lcic-errors ${command.name}`);
    if (args.values.version === true) {
      out.write(`${packageInfo.version}\n`);
      return 0;
    }
    if (args.values.help === true) {
      out.write(usage(command));
      return 0;
    }
    return command.run(args, out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`${error.message}\n\n${usage(command)}`);
      return 2;
    }
    throw error;
  }
}
