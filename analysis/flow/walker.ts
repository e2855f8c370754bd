/**
 * Follows code path by path, one world at a time (see paths.ts and worlds.ts).
 *
 * Conditions split the paths by world (conditions.ts); statements and calls add facts (the error
 * was passed on, only its message was logged); `throw`, `return` and the end of the code record
 * how each world's paths leave. What counts as passing on or using something is the policy of a
 * subclass: a failure handler and a raw HTTP body differ there, and only there.
 *
 * Followed: blocks, if/else, switch with fall-through and `break`, loops (twice, so facts from one
 * turn reach the next), labels, try/catch/finally, `&&`/`||`/`?:`, and calls into functions of the
 * same file, whose parameters then stand for the arguments (to a bounded depth, never recursing).
 * Not entered: nested functions that are not called (callbacks given to other code, which run
 * later, are their own handlers), and classes.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { alwaysThrows, calleeName, childNodes, contains, isAbsentValue, isContextThrow, isFunctionNode, rootOf, unwrap, type FunctionNode } from '../ast.js';
import { moduleOfNode } from '../modules/index.js';
import type { ValueResolver } from '../resolve-value.js';
import { Conditions, PICKS_WHEN_FALSE, PICKS_WHEN_TRUE, TRUE, FALSE, truthOf, type CodeTest } from './conditions.js';
import { Exit, LOGGED, MATCHED, PASSED, PathSet, withFlag } from './paths.js';
import type { FlowSymbol, FlowSymbols } from './symbols.js';
import type { Worlds } from './worlds.js';

/** How many nodes one flow may evaluate before it gives up (and says nothing). */
const BUDGET = 50_000;
const INLINE_DEPTH = 3;
/** The names node:assert's throwing check is called by. */
const ASSERT_NAMES: ReadonlySet<string> = new Set(['assert', 'ok', 'strict', 'ifError', 'equal', 'strictEqual']);

/** How one world's paths end, as bits: see {@link FlowWalker.fates}. */
export const Fate = { Matched: 1, PassedOn: 2, Logged: 4, Answered: 8, FellThrough: 16 } as const;

/** Thrown when a flow is too large to follow; whoever started it reports nothing for it. */
export class FlowTooLarge extends Error {}

/** One place paths leave from, with the worlds (and facts) that leave there. */
export interface ExitPoint {
  readonly kind: Exit;
  readonly node: TSESTree.Node;
  readonly masks: Uint8Array;
  /**
   * What the names meant where the paths left: in a function the flow called into, its parameters
   * are bound to what the call gave them (`assertOk(body)` throwing from `body.Response.Error`).
   */
  readonly symbols: FlowSymbols;
  /**
   * For paths that left from inside a function the flow called into, the call in the followed code
   * that led there (the first such call, when several reach the same exit): `fail(err)`, whose
   * `throw` is in `fail`.
   */
  readonly entry: TSESTree.CallExpression | undefined;
}

/** How a call settles the followed code's answer: resolved with `value` (null: with nothing), or rejected. */
export type Settled = { readonly way: 'resolve'; readonly value: TSESTree.Expression | null } | { readonly way: 'reject' };

/** How `call` settles the promise of `executor` (`resolve(x)`, `reject(e)`), known by the binding of its callee; undefined for other calls. */
export function settlingByExecutor(call: TSESTree.CallExpression, executor: FunctionNode, resolver: ValueResolver): Settled | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const index = executor.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === callee.name);
  if (index < 0 || index > 1 || resolver.parameterOf(callee) !== executor.params[index]) return undefined;
  if (index === 1) return { way: 'reject' };
  const [value] = call.arguments;
  return { way: 'resolve', value: value && value.type !== AST_NODE_TYPES.SpreadElement ? value : null };
}

interface Frame {
  readonly fn: FunctionNode | undefined;
  readonly returns: PathSet;
  /** The call that entered this function (none for the code being followed). */
  readonly call?: TSESTree.CallExpression;
}

interface JumpTarget {
  readonly node: TSESTree.Node;
  readonly label: string | undefined;
  readonly loop: boolean;
  readonly breaks: PathSet;
  readonly continues: PathSet;
}

interface CatchTarget {
  readonly pending: PathSet;
}

export abstract class FlowWalker {
  readonly size: number;
  /** Per world: a bit for each (exit kind, fact combination) its paths leave with. */
  readonly outcomes: Uint32Array;
  readonly exits = new Map<TSESTree.Node, ExitPoint>();
  readonly tests: CodeTest[] = [];
  protected symbols: FlowSymbols;
  protected conditions: Conditions;
  private readonly seenTests = new Set<TSESTree.Node>();
  private readonly frames: Frame[] = [];
  private jumps: JumpTarget[] = [];
  private readonly catches: CatchTarget[] = [];
  private budget = BUDGET;
  /** The code `follow` was given: functions written inside it are followed into where they are called. */
  private followed: TSESTree.Node | undefined;

  constructor(
    readonly worlds: Worlds,
    symbols: FlowSymbols,
  ) {
    this.size = worlds.size;
    this.outcomes = new Uint32Array(this.size);
    this.symbols = symbols;
    this.conditions = this.conditionsFor(symbols, 0);
  }

  /**
   * How world `world`'s paths end, as Fate bits: picked out by a condition (whatever follows), or
   * else passed on (thrown, returned as a failure, or handed to code that keeps it), logged without
   * what identifies the request, answered with a value, or fallen through the end.
   */
  fates(world: number): number {
    const outcome = this.outcomes[world] as number;
    let fates = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (!(outcome & (1 << bit))) continue;
      const exit = bit >> 3;
      const facts = bit & 7;
      if (facts & MATCHED) fates |= Fate.Matched;
      else if (facts & PASSED || exit === Exit.Throw || exit === Exit.ReturnFailure) fates |= Fate.PassedOn;
      else if (facts & LOGGED) fates |= Fate.Logged;
      else fates |= exit === Exit.ReturnValue ? Fate.Answered : Fate.FellThrough;
    }
    return fates;
  }

  /** Whether some path of world `world` leaves by `exit`. */
  exitsWith(world: number, exit: Exit): boolean {
    return (((this.outcomes[world] as number) >>> (exit * 8)) & 0xff) !== 0;
  }

  // ---- the policy: what subclasses decide -------------------------------------------------

  /** The facts a call adds to the paths that reach it (it was not followed into). */
  protected abstract callFlags(call: TSESTree.CallExpression, state: PathSet): number;
  /** The facts `new X(...)` and `target = value` add. */
  protected abstract valueFlags(node: TSESTree.NewExpression | TSESTree.AssignmentExpression): number;
  /** How a `return` (or an arrow's expression body) leaves: with the failure as a value, or as a success. */
  protected abstract returnExit(argument: TSESTree.Expression | null, state: PathSet): Exit;
  /** Told of every expression evaluated, after its parts, with the paths that reach it. */
  protected abstract evaluated(node: TSESTree.Node, state: PathSet): void;
  /**
   * The paths that leave an if statement by its false branch, or a switch by matching no case:
   * a subclass may send some elsewhere (to see what a suggested extra case would change).
   */
  protected unmatchedAt(_node: TSESTree.IfStatement | TSESTree.SwitchStatement, state: PathSet): PathSet {
    return state;
  }

  /** Records that `state`'s paths leave by throwing at `node`. */
  protected throwAt(node: TSESTree.Node, state: PathSet): void {
    this.exit(Exit.Throw, node, state);
  }

  /** Whether `node` is the call that starts the flow part-way into a function (a raw call; handlers have none). */
  protected abstract isStart(node: TSESTree.Node): boolean;

  /**
   * Whether a call settles what the followed code answers its caller with (a flow that has such
   * answers says): a promise made around it, resolved with `value` or rejected.
   */
  protected settles?(call: TSESTree.CallExpression): Settled | undefined;

  /**
   * Told of each way the paths leave by throwing something new: a `throw` statement (in the
   * followed code or a function it called into), or a call of a function that always throws
   * that was not followed into (`fail('gone')`, given nothing the flow follows).
   */
  protected thrown?(node: TSESTree.ThrowStatement | TSESTree.CallExpression, state: PathSet): void;

  /**
   * The value a statement answers with as the followed code's last word, when a subclass reads
   * it as one (`res.json({ ok: true })` at the end of a handler): its paths leave there, as by
   * `return value`.
   */
  protected answeredBy?(statement: TSESTree.ExpressionStatement): TSESTree.Node | undefined;

  /** Told of each `return` of a function the flow called into, with the paths that reach it. */
  protected returnedInline?(argument: TSESTree.Expression | null, state: PathSet): void;

  // ---- entry points --------------------------------------------------------------------------

  /** Follows `body` (a block, a catch body, or an arrow's expression) from `entry`. */
  protected follow(body: TSESTree.Node, entry: PathSet, asFunction: FunctionNode | undefined): void {
    this.followed = body;
    this.frames.push({ fn: asFunction, returns: PathSet.none(this.size) });
    const end = this.functionBody(body, entry);
    this.frames.pop();
    this.exit(this.endExit(), body, end);
  }

  /** How the paths that reach the end of the followed code leave (a simulated rethrow there makes it a throw). */
  protected endExit(): Exit {
    return Exit.End;
  }

  /** The call in the followed code that led into the function these paths are in (undefined in the followed code itself). */
  protected get entryCall(): TSESTree.CallExpression | undefined {
    return this.frames[1]?.call;
  }

  /** The function the call in the followed code led into (undefined in the followed code itself). */
  protected get entryFunction(): FunctionNode | undefined {
    return this.frames[1]?.fn;
  }

  /** Whether these paths are inside a function the flow called into, rather than the code it follows. */
  protected get inlined(): boolean {
    return this.frames.length > 1;
  }

  private functionBody(body: TSESTree.Node, entry: PathSet): PathSet {
    if (body.type === AST_NODE_TYPES.BlockStatement || body.type === AST_NODE_TYPES.Program) return this.statement(body, entry);
    // An arrow's expression body is its return value.
    return this.returnWith(body as TSESTree.Expression, entry, body);
  }

  // ---- recording -------------------------------------------------------------------------------

  private exit(kind: Exit, node: TSESTree.Node, state: PathSet): void {
    if (!state.hasWorlds) return;
    const point = this.exits.get(node) ?? { kind, node, masks: new Uint8Array(this.size), symbols: this.symbols, entry: this.entryCall };
    for (let world = 0; world < this.size; world++) {
      const mask = state.masks[world] as number;
      if (mask === 0) continue;
      point.masks[world] = (point.masks[world] as number) | mask;
      for (let combination = 0; combination < 8; combination++) {
        if (mask & (1 << combination)) this.outcomes[world] = (this.outcomes[world] as number) | (1 << (kind * 8 + combination));
      }
    }
    this.exits.set(node, point);
  }

  /**
   * Whether a path compares the code with a value the analysis cannot know: which codes that
   * branch takes is then unknown, and so is what the others do.
   */
  get comparesUnknownValue(): boolean {
    return this.allConditions.some((conditions) => conditions.comparesUnknownValue);
  }

  private readonly allConditions: Conditions[] = [];

  private conditionsFor(symbols: FlowSymbols, depth: number): Conditions {
    const conditions = this.makeConditions(symbols, depth);
    this.allConditions.push(conditions);
    return conditions;
  }

  private makeConditions(symbols: FlowSymbols, depth: number): Conditions {
    return new Conditions(
      symbols,
      this.worlds,
      (test) => {
        if (this.seenTests.has(test.node)) return;
        this.seenTests.add(test.node);
        // In a function the flow called into, the call in the followed code leads to the test.
        const entry = this.entryCall;
        this.tests.push(entry ? { ...test, entry } : test);
      },
      depth,
    );
  }

  private spend(): void {
    if (--this.budget < 0) throw new FlowTooLarge('flow too large to follow');
  }

  // ---- statements ----------------------------------------------------------------------------

  private statements(list: readonly TSESTree.Node[], state: PathSet): PathSet {
    let current = state;
    for (const statement of list) {
      if (!current.reachable) break;
      current = this.statement(statement, current);
    }
    return current;
  }

  private statement(node: TSESTree.Node, state: PathSet): PathSet {
    this.spend();
    switch (node.type) {
      case AST_NODE_TYPES.Program:
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.StaticBlock:
        return this.statements(node.body, state);
      case AST_NODE_TYPES.ExportNamedDeclaration:
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        return node.declaration ? this.statement(node.declaration, state) : state;
      case AST_NODE_TYPES.ExpressionStatement: {
        const after = this.expression(node.expression, state);
        const answer = after.reachable ? this.answeredBy?.(node) : undefined;
        if (!answer) return after;
        this.exit(Exit.ReturnValue, answer, after);
        return PathSet.none(this.size);
      }
      case AST_NODE_TYPES.VariableDeclaration: {
        let current = state;
        for (const declarator of node.declarations) {
          if (declarator.init) current = this.expression(declarator.init, current);
          this.evaluated(declarator, current);
        }
        return current;
      }
      case AST_NODE_TYPES.IfStatement: {
        const [whenTrue, otherwise] = this.branch(node.test, state);
        const after = this.statement(node.consequent, whenTrue);
        const whenFalse = this.unmatchedAt(node, otherwise);
        return after.merge(node.alternate ? this.statement(node.alternate, whenFalse) : whenFalse);
      }
      case AST_NODE_TYPES.ReturnStatement:
        return this.returnWith(node.argument, state, node);
      case AST_NODE_TYPES.ThrowStatement: {
        const after = this.expression(node.argument, state);
        this.thrown?.(node, after);
        this.throwFrom(node, after);
        return PathSet.none(this.size);
      }
      case AST_NODE_TYPES.SwitchStatement:
        return this.switchStatement(node, state);
      case AST_NODE_TYPES.TryStatement:
        return this.tryStatement(node, state);
      case AST_NODE_TYPES.LabeledStatement: {
        const target = this.pushJump(node, node.label.name, false);
        const after = this.statement(node.body, state);
        this.jumps.pop();
        return after.merge(target.breaks);
      }
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement: {
        const label = node.label?.name;
        const isBreak = node.type === AST_NODE_TYPES.BreakStatement;
        const target = [...this.jumps].reverse().find((jump) => (label ? jump.label === label : jump.loop || (isBreak && jump.node.type === AST_NODE_TYPES.SwitchStatement)));
        if (!target) this.exit(Exit.End, node, state); // leaves the followed code: execution goes on after it
        else (isBreak ? target.breaks : target.continues).merge(state);
        return PathSet.none(this.size);
      }
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        return this.loop(node, state);
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.EmptyStatement:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
      case AST_NODE_TYPES.TSInterfaceDeclaration:
        return state;
      default:
        return state;
    }
  }

  /** `node` is the return statement, or the expression body of an arrow. */
  private returnWith(argument: TSESTree.Expression | null, state: PathSet, node: TSESTree.Node): PathSet {
    // `return failed ? Promise.reject(e) : value`: each branch is a way out of its own.
    if (argument?.type === AST_NODE_TYPES.ConditionalExpression) {
      const [whenTrue, whenFalse] = this.branch(argument.test, state);
      this.returnWith(argument.consequent, whenTrue, node);
      this.returnWith(argument.alternate, whenFalse, node);
      return PathSet.none(this.size);
    }
    const after = argument ? this.expression(argument, state) : state;
    const frame = this.frames.at(-1);
    if (this.inlined && frame) {
      this.returnedInline?.(argument, after);
      frame.returns.merge(after);
    }
    else this.exit(this.returnExit(argument, after), argument ?? node, after);
    return PathSet.none(this.size);
  }

  private throwFrom(node: TSESTree.Node, state: PathSet): void {
    const target = this.catches.at(-1);
    if (target) target.pending.merge(state);
    else this.exit(Exit.Throw, node, state);
  }

  private pushJump(node: TSESTree.Node, label: string | undefined, loop: boolean): JumpTarget {
    const target = { node, label, loop, breaks: PathSet.none(this.size), continues: PathSet.none(this.size) };
    this.jumps.push(target);
    return target;
  }

  private loop(node: TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement, state: PathSet): PathSet {
    let entry = state;
    if (node.type === AST_NODE_TYPES.ForStatement && node.init) entry = node.init.type === AST_NODE_TYPES.VariableDeclaration ? this.statement(node.init, entry) : this.expression(node.init, entry);
    if (node.type === AST_NODE_TYPES.ForInStatement || node.type === AST_NODE_TYPES.ForOfStatement) entry = this.expression(node.right, entry);
    const labelled = node.parent.type === AST_NODE_TYPES.LabeledStatement ? node.parent.label.name : undefined;
    const leaving = PathSet.none(this.size);
    let start = entry.clone();
    // Twice: facts a turn of the loop adds are there when the next turn starts.
    for (let turn = 0; turn < 2; turn++) {
      const target = this.pushJump(node, labelled, true);
      let bodyEntry = start;
      if ((node.type === AST_NODE_TYPES.WhileStatement || node.type === AST_NODE_TYPES.ForStatement) && node.test) {
        const tested = this.expression(node.test, start);
        bodyEntry = tested;
        leaving.merge(tested);
      } else if (node.type !== AST_NODE_TYPES.DoWhileStatement && !this.runsAtLeastOnce(node)) {
        leaving.merge(start);
      }
      let end = this.statement(node.body, bodyEntry).merge(target.continues);
      if (node.type === AST_NODE_TYPES.ForStatement && node.update) end = this.expression(node.update, end);
      if (node.type === AST_NODE_TYPES.DoWhileStatement) end = this.expression(node.test, end);
      this.jumps.pop();
      leaving.merge(target.breaks).merge(end);
      start = entry.clone().merge(end);
    }
    return leaving;
  }

  /**
   * `for (const body of [a, b])`, or of a name holding `await Promise.all([a, b])`: a loop over a
   * list with an element in it runs at least once.
   */
  private runsAtLeastOnce(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.ForOfStatement) return false;
    const list = unwrap(node.right);
    if (list.type === AST_NODE_TYPES.ArrayExpression) return list.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
    const held = this.symbols.of(list);
    return held?.kind === 'list' && held.elements.length > 0;
  }

  private switchStatement(node: TSESTree.SwitchStatement, state: PathSet): PathSet {
    const before = this.expression(node.discriminant, state);
    const remaining = before.clone();
    const entries = node.cases.map(() => PathSet.none(this.size));
    node.cases.forEach((switchCase, i) => {
      const entry = entries[i] as PathSet;
      if (!switchCase.test) return;
      entry.before = remaining.before;
      for (let world = 0; world < this.size; world++) {
        const mask = remaining.masks[world] as number;
        if (mask === 0) continue;
        const verdict = this.conditions.caseVerdict(node.discriminant, switchCase.test, node, world);
        const truth = truthOf(verdict);
        if (truth !== FALSE) entry.masks[world] = (entry.masks[world] as number) | (verdict & PICKS_WHEN_TRUE ? withFlag(mask, MATCHED) : mask);
        if (truth === TRUE) remaining.masks[world] = 0;
      }
    });
    const defaultIndex = node.cases.findIndex((switchCase) => switchCase.test === null);
    const unmatched = this.unmatchedAt(node, remaining);
    remaining.masks.set(unmatched.masks);
    if (defaultIndex >= 0) (entries[defaultIndex] as PathSet).merge(remaining);
    const target = this.pushJump(node, undefined, false);
    let current = PathSet.none(this.size);
    node.cases.forEach((switchCase, i) => {
      current = this.statements(switchCase.consequent, current.merge(entries[i] as PathSet));
    });
    this.jumps.pop();
    const after = current.merge(target.breaks);
    return defaultIndex >= 0 ? after : after.merge(remaining);
  }

  private tryStatement(node: TSESTree.TryStatement, state: PathSet): PathSet {
    const target: CatchTarget | undefined = node.handler ? { pending: state.clone() } : undefined;
    if (target) this.catches.push(target);
    let after = this.statement(node.block, state);
    if (target) {
      this.catches.pop();
      // Any statement of the block may throw: the catch starts from the paths at any of them.
      after = after.merge(this.statement((node.handler as TSESTree.CatchClause).body, target.pending));
    }
    return node.finalizer ? this.statement(node.finalizer, after) : after;
  }

  /**
   * Splits the paths by the condition `test`, after its own effects. `picks` false splits without
   * crediting a branch to the worlds it picks out: `(code && TABLE[code]) || 502` is a value, not
   * a branch for the codes in the table (a test that holds it is decided whole, where it is a test).
   */
  protected branch(test: TSESTree.Expression, state: PathSet, picks = true): [PathSet, PathSet] {
    const evaluated = this.expression(test, state);
    const whenTrue = PathSet.none(this.size);
    const whenFalse = PathSet.none(this.size);
    whenTrue.before = evaluated.before;
    whenFalse.before = evaluated.before;
    for (let world = 0; world < this.size; world++) {
      const mask = evaluated.masks[world] as number;
      if (mask === 0) continue;
      const verdict = this.conditions.decide(test, world);
      const truth = truthOf(verdict);
      if (truth !== FALSE) whenTrue.masks[world] = (whenTrue.masks[world] as number) | (picks && verdict & PICKS_WHEN_TRUE ? withFlag(mask, MATCHED) : mask);
      if (truth !== TRUE) whenFalse.masks[world] = (whenFalse.masks[world] as number) | (picks && verdict & PICKS_WHEN_FALSE ? withFlag(mask, MATCHED) : mask);
    }
    return [whenTrue, whenFalse];
  }

  // ---- expressions ---------------------------------------------------------------------------

  /** Evaluates `node` on `state`'s paths: its parts in order, then its own effects. */
  protected expression(node: TSESTree.Node, state: PathSet): PathSet {
    this.spend();
    if (!state.reachable) return state;
    // Names, literals and types have no parts to evaluate and no effects: only the hook sees them.
    if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.ThisExpression) {
      this.evaluated(node, state);
      return state;
    }
    if (node.type.startsWith('TS') && node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSNonNullExpression && node.type !== AST_NODE_TYPES.TSSatisfiesExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) {
      return state;
    }
    let current = state;
    switch (node.type) {
      case AST_NODE_TYPES.ConditionalExpression: {
        const [whenTrue, whenFalse] = this.branch(node.test, state);
        current = this.expression(node.consequent, whenTrue).merge(this.expression(node.alternate, whenFalse));
        break;
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '??') {
          const left = this.expression(node.left, state);
          current = left.clone().merge(this.expression(node.right, left));
          break;
        }
        const [whenTrue, whenFalse] = this.branch(node.left, state, false);
        current = node.operator === '&&' ? this.expression(node.right, whenTrue).merge(whenFalse) : whenTrue.merge(this.expression(node.right, whenFalse));
        break;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        // Its own scope: it runs when someone calls it, not here.
        break;
      case AST_NODE_TYPES.CallExpression:
        current = this.call(node, state);
        break;
      case AST_NODE_TYPES.MemberExpression:
        // The property of `a.b` is a name, not an expression.
        current = this.expression(node.object, current);
        if (node.computed) current = this.expression(node.property, current);
        break;
      default:
        for (const child of childNodes(node, this.symbols.source.visitorKeys)) current = this.expression(child, current);
        if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.AssignmentExpression) {
          const flags = this.valueFlags(node);
          if (flags) current = current.withFlag(flags);
        }
        // `await new Promise((resolve) => https.request(...))`: the promise the flow goes on from.
        if (node.type === AST_NODE_TYPES.NewExpression && this.isStart(node)) current = this.start(current);
    }
    this.evaluated(node, current);
    return current;
  }

  private call(node: TSESTree.CallExpression, state: PathSet): PathSet {
    const asserted = this.assertedCondition(node);
    if (asserted) return this.assertion(node, asserted.condition, asserted.throwsWhenSet, state);
    let current = this.expression(node.callee, state);
    for (const argument of node.arguments) current = this.expression(argument, current);
    if (this.isStart(node)) return this.start(current);
    // `resolve(body)`, `reject(error)` of a promise made around the followed code: its way out, as a
    // return or a throw would be (settling it again later changes nothing). Also from a `.then`
    // callback or a function called into: the settling function is known by its own binding.
    const settled = this.settles?.(node);
    if (settled) {
      if (settled.way === 'reject') this.exit(Exit.Throw, node, current);
      else this.exit(this.returnExit(settled.value, current), settled.value ?? node, current);
      return PathSet.none(this.size);
    }
    const followed = this.followThen(node, current) ?? this.followCall(node, current);
    if (followed) return followed;
    // `if (body.Response.Error) fail({ code: ... })`: a function of the project that always throws ends the path.
    if (this.callsThrower(node)) {
      this.thrown?.(node, current);
      this.throwFrom(node, current);
      return PathSet.none(this.size);
    }
    const flags = this.callFlags(node, current);
    return flags ? current.withFlag(flags) : current;
  }

  /**
   * What a node:assert check tests: `assert(value, message)` (also `assert.ok`, `assert.strict`,
   * `ok`) throws when the value is falsy, `assert.ifError(err)` when it is set; undefined for other calls.
   */
  private assertedCondition(node: TSESTree.CallExpression): { condition: TSESTree.Expression; throwsWhenSet: boolean } | undefined {
    const [condition] = node.arguments;
    if (!condition || condition.type === AST_NODE_TYPES.SpreadElement || !ASSERT_NAMES.has(calleeName(node) ?? '')) return undefined;
    const kind = this.symbols.resolver.resolve(node.callee)?.kind;
    // `assert.equal(Response.Error, undefined)`: it throws when the value is set, as ifError does.
    if (kind === 'assert-equal') return node.arguments[1] && isAbsentValue(node.arguments[1]) ? { condition, throwsWhenSet: true } : undefined;
    return kind === 'assert' || kind === 'assert-if-error' ? { condition, throwsWhenSet: kind === 'assert-if-error' } : undefined;
  }

  /** `assert(!Response.Error, ...)`: the paths on which the check fails throw there, as `if (!cond) throw` would. */
  private assertion(node: TSESTree.CallExpression, condition: TSESTree.Expression, throwsWhenSet: boolean, state: PathSet): PathSet {
    const [truthy, falsy] = this.branch(condition, this.expression(node.callee, state));
    const [holds, fails] = throwsWhenSet ? [falsy, truthy] : [truthy, falsy];
    let after = holds;
    for (const argument of node.arguments.slice(1)) after = this.expression(argument, after);
    this.throwFrom(node, fails);
    return after;
  }

  /** The flow starts here: every world begins on the paths that had not started yet. */
  private start(state: PathSet): PathSet {
    const started = state.clone();
    if (state.before) started.masks.forEach((mask, world) => (started.masks[world] = mask | 1));
    started.before = false;
    return started;
  }

  /** `promise.then(callback)` on something the flow follows: the callback runs with what the promise holds. */
  private followThen(node: TSESTree.CallExpression, state: PathSet): PathSet | undefined {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'then') return undefined;
    const held = this.symbols.of(callee.object);
    const fn = this.symbols.resolver.functionOf(node.arguments[0]);
    if (!held || !fn) return undefined;
    const value = held.kind === 'promise' ? held.of : held;
    return this.inline(fn, [value], state, node);
  }

  /** A statement calling a function by name that always throws (looked up only for such statements: most calls are none). */
  private callsThrower(node: TSESTree.CallExpression): boolean {
    return node.parent.type === AST_NODE_TYPES.ExpressionStatement && (this.throwerCalled(node) !== undefined || isContextThrow(node));
  }

  /** The function of the project a call names that always throws (`fail(...)`, SvelteKit's `error(...)` written in the project). */
  protected throwerCalled(node: TSESTree.CallExpression): FunctionNode | undefined {
    if (unwrap(node.callee).type !== AST_NODE_TYPES.Identifier) return undefined;
    const fn = this.symbols.resolver.functionOf(node.callee);
    return fn && alwaysThrows(fn, (moduleOfNode(fn) ?? this.symbols.source).visitorKeys) ? fn : undefined;
  }

  /** A call to a function of this file that gets something the flow follows: followed into. */
  private followCall(node: TSESTree.CallExpression, state: PathSet): PathSet | undefined {
    // The arguments first: most calls get nothing the flow follows, and finding the callee may mean reading another module.
    const symbols = node.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? undefined : this.symbols.of(argument)));
    if (symbols.some(Boolean)) {
      const fn = this.symbols.resolver.functionOf(node.callee);
      return fn && this.inline(fn, symbols, state, node);
    }
    // `const handle = () => { if (err.code === ...) ...; throw err; }; return handle();`: a function
    // written inside the followed code reads its names (the error) where it is called.
    if (unwrap(node.callee).type !== AST_NODE_TYPES.Identifier || !this.followed) return undefined;
    const local = this.symbols.resolver.functionOf(node.callee);
    return local && rootOf(local) === rootOf(this.followed) && contains(this.followed, local) ? this.inline(local, symbols, state, node, true) : undefined;
  }

  private inline(fn: FunctionNode, argumentSymbols: readonly (FlowSymbol | undefined)[], state: PathSet, call: TSESTree.CallExpression, closure = false): PathSet | undefined {
    if (this.frames.length > INLINE_DEPTH || this.frames.some((frame) => frame.fn === fn) || fn.generator) return undefined;
    // `warn(msg, ...rest)` given the error among the rest: the rest is an array this walk does not
    // follow, so the call is judged as it stands (it gets the error whole) rather than followed into.
    const rest = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.RestElement);
    if (rest >= 0 && argumentSymbols.slice(rest).some(Boolean)) return undefined;
    const bindings = new Map<TSESTree.Node, FlowSymbol>();
    fn.params.forEach((param, i) => {
      const symbol = argumentSymbols[i];
      if (symbol) bindings.set(param, symbol);
    });
    if (bindings.size === 0 && !closure) return undefined;
    const outer = { symbols: this.symbols, conditions: this.conditions, jumps: this.jumps };
    this.symbols = this.symbols.extend(bindings);
    this.conditions = this.conditionsFor(this.symbols, this.frames.length);
    this.jumps = [];
    const frame: Frame = { fn, returns: PathSet.none(this.size), call };
    this.frames.push(frame);
    let end: PathSet;
    try {
      end = this.functionBody(fn.body, state);
    } finally {
      this.frames.pop();
      ({ symbols: this.symbols, conditions: this.conditions, jumps: this.jumps } = outer);
    }
    // `function fail(err): never`: TypeScript holds that it never returns, whatever this walk could not decide on the way.
    if (fn.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword) return PathSet.none(this.size);
    return frame.returns.merge(end);
  }
}

/** Whether `node` is a function the walker does not enter where it stands. */
export const isOwnScope = (node: TSESTree.Node): boolean => isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassExpression;
