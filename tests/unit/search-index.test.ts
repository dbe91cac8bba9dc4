import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runPagefind, SearchIndexJob } from '#lib/search/index-job.ts';
import { isSearchable, pageFile, searchableFirst } from '#lib/search/searchable.ts';
import { isWritten, whenWritten } from '#lib/search/written-pages.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const site = () => (root = mkdtempSync(join(tmpdir(), 'chi-muc-')));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const page = (title: string, text: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>\n`;

describe('searchable pages', () => {
  it('are the entry pages, not their posters, lists or files', () => {
    expect(pageFile('/dien-hinh/a/')).toBe('dien-hinh/a/index.html');
    expect(pageFile('/truyen-thanh/lich.ics')).toBe('truyen-thanh/lich.ics');
    expect(pageFile('/')).toBe('index.html');
    expect(['/dien-hinh/a/', '/cach-lam-hay/b/', '/truyen-thanh/c/'].every(isSearchable)).toBe(true);
    for (const other of ['/dien-hinh/a/ap-phich/', '/dien-hinh/', '/phong-trao/x/', '/truyen-thanh/c.txt', '/dien-hinh/trang/2/x/'])
      expect(isSearchable(other), other).toBe(false);
  });

  it('come first, then the other pages, then files, each group keeping its order', () => {
    const paths = [
      ['/bao-cao/2023.docx', 'endpoint'],
      ['/', 'page'],
      ['/dien-hinh/b/ap-phich/', 'page'],
      ['/dien-hinh/b/', 'page'],
      ['/truyen-thanh/c.txt', 'endpoint'],
      ['/thon/x/', 'page'],
      ['/cach-lam-hay/a/', 'page'],
      ['/dien-hinh/a/', 'page'],
    ].map(([pathname, type]) => ({ pathname: pathname!, route: { type: type! } }));
    const { paths: ordered, searchable } = searchableFirst(paths);
    expect(ordered.map((p) => p.pathname)).toEqual([
      '/dien-hinh/b/',
      '/cach-lam-hay/a/',
      '/dien-hinh/a/',
      '/',
      '/dien-hinh/b/ap-phich/',
      '/thon/x/',
      '/bao-cao/2023.docx',
      '/truyen-thanh/c.txt',
    ]);
    expect(searchable.map((p) => p.pathname)).toEqual(['/dien-hinh/b/', '/cach-lam-hay/a/', '/dien-hinh/a/']);
  });
});

describe('a page is written', () => {
  it('when it is there to its closing tag', async () => {
    site();
    write('a.html', page('A', 'một'));
    write('half.html', '<!doctype html><html><body><p>nửa tr');
    expect(isWritten(join(root, 'a.html'))).toBe(true);
    expect(isWritten(join(root, 'half.html'))).toBe(false);
    expect(isWritten(join(root, 'missing.html'))).toBe(false);
  });

  it('is waited for until it comes, or until the writer is done', async () => {
    site();
    const stop = new AbortController();
    let done = false;
    const waiting = whenWritten([join(root, 'a.html')], stop.signal, 5).then(() => (done = true));
    await sleep(30);
    expect(done).toBe(false);
    write('a.html', page('A', 'một'));
    await waiting;
    expect(done).toBe(true);

    const never = whenWritten([join(root, 'never.html')], stop.signal, 5);
    stop.abort();
    await expect(never).resolves.toBeUndefined();
  });
});

describe('the search index of a build', () => {
  it('starts once every searchable page is rendered and written, before the build is over', async () => {
    site();
    const job = new SearchIndexJob(root, ['/dien-hinh/a/', '/cach-lam-hay/b/']);
    expect(job.pages).toBe(2);
    job.rendered('/dien-hinh/a/');
    job.rendered('/dien-hinh/a/ap-phich/'); // not searchable: changes nothing
    write('dien-hinh/a/index.html', page('Nuôi ong', 'Cách nuôi ong lấy mật của bác Hùng.'));
    await sleep(100);
    expect(existsSync(join(root, 'pagefind'))).toBe(false);
    job.rendered('/cach-lam-hay/b/');
    write('cach-lam-hay/b/index.html', page('Ủ phân', 'Ủ phân chuồng bằng men vi sinh.'));
    write('dien-hinh/a/ap-phich/index.html', page('Áp phích', 'Không vào chỉ mục.'));
    for (let i = 0; i < 400 && !existsSync(join(root, 'pagefind/pagefind-entry.json')); i++) await sleep(25);
    expect(existsSync(join(root, 'pagefind/pagefind-entry.json'))).toBe(true);
    const run = await job.finish();
    expect(run.ok).toBe(true);
    expect(run.output).toMatch(/Indexed 2 pages/);
  });

  it('is made at the end when a page was never reported', async () => {
    site();
    write('dien-hinh/a/index.html', page('Nuôi ong', 'Cách nuôi ong.'));
    const job = new SearchIndexJob(root, ['/dien-hinh/a/', '/dien-hinh/khong-co/']);
    const run = await job.finish();
    expect(run.ok).toBe(true);
    expect(run.output).toMatch(/Indexed 1 page/);
  });

  it('says why when Pagefind cannot make it', async () => {
    site();
    const run = await runPagefind(join(root, 'khong-co-thu-muc'));
    expect(run.ok).toBe(false);
    expect(run.output.length).toBeGreaterThan(0);
  });
});
