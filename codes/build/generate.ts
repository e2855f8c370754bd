/**
 * `npm run generate [-- --check]`: catalog → `codes/generated/`.
 *
 * The catalog is loaded and validated completely before the first file is touched, so a broken
 * catalog leaves the generated files as they were. With `--check`, nothing is written and the
 * exit code says whether the files on disk match what the catalog would produce.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogError, loadCatalog } from './catalog.js';
import { renderTypeScript } from './render-ts.js';

export interface GenerateOptions {
  readonly catalogDir: string;
  readonly outDir: string;
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
export function generate({ catalogDir, outDir, check }: GenerateOptions): GenerateResult {
  const files = renderTypeScript(loadCatalog(catalogDir));
  const stale = listFiles(outDir).filter((name) => !files.has(name));
  const changed = [...files].filter(([name, content]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  });
  const drifted = [...changed.map(([name]) => name), ...stale].sort();
  if (check) return { drifted, written: [] };

  mkdirSync(outDir, { recursive: true });
  for (const name of stale) rmSync(join(outDir, name));
  for (const [name, content] of changed) {
    mkdirSync(join(outDir, name, '..'), { recursive: true });
    writeFileSync(join(outDir, name), content);
  }
  return { drifted, written: changed.map(([name]) => name) };
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean', default: false },
      catalog: { type: 'string', default: 'codes/catalog' },
      out: { type: 'string', default: 'codes/generated' },
    },
  });
  try {
    const result = generate({ catalogDir: values.catalog, outDir: values.out, check: values.check });
    if (values.check) {
      if (result.drifted.length === 0) {
        console.log(`${values.out} matches the catalog.`);
        return 0;
      }
      console.error(
        `${values.out} does not match the catalog; run \`npm run generate\` and commit the result.\n` +
          result.drifted.map((name) => `  ${join(values.out, name)}`).join('\n'),
      );
      return 1;
    }
    console.log(
      result.written.length === 0
        ? `${values.out} was already up to date.`
        : `Wrote ${result.written.map((name) => join(values.out, name)).join(', ')}.`,
    );
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
