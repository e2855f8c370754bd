/**
 * Every rule is made here, so docs URLs and the `meta.docs` fields the configs read stay uniform.
 *
 * typescript-eslint's RuleCreator does the same, but importing it costs a tenth of this plugin's
 * start-up budget; options here are flat objects, so a shallow merge with the defaults is all
 * that its deep merge would do.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { rootOf } from '../../analysis/ast.js';
import { readSettings } from '../../analysis/settings.js';
import { ruleDocsUrl } from '../../lib/package-info.js';

export interface LcicRuleDocs {
  description: string;
  /** In the `recommended` configs. Every rule is in `strict`. */
  recommended: boolean;
  /** Whether the rule finds more with type information (it never requires it). */
  usesTypeInformation?: boolean;
  /** Options the `strict` config sets, when they differ from the defaults. */
  strictOptions?: readonly unknown[];
}

export type LcicRule<MessageIds extends string, Options extends readonly unknown[]> = TSESLint.RuleModule<MessageIds, Options, LcicRuleDocs> & {
  name: string;
  /** The messages in other languages than English (see `settings.lcic.language`). */
  translations: { readonly 'zh-CN': Readonly<Record<MessageIds, string>> };
};

interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  /** `defaultOptions` belongs here (ESLint applies it too, from 9.15 on); rules without options leave it out. */
  meta: Omit<TSESLint.RuleMetaData<MessageIds, LcicRuleDocs, Options>, 'docs'> & { docs: LcicRuleDocs };
  /** Every message again, in Chinese, for `settings.lcic.language: "zh-CN"`: the type insists on all of them. */
  translations: { readonly 'zh-CN': Readonly<Record<MessageIds, string>> };
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
}

/** `{{ name }}` placeholders filled from `data`, as ESLint fills its own; unknown ones stay as written. */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (placeholder, key: string) => (data && key in data ? String(data[key]) : placeholder));
}

type Descriptor = { messageId?: string; message?: string; data?: Record<string, unknown>; suggest?: readonly Suggestion[] | null } & Record<string, unknown>;
type Suggestion = { messageId?: string; desc?: string; data?: Record<string, unknown> } & Record<string, unknown>;

/**
 * `context` with its `report` replaced. A Proxy rather than a copy, so that whatever else the
 * host's context has (getters included) keeps working as it is.
 */
function withReport<Context extends object>(context: Context, report: (descriptor: Descriptor) => void): Context {
  // The target is a fresh object: a host's context may be frozen, and a Proxy of it could not change `report`.
  return new Proxy(Object.create(null) as Context, {
    get(_, property) {
      if (property === 'report') return report;
      const value: unknown = Reflect.get(context, property, context);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(context) : value;
    },
    has: (_, property) => Reflect.has(context, property),
  });
}

const hostReport = (context: object) => (descriptor: Descriptor) => {
  (context as { report(d: Descriptor): void }).report(descriptor);
};

/**
 * The rule's context, with reports written in `messages` instead of the rule's own English: each
 * report (and suggestion) gets its text as `message`/`desc`, so every host shows the translation.
 */
function translatedContext<Context extends object>(context: Context, messages: Readonly<Record<string, string>>): Context {
  const translate = <T extends { messageId?: string; data?: Record<string, unknown> }>(item: T, key: 'message' | 'desc') => {
    if (item.messageId === undefined || !(item.messageId in messages)) return item;
    const { messageId, ...rest } = item;
    return { ...rest, [key]: interpolate(messages[messageId] ?? '', item.data) };
  };
  const report = hostReport(context);
  return withReport(context, (descriptor) => {
    const translated = translate(descriptor, 'message') as Descriptor;
    const suggest = descriptor.suggest?.map((suggestion) => translate(suggestion, 'desc'));
    report(suggest ? { ...translated, suggest } : translated);
  });
}

/**
 * The analysis follows helpers into other modules; a node found there has the other file's
 * positions, and a report on it would land on the wrong lines of this file, with suggestions that
 * edit the wrong text. Such reports are dropped here, whatever rule makes them (the rules that can
 * say something useful report at the call in this file instead).
 */
function reportsInThisFileOnly<Context extends object>(context: Context, program: object): Context {
  const report = hostReport(context);
  return withReport(context, (descriptor) => {
    const node = descriptor.node as TSESTree.Node | undefined;
    if (node && rootOf(node) !== program) return;
    report(descriptor);
  });
}

/** The user's options over the defaults, position by position; objects are merged one level deep. */
export function withDefaults<Options extends readonly unknown[]>(defaults: Options, given: readonly unknown[]): Options {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  return defaults.map((fallback, i) => {
    const value = given[i];
    if (value === undefined) return fallback;
    return isObject(fallback) && isObject(value) ? { ...fallback, ...value } : value;
  }) as unknown as Options;
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<MessageIds, Options>,
): LcicRule<MessageIds, Options> {
  const { name, meta, create, translations } = definition;
  const defaults = meta.defaultOptions ?? ([] as unknown as Options);
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    translations,
    create: (context) => {
      const language = readSettings(context.settings).language;
      const local = reportsInThisFileOnly(context, context.sourceCode.ast);
      const localized = language === 'en' ? local : translatedContext(local, translations[language]);
      return create(localized, withDefaults(defaults, context.options));
    },
  };
}
