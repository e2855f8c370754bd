/**
 * Which source file an import specifier names, read from the file system alone (no type
 * information): relative and absolute paths, extension probing, folder `index` files, TypeScript's
 * convention of naming the emitted `.js` for a `.ts` source, and tsconfig `paths`/`baseUrl`.
 *
 * Bare package names (`tencentcloud-sdk-nodejs`, `node:fs`) give undefined: the analysis knows the
 * SDK packages by name and has nothing to learn from other packages' code. The exception is a
 * package of the project's own workspace, linked into node_modules from the repository: its
 * source is the project's code.
 *
 * Declaration files (`.d.ts`, `.d.mts`, `.d.cts`) are never a result. This layer exists to find
 * values (a client created with `new`, a helper's body); a declaration file has types and no
 * values, so returning one would only hide the `.js` next to it or end the search on an empty
 * stub. What declaration files describe is reached with type information instead.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as GetTsconfig from 'get-tsconfig';
import { currentSession, noteChange } from './session.js';

/**
 * Extensions tried after an extensionless specifier, sources before JavaScript as TypeScript
 * does, so that a `.ts` source wins over the `.js` compiled next to it.
 */
export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** TypeScript's ESM convention: a specifier names the JavaScript file a source compiles to. */
const SOURCES_COMPILED_TO: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

const DECLARATION_FILE = /\.d\.[cm]?ts$/;

export function isDeclarationFile(filePath: string): boolean {
  return DECLARATION_FILE.test(filePath);
}

/** Whether a file has one of the source extensions the analysis reads (declaration files excluded). */
export function isSourceFilePath(filePath: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(filePath)) && !isDeclarationFile(filePath);
}

/**
 * The absolute path of the source file `specifier` names when imported from `fromFile`, or
 * undefined (a package, a missing file, a declaration file only, a non-source file such as JSON).
 */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (specifier === '' || specifier.includes('\0')) return undefined;
  const fromDirectory = path.dirname(path.resolve(fromFile));
  // Within one lint session the answer cannot change: the files of a folder share it.
  const session = currentSession();
  const key = `${fromDirectory}\0${specifier}`;
  const known = session === 0 ? undefined : resolvedInSession.get(key);
  if (known?.session === session) return known.file;
  const file = resolveFrom(fromDirectory, specifier);
  if (session !== 0) resolvedInSession.set(key, { session, file });
  return file;
}

const resolvedInSession = new Map<string, { session: number; file: string | undefined }>();

function resolveFrom(fromDirectory: string, specifier: string): string | undefined {
  if (isPathSpecifier(specifier)) {
    return resolvePath(path.resolve(fromDirectory, specifier), namesDirectory(specifier));
  }
  for (const candidate of tsconfigPathCandidates(fromDirectory, specifier)) {
    const found = resolvePath(candidate, false);
    if (found) return found;
  }
  return workspacePackageFile(fromDirectory, specifier);
}

// ---------------------------------------------------------------------------------------------
// Packages of the project's own workspace, imported by name (`@acme/lcic-client`): npm, pnpm and
// yarn link them into node_modules, pointing at their folders in the repository. Their source is
// read as a relative import's would be. A package installed from the registry, whose real folder
// is inside a node_modules, is not.

const PACKAGE_NAME = /^((?:@[^/@]+\/)?[^/@.][^/]*)(?:\/(.+))?$/;

function workspacePackageFile(fromDirectory: string, specifier: string): string | undefined {
  const match = specifier.startsWith('node:') ? undefined : PACKAGE_NAME.exec(specifier);
  const name = match?.[1];
  if (!name) return undefined;
  for (let folder = fromDirectory; ; folder = path.dirname(folder)) {
    const linked = path.join(folder, 'node_modules', name);
    if (entryKind(linked) === 'directory') {
      const real = realpathOrUndefined(linked);
      if (real === undefined || real.split(path.sep).includes('node_modules')) return undefined;
      const subpath = match[2];
      return subpath ? resolvePath(path.join(real, subpath), namesDirectory(subpath)) : packageEntry(real);
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

/**
 * The source file a workspace package's `package.json` points at (`exports`, `types`, `module`,
 * `main`, else `index`). An entry in the build output (`dist/index.js`, `dist/index.d.ts`) is
 * read where it is built from, `src/index.ts`, when that exists: the build may be stale or absent.
 */
function packageEntry(folder: string): string | undefined {
  const manifest = readManifest(path.join(folder, 'package.json'));
  const entries = [...exportedEntries(manifest?.exports), manifest?.types, manifest?.typings, manifest?.module, manifest?.main].filter((entry): entry is string => typeof entry === 'string');
  for (const entry of entries) {
    const built = path.join(folder, entry).replace(DECLARATION_FILE, '.js');
    const relative = path.relative(folder, built);
    const source = /^(dist|lib|build|out)[/\\]/.test(relative) ? path.join(folder, 'src', relative.replace(/^[^/\\]+[/\\]/, '')) : undefined;
    const found = (source && resolvePath(source, false)) ?? resolvePath(built, false);
    if (found) return found;
  }
  return resolvePath(folder, true);
}

/** The paths `exports['.']` (or `exports` itself) names, whatever the conditions. */
function exportedEntries(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (typeof exports !== 'object' || exports === null) return [];
  const root = (exports as Record<string, unknown>)['.'] ?? exports;
  if (typeof root === 'string') return [root];
  // (`null` in `'.'` gave way to `exports` itself.)
  if (typeof root !== 'object') return [];
  return Object.entries(root as Record<string, unknown>)
    .filter(([condition]) => !condition.startsWith('.'))
    .flatMap(([, value]) => exportedEntries(value));
}

interface Manifest {
  readonly exports?: unknown;
  readonly types?: unknown;
  readonly typings?: unknown;
  readonly module?: unknown;
  readonly main?: unknown;
}

function readManifest(file: string): Manifest | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    // Missing or malformed: the package is read as a folder.
    return undefined;
  }
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Relative (`./x`, `../x`, `.`, `..`) or absolute: a path, never a package name. */
export function isPathSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../') || path.isAbsolute(specifier);
}

/** `./lib/`, `.` and `..` name a folder only, as in Node.js: `./lib/` never means `./lib.ts`. */
function namesDirectory(specifier: string): boolean {
  return specifier.endsWith('/') || /(^|\/)\.\.?$/.test(specifier);
}

function resolvePath(base: string, directoryOnly: boolean): string | undefined {
  if (!directoryOnly) {
    for (const candidate of fileCandidates(base)) {
      if (isSourceFile(candidate)) return candidate;
    }
  }
  for (const extension of SOURCE_EXTENSIONS) {
    const candidate = path.join(base, `index${extension}`);
    if (isSourceFile(candidate)) return candidate;
  }
  return undefined;
}

/** The files a path may name, best first. */
function fileCandidates(base: string): string[] {
  const extension = path.extname(base);
  const stem = base.slice(0, base.length - extension.length);
  const sources = (SOURCES_COMPILED_TO[extension] ?? []).map((sourceExtension) => stem + sourceExtension);
  if (SOURCE_EXTENSIONS.includes(extension)) return [...sources, base];
  // `./client.service` or `./client`: the extension, if any, is part of the name.
  return SOURCE_EXTENSIONS.map((added) => base + added);
}

function isSourceFile(candidate: string): boolean {
  return !isDeclarationFile(candidate) && entryKind(candidate) === 'file';
}

// ---------------------------------------------------------------------------------------------
// Folder listings, cached per run and re-read when the folder's mtime changes (a file created or
// removed), so that an editor session sees a module the user has just created. One stat of the
// folder per probe instead of one per candidate.

type EntryKind = 'file' | 'directory';

interface FolderListing {
  readonly mtimeMs: number;
  readonly entries: ReadonlyMap<string, EntryKind>;
  /** The lint session in which the folder was last checked (see session.ts). */
  checked: number;
}

const folderListings = new Map<string, FolderListing>();

function entryKind(filePath: string): EntryKind | undefined {
  return folderEntries(path.dirname(filePath))?.get(path.basename(filePath));
}

function folderEntries(folder: string): ReadonlyMap<string, EntryKind> | undefined {
  const session = currentSession();
  const cached = folderListings.get(folder);
  if (cached && session !== 0 && cached.checked === session) return cached.entries;
  const stats = statOrUndefined(folder);
  if (!stats?.isDirectory()) {
    folderListings.delete(folder);
    return undefined;
  }
  if (cached?.mtimeMs === stats.mtimeMs) {
    cached.checked = session;
    return cached.entries;
  }
  if (cached) noteChange();
  const entries = readFolder(folder);
  folderListings.set(folder, { mtimeMs: stats.mtimeMs, entries, checked: session });
  return entries;
}

function readFolder(folder: string): Map<string, EntryKind> {
  const entries = new Map<string, EntryKind>();
  let dirents;
  try {
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch {
    return entries;
  }
  for (const dirent of dirents) {
    if (dirent.isFile()) entries.set(dirent.name, 'file');
    else if (dirent.isDirectory()) entries.set(dirent.name, 'directory');
    else if (dirent.isSymbolicLink()) {
      const target = statOrUndefined(path.join(folder, dirent.name));
      if (target?.isFile()) entries.set(dirent.name, 'file');
      else if (target?.isDirectory()) entries.set(dirent.name, 'directory');
    }
  }
  return entries;
}

function statOrUndefined(filePath: string) {
  try {
    return statSync(filePath, { throwIfNoEntry: false });
  } catch {
    // EACCES, ENOTDIR, ELOOP...: as good as missing.
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// tsconfig `paths` and `baseUrl`, from the nearest tsconfig.json (with `extends`), read by
// get-tsconfig. Cached per folder; a change to the tsconfig file found (its mtime or size) drops
// every cached config, so that an edited `paths` takes effect. A tsconfig.json created later in a
// folder that had none, or an edit to an extended base only, is seen after a restart.

interface FolderTsconfig {
  readonly configPath: string;
  readonly mtimeMs: number;
  readonly size: number;
  /** Whether the config's `lib` (or, without one, its `target`) has ES2022's `new Error(message, { cause })`; undefined when it says neither. */
  readonly errorCause: boolean | undefined;
  readonly matchPaths: GetTsconfig.PathsMatcher | undefined;
}

/** `null`: no tsconfig.json above this folder (or an unreadable one). */
const tsconfigByFolder = new Map<string, FolderTsconfig | null>();
/** get-tsconfig's own cache of files read and found, shared by the look-ups of one run. */
let tsconfigReads = new Map<string, unknown>();

/** get-tsconfig, required on the first look-up of a bare specifier: loading it costs ~10 ms that a run without one need not pay. */
let tsconfigLibrary: typeof GetTsconfig | undefined;
const requireHere = createRequire(import.meta.url);

function getTsconfigLibrary(): typeof GetTsconfig {
  tsconfigLibrary ??= requireHere('get-tsconfig') as typeof GetTsconfig;
  return tsconfigLibrary;
}

function tsconfigPathCandidates(folder: string, specifier: string): readonly string[] {
  const matchPaths = tsconfigFor(folder)?.matchPaths;
  if (!matchPaths) return [];
  try {
    return matchPaths(specifier);
  } catch {
    return [];
  }
}

function tsconfigFor(folder: string): FolderTsconfig | undefined {
  const cached = tsconfigByFolder.get(folder);
  if (cached === null) return undefined;
  if (cached) {
    const stats = statOrUndefined(cached.configPath);
    if (stats?.mtimeMs === cached.mtimeMs && stats.size === cached.size) return cached;
    forgetTsconfigs();
  }
  const loaded = readTsconfig(folder);
  tsconfigByFolder.set(folder, loaded ?? null);
  return loaded;
}

function readTsconfig(folder: string): FolderTsconfig | undefined {
  try {
    const { createPathsMatcher, getTsconfig } = getTsconfigLibrary();
    const found = getTsconfig(folder, 'tsconfig.json', tsconfigReads);
    if (!found) return undefined;
    const stats = statOrUndefined(found.path);
    if (!stats) return undefined;
    return { configPath: found.path, mtimeMs: stats.mtimeMs, size: stats.size, matchPaths: createPathsMatcher(found) ?? undefined, errorCause: errorCauseOf(found.config.compilerOptions) };
  } catch {
    // A tsconfig that cannot be read (bad `extends`, unreadable file): resolve as if it had no paths.
    return undefined;
  }
}

/** ES2022 and later, and ESNext: the versions whose Error takes `{ cause }`. */
const HAS_ERROR_CAUSE = /^es(next|20(2[2-9]|[3-9]\d))/i;

function errorCauseOf(options: { lib?: readonly string[]; target?: string } | undefined): boolean | undefined {
  if (options?.lib) return options.lib.some((lib) => HAS_ERROR_CAUSE.test(lib));
  return options?.target === undefined ? undefined : HAS_ERROR_CAUSE.test(options.target);
}

/**
 * Whether the tsconfig that governs `file` compiles `new Error(message, { cause })`: its `lib`,
 * or without one its `target`, is ES2022 or later. Undefined without a tsconfig that says.
 */
export function tsconfigHasErrorCause(file: string): boolean | undefined {
  return tsconfigFor(path.dirname(path.resolve(file)))?.errorCause;
}

function forgetTsconfigs(): void {
  tsconfigByFolder.clear();
  tsconfigReads = new Map();
}

/** Forgets every cached folder listing and tsconfig (tests; a long-lived process after a large change). */
export function clearResolutionCaches(): void {
  folderListings.clear();
  resolvedInSession.clear();
  forgetTsconfigs();
}
