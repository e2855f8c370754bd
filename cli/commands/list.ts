/** `lcic-errors list`: every code, or one action's codes, one line each or as JSON. */
import { allActions, codesFor, codeInfos, codeText, getActionInfo } from '../../codes/index.js';
import { nearestNames } from '../../lib/nearest-names.js';
import { canonicalAction, codeAsJson, LABELS } from '../catalog-terms.js';
import {
  didYouMean,
  EDITION_OPTION,
  editionOf,
  flag,
  JSON_OPTION,
  LANG_OPTION,
  languageOf,
  optionValue,
  UsageError,
  type Command,
} from '../command.js';

export const listCommand: Command = {
  name: 'list',
  synopsis: 'list [--action ACTION] [--edition china|international] [--lang en|zh-CN] [--json]',
  description: 'Every code of the edition (or one action\'s codes). ACTION may be in any letter case (a note on stderr gives the exact one). --json prints {"codes":[...]}.',
  options: { action: { type: 'string' }, ...EDITION_OPTION, ...LANG_OPTION, ...JSON_OPTION },
  run(args, out, err): number {
    if (args.positionals.length > 0) throw new UsageError(`list takes no arguments besides options (got "${args.positionals.join(' ')}").`);
    const edition = editionOf(args);
    const lang = languageOf(args);
    let infos = codeInfos.filter((info) => info.editions.includes(edition));
    const actionInput = optionValue(args, 'action');
    if (actionInput !== undefined) {
      const action = canonicalAction(actionInput);
      const actionInfo = action && getActionInfo(action);
      if (!action || !actionInfo) {
        err.write(`"${actionInput}" is not an LCIC action.${didYouMean(nearestNames(actionInput, allActions, 3, { wordPrefixes: true }))}\n`);
        return 1;
      }
      if (!actionInfo.editions.includes(edition)) {
        err.write(`"${action}" is not offered on the ${edition} edition (only on: ${actionInfo.editions.join(', ')}).\n`);
        return 1;
      }
      // The API matches action names exactly: a request for `createroom` answers InvalidAction.
      if (actionInput !== action) err.write(`${LABELS[lang].otherCaseAction(actionInput, action)}\n`);
      const codes: readonly string[] = codesFor(action, edition);
      infos = codeInfos.filter((info) => codes.includes(info.code));
    }
    if (flag(args, 'json')) {
      out.write(`${JSON.stringify({ codes: infos.map((info) => codeAsJson(info, edition, lang)) }, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...infos.map((info) => info.code.length));
    for (const info of infos) out.write(`${info.code.padEnd(width)}  ${codeText(info, lang).summary}\n`);
    // An action's own list is not all it may answer with; said on stderr, so that stdout stays one code a line.
    if (actionInput !== undefined) {
      const commonLeftOut = codeInfos.filter((info) => info.scope === 'common' && info.editions.includes(edition) && !infos.includes(info)).map((info) => info.code);
      if (commonLeftOut.length > 0) err.write(`${LABELS[lang].commonToo(commonLeftOut)}\n`);
    }
    return 0;
  },
};
