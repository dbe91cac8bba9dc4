import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readdirSync } from 'node:fs';
import { expectedBreakdown } from './helpers/expected-breakdown.ts';

// The office reads the year's exemplars by village and by kind beside the movement table, on a
// phone as well, and takes each table into a spreadsheet.
test.use({ javaScriptEnabled: false });

const year = Math.max(
  ...readdirSync('content/plans').map((f) => (parse(readFileSync(`content/plans/${f}`, 'utf8')) as { year: number }).year),
);
const KINDS = ['tap-the', 'ca-nhan', 'ho-gia-dinh'] as const;

test('the village table counts what the content holds, kind by kind, and adds up to the movement table', async ({ page }) => {
  const expected = expectedBreakdown('content', year);
  await page.goto('/tien-do/');
  const table = page.getByRole('table', { name: `Điển hình năm ${year} theo thôn và loại` });
  for (const [village, counts] of Object.entries(expected.villages)) {
    for (const col of [...KINDS, 'total'] as const)
      await expect(table.locator(`tr[data-village="${village}"] [data-col="${col}"]`), `${village} ${col}`).toHaveText(String(counts[col]));
  }
  await expect(table.locator('tr[data-village=""]')).toHaveCount(expected.noVillage.total > 0 ? 1 : 0);
  for (const col of [...KINDS, 'total'] as const)
    await expect(table.locator(`tfoot [data-col="${col}"]`)).toHaveText(String(expected.total[col]));
  // Every table of the page counts the same exemplars.
  const published = await page.locator('tr[data-unit=""] [data-col="published"]').allTextContents();
  expect(published.reduce((sum, n) => sum + Number(n), 0)).toBe(expected.total.total);
  const byKind = page.getByRole('table', { name: `Điển hình năm ${year} theo loại` });
  for (const kind of KINDS)
    await expect(byKind.locator(`tr[data-kind="${kind}"] [data-col="published"]`)).toHaveText(String(expected.total[kind]));
});

test('on a phone both tables are in view, every column included', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tien-do/');
  for (const name of [`Điển hình năm ${year} theo thôn và loại`, `Điển hình năm ${year} theo loại`]) {
    const table = page.getByRole('table', { name });
    const box = (await table.boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(360);
    for (const cell of await table.locator('tr > :last-child').all()) {
      const b = (await cell.boundingBox())!;
      expect(b.x + b.width, name).toBeLessThanOrEqual(360);
    }
  }
});

test('each table downloads as a CSV with the same rows as the page', async ({ page, request }) => {
  await page.goto(`/tien-do/${year}/`);
  for (const [link, name] of [
    ['Tải bảng theo thôn (CSV)', 'theo thôn và loại'],
    ['Tải bảng theo loại (CSV)', 'theo loại'],
  ] as const) {
    const href = (await page.getByRole('link', { name: link }).getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const [header, ...rows] = parseCsv(await response.text(), { bom: true }) as string[][];
    const table = page.getByRole('table', { name: `Điển hình năm ${year} ${name}` });
    const onPage = await table
      .locator('tbody tr, tfoot tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(header!.slice(1)).toEqual(await table.locator('thead th').allTextContents());
    // The CSV adds the id in front of each row: the rest is the page's row.
    expect(rows.map((r) => r.slice(1))).toEqual(onPage);
  }
});
