import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findName, type PersonNames } from '#lib/privacy/person-names.ts';
import { readerWords } from '#lib/privacy/reader-text.ts';
import { makeSiteCopy } from '../../scripts/lib/site-copy.ts';
import { FIXTURE_CONTENT } from './helpers/fixture-tree.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from './helpers/timeouts.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
/** Whichever test comes first waits for a content sync and a build. */
const TEST_TIMEOUT = 2 * BUILD_TEST_TIMEOUT;
const LUA: PersonNames = { id: 'hoang-thi-lua', name: 'Hoàng Thị Lụa' };
const NHUNG: PersonNames = { id: 'lang-thi-hong-nhung', name: 'Lăng Thị Hồng Nhung' };
const THANG: PersonNames = { id: 'luong-van-thang', name: 'Lương Văn Thắng' };
const LUA_STORY = 'chi-hoang-thi-lua-giu-nghe-lam-banh';
const LUA_PRACTICE = 'chia-ca-lam-banh-theo-gio-ranh';
const NHUNG_STORY = 'chi-lang-thi-hong-nhung-dua-dich-vu-cong-ve-thon';
const NHUNG_SCRIPT = 'chi-hong-nhung-dua-dich-vu-cong-ve-thon';
const THANG_STORY = 'anh-luong-van-thang-cho-muon-lon-nai';
/** A word only the story dated 2035 has. */
const FUTURE = 'Mùa xuân năm hai nghìn ba mươi lăm';

/** A person's record, consenting; `withdraw` adds the withdrawal the test writes later. */
const record = (person: PersonNames) =>
  `name: ${person.name}\nageGroup: tu-16-tro-len\nconsent:\n  givenBy: ${person.name}\n  date: 2024-11-01\n  recordedBy: Mặt trận xã\nsample: true\n`;

/** A story in the fixture commune's movements, units and villages. */
function story(o: {
  title: string;
  name: string;
  kind: 'ca-nhan' | 'tap-the';
  people: PersonNames[];
  summary: string;
  body: string;
  publishedAt?: string;
}) {
  return [
    '---',
    `title: "${o.title}"`,
    `name: "${o.name}"`,
    `kind: ${o.kind}`,
    'movement: dan-van-kheo',
    'unit: mat-tran-xa',
    'village: thon-trung',
    'year: 2025',
    'stage: phat-hien',
    `summary: "${o.summary}"`,
    'cover:',
    '  src: ../images/cover.png',
    '  alt: "Bà con trong thôn làm việc chung"',
    `publishedAt: ${o.publishedAt ?? '2025-05-20'}`,
    `people: [${o.people.map((p) => p.id).join(', ')}]`,
    'sample: true',
    '---',
    '',
    o.body,
    '',
  ].join('\n');
}

const script = (title: string, exemplar: string, person: PersonNames, body: string) =>
  `---\ntitle: "${title}"\nstatus: da-duyet\nairDates: [2025-06-02]\nexemplars: [${exemplar}]\npeople: [${person.id}]\nsample: true\n---\n\nKính thưa bà con nhân dân trong toàn xã!\n\n${body}\n`;

/** Three people with stories, a practice and scripts, added to the fixture commune (tests/fixtures/sites/minh-tien). */
function writePeopleAndStories(write: (path: string, text: string) => void) {
  for (const person of [LUA, NHUNG, THANG]) write(`people/${person.id}.yaml`, record(person));
  write(
    `exemplars/${LUA_STORY}.mdx`,
    story({
      title: 'Chị Hoàng Thị Lụa giữ nghề làm bánh',
      name: LUA.name,
      kind: 'ca-nhan',
      people: [LUA],
      summary: 'Chị Hoàng Thị Lụa gom chị em trong thôn làm bánh.',
      body: 'Chị Hoàng Thị Lụa dạy chị em làm bánh gio mỗi mùa.',
    }),
  );
  write(
    `practices/${LUA_PRACTICE}.mdx`,
    `---\ntitle: "Chia ca làm bánh theo giờ rảnh"\nexemplars: [${LUA_STORY}]\npeople: [${LUA.id}]\nsummary: "Chị Hoàng Thị Lụa chia ca cho chị em."\nproblem: "Chị em bận việc đồng áng."\nsteps:\n  - "Ghi giờ rảnh của từng người."\nresults:\n  - { label: Người tham gia, value: 12, unit: người }\npublishedAt: 2025-06-01\nsample: true\n---\n\nCách chia ca của tổ.\n`,
  );
  write(
    `exemplars/${NHUNG_STORY}.mdx`,
    story({
      title: 'Chị Lăng Thị Hồng Nhung đưa dịch vụ công về thôn',
      name: NHUNG.name,
      kind: 'ca-nhan',
      people: [NHUNG],
      summary: 'Chị Lăng Thị Hồng Nhung hướng dẫn bà con làm thủ tục trên mạng.',
      body: 'Mỗi chiều thứ năm, chị Lăng Thị Hồng Nhung về nhà văn hóa thôn.',
    }),
  );
  write(
    `scripts/${NHUNG_SCRIPT}.mdx`,
    script('Chị Hồng Nhung đưa dịch vụ công về thôn', NHUNG_STORY, NHUNG, 'Chị Lăng Thị Hồng Nhung hướng dẫn bà con làm thủ tục.'),
  );
  write(
    `exemplars/${THANG_STORY}.mdx`,
    story({
      title: 'Anh Lương Văn Thắng cho mượn lợn nái',
      name: THANG.name,
      kind: 'ca-nhan',
      people: [THANG],
      summary: 'Anh Lương Văn Thắng cho các hộ trong thôn mượn lợn nái.',
      body: 'Anh Lương Văn Thắng cho ba hộ mượn lợn nái, trả lại bằng lứa lợn con.',
    }),
  );
  write(
    'scripts/anh-thang-cho-muon-lon-nai.mdx',
    script('Anh Thắng cho mượn lợn nái', THANG_STORY, THANG, 'Anh Lương Văn Thắng cho ba hộ mượn lợn nái.'),
  );
}

/**
 * The fixture commune with three people's stories; then two of them withdraw consent, a story
 * names one of them only in ways a careless or a hostile editor would (no marks, entities, a line
 * break), and a story is dated 2035. Built once, lazily, by the first test that needs it.
 */
let site:
  { root: string; dist: string; status: number | null; output: string; before: { status: number | null; hadLua: boolean } } | undefined;
function built() {
  if (site) return site;
  const root = mkdtempSync(join(tmpdir(), 'guong-sang-people-'));
  makeSiteCopy(root, FIXTURE_CONTENT);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  };
  writePeopleAndStories(write);
  // Its own content store, filled first while everyone still consents: CI keeps the store from
  // one build to the next, and an entry whose file did not change stays in it.
  const cacheDir = join(root, '.astro-cache');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    readFileSync(join(root, 'astro.config.mjs'), 'utf8').replace(
      'export default defineConfig({',
      `export default defineConfig({\n  cacheDir: ${JSON.stringify(cacheDir)},`,
    ),
  );
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-12-01' };
  const sync = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: BUILD_TIMEOUT,
  });
  const stored = files(cacheDir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const before = { status: sync.status, hadLua: stored.includes(LUA_STORY) };
  const withdraw = (person: PersonNames) => {
    const file = join(root, 'content/people', `${person.id}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^consent:\n/m,
        'consent:\n  withdrawn: { date: 2026-11-30, note: "Theo đơn của người được nêu tên" }\n',
      ),
    );
  };
  withdraw(LUA);
  withdraw(NHUNG);
  write(
    'exemplars/to-banh-thon-trung.mdx',
    story({
      title: 'Tổ bánh thôn Trung giữ nghề',
      name: 'Tổ bánh thôn Trung',
      kind: 'tap-the',
      people: [],
      summary: 'Tổ do chi Hoang Thi Lua lap ra, nay co muoi thanh vien.',
      body: 'Tổ trưởng là chị Hoàng Th&#7883;\nL&#7909;a, người gom chị em làm bánh.',
    }),
  );
  write(
    'exemplars/to-banh-mua-xuan.mdx',
    story({
      title: `${FUTURE}: tổ bánh mới`,
      name: 'Tổ bánh mới',
      kind: 'tap-the',
      people: [],
      summary: 'Một tổ bánh sẽ ra đời.',
      body: `${FUTURE}, tổ bánh mới ra đời.`,
      publishedAt: '2035-01-01',
    }),
  );
  const astro = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: BUILD_TIMEOUT,
  });
  site = {
    root,
    before,
    dist: join(root, 'dist'),
    status: astro.status,
    output: `${sync.stdout}\n${sync.stderr}\n${astro.stdout}\n${astro.stderr}`,
  };
  return site;
}
afterAll(() => site && rmSync(site.root, { recursive: true, force: true }));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
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
        for (const match of findName(words, person, anyCase))
          found.push(
            `${path}: ${words
              .slice(match.start, match.end)
              .map((w) => w.text)
              .join(' ')}`,
          );
      }
    }
  }
  return [...new Set(found)];
}

describe('a site built after two people withdrew their consent', () => {
  it(
    'builds, with a warning for each story held back',
    () => {
      const { status, output, before } = built();
      // The store held her story from before: the build had to take it out.
      expect(before, output).toEqual({ status: 0, hadLua: true });
      expect(status, output).toBe(0);
      expect(output).toContain('người đã rút lại sự đồng ý');
      expect(output).toMatch(
        /content\/exemplars\/to-banh-thon-trung\.mdx:\d+ {2}summary {2}cảnh báo: Bài còn nêu tên \\?"Hoang Thi Lua\\?"/,
      );
      expect(output).toMatch(
        /content\/exemplars\/to-banh-thon-trung\.mdx:\d+ {2}nội dung {2}cảnh báo: Bài còn nêu tên \\?"Hoàng Thị Lụa\\?"/,
      );
      expect(output).toMatch(/content\/exemplars\/to-banh-mua-xuan\.mdx:\d+ {2}publishedAt {2}cảnh báo: Ngày đăng 2035-01-01 chưa tới/);
    },
    TEST_TIMEOUT,
  );

  it(
    'reads the built files: Pagefind’s index and fragments are there and decompress',
    () => {
      const { dist } = built();
      const pagefind = files(join(dist, 'pagefind')).filter((f) => /\.pf_(fragment|index)$/.test(f));
      expect(pagefind.length).toBeGreaterThan(10);
      // The check finds a name that is published: the search for a withdrawn one can fail.
      const thang = namesIn(THANG);
      for (const kind of ['.html', 'rss.xml', '.txt', '.pf_fragment'])
        expect(
          thang.some((place) => place.split(':')[0]!.endsWith(kind)),
          `${kind} in ${thang.join('\n')}`,
        ).toBe(true);
    },
    TEST_TIMEOUT,
  );

  it.each([
    ['Hoàng Thị Lụa', LUA],
    ['Lăng Thị Hồng Nhung', NHUNG],
  ])(
    'has %s nowhere: HTML, RSS, sitemap, .txt, .csv, the search index, file names',
    (_name, person) => {
      expect(namesIn(person)).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'has no word of a withdrawn name that only she had in the search index',
    () => {
      const { dist } = built();
      const index = files(join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_index'));
      // Pagefind stores each word as written ("lụa") and folded ("lua", as in "lúa"): the written one is hers alone.
      expect(index.some((file) => readable(file)!.includes('thắng'))).toBe(true);
      for (const file of index) expect(readable(file)!.includes('lụa'), file).toBe(false);
    },
    TEST_TIMEOUT,
  );

  it(
    'holds the story dated 2035 until its day: no page, list, feed, sitemap or search entry',
    () => {
      const { dist } = built();
      expect(existsSync(join(dist, 'dien-hinh/to-banh-mua-xuan/index.html'))).toBe(false);
      const everywhere = files(dist)
        .map((f) => readable(f) ?? '')
        .join('\n');
      expect(everywhere).not.toContain(FUTURE);
      expect(everywhere.toLowerCase()).not.toContain('to-banh-mua-xuan');
      // The rest of the site is there.
      expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`/dien-hinh/${THANG_STORY}/`);
    },
    TEST_TIMEOUT,
  );

  it(
    'publishes none of the held stories, and keeps the others',
    () => {
      const { dist } = built();
      for (const id of [LUA_STORY, NHUNG_STORY, 'to-banh-thon-trung']) {
        expect(existsSync(join(dist, 'dien-hinh', id, 'index.html')), id).toBe(false);
      }
      expect(existsSync(join(dist, `cach-lam-hay/${LUA_PRACTICE}/index.html`))).toBe(false);
      expect(existsSync(join(dist, `truyen-thanh/${NHUNG_SCRIPT}.txt`))).toBe(false);
      expect(existsSync(join(dist, `dien-hinh/${THANG_STORY}/index.html`))).toBe(true);
      expect(existsSync(join(dist, 'dien-hinh/to-dan-van-thon-dong/index.html'))).toBe(true);
      expect(existsSync(join(dist, 'tien-do.csv'))).toBe(true);
    },
    TEST_TIMEOUT,
  );
});
