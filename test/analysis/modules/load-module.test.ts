import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as typescriptEslintParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearModuleCaches,
  type LintedFileContext,
  loadModule,
  MAX_CACHED_MODULES,
  MAX_MODULE_BYTES,
  moduleFromSourceCode,
  type ParsedModule,
} from '../../../analysis/modules/index.js';
import { defined, espree, fixture, loadFixture, sourceOf } from './fixtures.js';

const parsers = [
  ['@typescript-eslint/parser', typescriptEslintParser],
  ['no parser', undefined],
] as const;

beforeEach(() => {
  clearModuleCaches();
});

/** Every node of a module, in source order, found through its visitor keys. */
function allNodes(module: ParsedModule): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node) => {
    nodes.push(node);
    for (const key of module.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (typeof item === 'object' && item !== null && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(module.ast);
  return nodes;
}

function exportedNames(module: ParsedModule): string[] {
  return module.ast.body.flatMap((statement) => {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return [];
    return statement.declaration.declarations.map((declarator) => sourceOf(module, declarator.id));
  });
}

describe.each(parsers)('loadModule with %s', (_name, parser) => {
  it('parses TypeScript with its text, filename and a scope manager', () => {
    const file = fixture('exports', 'esm-forms.ts');
    const module = loadFixture(['exports', 'esm-forms.ts'], parser);
    expect(module.filename).toBe(file);
    expect(module.text.startsWith("import { Client } from 'tencentcloud-sdk-nodejs-lcic';")).toBe(true);
    expect(module.ast.type).toBe('Program');
    expect(exportedNames(module)).toEqual(['client', 'counter', 'lateClient: Client', 'declaredOnly: string', '{ region, zone: area }', 'aliased']);
    expect(module.scopeManager.globalScope?.childScopes[0]?.type).toBe('module');
  });

  it('sets parent on every node below the Program', () => {
    const module = loadFixture(['exports', 'scopes.ts'], parser);
    const nodes = allNodes(module);
    expect(nodes.length).toBeGreaterThan(80);
    for (const node of nodes.slice(1)) {
      expect(node.parent, `${node.type} at ${String(node.range)}`).toBeDefined();
      const parent = node.parent as TSESTree.Node;
      expect(parent.range[0] <= node.range[0] && node.range[1] <= parent.range[1]).toBe(true);
    }
  });

  it('reads JSX in .tsx and .jsx files, and type assertions in .ts files', () => {
    expect(loadModule(fixture('resolve', 'widget.tsx'), parser)?.text).toContain('<div>widget</div>');
    expect(loadModule(fixture('commonjs', 'component.jsx'), parser)?.text).toContain('<div>view</div>');
    const assertion = loadFixture(['exports', 'angle-assertion.ts'], parser);
    expect(sourceOf(assertion, defined(assertion.ast.body[1], 'the export'))).toBe('export const region = <string>input;');
    const declaration = assertion.ast.body[1];
    const declarator = declaration?.type === AST_NODE_TYPES.ExportNamedDeclaration && declaration.declaration?.type === AST_NODE_TYPES.VariableDeclaration ? declaration.declaration.declarations[0] : undefined;
    expect(declarator?.init?.type).toBe(AST_NODE_TYPES.TSTypeAssertion);
  });

  it('reads JSX in a .js file as TypeScript does (its script kind for .js allows JSX)', () => {
    expect(loadModule(fixture('commonjs', 'jsx-in-js.js'), parser)?.text).toContain('<div>');
  });

  it('reads CommonJS: .cjs files, and .js files with a top-level return', () => {
    const object = loadModule(fixture('commonjs', 'object.cjs'), parser);
    expect(object?.ast.body.at(-1)?.type).toBe('ExpressionStatement');
    const early = loadModule(fixture('commonjs', 'top-level-return.js'), parser);
    expect(early?.ast.body.map((statement) => statement.type)).toEqual(['IfStatement', 'ExpressionStatement']);
  });

  it('keeps a hashbang in the text and parses what follows', () => {
    const module = loadFixture(['commonjs', 'hashbang.cjs'], parser);
    expect(module.text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(sourceOf(module, defined(module.ast.body[0], 'a statement'))).toBe("exports.cli = 'hashbang';");
  });

  it.each([
    ['a missing file', fixture('exports', 'nope.ts')],
    ['a folder', fixture('resolve', 'lib')],
    ['a syntax error', fixture('exports', 'broken.ts')],
    ['a declaration file', fixture('resolve', 'typed.d.ts')],
    ['a file that is not a source', fixture('resolve', 'data.json')],
  ])('gives undefined for %s', (_what, file) => {
    expect(loadModule(file, parser)).toBeUndefined();
  });
});

describe('loadModule: getScope finds the scopes ESLint finds', () => {
  const linter = new Linter({ configType: 'flat' });

  /** `scope type @ block range` for every node, by `node type @ node range`. */
  type ScopeTable = Map<string, string>;

  function scopeEntry(node: TSESTree.Node, scope: { type: string; block: TSESTree.Node }): [string, string] {
    return [`${node.type}@${String(node.range)}`, `${scope.type}@${String(scope.block.range)}`];
  }

  /** ESLint's SourceCode#getScope for every node of `file`, linted with `parser` (ESLint's default when undefined). */
  function eslintScopes(file: string, parser?: Linter.Parser): ScopeTable {
    const scopes: ScopeTable = new Map();
    const messages = linter.verify(
      readFileSync(file, 'utf8'),
      {
        files: ['**/*.ts', '**/*.cjs'],
        ...(parser ? { languageOptions: { parser } } : {}),
        plugins: {
          probe: {
            rules: {
              scopes: {
                create(context) {
                  const sourceCode = context.sourceCode as unknown as LintedFileContext['sourceCode'];
                  return {
                    '*'(node: TSESTree.Node) {
                      scopes.set(...scopeEntry(node, sourceCode.getScope(node)));
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/scopes': 'error' },
      },
      file,
    );
    expect(messages).toEqual([]);
    return scopes;
  }

  function moduleScopes(module: ParsedModule): ScopeTable {
    return new Map(allNodes(module).map((node) => scopeEntry(node, module.getScope(node))));
  }

  it.each(parsers)('in TypeScript read with %s', (_name, parser) => {
    const file = fixture('exports', 'scopes.ts');
    const expected = eslintScopes(file, typescriptEslintParser);
    const module = loadFixture(['exports', 'scopes.ts'], parser);
    expect(expected.size).toBeGreaterThan(80);
    expect(moduleScopes(module)).toEqual(expected);
    // A named function expression: its body is in the function's scope, where its parameters are.
    const inner = defined(
      allNodes(module).find((node) => node.type === AST_NODE_TYPES.ReturnStatement && sourceOf(module, node).includes('inner(value - 1)')),
      'the return statement of inner',
    );
    expect(module.getScope(inner).type).toBe('function');
    expect(module.getScope(inner).set.has('value')).toBe(true);
  });

  it('in CommonJS read with espree and eslint-scope', () => {
    const file = fixture('commonjs', 'object.cjs');
    const expected = eslintScopes(file);
    expect(moduleScopes(loadFixture(['commonjs', 'object.cjs'], espree))).toEqual(expected);
  });
});

describe('loadModule with a parser that has only parse (espree)', () => {
  it('reads JavaScript with it, scopes from eslint-scope', () => {
    const module = loadFixture(['commonjs', 'object.cjs'], espree);
    expect(module.ast.body.length).toBe(4);
    // CommonJS: the program's scope is the global one's child, as Node.js wraps modules in a function.
    const request = module.scopeManager.globalScope?.childScopes[0]?.set.get('request');
    expect(request?.defs[0]?.type).toBe('FunctionName');
    const call = defined(
      allNodes(module).find((node) => node.type === AST_NODE_TYPES.CallExpression && sourceOf(module, node) === "request('CreateRoom', options)"),
      'the call in createRoom',
    );
    expect(module.getScope(call).type).toBe('function');
  });

  it('reads JSX only in .jsx files', () => {
    expect(loadModule(fixture('commonjs', 'component.jsx'), espree)?.text).toContain('<div>view</div>');
    const jsxInJs = loadModule(fixture('commonjs', 'jsx-in-js.js'), espree);
    // espree rejects it; @typescript-eslint/parser, tried next, reads it.
    expect(jsxInJs?.ast.body[0]?.type).toBe('ExportNamedDeclaration');
  });

  it('reads TypeScript with @typescript-eslint/parser instead', () => {
    const module = loadFixture(['exports', 'esm-forms.ts'], espree);
    expect(exportedNames(module)).toContain('client');
  });
});

describe('loadModule: the cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'lcic-load-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('returns the same module until the file changes size, then the new text', () => {
    const file = path.join(root, 'client.ts');
    writeFileSync(file, 'export const version = 1;\n');
    const first = loadModule(file);
    expect(loadModule(file)).toBe(first);
    writeFileSync(file, 'export const version = 22;\n');
    const second = loadModule(file);
    expect(second).not.toBe(first);
    expect(second?.text).toBe('export const version = 22;\n');
  });

  it('re-reads a file whose mtime changed and size did not', () => {
    const file = path.join(root, 'client.ts');
    writeFileSync(file, 'export const version = 1;\n');
    const first = loadModule(file);
    writeFileSync(file, 'export const version = 2;\n');
    const { mtime } = statSync(file);
    utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
    expect(loadModule(file)?.text).toBe('export const version = 2;\n');
    expect(loadModule(file)).not.toBe(first);
  });

  it('re-reads a file that failed to parse once it is fixed, and forgets a deleted one', () => {
    const file = path.join(root, 'client.ts');
    writeFileSync(file, 'export const = ;\n');
    expect(loadModule(file)).toBeUndefined();
    writeFileSync(file, 'export const fixed = true;\n');
    expect(loadModule(file)?.text).toBe('export const fixed = true;\n');
    rmSync(file);
    expect(loadModule(file)).toBeUndefined();
  });

  it(`keeps the ${String(MAX_CACHED_MODULES)} most recently used modules`, () => {
    const files = Array.from({ length: MAX_CACHED_MODULES + 1 }, (_, index) => path.join(root, `module${String(index)}.js`));
    for (const file of files) writeFileSync(file, 'export const value = 1;\n');
    const [first, second] = files.slice(0, 2).map((file) => loadModule(file));
    for (const file of files.slice(2, -1)) loadModule(file);
    // The first is used again: the second is now the least recently used, and is dropped.
    expect(loadModule(defined(files[0], 'file 0'))).toBe(first);
    loadModule(defined(files.at(-1), 'the last file'));
    expect(loadModule(defined(files[0], 'file 0'))).toBe(first);
    expect(loadModule(defined(files[1], 'file 1'))).not.toBe(second);
  });

  it('keeps no tokens or comments in a module read from disk', () => {
    const file = path.join(root, 'commented.ts');
    writeFileSync(file, '// a comment\nexport const client = {};\n');
    const module = defined(loadModule(file), 'the module');
    expect(module.ast.tokens).toBeUndefined();
    expect(module.ast.comments).toBeUndefined();
    expect(module.ast.body).toHaveLength(1);
  });

  it('keeps one module per parser', () => {
    const file = path.join(root, 'client.js');
    writeFileSync(file, 'export const client = {};\n');
    const withEspree = loadModule(file, espree);
    const withTypescript = loadModule(file, typescriptEslintParser);
    expect(withEspree).not.toBe(withTypescript);
    expect(loadModule(file, espree)).toBe(withEspree);
  });

  it(`gives undefined for a file over ${String(MAX_MODULE_BYTES)} bytes, without parsing it`, () => {
    const file = path.join(root, 'bundle.js');
    const head = 'export const client = {};\n';
    writeFileSync(file, head + `// ${'x'.repeat(MAX_MODULE_BYTES)}\n`);
    expect(loadModule(file)).toBeUndefined();
    writeFileSync(file, head);
    expect(loadModule(file)?.text).toBe(head);
  });

  it('gives undefined for binary content', () => {
    const file = path.join(root, 'image.js');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(loadModule(file)).toBeUndefined();
  });

  it('drops a byte order mark from the text, as ESLint does', () => {
    const file = path.join(root, 'bom.ts');
    writeFileSync(file, '\uFEFFexport const client = {};\n');
    const module = defined(loadModule(file), 'the module');
    expect(module.text).toBe('export const client = {};\n');
    expect(sourceOf(module, defined(module.ast.body[0], 'a statement'))).toBe('export const client = {};');
  });
});

describe('moduleFromSourceCode', () => {
  const linter = new Linter({ configType: 'flat' });

  function lintedModule(text: string, filename: string, parser?: Linter.Parser): ParsedModule | undefined {
    let module: ParsedModule | undefined;
    let second: ParsedModule | undefined;
    linter.verify(
      text,
      {
        files: ['**/*.ts', '**/*.js', '**/*.json'],
        ...(parser ? { languageOptions: { parser } } : {}),
        plugins: {
          probe: {
            rules: {
              adapt: {
                create(context) {
                  module = moduleFromSourceCode(context as unknown as LintedFileContext);
                  second = moduleFromSourceCode(context as unknown as LintedFileContext);
                  return {};
                },
              },
            },
          },
        },
        rules: { 'probe/adapt': 'error' },
      },
      filename,
    );
    expect(second).toBe(module);
    return module;
  }

  it('adapts the linted file without reading it from disk', () => {
    const filename = fixture('imports', 'consumer.ts');
    const text = "import { client } from '../exports/esm-forms';\nclient.DescribeRoom({});\n";
    const module = defined(lintedModule(text, filename, typescriptEslintParser), 'the linted module');
    expect(module.filename).toBe(filename);
    expect(module.text).toBe(text);
    const call = defined(module.ast.body[1], 'the call');
    expect(module.getScope(call).type).toBe('module');
    expect(module.getScope(call).set.has('client')).toBe(true);
  });

  it('adapts a file linted with espree', () => {
    const module = lintedModule('const a = 1;\n', fixture('resolve', 'plain.js'));
    expect(module?.ast.body[0]?.type).toBe('VariableDeclaration');
    expect(module?.scopeManager.globalScope?.set.has('a')).toBe(false);
  });
});
