import type { APIRoute } from 'astro';
import { progressCsv } from '#lib/plan/progress-table.ts';
import { currentProgress } from '#lib/plan/plan-progress.ts';

/** The progress page's table (the plan in force) as a CSV file that Excel opens with Vietnamese intact. */
export const GET: APIRoute = async () => progressCsv(await currentProgress());
