/** Paths into test/fixtures/modules and the text of the nodes the modules layer returns. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { loadModule, type ParsedModule } from '../../../analysis/modules/index.js';

const fixturesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/modules');

/** espree, ESLint's default parser, as the installed ESLint loads it (it has `parse` and no `parseForESLint`). */
export const espree = createRequire(createRequire(import.meta.url).resolve('eslint'))('espree') as Linter.Parser;

export function fixture(...parts: string[]): string {
  return path.join(fixturesRoot, ...parts);
}

/** The source text of `node` in `module`. */
export function sourceOf(module: ParsedModule, node: TSESTree.Node): string {
  return module.text.slice(node.range[0], node.range[1]);
}

/** A path relative to the fixtures folder, with `/` separators. */
export function fixtureName(filePath: string): string {
  return path.relative(fixturesRoot, filePath).split(path.sep).join('/');
}

/**
 * A definition as one line to compare: `file: node type: source text`, the text cut at its first
 * line break (` …` marks a cut).
 */
export function describeDefinition(definition: { module: ParsedModule; node: TSESTree.Node } | undefined): string | undefined {
  if (!definition) return undefined;
  const [firstLine = '', ...rest] = sourceOf(definition.module, definition.node).split('\n');
  return `${fixtureName(definition.module.filename)}: ${definition.node.type}: ${firstLine}${rest.length > 0 ? ' …' : ''}`;
}

/** `value`, or a failed test naming `what` was missing. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

/** A fixture parsed with `parser`, or a failed test. */
export function loadFixture(parts: readonly string[], parser?: unknown): ParsedModule {
  return defined(loadModule(fixture(...parts), parser), `test/fixtures/modules/${parts.join('/')} to load`);
}
