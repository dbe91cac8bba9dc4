import type { APIRoute } from 'astro';
import { toCsv } from '../lib/csv.ts';
import { currentProgress } from '../lib/plan-progress.ts';
import { PROGRESS_HEADER, progressRows } from '../lib/progress-table.ts';

/** The progress page's table as a CSV file that Excel opens with Vietnamese intact. */
export const GET: APIRoute = async () => {
  const { rows } = await currentProgress();
  return new Response(toCsv([[...PROGRESS_HEADER], ...progressRows(rows)]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
