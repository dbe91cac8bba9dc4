import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findName, type PersonNames } from '#lib/privacy/person-names.ts';
import { readerWords } from '#lib/privacy/reader-text.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT, COMMAND_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
/** Whichever test comes first waits for a content sync and a build. */
const TEST_TIMEOUT = 2 * BUILD_TEST_TIMEOUT;
const LUA: PersonNames = { id: 'hoang-thi-lua', name: 'Hoàng Thị Lụa' };
const NHUNG: PersonNames = { id: 'lang-thi-hong-nhung', name: 'Lăng Thị Hồng Nhung' };
const THANG: PersonNames = { id: 'luong-van-thang', name: 'Lương Văn Thắng' };
/** A word only the story dated 2035 has. */
const FUTURE = 'Mùa xuân năm hai nghìn ba mươi lăm';

/**
 * The sample site with two people who withdrew consent, a story naming one of them only in
 * ways a careless or a hostile editor would (no marks, entities, a line break), and a story
 * dated 2035; built once, lazily, by the first test that needs it.
 */
let site: { root: string; dist: string; status: number | null; output: string; before: { status: number | null; hadLua: boolean } } | undefined;
function built() {
  if (site) return site;
  const root = mkdtempSync(join(tmpdir(), 'guong-sang-people-'));
  for (const item of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  // Its own content store, filled first while everyone still consents: CI keeps the store from
  // one build to the next, and an entry whose file did not change stays in it.
  const cacheDir = join(root, '.astro-cache');
  writeFileSync(join(root, 'astro.config.mjs'), readFileSync(join(root, 'astro.config.mjs'), 'utf8').replace('export default defineConfig({', `export default defineConfig({\n  cacheDir: ${JSON.stringify(cacheDir)},`));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-12-01' };
  const sync = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: root, encoding: 'utf8', env, timeout: BUILD_TIMEOUT });
  const stored = files(cacheDir).map((f) => readFileSync(f, 'utf8')).join('\n');
  const before = { status: sync.status, hadLua: stored.includes('chi-hoang-thi-lua-to-lam-banh-truyen-thong-luc-dien') };
  const withdraw = (id: string) => {
    const file = join(root, 'content/people', `${id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^consent:\n/m, 'consent:\n  withdrawn: { date: 2026-11-30, note: "Theo đơn của người được nêu tên" }\n'));
  };
  withdraw(LUA.id);
  withdraw(NHUNG.id);
  const collective = readFileSync(join(root, 'content/exemplars/khu-dan-cu-thon-na-lenh.mdx'), 'utf8');
  writeFileSync(
    join(root, 'content/exemplars/to-banh-luc-dien.mdx'),
    collective
      .replace(/^title: .*$/m, 'title: "Tổ bánh Lục Điền giữ nghề"')
      .replace(/^summary: .*$/m, 'summary: "Tổ do chi Hoang Thi Lua lap ra, nay co muoi thanh vien."')
      .replace(/^people: .*$/m, 'people: []')
      .replace(/^featured: .*$/m, 'featured: true')
      .replace(/\n---\n[\s\S]*$/, '\n---\n\nTổ trưởng là chị Hoàng Th&#7883;\nL&#7909;a, người gom chị em làm bánh.\n'),
  );
  writeFileSync(
    join(root, 'content/exemplars/to-banh-mua-xuan.mdx'),
    collective
      .replace(/^title: .*$/m, `title: "${FUTURE}: tổ bánh mới"`)
      .replace(/^people: .*$/m, 'people: []')
      .replace(/^publishedAt: .*$/m, 'publishedAt: 2035-01-01')
      .replace(/\n---\n[\s\S]*$/, `\n---\n\n${FUTURE}, tổ bánh mới ra đời.\n`),
  );
  const astro = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env, timeout: BUILD_TIMEOUT });
  const pagefind =
    astro.status === 0
      ? spawnSync(process.execPath, [join(PROJECT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--glob', '{dien-hinh,cach-lam-hay,truyen-thanh}/*/index.html'], { cwd: root, encoding: 'utf8', env, timeout: COMMAND_TIMEOUT })
      : undefined;
  site = { root, before, dist: join(root, 'dist'), status: pagefind?.status ?? astro.status, output: `${astro.stdout}\n${astro.stderr}\n${pagefind?.stdout ?? ''}${pagefind?.stderr ?? ''}` };
  return site;
}
afterAll(() => site && rmSync(site.root, { recursive: true, force: true }));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const TEXT = new Set(['.html', '.xml', '.txt', '.csv', '.json', '.js', '.css', '.svg', '.webmanifest', '']);

/** What each built file says: text as it is; a Pagefind file decompressed (gzip of "pagefind_dcd" and the data). */
function readable(file: string): string | undefined {
  if (file.includes('/pagefind/') && /\.pf_(fragment|index|filter|meta)$/.test(file)) {
    const data = gunzipSync(readFileSync(file));
    const signature = Buffer.from('pagefind_dcd');
    expect(data.subarray(0, signature.length).equals(signature), `${file} starts with Pagefind's signature`).toBe(true);
    return data.subarray(signature.length).toString('utf8');
  }
  return TEXT.has(extname(file)) ? readFileSync(file, 'utf8') : undefined;
}

/** Every place in dist/ that names a person: file path and the words found. */
function namesIn(person: PersonNames): string[] {
  const { dist } = built();
  const found: string[] = [];
  for (const file of files(dist)) {
    const path = relative(dist, file);
    // The file's own name is a URL: /_astro/chi-hoang-thi-lua….webp would name her too.
    for (const text of [path, readable(file)]) {
      if (text === undefined) continue;
      const words = readerWords(text);
      for (const anyCase of [false, true]) {
        for (const match of findName(words, person, anyCase)) found.push(`${path}: ${words.slice(match.start, match.end).map((w) => w.text).join(' ')}`);
      }
    }
  }
  return [...new Set(found)];
}

describe('a site built after two people withdrew their consent', () => {
  it('builds, with a warning for each story held back', () => {
    const { status, output, before } = built();
    // The store held her story from before: the build had to take it out.
    expect(before).toEqual({ status: 0, hadLua: true });
    expect(status, output).toBe(0);
    expect(output).toContain('người đã rút lại sự đồng ý');
    expect(output).toMatch(/content\/exemplars\/to-banh-luc-dien\.mdx:\d+ {2}summary {2}cảnh báo: Bài còn nêu tên \\?"Hoang Thi Lua\\?"/);
    expect(output).toMatch(/content\/exemplars\/to-banh-luc-dien\.mdx:\d+ {2}nội dung {2}cảnh báo: Bài còn nêu tên \\?"Hoàng Thị Lụa\\?"/);
    expect(output).toMatch(/content\/exemplars\/to-banh-mua-xuan\.mdx:\d+ {2}publishedAt {2}cảnh báo: Ngày đăng 2035-01-01 chưa tới/);
  }, TEST_TIMEOUT);

  it('reads the built files: Pagefind’s index and fragments are there and decompress', () => {
    const { dist } = built();
    const pagefind = files(join(dist, 'pagefind')).filter((f) => /\.pf_(fragment|index)$/.test(f));
    expect(pagefind.length).toBeGreaterThan(10);
    // The check finds a name that is published: the search for a withdrawn one can fail.
    const thang = namesIn(THANG);
    for (const kind of ['.html', 'rss.xml', '.txt', '.pf_fragment']) expect(thang.some((place) => place.split(':')[0]!.endsWith(kind)), `${kind} in ${thang.join('\n')}`).toBe(true);
  }, TEST_TIMEOUT);

  it.each([
    ['Hoàng Thị Lụa', LUA],
    ['Lăng Thị Hồng Nhung', NHUNG],
  ])('has %s nowhere: HTML, RSS, sitemap, .txt, .csv, the search index, file names', (_name, person) => {
    expect(namesIn(person)).toEqual([]);
  }, TEST_TIMEOUT);

  it('has no word of a withdrawn name that only she had in the search index', () => {
    const { dist } = built();
    const index = files(join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_index'));
    // Pagefind stores each word as written ("lụa") and folded ("lua", as in "lúa"): the written one is hers alone.
    expect(index.some((file) => readable(file)!.includes('thắng'))).toBe(true);
    for (const file of index) expect(readable(file)!.includes('lụa'), file).toBe(false);
  }, TEST_TIMEOUT);

  it('holds the story dated 2035 until its day: no page, list, feed, sitemap or search entry', () => {
    const { dist } = built();
    expect(existsSync(join(dist, 'dien-hinh/to-banh-mua-xuan/index.html'))).toBe(false);
    const everywhere = files(dist).map((f) => readable(f) ?? '').join('\n');
    expect(everywhere).not.toContain(FUTURE);
    expect(everywhere.toLowerCase()).not.toContain('to-banh-mua-xuan');
    // The rest of the site is there.
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('/dien-hinh/ong-vi-van-sinh-co-man/');
  }, TEST_TIMEOUT);

  it('publishes none of the held stories, and keeps the others', () => {
    const { dist } = built();
    for (const id of ['chi-hoang-thi-lua-to-lam-banh-truyen-thong-luc-dien', 'chi-lang-thi-hong-nhung-cong-chuc-tu-phap-ho-tich', 'to-banh-luc-dien']) {
      expect(existsSync(join(dist, 'dien-hinh', id, 'index.html')), id).toBe(false);
    }
    expect(existsSync(join(dist, 'cach-lam-hay/to-phu-nu-lam-banh-chia-ca-theo-gio-ranh/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'truyen-thanh/chi-hong-nhung-dua-dich-vu-cong-ve-thon.txt'))).toBe(false);
    expect(existsSync(join(dist, 'dien-hinh/ong-vi-van-sinh-co-man/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'tien-do.csv'))).toBe(true);
  }, TEST_TIMEOUT);
});
