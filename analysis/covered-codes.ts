/**
 * What an error handler does with the error's code: which codes it tests for, how (exactly, by
 * prefix, by family), where it dispatches, and whether anything catches the codes it does not test.
 *
 * Recognised code expressions: `err.code` (also `err?.code`, `(err as X).code`, `err.code ?? ''`),
 * `Response.Error.Code` for raw bodies, variables holding either (`const code = err.code`,
 * `const { code } = err`, a destructured parameter), and families (`err.code.split('.')[0]`).
 * Recognised tests: `===`/`!==` (either side), `switch` cases, `startsWith`, `includes`/`has`/`get`
 * on constant arrays, Sets and Maps, `obj[code]` and `code in obj` on constant objects; the values
 * may be literals, constants or `LcicErrorCode` members. Anything else is not a test: the analysis
 * says less rather than guess.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, isFunctionNode, keyName, propertyName, unwrap } from './ast.js';
import type { ErrorHandler } from './error-handlers.js';
import type { ValueResolver } from './resolve-value.js';

/** One comparison of the error's code with a code value. */
export interface CodeTest {
  /** The code value as written: a literal, a constant's name, an enum member, an array element or key. */
  readonly node: TSESTree.Node;
  readonly code: string;
  /** `exact` matches the code; `prefix` any code starting with it; `family` the code and its dotted sub-codes. */
  readonly match: 'exact' | 'prefix' | 'family';
  /** Written as `LcicErrorCode.X`. */
  readonly viaEnum: boolean;
}

export type DispatchKind = 'switch' | 'if' | 'lookup';

export interface Dispatch {
  readonly kind: DispatchKind;
  /** The switch, the first `if` of the chain, or the lookup expression. */
  readonly node: TSESTree.Node;
  /** Where a report about the dispatch points: the switch's discriminant, the if's test, the lookup. */
  readonly anchor: TSESTree.Node;
}

export interface HandlerAnalysis {
  readonly tests: readonly CodeTest[];
  /** The first place the handler branches on the code; undefined if it never does. */
  readonly dispatch: Dispatch | undefined;
  /** A `default:`, a final `else`, or code after the dispatch that throws, returns the error or passes it on. */
  readonly hasDefault: boolean;
  /** Whether a branch handles failures without a code (network errors, non-200 HTTP replies). */
  readonly handlesMissingCode: boolean;
  /** The identifier the error is bound to, if any. */
  readonly errorName: string | undefined;
  /** Source text of a code expression the handler uses (`e.code`, `code`), for suggestions. */
  readonly codeText: string | undefined;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);

class HandlerReader {
  private readonly errorNames = new Set<string>();
  private readonly codeNames = new Set<string>();
  private readonly familyNames = new Set<string>();
  readonly tests: CodeTest[] = [];
  readonly testOwners: TSESTree.Node[] = [];
  handlesMissingCode = false;
  codeText: string | undefined;
  private defaultSeen = false;
  /** Ifs with a final `else`; whether that else is a default depends on tests visited after the if itself. */
  private readonly finalElses: TSESTree.IfStatement[] = [];

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly resolver: ValueResolver,
  ) {}

  get hasDefaultBranch(): boolean {
    return this.defaultSeen || this.finalElses.some((last) => this.chainTestsCode(last));
  }

  bindParameter(param: TSESTree.Node | undefined): void {
    if (!param) return;
    const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (target.type === AST_NODE_TYPES.Identifier) this.errorNames.add(target.name);
    if (target.type === AST_NODE_TYPES.ObjectPattern) this.bindPattern(target);
  }

  /** `{ code }`, `{ code: c }` taken off the error. */
  private bindPattern(pattern: TSESTree.ObjectPattern): void {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || keyName(property.key, property.computed) !== 'code') continue;
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type === AST_NODE_TYPES.Identifier) this.codeNames.add(value.name);
    }
  }

  isErrorExpression(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    return inner.type === AST_NODE_TYPES.Identifier && this.errorNames.has(inner.name);
  }

  /** `err.code`, `Response.Error.Code`, or a variable holding one. */
  isCodeExpression(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.Identifier) return this.codeNames.has(inner.name);
    if (inner.type === AST_NODE_TYPES.LogicalExpression && (inner.operator === '??' || inner.operator === '||')) {
      return this.isCodeExpression(inner.left);
    }
    if (inner.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = propertyName(inner);
    if (name === 'code') return this.isErrorExpression(inner.object);
    if (name === 'Code') {
      const holder = unwrap(inner.object);
      return holder.type === AST_NODE_TYPES.MemberExpression && propertyName(holder) === 'Error';
    }
    return false;
  }

  /** `code.split('.')[0]` or a variable holding it. */
  private isFamilyExpression(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.Identifier) return this.familyNames.has(inner.name);
    if (inner.type !== AST_NODE_TYPES.MemberExpression || !inner.computed) return false;
    const index = unwrap(inner.property);
    if (index.type !== AST_NODE_TYPES.Literal || index.value !== 0) return false;
    const split = unwrap(inner.object);
    if (split.type !== AST_NODE_TYPES.CallExpression || split.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    return propertyName(split.callee) === 'split' && this.isCodeExpression(split.callee.object) && this.resolver.resolveString(split.arguments[0]) === '.';
  }

  private rememberCodeText(node: TSESTree.Node): void {
    this.codeText ??= this.sourceCode.getText(node);
  }

  private addTest(owner: TSESTree.Node, valueNode: TSESTree.Node, match: CodeTest['match']): void {
    // An object key written as a name (`{ InternalError: ... }`) is that name, not a variable to look up.
    const property = valueNode.parent;
    const isPlainKey = property?.type === AST_NODE_TYPES.Property && property.key === valueNode && !property.computed;
    const code = isPlainKey ? keyName(valueNode, false) : this.resolver.resolveString(valueNode);
    if (code === undefined) return;
    const inner = unwrap(valueNode);
    const viaEnum = inner.type === AST_NODE_TYPES.MemberExpression && this.resolver.resolve(inner.object)?.kind === 'code-enum';
    this.tests.push({ node: valueNode, code, match, viaEnum });
    this.testOwners.push(owner);
  }

  /** The constant collection `node` names, as the nodes of its members or keys. */
  private collectionMembers(node: TSESTree.Node, method: string): readonly TSESTree.Node[] | undefined {
    const value = this.resolver.resolve(node);
    if (method === 'includes' && value?.kind === 'array') return value.elements;
    if (method === 'has' && value?.kind === 'set') return value.elements;
    if ((method === 'has' || method === 'get') && value?.kind === 'map') return value.keys;
    return undefined;
  }

  private objectKeys(node: TSESTree.Node): TSESTree.Node[] | undefined {
    const object = this.resolver.resolveObject(node);
    return object?.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [p.key] : []));
  }

  visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        this.visitDeclarator(node);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        this.visitBinary(node);
        break;
      case AST_NODE_TYPES.CallExpression:
        this.visitCall(node);
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (node.computed && this.isCodeExpression(node.property)) {
          this.rememberCodeText(node.property);
          for (const key of this.objectKeys(node.object) ?? []) this.addTest(node, key, 'exact');
        }
        if (propertyName(node) === 'httpCode' && this.isErrorExpression(node.object)) this.handlesMissingCode = true;
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === '!' && this.isCodeExpression(node.argument)) this.handlesMissingCode = true;
        break;
      case AST_NODE_TYPES.SwitchStatement:
        this.visitSwitch(node);
        break;
      case AST_NODE_TYPES.IfStatement:
        if (node.alternate && node.alternate.type !== AST_NODE_TYPES.IfStatement) this.finalElses.push(node);
        break;
      default:
        break;
    }
  }

  private visitDeclarator(node: TSESTree.VariableDeclarator): void {
    if (!node.init) return;
    if (node.id.type === AST_NODE_TYPES.Identifier) {
      if (this.isCodeExpression(node.init)) this.codeNames.add(node.id.name);
      else if (this.isFamilyExpression(node.init)) this.familyNames.add(node.id.name);
      else if (this.isErrorExpression(node.init)) this.errorNames.add(node.id.name);
    } else if (node.id.type === AST_NODE_TYPES.ObjectPattern && this.isErrorExpression(node.init)) {
      this.bindPattern(node.id);
    }
  }

  private visitBinary(node: TSESTree.BinaryExpression): void {
    if (node.operator === 'in' && this.isCodeExpression(node.left)) {
      this.rememberCodeText(node.left);
      for (const key of this.objectKeys(node.right) ?? []) this.addTest(node, key, 'exact');
      return;
    }
    if (!EQUALITY.has(node.operator)) return;
    for (const [side, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      if (this.isCodeExpression(side)) {
        this.rememberCodeText(side);
        const value = unwrap(other);
        const absent = (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') || (value.type === AST_NODE_TYPES.Literal && (value.value === null || value.value === ''));
        if (absent) this.handlesMissingCode = true;
        else this.addTest(node, other, 'exact');
        return;
      }
      if (this.isFamilyExpression(side)) {
        this.addTest(node, other, 'family');
        return;
      }
    }
  }

  private visitCall(node: TSESTree.CallExpression): void {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = propertyName(callee);
    const [first] = node.arguments;
    if (!method || !first) return;
    if (method === 'startsWith' && this.isCodeExpression(callee.object)) {
      this.rememberCodeText(callee.object);
      this.addTest(node, first, 'prefix');
      return;
    }
    if (this.isCodeExpression(first)) {
      const members = this.collectionMembers(callee.object, method);
      if (!members) return;
      this.rememberCodeText(first);
      for (const member of members) this.addTest(node, member, 'exact');
    }
  }

  private visitSwitch(node: TSESTree.SwitchStatement): void {
    const family = this.isFamilyExpression(node.discriminant);
    if (!family && !this.isCodeExpression(node.discriminant)) return;
    if (!family) this.rememberCodeText(node.discriminant);
    for (const switchCase of node.cases) {
      if (switchCase.test) this.addTest(node, switchCase.test, family ? 'family' : 'exact');
      else this.defaultSeen = true;
    }
  }

  /** Whether a condition of the if/else-if chain that ends at `last` compares the code. */
  private chainTestsCode(last: TSESTree.IfStatement): boolean {
    const conditions: TSESTree.Node[] = [last.test];
    for (let current: TSESTree.IfStatement = last; current.parent.type === AST_NODE_TYPES.IfStatement && current.parent.alternate === current; ) {
      current = current.parent;
      conditions.push(current.test);
    }
    return this.testOwners.some((owner) => conditions.some((condition) => contains(condition, owner)));
  }
}

function walk(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item === 'object' && 'type' in item) walk(item as TSESTree.Node, visitorKeys, visit);
    } else if (child && typeof child === 'object' && 'type' in child) {
      walk(child as TSESTree.Node, visitorKeys, visit);
    }
  }
}

/** The dispatch a test belongs to: its switch, the top of its if/else chain, or the lookup itself. */
function dispatchOf(owner: TSESTree.Node, handlerBody: TSESTree.Node): Dispatch {
  if (owner.type === AST_NODE_TYPES.SwitchStatement) return { kind: 'switch', node: owner, anchor: owner.discriminant };
  for (let child: TSESTree.Node = owner, parent = owner.parent; parent && parent !== handlerBody; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) break;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === child) {
      let top = parent;
      while (top.parent.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
      return { kind: 'if', node: top, anchor: top.test };
    }
  }
  return { kind: 'lookup', node: owner, anchor: owner };
}

/** Whether `node` throws, returns the error, or passes the error to a function. */
function passesErrorOn(node: TSESTree.Node, reader: HandlerReader, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(node, visitorKeys, (inner) => {
    if (found) return;
    if (inner.type === AST_NODE_TYPES.ThrowStatement) found = true;
    else if (inner.type === AST_NODE_TYPES.ReturnStatement && inner.argument && reader.isErrorExpression(inner.argument)) found = true;
    else if ((inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.NewExpression) && inner.arguments.some((a) => reader.isErrorExpression(a))) found = true;
  });
  return found;
}

/**
 * Whether code after the dispatch (at its own level or any enclosing level of the handler) gives
 * the codes the dispatch did not test somewhere to go.
 */
function hasDefaultAfter(dispatch: TSESTree.Node, handlerBody: TSESTree.Node, reader: HandlerReader, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  for (let child: TSESTree.Node = dispatch, parent = dispatch.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      const index = parent.body.indexOf(child as TSESTree.Statement);
      if (parent.body.slice(index + 1).some((statement) => passesErrorOn(statement, reader, visitorKeys))) return true;
    }
    if (parent === handlerBody || isFunctionNode(parent)) break;
  }
  return false;
}

/** Whether the if statement's branch for "not this code" (`if (code !== 'X') throw err`) passes the error on. */
function negatedGuardPassesOn(dispatch: Dispatch, reader: HandlerReader, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (dispatch.kind !== 'if' || dispatch.node.type !== AST_NODE_TYPES.IfStatement) return false;
  const test = unwrap(dispatch.node.test);
  const negated =
    (test.type === AST_NODE_TYPES.BinaryExpression && (test.operator === '!==' || test.operator === '!=')) ||
    (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!');
  return negated && passesErrorOn(dispatch.node.consequent, reader, visitorKeys);
}

/** Reads what `handler` does with the error's code. */
export function analyzeHandler(handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>, resolver: ValueResolver): HandlerAnalysis {
  const reader = new HandlerReader(sourceCode, resolver);
  reader.bindParameter(handler.param);
  const visitorKeys = sourceCode.visitorKeys;
  walk(handler.body, visitorKeys, (node) => {
    reader.visit(node);
  });

  const firstOwner = reader.testOwners[0];
  const dispatch = firstOwner && dispatchOf(firstOwner, handler.body);
  const hasDefault =
    dispatch !== undefined &&
    (reader.hasDefaultBranch ||
      hasDefaultAfter(dispatch.node, handler.body, reader, visitorKeys) ||
      negatedGuardPassesOn(dispatch, reader, visitorKeys));
  const param = handler.param && (handler.param.type === AST_NODE_TYPES.AssignmentPattern ? handler.param.left : handler.param);
  return {
    tests: reader.tests,
    dispatch,
    hasDefault,
    handlesMissingCode: reader.handlesMissingCode,
    errorName: param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined,
    codeText: reader.codeText,
  };
}

/** Whether the tests cover `code`. */
export function isCovered(code: string, tests: readonly CodeTest[]): boolean {
  return tests.some((test) => {
    switch (test.match) {
      case 'exact':
        return test.code === code;
      case 'prefix':
        return code.startsWith(test.code);
      case 'family':
        return code === test.code || code.startsWith(`${test.code}.`);
    }
  });
}

/** The codes among `required` that the tests do not cover, in the order given. */
export function uncoveredCodes(required: readonly string[], tests: readonly CodeTest[]): string[] {
  return required.filter((code) => !isCovered(code, tests));
}
