/**
 * Callback-form LCIC calls: the callback gets `(err, response)`, and on failure `response` is
 * null. Ignoring `err`, reading `response` first, or destructuring it in the parameter list turns
 * an API failure into a TypeError far from its cause. With `tencentcloud-sdk-nodejs` the method
 * also returns a promise that rejects after the callback ran; left floating, it crashes Node.
 */
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { argumentParameters, calleeName, contains, enclosingNext, findVariable, isFunctionNode, isMeteorMember, memberRoot, propertyName, rootOf, unwrap, walkTree, type FunctionNode } from '../analysis/ast.js';
import { callbackPromiseHandsOn, floatingChainEnd } from '../analysis/error-handlers.js';
import { byPosition, getFileFacts, onFileFacts } from '../analysis/facts.js';
import type { FailureFlow } from '../analysis/flow/failure-flow.js';
import { Exit } from '../analysis/flow/paths.js';
import type { ValueResolver } from '../analysis/resolve-value.js';
import { returnsFailingPromise, sdkUnknown, type LcicCall } from '../analysis/find-lcic-calls.js';
import { createRule } from './shared/create-rule.js';
import { FRAMEWORK_ANSWERS, NODE_ANSWERS } from '../analysis/http-answers.js';

export type Options = [];
export type MessageIds =
  | 'missingErrorParameter'
  | 'errorNotChecked'
  | 'responseBeforeError'
  | 'destructuredResponse'
  | 'floatingPromise'
  | 'missingCallback'
  | 'throwInIntlCallback'
  | 'unboundMethod'
  | 'guardWithIfError'
  | 'returnAfterHandingOn'
  | 'answerWithServerError'
  | 'catchPromise'
  | 'bindMethod';

const RULE = 'handle-callback-error';

/**
 * `done` when the callback reports its result with `done(null, result)`: the caller's own
 * error-first callback, which must hear of the failure too (a bare `return` would leave it waiting).
 */
function callersCallback(callback: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const own = new Set(callback.params.flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  let found: string | undefined;
  walkTree(callback.body, sourceCode.visitorKeys, (node) => {
    if (found !== undefined || (node !== callback.body && isFunctionNode(node))) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || own.has(node.callee.name)) return true;
    const [first] = node.arguments;
    const success = first && ((first.type === AST_NODE_TYPES.Literal && first.value === null) || (first.type === AST_NODE_TYPES.Identifier && first.name === 'undefined'));
    if (success) found = node.callee.name;
    return true;
  });
  return found;
}

/** The names Node code gives a continuation it must call once, whatever happens (Sails names a policy's `next` `proceed`). */
const CONTINUATION = /^(done|cb|callback|next|proceed)$/;

/**
 * `exits.error` when the callback answers through the `exits` of a Sails actions2 `fn(inputs,
 * exits)` around it (`exits.success(...)`): a bare `return` would leave the action pending, and
 * `exits.error(err)` answers with the failure.
 */
function sailsExits(callback: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  let found: string | undefined;
  walkTree(callback.body, sourceCode.visitorKeys, (node) => {
    if (found !== undefined || (node !== callback.body && isFunctionNode(node))) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const exits = unwrap(node.callee.object);
    if (exits.type !== AST_NODE_TYPES.Identifier || exits.name !== 'exits') return true;
    const def = findVariable(sourceCode.getScope(node), exits)?.defs[0];
    if ((def?.type as string | undefined) === 'Parameter' && def?.node !== callback) found = 'exits.error';
    return found === undefined;
  });
  return found;
}

/**
 * Whether the callback calls a parameter of a function around it named as a continuation
 * (`done(value)`): the caller waits for it. (`render(names)` is a parameter too, but nothing waits on it.)
 */
function callsOuterParameter(callback: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let found = false;
  walkTree(callback.body, sourceCode.visitorKeys, (node) => {
    if (found || (node !== callback.body && isFunctionNode(node))) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || !CONTINUATION.test(node.callee.name)) return true;
    const variable = findVariable(sourceCode.getScope(node), node.callee);
    const def = variable?.defs[0];
    found = (def?.type as string | undefined) === 'Parameter' && def?.node !== callback;
    return !found;
  });
  return found;
}

/**
 * The `reject` of the `new Promise((resolve, reject) => ...)` the callback is written in: a bare
 * `return` there would leave the promise pending forever. When the executor takes only `resolve`,
 * the fix adds `reject` to its parameters.
 */
function executorReject(callback: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): { name: string; add?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix } | undefined {
  for (let node: TSESTree.Node | undefined = callback.parent; node; node = node.parent) {
    if (!isFunctionNode(node)) continue;
    const made: TSESTree.Node = node.parent;
    if (made.type !== AST_NODE_TYPES.NewExpression || made.arguments[0] !== node || made.callee.type !== AST_NODE_TYPES.Identifier || made.callee.name !== 'Promise') continue;
    const [resolve, reject] = node.params;
    if (reject?.type === AST_NODE_TYPES.Identifier) return { name: reject.name };
    // `(resolve) =>`: `reject` is added, unless the name is used there already.
    if (reject || resolve?.type !== AST_NODE_TYPES.Identifier || /\breject\b/.test(sourceCode.getText(node))) return undefined;
    // `resolve => {`: an arrow's lone parameter may stand without parentheses.
    const parenthesized = node.type !== AST_NODE_TYPES.ArrowFunctionExpression || sourceCode.getFirstToken(node)?.value === '(';
    return { name: 'reject', add: (fixer) => (parenthesized ? fixer.insertTextAfter(resolve, ', reject') : fixer.replaceText(resolve, `(${resolve.name}, reject)`)) };
  }
  return undefined;
}

/**
 * `next` when the callback is written in an Express-style handler `(req, res, next)`: handing it
 * the error answers the request through the error middleware (a bare `return` would leave it
 * hanging).
 */
function routeNext(callback: FunctionNode): string | undefined {
  // The callback's own `next` would shadow the handler's.
  return callback.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === 'next') ? undefined : enclosingNext(callback);
}


/**
 * The response object of the request handler around the callback, when the callback answers with
 * it (`res.json(...)`, `reply.send(...)`, `res.end(...)`): a guard that only returns would leave
 * that request without an answer until the client gives up. `node` when only Node's own methods
 * are used (a plain `http.createServer` handler), whose response has no `status()`.
 */
function answeringResponse(callback: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): { name: string; node: boolean } | undefined {
  let found: { name: string; node: boolean } | undefined;
  walkTree(callback.body, sourceCode.visitorKeys, (node) => {
    if (node !== callback.body && isFunctionNode(node)) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const method = propertyName(node.callee) ?? '';
    const framework = FRAMEWORK_ANSWERS.has(method);
    if (!framework && !NODE_ANSWERS.has(method)) return true;
    const root = memberRoot(node.callee);
    if (root.type !== AST_NODE_TYPES.Identifier || (found && found.name !== root.name)) return true;
    const def = findVariable(sourceCode.getScope(node), root)?.defs[0];
    // A parameter of a function around the callback: the handler's response, not something the callback was given.
    if ((def?.type as string | undefined) !== 'Parameter' || !def || contains(callback, def.name)) return true;
    found = { name: root.name, node: (found?.node ?? true) && !framework };
    return true;
  });
  return found;
}

/** A module that imports Restify (types included): its `res.status(code)` returns the code, not `res`; `res.send(500)` answers. */
const RESTIFY = /\bfrom\s+['"]restify['"]|\brequire\(\s*['"]restify['"]\s*\)/;

/**
 * Inserts `if (err) return done(err);` at the top of a block body: `done` the caller's callback,
 * the `reject` of the promise the callback is in, or the `next` of the route handler around it;
 * with none of them, `if (err) { console.error(err); return; }`, answering with a 500 first when
 * the callback answers a request (see answeringResponse). When the call's promise hands the
 * failure on (`promiseHandsOn`), only `if (err) return;`.
 */
function guardFix(callback: FunctionNode, name: string, sourceCode: Readonly<TSESLint.SourceCode>, promiseHandsOn: boolean): { messageId: 'guardWithIfError' | 'answerWithServerError'; fix: TSESLint.ReportFixFunction } | undefined {
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const opening = sourceCode.getFirstToken(callback.body);
  if (!opening) return undefined;
  // `function (err, res) { // TODO: cache this`: the comment stays on the line it was written on, after the brace.
  const next = sourceCode.getTokenAfter(opening, { includeComments: true });
  const brace = next !== null && next.type === AST_TOKEN_TYPES.Line && next.loc.start.line === opening.loc.end.line ? next : opening;
  const first = callback.body.body[0];
  const line = sourceCode.lines[(first ?? callback.body).loc.start.line - 1] ?? '';
  const indent = first ? (/^\s*/.exec(line)?.[0] ?? '') : `${/^\s*/.exec(line)?.[0] ?? ''}  `;
  // The callback's own guard, written after the read (`const name = room.Name; if (err) return reject(err);`): moved up, not written twice.
  const late = callback.body.body.find((statement, i) => i > 0 && isLeavingGuard(statement, name));
  const before = late && sourceCode.getTokenBefore(late);
  if (late && before) {
    return {
      messageId: 'guardWithIfError',
      fix: (fixer: TSESLint.RuleFixer) => [fixer.insertTextAfter(brace, `\n${indent}${sourceCode.getText(late)}`), fixer.removeRange([before.range[1], late.range[1]])],
    };
  }
  // A callback that looks into the error (`if (err && err.code !== 'FailedOperation.ClassEnded') return done(err);`)
  // treats some failures on purpose: a guard above it would leave that code dead.
  if (readsFieldOf(callback, name)) return undefined;
  // The promise the call also returns hands the failure on (`.catch(next)`, awaited in a try): the
  // callback need only stop; handing the error on here too would do it twice (next called twice).
  if (promiseHandsOn) return { messageId: 'guardWithIfError', fix: (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(brace, `\n${indent}if (${name}) return;`) };
  const done = callersCallback(callback, sourceCode);
  const reject = done ? undefined : executorReject(callback, sourceCode);
  const handOn = done ?? reject?.name ?? routeNext(callback) ?? sailsExits(callback, sourceCode);
  // `done(res.TeacherId)`: a continuation of the caller's that is not error-first; a bare `return`
  // would leave it waiting for ever, and what it would make of the error is not known.
  if (!handOn && callsOuterParameter(callback, sourceCode)) return undefined;
  const response = handOn ? undefined : answeringResponse(callback, sourceCode);
  const answer = response && (response.node ? `${response.name}.writeHead(500).end()` : RESTIFY.test(sourceCode.text) ? `${response.name}.send(500)` : `${response.name}.status(500).send()`);
  const guard = handOn ? `if (${name}) return ${handOn}(${name});` : `if (${name}) {\n${indent}  console.error(${name});\n${indent}  return${answer ? ` ${answer}` : ''};\n${indent}}`;
  return {
    messageId: answer ? 'answerWithServerError' : 'guardWithIfError',
    fix: (fixer: TSESLint.RuleFixer) => {
      const inserted = fixer.insertTextAfter(brace, `\n${indent}${guard}`);
      return reject?.add ? [reject.add(fixer), inserted] : inserted;
    },
  };
}

/**
 * `if (err) reject(err);` (or `done(err)`, `next(err)`: a parameter of a function around the callback) with no `return`
 * after the hand-on, followed by a read of the response: the call that hands the error on, and
 * that read. Execution goes on past the hand-on, to a response that is null when the call failed
 * (a TypeError, thrown where no handler sees it), and settles or calls back a second time.
 */
function readAfterHandingOn(callback: FunctionNode, name: string, response: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): { handOn: TSESTree.CallExpression; read: TSESTree.MemberExpression } | undefined {
  const body = callback.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const guard = body.body.find((statement): statement is TSESTree.IfStatement => statement.type === AST_NODE_TYPES.IfStatement && statement.test.type === AST_NODE_TYPES.Identifier && statement.test.name === name);
  if (!guard || guard.alternate) return undefined;
  const only = guard.consequent.type === AST_NODE_TYPES.BlockStatement && guard.consequent.body.length === 1 ? guard.consequent.body[0] : guard.consequent;
  const handOn = only?.type === AST_NODE_TYPES.ExpressionStatement ? unwrap(only.expression) : undefined;
  if (handOn?.type !== AST_NODE_TYPES.CallExpression || !handOn.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === name)) return undefined;
  // Handed to a parameter (the executor's `reject`, the caller's `done`, a route's `next`): it returns
  // and the code goes on. (A function of the project may always throw; a log is read on its own.)
  // Or a method of one (Sails' `exits.error(err)`).
  const called = unwrap(handOn.callee);
  const callee = called.type === AST_NODE_TYPES.MemberExpression ? unwrap(called.object) : called;
  const definition = callee.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(handOn), callee)?.defs[0] : undefined;
  if ((definition?.type as string | undefined) !== 'Parameter') return undefined;
  const variable = sourceCode.getDeclaredVariables(callback).find((v) => v.name === response.name);
  const reads = variable?.references.map((reference) => reference.identifier).filter((identifier) => identifier.range[0] > guard.range[1]) ?? [];
  const read = reads.map((identifier) => unguardedField(identifier, body)).filter((found) => found !== undefined).sort(byPosition)[0];
  return read ? { handOn, read } : undefined;
}

/**
 * `res.Name` for `res` read in a statement of `body` itself, not behind a test (`if (res)`, `res &&`,
 * `?:`, `res?.Name`): a read that throws when the response is null.
 */
function unguardedField(identifier: TSESTree.Node, body: TSESTree.BlockStatement): TSESTree.MemberExpression | undefined {
  const field = identifier.parent;
  if (field?.type !== AST_NODE_TYPES.MemberExpression || field.object !== identifier || field.optional) return undefined;
  for (let node: TSESTree.Node = field; node.parent && node.parent !== body; node = node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (isFunctionNode(parent) || parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression || parent.type === AST_NODE_TYPES.LogicalExpression) return undefined;
  }
  return field;
}

/** Whether the callback reads a field of its error (`err.code`), or destructures it. */
function readsFieldOf(callback: FunctionNode, name: string): boolean {
  let reads = false;
  walkTree(callback.body, undefined, (node) => {
    if (reads) return false;
    const holder = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.ObjectPattern ? node.init : undefined;
    reads = holder?.type === AST_NODE_TYPES.Identifier && holder.name === name;
    return !reads;
  });
  return reads;
}

/** `if (err) return done(err);`, `if (err) { log(err); throw err; }`: a test of the error alone whose branch always leaves. */
function isLeavingGuard(statement: TSESTree.Statement, name: string): boolean {
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || statement.test.type !== AST_NODE_TYPES.Identifier || statement.test.name !== name) return false;
  const last = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body.at(-1) : statement.consequent;
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
}

/** How often the parameter `binding` is read, through the scope manager (so shadowing is respected). */
function readCount(binding: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): number {
  const variable = sourceCode.getDeclaredVariables(binding.parent).find((v) => v.name === binding.name);
  return variable?.references.filter((reference) => reference.isRead()).length ?? 0;
}

/**
 * The throws of an international SDK call's callback that its failures reach. That SDK calls the
 * callback from inside its own promise chain and keeps no hold of the promise: what the callback
 * throws becomes an unhandled rejection, which stops Node.
 */
function throwsInIntlCallback(call: LcicCall, flow: FailureFlow | undefined): TSESTree.Node[] {
  const callback = call.callback;
  if (call.kind !== 'intl-sdk' || !callback || !flow) return [];
  // A `throw`, or a call that throws there: `assert.ifError(err)`, a function of the project that
  // always throws, or one the flow followed into and left by a `throw` (reported at the call).
  const throwing = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.CallExpression;
  const inCallback = (node: TSESTree.Node | undefined): node is TSESTree.Node => node !== undefined && rootOf(node) === rootOf(callback) && contains(callback, node);
  return [...flow.exits.values()].flatMap((point) => {
    // `reject(err)` of a promise made around the call is no throw (see FailureFlow's settles).
    if (point.kind !== Exit.Throw || !throwing(point.node) || flow.rejections.has(point.node) || !point.masks.some(Boolean)) return [];
    const at = inCallback(point.node) ? point.node : point.entry;
    return inCallback(at) ? [at] : [];
  });
}

/**
 * `promisify(client.DescribeRoom)`: the SDK's methods call `this.request(...)`, and promisify calls
 * them with no `this`, so every call fails with a TypeError before it reaches LCIC.
 */
function unboundClientMethod(node: TSESTree.CallExpression, resolver: ValueResolver): { method: TSESTree.Node; client: TSESTree.Node | undefined } | undefined {
  const [method] = node.arguments;
  if (calleeName(node) !== 'promisify' || !method) return undefined;
  // `promisify(client.X).bind(client)`, `.call(client, req)`: promisify hands its own `this` on to the method.
  const outer = node.parent;
  if (outer.type === AST_NODE_TYPES.MemberExpression && outer.object === node && ['bind', 'call', 'apply'].includes(propertyName(outer) ?? '')) return undefined;
  // `Meteor.promisify(intl.DescribeRoom, intl)`: Meteor's takes the `this` to call it with second.
  if (node.arguments.length > 1 && isMeteorMember(node.callee)) return undefined;
  if (resolver.resolve(method)?.kind !== 'client-method') return undefined;
  if (method.type === AST_NODE_TYPES.MemberExpression) return { method, client: method.object };
  // `const { EndRoom } = client` or `const end = client.EndRoom`, then `promisify(EndRoom)`; not `client.EndRoom.bind(client)`.
  const taken = method.type === AST_NODE_TYPES.Identifier ? takenFrom(method, resolver) : undefined;
  return taken ? { method, client: taken.client } : undefined;
}

/** Where a name holding a client's method took it from: the client, unless it was bound on the way. */
function takenFrom(name: TSESTree.Identifier, resolver: ValueResolver): { client: TSESTree.Node } | undefined {
  const declarator = resolver.declaratorOf(name);
  const init = declarator?.init && unwrap(declarator.init);
  if (!declarator || !init) return undefined;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) return { client: init };
  return init.type === AST_NODE_TYPES.MemberExpression ? { client: init.object } : undefined;
}

/** Whether a function (not an arrow, which has none of its own) reads its `arguments`. */
function readsArguments(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  return (sourceCode.getScope(fn).set.get('arguments')?.references.length ?? 0) > 0;
}

/**
 * `await intl.DescribeRoom(req)`: the international SDK's action methods take `(req, cb)` and
 * return nothing (unless promisified). With no argument after the request, there is no callback.
 * (The generic `request(action, ...)` takes more arguments; a client taken by name may not be that SDK's, unless the project uses only it.)
 */
function lacksCallback(call: LcicCall): boolean {
  if (call.kind !== 'intl-sdk' || call.promisified || sdkUnknown(call)) return false;
  const callee = call.node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  // `intl.DescribeRoom(req)`, and `request('DescribeRoom', req[, options])` of its client or its CommonClient.
  if (callee.property.name === 'request') return !call.callback && call.node.arguments.length <= 3;
  return callee.property.name === call.action && call.node.arguments.length <= 1;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require callback-form LCIC calls to check the error before using the response, and to handle the returned promise',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    messages: {
      missingErrorParameter: 'The callback of {{action}} takes no parameters, so its failure goes unnoticed: the first one is the error.',
      errorNotChecked: "'{{name}}' is never read: when {{action}} fails, the callback goes on as if it had worked.",
      responseBeforeError: "'{{response}}' is read where {{action}} may have failed, and then it is null. Check '{{name}}' first.",
      destructuredResponse: 'The response of {{action}} is destructured in the parameters, but it is null when the call fails: a TypeError.',
      floatingPromise: '{{action}} also returns a promise that rejects when the call fails; unhandled, the rejection crashes Node.',
      throwInIntlCallback:
        "Thrown in the international SDK's callback, this failure of {{action}} reaches no handler: the SDK calls back from inside a promise it keeps no hold of, so the throw is an unhandled rejection, which stops Node. Hand the error to a callback or a promise's reject instead.",
      unboundMethod: "promisify({{text}}) calls the method without its client: the SDK's methods use 'this', so every call fails with a TypeError before it reaches LCIC. Bind it: promisify({{text}}.bind({{client}})).",
      missingCallback:
        "The international SDK's {{action}} answers only through a callback, and none is given: the call returns nothing to await or chain, and when the answer comes the SDK calls the missing callback, which throws where no handler sees it.",
      guardWithIfError: 'Return early when {{name}} is set',
      returnAfterHandingOn: 'Return where {{name}} is handed on',
      answerWithServerError: 'Log {{name}} and answer the request with a 500 when it is set',
      catchPromise: 'Catch the returned promise (the callback already received the error)',
      bindMethod: 'Bind the method to its client: {{text}}.bind({{client}})',
    },
    schema: [],
  },
  translations: {
    'zh-CN': {
      missingErrorParameter: '{{action}} 的回调没有声明参数，调用失败时无人察觉：第一个参数就是错误。',
      errorNotChecked: "从未读取 '{{name}}'：{{action}} 失败时，回调仍会当作成功继续执行。",
      responseBeforeError: "在 {{action}} 可能已失败的路径上读取了 '{{response}}'，此时它为 null。请先检查 '{{name}}'。",
      destructuredResponse: '{{action}} 的响应在参数中被解构，但调用失败时它为 null，会抛出 TypeError。',
      floatingPromise: '{{action}} 同时返回一个 Promise，调用失败时会被拒绝；不处理的话，未捕获的拒绝会让 Node 进程崩溃。',
      missingCallback: '国际版 SDK 的 {{action}} 只通过回调给出结果，而这里没有传回调：调用不返回任何可以 await 或链式处理的值；结果返回时 SDK 会调用这个不存在的回调并抛出错误，没有任何处理逻辑能看到。',
      throwInIntlCallback: '在国际版 SDK 的回调中抛出，{{action}} 的这个失败没有任何处理逻辑能接住：SDK 在它自己的 Promise 里调用回调，却不持有这个 Promise，于是抛出的错误成为未处理的拒绝，使 Node 进程退出。请把错误交给回调或 Promise 的 reject。',
      unboundMethod: "promisify({{text}}) 调用方法时没有绑定客户端：SDK 的方法依赖 'this'，每次调用都会在到达 LCIC 之前因 TypeError 失败。请绑定：promisify({{text}}.bind({{client}}))。",
      guardWithIfError: '{{name}} 存在时提前返回',
      returnAfterHandingOn: '把 {{name}} 交出去之后立即返回',
      answerWithServerError: '{{name}} 存在时记录它，并以 500 响应该请求',
      catchPromise: '捕获返回的 Promise（错误已经交给回调）',
      bindMethod: '把方法绑定到它的客户端：{{text}}.bind({{client}})',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** `promiseHandsOn`: the promise the call also returns hands the failure on (see promiseHandsOn). */
    function checkCallback(call: LcicCall, callback: FunctionNode, responseUses: readonly TSESTree.Node[], promiseHandsOn: boolean): void {
      const action = call.action ?? 'The call';
      const [errorParam, responseParam] = argumentParameters(callback);
      // `function () { cb.apply(null, arguments); }`: what it is given goes on whole, the error first (not followed further).
      if (readsArguments(callback, sourceCode)) return;
      if (!errorParam) {
        // A callback that takes nothing drops nothing when the call's promise hands the failure on.
        if (!promiseHandsOn) context.report({ loc: (sourceCode.getFirstToken(callback) ?? callback).loc, messageId: 'missingErrorParameter', data: { action } });
        return;
      }
      if (responseParam?.type === AST_NODE_TYPES.ObjectPattern || responseParam?.type === AST_NODE_TYPES.ArrayPattern) {
        context.report({ node: responseParam, messageId: 'destructuredResponse', data: { action } });
      }
      if (errorParam.type !== AST_NODE_TYPES.Identifier) return; // an unusual shape: say nothing rather than guess
      const name = errorParam.name;
      const guard = guardFix(callback, name, sourceCode, promiseHandsOn);
      const suggest = guard ? [{ ...guard, data: { name } }] : [];
      // Unless the call's promise hands the failure on: then only a read of the (null) response is wrong.
      if (readCount(errorParam, sourceCode) === 0 && !promiseHandsOn) {
        context.report({ node: errorParam, messageId: 'errorNotChecked', data: { name, action }, suggest });
        return;
      }
      if (responseParam?.type !== AST_NODE_TYPES.Identifier) return;
      // A read of the response on a path where the call failed: the response is null there. Or
      // `if (err) reject(err);` with no return: the error is handed on, and the callback goes on to the response all the same.
      const goesOn = readAfterHandingOn(callback, name, responseParam, sourceCode);
      const read = [...responseUses].sort(byPosition)[0] ?? goesOn?.read;
      if (!read) return;
      context.report({
        node: read,
        messageId: 'responseBeforeError',
        data: { name, response: responseParam.name, action },
        suggest: goesOn ? [{ messageId: 'returnAfterHandingOn', data: { name }, fix: (fixer) => fixer.insertTextBefore(goesOn.handOn, 'return ') }] : suggest,
      });
    }

    const listeners = onFileFacts(context, (facts) => {
      for (const call of facts.calls) if (lacksCallback(call)) context.report({ node: call.node, messageId: 'missingCallback', data: { action: call.action ?? 'method' } });
      // `client.DeleteRoom(req, _.noop)`: lodash's function that does nothing, given as the callback, takes no error.
      for (const call of facts.calls) {
        const given = call.callback || (call.kind !== 'sdk' && call.kind !== 'intl-sdk') ? undefined : call.node.arguments.at(-1);
        // (As for a callback that takes nothing: unless the call's promise hands the failure on.)
        if (given && call.node.arguments.length > 1 && facts.finder.resolver.lodashFunctionOf(given) === 'noop' && !callbackPromiseHandsOn([call], facts.finder.resolver)) {
          context.report({ node: given, messageId: 'missingErrorParameter', data: { action: call.action ?? 'The call' } });
        }
      }
      for (const group of facts.groups) {
        const [call] = group.calls;
        if (group.handler.kind !== 'callback' || !call?.callback || call.kind === 'raw-http') continue;
        const flow = facts.failureFlow(group);
        checkCallback(call, call.callback, flow?.responseUses ?? [], callbackPromiseHandsOn([call], facts.finder.resolver));
        for (const thrown of throwsInIntlCallback(call, flow)) context.report({ node: thrown, messageId: 'throwInIntlCallback', data: { action: call.action ?? 'the call' } });
        // The international SDK returns nothing; the others return a promise that also rejects. A client
        // taken by its name alone may be either: nothing is said of a promise it may not return.
        const floating = returnsFailingPromise(call) ? floatingChainEnd(call.node, facts.finder.resolver) : undefined;
        if (floating) {
          context.report({
            node: floating,
            messageId: 'floatingPromise',
            data: { action: call.action ?? 'The call' },
            suggest: [{ messageId: 'catchPromise', fix: (fixer) => fixer.insertTextAfter(floating, '.catch(() => undefined)') }],
          });
        }
      }
    });
    return {
      ...listeners,
      // On the way out of each call, so as not to share a key with the facts' own listener.
      'CallExpression:exit'(node: TSESTree.CallExpression) {
        if (calleeName(node) !== 'promisify') return;
        const unbound = unboundClientMethod(node, getFileFacts(context).finder.resolver);
        // The method's text here, and its client's where it was taken from: only a plain name of this file is offered as `this`.
        if (!unbound?.client || rootOf(unbound.client) !== sourceCode.ast) return;
        const { method } = unbound;
        const text = sourceCode.getText(method);
        const client = sourceCode.getText(unbound.client);
        const bindable = unwrap(unbound.client).type === AST_NODE_TYPES.Identifier || unwrap(unbound.client).type === AST_NODE_TYPES.ThisExpression;
        context.report({
          node: method,
          messageId: 'unboundMethod',
          data: { text, client },
          suggest: bindable ? [{ messageId: 'bindMethod', data: { text, client }, fix: (fixer) => fixer.replaceText(method, `${text}.bind(${client})`) }] : [],
        });
      },
    };
  },
});
