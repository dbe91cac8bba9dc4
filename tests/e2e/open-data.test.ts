import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { dist, htmlFiles } from './helpers/built-site.ts';

// A district office, a journalist or a spreadsheet takes the archive as files from /du-lieu/:
// exactly what the pages publish, in CSV that opens with its diacritics, and JSON with a schema.
test.use({ javaScriptEnabled: false });

interface Item {
  id: string;
  url: string;
  name?: string;
  title?: string;
  movement?: { id: string };
  movements?: { id: string }[];
  village?: { id: string } | null;
}
const json = (name: string) =>
  JSON.parse(readFileSync(join(dist, 'du-lieu', `${name}.json`), 'utf8')) as {
    count: number;
    items: Item[];
    license: { name: string; url: string };
  };
/** The entries that have a page of their own under a section: every folder but page numbers and sub-sections. */
const pagesUnder = (section: string, except: string[] = []) =>
  readdirSync(join(dist, section), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name) && !except.includes(d.name))
    .map((d) => d.name)
    .sort();
function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}
const csvFiles = () => [...files(join(dist, 'du-lieu'), '.csv'), ...files(join(dist, 'tien-do'), '.csv'), join(dist, 'tien-do.csv')];
const readCsv = (file: string) => parseCsv(readFileSync(file, 'utf8'), { bom: true }) as string[][];

test('the exemplars JSON lists exactly the exemplars that have a page, each with its address', () => {
  const { items, count } = json('dien-hinh');
  const pages = pagesUnder('dien-hinh');
  expect(pages.length).toBeGreaterThan(5);
  expect(items.map((i) => i.id).sort()).toEqual(pages);
  expect(count).toBe(items.length);
  for (const item of items) expect(new URL(item.url).pathname).toBe(`/dien-hinh/${item.id}/`);
});

test('practices and scripts likewise: one item per page', () => {
  expect(
    json('cach-lam-hay')
      .items.map((i) => i.id)
      .sort(),
  ).toEqual(pagesUnder('cach-lam-hay', ['phong-trao']));
  expect(
    json('truyen-thanh')
      .items.map((i) => i.id)
      .sort(),
  ).toEqual(pagesUnder('truyen-thanh', ['ban-tin']));
});

test('every CSV parses with a CSV parser: BOM, a row as wide as its header, Vietnamese letters intact', () => {
  const all = csvFiles();
  expect(all.length).toBeGreaterThan(10);
  for (const file of all) {
    const name = relative(dist, file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text.normalize('NFC'), name).toBe(text);
    const [header, ...rows] = readCsv(file);
    expect(header!.join(' '), name).toMatch(/[ăâđêôơưạ-ỹ]/);
    for (const row of rows) expect(row, name).toHaveLength(header!.length);
  }
});

test('each whole CSV holds the rows of its JSON, names with their diacritics', () => {
  for (const [name, text] of [
    ['dien-hinh', 'name'],
    ['cach-lam-hay', 'title'],
    ['truyen-thanh', 'title'],
    ['nhan-rong', 'title'],
    ['ket-qua', 'title'],
  ] as const) {
    const { items } = json(name);
    const [header, ...rows] = readCsv(join(dist, 'du-lieu', `${name}.csv`));
    expect(
      rows.map((r) => r[header!.indexOf('Mã')]),
      name,
    ).toEqual(items.map((i) => i.id));
    expect(
      rows.map((r) => r[header!.indexOf('Địa chỉ')]),
      name,
    ).toEqual(items.map((i) => i.url));
    const column = header!.indexOf(name === 'dien-hinh' ? 'Tên' : name === 'truyen-thanh' ? 'Tiêu đề' : 'Cách làm hay');
    expect(
      rows.map((r) => r[column]),
      name,
    ).toEqual(items.map((i) => i[text]));
  }
  expect(readCsv(join(dist, 'du-lieu/tien-do.csv')).length - 1).toBe(json('tien-do').count);
});

test('the filtered lists: each movement and village has the rows of the whole file that are its own', () => {
  const exemplars = json('dien-hinh').items;
  const practices = json('cach-lam-hay').items;
  const replications = json('nhan-rong').items;
  const ids = (file: string) =>
    readCsv(join(dist, 'du-lieu', file))
      .slice(1)
      .map((r) => `${r[0]} ${r[1]}`);
  const key = (i: Item) => `${i.id} ${i.url}`;
  const movements = readdirSync('content/movements').map((f) => f.replace('.yaml', ''));
  for (const m of movements) {
    expect(ids(`phong-trao/${m}/dien-hinh.csv`), m).toEqual(exemplars.filter((e) => e.movement!.id === m).map(key));
    expect(ids(`phong-trao/${m}/cach-lam-hay.csv`), m).toEqual(practices.filter((p) => p.movements!.some((x) => x.id === m)).map(key));
  }
  for (const v of readdirSync('content/villages').map((f) => f.replace('.yaml', ''))) {
    expect(ids(`thon/${v}/dien-hinh.csv`), v).toEqual(exemplars.filter((e) => e.village?.id === v).map(key));
    expect(ids(`thon/${v}/nhan-rong.csv`), v).toEqual(replications.filter((r) => r.village?.id === v).map(key));
  }
});

test('no personal data beyond the pages: no consent record, and no name from one that no page shows', () => {
  const data = files(join(dist, 'du-lieu'), '').map((f) => readFileSync(f, 'utf8'));
  for (const text of data.filter((t) => t.trimStart().startsWith('{') && !t.includes('"$id"'))) {
    expect(text).not.toMatch(/"(consent|givenBy|recordedBy|guardian|sensitive)"/);
  }
  // Every name a consent record holds, wherever it is kept, that no built page shows.
  const names = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) value.forEach((v) => collect(v, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) collect(v, k === 'name' && key === 'guardian' ? 'guardian.name' : k);
    else if (typeof value === 'string' && ['givenBy', 'recordedBy', 'guardian.name'].includes(key)) names.add(value);
  };
  for (const file of files('content', '')) {
    if (!/\.(mdx|ya?ml)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    collect(parse(file.endsWith('.mdx') ? (text.split(/^---$/m)[1] ?? '') : text));
  }
  const pages = htmlFiles().map((f) => readFileSync(f, 'utf8'));
  const unseen = [...names].filter((n) => !pages.some((html) => html.includes(n)));
  expect(unseen.length).toBeGreaterThan(0);
  for (const name of unseen)
    expect(
      data.some((t) => t.includes(name)),
      name,
    ).toBe(false);
});

test('/du-lieu/, from the footer: every file linked with its real size, the licence from site.yaml', async ({ page, request }) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Dữ liệu mở' }).click();
  await expect(page).toHaveURL(/\/du-lieu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu mở');
  const { license } = parse(readFileSync('content/site.yaml', 'utf8')) as { license: { name: string; url: string } };
  await expect(page.getByRole('link', { name: license.name })).toHaveAttribute('href', license.url);
  expect(json('dien-hinh').license).toEqual(license);

  const links = await page
    .locator('main a[href^="/du-lieu/"]')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, note: a.nextElementSibling?.textContent ?? '' })));
  const linked = new Set(links.map((l) => l.href));
  // Every data file is listed, and nothing listed is missing.
  expect([...linked].sort()).toEqual(
    files(join(dist, 'du-lieu'), '')
      .filter((f) => !f.endsWith('.html'))
      .map((f) => `/${relative(dist, f)}`)
      .sort(),
  );
  const kB = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  for (const { href, note } of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(href.endsWith('.csv') ? /text\/csv/ : /application\/json/);
    const bytes = (await response.body()).length;
    expect(note, href).toContain(bytes < 1000 ? `${bytes} byte` : `${kB.format(bytes / 1000)} kB`);
  }
  // Each dataset's columns are explained in Vietnamese.
  await page.getByText(/^Các cột của điển hình tiên tiến/).click();
  await expect(page.getByRole('row', { name: /Mã thôn/ })).toContainText('village.id');
});
