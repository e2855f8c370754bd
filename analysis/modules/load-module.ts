/**
 * Other files of the project, parsed the way ESLint parses the file being linted, and the file
 * being linted itself, both seen through one interface (`ParsedModule`) so that the analysis reads
 * an imported module exactly as it reads the current one.
 *
 * Modules are cached per run (per process, or per worker thread under `--concurrency`: nothing is
 * shared and nothing is written to disk) and re-read when a file's mtime or size changes, which an
 * editor session relies on. A file that cannot be read as a module (missing, a folder, too large,
 * binary, a syntax error) is `undefined`, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { rootOf } from '../ast.js';
import { eslintScope, eslintVisitorKeys, espree, isParser, type ParserLike, typescriptEslintParser } from './parsers.js';
import { isSourceFilePath } from './resolve-import.js';
import { currentSession, noteChange, startSession } from './session.js';

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** What the analysis needs of any parsed file: an imported module or the file being linted. */
export interface ParsedModule {
  /** Absolute path of the file. */
  readonly filename: string;
  /** The file's text, without a byte order mark (as ESLint's `SourceCode#text`). */
  readonly text: string;
  /**
   * The tree, with `parent` set on every node below the Program. A module read from disk keeps no
   * `tokens` or `comments` arrays (about 40% of its memory); the linted file's tree keeps ESLint's.
   */
  readonly ast: TSESTree.Program;
  readonly visitorKeys: VisitorKeys;
  readonly scopeManager: TSESLint.Scope.ScopeManager;
  /** The innermost scope containing `node`, as ESLint's `SourceCode#getScope` finds it. */
  getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
}

/**
 * Files larger than this are not read. Hand-written modules (a client, a signing helper, a
 * wrapper class) are a few kilobytes; files above a megabyte are generated bundles, minified
 * vendor code or data, where a parse costs a few hundred milliseconds and tens of megabytes of
 * tree, repeated in every worker, to find nothing the analysis looks for.
 */
export const MAX_MODULE_BYTES = 1024 * 1024;

/**
 * The most modules kept parsed at once, least recently used dropped first. A module of 200 lines
 * holds about 0.7 MB (tree, locations, scopes); a lint run over a large project reads most of its
 * files as imports of others, and without a bound every worker would keep all of them until it
 * exits. One file's analysis needs a handful at a time, and the modules most files import (the
 * shared client, the signing helper) stay recently used.
 */
export const MAX_CACHED_MODULES = 200;

interface CacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  /** The lint session in which the file was last checked (see session.ts). */
  checked: number;
  /** `undefined` is cached too: a file that does not parse is not re-parsed until it changes. */
  readonly module: ParsedModule | undefined;
}

const moduleCache = new Map<string, CacheEntry>();
const parserIds = new WeakMap<object, number>();
let nextParserId = 1;
/** The parser a module was requested with: its own imports are read with the same one. */
const requestedParsers = new WeakMap<ParsedModule, unknown>();
/** Every module read or adapted, by its tree: a node from any file leads back to its module. */
const modulesByProgram = new WeakMap<object, ParsedModule>();

/**
 * The module a node belongs to: its scopes, its file, its visitor keys. Undefined for a node of a
 * tree this layer has not seen (a snippet parsed by someone else).
 */
export function moduleOfNode(node: TSESTree.Node): ParsedModule | undefined {
  // Asked for most nodes the analysis meets. Following parents to the root is a few pointer reads
  // (trees are shallow); remembering the answer per node would cost a WeakMap entry for each.
  return modulesByProgram.get(rootOf(node));
}

/**
 * The file at `filePath` parsed as a module, or undefined when it cannot be. `parser` is the
 * linted file's `context.languageOptions.parser`: used when it provides `parseForESLint`, or
 * `parse` for a JavaScript file (scopes then come from eslint-scope, as in ESLint); otherwise, or
 * when it fails on this file, `@typescript-eslint/parser` reads it, without type information.
 */
export function loadModule(filePath: string, parser?: unknown): ParsedModule | undefined {
  const filename = path.resolve(filePath);
  const cacheKey = `${String(parserId(parser))}\0${filename}`;
  const session = currentSession();
  const known = moduleCache.get(cacheKey);
  // Checked already in this lint session: other files do not change while one is linted.
  if (known && session !== 0 && known.checked === session) return known.module;
  const stats = fileStats(filename);
  if (!stats || !isSourceFilePath(filename)) {
    if (known) noteChange();
    moduleCache.delete(cacheKey);
    return undefined;
  }
  const cached = known;
  if (cached?.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
    cached.checked = session;
    // Most recently used last, so that eviction drops the oldest.
    moduleCache.delete(cacheKey);
    moduleCache.set(cacheKey, cached);
    return cached.module;
  }
  if (cached) noteChange();
  const text = stats.size > MAX_MODULE_BYTES ? undefined : readSourceText(filename);
  const module = text === undefined ? undefined : parseModule(filename, text, parser);
  if (module) {
    requestedParsers.set(module, parser);
    modulesByProgram.set(module.ast, module);
  }
  moduleCache.delete(cacheKey);
  moduleCache.set(cacheKey, { mtimeMs: stats.mtimeMs, size: stats.size, checked: session, module });
  evictOldest();
  return module;
}

/** The parser to read `module`'s own imports with: the one it was loaded with, or the linted file's. */
export function parserForImportsOf(module: ParsedModule): unknown {
  return requestedParsers.get(module);
}

/** Forgets every parsed module (tests; a long-lived process that wants its memory back). */
export function clearModuleCache(): void {
  moduleCache.clear();
}

function parserId(parser: unknown): number {
  if (!isParser(parser)) return 0;
  let id = parserIds.get(parser);
  if (id === undefined) {
    id = nextParserId++;
    parserIds.set(parser, id);
  }
  return id;
}

function evictOldest(): void {
  for (const key of moduleCache.keys()) {
    if (moduleCache.size <= MAX_CACHED_MODULES) return;
    moduleCache.delete(key);
  }
}

function fileStats(filename: string): { mtimeMs: number; size: number } | undefined {
  try {
    const stats = statSync(filename, { throwIfNoEntry: false });
    return stats?.isFile() ? { mtimeMs: stats.mtimeMs, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

/** The text of a file, or undefined when it is unreadable, grew past the limit or is binary. */
function readSourceText(filename: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filename);
  } catch {
    return undefined;
  }
  // A NUL byte never appears in source text; it does in images, archives and UTF-16 files.
  if (bytes.length > MAX_MODULE_BYTES || bytes.includes(0)) return undefined;
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Parsing

type SourceType = 'module' | 'commonjs';

interface Dialect {
  readonly typescript: boolean;
  readonly jsx: boolean;
  /** Source types to try, in order: a `.js` file may be CommonJS with a top-level `return`. */
  readonly sourceTypes: readonly SourceType[];
}

function dialectOf(filename: string): Dialect {
  const extension = path.extname(filename);
  const typescript = /^\.[cm]?tsx?$/.test(extension);
  const jsx = extension === '.tsx' || extension === '.jsx';
  const commonjs = extension === '.cjs' || extension === '.cts';
  const sourceTypes: readonly SourceType[] = commonjs ? ['commonjs'] : typescript ? ['module'] : ['module', 'commonjs'];
  return { typescript, jsx, sourceTypes };
}

function parseModule(filename: string, text: string, requested: unknown): ParsedModule | undefined {
  const dialect = dialectOf(filename);
  // ESLint hides a hashbang from parsers the same way, keeping every offset.
  const textToParse = text.replace(/^#!([^\r\n]*)/, '//$1');
  for (const parser of parsersFor(requested, dialect)) {
    for (const sourceType of dialect.sourceTypes) {
      const parsed = parseWith(parser, filename, textToParse, sourceType, dialect);
      if (parsed) return createModule(filename, text, parsed.ast, parsed.visitorKeys, parsed.scopeManager);
    }
  }
  return undefined;
}

/**
 * The requested parser where it can read this file, then `@typescript-eslint/parser`, then espree
 * for JavaScript when that cannot be loaded. Produced one at a time: a file the first parser reads
 * never loads the next (a JavaScript project linted with espree never loads TypeScript).
 */
function* parsersFor(requested: unknown, dialect: Dialect): Generator<ParserLike> {
  const requestedFits = isParser(requested) && (typeof requested.parseForESLint === 'function' || !dialect.typescript);
  if (requestedFits) yield requested;
  const typescriptParser = typescriptEslintParser();
  if (typescriptParser) {
    if (typescriptParser !== requested) yield typescriptParser;
    return;
  }
  const defaultParser = dialect.typescript ? undefined : espree();
  if (defaultParser && !(requestedFits && defaultParser === requested)) yield defaultParser;
}

interface ParsedTree {
  readonly ast: TSESTree.Program;
  readonly visitorKeys: VisitorKeys;
  readonly scopeManager: TSESLint.Scope.ScopeManager;
}

function parseWith(parser: ParserLike, filename: string, text: string, sourceType: SourceType, dialect: Dialect): ParsedTree | undefined {
  const options = {
    ecmaVersion: 'latest',
    sourceType,
    filePath: filename,
    ecmaFeatures: { jsx: dialect.jsx, globalReturn: sourceType === 'commonjs' },
    range: true,
    loc: true,
    // Neither is read by the analysis; parsers that honour these skip the work (others are stripped below).
    tokens: false,
    comment: false,
    // @typescript-eslint/parser: no maps to TypeScript's nodes, which only type information uses.
    preserveNodeMaps: false,
    eslintVisitorKeys: true,
    eslintScopeManager: true,
    // @typescript-eslint/parser: no warning about the TypeScript version from a background read.
    onUnsupportedTypeScriptVersion: 'ignore',
  };
  try {
    const result = parser.parseForESLint ? parser.parseForESLint(text, options) : { ast: parser.parse?.(text, options) };
    const ast = result.ast;
    if (!isProgram(ast)) return undefined;
    const visitorKeys = isVisitorKeys(result.visitorKeys) ? result.visitorKeys : eslintVisitorKeys()?.KEYS;
    if (!visitorKeys) return undefined;
    const scopeManager = (result.scopeManager ?? analyzeScopes(ast, sourceType, dialect, visitorKeys)) as TSESLint.Scope.ScopeManager | undefined;
    if (!scopeManager) return undefined;
    delete (ast as { tokens?: unknown }).tokens;
    delete (ast as { comments?: unknown }).comments;
    setParents(ast, visitorKeys);
    return { ast, visitorKeys, scopeManager };
  } catch {
    return undefined;
  }
}

/** Scopes for a parser that gives none, computed as ESLint computes them. */
function analyzeScopes(ast: TSESTree.Program, sourceType: SourceType, dialect: Dialect, visitorKeys: VisitorKeys): unknown {
  const scope = eslintScope();
  const keys = eslintVisitorKeys();
  if (!scope || !keys) return undefined;
  return scope.analyze(ast, {
    ignoreEval: true,
    nodejsScope: sourceType === 'commonjs',
    // 2022 brings class static blocks and field initialisers, the last change to how scopes nest.
    ecmaVersion: 2022,
    sourceType,
    childVisitorKeys: visitorKeys,
    fallback: (node: object) => keys.getKeys(node),
    jsx: dialect.jsx,
  });
}

function isProgram(value: unknown): value is TSESTree.Program {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Program';
}

function isVisitorKeys(value: unknown): value is VisitorKeys {
  return typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>).Program);
}

/** Sets `parent` on every node below `root`, following the parser's visitor keys. */
function setParents(root: TSESTree.Program, visitorKeys: VisitorKeys): void {
  const pending: TSESTree.Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) adopt(node, item, pending);
      } else {
        adopt(node, child, pending);
      }
    }
  }
}

function adopt(parent: TSESTree.Node, child: unknown, pending: TSESTree.Node[]): void {
  if (!isNode(child)) return;
  // Each node type declares which parents it can have; the tree itself is the authority here.
  (child as { parent?: TSESTree.Node }).parent = parent;
  pending.push(child);
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function createModule(
  filename: string,
  text: string,
  ast: TSESTree.Program,
  visitorKeys: VisitorKeys,
  scopeManager: TSESLint.Scope.ScopeManager,
): ParsedModule {
  const scopeOfNode = new WeakMap<TSESTree.Node, TSESLint.Scope.Scope>();
  return {
    filename,
    text,
    ast,
    visitorKeys,
    scopeManager,
    getScope(node) {
      let scope = scopeOfNode.get(node);
      if (!scope) {
        scope = innermostScope(scopeManager, node);
        scopeOfNode.set(node, scope);
      }
      return scope;
    },
  };
}

/**
 * The scope a node is in: the first scope found walking out from the node. A function's own
 * scope belongs to the function node, so for any node but the Program the innermost scope a node
 * creates is the one wanted. A named function expression creates two: one holding only its name,
 * and the function's scope as its child; `acquire` of the typescript-eslint and eslint-scope
 * managers already skips the first when asked for the inner scope, and the check below keeps that
 * true of a scope manager that does not (ESLint's own getScope does the same).
 */
function innermostScope(scopeManager: TSESLint.Scope.ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope {
  const inner = node.type !== AST_NODE_TYPES.Program;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopeManager.acquire(current, inner);
    if (scope) {
      return (scope.type as string) === 'function-expression-name' ? (scope.childScopes[0] ?? scope) : scope;
    }
  }
  // Every node lies in the Program, whose scope is the global one.
  return scopeManager.scopes[0] as TSESLint.Scope.Scope;
}

// ---------------------------------------------------------------------------------------------
// The file being linted

/** What `moduleFromSourceCode` reads of a rule's context (ESLint's and typescript-eslint's contexts fit). */
export interface LintedFileContext {
  readonly sourceCode: {
    readonly text: string;
    readonly ast: { readonly type: string };
    readonly visitorKeys: VisitorKeys;
    readonly scopeManager: TSESLint.Scope.ScopeManager | null;
    getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
  };
  readonly filename: string;
  readonly physicalFilename?: string;
  readonly languageOptions?: { readonly parser?: unknown };
}

const lintedModules = new WeakMap<object, ParsedModule | null>();

/**
 * The file being linted as a `ParsedModule`, from ESLint's own SourceCode (no second parse; the
 * text is the editor's, saved or not). Its imports are read with the parser it was linted with.
 * Undefined for a language without a JavaScript tree or a scope manager (JSON, CSS, Markdown).
 */
export function moduleFromSourceCode(context: LintedFileContext): ParsedModule | undefined {
  const sourceCode = context.sourceCode;
  const cached = lintedModules.get(sourceCode);
  if (cached !== undefined) return cached ?? undefined;
  const module = adaptSourceCode(context);
  startSession();
  lintedModules.set(sourceCode, module ?? null);
  if (module) {
    requestedParsers.set(module, context.languageOptions?.parser);
    modulesByProgram.set(module.ast, module);
  }
  return module;
}

function adaptSourceCode(context: LintedFileContext): ParsedModule | undefined {
  const sourceCode = context.sourceCode;
  const { ast, scopeManager } = sourceCode;
  if (!isProgram(ast) || !scopeManager) return undefined;
  return {
    // Code blocks of a processed file (Markdown) import relative to the file on disk.
    filename: path.resolve(context.physicalFilename ?? context.filename),
    text: sourceCode.text,
    ast,
    visitorKeys: sourceCode.visitorKeys,
    scopeManager,
    getScope: (node) => sourceCode.getScope(node),
  };
}
