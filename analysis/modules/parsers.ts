/**
 * The parsers other modules are read with, loaded on first use only: `@typescript-eslint/parser`
 * loads TypeScript (a few hundred milliseconds), and an editor lints on every keystroke, so
 * importing the analysis must cost nothing until a module is actually read.
 *
 * A parser with only `parse` (espree, ESLint's default) gets its scopes from eslint-scope, as
 * ESLint does; eslint-scope and eslint-visitor-keys are taken from the installed ESLint's own
 * dependencies, so they are the versions that ESLint itself runs.
 */
import { createRequire } from 'node:module';

export interface ParseResultLike {
  readonly ast: unknown;
  readonly scopeManager?: unknown;
  readonly visitorKeys?: unknown;
}

/** What the analysis needs of a parser object (`context.languageOptions.parser`). */
export interface ParserLike {
  parseForESLint?(text: string, options: Record<string, unknown>): ParseResultLike;
  parse?(text: string, options: Record<string, unknown>): unknown;
}

interface EslintScope {
  analyze(ast: unknown, options: Record<string, unknown>): unknown;
}

interface EslintVisitorKeys {
  readonly KEYS: Readonly<Record<string, readonly string[]>>;
  getKeys(node: object): readonly string[];
}

const requireHere = createRequire(import.meta.url);

export function isParser(value: unknown): value is ParserLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as ParserLike;
  return typeof candidate.parseForESLint === 'function' || typeof candidate.parse === 'function';
}

/** A value loaded once: the module, or `null` when it cannot be loaded (remembered, never retried). */
function loadOnce<T>(load: () => T | undefined): () => T | undefined {
  let loaded: T | null | undefined;
  return () => {
    if (loaded === undefined) {
      try {
        loaded = load() ?? null;
      } catch {
        loaded = null;
      }
    }
    return loaded ?? undefined;
  };
}

/**
 * `@typescript-eslint/parser`, or undefined when it cannot be loaded (it needs the `typescript`
 * package, an optional peer dependency that a JavaScript-only project may not have).
 */
export const typescriptEslintParser = loadOnce(() => requireHere('@typescript-eslint/parser') as ParserLike);

/** `require` from the installed ESLint's folder, for the packages it depends on. */
const requireFromEslint = loadOnce(() => createRequire(requireHere.resolve('eslint')));

export const eslintScope = loadOnce(() => requireFromEslint()?.('eslint-scope') as EslintScope | undefined);

export const eslintVisitorKeys = loadOnce(() => requireFromEslint()?.('eslint-visitor-keys') as EslintVisitorKeys | undefined);

/** ESLint's default parser, for JavaScript files when `@typescript-eslint/parser` cannot be loaded. */
export const espree = loadOnce(() => requireFromEslint()?.('espree') as ParserLike | undefined);
