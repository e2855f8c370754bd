/**
 * Every rule is made here, so docs URLs and the `meta.docs` fields the configs read stay uniform.
 */
import { ESLintUtils } from '@typescript-eslint/utils';
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

export const createRule = ESLintUtils.RuleCreator<LcicRuleDocs>(ruleDocsUrl);
