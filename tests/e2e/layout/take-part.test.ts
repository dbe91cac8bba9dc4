import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { FIXTURE } from '../helpers/fixture-site.ts';

// Residents take part: they find their village on the map, propose someone, and go and see an
// exemplar. Run on the fixture site; what each page should say is read from its content files
// here, apart from src/.
const content = join('tests/fixtures/sites', FIXTURE, 'content');
const read = (dir: string, ext: string) =>
  readdirSync(join(content, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ id: f.slice(0, -ext.length), text: readFileSync(join(content, dir, f), 'utf8') }));
const front = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

interface VillageFile {
  name: string;
  map?: { x: number; y: number; sketch?: boolean };
  contact?: { role: string; place?: string };
}
interface ExemplarFile {
  id: string;
  name: string;
  movement: string;
  village?: string;
  visits?: { see: string[]; season: string; through: string };
}
const site = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { office: { name: string; email: string } };
const villages = read('villages', '.yaml').map((v) => ({ id: v.id, ...(parse(v.text) as VillageFile) }));
const exemplars = read('exemplars', '.mdx').map((e) => ({ id: e.id, ...front(e.text) }) as ExemplarFile);
const practices = read('practices', '.mdx').map((p) => front(p.text) as { replications?: { village?: string }[] });
const units = new Map(read('units', '.yaml').map((u) => [u.id, parse(u.text) as { name: string }]));
const movements = new Map(read('movements', '.yaml').map((m) => [m.id, parse(m.text) as { shortName: string }]));
const plans = read('plans', '.yaml').map((p) => parse(p.text) as { year: number; movements: { movement: string; leadUnits: string[] }[] });
const currentPlan = plans.sort((a, b) => b.year - a.year)[0]!;
const expected = villages.map((v) => ({
  ...v,
  exemplars: exemplars.filter((e) => e.village === v.id).length,
  replicated: practices.filter((p) => (p.replications ?? []).some((r) => r.village === v.id)).length,
}));
const visiting = exemplars.filter((e) => e.visits);

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function expectNoAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Prints the page as the browser would on A4 and counts the sheets. */
async function printedSheets(page: Page): Promise<{ pages: number; a4: boolean }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
  return {
    pages: (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    a4: Math.round(Number(width)) === 595 && Math.round(Number(height)) === 842,
  };
}

test('the content gives the map a village without a position, replications and visits to show', () => {
  expect(expected.some((v) => !v.map)).toBe(true);
  expect(expected.some((v) => v.replicated > 0)).toBe(true);
  expect(visiting.length).toBeGreaterThanOrEqual(2);
});

test.describe('the map of the villages', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  test('shows each placed village with its count, and a table that says the same for every village', async ({ page }) => {
    const response = await page.goto('/thon/');
    expect(await response!.text()).not.toMatch(/<script\b/i);
    const drawing = page.locator('figure > svg');
    await expect(drawing).toBeVisible();
    const box = (await drawing.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Each village on the drawing links to its page and writes its count in its circle.
    const marks = drawing.locator('a');
    await expect(marks).toHaveCount(expected.filter((v) => v.map).length);
    for (const v of expected.filter((v) => v.map)) {
      const mark = drawing.locator(`a[href="/thon/${v.id}/"]`);
      await expect(mark.locator('text').first()).toHaveText(String(v.exemplars));
      if (v.replicated > 0) await expect(mark.locator('text').nth(1)).toHaveText(String(v.replicated));
    }
    // Screen readers and keyboards get the table; the drawing is for the eye and the finger.
    await expect(drawing).toHaveAttribute('aria-hidden', 'true');
    const table = page.getByRole('table', { name: /theo thôn/ });
    for (const v of expected) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(v.name) }) });
      await expect(row.getByRole('cell').nth(0)).toHaveText(String(v.exemplars));
      await expect(row.getByRole('cell').nth(1)).toHaveText(String(v.replicated));
      await expect(row.getByRole('link', { name: v.name })).toHaveAttribute('href', `/thon/${v.id}/`);
      if (!v.map) await expect(row).toContainText('chưa có trên sơ đồ');
    }
    // The legend reads without colour, and the sketch is said to be one.
    await expect(page.getByText('Số trong vòng tròn là số điển hình của thôn')).toBeVisible();
    await expect(page.getByText(/phác họa, chưa đo đạc/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('a tap on a village opens its page', async ({ page }) => {
    await page.goto('/thon/');
    const village = expected.find((v) => v.map && v.exemplars > 0)!;
    await page.locator(`figure > svg a[href="/thon/${village.id}/"] circle`).click();
    await expect(page).toHaveURL(new RegExp(`/thon/${village.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(village.name);
  });

  test('prints with the drawing, its legend and the table on one A4 sheet', async ({ page }) => {
    await page.goto('/thon/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure > svg')).toBeVisible();
    await expect(page.getByRole('table', { name: /theo thôn/ })).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  });
});

test('the map page passes axe', async ({ page }) => {
  await page.goto('/thon/');
  await expectNoAxeViolation(page);
});

test.describe('proposing an exemplar', () => {
  test('says who can be proposed in each movement of the plan, and who receives proposals', async ({ page }) => {
    await page.goto('/de-xuat/');
    for (const planned of currentPlan.movements) {
      const heading = page.getByRole('heading', { level: 3, name: movements.get(planned.movement)!.shortName });
      await expect(heading).toBeVisible();
      const text = await heading.locator('xpath=following-sibling::p[1]').textContent();
      for (const unit of planned.leadUnits) expect(text).toContain(units.get(unit)!.name);
    }
    for (const v of villages.filter((v) => v.contact)) {
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: v.name }) });
      await expect(row).toContainText(v.contact!.role);
    }
    await expect(page.getByRole('link', { name: site.office.email }).first()).toHaveAttribute('href', `mailto:${site.office.email}`);
  });

  test('the e-mail form composes a message to the office with what was written, and the site receives nothing', async ({ page }) => {
    await page.goto('/de-xuat/');
    const form = page.locator('form[action^="mailto:"]');
    await expect(form).toHaveAttribute('action', `mailto:${site.office.email}`);
    const movement = movements.get(currentPlan.movements[0]!.movement)!.shortName;
    await page.getByLabel('Phong trào').selectOption({ label: movement });
    const body = page.getByLabel('Nội dung đề xuất');
    const template = await body.inputValue();
    const filled = template
      .replace('được đề xuất: ', 'được đề xuất: Tổ hòa giải thôn Đông & các cụ cao tuổi')
      .replace(
        'Việc làm, thành tích tiêu biểu (vì sao đề xuất): ',
        'Việc làm, thành tích tiêu biểu (vì sao đề xuất): Hòa giải 12 vụ, 100% thành',
      )
      .replace('Người đề xuất (họ tên, hoặc tên đơn vị): ', 'Người đề xuất (họ tên, hoặc tên đơn vị): Chi hội Người cao tuổi');
    await body.fill(filled);
    const toSite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('mailto:')) toSite.push(request.url());
    });
    const [mail] = await Promise.all([
      page.waitForRequest((request) => request.url().startsWith('mailto:')),
      page.getByRole('button', { name: 'Mở thư để gửi' }).click({ noWaitAfter: true }),
    ]);
    const url = new URL(mail.url());
    expect(url.pathname).toBe(site.office.email);
    // The browser writes the fields as form data: a + is a space, and a typed & or + is escaped.
    const fields = new URLSearchParams(url.search);
    expect(fields.get('subject')).toBe(`Đề xuất điển hình: ${movement}`);
    expect(fields.get('body')!.replace(/\r\n/g, '\n')).toBe(filled);
    for (const line of template.split('\n')) expect(fields.get('body')).toContain(line.trim());
    expect(toSite).toEqual([]);
  });

  test('prints as a one-page A4 nomination form with a box for every kind and movement', async ({ page }) => {
    await page.goto('/de-xuat/');
    await page.emulateMedia({ media: 'print' });
    const paper = page.locator('.paper');
    await expect(paper.getByRole('heading', { name: 'PHIẾU ĐỀ XUẤT ĐIỂN HÌNH TIÊN TIẾN' })).toBeVisible();
    await expect(page.locator('form[action^="mailto:"]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    for (const planned of currentPlan.movements)
      await expect(paper.getByText(movements.get(planned.movement)!.shortName, { exact: true })).toBeVisible();
    await expect(paper).toContainText(site.office.name);
    expect(await printedSheets(page)).toEqual({ pages: 1, a4: true });
  });

  test('passes axe', async ({ page }) => {
    await page.goto('/de-xuat/');
    await expectNoAxeViolation(page);
  });
});

test.describe('study visits', () => {
  test('the visits page lists every exemplar that welcomes visits under its movement, with where to arrange it', async ({ page }) => {
    await page.goto('/tham-quan/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tham quan học tập');
    for (const e of visiting) {
      const section = page
        .locator('section')
        .filter({ has: page.getByRole('heading', { level: 2, name: movements.get(e.movement)!.shortName }) });
      await expect(section.getByRole('link', { name: e.name })).toHaveAttribute('href', `/dien-hinh/${e.id}/`);
      await expect(section).toContainText(units.get(e.visits!.through)!.name);
      await expect(section).toContainText(e.visits!.season);
    }
    await expect(page.getByRole('link', { name: 'Phiếu tham quan' })).toHaveCount(visiting.length);
    await expect(page.locator('main h3')).toHaveCount(visiting.length);
  });

  test("an exemplar's page says how to visit, and one that does not welcome visits says nothing of it", async ({ page }) => {
    const e = visiting[0]!;
    await page.goto(`/dien-hinh/${e.id}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Tham quan học tập' })).toBeVisible();
    for (const line of e.visits!.see) await expect(page.getByText(line)).toBeVisible();
    await expect(page.getByRole('link', { name: units.get(e.visits!.through)!.name }).last()).toBeVisible();
    await page.getByRole('link', { name: 'In phiếu tham quan (A4)' }).click();
    await expect(page).toHaveURL(new RegExp(`/dien-hinh/${e.id}/tham-quan/$`));
    const other = exemplars.find((x) => !x.visits)!;
    await page.goto(`/dien-hinh/${other.id}/`);
    await expect(page.getByRole('heading', { name: 'Tham quan học tập' })).toHaveCount(0);
  });

  test('the visit sheet prints on one A4 page with what to see, when, how to arrange it and a QR code', async ({ page }) => {
    for (const e of visiting) {
      await page.goto(`/dien-hinh/${e.id}/tham-quan/`);
      await expectNoAxeViolation(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.name);
      for (const line of e.visits!.see) await expect(page.getByText(line)).toBeVisible();
      await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Chuyên mục' })).toBeHidden();
      expect(await printedSheets(page), e.id).toEqual({ pages: 1, a4: true });
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
