/**
 * The built documentation site (test/global-setup.ts builds it into site/ with `npm run docs`'s
 * typedoc configuration): a page for every code, action and rule, rule links that open the right
 * page, no broken internal link, and catalog text shown as text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codes/build/generate.js';
import { actionInfos, codeInfos } from '../../codes/index.js';
import plugin from '../../index.js';
import { DOCS_BASE_URL, codeDocsUrl } from '../../lib/package-info.js';
import { findBrokenLinks } from '../../scripts/check-links.js';
import { tempDir, validCode, writeCatalog } from '../helpers/catalog-fixture.js';

const SITE = 'site';
const page = (url: string) => join(SITE, url.slice(DOCS_BASE_URL.length));
const title = (file: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';

describe('the documentation site', () => {
  it('has a page for every code, every action and every rule', () => {
    const documents = readdirSync(join(SITE, 'documents'));
    for (const { code } of codeInfos) expect(documents, code).toContain(`Codes.${code}.html`);
    for (const { action } of actionInfos) expect(documents, action).toContain(`Actions.${action}.html`);
    for (const rule of Object.keys(plugin.rules)) expect(documents, rule).toContain(`Rules.${rule}.html`);
  });

  it("opens the right page from each rule's docs URL, and from each code's URL", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const file = page(rule.meta.docs?.url ?? "");
      expect(existsSync(file), file).toBe(true);
      expect(title(file)).toMatch(new RegExp(`^${name} \\|`));
    }
    const file = page(codeDocsUrl('FailedOperation.ClassTooLong'));
    expect(title(file)).toMatch(/^FailedOperation\.ClassTooLong \|/);
  });

  it('links a code page to the actions that return it, and back', () => {
    const codePage = readFileSync(join(SITE, 'documents/Codes.FailedOperation.ClassTooLong.html'), 'utf8');
    expect(codePage).toContain('href="Actions.CreateRoom.html"');
    const actionPage = readFileSync(join(SITE, 'documents/Actions.CreateRoom.html'), 'utf8');
    expect(actionPage).toContain('href="Codes.FailedOperation.ClassTooLong.html"');
  });

  it('has no broken internal link', () => {
    const { pages, links, broken } = findBrokenLinks(SITE);
    expect(pages).toBeGreaterThan(180);
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('has an API reference with the runtime exports', () => {
    for (const file of ['functions/codes.lookupCode.html', 'functions/codes.parseLcicResponse.html', 'enums/codes.LcicErrorCode.html']) {
      expect(existsSync(join(SITE, file)), file).toBe(true);
    }
    // Every enum member carries its doc comment: summary and what to do.
    expect(readFileSync(join(SITE, 'enums/codes.LcicErrorCode.html'), 'utf8')).toContain('What to do: Shorten the booking');
  });
});

describe('the link checker', () => {
  it('reports a missing file and a missing fragment', () => {
    const site = tempDir('site');
    writeFileSync(join(site, 'a.html'), '<a href="b.html#there">b</a> <a href="c.html">c</a> <a href="b.html#nowhere">x</a> <a href="https://example.org/">ext</a>');
    writeFileSync(join(site, 'b.html'), '<h1 id="there">B</h1>');
    expect(findBrokenLinks(site).broken).toEqual([
      { page: 'a.html', link: 'c.html', problem: 'no such file' },
      { page: 'a.html', link: 'b.html#nowhere', problem: 'no element with id "nowhere"' },
    ]);
  });
});

describe('catalog text on the site', () => {
  it('shows HTML in a description as text', () => {
    const root = tempDir('escape');
    const catalog = writeCatalog(
      { Odd: validCode({ summary: 'Says <script>alert(1)</script> & *stars* | pipes' }) },
      { DescribeOdd: { editions: ['china'], codes: ['Odd'] } },
      join(root, 'catalog'),
    );
    mkdirSync(join(root, 'docs'));
    generate({ catalogDir: catalog, outDir: join(root, 'ts'), docsDir: join(root, 'docs/generated'), check: false });
    const out = join(root, 'site');
    execFileSync(
      join(process.cwd(), 'node_modules/.bin/typedoc'),
      // Only the rendering of catalog text is under test: no type-checking, no README.
      ['--options', 'typedoc.json', '--projectDocuments', join(root, 'docs/generated/codes.md'), '--out', out, '--treatWarningsAsErrors', 'false', '--logLevel', 'Error', '--skipErrorChecking', '--readme', 'none'],
      { encoding: 'utf8' },
    );
    const html = readFileSync(join(out, 'documents/Codes.Odd.html'), 'utf8');
    expect(html).toContain('Says &lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars* | pipes');
    expect(html).not.toContain('<script>alert(1)');
  });
});
