import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectedProgress } from '../helpers/expected-progress.ts';
import { FIXTURE, fixtureDist } from '../helpers/fixture-site.ts';

// Another commune adopts the site by changing content only: the fixture site (three movements,
// plans for two years) is built from this repository's code with its own content/.
const content = join('tests/fixtures/sites', FIXTURE, 'content');
const fixture = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { siteName: string; commune: string };
const sample = parse(readFileSync('content/site.yaml', 'utf8')) as { siteName: string; commune: string; province: string };
const plans = readdirSync(join(content, 'plans')).map(
  (f) => parse(readFileSync(join(content, 'plans', f), 'utf8')) as { year: number; shortTitle: string; movements: { movement: string }[] },
);
const years = plans.map((p) => p.year).sort((a, b) => b - a);
const latest = plans.find((p) => p.year === years[0])!;

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtFiles(path);
    return /\.(html|xml|txt|csv|json)$/.test(name) ? [path] : [];
  });
}

test("no built page, feed or file names the sample's commune or counts its movements", () => {
  expect(years.length).toBe(2);
  const forbidden = [sample.commune, sample.siteName, sample.province, 'mười một phong trào', 'Mười một phong trào'];
  const found = builtFiles(fixtureDist).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return forbidden.filter((word) => text.includes(word)).map((word) => `${file.slice(fixtureDist.length)}: ${word}`);
  });
  expect(found).toEqual([]);
});

test("the home page carries the commune's name and counts its movements in words", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.siteName);
  await expect(page).toHaveTitle(fixture.siteName);
  const inWords: Record<number, string> = { 2: 'Hai', 3: 'Ba', 4: 'Bốn' };
  await expect(
    page.getByRole('heading', { level: 2, name: `${inWords[latest.movements.length]} phong trào thi đua năm ${latest.year}` }),
  ).toBeVisible();
  await expect(page.locator('footer')).toContainText(fixture.commune);
});

test('/tien-do/ shows the latest plan and counts only its own year; each year keeps its page and CSV', async ({ page, request }) => {
  for (const [path, year] of [['/tien-do/', years[0]!], ...years.map((y) => [`/tien-do/${y}/`, y] as const)] as const) {
    const expected = expectedProgress(content, year);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText(String(year));
    const met = expected.rows.filter((r) => r.met).length;
    await expect(page.getByText(`${met}/${expected.rows.length}`), path).toBeVisible();
    for (const row of expected.rows) {
      const cells = page.locator(`tr[data-movement="${row.id}"][data-unit=""]`);
      await expect(cells.locator('[data-col="minimum"]'), `${path} ${row.id}`).toHaveText(String(row.minimum));
      await expect(cells.locator('[data-col="published"]'), `${path} ${row.id}`).toHaveText(String(row.published));
    }
    const csv = await (await request.get(path === '/tien-do/' ? '/tien-do.csv' : `/tien-do/${year}.csv`)).text();
    expect(csv.trim().split(/\r\n/), path).toHaveLength(1 + expected.rows.reduce((n, r) => n + 1 + r.perUnit.length, 0));
  }
  // The years link to each other.
  await page.goto('/tien-do/');
  await page
    .getByRole('navigation', { name: 'Tiến độ các năm' })
    .getByRole('link', { name: `Năm ${years[1]}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/tien-do/${years[1]}/$`));
});

test('each movement is listed once, and its page shows its figures year by year', async ({ page }) => {
  await page.goto('/phong-trao/');
  const links = await page.locator('.movements h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toHaveLength(new Set(plans.flatMap((p) => p.movements.map((m) => m.movement))).size);
  expect(new Set(links).size).toBe(links.length);
  await page.goto(links[0]!);
  const table = page.getByRole('table', { name: /theo từng năm kế hoạch/ });
  await expect(table.locator('tbody tr')).toHaveCount(years.length);
  await expect(table.getByRole('link', { name: String(years[1]) })).toHaveAttribute('href', `/tien-do/${years[1]}/`);
});

test("each plan's page links to its own year's progress", async ({ page }) => {
  for (const year of years) {
    await page.goto(`/ke-hoach/ke-hoach-${year}/`);
    await expect(page.getByRole('link', { name: `Xem tiến độ thực hiện năm ${year}` })).toHaveAttribute('href', `/tien-do/${year}/`);
  }
});

test('the share picture is drawn for this commune at build time', async ({ request }) => {
  const response = await request.get('/chia-se.png');
  expect(response.headers()['content-type']).toMatch(/image\/png/);
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
