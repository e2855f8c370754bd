/**
 * The RequestId is the one thing Tencent Cloud support asks for. A handler that rethrows a new
 * error built from the LCIC error's message, logs only the message, or answers its caller with
 * only the message (`res.status(500).json({ error: err.message })`), throws it away; so does a
 * raw call's `throw new Error(body.Response.Error.Code)`, which leaves `Response.RequestId` behind.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { argumentParameters, calleeName, contains, enclosingFunction, isFunctionNode, isLogCall, keyName, memberRoot, propertyName, rootOf, unwrap, walkTree } from '../analysis/ast.js';
import type { ErrorHandler } from '../analysis/error-handlers.js';
import { failuresCarryCodes, onFileFacts } from '../analysis/facts.js';
import type { LcicCallFinder } from '../analysis/find-lcic-calls.js';
import { readSettings } from '../analysis/settings.js';
import { createRule } from './shared/create-rule.js';
import { listActions } from './shared/wording.js';

export type Options = [];
export type MessageIds = 'newErrorLosesRequestId' | 'errorAfterMessageDropped' | 'thrownCallLosesRequestId' | 'thrownTextLosesRequestId' | 'handedCallLosesRequestId' | 'helperLogsMessageOnly' | 'helperAnswersMessageOnly' | 'logsMessageOnly' | 'answerLosesRequestId' | 'addCause' | 'addOriginalError' | 'logWholeError' | 'addErrorToFields' | 'addRequestIdToFields' | 'giveErrorAsFields' | 'addRequestId' | 'addResponseRequestId';

/**
 * How to read the RequestId off the error: `err.requestId`, or, in TypeScript, where the error's
 * type has no `requestId` (`unknown`, a catch clause's under `strict`, or `Error` itself:
 * `.catch((err: Error) => ...)`), through a cast that compiles.
 */
function requestIdOf(param: TSESTree.Identifier, typescript: boolean): string {
  return typescript && (mayBeUnknown(param) || typedError(param)) ? `(${param.name} as { requestId?: string }).requestId` : `${param.name}.requestId`;
}

/** Whether a parameter is declared `Error`, whose type has no `requestId`. */
function typedError(param: TSESTree.Identifier): boolean {
  const declared = param.typeAnnotation?.typeAnnotation;
  return declared?.type === AST_NODE_TYPES.TSTypeReference && declared.typeName.type === AST_NODE_TYPES.Identifier && declared.typeName.name === 'Error';
}

/** Whether the error may be typed `unknown`: declared so, or a catch clause's without a type (under `strict`). */
function mayBeUnknown(param: TSESTree.Identifier): boolean {
  const declared = param.typeAnnotation?.typeAnnotation.type;
  return declared === AST_NODE_TYPES.TSUnknownKeyword || (declared === undefined && param.parent.type === AST_NODE_TYPES.CatchClause);
}

/** Adds `requestId: err.requestId` next to `error: err.message` in an object literal (one whose expected type takes the key). */
function addRequestId(message: TSESTree.Node, read: string, finder: LcicCallFinder) {
  const property = message.parent;
  // `{ message }`: a shorthand property's name is its value too.
  const isValue = property?.type === AST_NODE_TYPES.Property && (property.value === message || (property.shorthand && property.key === message));
  if (!isValue || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // The options of a constructor (`new Notification({ body: err.message })`) take only the keys its type has.
  if (property.parent.parent.type === AST_NODE_TYPES.NewExpression) return undefined;
  if (property.parent.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'requestId')) return undefined;
  if (!finder.objectTakesKey(property.parent, 'requestId')) return undefined;
  // What a GraphQL resolver returns is read through its schema type, which drops a key it does not declare.
  if (resolvesGraphQlField(property.parent)) return undefined;
  return (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(property, `, requestId: ${read}`);
}

/** The root types of a GraphQL schema, whose resolvers sit under these keys of a resolver map. */
const GRAPHQL_ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);
/** The decorators of a resolver method: NestJS's GraphQL module and type-graphql. */
const RESOLVER_DECORATORS: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField', 'FieldResolver']);

/**
 * Whether `answer` is written in a GraphQL resolver: a function under `Query`, `Mutation` or
 * `Subscription` in a resolver map (`{ Mutation: { createClass: async () => ... } }`), or a method
 * decorated `@Query()`, `@Mutation()`, `@ResolveField()`.
 */
function resolvesGraphQlField(answer: TSESTree.Node): boolean {
  const fn = enclosingFunction(answer);
  const holder = fn?.parent;
  if (holder?.type === AST_NODE_TYPES.MethodDefinition) {
    return holder.decorators.some((decorator) => {
      const expression = unwrap(decorator.expression);
      const name = expression.type === AST_NODE_TYPES.CallExpression ? calleeName(expression) : expression.type === AST_NODE_TYPES.Identifier ? expression.name : undefined;
      return name !== undefined && RESOLVER_DECORATORS.has(name);
    });
  }
  const map = holder?.type === AST_NODE_TYPES.Property ? holder.parent : undefined;
  const type = map?.type === AST_NODE_TYPES.ObjectExpression ? map.parent : undefined;
  return type?.type === AST_NODE_TYPES.Property && GRAPHQL_ROOT_TYPES.has(keyName(type.key, type.computed) ?? '');
}

/** Where a new error takes its cause: the option's name, and which argument is the options object. */
interface CauseOption {
  readonly key: 'cause' | 'originalError';
  readonly options: 0 | 1;
}

/**
 * The option a new error keeps its cause in: `cause` (Error's own, and its subclasses'), graphql's
 * `GraphQLError` its `originalError`, tRPC's `TRPCError` a `cause` in the one object it takes
 * (`new TRPCError({ code, message, cause })`). Undefined where adding one would not compile or would be
 * dropped: a class of a package this rule does not know (bullmq's `UnrecoverableError(message)`),
 * a constructor of the project that does not hand its second argument to `super`, and, with type
 * information, a constructor whose second parameter takes no `cause` (Error's own under a `lib`
 * older than ES2022).
 */
function causeOption(node: TSESTree.NewExpression, finder: LcicCallFinder): CauseOption | undefined {
  const { resolver } = finder;
  const name = calleeName(node);
  const library = resolver.thirdPartyPackageOf(node.callee);
  if (library === 'graphql' && name === 'GraphQLError') return { key: 'originalError', options: 1 };
  if (library === '@trpc/server' && name === 'TRPCError') return { key: 'cause', options: 0 };
  if (library !== undefined) return KEEPS_CAUSE.has(library) ? { key: 'cause', options: 1 } : undefined;
  // `new Meteor.Error(...)`, a class of a global object nobody declared here: its second argument is its own (Meteor's `reason`).
  const root = memberRoot(node.callee);
  if (node.callee.type === AST_NODE_TYPES.MemberExpression && root.type === AST_NODE_TYPES.Identifier && resolver.isGlobal(root)) return undefined;
  // The project's own constructor decides where its second argument goes; the checker, whether it compiles.
  const made = resolver.resolve(node.callee);
  const constructor = made?.kind === 'class' ? resolver.effectiveConstructor(made.node) : undefined;
  if (constructor && !passesOptionsToSuper(constructor)) return undefined;
  // `class RoomGone extends NotFound {}` of '@feathersjs/errors': the package's constructor takes the arguments, as it does for its own class.
  const inherited = made?.kind === 'class' && !constructor ? packageOfBase(made.node, finder) : undefined;
  if (inherited !== undefined && !KEEPS_CAUSE.has(inherited)) return undefined;
  // Without the checker, the tsconfig's lib says whether Error takes options at all (ES2022).
  const takes = finder.constructorTakesCause(node) ?? finder.tsconfigHasErrorCause();
  return takes === false ? undefined : { key: 'cause', options: 1 };
}

/** The package the class's chain of bases reaches, when one of them is a package's class. */
function packageOfBase(declared: TSESTree.ClassDeclaration | TSESTree.ClassExpression, finder: LcicCallFinder, depth = 0): string | undefined {
  const base = declared.superClass;
  if (!base || depth > 4) return undefined;
  const library = finder.resolver.thirdPartyPackageOf(base);
  if (library !== undefined) return library;
  const made = finder.resolver.resolve(base);
  return made?.kind === 'class' ? packageOfBase(made.node, finder, depth + 1) : undefined;
}

/**
 * `constructor(message, options) { super(message, options); }`, or `(...args)` handed on whole:
 * the second argument reaches Error, which keeps its `cause`. (`constructor(message, code)` that
 * stores `code` would take the options object for a code.)
 */
function passesOptionsToSuper(constructor: TSESTree.MethodDefinition): boolean {
  const params = constructor.value.params;
  const nameOf = (param: TSESTree.Parameter | undefined): string | undefined => {
    if (param?.type === AST_NODE_TYPES.Identifier) return param.name;
    if (param?.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left.name;
    return param?.type === AST_NODE_TYPES.RestElement && param.argument.type === AST_NODE_TYPES.Identifier ? param.argument.name : undefined;
  };
  const rest = params.find((param) => param.type === AST_NODE_TYPES.RestElement);
  const second = rest === params[0] ? undefined : nameOf(params[1]);
  return (constructor.value.body?.body ?? []).some((statement) => {
    const call = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Super) return false;
    return call.arguments.some(
      (argument, i) =>
        (i === 1 && argument.type === AST_NODE_TYPES.Identifier && argument.name === second) ||
        (argument.type === AST_NODE_TYPES.SpreadElement && argument.argument.type === AST_NODE_TYPES.Identifier && argument.argument.name === nameOf(rest)),
    );
  });
}

/**
 * Whether a log function takes the error as one more argument: one of a package or the platform
 * (`console.error`, pino) is taken to; a function of the project only when it has a parameter
 * there (or a rest parameter) that is untyped, `unknown` or `any`. `(msg: string, fields?:
 * Record<string, unknown>)` would not compile with it, and a function without the parameter drops it.
 */
function takesOneMore(call: TSESTree.CallExpression, finder: LcicCallFinder): boolean {
  // hapi's `request.log(['lcic', 'error'], data)` and `server.log(tags, data, timestamp)`: tags first,
  // one piece of data, and what comes after it is a timestamp or dropped.
  if (call.arguments[0]?.type === AST_NODE_TYPES.ArrayExpression) return false;
  const fn = finder.resolver.functionOf(call.callee);
  // A package's (or the platform's) log function: its declared signature, when the checker is there.
  if (!fn) return finder.callTakesOneMore(call) ?? true;
  const params = argumentParameters(fn);
  const next = params[call.arguments.length] ?? params.find((param) => param.type === AST_NODE_TYPES.RestElement);
  const declared = next?.type === AST_NODE_TYPES.AssignmentPattern ? next.left : next;
  if (!declared || !('typeAnnotation' in declared)) return declared !== undefined;
  // `...rest: unknown[]`: what each element may be.
  const annotation = declared.typeAnnotation?.typeAnnotation;
  const type = annotation?.type === AST_NODE_TYPES.TSArrayType && declared.type === AST_NODE_TYPES.RestElement ? annotation.elementType : annotation;
  return type === undefined || type.type === AST_NODE_TYPES.TSUnknownKeyword || type.type === AST_NODE_TYPES.TSAnyKeyword;
}

/**
 * `logger.error({ roomId }, \`failed: ${err.message}\`)`: pino and bunyan take the fields first and
 * the message after, and drop arguments past the message; the error goes into the fields, under
 * `err`, the key their error serializer reads (also when the fields read the error already:
 * `{ code: err.code }`). Undefined when the call does not start with an object literal, or it has
 * an `err` already.
 */
function errorInFields(call: TSESTree.CallExpression, name: string, sourceCode: Readonly<TSESLint.SourceCode>) {
  const [fields] = call.arguments;
  if (fields?.type !== AST_NODE_TYPES.ObjectExpression || hasKey(fields, 'err')) return undefined;
  const text = name === 'err' ? 'err' : `err: ${name}`;
  return { text, fix: addProperty(fields, text, sourceCode) };
}

/**
 * `logger.error(err.message, { code: err.code })`: winston and firebase-functions' logger read an
 * object given last as the entry's fields, and an argument after it would turn them into text.
 * The RequestId goes into those fields (`read`: how to read it off the error). Undefined when the
 * call does not end with an object literal after something else, or it has a `requestId` already.
 */
function requestIdInTrailingFields(call: TSESTree.CallExpression, read: string, sourceCode: Readonly<TSESLint.SourceCode>) {
  const fields = call.arguments.at(-1);
  if (call.arguments.length < 2 || fields?.type !== AST_NODE_TYPES.ObjectExpression || hasKey(fields, 'requestId')) return undefined;
  const text = `requestId: ${read}`;
  return { text, fix: addProperty(fields, text, sourceCode) };
}

const hasKey = (object: TSESTree.ObjectExpression, key: string) => object.properties.some((p) => p.type === AST_NODE_TYPES.Property && keyName(p.key, p.computed) === key);

/** Adds `text` as the last property of an object literal (after a trailing comma when there is one). */
function addProperty(object: TSESTree.ObjectExpression, text: string, sourceCode: Readonly<TSESLint.SourceCode>) {
  const last = object.properties.at(-1);
  if (!last) return (fixer: TSESLint.RuleFixer) => fixer.replaceText(object, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  // `{ roomId, }`: after the trailing comma.
  return (fixer: TSESLint.RuleFixer) => (after?.value === ',' ? fixer.insertTextAfter(after, ` ${text},`) : fixer.insertTextAfter(last, `, ${text}`));
}

/**
 * Log calls in the handler (not in functions written in it) given the error itself after a first
 * argument that is no object of fields (`logger.error('end failed', err)`), with that argument.
 */
function errorsAfterMessage(handler: ErrorHandler, name: string, sourceCode: Readonly<TSESLint.SourceCode>): { call: TSESTree.CallExpression; error: TSESTree.Identifier }[] {
  const found: { call: TSESTree.CallExpression; error: TSESTree.Identifier }[] = [];
  walkTree(handler.body, sourceCode.visitorKeys, (node) => {
    if (node !== handler.body && isFunctionNode(node)) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || !isLogCall(node)) return true;
    const [first, ...rest] = node.arguments;
    if (!first || first.type === AST_NODE_TYPES.ObjectExpression || first.type === AST_NODE_TYPES.Identifier) return true;
    const error = rest.find((argument): argument is TSESTree.Identifier => argument.type === AST_NODE_TYPES.Identifier && argument.name === name);
    if (error) found.push({ call: node, error });
    return true;
  });
  return found;
}

/**
 * Whether the log call's receiver is a pino or bunyan logger: one made in this file (`const logger =
 * pino()`, `bunyan.createLogger(...)`, or a `.child(...)` of one), Fastify's (`app.log`,
 * `request.log`, which is pino's), or, with type information, any whose log functions pino or
 * bunyan declare. They read an object given first as the fields.
 */
function isFieldsFirstLogger(call: TSESTree.CallExpression, finder: LcicCallFinder): boolean {
  return loggerPackage(call, finder) !== undefined;
}

/** Which of pino and bunyan the log call's receiver is a logger of (see isFieldsFirstLogger). */
function loggerPackage(call: TSESTree.CallExpression, finder: LcicCallFinder, depth = 0): 'pino' | 'bunyan' | undefined {
  // The code first; the checker, the costlier look-up, only when the code does not say.
  const made = madeBy(call, finder, depth);
  if (made) return made;
  const declaring = finder.packageDeclaring(call.callee);
  return declaring === 'pino' || declaring === 'bunyan' ? declaring : undefined;
}

/** The part of loggerPackage the code alone decides. */
function madeBy(call: TSESTree.CallExpression, finder: LcicCallFinder, depth: number): 'pino' | 'bunyan' | undefined {
  const receiver = call.callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(call.callee.object) : undefined;
  if (receiver?.type === AST_NODE_TYPES.MemberExpression && propertyName(receiver) === 'log' && isFastifyValue(receiver.object, finder)) return 'pino';
  const made = receiver?.type === AST_NODE_TYPES.Identifier ? finder.resolver.constantInit(receiver) : receiver;
  const init = made && unwrap(made);
  if (init?.type !== AST_NODE_TYPES.CallExpression || depth > 3) return undefined;
  const library = finder.resolver.thirdPartyPackageOf(init.callee);
  if (library === 'pino' || library === 'bunyan') return library;
  // `logger.child({ module: 'jobs' })`: as its parent logs.
  return init.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(init.callee) === 'child' ? loggerPackage(init, finder, depth + 1) : undefined;
}

/**
 * A Fastify instance, request or reply: made by `Fastify()`, a parameter typed with one of
 * Fastify's types (`FastifyInstance`, `FastifyRequest`), or an untyped parameter of a function
 * given to a method of an instance (`app.get('/', (request, reply) => ...)`) or to fastify-plugin's `fp`.
 */
function isFastifyValue(node: TSESTree.Node, finder: LcicCallFinder, depth = 0): boolean {
  const value = unwrap(node);
  if (value.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
  const init = finder.resolver.constantInit(value);
  if (init) return init.type === AST_NODE_TYPES.CallExpression && finder.resolver.thirdPartyPackageOf(init.callee) === 'fastify';
  const param = finder.resolver.parameterOf(value);
  if (!param) return false;
  const annotation = 'typeAnnotation' in param ? param.typeAnnotation?.typeAnnotation : undefined;
  if (annotation) return annotation.type === AST_NODE_TYPES.TSTypeReference && finder.resolver.thirdPartyPackageOf(annotation.typeName) === 'fastify';
  const fn = param.parent;
  const given = fn.parent;
  if (given?.type !== AST_NODE_TYPES.CallExpression || !given.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const callee = unwrap(given.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) return isFastifyValue(callee.object, finder, depth + 1);
  return finder.resolver.thirdPartyPackageOf(callee) === 'fastify-plugin';
}

/** Packages whose error classes take `{ cause }` as their last argument, as Error does. */
const KEEPS_CAUSE: ReadonlySet<string> = new Set(['@nestjs/common']);

/** Adds `cause: err` (or the option `key` the class keeps it in) to a one-argument error, or to its options object. */
function addCause(node: TSESTree.NewExpression, name: string, { key, options: at }: CauseOption, sourceCode: Readonly<TSESLint.SourceCode>) {
  const message = at === 1 ? node.arguments[0] : undefined;
  const options = node.arguments[at];
  if (message && !options) return (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(message, `, { ${key}: ${name} }`);
  if (options?.type === AST_NODE_TYPES.ObjectExpression) {
    // `{ cause: plain }` already names a cause: a second `cause` key would be an error, and replacing it would lose what it keeps.
    if (options.properties.some((p) => p.type === AST_NODE_TYPES.Property && keyName(p.key, p.computed) === key)) return undefined;
    if (options.properties.length === 0) return (fixer: TSESLint.RuleFixer) => fixer.replaceText(options, `{ ${key}: ${name} }`);
    const brace = sourceCode.getFirstToken(options);
    return brace ? (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(brace, ` ${key}: ${name},`) : undefined;
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: 'preserve-request-id',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require handlers of LCIC calls to keep the error (and its RequestId) when they rethrow or log it',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    messages: {
      newErrorLosesRequestId: 'This {{errorClass}} replaces the failure of {{actions}} without keeping it: its RequestId is lost.',
      thrownCallLosesRequestId: "{{callee}}(...) makes a new error without the failure of {{actions}}, and that is thrown in the failure's place: the RequestId is lost. Keep the error in what it makes (as a cause), or log the error first.",
      handedCallLosesRequestId: "{{callee}}(...) makes a new error without the failure of {{actions}}, and {{to}}() is given that in the failure's place: the RequestId is lost. Keep the error in what it makes (as a cause), or log the error first.",
      thrownTextLosesRequestId: "This throws {{text}} in place of the failure of {{actions}}: no error object, and no RequestId. Throw the error itself, or log it first.",
      errorAfterMessageDropped: "pino drops what comes after the message: '{{name}}' is not written, nor the RequestId of the failure of {{actions}}. Give it first, as the fields.",
      helperLogsMessageOnly: '{{callee}}(...) is given the failure of {{actions}} but logs only its message or code, not its RequestId. Log the error itself there.',
      helperAnswersMessageOnly: '{{callee}}(...) is given the failure of {{actions}} but answers with only its message or code, not its RequestId: support cannot find the request. Add the RequestId to that answer.',
      logsMessageOnly: "This log keeps '{{text}}' of the failure of {{actions}} but not its RequestId. Log '{{name}}' itself.",
      answerLosesRequestId: "This answer to a failure of {{actions}} carries '{{text}}' but not its RequestId: support cannot find the request.",
      addCause: 'Add { cause: {{name}} }',
      addOriginalError: 'Add { originalError: {{name}} }',
      logWholeError: 'Also pass {{name}} to the log call',
      addErrorToFields: "Add '{{text}}' to the fields the log call is given first",
      addRequestIdToFields: "Add '{{text}}' to the fields the log call is given last",
      giveErrorAsFields: "Give the log call '{{text}}' first, as the fields its logger reads",
      addRequestId: 'Add requestId: {{name}}.requestId',
      addResponseRequestId: 'Add requestId: {{response}}.RequestId',
    },
    schema: [],
  },
  translations: {
    'zh-CN': {
      newErrorLosesRequestId: '这个 {{errorClass}} 取代了 {{actions}} 的失败，却没有保留原错误：RequestId 丢失了。',
      thrownCallLosesRequestId: '{{callee}}(...) 在不含 {{actions}} 失败的情况下新建了一个错误，并把它代替原失败抛出：RequestId 丢失了。请让新错误保留原错误（作为 cause），或先记录原错误。',
      handedCallLosesRequestId: '{{callee}}(...) 在不含 {{actions}} 失败的情况下新建了一个错误，并把它代替原失败交给 {{to}}()：RequestId 丢失了。请让新错误保留原错误（作为 cause），或先记录原错误。',
      thrownTextLosesRequestId: '这里抛出 {{text}} 代替了 {{actions}} 的失败：既没有错误对象，也没有 RequestId。请抛出原错误，或先记录它。',
      errorAfterMessageDropped: "pino 会丢弃消息之后的参数：'{{name}}' 不会被写入，{{actions}} 失败的 RequestId 也一样。请把它作为字段对象放在第一个参数。",
      helperLogsMessageOnly: '{{callee}}(...) 拿到了 {{actions}} 的失败，却只记录了它的 message 或 code，没有 RequestId。请在那里直接记录这个错误。',
      helperAnswersMessageOnly: '{{callee}}(...) 拿到了 {{actions}} 的失败，返回的却只有它的 message 或 code，没有 RequestId：技术支持无法据此找到这次请求。请在那个返回值里加上 RequestId。',
      logsMessageOnly: "这条日志只记下了 {{actions}} 失败的 '{{text}}'，没有 RequestId。请直接记录 '{{name}}'。",
      answerLosesRequestId: "这个返回值只带着 {{actions}} 失败的 '{{text}}'，没有 RequestId：技术支持无法据此找到这次请求。",
      addCause: '添加 { cause: {{name}} }',
      addOriginalError: '添加 { originalError: {{name}} }',
      logWholeError: '把 {{name}} 也传给日志调用',
      addErrorToFields: "把 '{{text}}' 加入日志调用的第一个参数（字段对象）",
      addRequestIdToFields: "把 '{{text}}' 加入日志调用的最后一个参数（字段对象）",
      giveErrorAsFields: "把 '{{text}}' 作为第一个参数（日志库读取的字段对象）传给日志调用",
      addRequestId: '添加 requestId: {{name}}.requestId',
      addResponseRequestId: '添加 requestId: {{response}}.RequestId',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    /** Keep `name` (the failure) in the new error, in the option its class keeps a cause in; none when there is no such option. */
    function causeSuggestion(created: TSESTree.NewExpression, name: string | undefined, finder: LcicCallFinder, param?: TSESTree.Identifier) {
      const option = name === undefined ? undefined : causeOption(created, finder);
      // `cause` takes anything; GraphQLError's `originalError` an Error, which an `unknown` error must be cast to in TypeScript.
      const cast = option?.key === 'originalError' && param !== undefined && /\.[cm]?tsx?$/.test(context.filename) && mayBeUnknown(param);
      const fix = name !== undefined && option ? addCause(created, cast ? `${name} as Error` : name, option, sourceCode) : undefined;
      return fix && name !== undefined ? [{ messageId: option?.key === 'originalError' ? ('addOriginalError' as const) : ('addCause' as const), data: { name }, fix }] : [];
    }
    return onFileFacts(context, (facts) => {
      // A raw call's failure is its body's Response.Error; the RequestId sits next to it, in Response.
      const reported = new Set<TSESTree.Node>();
      for (const call of facts.calls) {
        // `Response.json({ error: body.Response.Error.Code }, { status: 502 })`: the answer tells the error, not the request.
        for (const { told, response } of facts.rawFlow(call)?.lossyAnswers ?? []) {
          if (reported.has(told)) continue;
          reported.add(told);
          const fix = response && addRequestId(told, `${sourceCode.getText(response)}.RequestId`, facts.finder);
          context.report({
            node: told,
            messageId: 'answerLosesRequestId',
            data: { actions: listActions([call], readSettings(context.settings).language), text: sourceCode.getText(told) },
            suggest: fix ? [{ messageId: 'addResponseRequestId', data: { response: sourceCode.getText(response) }, fix }] : [],
          });
        }
        for (const { created, response } of facts.rawFlow(call)?.lossyErrors ?? []) {
          if (reported.has(created)) continue;
          reported.add(created);
          if (created.type === AST_NODE_TYPES.CallExpression) {
            context.report({ node: created, messageId: 'thrownCallLosesRequestId', data: { callee: calleeName(created) ?? sourceCode.getText(created.callee), actions: listActions([call], readSettings(context.settings).language) } });
            continue;
          }
          // `{ cause: body.Response }` where the Response is written out; a destructured error has no Response to name.
          const name = response && sourceCode.getText(response);
          context.report({
            node: created,
            messageId: 'newErrorLosesRequestId',
            data: { errorClass: calleeName(created) ?? 'error', actions: listActions([call], readSettings(context.settings).language) },
            suggest: causeSuggestion(created, name, facts.finder),
          });
        }
      }
      for (const group of facts.groups) {
        const param = group.handler.param;
        const flow = facts.failureFlow(group);
        if (!flow) continue;
        const actions = listActions(group.calls, readSettings(context.settings).language);
        // A raw call's rejection (or its signing helper's) is a network error: it never had a RequestId to lose.
        if (!group.calls.some(failuresCarryCodes)) continue;
        // A handler that names no error (`.catch(() => { throw new Error('gone') })`, `catch { ... }`,
        // or one that destructures it) loses it all the same; only the suggestions need its name.
        const name = param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined;
        for (const created of flow.lossyErrors) {
          // One made in a function several handlers give the error to is reported once.
          if (reported.has(created)) continue;
          reported.add(created);
          // Made in a function the handler gave the error to (`throw toJobError(err)`): the name it has there.
          const held = contains(group.handler.node, created) ? name : flow.errorNamesWhereMade.get(created);
          context.report({
            node: created,
            messageId: 'newErrorLosesRequestId',
            data: { errorClass: calleeName(created) ?? 'error', actions },
            suggest: causeSuggestion(created, held, facts.finder, held === name && param?.type === AST_NODE_TYPES.Identifier ? param : undefined),
          });
        }
        for (const call of flow.lossyCalls) {
          // In a handler of another module given by name, the call is not this file's to report.
          if (reported.has(call) || rootOf(call) !== sourceCode.ast) continue;
          reported.add(call);
          // `ctx.throw(...)` by its whole name: `throw(...)` alone reads as the statement.
          const name = calleeName(call);
          const callee = name === undefined || name === 'throw' ? sourceCode.getText(call.callee) : name;
          // `next(createError(...))`: handed on, not thrown.
          const to = call.parent.type === AST_NODE_TYPES.CallExpression ? calleeName(call.parent) : undefined;
          if (to) context.report({ node: call, messageId: 'handedCallLosesRequestId', data: { callee, actions, to } });
          else context.report({ node: call, messageId: 'thrownCallLosesRequestId', data: { callee, actions } });
        }
        for (const text of flow.thrownTexts) {
          if (reported.has(text) || rootOf(text) !== sourceCode.ast) continue;
          reported.add(text);
          context.report({ node: text, messageId: 'thrownTextLosesRequestId', data: { text: sourceCode.getText(text), actions } });
        }
        for (const { call, kind } of flow.lossyTells) {
          if (reported.has(call) || rootOf(call) !== sourceCode.ast) continue;
          reported.add(call);
          const messageId = kind === 'log' ? 'helperLogsMessageOnly' : 'helperAnswersMessageOnly';
          context.report({ node: call, messageId, data: { callee: calleeName(call) ?? sourceCode.getText(call.callee), actions } });
        }
        if (param?.type !== AST_NODE_TYPES.Identifier || name === undefined) continue;
        for (const { message } of flow.messageOnlyAnswers) {
          const fix = addRequestId(message, requestIdOf(param, /\.[cm]?tsx?$/.test(context.filename)), facts.finder);
          context.report({
            node: message,
            messageId: 'answerLosesRequestId',
            data: { actions, text: sourceCode.getText(message) },
            suggest: fix ? [{ messageId: 'addRequestId', data: { name }, fix }] : [],
          });
        }
        // `logger.error('end failed', err)` of pino: the error after the message is dropped, and the log keeps
        // nothing (bunyan formats it into the message, with util.format).
        for (const { call, error } of errorsAfterMessage(group.handler, name, sourceCode)) {
          if (loggerPackage(call, facts.finder) !== 'pino') continue;
          const [first] = call.arguments;
          const fields = name === 'err' ? '{ err }' : `{ err: ${name} }`;
          const before = sourceCode.getTokenBefore(error);
          const fix = first && before ? (fixer: TSESLint.RuleFixer) => [fixer.insertTextBefore(first, `${fields}, `), fixer.removeRange([before.range[0], error.range[1]])] : undefined;
          context.report({ node: error, messageId: 'errorAfterMessageDropped', data: { name, actions }, suggest: fix ? [{ messageId: 'giveErrorAsFields', data: { text: fields }, fix }] : [] });
        }
        for (const { call, message } of flow.messageOnlyLogs) {
          const last = call.arguments.at(-1) ?? message;
          const fields = errorInFields(call, name, sourceCode);
          const [first] = call.arguments;
          // `logger.warn(err.message)` of pino: `logger.warn({ err }, err.message)`, as an argument after the message is dropped.
          const fieldsFirst = !fields && first && isFieldsFirstLogger(call, facts.finder) ? (name === 'err' ? '{ err }' : `{ err: ${name} }`) : undefined;
          const trailing = fields || fieldsFirst ? undefined : requestIdInTrailingFields(call, requestIdOf(param, /\.[cm]?tsx?$/.test(context.filename)), sourceCode);
          const suggest = fields
            ? [{ messageId: 'addErrorToFields' as const, data: { text: fields.text }, fix: fields.fix }]
            : trailing
              ? [{ messageId: 'addRequestIdToFields' as const, data: { text: trailing.text }, fix: trailing.fix }]
            : fieldsFirst && first
              ? [{ messageId: 'giveErrorAsFields' as const, data: { text: fieldsFirst }, fix: (fixer: TSESLint.RuleFixer) => fixer.insertTextBefore(first, `${fieldsFirst}, `) }]
              : takesOneMore(call, facts.finder)
              ? [{ messageId: 'logWholeError' as const, data: { name }, fix: (fixer: TSESLint.RuleFixer) => fixer.insertTextAfter(last, `, ${name}`) }]
              : [];
          context.report({ node: message, messageId: 'logsMessageOnly', data: { name, actions, text: sourceCode.getText(message) }, suggest });
        }
      }
    });
  },
});
