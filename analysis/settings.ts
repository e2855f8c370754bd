/**
 * `settings.lcic` in an ESLint config, shared by every rule:
 *
 *   settings: { lcic: { edition: 'international', language: 'zh-CN', clients: ['ClassroomGateway'], errorHandlers: ['reportLcicError'] } }
 *
 * Wrong values are ignored rather than thrown on: a typo in settings must not stop a lint run.
 */
import type { LcicEdition } from '../codes/types.js';

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

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const cache = new WeakMap<object, LcicSettings>();
/** One object for every config without `settings.lcic`, so that its defaults are read once. */
const NO_SETTINGS: Record<string, unknown> = {};

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): LcicSettings {
  const raw = settings?.lcic;
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : NO_SETTINGS;
  const cached = cache.get(source);
  if (cached) return cached;
  const parsed: LcicSettings = {
    language: source.language === 'zh-CN' ? 'zh-CN' : 'en',
    edition: source.edition === 'international' ? 'international' : 'china',
    clients: stringList(source.clients),
    errorHandlers: stringList(source.errorHandlers),
  };
  cache.set(source, parsed);
  return parsed;
}
