/**
 * The suggestion of `exhaustive-error-codes`: add the missing codes to the handler's dispatch.
 *
 * New cases rethrow the error itself, the one behaviour that neither hides a failure nor loses its
 * RequestId; a person then replaces the rethrow with real handling. With an existing `default`, the
 * new cases go just before it and share its body, so nothing changes but the list being explicit.
 * Without one, the new cases come with a `default:` (or the chain with a final `else`) that
 * rethrows too: codes nobody lists and failures without a code would otherwise still fall through,
 * and no-swallowed-error would report them next.
 * A handler that destructures the error (`({ code }) =>`) has nothing to rethrow: the suggestion
 * names the error in the parameter and destructures it in the body instead.
 */
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, isFunctionNode, walkTree } from '../../analysis/ast.js';
import type { Dispatch } from '../../analysis/dispatch.js';
import type { ErrorHandler } from '../../analysis/error-handlers.js';
import type { CodeTest } from '../../analysis/flow/conditions.js';
import { enumMemberName } from '../../codes/enum-names.js';
import { SENDING_ANSWERS } from '../../analysis/http-answers.js';

const JUMPS = new Set<string>([AST_NODE_TYPES.BreakStatement, AST_NODE_TYPES.ContinueStatement, AST_NODE_TYPES.ReturnStatement, AST_NODE_TYPES.ThrowStatement]);

function indentationOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** How the handler writes codes: `LcicErrorCode.X` if it already does, otherwise a literal in its quote style. */
function codeWriter(tests: readonly CodeTest[], sourceCode: Readonly<TSESLint.SourceCode>): (code: string) => string {
  if (tests.some((test) => test.viaEnum)) return (code) => `LcicErrorCode.${enumMemberName(code)}`;
  const sample = tests.map((test) => sourceCode.getText(test.node)).find((text) => /^["']/.test(text));
  const quote = sample?.startsWith('"') ? '"' : "'";
  return (code) => `${quote}${code}${quote}`;
}

/** The error's name in the handler, and the edits that give it one when it is destructured. */
function errorName(handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>): { name: string; edits: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
  const param = handler.param;
  if (param?.type === AST_NODE_TYPES.Identifier) return { name: param.name, edits: () => [] };
  if (param?.type !== AST_NODE_TYPES.ObjectPattern || handler.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const scope = sourceCode.getScope(handler.body);
  const name = ['error', 'lcicError', 'failure'].find((candidate) => !findVariable(scope, { name: candidate } as TSESTree.Identifier));
  const brace = sourceCode.getFirstToken(handler.body);
  const first = handler.body.body[0];
  if (!name || !brace) return undefined;
  // The pattern without its type annotation: `({ code }: SdkError)` becomes `(error: SdkError)`.
  const patternRange: [number, number] = [param.range[0], param.typeAnnotation ? param.typeAnnotation.range[0] : param.range[1]];
  const pattern = sourceCode.text.slice(...patternRange);
  const indent = first ? indentationOf(first, sourceCode) : `${indentationOf(handler.body, sourceCode)}  `;
  return {
    name,
    edits: (fixer) => [
      fixer.replaceTextRange(patternRange, name),
      fixer.insertTextAfter(brace, `\n${indent}const ${pattern} = ${name};`),
    ],
  };
}

/**
 * Where the suggestion rethrows everything else that reaches the dispatch, so that fixing the
 * missing codes leaves nothing for no-swallowed-error to report:
 * - `else`: a `default:` for a switch without one; a final `else` for an if chain without one that
 *   ends the handler, or is followed only by code that does not read the error (`continue;`,
 *   `return null;`, which would drop the codes nobody named);
 * - `end`: a `throw` at the end of the handler, when code after the chain reads the error (another
 *   check, which keeps deciding for its codes) and the handler can fall off its end;
 * - undefined: nothing to add (a `default:` exists, or the handler always leaves on its own).
 */
export function catchAllPlace(dispatch: Dispatch, handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>): 'else' | 'end' | undefined {
  // A callback read whole, with no `if (err)` around the dispatch: its success runs through the
  // same code, where a catch-all would throw the null error (and the SDK's promise, not the caller, gets what it throws).
  if (handler.kind === 'callback' && isFunctionNode(handler.node) && handler.body === handler.node.body) return undefined;
  if (dispatch.node.type === AST_NODE_TYPES.SwitchStatement) {
    // No default, or an empty one (which drops what reaches it): the default gets the rethrow.
    const defaultCase = dispatch.node.cases.find((c) => c.test === null);
    return !defaultCase || defaultCase.consequent.length === 0 ? 'else' : undefined;
  }
  if (dispatch.node.type !== AST_NODE_TYPES.IfStatement || handler.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  let last = dispatch.node;
  while (last.alternate?.type === AST_NODE_TYPES.IfStatement) last = last.alternate;
  const statements = handler.body.body;
  const at = statements.indexOf(dispatch.node);
  // The error's name, or the names a destructuring parameter binds (`({ code })`).
  const names = handler.param ? boundNames(handler.param, sourceCode) : [];
  if (last.alternate !== null || at < 0 || names.length === 0) return undefined;
  const after = statements.slice(at + 1);
  const final = statements.at(-1);
  const finalLeaves = final !== undefined && JUMPS.has(final.type);
  // `if (code === X) return; console.warn(...);`: when every branch leaves, an `else` that
  // rethrows would leave the code after the chain unreachable. The rethrow goes after it instead,
  // when the handler can fall off its end; when it cannot (`return null;`), nothing is added.
  if (after.length > 0 && chainAlwaysLeaves(dispatch.node)) {
    // `return undefined;`, `continue;` alone after the chain: the `else` makes them dead, and the fix takes them out (see deadAfterCatchAll).
    if (after.every(isBareJump)) return 'else';
    // `res.json({ ok: true })` after the chain: a throw after it comes when the answer is sent already.
    // `if (code === Y) console.warn(...);` after it: a code that branch keeps would be thrown too.
    return finalLeaves || after.some(answersRequest) || after.some(branchStaysIn) ? undefined : 'end';
  }
  if (after.every((statement) => names.every((name) => !readsName(statement, name, sourceCode)))) return 'else';
  // A branch that does not leave (`if (code === X) res.status(404).json(...);`) runs on into the
  // code after the chain: a throw at the end would come after its answer too. Nothing is added.
  return undefined;
}

/** Whether a statement answers an HTTP request somewhere in it (`res.json(...)`, `res.status(200).send(...)`, `reply.send(...)`). */
function answersRequest(statement: TSESTree.Statement): boolean {
  let answers = false;
  walkTree(statement, undefined, (node) => {
    if (answers) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && !node.callee.computed && node.callee.property.type === AST_NODE_TYPES.Identifier) {
      answers = SENDING_ANSWERS.has(node.callee.property.name);
    }
    return !answers;
  });
  return answers;
}

/** An `if` some branch of which does not leave (`if (code === Y) console.warn(...);`): what it takes runs on to the end. */
const branchStaysIn = (statement: TSESTree.Statement): boolean => statement.type === AST_NODE_TYPES.IfStatement && !chainAlwaysLeaves(statement);

/** `return;`, `return undefined;`, `return null;`, `continue;`, `break;`: a way out that does nothing else. */
function isBareJump(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ContinueStatement || statement.type === AST_NODE_TYPES.BreakStatement) return true;
  if (statement.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const value = statement.argument;
  return !value || (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') || (value.type === AST_NODE_TYPES.Literal && value.value === null);
}

/**
 * The statements after an if chain (or a switch) that a final `else` (or a `default:`) rethrowing
 * would make unreachable, as every branch leaves already: only bare jumps (`return undefined;`),
 * as catchAllPlace puts the `else` there for no others. The fix removes them with the text
 * between, so no dead code is left behind.
 */
function deadAfterCatchAll(top: TSESTree.IfStatement | TSESTree.SwitchStatement, handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Range | undefined {
  const statements = handler.body.type === AST_NODE_TYPES.BlockStatement ? handler.body.body : [];
  const at = statements.indexOf(top);
  const last = statements.at(-1);
  if (at < 0 || !last || last === top) return undefined;
  const leaves = top.type === AST_NODE_TYPES.IfStatement ? chainAlwaysLeaves(top) : statements.slice(at + 1).every(isBareJump) && switchAlwaysLeaves(top, sourceCode);
  return leaves ? [top.range[1], last.range[1]] : undefined;
}

/** Whether every case of a switch returns or throws (or runs into the next case), and none breaks out of it. */
function switchAlwaysLeaves(node: TSESTree.SwitchStatement, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  // A `break` anywhere in it (in an `if`, say) may leave the switch: told by its text, which is enough for a fix.
  if (/\bbreak\b/.test(sourceCode.getText(node))) return false;
  return node.cases.every((switchCase) => {
    const lastStatement = switchCase.consequent.at(-1);
    const end = lastStatement?.type === AST_NODE_TYPES.BlockStatement ? lastStatement.body.at(-1) : lastStatement;
    return !end || end.type === AST_NODE_TYPES.ReturnStatement || end.type === AST_NODE_TYPES.ThrowStatement;
  });
}


/** Whether every branch of an if chain (without a final `else`) ends by leaving: `return`, `throw`, `break` or `continue`. */
function chainAlwaysLeaves(top: TSESTree.IfStatement): boolean {
  for (let branch: TSESTree.Statement | null = top; branch; branch = branch.alternate) {
    if (branch.type !== AST_NODE_TYPES.IfStatement) return false;
    const consequent: TSESTree.Statement = branch.consequent;
    const end = consequent.type === AST_NODE_TYPES.BlockStatement ? consequent.body.at(-1) : consequent;
    if (!end || !JUMPS.has(end.type)) return false;
  }
  return true;
}

/** The names a parameter binds: itself, or every name in its pattern. */
function boundNames(param: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  if (param.type === AST_NODE_TYPES.Identifier) return [param.name];
  if (param.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return sourceCode.getDeclaredVariables(param.parent).filter((v) => v.defs.some((d) => d.name.range[0] >= param.range[0] && d.name.range[1] <= param.range[1])).map((v) => v.name);
}

/** Whether `name` appears as an identifier anywhere in `node`. */
function readsName(node: TSESTree.Node, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let found = false;
  walkTree(node, sourceCode.visitorKeys, (inner) => {
    if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) found = true;
    return !found;
  });
  return found;
}

function switchFix(
  node: TSESTree.SwitchStatement,
  codes: readonly string[],
  body: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | undefined {
  const defaultCase = node.cases.find((c) => c.test === null);
  // No default yet: the new cases are followed by one, sharing their rethrow.
  const cases = defaultCase ? codes.map((c) => `case ${c}:`) : [...codes.map((c) => `case ${c}:`), 'default:'];
  if (defaultCase) {
    const indent = indentationOf(defaultCase, sourceCode);
    const before = cases.map((c) => `${c}\n${indent}`).join('');
    // Before a default that throws, the new cases share it; an empty default, which would drop
    // everything else, gets the rethrow too, and the new cases share that. A default that does
    // something else (`continue`, `return null`) keeps it, and the new cases get a rethrow of their own.
    if (defaultCase.consequent.length === 0) return (fixer) => [fixer.insertTextBefore(defaultCase, before), fixer.insertTextAfter(defaultCase, `\n${indent}  ${body}`)];
    if (endsInThrow(defaultCase.consequent)) return (fixer) => fixer.insertTextBefore(defaultCase, before);
    return (fixer) => fixer.insertTextBefore(defaultCase, `${before}  ${body}\n${indent}`);
  }
  const last = node.cases.at(-1);
  const first = node.cases[0];
  if (!last || !first) {
    const indent = `${indentationOf(node, sourceCode)}  `;
    const text = `\n${cases.map((c) => `${indent}${c}\n`).join('')}${indent}  ${body}\n${indentationOf(node, sourceCode)}`;
    const closing = sourceCode.getLastToken(node);
    return closing ? (fixer) => fixer.insertTextBefore(closing, text) : undefined;
  }
  const indent = indentationOf(last, sourceCode);
  const lastStatement = last.consequent.at(-1);
  const blockEnd = lastStatement?.type === AST_NODE_TYPES.BlockStatement ? lastStatement.body.at(-1) : lastStatement;
  // Appending after a case that can fall through would change what that case does: prepend instead.
  if (!blockEnd || !JUMPS.has(blockEnd.type)) {
    const firstIndent = indentationOf(first, sourceCode);
    const text = `${cases.map((c) => `${c}\n${firstIndent}`).join('')}  ${body}\n${firstIndent}`;
    return (fixer) => fixer.insertTextBefore(first, text);
  }
  const text = `${cases.map((c) => `\n${indent}${c}`).join('')}\n${indent}  ${body}`;
  return (fixer) => fixer.insertTextAfter(last, text);
}

/** `fix`, taking out the range `dead` too. */
function withDeadRemoved(
  fix: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | undefined,
  dead: TSESTree.Range | undefined,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | undefined {
  return fix && dead ? (fixer) => [...[fix(fixer)].flat(), fixer.removeRange(dead)] : fix;
}

function ifChainFix(
  top: TSESTree.IfStatement,
  condition: string,
  body: string,
  catchAll: boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  let last = top;
  while (last.alternate?.type === AST_NODE_TYPES.IfStatement) last = last.alternate;
  const indent = indentationOf(top, sourceCode);
  const consequent = last.consequent;
  const text =
    consequent.type === AST_NODE_TYPES.BlockStatement
      ? ` else if (${condition}) {\n${indent}  ${body}\n${indent}}${catchAll ? ` else {\n${indent}  ${body}\n${indent}}` : ''}`
      : `\n${indent}else if (${condition}) ${body}${catchAll ? `\n${indent}else ${body}` : ''}`;
  // `return; // already registered: fine`: the comment stays with the line it explains.
  const [comment] = sourceCode.getCommentsAfter(consequent);
  const trailing = consequent.type !== AST_NODE_TYPES.BlockStatement && comment?.type === AST_TOKEN_TYPES.Line && comment.loc.start.line === consequent.loc.end.line ? comment : undefined;
  return (fixer) => (trailing ? fixer.insertTextAfterRange(trailing.range, text) : fixer.insertTextAfter(consequent, text));
}

/**
 * The fix that rethrows what no branch of the dispatch takes, with the error's name: a `default:`
 * for a switch without one, a final `else` for an if chain that ends the handler, a `throw` at the
 * end of the handler when code after the chain still decides (see catchAllPlace). Undefined for
 * other shapes, or when the error has no name and cannot be given one.
 */
export function rethrowTheRestFix(
  dispatch: Dispatch,
  handler: ErrorHandler,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handOnTo?: string,
): { name: string; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
  // A destructured error (`catch ({ code })`) is given a name to rethrow, as for the missing cases.
  const error = errorName(handler, sourceCode);
  const place = catchAllPlace(dispatch, handler, sourceCode);
  if (!error || !place) return undefined;
  // `handOnTo`: where a rethrow would reach nothing, Express's `next` (as in addMissingCasesFix).
  const body = handOnTo ? `return ${handOnTo}(${error.name});` : `throw ${error.name};`;
  let fix: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | undefined;
  const final = handler.body.type === AST_NODE_TYPES.BlockStatement ? handler.body.body.at(-1) : undefined;
  if (place === 'end') {
    // Code after the dispatch still decides (another `if` on the code): the rest is rethrown at the
    // end of the handler, when the paths get there (no `return` between leaves first).
    const statements = handler.body.type === AST_NODE_TYPES.BlockStatement ? handler.body.body : [];
    const after = statements.slice(statements.indexOf(dispatch.node as TSESTree.Statement) + 1);
    if (!final || after.some((statement) => JUMPS.has(statement.type))) return undefined;
    const indent = indentationOf(final, sourceCode);
    fix = (fixer) => fixer.insertTextAfter(final, `\n${indent}${body}`);
  } else if (dispatch.node.type === AST_NODE_TYPES.SwitchStatement) fix = withDeadRemoved(switchFix(dispatch.node, [], body, sourceCode), deadAfterCatchAll(dispatch.node, handler, sourceCode));
  else if (dispatch.node.type === AST_NODE_TYPES.IfStatement) {
    let last = dispatch.node;
    while (last.alternate?.type === AST_NODE_TYPES.IfStatement) last = last.alternate;
    const consequent = last.consequent;
    const indent = indentationOf(dispatch.node, sourceCode);
    const text = consequent.type === AST_NODE_TYPES.BlockStatement ? ` else {\n${indent}  ${body}\n${indent}}` : `\n${indent}else ${body}`;
    const dead = deadAfterCatchAll(dispatch.node, handler, sourceCode);
    fix = (fixer) => [fixer.insertTextAfter(consequent, text), ...(dead ? [fixer.removeRange(dead)] : [])];
  }
  return fix && { name: error.name, fix: (fixer) => [...[fix(fixer)].flat(), ...error.edits(fixer)] };
}

/**
 * What the chain's first comparison is put behind: `isSdkError(err)` in
 * `isSdkError(err) && err.code === X`. The new comparisons go behind it too: the error may be
 * `unknown` until it, and `err.code` alone would not compile.
 */
function guardsOf(comparison: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const guards: string[] = [];
  let node: TSESTree.Node = comparison;
  while (node.parent?.type === AST_NODE_TYPES.LogicalExpression && node.parent.operator !== '??') {
    const parent: TSESTree.LogicalExpression = node.parent;
    if (parent.operator === '&&' && parent.right === node) guards.unshift(sourceCode.getText(parent.left));
    // Only what every comparison of the chain shares: a guard in an alternative (`a || b && c`) is not.
    else if (parent.operator === '&&') break;
    node = parent;
  }
  return guards;
}

/** The fix that adds `codes` to the dispatch, or undefined when the dispatch has no shape we can extend. */
export function addMissingCasesFix(
  dispatch: Dispatch,
  handler: ErrorHandler,
  tests: readonly CodeTest[],
  codes: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  handOnTo?: string,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const error = errorName(handler, sourceCode);
  if (!error) return undefined;
  // `handOnTo`: where a rethrow would reach nothing, Express's `next`, which answers the request with the error.
  const body = handOnTo ? `return ${handOnTo}(${error.name});` : `throw ${error.name};`;
  const write = codeWriter(tests, sourceCode);
  let fix: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[]) | undefined;
  if (dispatch.kind === 'switch' && dispatch.node.type === AST_NODE_TYPES.SwitchStatement && !dispatch.byFamily) {
    // The `default:` it adds (when there is none, or only an empty one) rethrows: what follows the switch may be left dead.
    const addsDefault = catchAllPlace(dispatch, handler, sourceCode) === 'else';
    fix = withDeadRemoved(switchFix(dispatch.node, codes.map(write), body, sourceCode), addsDefault ? deadAfterCatchAll(dispatch.node, handler, sourceCode) : undefined);
  } else if (dispatch.kind === 'if' && dispatch.node.type === AST_NODE_TYPES.IfStatement && dispatch.subject) {
    const codeText = sourceCode.getText(dispatch.subject);
    const comparisons = codes.map((code) => `${codeText} === ${write(code)}`);
    // Up to two comparisons read fine on one line; more get a line each.
    const indent = indentationOf(dispatch.node, sourceCode);
    const either = comparisons.length <= 2 ? comparisons.join(' || ') : `\n${indent}  ${comparisons.join(` ||\n${indent}  `)}\n${indent}`;
    const guards = guardsOf(dispatch.comparison, sourceCode);
    const condition = guards.length === 0 ? either : `${guards.join(' && ')} && ${comparisons.length === 1 ? either : `(${either})`}`;
    const place = catchAllPlace(dispatch, handler, sourceCode);
    const chain = ifChainFix(dispatch.node, condition, body, place === 'else', sourceCode);
    const dead = place === 'else' ? deadAfterCatchAll(dispatch.node, handler, sourceCode) : undefined;
    fix = dead ? (fixer) => [chain(fixer), fixer.removeRange(dead)] : chain;
    const final = handler.body.type === AST_NODE_TYPES.BlockStatement ? handler.body.body.at(-1) : undefined;
    if (place === 'end' && final) {
      const chain = fix;
      const indent = indentationOf(final, sourceCode);
      fix = (fixer) => [chain(fixer), fixer.insertTextAfter(final, `\n${indent}${body}`)].flat();
    }
  }
  return fix && ((fixer) => [...[fix(fixer)].flat(), ...error.edits(fixer)]);
}

/** Whether statements end by throwing (`throw err;`, or a block that does). */
function endsInThrow(statements: readonly TSESTree.Statement[]): boolean {
  const last = statements.at(-1);
  if (last?.type === AST_NODE_TYPES.BlockStatement) return endsInThrow(last.body);
  return last?.type === AST_NODE_TYPES.ThrowStatement;
}
