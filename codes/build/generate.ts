/**
 * `npm run generate [-- --check]`: catalog → `codes/generated/` (TypeScript) and
 * `docs/generated/` (a documentation page per code and per action).
 *
 * The catalog is loaded and validated completely before the first file is touched, so a broken
 * catalog leaves the generated files as they were. With `--check`, nothing is written and the
 * exit code says whether the files on disk match what the catalog would produce.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
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
export function generate({ catalogDir, outDir, docsDir, check }: GenerateOptions): GenerateResult {
  const catalog = loadCatalog(catalogDir);
  // Paths in the result are relative to the current directory, so they can be printed as they are.
  const files = new Map<string, string>();
  for (const [dir, rendered] of [[outDir, renderTypeScript(catalog)], [docsDir, renderDocs(catalog)]] as const) {
    for (const [name, content] of rendered) files.set(join(dir, name), content);
  }
  const stale = [...listFiles(outDir).map((name) => join(outDir, name)), ...listFiles(docsDir).map((name) => join(docsDir, name))].filter(
    (path) => !files.has(path),
  );
  const changed = [...files].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
  const drifted = [...changed.map(([path]) => path), ...stale].sort();
  if (check) return { drifted, written: [] };

  for (const path of stale) rmSync(path);
  for (const [path, content] of changed) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return { drifted, written: changed.map(([path]) => path) };
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
