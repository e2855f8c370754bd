/**
 * The site in a real browser: Debian's Chromium driven by playwright-core opens the built site,
 * searches for ClassTooLong, opens the code page, follows the link to CreateRoom's page, and
 * saves a screenshot under test-results/.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SITE = join(process.cwd(), 'site');
const CHROMIUM = '/usr/bin/chromium';
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

describe('the docs site in Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base: string;

  beforeAll(async () => {
    // CI installs Debian's chromium package (.ci/run); without it this test cannot prove anything.
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
    server = await serveSite();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('finds ClassTooLong with the search, then follows the link to CreateRoom', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/index.html`);
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'ClassTooLong');
    const result = page.locator('#tsd-search-results li a', { hasText: 'FailedOperation.ClassTooLong' }).first();
    await result.waitFor({ timeout: 15_000 });
    await result.click();
    await page.waitForURL(/documents\/Codes\.FailedOperation\.ClassTooLong\.html/);
    expect(await page.locator('h1').first().textContent()).toContain('FailedOperation.ClassTooLong');
    await expect.poll(() => page.locator('.tsd-panel h2, h2').allTextContents()).toEqual(expect.arrayContaining(['What to do']));

    await page.locator('a', { hasText: /^CreateRoom$/ }).first().click();
    await page.waitForURL(/documents\/Actions\.CreateRoom\.html/);
    expect(await page.locator('h1').first().textContent()).toContain('CreateRoom');
    expect(await page.locator('a', { hasText: /^FailedOperation\.ClassTooLong$/ }).count()).toBeGreaterThan(0);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/docs-CreateRoom.png', fullPage: false });
    expect(existsSync('test-results/docs-CreateRoom.png')).toBe(true);
  }, 60_000);
});
