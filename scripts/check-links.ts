/**
 * Checks every internal link of the built docs site: each `href`/`src` that is not an external URL
 * must point at a file of the site, and a `#fragment` at an element with that id.
 * `tsx scripts/check-links.ts [SITE]` exits 1 and lists the broken links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface BrokenLink {
  readonly page: string;
  readonly link: string;
  readonly problem: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

export function findBrokenLinks(site: string): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = htmlFiles(site);
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const [, link] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (!link || /^(https?:|mailto:|data:|javascript:)/.test(link)) continue;
      links += 1;
      const [path, fragment] = link.split('#');
      const target = path ? resolve(dirname(page), decodeURI(path)) : page;
      if (!existsSync(target)) broken.push({ page: relative(site, page), link, problem: 'no such file' });
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page: relative(site, page), link, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2] ?? 'site';
  const { pages, links, broken } = findBrokenLinks(site);
  console.log(`Checked ${links} internal links on ${pages} pages of ${site}: ${broken.length} broken.`);
  for (const b of broken) console.error(`  ${b.page}: ${b.link} (${b.problem})`);
  if (broken.length > 0) process.exitCode = 1;
}
