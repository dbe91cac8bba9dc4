import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { checkReportFigures } from './helpers/report-checks.ts';

// The emulation officer drafts the six-month and year-end reports from the site: the same
// figures as the progress page, printed in the administrative format or edited in Word.
const years = readdirSync('content/plans').map((f) => (parse(readFileSync(`content/plans/${f}`, 'utf8')) as { year: number }).year);
const year = Math.min(...years);

test('each report has the figures of the progress page, its CSV and its Word file; the six-month one stops at 30 June', async ({
  page,
  request,
}) => {
  const { report, half } = await checkReportFigures(page, request, 'content', year);
  // The sample's plan year has exemplars after June: the two reports differ.
  expect(half).not.toEqual(report);
});

test('the progress page of a year links to its two reports and their Word files, and back', async ({ page }) => {
  await page.goto(`/tien-do/${year}/`);
  await page.getByRole('link', { name: `Báo cáo 6 tháng đầu năm ${year}: xem và in` }).click();
  await expect(page).toHaveURL(new RegExp(`/bao-cao/${year}/6-thang/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BÁO CÁO');
  await expect(page.getByRole('link', { name: `Báo cáo năm ${year}: bản Word (.docx) để sửa và trình ký` })).toHaveAttribute(
    'href',
    `/bao-cao/${year}.docx`,
  );
  await page.getByRole('link', { name: `Báo cáo năm ${year}: xem và in` }).click();
  await expect(page).toHaveURL(new RegExp(`/bao-cao/${year}/$`));
  await page.getByRole('link', { name: `trang tiến độ năm ${year}` }).click();
  await expect(page).toHaveURL(new RegExp(`/tien-do/${year}/$`));
});

test('a report reads as an administrative document: issuing body, national motto, placeholders, signature block, and says its figures are sample', async ({
  page,
  request,
}) => {
  await page.goto(`/bao-cao/${year}/`);
  const doc = page.locator('article.office-doc');
  await expect(doc).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(doc).toContainText('Độc lập - Tự do - Hạnh phúc');
  await expect(doc).toContainText('ỦY BAN NHÂN DÂN');
  await expect(doc).toContainText('Số: […]/BC-UBND');
  await expect(doc.getByRole('note')).toHaveText(/^Số liệu minh họa/);
  await expect(doc).toContainText('KT. CHỦ TỊCH');
  await expect(doc).toContainText('PHÓ CHỦ TỊCH');
  await expect(doc).toContainText('Nơi nhận:');
  await expect(doc.locator('.ph').filter({ hasText: 'Văn phòng ghi: ưu điểm' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Bảng 1\. Kết quả theo phong trào/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Bảng 2\. Điển hình/ })).toBeVisible();
  const word = await request.get(`/bao-cao/${year}.docx`);
  expect(word.status()).toBe(200);
});

test('printing a report gives A4 pages in the decree format: no site chrome, page numbers from page 2', async ({ page }) => {
  await page.goto(`/bao-cao/${year}/`);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.getByRole('navigation', { name: 'Chuyên mục' }),
    page.getByRole('navigation', { name: 'Đường dẫn' }),
    page.getByRole('search'),
    page.locator('footer'),
    page.locator('.doc-tools'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const doc = page.locator('article.office-doc');
  const style = await doc.evaluate((el) => {
    const s = getComputedStyle(el);
    return { page: s.getPropertyValue('page'), font: s.fontFamily, size: s.fontSize };
  });
  expect(style.page).toBe('report');
  expect(style.font).toMatch(/^"Times New Roman"/);
  expect(parseFloat(style.size)).toBeCloseTo((14 * 96) / 72, 1);
  // The named page: A4, the decree's margins, the page number at the top centre except on page 1.
  const rules = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r) => r instanceof CSSPageRule && r.selectorText.startsWith('report'))
      .map((r) => r.cssText.replace(/\s+/g, ' ')),
  );
  expect(rules.find((r) => r.startsWith('@page report {'))).toMatch(
    /size: a4( portrait)?; margin: 20mm 15mm 20mm 30mm;.*@top-center \{ content: counter\(page\);/i,
  );
  expect(rules.find((r) => r.startsWith('@page report:first'))).toMatch(/@top-center \{ content: none; \}/);
  // Printed by Chromium: A4 pages (595 × 842 points), more than one.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [
    Math.round(Number(w)),
    Math.round(Number(h)),
  ]);
  expect(sizes.length).toBeGreaterThan(1);
  for (const size of sizes) expect(size).toEqual([595, 842]);
});
