/** Every rule of the plugin, by name. Adding a rule here puts it in the configs and the docs checks. */
import checkResponseError from './check-response-error.js';
import exhaustiveErrorCodes from './exhaustive-error-codes.js';
import handleCallbackError from './handle-callback-error.js';
import noSwallowedError from './no-swallowed-error.js';
import noUnknownErrorCode from './no-unknown-error-code.js';
import preserveRequestId from './preserve-request-id.js';
import validAction from './valid-action.js';

export const rules = {
  'check-response-error': checkResponseError,
  'exhaustive-error-codes': exhaustiveErrorCodes,
  'handle-callback-error': handleCallbackError,
  'no-swallowed-error': noSwallowedError,
  'no-unknown-error-code': noUnknownErrorCode,
  'preserve-request-id': preserveRequestId,
  'valid-action': validAction,
};
