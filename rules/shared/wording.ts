/**
 * The pieces of rule messages that are built from data (lists of actions, did-you-mean hints, the
 * edition's name), in the language `settings.lcic.language` asks for. The messages themselves are
 * in each rule: `meta.messages` in English, `translations` in Chinese.
 */
import type { LcicCall } from '../../analysis/find-lcic-calls.js';
import type { LcicEdition } from '../../codes/types.js';
import type { RuleLanguage } from '../../analysis/settings.js';

/** "A", "A and B", "A, B and C"; "A、B 和 C". */
export function joinNames(names: readonly string[], language: RuleLanguage): string {
  const and = language === 'zh-CN' ? ' 和 ' : ' and ';
  const comma = language === 'zh-CN' ? '、' : ', ';
  const rest = [...names];
  const last = rest.pop() ?? '';
  return rest.length === 0 ? last : `${rest.join(comma)}${and}${last}`;
}

/** The actions of the calls a handler receives, for messages: "CreateRoom and StartRoom". */
export function listActions(calls: readonly LcicCall[], language: RuleLanguage): string {
  const unknown = language === 'zh-CN' ? '未知接口' : 'an unknown action';
  const or = language === 'zh-CN' ? ' 或 ' : ' or ';
  return joinNames([...new Set(calls.map((call) => (call.actions.length > 0 ? call.actions.join(or) : unknown)))], language);
}

/** " Did you mean 'X' or 'Y'?", or nothing when there is no near name. */
export function didYouMean(names: readonly string[], language: RuleLanguage, joiner: 'or' | 'first' = 'or'): string {
  if (names.length === 0) return '';
  const quoted = (joiner === 'first' ? names.slice(0, 1) : names).map((name) => `'${name}'`);
  return language === 'zh-CN' ? `是否想写 ${quoted.join(' 或 ')}？` : ` Did you mean ${quoted.join(' or ')}?`;
}

/** The first codes, and how many more: "A, B and 3 more". */
export function someCodes(codes: readonly string[], shown: number, language: RuleLanguage): string {
  const listed = codes.slice(0, shown).join(language === 'zh-CN' ? '、' : ', ');
  if (codes.length <= shown) return listed;
  return language === 'zh-CN' ? `${listed} 等另外 ${codes.length - shown} 个` : `${listed} and ${codes.length - shown} more`;
}

export function editionName(edition: LcicEdition, language: RuleLanguage): string {
  if (language === 'zh-CN') return edition === 'international' ? '国际站' : '中国站';
  return edition;
}
