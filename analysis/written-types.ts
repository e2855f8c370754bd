/**
 * What the types written in a file say, read without type information: enough to keep a
 * suggestion from adding a key that the function's declared return type does not have.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction, isFunctionNode, keyName, rootOf } from './ast.js';

/** How deep type names are followed (`type A = B; type B = ...`): enough for written code. */
const MAX_DEPTH = 5;

/**
 * Whether the return type written on the function that returns `object` (directly, `return {...}`
 * or an arrow's body, through `as const`) takes `key`: undefined when no return type is written,
 * or the object is not what the function returns. A type read here that is no object type of this
 * file (imported, generic, mapped) counts as not taking it: a suggestion that may not compile is
 * worse than none.
 */
export function writtenReturnTakesKey(object: TSESTree.ObjectExpression, key: string): boolean | undefined {
  let value: TSESTree.Node = object;
  while (value.parent.type === AST_NODE_TYPES.TSAsExpression || value.parent.type === AST_NODE_TYPES.TSSatisfiesExpression) value = value.parent;
  const parent = value.parent;
  const fn = parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : isFunctionNode(parent) && parent.body === value ? parent : undefined;
  const written = fn?.returnType?.typeAnnotation;
  // `const inviteTeacher: MutationResolvers['inviteTeacher'] = async () => ...`: typed where it is kept, by a type not read here.
  if (!written) return fn?.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.typeAnnotation ? false : undefined;
  return typeTakesKey(promised(written, fn.async), key, rootOf(fn), 0);
}

/** `T` of `Promise<T>` written on an async function. */
function promised(type: TSESTree.TypeNode, async: boolean): TSESTree.TypeNode {
  if (!async || type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeName.name !== 'Promise') return type;
  return type.typeArguments?.params[0] ?? type;
}

function typeTakesKey(type: TSESTree.TypeNode, key: string, program: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  switch (type.type) {
    case AST_NODE_TYPES.TSAnyKeyword:
    case AST_NODE_TYPES.TSUnknownKeyword:
      return true;
    case AST_NODE_TYPES.TSTypeLiteral:
      return membersTakeKey(type.members, key);
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      return type.types.some((member) => typeTakesKey(member, key, program, depth + 1));
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeArguments) return false;
      const declared = declaredType(type.typeName.name, program);
      if (declared?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return !declared.typeParameters && typeTakesKey(declared.typeAnnotation, key, program, depth + 1);
      // Of an interface, only its own members are read (not what it extends).
      return declared?.type === AST_NODE_TYPES.TSInterfaceDeclaration && !declared.typeParameters && membersTakeKey(declared.body.body, key);
    }
    default:
      return false;
  }
}

function membersTakeKey(members: readonly TSESTree.TypeElement[], key: string): boolean {
  return members.some(
    (member) => member.type === AST_NODE_TYPES.TSIndexSignature || (member.type === AST_NODE_TYPES.TSPropertySignature && keyName(member.key, member.computed) === key),
  );
}

/** The type alias or interface of the file with that name, exported or not. */
function declaredType(name: string, program: TSESTree.Node): TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration | undefined {
  if (program.type !== AST_NODE_TYPES.Program) return undefined;
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if ((declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration || declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) && declaration.id.name === name) return declaration;
  }
  return undefined;
}
