/**
 * `settings.lcic` in an ESLint config, shared by every rule:
 *
 *   settings: { lcic: { edition: 'international', language: 'zh-CN', clients: ['ClassroomGateway'], errorHandlers: ['reportLcicError'] } }
 *
 * Wrong values are not thrown on (a typo in settings must not stop a lint run): each is said once
 * per process on stderr, with the nearest setting name for an unknown one, and its default applies.
 */
import type { LcicEdition } from '../codes/types.js';
import { nearestNames } from '../lib/nearest-names.js';

/** The languages rule messages are written in. */
export type RuleLanguage = 'en' | 'zh-CN';

export interface LcicSettings {
  /** Which language rule messages use (default `en`). */
  readonly language: RuleLanguage;
  /** Which site's action and code lists apply (default `china`). */
  readonly edition: LcicEdition;
  /** Names of user classes or types whose methods named after LCIC actions call the API. */
  readonly clients: readonly string[];
  /** Names of functions that fully handle an LCIC error passed to them (log it with its RequestId, rethrow it...). */
  readonly errorHandlers: readonly string[];
}

const LANGUAGES: readonly RuleLanguage[] = ['en', 'zh-CN'];
const EDITIONS: readonly LcicEdition[] = ['china', 'international'];
const SETTING_NAMES = ['language', 'edition', 'clients', 'errorHandlers'];

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** What is wrong with `settings.lcic`, one sentence each (empty when nothing is). */
export function settingsProblems(source: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' or ');
  for (const key of Object.keys(source)) {
    if (SETTING_NAMES.includes(key)) continue;
    const [near] = nearestNames(key, SETTING_NAMES, 1);
    problems.push(`settings.lcic.${key} is not a setting of the plugin${near ? `; did you mean ${near}?` : '.'} It is ignored.`);
  }
  const oneOf = (key: 'language' | 'edition', allowed: readonly string[], fallback: string) => {
    const value = source[key];
    if (value !== undefined && !allowed.includes(value as string)) problems.push(`settings.lcic.${key} is ${JSON.stringify(value)}, not ${quoted(allowed)}: '${fallback}' applies.`);
  };
  oneOf('language', LANGUAGES, 'en');
  oneOf('edition', EDITIONS, 'china');
  for (const key of ['clients', 'errorHandlers'] as const) {
    const value = source[key];
    if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      problems.push(`settings.lcic.${key} should be a list of names (strings); what is not a string in it is ignored.`);
    }
  }
  return problems;
}

const said = new Set<string>();

/** Says each problem once per process: every file of a run reads the same settings. */
function warnOnce(problems: readonly string[]): void {
  for (const problem of problems) {
    if (said.has(problem)) continue;
    said.add(problem);
    console.warn(`eslint-plugin-lcic: ${problem}`);
  }
}

const cache = new WeakMap<object, LcicSettings>();
/** One object for every config without `settings.lcic`, so that its defaults are read once. */
const NO_SETTINGS: Record<string, unknown> = {};

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): LcicSettings {
  const raw = settings?.lcic;
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : NO_SETTINGS;
  const cached = cache.get(source);
  if (cached) return cached;
  warnOnce(settingsProblems(source));
  const parsed: LcicSettings = {
    language: source.language === 'zh-CN' ? 'zh-CN' : 'en',
    edition: source.edition === 'international' ? 'international' : 'china',
    clients: stringList(source.clients),
    errorHandlers: stringList(source.errorHandlers),
  };
  cache.set(source, parsed);
  return parsed;
}
