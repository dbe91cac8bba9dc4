import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportablePlans, type Plan } from '#lib/content/queries.ts';
import { reportOf } from '#lib/report/plan-report.ts';
import { reportDocx } from '#lib/report/report-docx.ts';
import { reportDocument } from '#lib/report/report-document.ts';
import { periodName, REPORT_PERIODS, type ReportPeriodKind } from '#lib/report/report.ts';
import { site } from '#lib/site/settings.ts';
import { paths } from '#lib/site/urls.ts';

// /bao-cao/<year>.docx and /bao-cao/<year>-6-thang.docx: the report pages as Word files, written at build time.
export const getStaticPaths = (async () =>
  (await getReportablePlans()).flatMap((plan) =>
    REPORT_PERIODS.map((kind) => ({
      params: { file: paths.reportDocx(plan.data.year, kind).replace(/^\/bao-cao\/|\.docx$/g, '') },
      props: { plan, kind },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; kind: ReportPeriodKind }> = async ({ props }) => {
  const report = await reportOf(props.plan, props.kind);
  const { authority, siteName } = site();
  const doc = reportDocument({ ...report, site: site() });
  const file = await reportDocx(doc, {
    creator: authority.name,
    description: `Bản nháp báo cáo ${periodName(report.period)}, lập từ số liệu trên trang ${siteName}.`,
  });
  return new Response(file, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
