import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { csvFigures, docxFigures, expectedFigures, tableFigures } from './report-figures.ts';

/**
 * The office checks the figures of a year's two reports: the year-end report says what
 * /tien-do/<year>/ and its CSV say, the six-month report what was known by 30 June, and the
 * Word files say the same as the pages. Shared by the sample site and the fixture site.
 */
export async function checkReportFigures(page: Page, request: APIRequestContext, content: string, year: number) {
  const progress = await tableFigures(page, `/tien-do/${year}/`);
  const csv = await csvFigures(request, year);
  const report = await tableFigures(page, `/bao-cao/${year}/`);
  const expected = expectedFigures(content, year);
  expect(progress.length).toBeGreaterThan(0);
  expect(report, `/bao-cao/${year}/ and /tien-do/${year}/`).toEqual(progress);
  expect(csv, `/tien-do/${year}.csv`).toEqual(progress);
  expect(report, 'counted from the content files').toEqual(expected);
  const word = await docxFigures(request, `/bao-cao/${year}.docx`);
  expect(word.contentType).toMatch(/wordprocessingml/);
  expect(word.figures, `/bao-cao/${year}.docx`).toEqual(report);

  const half = await tableFigures(page, `/bao-cao/${year}/6-thang/`);
  expect(half, `/bao-cao/${year}/6-thang/`).toEqual(expectedFigures(content, year, `${year}-06-30`));
  expect((await docxFigures(request, `/bao-cao/${year}-6-thang.docx`)).figures, `/bao-cao/${year}-6-thang.docx`).toEqual(half);
  return { report, half, word };
}
