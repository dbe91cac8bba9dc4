import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteCopy, makeSiteCopy, PROJECT } from '../../scripts/lib/site-copy.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from './helpers/timeouts.ts';

// One real build of the fixture site (tests/fixtures/sites/minh-tien) with entries the pages must
// not show: the data files must not show them either, nor the consent record of one they do show.
const FIXTURE = join(PROJECT, 'tests/fixtures/sites/minh-tien/content');

/** Written in the content format of the day: where consent and drafts are kept may change, the intent does not. */
function hiddenEntries(write: (path: string, text: string) => void) {
  // The story lists the person it names; the person's record (content/people/) holds the consent.
  const person = (id: string, record: string, name: string, consent: string) => {
    write(`people/${record}.yaml`, `name: ${name.split(' ').slice(1).join(' ')}\nageGroup: tu-16-tro-len\n${consent}sample: true\n`);
    write(
      `exemplars/${id}.mdx`,
      `---\ntitle: "${name} nuôi ong lấy mật"\nname: "${name}"\nkind: ca-nhan\npeople: [${record}]\nmovement: nong-thon-moi\nunit: mat-tran-xa\nvillage: thon-dong\nyear: 2025\nstage: phat-hien\nsummary: "${name} nuôi ong lấy mật: một điển hình hư cấu để thử trang."\ncover:\n  src: ../images/cover.png\n  alt: "Những thùng ong dưới tán cây vải"\npublishedAt: 2025-02-01\nsample: true\n---\n\nBài hư cấu để thử trang.\n`,
    );
  };
  // Shown, with a consent record whose recorder no page names.
  person(
    'ba-lo-thi-phuong',
    'lo-thi-phuong',
    'Bà Lò Thị Phượng',
    'consent:\n  givenBy: Lò Thị Phượng\n  date: 2025-01-20\n  recordedBy: Tổ ghi nhận Khuổi Vằn\n',
  );
  // Consent withdrawn: neither the story nor what hangs on it.
  person(
    'ong-ha-van-sang',
    'ha-van-sang',
    'Ông Hà Văn Sáng',
    'consent:\n  givenBy: Hà Văn Sáng\n  date: 2025-01-20\n  recordedBy: Tổ ghi nhận Khuổi Vằn\n  withdrawn:\n    date: 2025-03-01\n',
  );
  write(
    'practices/nuoi-ong-duoi-tan-vai.mdx',
    `---\ntitle: "Nuôi ong dưới tán vải của ông Sáng"\nexemplars: [ong-ha-van-sang]\nsummary: "Đặt thùng ong dưới tán vải."\nproblem: "Vải ra hoa mà thiếu ong."\nsteps: ["Đặt thùng ong."]\nresults:\n  - { label: Mật ong, value: 40, unit: lít }\nreplications:\n  - { place: Thôn Đoài, village: thon-doai, date: 2025-04-01, result: "Thôn Đoài đặt ong theo cách của ông Sáng" }\npublishedAt: 2025-03-01\nsample: true\n---\n\nCách làm hư cấu.\n`,
  );
  // A draft beside the entries, and a script not yet approved.
  write(
    'exemplars/_to-nhap-thon-trung.mdx',
    readFileSync(join(FIXTURE, 'exemplars/to-dan-van-thon-dong.mdx'), 'utf8').replace(/Tổ dân vận thôn Đông/g, 'Tổ nháp thôn Trung'),
  );
  write(
    'scripts/ban-tin-chua-duyet.mdx',
    `---\ntitle: "Bản tin chưa duyệt về tổ dân vận"\nstatus: ban-nhap\nairDates: [2025-05-10]\nexemplars: [to-dan-van-thon-dong]\nsample: true\n---\n\nKính thưa bà con.\n`,
  );
}
const HIDDEN = [
  'ong-ha-van-sang',
  'Hà Văn Sáng',
  'nuoi-ong-duoi-tan-vai',
  'Nuôi ong dưới tán vải',
  'Tổ nháp thôn Trung',
  'to-nhap-thon-trung',
  'ban-tin-chua-duyet',
  'Bản tin chưa duyệt',
  'Tổ ghi nhận Khuổi Vằn',
];

describe('open data of a site with withdrawn, draft and unapproved entries', () => {
  let dir = '';
  let dist = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'du-lieu-'));
    makeSiteCopy(dir, FIXTURE);
    hiddenEntries((path, text) => {
      mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
      writeFileSync(join(dir, 'content', path), text);
    });
    buildSiteCopy(dir, {}, BUILD_TIMEOUT);
    dist = join(dir, 'dist');
  }, BUILD_TEST_TIMEOUT);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const items = (name: string) =>
    (JSON.parse(readFileSync(join(dist, 'du-lieu', `${name}.json`), 'utf8')) as { items: { id: string }[] }).items.map((i) => i.id).sort();
  const files = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(path, d.name)) : /\.(json|csv)$/.test(d.name) ? [join(path, d.name)] : [],
    );

  it('lists exactly the exemplars that have a page, the shown person included', () => {
    const pages = readdirSync(join(dist, 'dien-hinh'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
      .map((d) => d.name)
      .sort();
    expect(items('dien-hinh')).toEqual(pages);
    expect(pages).toContain('ba-lo-thi-phuong');
    expect(pages).not.toContain('ong-ha-van-sang');
  });

  it('leaves out the practice of the withdrawn exemplar, and the unapproved script', () => {
    expect(items('cach-lam-hay')).not.toContain('nuoi-ong-duoi-tan-vai');
    expect(items('truyen-thanh')).toEqual(['ban-tin-dan-van', 'ban-tin-duong-lang']);
  });

  it('no data file, whole or filtered, nor progress table names any of them, or the recorder of a consent', () => {
    const all = [...files(join(dist, 'du-lieu')), ...files(join(dist, 'tien-do'))];
    expect(all.length).toBeGreaterThan(20);
    const found = all.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return HIDDEN.filter((word) => text.includes(word)).map((word) => `${file.slice(dist.length)}: ${word}`);
    });
    expect(found).toEqual([]);
    // The shown person is there, by the name the page shows.
    expect(readFileSync(join(dist, 'du-lieu/thon/thon-dong/dien-hinh.csv'), 'utf8')).toContain('Bà Lò Thị Phượng');
  });
});
