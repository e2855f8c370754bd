/**
 * What every `lcic-errors` subcommand is: a name, its options, its usage, and a `run` that gets
 * the parsed arguments and the output streams and returns the exit code. `lcic-errors.ts` parses
 * the command line against the command's own options, so a new subcommand is one file in
 * `commands/` plus one line in the list there.
 */
import { editions, languages, type LcicEdition, type LcicLanguage } from '../codes/index.js';

/** Where the CLI writes: process.stdout and process.stderr, or strings in tests. */
export interface Output {
  write(text: string): void;
}

/** The parsed command line of one command: its positionals and its options' values. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** One option of a command: a flag, or an option that takes one value. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias, as in `-h`. */
  readonly short?: string;
}

export interface Command {
  /** The word after `lcic-errors`. */
  readonly name: string;
  /** The command line, as in the usage text: `explain CODE [--json]`. */
  readonly synopsis: string;
  /** One or two lines on what it does, for the usage text. */
  readonly description: string;
  /** Its options, in node:util parseArgs form (`--help` is added for every command). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(args: CommandArgs, out: Output, err: Output): number;
}

/** A wrong invocation: the message is printed on one line, then the usage, and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The options several commands share. */
export const EDITION_OPTION = { edition: { type: 'string' } } as const satisfies Record<string, OptionSpec>;
export const LANG_OPTION = { lang: { type: 'string' } } as const satisfies Record<string, OptionSpec>;
export const JSON_OPTION = { json: { type: 'boolean' } } as const satisfies Record<string, OptionSpec>;

function stringValue(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--edition`, china by default. */
export function editionOf(args: CommandArgs): LcicEdition {
  const value = stringValue(args, 'edition');
  if (value === undefined) return 'china';
  const found = editions.find((edition) => edition === value.toLowerCase());
  if (found) return found;
  throw new UsageError(`--edition must be one of: ${editions.join(', ')} (got "${value}").`);
}

/** `--lang`, English by default; any letter case (`zh-cn`) is accepted. */
export function languageOf(args: CommandArgs): LcicLanguage {
  const value = stringValue(args, 'lang');
  if (value === undefined) return 'en';
  const found = languages.find((language) => language.toLowerCase() === value.toLowerCase());
  if (found) return found;
  throw new UsageError(`--lang must be one of: ${languages.join(', ')} (got "${value}").`);
}

/** A string option's value, or undefined when it was not given. */
export function optionValue(args: CommandArgs, name: string): string | undefined {
  return stringValue(args, name);
}

/** Whether a boolean option was given. */
export function flag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

/** " Did you mean "a", "b"?" or nothing. */
export function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? '' : ` Did you mean ${names.map((n) => `"${n}"`).join(', ')}?`;
}
