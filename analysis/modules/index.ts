/**
 * The modules layer: other files of the project read without type information, so that a
 * client, helper or wrapper imported from `./client` is found where it is defined.
 *
 * - `resolveImport`: which source file a specifier names.
 * - `loadModule` / `moduleFromSourceCode`: a file parsed (or the linted file adapted) as a `ParsedModule`.
 * - `moduleExports`: one module's export table.
 * - `findExport` / `findDefinition` / `findMember` / `importTarget`: names followed across files.
 * - `projectSdk`: which Tencent Cloud SDK the project's package.json depends on.
 *
 * Importing this layer loads neither TypeScript nor a parser; the first `loadModule` does.
 */
import { clearModuleCache } from './load-module.js';
import { clearProjectSdkCache } from './project-sdk.js';
import { clearResolutionCaches } from './resolve-import.js';
import { endSession } from './session.js';

export { DEFAULT_SEARCH_DEPTH, findDefinition, findExport, findMember, importTarget, type Definition, type ImportTarget } from './find-export.js';
export {
  loadModule,
  MAX_CACHED_MODULES,
  MAX_MODULE_BYTES,
  moduleFromSourceCode,
  moduleOfNode,
  parserForImportsOf,
  type LintedFileContext,
  type ParsedModule,
  type VisitorKeys,
} from './load-module.js';
export { moduleExports, NAMESPACE, type ExportBinding, type ModuleExports } from './module-exports.js';
export { nodeSpecifier } from './syntax.js';
export { clearProjectSdkCache, projectSdk, type LcicSdk } from './project-sdk.js';
export { isPathSpecifier, isSourceFilePath, resolveImport, SOURCE_EXTENSIONS, tsconfigHasErrorCause } from './resolve-import.js';

/**
 * Forgets every cached module, folder listing and tsconfig, and ends the lint session (so the next
 * look-up checks the disk): for tests, and for a long-lived process after large changes.
 */
export function clearModuleCaches(): void {
  clearModuleCache();
  clearProjectSdkCache();
  clearResolutionCaches();
  endSession();
}
