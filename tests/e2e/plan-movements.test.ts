import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

// The office that runs emulation work checks that every movement of the plan in force is on the
// site, with the plan's minimum. Expected values are read from content/, not typed here.
const plans = readdirSync('content/plans')
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      parse(readFileSync(join('content/plans', f), 'utf8')) as {
        year: number;
        movements: { movement: string; minimum: { count: number } }[];
      },
  )
  .sort((a, b) => b.year - a.year);
const current = plans[0]!;
const movements = current.movements.map((target) => ({
  id: target.movement,
  minimum: target.minimum,
  ...(parse(readFileSync(join('content/movements', `${target.movement}.yaml`), 'utf8')) as { name: string }),
}));

test("the movements index lists the plan's movements, in its order, each once", async ({ page }) => {
  expect(movements.length).toBeGreaterThan(0);
  await page.goto('/phong-trao/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các phong trào thi đua');
  const listed = await page.locator('.movements h2 a').allTextContents();
  expect(listed.slice(0, movements.length)).toEqual(movements.map((m) => m.name));
  expect(new Set(listed).size).toBe(listed.length);
});

for (const movement of movements) {
  test(`movement page: ${movement.id}`, async ({ page }) => {
    const response = await page.goto(`/phong-trao/${movement.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(movement.name);
    await expect(page.getByText(`Ít nhất ${movement.minimum.count}`).first()).toBeVisible();
  });
}
