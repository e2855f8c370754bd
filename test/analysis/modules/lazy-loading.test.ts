/**
 * The editor lints on every keystroke: importing the modules layer must not load TypeScript or a
 * parser. Checked in a fresh Node.js process, since the test runner has loaded both long before.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';

const layer = pathToFileURL(path.resolve('analysis/modules/index.ts')).href;

/**
 * Runs `steps` (ES module code with `layer`, `report`, `facts` and `fixture` in scope) in a new
 * process, after `setup`; returns the facts reported.
 */
function inFreshProcess(steps: string, setup = ''): Record<string, boolean> {
  const script = `
    import { createRequire } from 'node:module';
    ${setup}
    const loadedModules = createRequire(import.meta.url)('node:module')._cache;
    const loaded = (part) => Object.keys(loadedModules).some((file) => file.includes(part));
    const facts = {};
    const report = (name) => {
      facts[name + ': typescript'] = loaded('/node_modules/typescript/');
      facts[name + ': @typescript-eslint/parser'] = loaded('/@typescript-eslint/parser/');
      facts[name + ': get-tsconfig'] = loaded('/get-tsconfig/');
    };
    const fixture = (name) => ${JSON.stringify(fixture('') + path.sep)} + name;
    const layer = await import(${JSON.stringify(layer)});
    ${steps}
    console.log(JSON.stringify(facts));
  `;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { encoding: 'utf8' });
  return JSON.parse(output) as Record<string, boolean>;
}

describe('the modules layer loads parsers lazily', () => {
  it('loads nothing on import, get-tsconfig for a bare specifier, TypeScript and its parser to read a module', () => {
    const facts = inFreshProcess(`
      report('imported');
      layer.resolveImport(fixture('resolve/app.ts'), './client');
      report('relative resolved');
      layer.resolveImport(fixture('resolve/app.ts'), 'tencentcloud-sdk-nodejs');
      report('bare resolved');
      layer.loadModule(fixture('exports/esm-forms.ts'));
      report('loaded');
    `);
    expect(facts).toEqual({
      'imported: typescript': false,
      'imported: @typescript-eslint/parser': false,
      'imported: get-tsconfig': false,
      'relative resolved: typescript': false,
      'relative resolved: @typescript-eslint/parser': false,
      'relative resolved: get-tsconfig': false,
      'bare resolved: typescript': false,
      'bare resolved: @typescript-eslint/parser': false,
      'bare resolved: get-tsconfig': true,
      'loaded: typescript': true,
      'loaded: @typescript-eslint/parser': true,
      'loaded: get-tsconfig': true,
    });
  });

  it('reads JavaScript with espree (ESLint’s default parser) without loading TypeScript', () => {
    const facts = inFreshProcess(`
      const espree = createRequire(createRequire(import.meta.url).resolve('eslint'))('espree');
      const module = layer.loadModule(fixture('commonjs/dotted.js'), espree);
      if (!layer.findExport(module, 'whole')) throw new Error('not followed');
      report('read');
    `);
    expect(facts).toEqual({ 'read: typescript': false, 'read: @typescript-eslint/parser': false, 'read: get-tsconfig': false });
  });

  it('reads JavaScript with espree where TypeScript is not installed (an optional peer dependency), and no TypeScript', () => {
    // As if the \`typescript\` package were absent: resolving it fails, so @typescript-eslint/parser cannot load.
    const withoutTypescript = `
      const Module = createRequire(import.meta.url)('node:module');
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, ...rest) {
        if (request === 'typescript') throw Object.assign(new Error("Cannot find module 'typescript'"), { code: 'MODULE_NOT_FOUND' });
        return resolve.call(this, request, ...rest);
      };
    `;
    const facts = inFreshProcess(
      `
      facts['JavaScript read'] = layer.loadModule(fixture('commonjs/object.cjs')) !== undefined;
      facts['JavaScript followed'] = layer.findExport(layer.loadModule(fixture('commonjs/dotted.js')), 'whole') !== undefined;
      facts['TypeScript read'] = layer.loadModule(fixture('exports/esm-forms.ts')) !== undefined;
      report('after');
    `,
      withoutTypescript,
    );
    expect(facts).toEqual({
      'JavaScript read': true,
      'JavaScript followed': true,
      'TypeScript read': false,
      'after: typescript': false,
      'after: @typescript-eslint/parser': false,
      'after: get-tsconfig': false,
    });
  });
});
