import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans, type Plan } from '#lib/content/queries.ts';
import { progressCsv } from '#lib/plan/progress-table.ts';
import { progressOf } from '#lib/plan/plan-progress.ts';

export const getStaticPaths = (async () =>
  (await getPlans()).map((plan) => ({ params: { year: String(plan.data.year) }, props: { plan } }))) satisfies GetStaticPaths;

/** One year's progress table as CSV, beside /tien-do/<year>/. */
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => progressCsv(await progressOf(props.plan));
