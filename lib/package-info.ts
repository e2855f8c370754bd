/** This package's name, version and docs site, read once from its own package.json. */
import { readFileSync } from 'node:fs';

// The same module runs from the sources (tests, tsx) and from dist/, which sit at different depths.
interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

function readPackageJson(): PackageJson {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as PackageJson;
      if (parsed.name === 'eslint-plugin-lcic') return parsed;
    } catch {
      // not at this depth
    }
  }
  throw new Error('eslint-plugin-lcic: cannot find its own package.json');
}

export const packageInfo = readPackageJson();

/** The documentation site; every rule's and code's page hangs off it. */
export const DOCS_BASE_URL = packageInfo.homepage.endsWith('/') ? packageInfo.homepage : `${packageInfo.homepage}/`;

// Page paths as typedoc lays out project documents: `documents/<parent title>.<title>.html`.
export const ruleDocsUrl = (rule: string): string => `${DOCS_BASE_URL}documents/Rules.${rule}.html`;
export const codeDocsUrl = (code: string): string => `${DOCS_BASE_URL}documents/Codes.${code}.html`;
