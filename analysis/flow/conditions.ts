/**
 * Deciding a condition in one world: true, false, or unknown (it depends on something other than
 * how the call ended), and whether taking a branch *picks the world out*: the then-branch of
 * `code === 'A'` is an explicit branch for A; the then-branch of `code !== 'A'` is one for no code,
 * its else-branch one for A. That is what tells "handled" from "fell into a branch by accident".
 *
 * A verdict is a small number: bits 0-1 the truth (FALSE, TRUE, UNKNOWN), bit 2 "the true branch
 * picks the world out", bit 3 "the false branch does".
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isAbsentValue, isFunctionNode, propertyName, stringLiteralValue, unwrap, walkTree } from '../ast.js';
import { codeOfEnumMember } from '../catalog-view.js';
import { moduleOfNode } from '../modules/index.js';
import { codeTable, literalValue, type CodeTable, type CodeTableEntry, type FlowSymbol, type FlowSymbols, type LiteralValue } from './symbols.js';
import { ANOTHER_CODE, type Worlds } from './worlds.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export const PICKS_WHEN_TRUE = 4;
export const PICKS_WHEN_FALSE = 8;

export const truthOf = (verdict: number): number => verdict & 3;

function verdict(truth: number, picksWhenTrue = false, picksWhenFalse = false): number {
  return truth | (picksWhenTrue ? PICKS_WHEN_TRUE : 0) | (picksWhenFalse ? PICKS_WHEN_FALSE : 0);
}

function not(v: number): number {
  const truth = truthOf(v);
  return verdict(truth === TRUE ? FALSE : truth === FALSE ? TRUE : UNKNOWN, (v & PICKS_WHEN_FALSE) !== 0, (v & PICKS_WHEN_TRUE) !== 0);
}

const canBeTrue = (v: number) => truthOf(v) !== FALSE;
const canBeFalse = (v: number) => truthOf(v) !== TRUE;
const picksTrue = (v: number) => (v & PICKS_WHEN_TRUE) !== 0;
const picksFalse = (v: number) => (v & PICKS_WHEN_FALSE) !== 0;

/** `a && b`: a branch picks the world out when every way of getting there does. */
function and(a: number, b: number): number {
  const ta = truthOf(a);
  const tb = truthOf(b);
  const truth = ta === FALSE || tb === FALSE ? FALSE : ta === TRUE && tb === TRUE ? TRUE : UNKNOWN;
  const whenTrue = picksTrue(a) || picksTrue(b);
  const waysFalse: boolean[] = [];
  if (canBeFalse(a)) waysFalse.push(picksFalse(a));
  if (canBeTrue(a) && canBeFalse(b)) waysFalse.push(picksTrue(a) || picksFalse(b));
  return verdict(truth, whenTrue, waysFalse.length > 0 && waysFalse.every(Boolean));
}

function or(a: number, b: number): number {
  return not(and(not(a), not(b)));
}

/** One comparison of the code with a value someone wrote: what no-unknown-error-code checks. */
export interface CodeTest {
  /** The code as written: a literal, a constant, an enum member, a table key or a list element. */
  readonly node: TSESTree.Node;
  readonly code: string;
  /** `exact` is the code itself; `prefix` any code starting with it; `family` the code and its dotted sub-codes. */
  readonly match: 'exact' | 'prefix' | 'family';
  readonly viaEnum: boolean;
  /** A key of a look-up table: such tables often hold other keys too (`unknown`, `default`). */
  readonly fromTable: boolean;
  /** The comparison, switch or look-up the test is part of. */
  readonly owner: TSESTree.Node;
  /**
   * The expression that holds the code (`err.code`, `code`), for suggestions that add comparisons;
   * undefined when the test compares only a part of it through a variable (`family === 'X'`).
   */
  readonly subject: TSESTree.Node | undefined;
  /**
   * For a test inside a function the flow called into (a guard, a mapping helper): the call, in
   * the followed code, through which the flow reached it.
   */
  readonly entry?: TSESTree.CallExpression;
}

type Compiled = (world: number) => number;

const DEPTH_LIMIT = 4;


const negation = (test: Compiled): Compiled => (w) => not(test(w));

/**
 * Names (and global classes) of errors that never carry an LCIC code: the platform's own, and
 * fetch's and axios's for a request that got no answer. An SDK failure is a plain `Error`.
 */
const CODELESS_ERROR_NAMES: ReadonlySet<string> = new Set([
  'AbortError',
  'TimeoutError',
  'DOMException',
  'TypeError',
  'SyntaxError',
  'RangeError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'AxiosError',
  'CanceledError',
  'FetchError',
]);

/** Node's system error codes and HTTP clients' own (`ECONNRESET`, `EAI_AGAIN`, `ERR_NETWORK`): none is an LCIC code. */
const SYSTEM_CODE = /^(E[A-Z0-9_]{2,}|ERR_[A-Z0-9_]+)$/;

const COMPARISONS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'in', 'instanceof']);

/** `true` or `false`, written as such. */
const isBooleanLiteral = (node: TSESTree.Node): boolean => {
  const inner = unwrap(node);
  return inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'boolean';
};

/** `x ? false : true` (or the other way round). */
const isBooleanTernary = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.ConditionalExpression && isBooleanLiteral(node.consequent) && isBooleanLiteral(node.alternate);

/** `Boolean(x)`, with one argument. */
const isBooleanCall = (node: TSESTree.Node): node is TSESTree.CallExpression =>
  node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Boolean' && node.arguments.length === 1 && node.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement;

/** `x.indexOf(y)`. */
const isIndexOf = (node: TSESTree.Node): boolean => {
  const call = unwrap(node);
  return call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(call.callee) === 'indexOf';
};

/** `-1`, `0`: a number literal, negated or not. */
function numberValue(node: TSESTree.Node): number | undefined {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') return value.value;
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '-' && value.argument.type === AST_NODE_TYPES.Literal && typeof value.argument.value === 'number') return -value.argument.value;
  return undefined;
}

/** The operator with its sides swapped (`-1 < i` is `i > -1`). */
const FLIPPED: Readonly<Record<string, string>> = { '===': '===', '==': '==', '!==': '!==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

export class Conditions {
  private readonly compiled = new Map<TSESTree.Node, Compiled>();
  /** Names whose held condition is being looked at (see isBooleanValued). */
  private readonly checking = new Set<TSESTree.Node>();

  /** Set once the code is compared with a value the analysis cannot know (`err.code === settings.code`). */
  comparesUnknownValue = false;

  constructor(
    private readonly symbols: FlowSymbols,
    private readonly worlds: Worlds,
    private readonly onTest: (test: CodeTest) => void,
    private readonly depth = 0,
  ) {}

  /** Decides `node` in world `world`. */
  decide(node: TSESTree.Node, world: number): number {
    let compiled = this.compiled.get(node);
    if (!compiled) {
      compiled = this.compile(node);
      this.compiled.set(node, compiled);
    }
    return compiled(world);
  }

  /** Whether `a === b` holds in world `world` for a switch case: `b` is the case's test. */
  caseVerdict(discriminant: TSESTree.Node, test: TSESTree.Node, owner: TSESTree.Node, world: number): number {
    // `switch (true) { case err.code === 'X': ... }`: each case is a condition of its own (compiled under its own node).
    const subject = unwrap(discriminant);
    if (subject.type === AST_NODE_TYPES.Literal && subject.value === true) return this.decide(test, world);
    // `switch (!!body.Response.Error) { case true: ... }`: the discriminant is the condition.
    const expected = unwrap(test);
    if (expected.type === AST_NODE_TYPES.Literal && typeof expected.value === 'boolean' && this.isBooleanValued(subject)) {
      const truth = this.decide(subject, world);
      return expected.value ? truth : not(truth);
    }
    let compiled = this.compiled.get(test);
    if (!compiled) {
      compiled = this.equality(discriminant, test, owner) ?? (() => UNKNOWN);
      this.compiled.set(test, compiled);
    }
    return compiled(world);
  }

  /** The code of world `world`, for comparisons. */
  private codeIn(world: number): string | undefined {
    return this.worlds.codeOf(world);
  }

  private compile(original: TSESTree.Node): Compiled {
    const node = unwrap(original);
    switch (node.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === '!') {
          const inner = this.compileChild(node.argument);
          return (w) => not(inner(w));
        }
        return () => UNKNOWN;
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '??') return this.truthiness(node);
        const left = this.compileChild(node.left);
        const right = this.compileChild(node.right);
        return node.operator === '&&' ? (w) => and(left(w), right(w)) : (w) => or(left(w), right(w));
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = this.compileChild(node.test);
        const consequent = this.compileChild(node.consequent);
        const alternate = this.compileChild(node.alternate);
        return (w) => or(and(test(w), consequent(w)), and(not(test(w)), alternate(w)));
      }
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions.at(-1);
        return last ? this.compileChild(last) : () => UNKNOWN;
      }
      case AST_NODE_TYPES.BinaryExpression:
        return this.binary(node) ?? (() => UNKNOWN);
      case AST_NODE_TYPES.CallExpression:
        return this.callCondition(node) ?? this.truthiness(node);
      case AST_NODE_TYPES.Literal:
        return () => verdict(node.value ? TRUE : FALSE);
      case AST_NODE_TYPES.Identifier: {
        // `const failed = Boolean(body.Response.Error); if (failed) ...`: a constant holding a condition is that condition.
        const held = this.heldCondition(node);
        return held ? this.compileHeld(held) : this.truthiness(node);
      }
      default:
        return this.truthiness(node);
    }
  }

  /** A held condition; one that leads back to itself (`const a = !b, b = !a`, never valid at run time) is unknown there. */
  private compileHeld(held: TSESTree.Expression): Compiled {
    const inner = this.compileChild(held);
    let deciding = false;
    return (w) => {
      if (deciding) return UNKNOWN;
      deciding = true;
      try {
        return inner(w);
      } finally {
        deciding = false;
      }
    };
  }

  /** The condition a `const` holds: its initializer, when that is a comparison, a negation, `&&`/`||`, or `Boolean(x)`. */
  private heldCondition(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const definition = this.symbols.definitionOf(node);
    const declarator = definition?.variable.defs[0]?.node;
    if (!definition || declarator?.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'const') return undefined;
    const init = unwrap(definition.init);
    const isCondition = this.isBooleanValued(init) || (init.type === AST_NODE_TYPES.LogicalExpression && init.operator !== '??') || isBooleanTernary(init);
    return isCondition ? (init as TSESTree.Expression) : undefined;
  }

  /** An expression whose value is `true` or `false`: a comparison, a negation, `Boolean(x)`, or a const holding one. */
  private isBooleanValued(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.BinaryExpression) return COMPARISONS.has(inner.operator);
    if (inner.type === AST_NODE_TYPES.UnaryExpression) return inner.operator === '!';
    if (inner.type === AST_NODE_TYPES.Identifier) {
      // `const a = b, b = a` (never valid at run time) must not send this round in circles.
      if (this.checking.has(inner)) return false;
      this.checking.add(inner);
      try {
        return this.heldCondition(inner) !== undefined;
      } finally {
        this.checking.delete(inner);
      }
    }
    return isBooleanCall(inner) || isBooleanTernary(inner);
  }

  private compileChild(node: TSESTree.Node): Compiled {
    return (w) => this.decide(node, w);
  }

  /** The truthiness of whatever `node` stands for. */
  private truthiness(node: TSESTree.Node): Compiled {
    const symbol = this.symbols.of(node);
    if (!symbol) return () => UNKNOWN;
    return (w) => this.symbolTruth(symbol, w);
  }

  private symbolTruth(symbol: FlowSymbol, w: number): number {
    const code = this.codeIn(w);
    switch (symbol.kind) {
      case 'error':
      case 'error-holder':
      case 'schema-result':
      case 'body':
      case 'response':
      case 'parsed':
      case 'promise':
      case 'http-result':
      case 'code-parts':
      case 'list':
      case 'body-text':
        return TRUE;
      case 'absent':
        return FALSE;
      case 'classified':
        // Every failure with a code is an SDK error, which the package classifies; another may not be one.
        return code === undefined ? UNKNOWN : TRUE;
      case 'code':
      case 'family':
        // `if (!err.code)` is an explicit branch for failures without a code; `if (err.code)` picks no code out.
        return code === undefined ? verdict(FALSE, false, true) : TRUE;
      case 'http-code':
        return code === undefined ? verdict(UNKNOWN, true) : FALSE;
      // An error's name is never empty; LCIC answers 200 to a failed call, so `res.ok` is true whatever the body says.
      case 'error-name':
      case 'http-status':
      // LCIC answers every call, failed or not, with a RequestId.
      case 'request-id':
        return TRUE;
      case 'response-error':
        return this.worlds.isSuccess(w) ? verdict(FALSE, false, true) : verdict(TRUE, true);
      case 'parsed-ok':
        return this.worlds.isSuccess(w) ? verdict(TRUE, true) : verdict(FALSE, false, true);
      case 'response-field':
        return this.worlds.isSuccess(w) ? UNKNOWN : FALSE;
      case 'lookup':
        // With a value for the codes not in it (`TABLE[code] || 502`), only what that value is could say.
        return symbol.otherwise ? UNKNOWN : this.tableTruth(symbol.table, code);
      case 'given-code':
        // A code string: truthy, unless it is ''.
        return symbol.values.every(Boolean) ? TRUE : UNKNOWN;
    }
  }

  private tableTruth(table: CodeTable, code: string | undefined): number {
    if (code === undefined) return FALSE;
    const entry = code === ANOTHER_CODE ? undefined : table.keys.get(code);
    if (!entry) return table.complete ? FALSE : UNKNOWN;
    return verdict(entry.truthy === true ? TRUE : entry.truthy === false ? FALSE : UNKNOWN, true);
  }

  private binary(node: TSESTree.BinaryExpression): Compiled | undefined {
    const indexOf = this.indexOfTest(node);
    if (indexOf) return indexOf;
    // `err instanceof TencentCloudSDKHttpException`, `'requestId' in err` (a type guard's body):
    // every failure with a code is an SDK error object; one without (a network error) may not be.
    const classTest = node.operator === 'instanceof' ? node.left : node.operator === 'in' && stringLiteralValue(node.left) !== undefined ? node.right : undefined;
    if (classTest && this.symbols.of(classTest)?.kind === 'error') {
      // `err instanceof Error`: every failure is one, with a code or without (the SDKs reject and
      // call back with an Error subclass; fetch and axios reject with a TypeError, a DOMException or an AxiosError).
      if (node.operator === 'instanceof' && this.isGlobalError(node.right)) return () => TRUE;
      // `err instanceof TimeoutError`, a class of the project that keeps no code, or `err instanceof ZodError`,
      // a third party's: no LCIC failure is one.
      if (node.operator === 'instanceof' && (this.isCodelessClass(node.right) || this.symbols.resolver.thirdPartyPackageOf(node.right) !== undefined)) {
        return (w) => (this.codeIn(w) === undefined ? UNKNOWN : FALSE);
      }
      // A class of the project that always sets `code` (`this.code = code`): a failure without one (a network error) is none.
      if (node.operator === 'instanceof' && this.isCodedClass(node.right)) return (w) => (this.codeIn(w) === undefined ? FALSE : TRUE);
      return (w) => (this.codeIn(w) === undefined ? UNKNOWN : TRUE);
    }
    const objectTest = this.typeofObject(node);
    if (objectTest) return objectTest;
    if (node.operator === 'in') {
      // `'Error' in body.Response`: the same check as `body.Response.Error`.
      if (stringLiteralValue(node.left) === 'Error' && this.symbols.of(node.right)?.kind === 'response') {
        return (w) => this.symbolTruth({ kind: 'response-error' }, w);
      }
      if (this.symbols.of(node.left)?.kind !== 'code') return undefined;
      const table = codeTable(this.symbols.resolver.resolve(node.right), this.symbols.resolver);
      return table ? this.membership(table, node, true, node.left) : undefined;
    }
    const negated = node.operator === '!==' || node.operator === '!=';
    if (!negated && node.operator !== '===' && node.operator !== '==') return undefined;
    // `ok === false`, where `ok` holds a condition: that condition, or its negation.
    const [flag, other] = isBooleanLiteral(node.right) ? [node.right, node.left] : isBooleanLiteral(node.left) ? [node.left, node.right] : [];
    if (flag && other && this.isBooleanValued(other)) {
      const whenTrue = (unwrap(flag) as TSESTree.BooleanLiteral).value !== negated;
      const condition = this.compileChild(other);
      return whenTrue ? condition : (w) => not(condition(w));
    }
    const equal = this.equality(node.left, node.right, node) ?? this.equality(node.right, node.left, node);
    if (!equal) return undefined;
    return negated ? (w) => not(equal(w)) : equal;
  }

  /** A test that the error's name is one of `names`: never true of a failure with a code when they are all the platform's. */
  private codelessNames(names: readonly (string | undefined)[]): Compiled | undefined {
    if (names.length === 0 || !names.every((name) => name !== undefined && CODELESS_ERROR_NAMES.has(name))) return undefined;
    return (w) => (this.codeIn(w) === undefined ? UNKNOWN : FALSE);
  }

  /** A class of the platform's (`TypeError`, `DOMException`), or one declared in the project whose code never mentions a `code` (its own or a base's): not one an LCIC failure could be. */
  private isGlobalError(node: TSESTree.Node): boolean {
    const global = unwrap(node);
    return global.type === AST_NODE_TYPES.Identifier && global.name === 'Error' && this.symbols.resolver.isGlobal(global);
  }

  private isCodelessClass(node: TSESTree.Node): boolean {
    const global = unwrap(node);
    if (global.type === AST_NODE_TYPES.Identifier && CODELESS_ERROR_NAMES.has(global.name) && this.symbols.resolver.isGlobal(global)) return true;
    const value = this.symbols.resolver.resolve(node);
    if (value?.kind !== 'class') return false;
    const home = moduleOfNode(value.node) ?? this.symbols.source;
    const text = home.text.slice(value.node.range[0], value.node.range[1]);
    return !/\bcode\b/i.test(text) && (value.node.superClass === null || (value.node.superClass.type === AST_NODE_TYPES.Identifier && value.node.superClass.name === 'Error'));
  }

  /** A class of the project whose constructor sets its `code` (`this.code = code`, or a `readonly code` parameter). */
  private isCodedClass(node: TSESTree.Node): boolean {
    const value = this.symbols.resolver.resolve(node);
    if (value?.kind !== 'class') return false;
    const constructor = value.node.body.body.find((element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor');
    if (!constructor) return false;
    const home = moduleOfNode(value.node) ?? this.symbols.source;
    return /\bthis\.code\s*=[^=]|\b(readonly|public|private|protected)\s+code\b/.test(home.text.slice(constructor.range[0], constructor.range[1]));
  }

  /**
   * `typeof err === 'object'` (and `!==`): an SDK error with a code is an object; `typeof err ===
   * 'undefined'` never holds of a failure. And a raw body's
   * `typeof Response.Error === 'object'` (or `'undefined'`): the same check as `Response.Error`.
   */
  private typeofObject(node: TSESTree.BinaryExpression): Compiled | undefined {
    const negated = node.operator === '!==' || node.operator === '!=';
    if (!negated && node.operator !== '===' && node.operator !== '==') return undefined;
    const left = unwrap(node.left);
    const typeOf = left.type === AST_NODE_TYPES.UnaryExpression ? left : unwrap(node.right);
    const literal = typeOf === left ? node.right : node.left;
    if (typeOf.type !== AST_NODE_TYPES.UnaryExpression || typeOf.operator !== 'typeof') return undefined;
    const type = stringLiteralValue(literal);
    const kind = this.symbols.of(typeOf.argument)?.kind;
    if (kind === 'response-error' && (type === 'object' || type === 'undefined')) {
      // `typeof Error === 'object'` holds when it is set; `=== 'undefined'` when it is not.
      const whenSet = (type === 'object') !== negated;
      return (w) => (whenSet ? this.symbolTruth({ kind: 'response-error' }, w) : not(this.symbolTruth({ kind: 'response-error' }, w)));
    }
    // `typeof err !== 'undefined'`: the failure is never undefined.
    if (type === 'undefined' && kind === 'error') return () => (negated ? TRUE : FALSE);
    if (type !== 'object' || kind !== 'error') return undefined;
    return (w) => (this.codeIn(w) === undefined ? UNKNOWN : negated ? FALSE : TRUE);
  }

  /** `subject === value`, when the subject is something the flow follows and the value is known. */
  private equality(subjectNode: TSESTree.Node, valueNode: TSESTree.Node, owner: TSESTree.Node): Compiled | undefined {
    const subject = this.symbols.of(subjectNode);
    if (!subject) return undefined;
    if (isAbsentValue(valueNode)) {
      switch (subject.kind) {
        case 'code':
        case 'family':
          return (w) => (this.codeIn(w) === undefined ? verdict(TRUE, true) : FALSE);
        case 'response-error':
          return (w) => (this.worlds.isSuccess(w) ? verdict(TRUE, true) : verdict(FALSE, false, true));
        case 'absent':
          return () => TRUE;
        case 'error':
          return () => FALSE;
        case 'lookup':
          return (w) => not(this.tableTruth(subject.table, this.codeIn(w)));
        default:
          return undefined;
      }
    }
    // `STATUS[err.code] === 409`, `statusOf(err) === 404`: the table's value for the world's code.
    if (subject.kind === 'lookup') return this.lookupEquals(subject, valueNode);
    // `err.name === 'AbortError'`: a name only errors without a code have (the SDK's are plain `Error`s).
    if (subject.kind === 'error-name') return this.codelessNames(this.symbols.resolver.resolveStrings(valueNode) ?? []);
    if (subject.kind === 'parsed-ok') {
      const value = unwrap(valueNode);
      if (value.type !== AST_NODE_TYPES.Literal || typeof value.value !== 'boolean') return undefined;
      const expected = value.value;
      return (w) => (this.worlds.isSuccess(w) === expected ? verdict(TRUE, true) : verdict(FALSE, false, true));
    }
    if (subject.kind !== 'code' && subject.kind !== 'family') return undefined;
    const given = this.symbols.of(valueNode);
    // A guard's code parameter stands for the caller's argument: the comparison is written there.
    const writtenAt = given?.kind === 'given-code' ? given.node : valueNode;
    const values = given?.kind === 'given-code' ? given.values : this.symbols.resolver.resolveStrings(valueNode);
    if (!values) {
      this.comparesUnknownValue = true;
      return undefined;
    }
    const family = subject.kind === 'family';
    const codeNode = family ? wholeCode(subjectNode) : subjectNode;
    for (const code of values) this.record(writtenAt, code, family ? 'family' : 'exact', false, owner, codeNode);
    const set = new Set(values);
    // `err.code === 'ETIMEDOUT'`: a system or HTTP client's code, never LCIC's, which a failure
    // without an LCIC code (a timeout of the project's, a network error) may carry.
    const systemCode = !family && values.some((value) => SYSTEM_CODE.test(value));
    return (w) => {
      const code = this.codeIn(w);
      if (code === undefined) return systemCode ? verdict(UNKNOWN, true) : FALSE;
      if (code === ANOTHER_CODE) return FALSE;
      return set.has(family ? (code.split('.')[0] ?? code) : code) ? verdict(TRUE, true) : FALSE;
    };
  }

  /**
   * A table's value compared with a literal: decided per world when the value is known (an entry
   * written as a literal, or the fallback for a code the table lacks), unknown otherwise. True is
   * an explicit branch for the codes it picks.
   */
  private lookupEquals(subject: Extract<FlowSymbol, { kind: 'lookup' }>, valueNode: TSESTree.Node): Compiled | undefined {
    const expected = literalValue(valueNode);
    if (!expected) return undefined;
    return (w) => {
      const code = this.codeIn(w);
      const entry = code === undefined || code === ANOTHER_CODE ? undefined : subject.table.keys.get(code);
      // A code the table may hold under a key that could not be read.
      if (!entry && code !== undefined && !subject.table.complete) return UNKNOWN;
      const value = lookedUp(subject, entry);
      if (value === undefined) return UNKNOWN;
      // The fallback's value (`|| 502`) is what every other code gets: no branch for any of them.
      return value !== ABSENT && value.is === expected.is ? verdict(TRUE, value !== subject.fallback) : FALSE;
    };
  }

  /** `code in TABLE`, `SET.has(code)`, `LIST.includes(code)`. */
  private membership(table: CodeTable, owner: TSESTree.Node, fromTable: boolean, subject: TSESTree.Node): Compiled {
    for (const { code, node } of table.written) this.record(node, code, 'exact', fromTable, owner, subject);
    // `['ECONNRESET', 'ETIMEDOUT'].includes(err.code)`: system codes, which a failure without an LCIC code may carry.
    const systemCode = [...table.keys.keys()].some((key) => SYSTEM_CODE.test(key));
    return (w) => {
      const code = this.codeIn(w);
      if (code === undefined) return systemCode ? verdict(UNKNOWN, true) : FALSE;
      if (code !== ANOTHER_CODE && table.keys.has(code)) return verdict(TRUE, true);
      return table.complete ? FALSE : UNKNOWN;
    };
  }

  private callCondition(node: TSESTree.CallExpression): Compiled | undefined {
    const callee = unwrap(node.callee);
    const name = calleeName(node);
    const [first] = node.arguments;
    // `Boolean(x)` is as true as `x`.
    if (isBooleanCall(node) && first) return this.compileChild(first);
    // `_.includes(RETRYABLE, err.code)`: lodash's form of `RETRYABLE.includes(err.code)`.
    const second = node.arguments[1];
    if (name === 'includes' && first && second && this.symbols.of(second)?.kind === 'code' && this.symbols.resolver.lodashFunctionOf(node.callee) === 'includes') {
      const table = codeTable(this.symbols.resolver.resolve(first), this.symbols.resolver);
      return table ? this.membership(table, node, false, second) : undefined;
    }
    // `['AbortError', 'TimeoutError'].includes(err.name)`: names only errors without a code have.
    if (callee.type === AST_NODE_TYPES.MemberExpression && first && (name === 'includes' || name === 'has') && this.symbols.of(first)?.kind === 'error-name') {
      const listed = this.symbols.resolver.resolve(callee.object);
      const names = listed?.kind === 'array' || listed?.kind === 'set' ? listed.elements.map((element) => this.symbols.resolver.resolveString(element)) : [];
      const test = this.codelessNames(names);
      if (test) return test;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && first) {
      const object = this.symbols.of(callee.object);
      if (object?.kind === 'code' && (name === 'startsWith' || name === 'endsWith' || name === 'includes')) return this.textTest(name, first, node, callee.object);
      if (this.symbols.of(first)?.kind === 'code') {
        if (name === 'test') return this.regexTest(callee.object);
        if (name === 'has' || name === 'includes') {
          const table = codeTable(this.symbols.resolver.resolve(callee.object), this.symbols.resolver);
          return table ? this.membership(table, node, false, first) : undefined;
        }
      }
      // `errors.isRetryable(err)`: a guard reached through a module object or a class is still a guard.
      return this.guardCall(node);
    }
    if (callee.type === AST_NODE_TYPES.Identifier && name === 'Boolean' && first) return this.compileChild(first);
    return this.guardCall(node);
  }

  /** `code.startsWith('ResourceNotFound')` and the like: a test of the code's text. */
  private textTest(name: 'startsWith' | 'endsWith' | 'includes', textNode: TSESTree.Node, owner: TSESTree.Node, subject: TSESTree.Node): Compiled | undefined {
    const text = this.symbols.resolver.resolveString(textNode);
    if (text === undefined) return undefined;
    if (name === 'startsWith') this.record(textNode, text, 'prefix', false, owner, subject);
    const test = (code: string) => (name === 'startsWith' ? code.startsWith(text) : name === 'endsWith' ? code.endsWith(text) : code.includes(text));
    return (w) => {
      const code = this.codeIn(w);
      if (code === undefined) return FALSE;
      if (code === ANOTHER_CODE) return UNKNOWN;
      return test(code) ? verdict(TRUE, true) : FALSE;
    };
  }

  /**
   * `RETRYABLE.indexOf(err.code) !== -1` (membership) and `err.code.indexOf('Failed') === 0` (a
   * prefix), as older code writes `includes` and `startsWith`.
   */
  private indexOfTest(node: TSESTree.BinaryExpression): Compiled | undefined {
    const [call, bound, flipped] = isIndexOf(node.left) ? [unwrap(node.left), node.right, false] : isIndexOf(node.right) ? [unwrap(node.right), node.left, true] : [];
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression || !bound) return undefined;
    const limit = numberValue(bound);
    const operator = flipped ? FLIPPED[node.operator] : node.operator;
    if (limit === undefined || operator === undefined) return undefined;
    // What the comparison asks of the index: found at all, or found at the start.
    const found = (limit === -1 && (operator === '!==' || operator === '!=' || operator === '>')) || (limit === 0 && operator === '>=') ? true
      : (limit === -1 && (operator === '===' || operator === '==')) || (limit === 0 && operator === '<') ? false
      : undefined;
    const atStart = limit === 0 && (operator === '===' || operator === '==') ? true : limit === 0 && (operator === '!==' || operator === '!=') ? false : undefined;
    const [argument] = call.arguments;
    if (!argument) return undefined;
    const object = call.callee.object;
    if (found !== undefined && this.symbols.of(argument)?.kind === 'code') {
      const table = codeTable(this.symbols.resolver.resolve(object), this.symbols.resolver);
      const member = table && this.membership(table, node, false, argument);
      return member && (found ? member : negation(member));
    }
    const positive = found ?? atStart;
    if (positive === undefined || this.symbols.of(object)?.kind !== 'code') return undefined;
    const text = this.textTest(found === undefined ? 'startsWith' : 'includes', argument, node, object);
    return text && (positive ? text : negation(text));
  }

  /** `/^AuthFailure/.test(code)`. */
  private regexTest(pattern: TSESTree.Node): Compiled | undefined {
    const literal = unwrap(pattern);
    if (literal.type !== AST_NODE_TYPES.Literal || !('regex' in literal)) return undefined;
    let regex: RegExp;
    try {
      regex = new RegExp(literal.regex.pattern, literal.regex.flags.replace('g', '').replace('y', ''));
    } catch {
      return undefined;
    }
    return (w) => {
      const code = this.codeIn(w);
      if (code === undefined) return FALSE;
      if (code === ANOTHER_CODE) return UNKNOWN;
      return regex.test(code) ? verdict(TRUE, true) : FALSE;
    };
  }

  /**
   * A local guard, `isNotFound(err)` with `const isNotFound = (e) => e.code === '...'`: decided by
   * its returned expression, with its parameters standing for the arguments.
   */
  private guardCall(node: TSESTree.CallExpression): Compiled | undefined {
    if (this.depth >= DEPTH_LIMIT) return undefined;
    const fn = this.symbols.resolver.functionOf(node.callee);
    // `if (err.code === 'X') return true; return false;`: early returns read as the `?:` chain they are.
    const body = fn && (fn.body.type === AST_NODE_TYPES.BlockStatement ? (onlyReturned(fn.body) ?? returnChain(fn.body)) : fn.body);
    if (!fn || !body) return this.preconditionGuard(node);
    const bindings = new Map<TSESTree.Node, FlowSymbol>();
    for (const [i, param] of fn.params.entries()) {
      const argument = node.arguments[i];
      const symbol = argument && this.symbols.of(argument);
      if (symbol) bindings.set(param, symbol);
    }
    // Only a guard given something the flow follows (the error, its code) decides anything; one that
    // takes nothing may read the error from where it is written (`const isGone = () => err.code === ...`).
    if (bindings.size === 0 && fn.params.length > 0) return undefined;
    for (const [i, param] of fn.params.entries()) {
      const argument = node.arguments[i];
      if (!argument || bindings.has(param) || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      // `isLcicError(err, 'ResourceNotFound.Room')`: the code to compare with, from the caller.
      const values = this.symbols.resolver.resolveStrings(argument);
      if (values) bindings.set(param, { kind: 'given-code', node: argument, values });
    }
    // The guard's own tests and tables are reached through this call (the outermost guard call wins, being last to set it).
    const symbols = this.symbols.extend(bindings);
    const onTable = this.symbols.onTable;
    symbols.onTable = (table, owner, subject) => {
      onTable(table, owner, subject, node);
    };
    const inner = new Conditions(symbols, this.worlds, (test) => { this.onTest({ ...test, entry: node }); }, this.depth + 1);
    if (!('steps' in body)) return (w) => inner.decide(body, w);
    return (w) => {
      let result = inner.decide(body.last, w);
      for (const { test, value } of [...body.steps].reverse()) {
        const truth = inner.decide(test, w);
        result = or(and(truth, inner.decide(value, w)), and(not(truth), result));
      }
      return result;
    };
  }

  /**
   * A guard this analysis cannot read (declared, from a package, or with more than a `return`),
   * given the error and put before a test of its code: `isSdkError(err) && err.code === X`,
   * `!isSdkError(err) || err.code !== X`. Written so, it says the error is one that has a code: it
   * holds for every failure with a code, as `instanceof` does. Alone (`if (isRetryable(err))`) it
   * decides nothing.
   */
  private preconditionGuard(node: TSESTree.CallExpression): Compiled | undefined {
    const [first] = node.arguments;
    if (!first || this.symbols.of(first)?.kind !== 'error') return undefined;
    let operand: TSESTree.Node = node;
    while (operand.parent && (unwrap(operand.parent) === node || (operand.parent.type === AST_NODE_TYPES.UnaryExpression && operand.parent.operator === '!'))) operand = operand.parent;
    const logical = operand.parent;
    if (logical?.type !== AST_NODE_TYPES.LogicalExpression || logical.operator === '??' || logical.left !== operand || !this.readsCode(logical.right)) return undefined;
    return (w) => (this.codeIn(w) === undefined ? UNKNOWN : TRUE);
  }

  /** Whether `node` reads the error's code somewhere in it (outside nested functions). */
  private readsCode(node: TSESTree.Node): boolean {
    let reads = false;
    walkTree(node, this.symbols.source.visitorKeys, (inner) => {
      if (reads || isFunctionNode(inner)) return false;
      reads = inner.type === AST_NODE_TYPES.MemberExpression && this.symbols.of(inner)?.kind === 'code';
      return !reads;
    });
    return reads;
  }

  private record(node: TSESTree.Node, code: string, match: CodeTest['match'], fromTable: boolean, owner: TSESTree.Node, subject: TSESTree.Node | undefined): void {
    const inner = unwrap(node);
    const viaEnum = inner.type === AST_NODE_TYPES.MemberExpression && codeOfEnumMember(propertyName(inner) ?? '') === code;
    this.onTest({ node, code, match, viaEnum, fromTable, owner, subject });
  }
}

/** `err.code` in `err.code.split('.')[0]`; undefined when the family comes from a variable. */
const ABSENT = 'absent';

/**
 * What a look-up gives for `entry` (undefined: a code the table does not have): the entry's value,
 * or the fallback in its place; ABSENT for no value at all; undefined when it is not a literal.
 */
function lookedUp(subject: Extract<FlowSymbol, { kind: 'lookup' }>, entry: CodeTableEntry | undefined): LiteralValue | typeof ABSENT | undefined {
  if (!entry || (subject.falsyToo && entry.truthy === false)) return subject.otherwise ? subject.fallback : ABSENT;
  return entry.value;
}

function wholeCode(family: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrap(family);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const split = unwrap(member.object);
  if (split.type !== AST_NODE_TYPES.CallExpression || split.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return split.callee.object;
}

/**
 * A block of `if (test) return value;` statements (no `else`) ending in `return last;`: a guard
 * written with early returns, which answers what `test1 ? value1 : test2 ? value2 : last` would.
 */
function returnChain(block: TSESTree.BlockStatement): { steps: { test: TSESTree.Expression; value: TSESTree.Expression }[]; last: TSESTree.Expression } | undefined {
  const final = block.body.at(-1);
  if (final?.type !== AST_NODE_TYPES.ReturnStatement || !final.argument || block.body.length < 2) return undefined;
  const steps: { test: TSESTree.Expression; value: TSESTree.Expression }[] = [];
  for (const statement of block.body.slice(0, -1)) {
    if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate) return undefined;
    const consequent = statement.consequent.type === AST_NODE_TYPES.BlockStatement && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
    if (consequent?.type !== AST_NODE_TYPES.ReturnStatement || !consequent.argument) return undefined;
    steps.push({ test: statement.test, value: consequent.argument });
  }
  return { steps, last: final.argument };
}

/** A block that is a single `return <expression>;`. */
function onlyReturned(block: TSESTree.BlockStatement): TSESTree.Expression | undefined {
  const [only] = block.body;
  return block.body.length === 1 && only?.type === AST_NODE_TYPES.ReturnStatement ? (only.argument ?? undefined) : undefined;
}
