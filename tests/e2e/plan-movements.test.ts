import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

// The office that runs emulation work checks that every movement of the plan is on the site,
// with its lead units and the plan's minimum. Expected values are read from content/, not typed here.
const dir = join(process.cwd(), 'content/movements');
const movements = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as { name: string; order: number; minimum: { count: number } }) }))
  .sort((a, b) => a.order - b.order);

test('the movements index lists the eleven movements of the plan, in its order', async ({ page }) => {
  expect(movements).toHaveLength(11);
  await page.goto('/phong-trao/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các phong trào thi đua');
  for (const movement of movements) {
    await expect(page.getByRole('link', { name: movement.name, exact: true }).first()).toBeVisible();
  }
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
