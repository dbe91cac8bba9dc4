import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { buildSampleCopy, type SampleCopy } from './helpers/sample-copy.ts';

// The office writes next year's plan in December with `npm run new -- plan <next year>`: the site
// keeps following the plan in force until next year begins, and says when the new one applies.
const DAY = '2026-12-01';
const NEXT = Number(DAY.slice(0, 4)) + 1;
/** The sample's plan in force on DAY: the latest whose year has begun. */
const inForce = readdirSync('content/plans')
  .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
  .map((f) => Number(/^year:\s*(\d{4})/m.exec(readFileSync(join('content/plans', f), 'utf8'))![1]))
  .filter((year) => year <= NEXT - 1)
  .sort((a, b) => b - a)[0]!;

// Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
const test = base.extend<object, { site: SampleCopy }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await buildSampleCopy({
        env: { BUILD_DATE: DAY },
        prepare: ({ root }) => {
          const made = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), 'plan', String(NEXT)], {
            cwd: root,
            env: { ...process.env, BUILD_DATE: DAY },
            encoding: 'utf8',
          });
          if (made.status !== 0) throw new Error(made.stderr || made.stdout);
          // The command says the plan waits for its year, and how to keep it a draft instead.
          if (!made.stdout.includes(`có hiệu lực trên trang từ năm ${NEXT}`) || !made.stdout.includes('_ke-hoach'))
            throw new Error(`npm run new -- plan ${NEXT} không nói kế hoạch chờ tới năm của nó:\n${made.stdout}`);
        },
      });
      await use(site);
      await site.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

test('the home page, the movements and progress keep to the plan in force, not the plan written ahead', async ({ page, site }) => {
  await page.goto(`${site.url}/`);
  await expect(page.locator('main')).toContainText(`năm ${inForce}`);
  await expect(page.locator('main')).not.toContainText(`năm ${NEXT}`);
  await page.goto(`${site.url}/tien-do/`);
  await expect(page.locator('h1')).toHaveText(`Tiến độ thực hiện kế hoạch năm ${inForce}`);
  await page.goto(`${site.url}/phong-trao/`);
  await expect(page.locator('main')).not.toContainText(`năm ${NEXT}`);
});

test("next year's plan has its pages now, saying from when it applies, and no report until its year", async ({ page, request, site }) => {
  await page.goto(`${site.url}/tien-do/${NEXT}/`);
  await expect(page.getByRole('note').filter({ hasText: `áp dụng từ năm ${NEXT}` })).toBeVisible();
  await expect(page.locator(`a[href^="/bao-cao/${NEXT}"]`)).toHaveCount(0);
  await page.goto(`${site.url}/tien-do/${inForce}/`);
  await expect(page.getByRole('note').filter({ hasText: 'áp dụng từ năm' })).toHaveCount(0);
  expect((await request.get(`${site.url}/bao-cao/${NEXT}/`)).status()).toBe(404);
  expect((await request.get(`${site.url}/bao-cao/${inForce}/`)).status()).toBe(200);
  await page.goto(`${site.url}/bao-cao/`);
  await expect(page.locator('h2')).not.toContainText([`Năm ${NEXT}`]);
  await expect(page.locator('h2').first()).toHaveText(`Năm ${inForce}`);
});
