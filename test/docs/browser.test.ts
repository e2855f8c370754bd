/**
 * The site in a real browser, as a reader on a phone (390 px) and on a desktop (1280 px) sees it:
 * the home page, the codes index, a rule, a code and an action page. No page may scroll sideways,
 * fail a request (a missing icon, script or stylesheet) or log an error; each shows its title once,
 * the codes index lists every code, and the search finds a code and opens its page.
 *
 * The browser is the headless Chromium that the npm package @sparticuz/chromium ships (no system
 * browser, no download), driven by playwright-core. It runs as a single process, so the whole file
 * shares one page.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeInfos } from '../../codes/index.js';

const SITE = join(process.cwd(), 'site');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves the site on a loopback port, so the page loads the way it would from a web host. */
function serveSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(SITE, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/**
 * Unpacks the package's Chromium (about 2 s, the first time) and starts it. The package unpacks into
 * os.tmpdir() and reuses any `chromium` it finds there, so it is pointed at a folder of its own
 * version under node_modules/.cache instead of the shared /tmp.
 */
async function launchChromium(): Promise<Browser> {
  const { version } = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string };
  const unpacked = join(process.cwd(), 'node_modules/.cache/sparticuz-chromium', version);
  mkdirSync(unpacked, { recursive: true });
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = unpacked;
  try {
    return await chromium.launch({ executablePath: await sparticuz.executablePath(), args: sparticuz.args });
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
}

/** What went wrong while a page loaded: failed requests, error responses, console errors, uncaught exceptions. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

interface SitePage {
  readonly name: string;
  readonly path: string;
  readonly title: string;
}

const PAGES: readonly SitePage[] = [
  { name: 'the home page', path: 'index.html', title: 'eslint-plugin-lcic' },
  { name: 'the codes index', path: 'documents/Codes.html', title: 'Error codes' },
  { name: 'a rule', path: 'documents/Rules.exhaustive-error-codes.html', title: 'lcic/exhaustive-error-codes' },
  // The longest code name: the title must wrap on a phone.
  { name: 'a code', path: 'documents/Codes.RequestLimitExceeded.GlobalRegionUinLimitExceeded.html', title: 'RequestLimitExceeded.GlobalRegionUinLimitExceeded' },
  { name: 'an action', path: 'documents/Actions.CreateRoom.html', title: 'CreateRoom' },
];

describe('the docs site in Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  let base = '';

  beforeAll(async () => {
    server = await serveSite();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchProblems(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a page of the site and waits until typedoc's script has shown it. */
  async function open(path: string): Promise<void> {
    problems.length = 0;
    await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    await page.locator('.col-content').waitFor({ state: 'visible' });
  }

  describe.each([390, 1280])('%i px wide', (width) => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height: 844 });
    });

    it.each(PAGES)('$name: fits the width, loads cleanly, shows its title once, has a site icon', async ({ path, title }) => {
      await open(path);
      // A string, run in the page: this project's TypeScript has no DOM types.
      const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
      expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
      const headings = await page.locator('h1').filter({ visible: true }).allTextContents();
      expect(headings).toEqual([title]);
      // A browser asks for /favicon.ico only when a page names no icon: this one names its own, and it is there.
      const icons = page.locator('link[rel="icon"]');
      expect(await icons.count(), 'the page names a site icon').toBe(1);
      const icon = await icons.getAttribute('href');
      const iconResponse = await page.request.get(new URL(icon ?? '', page.url()).href);
      expect(iconResponse.status()).toBe(200);
      expect(problems).toEqual([]);
    }, 30_000);

    it('the codes index: a row per code; on a phone, the code and its summary only', async () => {
      await open('documents/Codes.html');
      const rows = page.locator('.lcic-code-index tbody tr');
      expect(await rows.count()).toBe(codeInfos.length);
      const firstRow = await rows.first().locator('td').filter({ visible: true }).allTextContents();
      const first = codeInfos.find((info) => info.code === 'ActionOffline');
      expect(firstRow).toEqual(width < 770 ? ['ActionOffline', first?.summary] : ['ActionOffline', 'common', 'Request format', first?.summary]);
      expect(problems).toEqual([]);
    }, 30_000);

    it('a code page: the facts as a list with no empty table header, and a short reported handler', async () => {
      await open('documents/Codes.FailedOperation.ClassTooLong.html');
      const content = page.locator('.col-content');
      expect(await content.locator('li').filter({ hasText: /^Retry:/ }).textContent()).toBe('Retry: No: the request, the account or the clock must change first');
      expect((await content.locator('th').allTextContents()).filter((text) => text.trim() === '')).toEqual([]);
      const reported = await content.locator('pre').first().textContent();
      expect(reported).toContain("if (err.code === 'ResourceNotFound.Room') return null;");
      expect(reported?.split('\n').length).toBeLessThan(16);
      expect(problems).toEqual([]);
    }, 30_000);

    it('the search finds ClassTooLong and opens its page, which links to CreateRoom and back', async () => {
      await open('index.html');
      await page.click('#tsd-search-trigger');
      await page.fill('#tsd-search-input', 'ClassTooLong');
      const result = page.locator('#tsd-search-results li a', { hasText: 'FailedOperation.ClassTooLong' }).first();
      await result.waitFor({ timeout: 15_000 });
      await result.click();
      await page.waitForURL(/documents\/Codes\.FailedOperation\.ClassTooLong\.html/);
      expect(await page.locator('h1').filter({ visible: true }).allTextContents()).toEqual(['FailedOperation.ClassTooLong']);
      expect(await page.locator('.tsd-typography h2').allTextContents()).toEqual(['What usually causes it', 'What to do', 'Actions that return it', 'Handling it', '中文说明']);

      await page.locator('.col-content a', { hasText: /^CreateRoom$/ }).click();
      await page.waitForURL(/documents\/Actions\.CreateRoom\.html/);
      // Once among the action's codes, once in its Chinese section.
      expect(await page.locator('.col-content a', { hasText: /^FailedOperation\.ClassTooLong$/ }).count()).toBe(2);
      expect(problems).toEqual([]);
    }, 30_000);
  });
});
