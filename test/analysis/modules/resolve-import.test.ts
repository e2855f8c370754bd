import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearModuleCaches, resolveImport, tsconfigHasErrorCause } from '../../../analysis/modules/index.js';
import { fixture, fixtureName } from './fixtures.js';

const app = fixture('resolve', 'app.ts');

/** The fixture file `specifier` resolves to from resolve/app.ts, or undefined. */
function resolved(specifier: string, from = app): string | undefined {
  const file = resolveImport(from, specifier);
  return file === undefined ? undefined : fixtureName(file);
}

beforeEach(() => {
  clearModuleCaches();
});

describe('resolveImport: relative specifiers', () => {
  it.each([
    ['./client', 'resolve/client.ts'],
    ['./client.ts', 'resolve/client.ts'],
    ['./plain', 'resolve/plain.js'],
    ['./plain.js', 'resolve/plain.js'],
    ['./widget', 'resolve/widget.tsx'],
    ['./config.service', 'resolve/config.service.ts'],
    ['./nested/deep', 'resolve/nested/deep.ts'],
    ['./nested/../client', 'resolve/client.ts'],
  ])('%s names %s', (specifier, expected) => {
    expect(resolved(specifier)).toBe(expected);
  });

  it('resolves from the folder of the importing file', () => {
    expect(resolved('../client', fixture('resolve', 'nested', 'deep.ts'))).toBe('resolve/client.ts');
    expect(resolved('./deep', fixture('resolve', 'nested', 'deep.ts'))).toBe('resolve/nested/deep.ts');
  });

  it('accepts an absolute path', () => {
    expect(resolved(fixture('resolve', 'client'))).toBe('resolve/client.ts');
  });

  it('prefers a .ts source over the .js compiled next to it, as TypeScript does', () => {
    expect(resolved('./client')).toBe('resolve/client.ts');
  });
});

describe('resolveImport: a .js specifier names the TypeScript source (ESM convention)', () => {
  it.each([
    ['./client.js', 'resolve/client.ts'],
    ['./source.mjs', 'resolve/source.mts'],
    ['./common.cjs', 'resolve/common.cts'],
    ['./widget.js', 'resolve/widget.tsx'],
    ['./widget.jsx', 'resolve/widget.tsx'],
    ['./lib/index.js', 'resolve/lib/index.ts'],
  ])('%s names %s', (specifier, expected) => {
    expect(resolved(specifier)).toBe(expected);
  });
});

describe('resolveImport: folders', () => {
  it.each([
    ['./lib', 'resolve/lib/index.ts'],
    ['./lib/', 'resolve/lib/index.ts'],
    ['./jsonly', 'resolve/jsonly/index.js'],
    ['./nested', 'resolve/nested/index.mjs'],
  ])('%s names %s', (specifier, expected) => {
    expect(resolved(specifier)).toBe(expected);
  });

  it('prefers the file services.ts to the folder services/, unless the specifier ends with a slash', () => {
    expect(resolved('./services')).toBe('resolve/services.ts');
    expect(resolved('./services/')).toBe('resolve/services/index.ts');
  });

  it('reads "." and ".." as folders', () => {
    expect(resolved('.', fixture('resolve', 'nested', 'deep.ts'))).toBe('resolve/nested/index.mjs');
    expect(resolved('..', fixture('resolve', 'nested', 'deep', 'missing.ts'))).toBe('resolve/nested/index.mjs');
  });

  it('gives undefined for a folder without an index file', () => {
    expect(resolved('./empty-folder')).toBeUndefined();
  });
});

describe('resolveImport: what is not a source file', () => {
  it.each([
    ['./does-not-exist', 'a missing file'],
    ['./types-only', 'a declaration file only'],
    ['./types-only.js', 'a declaration file only, named by its .js'],
    ['./data.json', 'JSON'],
    ['./data', 'JSON, extensionless'],
    ['tencentcloud-sdk-nodejs', 'a package'],
    ['tencentcloud-sdk-nodejs/tencentcloud/services/lcic', 'a package path'],
    ['node:fs', 'a built-in module'],
    ['', 'an empty specifier'],
  ])('%s (%s) is undefined', (specifier) => {
    expect(resolved(specifier)).toBeUndefined();
  });

  it('finds the .js next to a declaration file, never the declaration file', () => {
    expect(resolved('./typed')).toBe('resolve/typed.js');
    expect(resolved('./typed.js')).toBe('resolve/typed.js');
  });
});

describe('resolveImport: tsconfig paths', () => {
  const main = fixture('paths', 'app', 'src', 'main.ts');

  it('maps a wildcard pattern inherited through extends, relative to the config that declares it', () => {
    expect(resolved('@shared/client', main)).toBe('paths/shared/client.ts');
    expect(resolved('@shared/helpers', main)).toBe('paths/shared/helpers/index.ts');
    expect(resolved('@shared/helpers/sign.js', main)).toBe('paths/shared/helpers/sign.ts');
  });

  it('maps an exact pattern', () => {
    expect(resolved('@client', main)).toBe('paths/shared/client.ts');
  });

  it('tries each target of a pattern in order', () => {
    expect(resolved('@fallback/sign', main)).toBe('paths/shared/helpers/sign.ts');
  });

  it('gives undefined for a mapped path that does not exist, and for packages', () => {
    expect(resolved('@shared/nothing', main)).toBeUndefined();
    expect(resolved('tencentcloud-sdk-nodejs', main)).toBeUndefined();
  });

  it('resolves bare specifiers from baseUrl', () => {
    const baseUrlMain = fixture('paths', 'baseurl', 'src', 'main.ts');
    expect(resolved('util/sign', baseUrlMain)).toBe('paths/baseurl/src/util/sign.ts');
    expect(resolved('tencentcloud-sdk-nodejs', baseUrlMain)).toBeUndefined();
  });

  it('does not apply one project’s paths to files outside it', () => {
    expect(resolved('@client')).toBeUndefined();
  });
});

describe('resolveImport: packages of the workspace, linked into node_modules', () => {
  let root: string;
  /** Writes `text` at `relative` under the temporary root, making its folders. */
  const write = (relative: string, text = '') => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  /** Links node_modules/<name> to `target`, as npm, pnpm and yarn do for a workspace package. */
  const link = (name: string, target: string) => {
    mkdirSync(path.dirname(path.join(root, 'node_modules', name)), { recursive: true });
    symlinkSync(path.join(root, target), path.join(root, 'node_modules', name), 'dir');
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'lcic-workspace-'));
    write('apps/api/src/routes.ts');
    // Built to dist, which may be stale or absent: its source is what is read.
    write('packages/client/package.json', JSON.stringify({ name: '@acme/client', main: './dist/index.js', types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }));
    write('packages/client/src/index.ts', 'export const client = 1;\n');
    write('packages/client/src/sign.ts', 'export const sign = 1;\n');
    link('@acme/client', 'packages/client');
    // Points at its source directly, and has no build.
    write('packages/errors/package.json', JSON.stringify({ name: 'errors', types: './src/main.ts' }));
    write('packages/errors/src/main.ts');
    link('errors', 'packages/errors');
    // No manifest at all: its index.
    write('packages/bare/index.js');
    link('bare', 'packages/bare');
    // Installed from the registry: its real folder is in node_modules.
    write('node_modules/.store/zod/index.js');
    link('zod', 'node_modules/.store/zod');
    write('node_modules/left-pad/index.js');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("reads a workspace package's source: the src counterpart of a dist entry, a source entry, an index, a subpath", () => {
    const from = path.join(root, 'apps/api/src/routes.ts');
    expect(resolveImport(from, '@acme/client')).toBe(path.join(root, 'packages/client/src/index.ts'));
    expect(resolveImport(from, 'errors')).toBe(path.join(root, 'packages/errors/src/main.ts'));
    expect(resolveImport(from, 'bare')).toBe(path.join(root, 'packages/bare/index.js'));
    expect(resolveImport(from, '@acme/client/src/sign')).toBe(path.join(root, 'packages/client/src/sign.ts'));
  });

  it('leaves packages installed from the registry (linked into a node_modules store, or copied there) and node: modules alone', () => {
    const from = path.join(root, 'apps/api/src/routes.ts');
    expect(resolveImport(from, 'zod')).toBeUndefined();
    expect(resolveImport(from, 'left-pad')).toBeUndefined();
    expect(resolveImport(from, 'node:fs')).toBeUndefined();
    expect(resolveImport(from, '@acme/missing')).toBeUndefined();
  });
});

describe('resolveImport: caches see changes on disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'lcic-resolve-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('finds a file created after a failed look-up, and forgets one deleted', () => {
    const from = path.join(root, 'main.ts');
    writeFileSync(from, '');
    expect(resolveImport(from, './later')).toBeUndefined();
    writeFileSync(path.join(root, 'later.ts'), 'export const later = 1;\n');
    expect(resolveImport(from, './later')).toBe(path.join(root, 'later.ts'));
    rmSync(path.join(root, 'later.ts'));
    expect(resolveImport(from, './later')).toBeUndefined();
  });

  it('follows an edited tsconfig paths', () => {
    mkdirSync(path.join(root, 'one'));
    mkdirSync(path.join(root, 'two'));
    writeFileSync(path.join(root, 'one', 'client.ts'), '');
    writeFileSync(path.join(root, 'two', 'client.ts'), '');
    const from = path.join(root, 'main.ts');
    writeFileSync(from, '');
    writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths: { '@/*': ['./one/*'] } } }));
    expect(resolveImport(from, '@/client')).toBe(path.join(root, 'one', 'client.ts'));
    writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths: { '@/*': ['./two/*'] } } }, null, 2));
    expect(resolveImport(from, '@/client')).toBe(path.join(root, 'two', 'client.ts'));
  });

  it('reads a tsconfig that cannot be read as one without paths', () => {
    const from = path.join(root, 'main.ts');
    writeFileSync(from, '');
    writeFileSync(path.join(root, 'client.ts'), '');
    writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ extends: './missing-base.json' }));
    expect(resolveImport(from, '@/client')).toBeUndefined();
    expect(resolveImport(from, './client')).toBe(path.join(root, 'client.ts'));
  });
});

describe('tsconfigHasErrorCause', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  /** A file in a folder whose tsconfig.json has `compilerOptions` (none at all when undefined). */
  function fileUnder(compilerOptions: object | undefined): string {
    const root = mkdtempSync(path.join(tmpdir(), 'lcic-cause-'));
    roots.push(root);
    if (compilerOptions) writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions }));
    return path.join(root, 'rooms.ts');
  }

  it.each([
    [{ lib: ['ES2020', 'DOM'] }, false],
    [{ lib: ['es2022'] }, true],
    [{ lib: ['ES2020', 'ES2022.Error'] }, true],
    [{ lib: ['ESNext'] }, true],
    [{ target: 'ES2023' }, true],
    [{ target: 'ES2019' }, false],
    [{ target: 'ES2019', lib: ['ES2024'] }, true],
    [{ strict: true }, undefined],
  ])('%j: %s', (options, expected) => {
    expect(tsconfigHasErrorCause(fileUnder(options))).toBe(expected);
  });

  it('is undefined without a tsconfig above the file', () => {
    expect(tsconfigHasErrorCause(fileUnder(undefined))).toBeUndefined();
  });
});
