/**
 * Following names across files: where an export is defined (through re-exports, `export *`,
 * imports that are exported again, CommonJS assignments and `require`), what a local name stands
 * for, and which (file, export) an import refers to.
 *
 * A search is bounded by a depth (modules entered) and remembers what it has visited, so a cycle
 * (a re-exports b re-exports a), a missing file or a file that does not parse ends it with
 * undefined. A package (a bare specifier) ends it with the node that names the package, for the
 * layers above to recognise the SDK by name.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { loadModule, parserForImportsOf, type ParsedModule } from './load-module.js';
import { type ExportBinding, moduleExports, NAMESPACE } from './module-exports.js';
import { isPathSpecifier, resolveImport } from './resolve-import.js';
import {
  bindingOf,
  memberOfModuleRequest,
  moduleExportName,
  moduleRequest,
  nodeSpecifier,
  patternKeyOf,
  propertyKeyName,
  staticString,
  unwrapExpression,
  variableOf,
} from './syntax.js';

/** Modules a search may enter beyond the one it starts in: more than any real re-export chain. */
export const DEFAULT_SEARCH_DEPTH = 8;

/** Where a name is defined: the module and the node there. */
export interface Definition {
  readonly module: ParsedModule;
  /**
   * The defining node: a declarator's initial value (`new Client(...)`), a function or class
   * declaration, an exported expression, a namespace's Program (for `NAMESPACE`), or, where the
   * value cannot be followed, the identifier that declares it (a reassigned `let`, a destructured
   * name) or the import of a package (`ImportSpecifier`, `ExportSpecifier`, `require(...)`).
   */
  readonly node: TSESTree.Node;
}

/** Which module and export an import (or a name bound by one) refers to. */
export interface ImportTarget {
  /** The specifier as written: `./client`, `tencentcloud-sdk-nodejs`. */
  readonly specifier: string;
  /** The source file it names; undefined for a package or a file that does not exist. */
  readonly file: string | undefined;
  /** An export name, `default`, or `NAMESPACE` for the whole module (`import * as`, `require()`). */
  readonly name: string;
}

interface Search {
  /** Modules the search may still enter. */
  readonly depthLeft: number;
  /** `file\0name` of exports and the variables already followed: a second visit is a cycle. */
  readonly visited: Set<unknown>;
}

/**
 * The definition of export `name` of `module` (`default`, a name, or `NAMESPACE`), following
 * re-exports and imports across at most `depth` further modules.
 */
export function findExport(module: ParsedModule, name: string, depth = DEFAULT_SEARCH_DEPTH): Definition | undefined {
  return exportDefinition(module, name, { depthLeft: depth, visited: new Set() });
}

/**
 * What `identifier` (a name used or declared in `module`) stands for: its definition in this
 * module, or, when it is imported or required, in the module that defines it. A global gives the
 * identifier itself; an identifier that names no variable (the `b` of `a.b`) gives undefined.
 */
export function findDefinition(module: ParsedModule, identifier: TSESTree.Identifier, depth = DEFAULT_SEARCH_DEPTH): Definition | undefined {
  return identifierDefinition(module, identifier, { depthLeft: depth, visited: new Set() });
}

/**
 * What `<value>.name` stands for when `value` is a definition found above: an export of a
 * namespace (`import * as ns`, an ES module's `require()`), or a property of an object literal
 * (a CommonJS `module.exports = { ... }`, a `const api = { ... }`). Undefined for anything else.
 */
export function findMember(value: Definition, name: string, depth = DEFAULT_SEARCH_DEPTH): Definition | undefined {
  const search: Search = { depthLeft: depth, visited: new Set() };
  const { module, node } = value;
  if (node.type === AST_NODE_TYPES.Program) return exportDefinition(module, name, search);
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // The last property of that name wins, as it does at run time; a spread of a module may supply it.
  for (const property of [...node.properties].reverse()) {
    if (property.type === AST_NODE_TYPES.Property) {
      if (property.kind === 'init' && propertyKeyName(property.key, property.computed) === name) return valueDefinition(module, property.value, search);
      continue;
    }
    const specifier = moduleRequest(module, property.argument);
    const found = specifier === undefined ? undefined : importedDefinition(module, specifier, name, undefined, search);
    if (found) return found;
  }
  return undefined;
}

function exportDefinition(module: ParsedModule, name: string, search: Search): Definition | undefined {
  const key = `${module.filename}\0${name}`;
  if (search.visited.has(key)) return undefined;
  search.visited.add(key);
  const exports = moduleExports(module);
  if (name === NAMESPACE) {
    return exports.moduleValue ? bindingDefinition(module, exports.moduleValue, search) : { module, node: module.ast };
  }
  const binding = exports.names.get(name);
  if (binding) return bindingDefinition(module, binding, search);
  // `export *` passes on every name but `default`.
  if (name === 'default') return undefined;
  for (const specifier of exports.starSpecifiers) {
    const found = importedDefinition(module, specifier, name, undefined, search);
    if (found) return found;
  }
  return undefined;
}

function bindingDefinition(module: ParsedModule, binding: ExportBinding, search: Search): Definition | undefined {
  switch (binding.kind) {
    case 'local':
      return identifierDefinition(module, binding.identifier, search);
    case 'value':
      return valueDefinition(module, binding.node, search);
    case 'reexport':
      return importedDefinition(module, binding.specifier, binding.name, binding.node, search);
  }
}

/**
 * Export `name` of the module `specifier` names from `module`. A package gives `namingNode` (the
 * node of `module` that names it) when there is one; a missing file, or no depth left, gives undefined.
 */
function importedDefinition(
  module: ParsedModule,
  specifier: string,
  name: string,
  namingNode: TSESTree.Node | undefined,
  search: Search,
): Definition | undefined {
  const file = resolveImport(module.filename, specifier);
  if (!file) return !isPathSpecifier(specifier) && namingNode ? { module, node: namingNode } : undefined;
  if (search.depthLeft <= 0) return undefined;
  const target = loadModule(file, parserForImportsOf(module));
  if (!target) return undefined;
  return exportDefinition(target, name, { depthLeft: search.depthLeft - 1, visited: search.visited });
}

/** An expression's definition: itself, unless it is a name or a `require`/`import()` to follow. */
function valueDefinition(module: ParsedModule, value: TSESTree.Node, search: Search): Definition | undefined {
  const node = unwrapExpression(value);
  if (node.type === AST_NODE_TYPES.Identifier) return identifierDefinition(module, node, search);
  const specifier = moduleRequest(module, node);
  if (specifier !== undefined) return importedDefinition(module, specifier, NAMESPACE, node, search);
  const member = memberOfModuleRequest(module, node);
  if (member) return importedDefinition(module, member.specifier, member.name, node, search);
  return { module, node };
}

function identifierDefinition(module: ParsedModule, identifier: TSESTree.Identifier, search: Search): Definition | undefined {
  const binding = bindingOf(module, identifier);
  if (binding === undefined) return undefined;
  const definition = binding === 'global' ? undefined : valueDefinitionOf(binding);
  // A global (or an implicit one from a lib): nothing in the project defines it.
  if (binding === 'global' || !definition) return { module, node: identifier };
  const variable = binding;
  if (search.visited.has(variable)) return undefined;
  search.visited.add(variable);
  // Compared as strings: the enum lives in @typescript-eslint/scope-manager, not worth loading for these names.
  switch (definition.type as string) {
    case 'ImportBinding':
      return importBindingDefinition(module, definition, search);
    case 'Variable':
      return variableDefinition(module, variable, definition, search);
    case 'FunctionName':
    case 'ClassName':
    case 'TSEnumName':
    case 'TSModuleName':
      return { module, node: definition.node };
    default:
      return { module, node: definition.name };
  }
}

/** The definition that gives a variable its value: the implementation among overloads, else the first. */
function valueDefinitionOf(variable: TSESLint.Scope.Variable): TSESLint.Scope.Definition | undefined {
  return variable.defs.find((definition) => definition.node.type === AST_NODE_TYPES.FunctionDeclaration) ?? variable.defs[0];
}

function importBindingDefinition(module: ParsedModule, definition: TSESLint.Scope.Definition, search: Search): Definition | undefined {
  const target = importTargetOfDeclaration(definition.node);
  if (!target) return { module, node: definition.name };
  return importedDefinition(module, target.specifier, target.name, definition.node, search);
}

function variableDefinition(
  module: ParsedModule,
  variable: TSESLint.Scope.Variable,
  definition: TSESLint.Scope.Definition,
  search: Search,
): Definition | undefined {
  const declarator = definition.node;
  const name = definition.name;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || name.type !== AST_NODE_TYPES.Identifier) return { module, node: name };
  if (declarator.id === name) {
    const value = onlyValue(variable, declarator);
    return value ? valueDefinition(module, value, search) : { module, node: name };
  }
  // `const { client } = require('./client')` or `= await import('./client')`
  const specifier = declarator.init ? moduleRequest(module, declarator.init) : undefined;
  const key = declarator.id.type === AST_NODE_TYPES.ObjectPattern ? patternKeyOf(declarator.id, name) : undefined;
  if (specifier !== undefined && key !== undefined) return importedDefinition(module, specifier, key, declarator.init ?? name, search);
  return { module, node: name };
}

/**
 * The one value a variable ever holds: its initial value when nothing else is assigned to it, or
 * the right side of its one assignment (`let client; client = new Client()`). Undefined when it
 * is assigned more than once.
 */
function onlyValue(variable: TSESLint.Scope.Variable, declarator: TSESTree.VariableDeclarator): TSESTree.Node | undefined {
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.length !== 1) return undefined;
  if (declarator.init) return declarator.init;
  const assignment = writes[0]?.identifier.parent;
  return assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && assignment.left === writes[0]?.identifier
    ? assignment.right
    : undefined;
}

// ---------------------------------------------------------------------------------------------
// The import side

/**
 * Which module and export `node` refers to: an import specifier (`{ a }`, default, `* as ns`), an
 * `export ... from` specifier or `export * as`, `import x = require()`, `require('./x')`,
 * `import('./x')`, `require('./x').name`, or a name (Identifier) bound by any of these, including
 * `const { a } = require('./x')`. Undefined for anything else and for type-only imports.
 */
export function importTarget(module: ParsedModule, node: TSESTree.Node): ImportTarget | undefined {
  const target = node.type === AST_NODE_TYPES.Identifier ? importTargetOfName(module, node) : importTargetOfNode(module, node);
  if (!target) return undefined;
  return { ...target, file: resolveImport(module.filename, target.specifier) };
}

type UnresolvedTarget = Omit<ImportTarget, 'file'>;

function importTargetOfNode(module: ParsedModule, node: TSESTree.Node): UnresolvedTarget | undefined {
  const declared = importTargetOfDeclaration(node);
  if (declared) return declared;
  const specifier = moduleRequest(module, node);
  if (specifier !== undefined) return { specifier, name: NAMESPACE };
  return memberOfModuleRequest(module, node);
}

function importTargetOfName(module: ParsedModule, identifier: TSESTree.Identifier): UnresolvedTarget | undefined {
  const variable = variableOf(module, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition && (definition.type as string) === 'ImportBinding') return importTargetOfDeclaration(definition.node);
  const declarator = definition?.node;
  const name = definition?.name;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || name?.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (declarator.id === name) return importTargetOfNode(module, declarator.init);
  const specifier = moduleRequest(module, declarator.init);
  const key = declarator.id.type === AST_NODE_TYPES.ObjectPattern ? patternKeyOf(declarator.id, name) : undefined;
  return specifier !== undefined && key !== undefined ? { specifier, name: key } : undefined;
}

/** The target of an import or re-export declaration node, or undefined (not one, or type-only). */
function importTargetOfDeclaration(node: TSESTree.Node): UnresolvedTarget | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier: {
      const declaration = node.parent;
      if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
      // Type imports are followed too: a type alias they name says what an annotated parameter holds.
      return { specifier: nodeSpecifier(declaration.source.value), name: importedName(node) };
    }
    case AST_NODE_TYPES.ExportSpecifier: {
      const declaration = node.parent;
      // Type-only ones too, as type imports: a type alias they name says what an annotated parameter holds.
      if (!declaration.source) return undefined;
      return { specifier: nodeSpecifier(declaration.source.value), name: moduleExportName(node.local) };
    }
    case AST_NODE_TYPES.ExportAllDeclaration:
      return node.exportKind === 'type' ? undefined : { specifier: nodeSpecifier(node.source.value), name: NAMESPACE };
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      const reference = node.moduleReference;
      if (node.importKind === 'type' || reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return undefined;
      const specifier = staticString(reference.expression);
      return specifier === undefined ? undefined : { specifier, name: NAMESPACE };
    }
    default:
      return undefined;
  }
}

function importedName(node: TSESTree.ImportClause): string {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier:
      return moduleExportName(node.imported);
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return 'default';
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return NAMESPACE;
  }
}
