/**
 * `npm run generate [-- --check]`: catalog → `codes/generated/` (TypeScript) and
 * `docs/generated/` (a documentation page per code and per action).
 *
 * The catalog is loaded and validated completely before the first file is touched, so a broken
 * catalog leaves the generated files as they were. An output folder that needs any change is
 * rebuilt beside itself and swapped in with the others only when all are complete, so a failure
 * part-way leaves every folder as it was (see atomic-write.ts). With `--check`, nothing is
 * written and the exit code says whether the files on disk match what the catalog would produce.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { realFileSystem, replaceFoldersTogether, type FileSystem } from './atomic-write.js';
import { CatalogError, loadCatalog } from './catalog.js';
import { renderDocs } from './render-docs.js';
import { renderTypeScript } from './render-ts.js';

export interface GenerateOptions {
  readonly catalogDir: string;
  /** Where the TypeScript goes. */
  readonly outDir: string;
  /** Where the documentation pages go. */
  readonly docsDir: string;
  readonly check: boolean;
  /** The file system to write through; tests pass one that fails at a chosen step. */
  readonly fileSystem?: FileSystem;
}

export interface GenerateResult {
  /** Files whose content differs from the catalog's output, or that should not exist. */
  readonly drifted: readonly string[];
  readonly written: readonly string[];
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort() : [];
}

/** Compares (and unless checking, writes) the generated files. Throws CatalogError before any write. */
export function generate({ catalogDir, outDir, docsDir, check, fileSystem = realFileSystem }: GenerateOptions): GenerateResult {
  const catalog = loadCatalog(catalogDir);
  const outputs = new Map([
    [outDir, renderTypeScript(catalog)],
    [docsDir, renderDocs(catalog)],
  ]);
  // Paths in the result are relative to the current directory, so they can be printed as they are.
  const changed: string[] = [];
  const drifted: string[] = [];
  const foldersToWrite = new Map<string, ReadonlyMap<string, string>>();
  for (const [dir, rendered] of outputs) {
    const changedHere = [...rendered]
      .filter(([name, content]) => {
        const path = join(dir, name);
        return !existsSync(path) || readFileSync(path, 'utf8') !== content;
      })
      .map(([name]) => join(dir, name));
    const staleHere = listFiles(dir)
      .filter((name) => !rendered.has(name))
      .map((name) => join(dir, name));
    changed.push(...changedHere);
    drifted.push(...changedHere, ...staleHere);
    if (changedHere.length > 0 || staleHere.length > 0) foldersToWrite.set(dir, rendered);
  }
  drifted.sort();
  if (check) return { drifted, written: [] };
  replaceFoldersTogether(foldersToWrite, fileSystem);
  return { drifted, written: changed };
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean', default: false },
      catalog: { type: 'string', default: 'codes/catalog' },
      out: { type: 'string', default: 'codes/generated' },
      'docs-out': { type: 'string', default: 'docs/generated' },
    },
  });
  const outputs = `${values.out} and ${values['docs-out']}`;
  try {
    const result = generate({ catalogDir: values.catalog, outDir: values.out, docsDir: values['docs-out'], check: values.check });
    if (values.check) {
      if (result.drifted.length === 0) {
        console.log(`${outputs} match the catalog.`);
        return 0;
      }
      console.error(
        `${outputs} do not match the catalog; run \`npm run generate\` and commit the result.\n` + result.drifted.map((path) => `  ${path}`).join('\n'),
      );
      return 1;
    }
    console.log(result.written.length === 0 ? `${outputs} were already up to date.` : `Wrote ${result.written.length} files under ${outputs}.`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
