/**
 * What the analysis needs of a parsed file. ESLint's SourceCode for the file being linted has all
 * of it; so does a module read from disk to follow an import.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export interface SourceFile {
  readonly ast: TSESTree.Program;
  readonly text: string;
  /** Which properties of each node type hold child nodes; hosts without them get a generic walk. */
  readonly visitorKeys?: Readonly<Record<string, readonly string[] | undefined>>;
  /** The innermost scope that contains `node`. */
  getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
}
