/**
 * Every rule is made here, so docs URLs and the `meta.docs` fields the configs read stay uniform.
 *
 * typescript-eslint's RuleCreator does the same, but importing it costs a tenth of this plugin's
 * start-up budget; options here are flat objects, so a shallow merge with the defaults is all
 * that its deep merge would do.
 */
import type { TSESLint } from '@typescript-eslint/utils';
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
};

interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  /** `defaultOptions` belongs here (ESLint applies it too, from 9.15 on); rules without options leave it out. */
  meta: Omit<TSESLint.RuleMetaData<MessageIds, LcicRuleDocs, Options>, 'docs'> & { docs: LcicRuleDocs };
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
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
  const { name, meta, create } = definition;
  const defaults = meta.defaultOptions ?? ([] as unknown as Options);
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create: (context) => create(context, withDefaults(defaults, context.options)),
  };
}
