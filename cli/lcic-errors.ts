/**
 * `lcic-errors`: the catalog in the terminal.
 *
 *   lcic-errors explain CODE
 *   lcic-errors list [--action ACTION] [--edition china|international] [--json]
 *
 * `run` takes its arguments and output streams as parameters and returns the exit code, so tests
 * drive it directly; `bin.ts` is the executable wrapper.
 */
import { parseArgs } from 'node:util';
import {
  actionsReturning,
  allActions,
  allErrorCodes,
  codeInfos,
  codesFor,
  editions,
  getActionInfo,
  lookupCode,
  type ErrorCodeInfo,
  type LcicAction,
  type LcicEdition,
} from '../codes/index.js';
import { nearestNames } from '../lib/nearest-names.js';
import { codeDocsUrl } from '../lib/package-info.js';

export interface Output {
  write(text: string): void;
}

export const USAGE = `Usage:
  lcic-errors explain CODE [--edition china|international]
      What an LCIC error code means, what causes it, what to do, and which actions return it.
  lcic-errors list [--action ACTION] [--edition china|international] [--json]
      Every code (or one action's codes). --json prints {"codes":[...]}.
`;

/** Thrown for a wrong invocation; the message is printed and the exit code is 2. */
class UsageError extends Error {}

const RETRY_WORDS = {
  never: 'no: change the request or the account first',
  'after-backoff': 'yes, after a back-off',
  immediately: 'yes, at once with a fresh request',
} as const;

function parseEdition(value: string | undefined): LcicEdition {
  if (value === undefined) return 'china';
  if ((editions as readonly string[]).includes(value)) return value as LcicEdition;
  throw new UsageError(`--edition must be one of: ${editions.join(', ')} (got "${value}").`);
}

function didYouMean(names: readonly string[]): string {
  return names.length === 0 ? '' : ` Did you mean ${names.map((n) => `"${n}"`).join(', ')}?`;
}

function explain(code: string, edition: LcicEdition, out: Output, err: Output): number {
  const found = lookupCode(code);
  if (!found?.exact) {
    const near = nearestNames(code, allErrorCodes);
    // With no near name, the known parent still tells the caller what kind of failure it is.
    const parentNote =
      found && near.length === 0 ? ` An unknown sub-code is treated as its parent "${found.info.code}": ${found.info.summary}` : '';
    err.write(`"${code}" is not an LCIC error code.${didYouMean(near)}${parentNote}\n`);
    return 1;
  }
  const { info } = found;
  const actions = actionsReturning(info.code, edition);
  const children = allErrorCodes.filter((c) => lookupCode(c)?.info.parent === info.code);
  const lines = [
    `${info.code}${info.retired ? ' (retired: no action returns it any more)' : ''}`,
    `  ${info.summary}`,
    '',
    `  Cause:      ${info.cause}`,
    `  What to do: ${info.remedy}`,
    `  Retry:      ${RETRY_WORDS[info.retry]}`,
    `  Category:   ${info.category}`,
    `  Scope:      ${info.scope === 'common' ? 'common (any Tencent Cloud API action can return it)' : 'LCIC'}`,
    `  Editions:   ${info.editions.join(', ')}`,
  ];
  if (info.parent) lines.push(`  Parent:     ${info.parent}`);
  if (children.length > 0) lines.push(`  Sub-codes:  ${children.join(', ')}`);
  lines.push(
    actions.length > 0
      ? `  Returned by ${actions.length} action${actions.length === 1 ? '' : 's'} (${edition}): ${actions.join(', ')}`
      : `  No action lists it on the ${edition} site${info.scope === 'common' ? ', but as a common code any action can return it' : ''}.`,
  );
  lines.push(`  Docs:       ${codeDocsUrl(info.code)}`);
  out.write(`${lines.join('\n')}\n`);
  return 0;
}

function codeAsJson(info: ErrorCodeInfo, edition: LcicEdition) {
  return {
    code: info.code,
    summary: info.summary,
    cause: info.cause,
    remedy: info.remedy,
    retryable: info.retry !== 'never',
    retry: info.retry,
    category: info.category,
    scope: info.scope,
    parent: info.parent ?? null,
    editions: info.editions,
    retired: info.retired,
    actions: actionsReturning(info.code, edition),
  };
}

function list(action: string | undefined, edition: LcicEdition, json: boolean, out: Output, err: Output): number {
  let infos = codeInfos.filter((info) => info.editions.includes(edition));
  if (action !== undefined) {
    const actionInfo = getActionInfo(action);
    if (!actionInfo) {
      err.write(`"${action}" is not an LCIC action.${didYouMean(nearestNames(action, allActions))}\n`);
      return 1;
    }
    if (!actionInfo.editions.includes(edition)) {
      err.write(`"${action}" is not offered on the ${edition} edition (only on: ${actionInfo.editions.join(', ')}).\n`);
      return 1;
    }
    const codes: readonly string[] = codesFor(action as LcicAction, edition);
    infos = codeInfos.filter((info) => codes.includes(info.code));
  }
  if (json) {
    out.write(`${JSON.stringify({ codes: infos.map((info) => codeAsJson(info, edition)) }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...infos.map((info) => info.code.length));
  for (const info of infos) out.write(`${info.code.padEnd(width)}  ${info.summary}\n`);
  return 0;
}

export function run(argv: readonly string[], out: Output, err: Output): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        action: { type: 'string' },
        edition: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      (command === undefined && !values.help ? err : out).write(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const edition = parseEdition(values.edition);
    if (command === 'explain') {
      const [code, ...extra] = rest;
      if (code === undefined || extra.length > 0) throw new UsageError('explain takes exactly one code, e.g. lcic-errors explain ResourceNotFound.Room');
      return explain(code, edition, out, err);
    }
    if (command === 'list') {
      if (rest.length > 0) throw new UsageError(`list takes no arguments besides options (got "${rest.join(' ')}").`);
      return list(values.action, edition, values.json, out, err);
    }
    throw new UsageError(`Unknown command "${command}".${didYouMean(nearestNames(command, ['explain', 'list']))}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
