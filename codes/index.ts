/**
 * `eslint-plugin-lcic/codes`: the LCIC error-code catalog at run time. No dependencies.
 *
 * @module codes
 */
export { LcicErrorCode, type LcicErrorCodeString } from './generated/error-codes.js';
export type {
  LcicAction,
  LcicActionCodes,
  LcicInternationalAction,
  LcicInternationalActionCodes,
} from './generated/actions.js';
export { codeInfos, actionInfos } from './generated/catalog-data.js';
export {
  allActions,
  allErrorCodes,
  actionsReturning,
  codeText,
  codesFor,
  getActionInfo,
  getCodeInfo,
  isLcicAction,
  isLcicErrorCode,
  isRetryable,
  lookupCode,
  lookupCodeOrAncestor,
  type CodeMatch,
  type ErrorCodeOf,
} from './lookup.js';
export {
  classifyLcicError,
  isLcicApiError,
  isLcicError,
  type LcicApiFailure,
  type LcicFailure,
  type LcicHttpFailure,
  type LcicNetworkFailure,
  type LcicSdkError,
} from './sdk-error.js';
export {
  LcicResponseFormatError,
  parseLcicResponse,
  type LcicErrorResponse,
  type LcicParsedResponse,
  type LcicSuccess,
} from './response.js';
export { handleLcicError, type CodeHandlers, type ErrorCodeHandlers, type OtherwiseHandler } from './dispatch.js';
export * from './types.js';
export { parentCode, codeAndAncestors } from './code-names.js';
