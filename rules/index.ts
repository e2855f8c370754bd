/** Every rule of the plugin, by name. Adding a rule here puts it in the configs and the docs checks. */
import exhaustiveErrorCodes from './exhaustive-error-codes.js';
import noUnknownErrorCode from './no-unknown-error-code.js';
import validAction from './valid-action.js';

export const rules = {
  'exhaustive-error-codes': exhaustiveErrorCodes,
  'no-unknown-error-code': noUnknownErrorCode,
  'valid-action': validAction,
};
