import type { APIRequestContext, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectedProgress } from './expected-progress.ts';

/** One row of figures: minimum, exemplars, recognised, replicated, and whether the minimum is met. */
export type Figures = [minimum: string, published: string, recognised: string, replicated: string, met: string];
const COLUMNS = ['minimum', 'published', 'recognised', 'replicated'] as const;

/** The rows of a progress or report table, movement then its units, in order (the report's sum row left out). */
export async function tableFigures(page: Page, path: string): Promise<Figures[]> {
  await page.goto(path);
  return page.locator('tr[data-movement][data-unit]').evaluateAll(
    (rows, columns) =>
      rows.map((tr) => {
        const cells = columns.map((c) => tr.querySelector(`[data-col="${c}"]`)!.textContent!.trim());
        return [...cells, tr.lastElementChild!.textContent!.trim()] as Figures;
      }),
    COLUMNS,
  );
}

/** The rows of /tien-do/<year>.csv: its last five columns. */
export async function csvFigures(request: APIRequestContext, year: number): Promise<Figures[]> {
  const csv = (await (await request.get(`/tien-do/${year}.csv`)).text()).replace(/^\uFEFF/, '');
  return csv
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((line) => line.split(',').slice(-5) as Figures);
}

/** The text of each cell of each row of the Word file's results table (the one headed "Chỉ tiêu tối thiểu"). */
export async function docxFigures(
  request: APIRequestContext,
  path: string,
): Promise<{ figures: Figures[]; text: string; contentType: string }> {
  const response = await request.get(path);
  const files = unzipSync(new Uint8Array(await response.body()));
  const xml = strFromU8(files['word/document.xml']!);
  const plain = (part: string) => part.replace(/<[^>]+>/g, '');
  const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => plain(t).includes('Chỉ tiêu tối thiểu'))!;
  const rows = [...table.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map(([row]) => [...row.matchAll(/<w:tc\b.*?<\/w:tc>/gs)].map(([c]) => plain(c)));
  // Header and sum rows out: the sum's label is "Tổng cộng".
  const figures = rows
    .slice(1)
    .filter((cells) => cells[1] !== 'Tổng cộng')
    .map((cells) => cells.slice(2) as Figures);
  return { figures, text: plain(xml), contentType: response.headers()['content-type'] ?? '' };
}

/** The office's own count from the content files (expected-progress.ts), as table rows. */
export function expectedFigures(content: string, year: number, asOf?: string): Figures[] {
  const label = (met: boolean) => (met ? 'Đạt' : 'Chưa đạt');
  return expectedProgress(content, year, asOf).rows.flatMap((r) => [
    [String(r.minimum), String(r.published), String(r.recognised), String(r.replicated), label(r.met)] as Figures,
    ...r.perUnit.map((u) => [String(u.minimum), String(u.published), String(u.recognised), String(u.replicated), label(u.met)] as Figures),
  ]);
}
