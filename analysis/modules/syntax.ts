/** Small syntax helpers of the modules layer (self-contained: the layers above are rewritten around it). */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ParsedModule } from './load-module.js';

/**
 * The specifier of an import as Node writes it: Deno's `npm:tencentcloud-sdk-nodejs@4/x` is
 * `tencentcloud-sdk-nodejs/x`, `jsr:@oak/oak@17` is `@oak/oak`. Any other specifier as it is.
 */
export function nodeSpecifier(specifier: string): string {
  const deno = /^(?:npm|jsr):\/?((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(specifier);
  return deno ? `${deno[1] ?? ''}${deno[2] ?? ''}` : specifier;
}

/** Strips what does not change a value: `x as T`, `x!`, `<T>x`, `x satisfies T`, `f<T>`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSInstantiationExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** The value of `'x'` or `` `x` `` (no substitutions). */
export function staticString(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** An export or import name: `a` or, since ES2022, a string (`export { a as 'b c' }`). */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The static name of a property key (`a`, `'a'`, `1`, `` [`a`] ``), or undefined when computed from a value. */
export function propertyKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return computed ? undefined : key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return staticString(key);
}

/** The name of `a.b` or `a['b']`, or undefined when the property is computed from a value. */
export function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return staticString(member.property);
}

/**
 * What `identifier` names: the variable it refers to or declares, `'global'` for a reference to
 * a name the module does not declare (`require`, `fetch`), or undefined when it names no variable
 * at all (a property in `a.b`, an object key, a label).
 */
export function bindingOf(module: ParsedModule, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | 'global' | undefined {
  const scope = module.getScope(identifier);
  const reference = scope.references.find((candidate) => candidate.identifier === identifier);
  if (reference) return reference.resolved ?? 'global';
  for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable?.identifiers.includes(identifier)) return variable;
  }
  return undefined;
}

/** The variable `identifier` refers to or declares, or undefined (a global, or no variable). */
export function variableOf(module: ParsedModule, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  const binding = bindingOf(module, identifier);
  return binding === 'global' ? undefined : binding;
}

/** Whether `identifier` refers to a global the module does not declare (`require`, `module`, `exports`). */
export function isUndeclared(module: ParsedModule, identifier: TSESTree.Identifier): boolean {
  const binding = bindingOf(module, identifier);
  // A variable without definitions is one the scope manager knows from a lib or an environment.
  return binding === 'global' || (binding !== undefined && binding.defs.length === 0);
}

/**
 * The specifier `node` loads a module by, whole: `require('./x')`, `import('./x')`,
 * `await import('./x')`. Undefined for anything else, and for a `require` the module declares.
 */
export function moduleRequest(module: ParsedModule, node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) {
    const argument = unwrapExpression(expression.argument);
    return argument.type === AST_NODE_TYPES.ImportExpression ? staticString(argument.source) : undefined;
  }
  if (expression.type === AST_NODE_TYPES.ImportExpression) return staticString(expression.source);
  if (
    expression.type === AST_NODE_TYPES.CallExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'require' &&
    expression.arguments.length === 1 &&
    isUndeclared(module, expression.callee)
  ) {
    return staticString(expression.arguments[0]);
  }
  return undefined;
}

/** `require('./x').name` (or `(await import('./x')).name`): the specifier and the export name. */
export function memberOfModuleRequest(module: ParsedModule, node: TSESTree.Node): { specifier: string; name: string } | undefined {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const specifier = moduleRequest(module, expression.object);
  const name = memberName(expression);
  return specifier !== undefined && name !== undefined ? { specifier, name } : undefined;
}

/** The key under which an object pattern binds `binding` (`{ a }`, `{ b: a }`, `{ a = 1 }`), or undefined. */
export function patternKeyOf(pattern: TSESTree.ObjectPattern, binding: TSESTree.Identifier): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === binding) return propertyKeyName(property.key, property.computed);
  }
  return undefined;
}
