import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { parseContentFile } from '#lib/content-check/frontmatter.ts';
import { buildSampleCopy, type SampleCopy } from './helpers/sample-copy.ts';

// A loudspeaker reader on a day after every scheduled bulletin, with a site that has what the
// sample cannot show: a Tày version written by the station's staff (tests/fixtures/loudspeaker/,
// test text, not Tày) and an approved script full of numbers, dates and abbreviations.
const SENTENCE = 'Quyết định số 212/QĐ-UBND ngày 22/12/2023, thưởng 12.500.000 đồng; 25% số hộ; họp lúc 7h30.';
const RATE = Number(readFileSync('src/lib/loudspeaker/reading-time.ts', 'utf8').match(/SYLLABLES_PER_SECOND = ([\d.]+)/)![1]);
const syllables = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const seconds = (label: string) => {
  const m = label.match(/(?:(\d+) phút )?(\d+) giây/);
  return Number(m?.[1] ?? 0) * 60 + Number(m?.[2] ?? 0);
};

/** Approved scripts of the sample, with their air dates. */
function approvedScripts(): { id: string; dates: string[] }[] {
  return readdirSync('content/scripts')
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .flatMap((file) => {
      const data = parseContentFile(readFileSync(join('content/scripts', file), 'utf8'), 'mdx').data as {
        status: string;
        airDates: string[];
      };
      return data.status === 'da-duyet' ? [{ id: file.replace(/\.mdx$/, ''), dates: data.airDates.map(String) }] : [];
    });
}
const scripts = approvedScripts();
const lastAirDate = scripts
  .flatMap((s) => s.dates)
  .sort()
  .at(-1)!;
const dayAfter = new Date(Date.parse(`${lastAirDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
// The script aired last carries the sentence and the Tày version.
const target = scripts.find((s) => s.dates.includes(lastAirDate))!.id;

// Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
const test = base.extend<object, { site: SampleCopy }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await buildSampleCopy({
        env: { BUILD_DATE: dayAfter },
        prepare: ({ root, write }) => {
          const path = `content/scripts/${target}.mdx`;
          const text = readFileSync(join(root, path), 'utf8');
          write(path, text.replace(/\n*$/, `\n\n${SENTENCE}\n`));
          write(`content/scripts/tyz/${target}.mdx`, readFileSync('tests/fixtures/loudspeaker/tyz-version.mdx', 'utf8'));
        },
      });
      await use(site);
      await site.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ site }, use) => use(site.url),
});
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 360, height: 740 }, isMobile: true });

test('past the last air date, the home page says nothing is scheduled and shows the latest aired bulletin with its date', async ({
  page,
}) => {
  await page.goto('/truyen-thanh/');
  await expect(page.getByText('Chưa có bản tin nào được lên lịch.')).toBeVisible();
  const latest = page.locator('.bulletin h3 a').first();
  const latestDate = await latest.locator('time').getAttribute('datetime');
  expect(latestDate).toBe(lastAirDate);

  await page.goto('/');
  const box = page.getByRole('region', { name: /Sắp phát/ });
  await expect(box.getByText('Chưa có bản tin nào được lên lịch phát. Bản tin gần nhất đã phát:')).toBeVisible();
  const aired = box.getByRole('link', { name: new RegExp(lastAirDate.split('-').reverse().join('/')) });
  await expect(aired).toBeVisible();
  await expect(box.getByText(/^Đã phát/)).toBeVisible();
  await aired.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lastAirDate.split('-').reverse().join('/'));
});

test('the .txt of an approved script is written as it must be read: no digit left, the author\u2019s text kept on the page', async ({
  page,
  request,
}) => {
  await page.goto(`/truyen-thanh/${target}/`);
  await expect(page.locator('[data-script-text]')).toContainText('12.500.000 đồng');
  const text = await (await request.get(`/truyen-thanh/${target}.txt`)).text();
  expect(text).not.toMatch(/\d/);
  for (const words of [
    'Quyết định số hai trăm mười hai, quyết định của Ủy ban nhân dân ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi ba',
    'thưởng mười hai triệu năm trăm nghìn đồng',
    'hai mươi lăm phần trăm số hộ',
    'họp lúc bảy giờ ba mươi',
  ]) {
    expect(text).toContain(words);
  }
  // The reading time counts the syllables as spoken, not as written.
  const shown = seconds((await page.locator('[data-reading-time]').textContent())!);
  expect(Math.abs(shown - syllables(text) / RATE)).toBeLessThanOrEqual(1);
  const written = syllables((await page.locator('[data-script-text] p').allTextContents()).join(' '));
  expect(syllables(text)).toBeGreaterThan(written);
  // So does the bulletin's .txt.
  const bulletin = await (await request.get(`/truyen-thanh/ban-tin/${lastAirDate}.txt`)).text();
  expect(bulletin).toContain('thưởng mười hai triệu năm trăm nghìn đồng');
  expect(bulletin).not.toMatch(/\d/);
});

test('a Tày version has its own reading view marked lang="tyz", its own .txt and reading time, linked from the script and the bulletin', async ({
  page,
  request,
}) => {
  await page.goto(`/truyen-thanh/${target}/`);
  await page.getByRole('link', { name: 'Tiếng Tày' }).click();
  await expect(page).toHaveURL(new RegExp(`/truyen-thanh/${target}/tyz/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'tyz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bản kiểm thử tiếng Tày');
  const body = page.locator('[data-script-text]');
  await expect(body).toHaveAttribute('lang', 'tyz');
  const paragraphs = (await body.locator('p').allTextContents()).map((p) => p.trim());
  expect(paragraphs[0]).toBe('Đoạn kiểm thử thứ nhất của bản tiếng Tày, có 12 hộ và 25%.');

  // No speech normaliser exists for Tày: its .txt is the text as written, without markup.
  const response = await request.get(`/truyen-thanh/${target}/tyz.txt`);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect((await response.text()).trim().split(/\n\n/)).toEqual(paragraphs);
  const shown = seconds((await page.locator('[data-reading-time]').textContent())!);
  expect(shown).toBeGreaterThan(0);
  expect(Math.abs(shown - syllables(paragraphs.join(' ')) / RATE)).toBeLessThanOrEqual(2);

  await page.getByRole('link', { name: new RegExp(lastAirDate.split('-').reverse().join('/')) }).click();
  await expect(page.locator('[data-bulletin-languages]')).toHaveText(/Ngôn ngữ: tiếng Việt, tiếng Tày \(1\/\d+ bài\)\./);
  await expect(page.getByRole('link', { name: 'Tiếng Tày' })).toHaveAttribute('href', `/truyen-thanh/${target}/tyz/`);
});

for (const theme of ['', '#nen-toi']) {
  test(`the Tày reading view passes axe${theme ? ' in dark' : ''}`, async ({ page }) => {
    await page.goto(`/truyen-thanh/${target}/tyz/${theme}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the Tày reading view and the home page are valid HTML and fit the page budget, with no JavaScript', async ({ site }) => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-trailing-whitespace': 'off', 'void-style': 'off', 'attribute-boolean-style': 'off', 'long-title': 'off' },
  });
  for (const path of [`truyen-thanh/${target}/tyz/index.html`, 'index.html', `truyen-thanh/ban-tin/${lastAirDate}/index.html`]) {
    const html = readFileSync(join(site.dist, path), 'utf8');
    expect(html, path).not.toMatch(/<script\b/i);
    const report = await validator.validateString(html, path);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
      ([, href]) => gzipSync(readFileSync(join(site.dist, href!)), { level: 9 }).length,
    );
    expect(gzipSync(html, { level: 9 }).length + css.reduce((a, b) => a + b, 0), path).toBeLessThanOrEqual(14 * 1024);
  }
});
