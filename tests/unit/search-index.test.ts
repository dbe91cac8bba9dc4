import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import searchIndex from '../../src/integrations/search-index.ts';
import { fitsBeside, pagefindWarnings, runPagefind, SearchIndexJob } from '#lib/search/index-job.ts';
import { isSearchable, pageFile, searchableFirst, type BuiltPath } from '#lib/search/searchable.ts';
import { isWritten, whenWritten } from '#lib/search/written-pages.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const site = () => (root = mkdtempSync(join(tmpdir(), 'chi-muc-')));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const html = (title: string, text: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>\n`;

const page = (pathname: string) => ({ pathname, route: { type: 'page' } });
const file = (pathname: string) => ({ pathname, route: { type: 'endpoint' } });

describe('searchable pages', () => {
  it('are the entry pages, not their posters, lists or files', () => {
    expect(pageFile(page('/dien-hinh/a/'))).toBe('dien-hinh/a/index.html');
    expect(pageFile(page('/dien-hinh/a'))).toBe('dien-hinh/a/index.html');
    expect(pageFile(file('/truyen-thanh/lich.ics'))).toBe('truyen-thanh/lich.ics');
    expect(pageFile(page('/'))).toBe('index.html');
    for (const entry of ['/dien-hinh/a/', '/cach-lam-hay/b', '/truyen-thanh/c/']) expect(isSearchable(page(entry)), entry).toBe(true);
    for (const other of ['/dien-hinh/a/ap-phich/', '/dien-hinh/', '/phong-trao/x/', '/dien-hinh/trang/2/x/'])
      expect(isSearchable(page(other)), other).toBe(false);
    expect(isSearchable(file('/truyen-thanh/c.txt'))).toBe(false);
  });

  it('come first, then the other pages, then files, each group keeping its order', () => {
    const paths = [
      file('/bao-cao/2023.docx'),
      page('/'),
      page('/dien-hinh/b/ap-phich/'),
      page('/dien-hinh/b/'),
      file('/truyen-thanh/c.txt'),
      page('/thon/x/'),
      page('/cach-lam-hay/a/'),
      page('/dien-hinh/a/'),
    ];
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
    write('a.html', html('A', 'một'));
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
    write('a.html', html('A', 'một'));
    await waiting;
    expect(done).toBe(true);

    const never = whenWritten([join(root, 'never.html')], stop.signal, 5);
    stop.abort();
    await expect(never).resolves.toBeUndefined();
  });
});

const indexed = () => existsSync(join(root, 'pagefind/pagefind-entry.json'));
async function waitUntil(done: () => boolean, ms = 10_000) {
  for (let waited = 0; waited < ms && !done(); waited += 25) await sleep(25);
}

describe('the search index of a build', () => {
  it('starts once every searchable page is rendered and written to its end, before the build is over', async () => {
    site();
    const job = new SearchIndexJob(root, [page('/dien-hinh/a/'), page('/cach-lam-hay/b/')]);
    expect(job.pages).toBe(2);
    job.rendered('/dien-hinh/a/');
    job.rendered('/dien-hinh/a/ap-phich/'); // not searchable: changes nothing
    write('dien-hinh/a/index.html', html('Nuôi ong', 'Cách nuôi ong lấy mật của bác Hùng.'));
    await sleep(100);
    expect(indexed()).toBe(false);
    // Rendered, but its file only half written: still waiting.
    write('cach-lam-hay/b/index.html', '<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>Ủ ph');
    job.rendered('/cach-lam-hay/b'); // as Astro asks for it, without the trailing slash
    await sleep(150);
    expect(indexed()).toBe(false);
    write('cach-lam-hay/b/index.html', html('Ủ phân', 'Ủ phân chuồng bằng men vi sinh.'));
    write('dien-hinh/a/ap-phich/index.html', html('Áp phích', 'Không vào chỉ mục.'));
    await waitUntil(indexed);
    expect(indexed()).toBe(true);
    const run = await job.finish();
    expect(run).toMatchObject({ ok: true, found: 2, indexed: 2 });
  });

  it('is made at the end when a page was never reported, or never written', async () => {
    site();
    write('dien-hinh/a/index.html', html('Nuôi ong', 'Cách nuôi ong.'));
    const job = new SearchIndexJob(root, [page('/dien-hinh/a/'), page('/dien-hinh/khong-co/')]);
    const run = await job.finish();
    expect(run).toMatchObject({ ok: true, found: 1, indexed: 1 });
  });

  it('is left for after the build when Pagefind would not fit in memory beside Astro', async () => {
    site();
    write('dien-hinh/a/index.html', html('Nuôi ong', 'Cách nuôi ong.'));
    const job = new SearchIndexJob(root, [page('/dien-hinh/a/')], { fits: () => false });
    job.rendered('/dien-hinh/a/');
    await sleep(150);
    expect(indexed()).toBe(false);
    expect(await job.finish()).toBeUndefined();
    expect(indexed()).toBe(false);
  });

  it('fits in memory while Astro and Pagefind together stay within the budget', () => {
    const gib = 1024 ** 3;
    expect(fitsBeside(1.2 * gib, 5_000)).toBe(true);
    expect(fitsBeside(1.8 * gib, 10_000)).toBe(false);
    expect(fitsBeside(0.5 * gib, 1_000, 0.6 * gib)).toBe(false);
  });

  it("passes on Pagefind's warnings, and nothing of a run without any", async () => {
    expect(pagefindWarnings('[Parsing files]\nWARNING: Found multiple data-pagefind-body elements\nIndexed 2 pages')).toBe(
      'WARNING: Found multiple data-pagefind-body elements',
    );
    expect(pagefindWarnings('[Building search indexes]\nTotal:\n  Indexed 64 pages\nFinished in 0.2 seconds')).toBeUndefined();
  });

  it('says why when Pagefind cannot make it', async () => {
    site();
    const run = await runPagefind(join(root, 'khong-co-thu-muc'));
    expect(run.ok).toBe(false);
    expect(run.output.length).toBeGreaterThan(0);
  });
});

/** The integration's hooks, run as Astro runs them, around a stand-in for Astro's own prerenderer. */
async function buildWith(paths: BuiltPath[], write: (pathname: string) => unknown, { ownPrerenderer = true } = {}) {
  const hooks = searchIndex().hooks;
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(`CẢNH BÁO ${m}`) };
  type Hook = (options: unknown) => unknown;
  await (hooks['astro:config:done'] as Hook)({ config: { outDir: pathToFileURL(`${root}/`) } });
  let factory: ((base: AstroPrerenderer) => AstroPrerenderer) | undefined;
  await (hooks['astro:build:start'] as Hook)({ setPrerenderer: (f: typeof factory) => (factory = f) });
  const base = {
    name: 'astro:default',
    getStaticPaths: async () => paths,
    render: async (request: Request) => new Response(new URL(request.url).pathname),
  } as unknown as AstroPrerenderer;
  const prerenderer = ownPrerenderer ? factory!(base) : base;
  const order = (await prerenderer.getStaticPaths()) as BuiltPath[];
  for (const path of order) {
    await prerenderer.render(new Request(new URL(path.pathname, 'https://xa.example')), { routeData: path.route } as never);
    await write(path.pathname);
  }
  await (hooks['astro:build:done'] as Hook)({ logger, dir: pathToFileURL(`${root}/`) });
  return { order: order.map((p) => p.pathname), logged };
}

describe('the search index integration', () => {
  const paths = [page('/'), page('/dien-hinh/ba-hoa/ap-phich/'), page('/dien-hinh/ba-hoa/'), page('/cach-lam-hay/u-phan/')];
  const writePage = (pathname: string) => write(pageFile(page(pathname)), html(pathname, `Trang ${pathname} của xã.`));

  it('has Astro render the searchable pages first and indexes them while the rest are written', async () => {
    site();
    let indexedBeforeTheEnd = false;
    const { order, logged } = await buildWith(paths, async (pathname) => {
      writePage(pathname);
      // The last page written: the index is made without waiting for the build's end.
      if (pathname === '/dien-hinh/ba-hoa/ap-phich/') {
        await waitUntil(indexed);
        indexedBeforeTheEnd = indexed();
      }
    });
    expect(order).toEqual(['/dien-hinh/ba-hoa/', '/cach-lam-hay/u-phan/', '/', '/dien-hinh/ba-hoa/ap-phich/']);
    expect(indexedBeforeTheEnd).toBe(true);
    expect(indexed()).toBe(true);
    expect(logged).toContain('Đã lập chỉ mục tìm kiếm: 2 trang.');
  });

  it('indexes the written pages after the build when another prerenderer took its place', async () => {
    site();
    const { logged } = await buildWith(paths, writePage, { ownPrerenderer: false });
    expect(indexed()).toBe(true);
    expect(logged).toContain('Đã lập chỉ mục tìm kiếm: 2 trang.');
  });

  it('says so when the site has no entry yet, and makes no index', async () => {
    site();
    const { logged } = await buildWith([page('/'), page('/tim-kiem/')], writePage);
    expect(indexed()).toBe(false);
    expect(logged.join('\n')).toMatch(/Chưa có bài nào .* bỏ qua bước lập chỉ mục tìm kiếm/);
  });

  it('warns when a searchable page was never written', async () => {
    site();
    const { logged } = await buildWith(paths, (pathname) => pathname !== '/cach-lam-hay/u-phan/' && writePage(pathname));
    expect(logged.join('\n')).toMatch(/CẢNH BÁO Pagefind chỉ thấy 1 trong 2 trang cần tìm được/);
  });
});

describe("npm run build's second step", () => {
  const step = () => spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/index-search.ts'), root], { encoding: 'utf8' });

  it('makes the index the build left for it, and does nothing where the build made it', () => {
    site();
    write('dien-hinh/a/index.html', html('Nuôi ong', 'Cách nuôi ong.'));
    const first = step();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Lập chỉ mục tìm kiếm sau bản dựng/);
    expect(indexed()).toBe(true);
    const again = step();
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('does nothing on a site with no entry', () => {
    site();
    write('index.html', html('Trang chủ', 'Chưa có bài.'));
    expect(step()).toMatchObject({ status: 0, stdout: '' });
    expect(indexed()).toBe(false);
  });
});
