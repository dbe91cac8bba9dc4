import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { FIXTURE } from '../helpers/fixture-site.ts';
import { checkReportFigures } from '../helpers/report-checks.ts';
import { docxFigures } from '../helpers/report-figures.ts';

// Another commune's reports, for both of its plan years: the figures of its progress pages,
// its own names in the document head, and the plan cited by its number when the file has one.
const content = join('tests/fixtures/sites', FIXTURE, 'content');
const plans = readdirSync(join(content, 'plans')).map(
  (f) => parse(readFileSync(join(content, 'plans', f), 'utf8')) as { year: number; number?: string; issuedAt?: string },
);
const site = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { authority: { name: string }; commune: string };

for (const plan of plans) {
  test(`the ${plan.year} reports have the figures of /tien-do/${plan.year}/, its CSV and the content files`, async ({ page, request }) => {
    await checkReportFigures(page, request, content, plan.year);
  });
}

test('the document head and the Word file carry this commune and cite the plan by number and date when its file has them', async ({
  page,
  request,
}) => {
  const numbered = plans.find((p) => p.number)!;
  const unnumbered = plans.find((p) => !p.number)!;
  const [y, m, d] = numbered.issuedAt!.split('-');
  await page.goto(`/bao-cao/${numbered.year}/`);
  const doc = page.locator('article.office-doc');
  await expect(doc).toContainText(site.authority.name.toLocaleUpperCase('vi').replace(/^ỦY BAN NHÂN DÂN /, ''));
  await expect(doc).toContainText(`${site.commune.replace(/^xã /, '')}, ngày […] tháng […] năm […]`);
  await expect(doc).toContainText(`Kế hoạch số ${numbered.number} ngày ${d}/${m}/${y} của ${site.authority.name}`);
  await page.goto(`/bao-cao/${unnumbered.year}/6-thang/`);
  await expect(page.locator('article.office-doc')).toContainText('Kế hoạch số [số/KH-UBND] ngày [ngày ban hành]');
  const { text } = await docxFigures(request, `/bao-cao/${numbered.year}.docx`);
  for (const words of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Kế hoạch số ${numbered.number}`,
    'KT. CHỦ TỊCH',
    'Số liệu minh họa',
  ])
    expect(text).toContain(words);
});
