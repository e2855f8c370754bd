import * as typescriptEslintParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearModuleCaches,
  type Definition,
  findDefinition,
  findExport,
  findMember,
  importTarget,
  loadModule,
  moduleFromSourceCode,
  NAMESPACE,
  type ParsedModule,
} from '../../../analysis/modules/index.js';
import { defined, describeDefinition, espree, fixture, fixtureName, loadFixture, sourceOf } from './fixtures.js';

const parsers = [
  ['@typescript-eslint/parser', typescriptEslintParser],
  ['no parser', undefined],
] as const;

beforeEach(() => {
  clearModuleCaches();
});

describe.each(parsers)('findExport with %s', (_name, parser) => {
  const load = (...parts: string[]) => loadFixture(parts, parser);
  const found = (parts: string[], name: string, depth?: number) => describeDefinition(findExport(load(...parts), name, depth));

  describe('ESM declarations', () => {
    it.each([
      ['client', "exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })"],
      ['request', 'exports/esm-forms.ts: FunctionDeclaration: function request(action: string, payload: object) { …'],
      ['Gateway', 'exports/esm-forms.ts: ClassDeclaration: class Gateway { …'],
      ['default', 'exports/esm-forms.ts: FunctionDeclaration: function createGateway() { …'],
      ['token', "exports/esm-forms.ts: Literal: 'token-value'"],
      ['quoted name', "exports/esm-forms.ts: Literal: 'token-value'"],
      ['Region', 'exports/esm-forms.ts: TSEnumDeclaration: enum Region { …'],
      ['overloaded', 'exports/esm-forms.ts: FunctionDeclaration: function overloaded(value: unknown) { …'],
      // `as` casts are seen through, to the value the alias was made from.
      ['aliased', "exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })"],
      // Declared without a value and assigned once.
      ['lateClient', "exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-beijing' })"],
    ])('%s', (name, expected) => {
      expect(found(['exports', 'esm-forms.ts'], name)).toBe(expected);
    });

    it('stops at the declaring identifier where the value cannot be followed', () => {
      // `counter` is reassigned; `region` comes out of a destructured object.
      expect(found(['exports', 'esm-forms.ts'], 'counter')).toBe('exports/esm-forms.ts: Identifier: counter');
      expect(found(['exports', 'esm-forms.ts'], 'region')).toBe('exports/esm-forms.ts: Identifier: region');
    });

    it('gives a type alias and an interface, and undefined for other types and names that are not exported', () => {
      expect(found(['exports', 'esm-forms.ts'], 'Options')).toBe('exports/esm-forms.ts: TSTypeAliasDeclaration: type Options = { region: string };');
      expect(found(['exports', 'esm-forms.ts'], 'Shape')?.startsWith('exports/esm-forms.ts: TSInterfaceDeclaration: interface Shape {')).toBe(true);
      for (const name of ['declaredOnly', 'secret', 'nothing']) {
        expect(findExport(load('exports', 'esm-forms.ts'), name), name).toBeUndefined();
      }
    });

    it('follows `export default <name>` to the value, across an import', () => {
      expect(found(['exports', 'default-identifier.ts'], 'default')).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
      expect(found(['exports', 'default-expression.ts'], 'default')).toBe("exports/default-expression.ts: NewExpression: new Client({ region: 'ap-shanghai' })");
    });

    it('follows `export =` to the value', () => {
      expect(found(['exports', 'export-equals.ts'], 'default')).toBe("exports/export-equals.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
      expect(found(['exports', 'export-equals.ts'], NAMESPACE)).toBe("exports/export-equals.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
    });
  });

  describe('re-exports', () => {
    it.each([
      ['client', "exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })"],
      ['send', 'exports/esm-forms.ts: FunctionDeclaration: function request(action: string, payload: object) { …'],
      ['createGateway', 'exports/esm-forms.ts: FunctionDeclaration: function createGateway() { …'],
      ['Wrapper', 'exports/esm-forms.ts: ClassDeclaration: class Gateway { …'],
      ['fromStar', "exports/star-source.ts: ArrowFunctionExpression: () => 'from star-source.ts'"],
      ['forms', "exports/esm-forms.ts: Program: import { Client } from 'tencentcloud-sdk-nodejs-lcic'; …"],
    ])('index.ts %s', (name, expected) => {
      expect(found(['exports', 'index.ts'], name)).toBe(expected);
    });

    it('follows type-only re-exports to a type alias (it says what an annotated parameter holds)', () => {
      for (const name of ['Options', 'Settings']) {
        expect(found(['exports', 'type-reexports.ts'], name), name).toBe('exports/esm-forms.ts: TSTypeAliasDeclaration: type Options = { region: string };');
      }
    });

    it('does not pass a default export on through `export *`', () => {
      expect(findExport(load('exports', 'index.ts'), 'default')).toBeUndefined();
      expect(found(['exports', 'star-source.ts'], 'default')).toBe("exports/star-source.ts: Literal: 'a default is never passed on by export *'");
    });

    it('follows a chain of re-exports through `export *` and a .js specifier of a .ts source', () => {
      expect(found(['exports', 'chain-a.ts'], 'client')).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
    });

    it('enters at most `depth` further modules', () => {
      // chain-a → chain-b → chain-c.js → esm-forms.ts: three modules entered.
      expect(found(['exports', 'chain-a.ts'], 'client', 3)).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
      expect(findExport(load('exports', 'chain-a.ts'), 'client', 2)).toBeUndefined();
      expect(findExport(load('exports', 'chain-a.ts'), 'client', 0)).toBeUndefined();
    });

    it('gives undefined for a cycle', () => {
      expect(findExport(load('exports', 'cycle-a.ts'), 'loop')).toBeUndefined();
      expect(findExport(load('exports', 'cycle-a.ts'), 'anything')).toBeUndefined();
    });

    it('gives undefined for a missing module and a module that does not parse', () => {
      expect(findExport(load('exports', 'missing.ts'), 'gone')).toBeUndefined();
      expect(findExport(load('exports', 'missing.ts'), 'fromTheMissingStar')).toBeUndefined();
      expect(findExport(load('exports', 'uses-broken.ts'), 'thing')).toBeUndefined();
    });

    it('ends at the node naming a package', () => {
      expect(found(['exports', 'packages.ts'], 'Client')).toBe('exports/packages.ts: ExportSpecifier: Client');
      expect(found(['exports', 'packages.ts'], 'tencentcloud')).toBe('exports/packages.ts: ImportNamespaceSpecifier: * as tencentcloud');
      // What `export * from 'some-package'` provides is not known without reading the package.
      expect(findExport(load('exports', 'packages.ts'), 'anything')).toBeUndefined();
    });

    it('gives the Program of an ES module for NAMESPACE', () => {
      expect(found(['exports', 'star-source.ts'], NAMESPACE)).toBe("exports/star-source.ts: Program: export const fromStar = () => 'from star-source.ts'; …");
    });
  });

  describe('CommonJS', () => {
    it.each([
      ['client', "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })"],
      ['request', 'commonjs/object.cjs: FunctionDeclaration: function request(action, payload) { …'],
      ['sign', 'commonjs/object.cjs: FunctionExpression: function sign(text) { …'],
      ['createRoom', 'commonjs/object.cjs: FunctionExpression: (options) { …'],
      ['default', 'commonjs/object.cjs: ObjectExpression: { …'],
      [NAMESPACE, 'commonjs/object.cjs: ObjectExpression: { …'],
    ])('object.cjs %s', (name, expected) => {
      expect(found(['commonjs', 'object.cjs'], name)).toBe(expected);
    });

    it('follows `module.exports = <name>` bound to an object literal', () => {
      expect(found(['commonjs', 'identifier.js'], 'default')).toBe('commonjs/identifier.js: ObjectExpression: { …');
      expect(found(['commonjs', 'identifier.js'], 'describe')).toBe('commonjs/identifier.js: FunctionExpression: (roomId) { …');
    });

    it.each([
      ['client', 'commonjs/dotted.js: CallExpression: makeClient()'],
      ['helper', "commonjs/dotted.js: ArrowFunctionExpression: () => 'helper'"],
      ['bracketed', "commonjs/dotted.js: Literal: 'bracketed value'"],
      ['whole', 'commonjs/function.cjs: FunctionExpression: function request(action) { …'],
      ['picked', "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })"],
      ['first', "commonjs/dotted.js: Literal: 'chained value'"],
      ['second', "commonjs/dotted.js: Literal: 'chained value'"],
    ])('dotted.js %s', (name, expected) => {
      expect(found(['commonjs', 'dotted.js'], name)).toBe(expected);
    });

    it('follows `module.exports = require(...)`, for the module value and its names', () => {
      expect(found(['commonjs', 'reexport.cjs'], 'default')).toBe('commonjs/object.cjs: ObjectExpression: { …');
      expect(found(['commonjs', 'reexport.cjs'], 'client')).toBe(
        "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })",
      );
    });

    it('reads a CommonJS .js file with a top-level return', () => {
      expect(found(['commonjs', 'top-level-return.js'], 'early')).toBe("commonjs/top-level-return.js: Literal: 'read as CommonJS'");
    });

    it('ignores `exports.x =` where `exports` is a name the module declares', () => {
      expect(findExport(load('commonjs', 'shadowed.mjs'), 'fake')).toBeUndefined();
      expect(found(['commonjs', 'shadowed.mjs'], 'real')).toBe("commonjs/shadowed.mjs: Literal: 'an export'");
    });
  });
});

/** The identifier that starts the expression statement on `line` of `module` (`lcic` in `await lcic.CreateRoom({})`). */
function callee(module: ParsedModule, line: number): TSESTree.Identifier {
  const statement = findStatement(module.ast, line);
  let node: TSESTree.Node = statement.expression;
  while (node.type !== AST_NODE_TYPES.Identifier) {
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = node.argument;
    else if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) node = node.callee;
    else if (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
    else throw new Error(`unexpected ${node.type} on line ${String(line)}`);
  }
  return node;
}

function findStatement(node: TSESTree.Node, line: number): TSESTree.ExpressionStatement {
  if (node.type === AST_NODE_TYPES.ExpressionStatement && node.loc.start.line === line) return node;
  const children: TSESTree.Node[] =
    node.type === AST_NODE_TYPES.Program || node.type === AST_NODE_TYPES.BlockStatement
      ? node.body
      : node.type === AST_NODE_TYPES.ExportNamedDeclaration && node.declaration
        ? [node.declaration]
        : node.type === AST_NODE_TYPES.FunctionDeclaration
          ? [node.body]
          : [];
  for (const child of children) {
    if (child.loc.start.line <= line && line <= child.loc.end.line) return findStatement(child, line);
  }
  throw new Error(`no expression statement on line ${String(line)}`);
}

describe.each(parsers)('the import side, with %s', (_name, parser) => {
  const consumer = () => loadFixture(['imports', 'consumer.ts'], parser);

  function target(node: TSESTree.Node) {
    const result = importTarget(consumer(), node);
    return result && { ...result, file: result.file === undefined ? undefined : fixtureName(result.file) };
  }

  it('names the module and export of each import specifier', () => {
    const module = consumer();
    const specifiers = module.ast.body.flatMap((statement) => (statement.type === AST_NODE_TYPES.ImportDeclaration ? statement.specifiers : []));
    expect(specifiers.map((specifier) => [sourceOf(module, specifier), target(specifier)])).toEqual([
      ['createGateway', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'default' }],
      ['client as lcic', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'client' }],
      ['request', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'request' }],
      ['* as forms', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: NAMESPACE }],
      // Type-only imports are followed too (a type alias there says what an annotated parameter holds).
      ['Options', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'Options' }],
      ['type Shape', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'Shape' }],
      ['Gateway', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'Gateway' }],
      ['Client', { specifier: 'tencentcloud-sdk-nodejs-lcic', file: undefined, name: 'Client' }],
    ]);
  });

  it('names the module of `import x = require()`, `require()`, `require().name` and `await import()`', () => {
    const module = consumer();
    const importEquals = defined(module.ast.body[4], 'the import-equals declaration');
    expect(target(importEquals)).toEqual({ specifier: 'tencentcloud-sdk-nodejs', file: undefined, name: NAMESPACE });
    const initOf = (index: number) => {
      const statement = module.ast.body[index];
      if (statement?.type !== AST_NODE_TYPES.VariableDeclaration) throw new Error(`statement ${String(index)} is not a declaration`);
      return defined(statement.declarations[0].init, `the initial value in statement ${String(index)}`);
    };
    expect(target(initOf(6))).toEqual({ specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: NAMESPACE });
    expect(target(initOf(8))).toEqual({ specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: 'client' });
    expect(target(initOf(9))).toEqual({ specifier: '../exports/esm-forms.js', file: 'exports/esm-forms.ts', name: NAMESPACE });
    expect(target(initOf(10))).toEqual({ specifier: './not-here', file: undefined, name: NAMESPACE });
    expect(target(initOf(11))).toBeUndefined();
  });

  it.each([
    [16, 'lcic', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'client' }],
    [17, 'request', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: 'request' }],
    [18, 'forms', { specifier: '../exports/esm-forms', file: 'exports/esm-forms.ts', name: NAMESPACE }],
    [19, 'cjs', { specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: NAMESPACE }],
    [20, 'send', { specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: 'request' }],
    [21, 'cjsClient', { specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: 'client' }],
    [22, 'direct', { specifier: '../commonjs/object.cjs', file: 'commonjs/object.cjs', name: 'client' }],
    [23, 'lazy', { specifier: '../exports/esm-forms.js', file: 'exports/esm-forms.ts', name: NAMESPACE }],
    [24, 'local', undefined],
  ])('line %i: the name %s', (line, name, expected) => {
    const identifier = callee(consumer(), line);
    expect(identifier.name).toBe(name);
    expect(target(identifier)).toEqual(expected);
  });

  it.each([
    [16, "exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })"],
    [17, 'exports/esm-forms.ts: FunctionDeclaration: function request(action: string, payload: object) { …'],
    [18, "exports/esm-forms.ts: Program: import { Client } from 'tencentcloud-sdk-nodejs-lcic'; …"],
    [19, 'commonjs/object.cjs: ObjectExpression: { …'],
    [20, 'commonjs/object.cjs: FunctionDeclaration: function request(action, payload) { …'],
    [21, "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })"],
    [22, "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })"],
    [23, "exports/esm-forms.ts: Program: import { Client } from 'tencentcloud-sdk-nodejs-lcic'; …"],
    [24, "imports/consumer.ts: NewExpression: new Client({ region: 'ap-guangzhou' })"],
  ])('findDefinition of the name on line %i', (line, expected) => {
    const module = consumer();
    expect(describeDefinition(findDefinition(module, callee(module, line)))).toBe(expected);
  });

  it('findMember reads a namespace and an object literal', () => {
    const module = consumer();
    const forms = findDefinition(module, callee(module, 18)) as Definition;
    expect(describeDefinition(findMember(forms, 'client'))).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
    const cjs = findDefinition(module, callee(module, 19)) as Definition;
    expect(describeDefinition(findMember(cjs, 'client'))).toBe(
      "commonjs/object.cjs: NewExpression: new tencentcloud.lcic.v20220817.Client({ region: 'ap-guangzhou' })",
    );
    // From the module spread into the object: `...require('./function.cjs')` has no `request` name of its own.
    expect(findMember(cjs, 'nothing')).toBeUndefined();
    expect(findMember({ module, node: callee(module, 24) }, 'client')).toBeUndefined();
  });
});

describe.each(parsers)('findDefinition follows scopes, with %s', (_name, parser) => {
  const module = () => loadFixture(['imports', 'shadowing.ts'], parser);

  /** The identifiers `client` and `DescribeRoom` of `client.DescribeRoom()` on `line`. */
  function callParts(line: number): { object: TSESTree.Identifier; property: TSESTree.Identifier } {
    const call = findStatement(module().ast, line).expression;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) throw new Error(`no method call on line ${String(line)}`);
    const { object, property } = call.callee;
    if (object.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Identifier) throw new Error(`not a.b() on line ${String(line)}`);
    return { object, property };
  }

  it('a parameter shadows the import of the same name', () => {
    expect(describeDefinition(findDefinition(module(), callParts(4).object))).toBe('imports/shadowing.ts: Identifier: client: { DescribeRoom(): void }');
    expect(describeDefinition(findDefinition(module(), callParts(8).object))).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
  });

  it('a property name is not the variable of the same name', () => {
    const { object, property } = callParts(12);
    expect(describeDefinition(findDefinition(module(), object))).toBe("exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })");
    expect(findDefinition(module(), property)).toBeUndefined();
    expect(importTarget(module(), property)).toBeUndefined();
  });
});

describe('findExport reads the imports of a module with the parser it was loaded with', () => {
  it('espree for a JavaScript module loaded with espree', () => {
    const module = loadModule(fixture('commonjs', 'dotted.js'), espree) as ParsedModule;
    const whole = findExport(module, 'whole');
    expect(describeDefinition(whole)).toBe('commonjs/function.cjs: FunctionExpression: function request(action) { …');
    expect(whole?.module).toBe(loadModule(fixture('commonjs', 'function.cjs'), espree));
    expect(whole?.module).not.toBe(loadModule(fixture('commonjs', 'function.cjs'), typescriptEslintParser));
  });
});

describe('from the file being linted (moduleFromSourceCode)', () => {
  /** A typescript-eslint rule reporting, for each call, where its callee's first name is defined. */
  const probe = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', messages: { definition: '{{definition}}' }, schema: [], defaultOptions: [] },
    create(context) {
      const module = moduleFromSourceCode(context);
      return {
        CallExpression(node) {
          let object: TSESTree.Node = node.callee;
          while (object.type === AST_NODE_TYPES.MemberExpression) object = object.object;
          if (!module || object.type !== AST_NODE_TYPES.Identifier) return;
          context.report({ node, messageId: 'definition', data: { definition: describeDefinition(findDefinition(module, object)) ?? 'none' } });
        },
      };
    },
  });

  function definitions(text: string, parser?: Linter.Parser): string[] {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      text,
      {
        files: ['**/*.ts'],
        ...(parser ? { languageOptions: { parser } } : {}),
        plugins: { probe: { rules: { definition: probe as never } } },
        rules: { 'probe/definition': 'error' },
      },
      fixture('imports', 'unsaved.ts'),
    );
    return messages.map((message) => `${String(message.line)}: ${message.message}`);
  }

  it('follows the imports of unsaved text to the modules on disk', () => {
    const text = [
      "import { client } from '../exports/index.js';",
      "const { request } = require('../commonjs/object.cjs');",
      "client.DescribeRoom({ RoomId: 1 });",
      "request('DescribeRoom', {});",
    ].join('\n');
    expect(definitions(text, typescriptEslintParser as Linter.Parser)).toEqual([
      "2: imports/unsaved.ts: Identifier: require",
      "3: exports/esm-forms.ts: NewExpression: new Client({ region: 'ap-guangzhou' })",
      '4: commonjs/object.cjs: FunctionDeclaration: function request(action, payload) { …',
    ]);
  });
});
