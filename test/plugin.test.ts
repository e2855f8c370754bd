import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { ruleDocsUrl } from '../lib/package-info.js';
import { typedFixtureDir, typedFixtureFile } from './helpers/lint.js';

const ruleNames = Object.keys(plugin.rules);
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the plugin', () => {
  it('names itself after the package', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-lcic', version: packageJson.version, namespace: 'lcic' });
  });

  it('registers every rule file, and every rule has a docs page and a test of the same name', () => {
    const ruleFiles = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(ruleNames.sort()).toEqual(ruleFiles.sort());
    for (const name of ruleNames) {
      expect(existsSync(`docs/rules/${name}.md`), `docs/rules/${name}.md`).toBe(true);
      expect(existsSync(`test/rules/${name}.test.ts`), `test/rules/${name}.test.ts`).toBe(true);
    }
  });

  it.each(ruleNames)('%s: docs URL, described schema, defaults, messages', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules];
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/documents/Rules\\.${name}\\.html$`));
    expect(rule.meta.docs?.description).toMatch(/^[A-Z].*[^.]$/);
    const schema = rule.meta.schema as unknown as readonly { properties?: Record<string, { description?: string }> }[];
    for (const [property, definition] of Object.entries(schema[0]?.properties ?? {})) {
      expect(definition.description, `${name} option ${property}`).toMatch(/\S/);
    }
    if (schema.length > 0) expect(rule.meta.defaultOptions, `${name} has options, so meta.defaultOptions`).toHaveLength(schema.length);
    for (const message of Object.values(rule.meta.messages)) expect(message).not.toMatch(/\s$/);
  });
});

describe('the configs', () => {
  const entries = (config: keyof typeof plugin.configs) => plugin.configs[config].rules ?? {};

  it('recommended holds exactly the rules marked recommended, and needs no type information', () => {
    const marked = ruleNames.filter((name) => plugin.rules[name as keyof typeof plugin.rules].meta.docs?.recommended);
    expect(Object.keys(entries('recommended')).sort()).toEqual(marked.map((n) => `lcic/${n}`).sort());
    expect(plugin.configs.recommended.languageOptions).toBeUndefined();
  });

  it('recommended-type-checked turns on the recommended rules, and its type information finds a client known only by its type', () => {
    // The same handler under both configs: only the types say what `connect()` gives is an LCIC client.
    const code = [
      "import type { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/lcic/v20220817/lcic_client.js';",
      'export async function roomName(connect: () => Client): Promise<string | null | undefined> {',
      '  try {',
      '    return (await connect().DescribeRoom({ RoomId: 1 })).Name;',
      '  } catch (err: any) {',
      "    if (err.code === 'ResourceNotFound.Room') return null;",
      '    return undefined;',
      '  }',
      '}',
    ].join('\n');
    const lint = (config: Linter.Config, parserOptions: Linter.ParserOptions) =>
      new Linter({ configType: 'flat' })
        .verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, config, { languageOptions: { parserOptions } }], { filename: typedFixtureFile })
        .map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`);
    expect(lint(plugin.configs.recommended as Linter.Config, {})).toEqual([]);
    expect(lint(plugin.configs['recommended-type-checked'] as Linter.Config, { tsconfigRootDir: typedFixtureDir })).toEqual(['6:9 lcic/exhaustive-error-codes']);

    const marked = ruleNames.filter((name) => plugin.rules[name as keyof typeof plugin.rules].meta.docs?.recommended);
    expect(entries('recommended-type-checked')).toEqual(Object.fromEntries(marked.map((n) => [`lcic/${n}`, 'error'])));
    expect(plugin.configs['recommended-type-checked'].languageOptions?.parserOptions).toEqual({ projectService: true });
  });

  it('strict turns on every rule, with its strict options', () => {
    expect(Object.keys(entries('strict')).sort()).toEqual(ruleNames.map((n) => `lcic/${n}`).sort());
    expect(entries('strict')['lcic/exhaustive-error-codes']).toEqual(['error', { checkCommonCodes: true, checkNetworkErrors: true }]);
  });

  it('every config carries the plugin under the lcic namespace', () => {
    for (const config of Object.values(plugin.configs)) expect(config.plugins).toEqual({ lcic: plugin });
  });
});
