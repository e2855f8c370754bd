/**
 * The methods that answer an HTTP request, for the rules that need to know when code after a
 * failure has already answered (a rethrow there comes too late) or how a callback answers (a
 * guard must answer the same way).
 */

/** Methods of Express's `res` and Fastify's `reply` that answer the request (or set its status first). */
export const FRAMEWORK_ANSWERS: ReadonlySet<string> = new Set(['json', 'send', 'status', 'code', 'render', 'redirect', 'sendStatus', 'jsonp', 'sendFile']);

/** Methods of Node's own `http.ServerResponse`, which has no `status()` or `send()`. */
export const NODE_ANSWERS: ReadonlySet<string> = new Set(['end', 'writeHead', 'write']);

/** Those of them that send the answer, rather than set its status or headers, or write part of it. */
export const SENDING_ANSWERS: ReadonlySet<string> = new Set([...FRAMEWORK_ANSWERS, ...NODE_ANSWERS].filter((method) => !['status', 'code', 'writeHead', 'write'].includes(method)));
