/**
 * What a browser downloads from a built site, for npm run bench: the kibibytes Pagefind sends for
 * a first and a second search (through the project's own server and Chromium), and the gzip
 * weight of HTML + CSS of a story page and of the heaviest page.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const isReport = (path: string) => /^\/bao-cao\/\d{4}\//.test(path);

/** Kibibytes of Pagefind's files fetched for the first search (query1) and then the second. */
export async function measureBrowser(dist: string, query1: string, query2: string): Promise<{ first: number; second: number }> {
  const port = 4390 + Math.floor(Math.random() * 50);
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.ts'), dist, String(port)], { stdio: 'ignore' });
  // The server indexes every file first: on 10,000 entries that takes a few seconds.
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 300) throw new Error('Máy chủ thử không chạy.');
    await new Promise((r) => setTimeout(r, 200));
  }
  const executablePath = ['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      // As a host with compression sends it: Pagefind's index files are gzip already,
      // its JavaScript and WebAssembly are not.
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += Math.min(body.length, gzipSync(body).length);
    });
    await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query1)}`);
    await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(300);
    const first = bytes;
    await page.fill('#q', query2);
    await page.press('#q', 'Enter');
    await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), query2, {
      timeout: 60_000,
    });
    await page.waitForTimeout(300);
    const second = bytes - first;
    return { first: first / 1024, second: second / 1024 };
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * HTML + CSS of a page, gzip, as on a first visit: a typical story page, and the heaviest page of
 * all but search and the office's reports, which the page budget exempts as the browser tests do
 * (tests/e2e/page-budget.test.ts: they list every exemplar of the year and are read at a desk).
 */
export function pageWeights(dist: string): { storyKiB: number; largestKiB: number; largestPath: string } {
  const cssCache = new Map<string, number>();
  const weigh = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].reduce((sum, [, href]) => {
      if (!cssCache.has(href!)) cssCache.set(href!, gzipSync(readFileSync(join(dist, href!))).length);
      return sum + cssCache.get(href!)!;
    }, 0);
    return (gzipSync(html).length + css) / 1024;
  };
  const story = readdirSync(join(dist, 'dien-hinh')).find((d) => !/^\d+$/.test(d) && existsSync(join(dist, 'dien-hinh', d, 'index.html')))!;
  let largestKiB = 0;
  let largestPath = '';
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'tim-kiem' && e.name !== 'pagefind' && e.name !== '_astro') walk(path);
      } else if (e.name.endsWith('.html') && !isReport(path.slice(dist.length).split('\\').join('/'))) {
        const kib = weigh(path);
        if (kib > largestKiB) [largestKiB, largestPath] = [kib, path.slice(dist.length)];
      }
    }
  };
  walk(dist);
  return { storyKiB: weigh(join(dist, 'dien-hinh', story, 'index.html')), largestKiB, largestPath };
}
