import * as typescriptEslintParser from '@typescript-eslint/parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearModuleCaches, type ExportBinding, moduleExports, type ParsedModule } from '../../../analysis/modules/index.js';
import { loadFixture, sourceOf } from './fixtures.js';

beforeEach(() => {
  clearModuleCaches();
});

/** Each export name with its binding, as `kind: what it names` (`reexport: name from specifier`). */
function exportTable(...parts: string[]): Record<string, string> {
  const module = loadFixture(parts, typescriptEslintParser);
  const table: Record<string, string> = {};
  for (const [name, binding] of moduleExports(module).names) table[name] = describeBinding(module, binding);
  return table;
}

function describeBinding(module: ParsedModule, binding: ExportBinding): string {
  switch (binding.kind) {
    case 'local':
      return `local: ${binding.identifier.name} at ${String(binding.identifier.loc.start.line)}`;
    case 'value':
      return `value: ${binding.node.type} at ${String(binding.node.loc.start.line)}`;
    case 'reexport':
      return `reexport: ${binding.name} from ${binding.specifier} (${sourceOf(module, binding.node).split('\n')[0] ?? ''})`;
  }
}

describe('moduleExports: ESM', () => {
  it('lists each value export of esm-forms.ts, its type alias and its interface, and no other type', () => {
    expect(exportTable('exports', 'esm-forms.ts')).toEqual({
      client: 'local: client at 3',
      counter: 'local: counter at 5',
      lateClient: 'local: lateClient at 8',
      request: 'value: FunctionDeclaration at 11',
      Gateway: 'value: ClassDeclaration at 15',
      default: 'value: FunctionDeclaration at 21',
      token: 'local: secret at 26',
      'quoted name': 'local: secret at 26',
      Options: 'value: TSTypeAliasDeclaration at 28',
      Shape: 'value: TSInterfaceDeclaration at 29',
      Region: 'value: TSEnumDeclaration at 34',
      region: 'local: region at 38',
      area: 'local: area at 38',
      overloaded: 'value: FunctionDeclaration at 42',
      aliased: 'local: aliased at 46',
    });
  });

  it('binds `export default <name>` to the name, and `export default <expression>` to the expression', () => {
    expect(exportTable('exports', 'default-identifier.ts')).toEqual({ default: 'local: local at 4' });
    expect(exportTable('exports', 'default-expression.ts')).toEqual({ default: 'value: NewExpression at 3' });
  });

  it('records re-exports with the name and specifier they come from, and `export *` apart', () => {
    expect(exportTable('exports', 'index.ts')).toEqual({
      client: 'reexport: client from ./esm-forms (client)',
      send: 'reexport: request from ./esm-forms (request as send)',
      createGateway: 'reexport: default from ./esm-forms (default as createGateway)',
      forms: "reexport: * from ./esm-forms (export * as forms from './esm-forms';)",
      Wrapper: 'local: Gateway at 6',
    });
    const module = loadFixture(['exports', 'index.ts']);
    expect(moduleExports(module).starSpecifiers).toEqual(['./star-source']);
    expect(moduleExports(module).moduleValue).toBeUndefined();
  });

  it('treats `export =` as the module value and its default export', () => {
    expect(exportTable('exports', 'export-equals.ts')).toEqual({ default: 'local: client at 4' });
    const module = loadFixture(['exports', 'export-equals.ts']);
    expect(moduleExports(module).moduleValue).toEqual({ kind: 'local', identifier: expect.objectContaining({ name: 'client' }) });
  });

  it('computes the table once per parsed module', () => {
    const module = loadFixture(['exports', 'index.ts']);
    expect(moduleExports(module)).toBe(moduleExports(module));
  });
});

describe('moduleExports: CommonJS', () => {
  it('reads `module.exports = { ... }` as the default export and its properties as named exports', () => {
    expect(exportTable('commonjs', 'object.cjs')).toEqual({
      default: 'value: ObjectExpression at 9',
      client: 'local: client at 10',
      request: 'local: request at 11',
      sign: 'value: FunctionExpression at 12',
      createRoom: 'value: FunctionExpression at 15',
    });
    const module = loadFixture(['commonjs', 'object.cjs']);
    // `...require('./function.cjs')` passes that module's names on.
    expect(moduleExports(module).starSpecifiers).toEqual(['./function.cjs']);
    expect(moduleExports(module).moduleValue?.kind).toBe('value');
  });

  it('reads the properties of an object literal assigned through a name', () => {
    expect(exportTable('commonjs', 'identifier.js')).toEqual({
      default: 'local: api at 8',
      describe: 'value: FunctionExpression at 2',
      region: 'value: Literal at 5',
    });
  });

  it('reads `exports.x =`, `module.exports.x =`, `module.exports[\'x\'] =`, chains and required values', () => {
    expect(exportTable('commonjs', 'dotted.js')).toEqual({
      client: 'value: CallExpression at 5',
      helper: 'value: ArrowFunctionExpression at 6',
      bracketed: 'value: Literal at 7',
      whole: "reexport: * from ./function.cjs (require('./function.cjs'))",
      picked: "reexport: client from ./object.cjs (require('./object.cjs').client)",
      first: 'value: Literal at 10',
      second: 'value: Literal at 10',
    });
  });

  it('reads `module.exports = require(...)` as that module, names included', () => {
    expect(exportTable('commonjs', 'reexport.cjs')).toEqual({ default: "reexport: * from ./object.cjs (require('./object.cjs'))" });
    const module = loadFixture(['commonjs', 'reexport.cjs']);
    expect(moduleExports(module).starSpecifiers).toEqual(['./object.cjs']);
  });

  it('ignores `exports` where the module declares that name itself', () => {
    expect(exportTable('commonjs', 'shadowed.mjs')).toEqual({ real: 'local: real at 4' });
  });
});
