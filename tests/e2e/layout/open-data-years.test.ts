import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectedBreakdown } from '../helpers/expected-breakdown.ts';
import { expectedProgress } from '../helpers/expected-progress.ts';
import { FIXTURE } from '../helpers/fixture-site.ts';

// Every plan year, not only the current one, in the progress data and on its page.
const content = join('tests/fixtures/sites', FIXTURE, 'content');
const years = readdirSync(join(content, 'plans')).map(
  (f) => (parse(readFileSync(join(content, 'plans', f), 'utf8')) as { year: number }).year,
);

test('the progress data has every plan year, counted as the office counts it', async ({ request }) => {
  expect(years.length).toBeGreaterThan(1);
  const { items } = (await (await request.get('/du-lieu/tien-do.json')).json()) as {
    items: { year: number; movement: { id: string }; unit: unknown; published: number; minimum: number; met: boolean }[];
  };
  expect([...new Set(items.map((i) => i.year))].sort()).toEqual([...years].sort());
  for (const year of years) {
    for (const row of expectedProgress(content, year).rows) {
      const item = items.find((i) => i.year === year && i.movement.id === row.id && i.unit === null);
      expect(item, `${year} ${row.id}`).toMatchObject({ minimum: row.minimum, published: row.published, met: row.met });
    }
  }
});

test("each year's page counts that year's exemplars by village", async ({ page }) => {
  for (const year of years) {
    const expected = expectedBreakdown(content, year);
    await page.goto(`/tien-do/${year}/`);
    const table = page.getByRole('table', { name: `Điển hình năm ${year} theo thôn và loại` });
    for (const [village, counts] of Object.entries(expected.villages)) {
      await expect(table.locator(`tr[data-village="${village}"] [data-col="total"]`), `${year} ${village}`).toHaveText(
        String(counts.total),
      );
    }
    await expect(table.locator('tfoot [data-col="total"]')).toHaveText(String(expected.total.total));
  }
});
