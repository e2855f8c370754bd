import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { realFileSystem, type FileSystem } from '../../codes/build/atomic-write.js';
import { CatalogError } from '../../codes/build/catalog.js';
import { generate } from '../../codes/build/generate.js';
import { docComment } from '../../codes/build/render-ts.js';
import { enumMemberName } from '../../codes/enum-names.js';
import { tempDir, validCode, writeCatalog } from '../helpers/catalog-fixture.js';

const readAll = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** A project folder with the runtime types next to the output, as in the real tree. */
function outputProject(): { root: string; out: string; docs: string } {
  const root = tempDir('gen');
  mkdirSync(join(root, 'codes'), { recursive: true });
  cpSync('codes/types.ts', join(root, 'codes/types.ts'));
  return { root, out: join(root, 'codes/generated'), docs: join(root, 'docs/generated') };
}

function compileErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('generate', () => {
  it('matches the committed files (the drift check CI runs)', () => {
    expect(generate({ catalogDir: 'codes/catalog', outDir: 'codes/generated', docsDir: 'docs/generated', check: true }).drifted).toEqual([]);
  });

  it('writes byte-identical files on a second run', () => {
    const { out, docs } = outputProject();
    const first = generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: false });
    const snapshot = [readAll(out), readAll(join(docs, 'codes'))];
    const second = generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: false });
    expect(first.written.filter((path) => path.startsWith(out))).toEqual(['error-codes.ts', 'actions.ts', 'catalog-data.ts'].map((name) => join(out, name)));
    expect(second.written).toEqual([]);
    expect([readAll(out), readAll(join(docs, 'codes'))]).toEqual(snapshot);
  });

  it('starts every generated file with a DO NOT EDIT header', () => {
    for (const [name, text] of Object.entries(readAll('codes/generated'))) {
      expect(text.startsWith('// DO NOT EDIT.'), name).toBe(true);
    }
    for (const [name, text] of Object.entries({ ...readAll('docs/generated/codes'), ...readAll('docs/generated/actions') })) {
      expect(text, name).toMatch(/^---\ntitle: [^\n]+\n---\n\n<!-- DO NOT EDIT\./);
    }
  });

  it('reports edited and stray files in check mode without touching them', () => {
    const { out, docs } = outputProject();
    generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: false });
    writeFileSync(join(out, 'actions.ts'), '// hand edit\n');
    writeFileSync(join(out, 'stray.ts'), 'export {};\n');
    writeFileSync(join(docs, 'codes/InternalError.md'), 'edited\n');
    const drifted = generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: true }).drifted;
    expect(drifted).toEqual([join(out, 'actions.ts'), join(out, 'stray.ts'), join(docs, 'codes/InternalError.md')].sort());
    expect(readFileSync(join(out, 'actions.ts'), 'utf8')).toBe('// hand edit\n');
    generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: false });
    expect(existsSync(join(out, 'stray.ts'))).toBe(false);
    expect(readFileSync(join(docs, 'codes/InternalError.md'), 'utf8')).toMatch(/^---\ntitle: InternalError/);
  });

  it('stops before writing anything when the catalog is malformed', () => {
    const { out, docs } = outputProject();
    mkdirSync(out);
    writeFileSync(join(out, 'error-codes.ts'), '// previous output\n');
    const broken = writeCatalog({ A: validCode({ summary: '' }) }, {});
    expect(() => generate({ catalogDir: broken, outDir: out, docsDir: docs, check: false })).toThrow(CatalogError);
    expect(readAll(out)).toEqual({ 'error-codes.ts': '// previous output\n' });
    expect(existsSync(docs)).toBe(false);
  });

  describe('when a write fails part-way', () => {
    /** Every file under `dir`, by relative path. */
    const tree = (dir: string) =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
          .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
      );
    /** The real file system, except that the chosen call fails once. */
    function failing(step: 'a write in the second folder' | 'the second folder swap'): FileSystem {
      return {
        ...realFileSystem,
        writeFileSync(path, content) {
          if (step === 'a write in the second folder' && path.includes('docs/generated.tmp-')) throw new Error('disk full (injected)');
          realFileSystem.writeFileSync(path, content);
        },
        renameSync(from, to) {
          if (step === 'the second folder swap' && from.endsWith(`docs/generated.tmp-${process.pid}`)) throw new Error('rename failed (injected)');
          realFileSystem.renameSync(from, to);
        },
      };
    }

    it.each(['a write in the second folder', 'the second folder swap'] as const)('at %s, both folders stay as they were', (step) => {
      const { root, out, docs } = outputProject();
      generate({ catalogDir: 'codes/catalog', outDir: out, docsDir: docs, check: false });
      const before = { out: tree(out), docs: tree(docs) };
      const other = writeCatalog({ A: validCode() }, { DescribeA: { editions: ['china'], codes: ['A'] } });
      expect(() => generate({ catalogDir: other, outDir: out, docsDir: docs, check: false, fileSystem: failing(step) })).toThrow(/injected/);
      expect({ out: tree(out), docs: tree(docs) }).toEqual(before);
      expect(readdirSync(dirname(out)).sort()).toEqual(['generated', 'types.ts']);
      expect(readdirSync(join(root, 'docs'))).toEqual(['generated']);
    });
  });

  it('carries awkward strings through exactly, and the output still compiles', async () => {
    const nasty = 'Ends */ a comment, `tick` ${inject} "dq" \'sq\' back\\slash\nnew line </script> @tag';
    const catalog = writeCatalog(
      { Odd: validCode({ summary: nasty, cause: nasty, remedy: `@start ${nasty}` }), 'Odd.Child': validCode() },
      { DescribeOdd: { editions: ['china', 'international'], codes: ['Odd', 'Odd.Child'] } },
    );
    const { out, docs } = outputProject();
    generate({ catalogDir: catalog, outDir: out, docsDir: docs, check: false });
    const files = readdirSync(out).map((name) => join(out, name));
    expect(compileErrors(files)).toEqual([]);

    const data = (await import(pathToFileURL(join(out, 'catalog-data.ts')).href)) as { codeInfos: unknown[] };
    expect(data.codeInfos[0]).toMatchObject({ code: 'Odd', summary: nasty, cause: nasty, remedy: `@start ${nasty}` });
    const codes = (await import(pathToFileURL(join(out, 'error-codes.ts')).href)) as { LcicErrorCode: Record<string, string> };
    expect(codes.LcicErrorCode.Odd_Child).toBe('Odd.Child');
  });
});

describe('render helpers', () => {
  it('keeps a doc comment closed and tags escaped', () => {
    expect(docComment(['a */ b', '@x\ny'])).toBe('/**\n * a *\\/ b\n *\n * \\@x\n * y\n */');
  });

  it('names enum members after the code', () => {
    expect(enumMemberName('ResourceNotFound.Room')).toBe('ResourceNotFound_Room');
  });
});
