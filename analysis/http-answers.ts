/**
 * The methods that answer an HTTP request, for the rules that need to know when code after a
 * failure has already answered (a rethrow there comes too late) or how a callback answers (a
 * guard must answer the same way), and for the handler flow, which reads a success sent as the
 * last thing a handler does as an answer (see answeredSuccess).
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap } from './ast.js';

/** Methods of Express's `res` and Fastify's `reply` that answer the request (or set its status first). */
export const FRAMEWORK_ANSWERS: ReadonlySet<string> = new Set(['json', 'send', 'status', 'code', 'render', 'redirect', 'sendStatus', 'jsonp', 'sendFile']);

/** Methods of Node's own `http.ServerResponse`, which has no `status()` or `send()`. */
export const NODE_ANSWERS: ReadonlySet<string> = new Set(['end', 'writeHead', 'write']);

/** Those of them that send the answer, rather than set its status or headers, or write part of it. */
export const SENDING_ANSWERS: ReadonlySet<string> = new Set([...FRAMEWORK_ANSWERS, ...NODE_ANSWERS].filter((method) => !['status', 'code', 'writeHead', 'write'].includes(method)));

/** `true`, `{ success: true }`, `{ ok: true }`: a value that tells its receiver all went well. */
export function isSuccessLiteral(node: TSESTree.Node): boolean {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === true;
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return value.properties.some(
    (p) =>
      p.type === AST_NODE_TYPES.Property &&
      p.key.type === AST_NODE_TYPES.Identifier &&
      (p.key.name === 'success' || p.key.name === 'ok') &&
      p.value.type === AST_NODE_TYPES.Literal &&
      p.value.value === true,
  );
}

/** The methods that send the body given to them: Express's `res.json`, Restify's `res.send`, the Fetch API's `Response.json`, Hono's `c.json`. */
const BODY_SENDERS: ReadonlySet<string> = new Set(['json', 'send', 'jsonp']);

/** The body a call sends as an answer: `res.json(body)`, `Response.json(body)`, Sails' `res.ok(body)` and `exits.success(body)`, or after a status (`res.send(200, body)`, Restify's form). */
export function sentBody(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = propertyName(call.callee) ?? '';
  // Sails: `res.ok(body)` of a classic action, `exits.success(body)` of an actions2 one.
  const receiver = unwrap(call.callee.object);
  const sails = receiver.type === AST_NODE_TYPES.Identifier && ((receiver.name === 'res' && method === 'ok') || (receiver.name === 'exits' && method === 'success'));
  if (sails) return call.arguments[0];
  if (!BODY_SENDERS.has(method)) return undefined;
  const [first, second] = call.arguments;
  if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'number') return first.value >= 200 && first.value < 300 ? second : undefined;
  return first;
}

/** A success literal, or an answer that sends one (`Response.json({ ok: true })`, `res.send(200, { ok: true })`). */
export function isSuccessAnswer(node: TSESTree.Node): boolean {
  if (isSuccessLiteral(node)) return true;
  const value = unwrap(node);
  const body = value.type === AST_NODE_TYPES.CallExpression ? sentBody(value) : undefined;
  return body !== undefined && isSuccessLiteral(body);
}

/**
 * The success a statement sends as an HTTP answer, when it sends one: `ctx.body = { ok: true }`
 * (Koa), `res.json({ ok: true })`, `res.status(200).send(true)`, `res.send(200, { ok: true })`,
 * `await reply.send({ success: true })`.
 */
export function answeredSuccess(statement: TSESTree.ExpressionStatement): TSESTree.Node | undefined {
  let value = unwrap(statement.expression);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
  if (value.type === AST_NODE_TYPES.AssignmentExpression) {
    const { left, right, operator } = value;
    return operator === '=' && left.type === AST_NODE_TYPES.MemberExpression && propertyName(left) === 'body' && isSuccessLiteral(right) ? right : undefined;
  }
  const sent = value.type === AST_NODE_TYPES.CallExpression ? sentBody(value) : undefined;
  return sent && isSuccessLiteral(sent) ? sent : undefined;
}
