import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '#lib/text/csv.ts';
import { getPlans, type Plan } from '#lib/content/queries.ts';
import { breakdownOf } from '#lib/plan/plan-breakdown.ts';
import { kindCsvRows } from '#lib/plan/progress-breakdown.ts';

export const getStaticPaths = (async () =>
  (await getPlans()).map((plan) => ({ params: { year: String(plan.data.year) }, props: { plan } }))) satisfies GetStaticPaths;

/** One year's exemplars per kind, the table of /tien-do/<year>/, as CSV. */
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(toCsv(kindCsvRows(await breakdownOf(props.plan))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
