/**
 * What a module exports, read from its syntax: each export name and what it is bound to, for ESM
 * (`export const`, `export default`, `export { a as b }`, re-exports, `export *`) and CommonJS
 * (`module.exports = ...`, `module.exports.x = ...`, `exports.x = ...`), and TypeScript's
 * `export =`. Type-only exports are left out: they have no value to follow.
 *
 * This is one module's table; `findExport` follows it across files.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ParsedModule } from './load-module.js';
import { isUndeclared, memberName, memberOfModuleRequest, moduleExportName, moduleRequest, nodeSpecifier, propertyKeyName, unwrapExpression, variableOf } from './syntax.js';

/**
 * The name that stands for a whole module as a value: what `import * as ns` binds and what
 * `require()` returns (for CommonJS, the value assigned to `module.exports`).
 */
export const NAMESPACE = '*';

export type ExportBinding =
  /** A name of this module: `export const a = ...`, `export { a as b }`, `export default a`, `exports.b = a`. */
  | { readonly kind: 'local'; readonly identifier: TSESTree.Identifier }
  /** A value written in place: `export default function () {}`, `export class A {}`, `exports.b = () => ...`. */
  | { readonly kind: 'value'; readonly node: TSESTree.Node }
  /**
   * An export of another module: `export { a as b } from './x'` (name `a`), `export * as b from './x'`
   * and `exports.b = require('./x')` (name `NAMESPACE`). `node` is where this module names it.
   */
  | { readonly kind: 'reexport'; readonly specifier: string; readonly name: string; readonly node: TSESTree.Node };

export interface ModuleExports {
  /** Every name this module exports itself, `default` included. */
  readonly names: ReadonlyMap<string, ExportBinding>;
  /** `export * from '...'` (and `module.exports = require('...')`), in order: other names may come from these. */
  readonly starSpecifiers: readonly string[];
  /** `module.exports = ...` or `export = ...`: the module's value for `require()`; undefined for ESM. */
  readonly moduleValue: ExportBinding | undefined;
}

const exportsOfModule = new WeakMap<ParsedModule, ModuleExports>();

/** The export table of `module` (computed once per parsed module). */
export function moduleExports(module: ParsedModule): ModuleExports {
  let table = exportsOfModule.get(module);
  if (!table) {
    table = readExports(module);
    exportsOfModule.set(module, table);
  }
  return table;
}

interface ExportTable {
  names: Map<string, ExportBinding>;
  starSpecifiers: string[];
  moduleValue: ExportBinding | undefined;
}

function readExports(module: ParsedModule): ModuleExports {
  const table: ExportTable = { names: new Map(), starSpecifiers: [], moduleValue: undefined };
  for (const statement of module.ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration:
        addNamedExport(module, table, statement);
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        addDefaultExport(module, table, statement);
        break;
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exportKind === 'type') break;
        if (statement.exported) {
          table.names.set(moduleExportName(statement.exported), { kind: 'reexport', specifier: nodeSpecifier(statement.source.value), name: NAMESPACE, node: statement });
        } else {
          table.starSpecifiers.push(nodeSpecifier(statement.source.value));
        }
        break;
      case AST_NODE_TYPES.TSExportAssignment:
        setModuleValue(module, table, statement.expression);
        break;
      case AST_NODE_TYPES.ExpressionStatement:
        addCommonJsExports(module, table, statement.expression);
        break;
      default:
        break;
    }
  }
  return table;
}

function addNamedExport(module: ParsedModule, table: ExportTable, statement: TSESTree.ExportNamedDeclaration): void {
  // A type alias is listed too: `type Client = InstanceType<typeof lcic.v20220817.Client>` says
  // what a parameter annotated with it holds; so is an interface, whose fields' types say what
  // they hold (`interface LcicPort { rooms: Pick<LcicClient, 'DescribeRoom'> }`).
  if (statement.declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration || statement.declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
    // A value of the same name (declaration merging) is what the name stands for where it is a value.
    if (statement.declaration.type === AST_NODE_TYPES.TSTypeAliasDeclaration || !table.names.has(statement.declaration.id.name)) {
      table.names.set(statement.declaration.id.name, { kind: 'value', node: statement.declaration });
    }
    return;
  }
  if (statement.declaration) {
    if (statement.exportKind !== 'type') addDeclaration(table, statement.declaration);
    return;
  }
  // Type-only re-exports too (`export type { LcicClient } from './client'`): a type alias they name
  // says what an annotated parameter holds, as type imports do.
  for (const specifier of statement.specifiers) {
    const exported = moduleExportName(specifier.exported);
    if (statement.source) {
      table.names.set(exported, { kind: 'reexport', specifier: nodeSpecifier(statement.source.value), name: moduleExportName(specifier.local), node: specifier });
    } else if (specifier.local.type === AST_NODE_TYPES.Identifier) {
      table.names.set(exported, { kind: 'local', identifier: specifier.local });
    }
  }
}

function addDeclaration(table: ExportTable, declaration: TSESTree.NamedExportDeclarations): void {
  // `export declare ...` states a type; there is no value behind it.
  if ('declare' in declaration && declaration.declare) return;
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      for (const declarator of declaration.declarations) {
        for (const identifier of bindingIdentifiers(declarator.id)) table.names.set(identifier.name, { kind: 'local', identifier });
      }
      break;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.TSEnumDeclaration:
      if (declaration.id) table.names.set(declaration.id.name, { kind: 'value', node: declaration });
      break;
    case AST_NODE_TYPES.TSModuleDeclaration:
      if (declaration.id.type === AST_NODE_TYPES.Identifier) table.names.set(declaration.id.name, { kind: 'value', node: declaration });
      break;
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      // `export import a = require('./x')`
      const reference = declaration.moduleReference;
      if (declaration.importKind !== 'type' && reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
        table.names.set(declaration.id.name, { kind: 'reexport', specifier: reference.expression.value, name: NAMESPACE, node: declaration });
      }
      break;
    }
    default:
      // Interfaces, type aliases and overload signatures (`TSDeclareFunction`) carry no value.
      break;
  }
}

function addDefaultExport(module: ParsedModule, table: ExportTable, statement: TSESTree.ExportDefaultDeclaration): void {
  const declaration = statement.declaration;
  switch (declaration.type) {
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
      table.names.set('default', { kind: 'value', node: declaration });
      break;
    case AST_NODE_TYPES.TSInterfaceDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
    case AST_NODE_TYPES.VariableDeclaration:
      break;
    default:
      table.names.set('default', bindingOfExpression(module, declaration));
  }
}

/** What an exported expression is bound to: a name of this module, another module, or itself. */
function bindingOfExpression(module: ParsedModule, expression: TSESTree.Node): ExportBinding {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.Identifier) return { kind: 'local', identifier: node };
  const specifier = moduleRequest(module, node);
  if (specifier !== undefined) return { kind: 'reexport', specifier, name: NAMESPACE, node };
  const member = memberOfModuleRequest(module, node);
  if (member) return { kind: 'reexport', specifier: member.specifier, name: member.name, node };
  return { kind: 'value', node };
}

/** The identifiers a declarator binds: `a`, or each name in `{ a, b: [c] }`. */
function bindingIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => bindingIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property));
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? bindingIdentifiers(element) : []));
    case AST_NODE_TYPES.AssignmentPattern:
      return bindingIdentifiers(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return bindingIdentifiers(pattern.argument);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// CommonJS and `export =`

/** `module.exports = ...`, `module.exports.x = ...`, `exports.x = ...`, chained (`a = b = value`) or not. */
function addCommonJsExports(module: ParsedModule, table: ExportTable, expression: TSESTree.Expression): void {
  const targets: TSESTree.Node[] = [];
  let value: TSESTree.Node = expression;
  while (value.type === AST_NODE_TYPES.AssignmentExpression && value.operator === '=') {
    targets.push(value.left);
    value = value.right;
  }
  for (const target of targets) {
    if (isModuleExports(module, target)) {
      setModuleValue(module, table, value);
    } else if (target.type === AST_NODE_TYPES.MemberExpression && isExportsObject(module, target.object)) {
      const name = memberName(target);
      if (name !== undefined) table.names.set(name, bindingOfExpression(module, value));
    }
  }
}

/**
 * The module's value (`module.exports = value`, `export = value`) is its default export, and when
 * it is an object literal, or a name bound once to one, its properties are named exports.
 */
function setModuleValue(module: ParsedModule, table: ExportTable, value: TSESTree.Node): void {
  const binding = bindingOfExpression(module, value);
  table.moduleValue = binding;
  table.names.set('default', binding);
  if (binding.kind === 'reexport' && binding.name === NAMESPACE) {
    // `module.exports = require('./x')`: this module's names are those of './x'.
    table.starSpecifiers.push(binding.specifier);
    return;
  }
  const object = objectLiteralOf(module, value);
  if (!object) return;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const specifier = moduleRequest(module, property.argument);
      if (specifier !== undefined) table.starSpecifiers.push(specifier);
      continue;
    }
    if (property.kind !== 'init') continue;
    const name = propertyKeyName(property.key, property.computed);
    if (name !== undefined) table.names.set(name, bindingOfExpression(module, property.value));
  }
}

/** `{ ... }`, or a `const` (or a name written once) whose initial value is `{ ... }`. */
function objectLiteralOf(module: ParsedModule, value: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const node = unwrapExpression(value);
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(module, node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id !== definition.name || !definition.node.init) return undefined;
  const writes = variable?.references.filter((reference) => reference.isWrite()).length ?? 0;
  if (writes !== 1) return undefined;
  const init = unwrapExpression(definition.node.init);
  return init.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
}

/** `module.exports` (or `module['exports']`), with `module` the CommonJS global. */
function isModuleExports(module: ParsedModule, node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    memberName(node) === 'exports' &&
    isUndeclared(module, node.object)
  );
}

/** `exports` (the CommonJS global) or `module.exports`. */
function isExportsObject(module: ParsedModule, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'exports' && isUndeclared(module, node);
  return isModuleExports(module, node);
}
