/** Writes small catalogs into temporary folders, so tests can feed the generator broken input. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface FixtureCode {
  scope?: string;
  editions?: string[];
  category?: string;
  retry?: string;
  summary?: string;
  cause?: string;
  remedy?: string;
  [field: string]: unknown;
}

/** A complete, valid code entry, to be spread and then broken one field at a time. */
export function validCode(overrides: FixtureCode = {}): FixtureCode {
  return {
    scope: 'lcic',
    editions: ['china'],
    category: 'not-found',
    retry: 'never',
    summary: 'Not there.',
    cause: 'It was deleted.',
    remedy: 'Create it again.',
    'zh-CN': { summary: '不存在。', cause: '已被删除。', remedy: '重新创建。' },
    ...overrides,
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `lcic-${prefix}-`));
}

/** Writes codes.yaml and actions.yaml (from objects, or raw text when a string is given). */
export function writeCatalog(
  codes: Record<string, unknown> | string,
  actions: Record<string, unknown> | string,
  dir = tempDir('catalog'),
): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'codes.yaml'), typeof codes === 'string' ? codes : stringify({ codes }));
  writeFileSync(join(dir, 'actions.yaml'), typeof actions === 'string' ? actions : stringify({ actions }));
  return dir;
}
