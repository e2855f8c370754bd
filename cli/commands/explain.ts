/** `lcic-errors explain CODE`: one code in full, as text or as JSON. */
import {
  actionsReturning,
  allActions,
  allErrorCodes,
  codeText,
  lookupCode,
  lookupCodeOrAncestor,
  type ErrorCodeInfo,
  type LcicEdition,
  type LcicLanguage,
} from '../../codes/index.js';
import { nearestNames } from '../../lib/nearest-names.js';
import { codeDocsUrl } from '../../lib/package-info.js';
import { canonicalAction, canonicalCode, codeAsJson, LABELS } from '../catalog-terms.js';
import {
  EDITION_OPTION,
  editionOf,
  flag,
  JSON_OPTION,
  LANG_OPTION,
  languageOf,
  UsageError,
  type Command,
  type Output,
} from '../command.js';

function explainText(info: ErrorCodeInfo, edition: LcicEdition, lang: LcicLanguage): string {
  const words = LABELS[lang];
  const text = codeText(info, lang);
  const actions = actionsReturning(info.code, edition);
  const children = allErrorCodes.filter((code) => lookupCode(code)?.parent === info.code);
  const lines = [
    `${info.code}${info.retired ? words.retired : ''}`,
    `  ${text.summary}`,
    '',
    `  ${words.cause}${text.cause}`,
    `  ${words.remedy}${text.remedy}`,
    `  ${words.retry}${words.retryWords[info.retry]}`,
    `  ${words.category}${words.categoryWords[info.category]}`,
    `  ${words.scope}${info.scope === 'common' ? words.scopeCommon : 'LCIC'}`,
    `  ${words.editions}${info.editions.join(', ')}`,
  ];
  if (info.parent) lines.push(`  ${words.parent}${info.parent}`);
  if (children.length > 0) lines.push(`  ${words.children}${children.join(', ')}`);
  lines.push(`  ${actions.length > 0 ? words.returnedBy(actions.length, edition, actions.join(', ')) : words.notListed(edition, info.scope === 'common')}`);
  lines.push(`  ${words.docs}${codeDocsUrl(info.code)}`);
  return `${lines.join('\n')}\n`;
}

/** Why `input` is not a code, with the nearest real ones, or the family an unknown sub-code belongs to. */
function notACode(input: string, lang: LcicLanguage): string {
  const words = LABELS[lang];
  // The last part alone (`roomnotend`) names the codes that end with it, in any letter case.
  const lastPart = input.toLowerCase();
  const endingWithIt = allErrorCodes.filter((code) => code.includes('.') && code.split('.').at(-1)?.toLowerCase() === lastPart);
  const near = endingWithIt.length > 0 ? endingWithIt : nearestNames(input, allErrorCodes);
  const family = lookupCodeOrAncestor(input);
  // With no near name, the known parent still tells the caller what kind of failure it is.
  const parentNote = family && near.length === 0 ? words.family(family.info.code, codeText(family.info, lang).summary) : '';
  // `explain DescribeRoom`: an action's name, or one near it, where a code was asked for.
  const action = canonicalAction(input);
  const actions = action ? [action] : near.length === 0 && !family ? nearestNames(input, allActions, 3, { wordPrefixes: true }) : [];
  const actionNote = actions.length > 0 ? words.actionsInstead(actions) : '';
  return `${words.notACode(input)}${words.didYouMean(near)}${parentNote}${actionNote}\n`;
}

export const explainCommand: Command = {
  name: 'explain',
  synopsis: 'explain CODE [--edition china|international] [--lang en|zh-CN] [--json]',
  description:
    'What an LCIC error code means, what causes it, what to do, whether to retry, and which actions return it.\n' +
    'CODE may be in any letter case (a note on stderr gives the exact one). --json prints the same object as one entry of `list --json`.',
  options: { ...EDITION_OPTION, ...LANG_OPTION, ...JSON_OPTION },
  run(args, out: Output, err: Output): number {
    const [input, ...extra] = args.positionals;
    if (input === undefined || extra.length > 0) throw new UsageError('explain takes exactly one code, e.g. lcic-errors explain ResourceNotFound.Room');
    const edition = editionOf(args);
    const lang = languageOf(args);
    const code = canonicalCode(input);
    const info = code === undefined ? undefined : lookupCode(code);
    if (!info) {
      err.write(notACode(input, lang));
      return 1;
    }
    // Stderr, so that --json output stays one object; the exit code stays 0: the code is explained.
    if (input !== info.code) err.write(`${LABELS[lang].otherCase(input, info.code)}\n`);
    out.write(flag(args, 'json') ? `${JSON.stringify(codeAsJson(info, edition, lang), null, 2)}\n` : explainText(info, edition, lang));
    return 0;
  },
};
