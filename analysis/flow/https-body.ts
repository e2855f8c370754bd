/**
 * Where the body of Node's `https.request` can be read. Its response comes as a stream, in the
 * call's callback: a `data` listener gathers the chunks into a name, and an `end` listener reads
 * that name whole (`JSON.parse(data)`), checks it, and often settles a promise made around the call
 * (`resolve(JSON.parse(data))`). The body's flow is the `end` listener's, with every read of the
 * gathered name standing for the body's text.
 *
 * Code that gathers the chunks another way (`for await (const chunk of res)`, a stream helper)
 * gives no input: the rule says nothing of it.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, enclosingFunction, findVariable, isPromiseExecutor, propertyName, stringLiteralValue, unwrap, walkTree, type FunctionNode } from '../ast.js';
import type { ValueResolver } from '../resolve-value.js';
import type { SourceFile } from '../source-file.js';
import { RawBodyFlow, type RawFlowInput } from './raw-flow.js';
import { awaited } from './symbols.js';

const BODY_TEXT = { kind: 'body-text' } as const;

/** The flow input of an `https.request(options, (res) => ...)` call's body; undefined when its shape is not the one above. */
export function httpsBodyInput(call: TSESTree.CallExpression, resolver: ValueResolver, source: SourceFile, answersThrough?: TSESTree.Identifier): RawFlowInput | undefined {
  const callback = resolver.functionOf(call.arguments.at(-1));
  if (!callback) return undefined;
  const onData = streamListener(callback, 'data', resolver, source);
  const onEnd = streamListener(callback, 'end', resolver, source);
  const gathered = onData && gatheredName(onData, source);
  if (!onEnd || !gathered) return undefined;
  const variable = findVariable(source.getScope(gathered), gathered);
  if (!variable) return undefined;
  const reads = variable.references.filter((reference) => reference.isRead() && contains(onEnd, reference.identifier)).map((reference) => reference.identifier);
  return { call: undefined, start: BODY_TEXT, startNodes: reads, scope: onEnd.body, fn: onEnd, answersThrough };
}

/**
 * The flow of an `https.request` call's body: its `end` listener's; or, when that listener only
 * settles a promise made around the call with the body (`resolve(data)`) and the function awaits
 * that promise where it makes it (`const text = await new Promise(...)`), the flow from there on.
 * `answersThrough`: the callback parameter of the helper around the call, when it answers through one.
 */
export function followHttpsBody(call: TSESTree.CallExpression, resolver: ValueResolver, source: SourceFile, answersThrough?: TSESTree.Identifier): RawBodyFlow | undefined {
  const input = httpsBodyInput(call, resolver, source, answersThrough);
  if (!input) return undefined;
  const inEnd = new RawBodyFlow(source, resolver, input).run();
  const executor = enclosingFunction(call);
  const made = isPromiseExecutor(executor) ? executor.parent : undefined;
  if (made?.type !== AST_NODE_TYPES.NewExpression || inEnd.uses.length > 0 || isReturned(made)) return inEnd;
  const [settledWith] = inEnd.returned;
  const body = settledWith && inEnd.symbolOf(settledWith);
  if (!body) return inEnd;
  const fn = enclosingFunction(made);
  return new RawBodyFlow(source, resolver, { call: made, start: { kind: 'promise', of: awaited(body) ?? body }, scope: fn ? fn.body : source.ast, fn }).run();
}

/** `return new Promise(...)`, or an arrow's body: the caller gets the promise. */
function isReturned(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node);
}

/** The function given to `x.on(event, fn)` (or `once`) in the callback. */
function streamListener(callback: FunctionNode, event: string, resolver: ValueResolver, source: SourceFile): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  walkTree(callback.body, source.visitorKeys, (node) => {
    if (found) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const method = propertyName(node.callee);
    if ((method === 'on' || method === 'once') && stringLiteralValue(node.arguments[0]) === event) found = resolver.functionOf(node.arguments[1]);
    return !found;
  });
  return found;
}

/** The name a `data` listener gathers the chunks into: `data += chunk`, `chunks.push(chunk)`, `buf = Buffer.concat([buf, chunk])`. */
function gatheredName(onData: FunctionNode, source: SourceFile): TSESTree.Identifier | undefined {
  const [chunk] = onData.params;
  if (chunk?.type !== AST_NODE_TYPES.Identifier) return undefined;
  let found: TSESTree.Identifier | undefined;
  walkTree(onData.body, source.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier && mentions(node.right, chunk.name, source)) found = node.left;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(node.callee) === 'push') {
      const list = unwrap(node.callee.object);
      if (list.type === AST_NODE_TYPES.Identifier && node.arguments.some((argument) => mentions(argument, chunk.name, source))) found = list;
    }
    return !found;
  });
  return found;
}

function mentions(node: TSESTree.Node, name: string, source: SourceFile): boolean {
  let seen = false;
  walkTree(node, source.visitorKeys, (inner) => {
    if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) seen = true;
    return !seen;
  });
  return seen;
}
