import { countable } from '../plan/as-of.ts';
import { getBulletins } from '../loudspeaker/programme.ts';
import { getUnits, movementsOfPlan, once, type Plan } from '../content/queries.ts';
import { buildDay } from '../text/dates.ts';
import { countedOf, progressOf, type PlanProgress } from '../plan/plan-progress.ts';
import { broadcastsByMonth, reportPeriod, type MonthOfBroadcasts, type ReportPeriod, type ReportPeriodKind } from './report.ts';
import { site } from '../site/settings.ts';
import type { Recognition } from '#schemas/recognition.ts';

export interface ReportExemplar {
  id: string;
  name: string;
  unitName: string;
  /** Only those dated by the report's day (src/lib/plan/as-of.ts). */
  recognitions: Recognition[];
}
export interface ReportMovement {
  id: string;
  name: string;
  shortName: string;
  leadUnitNames: string[];
  exemplars: ReportExemplar[];
}
export interface ReportPractice {
  id: string;
  title: string;
  exemplarNames: string[];
  replications: { place: string; date: Date }[];
}
export interface ReportData {
  plan: Plan;
  period: ReportPeriod;
  /** The same rows as /tien-do/<year>/ (the year-end report) or as of 30 June. */
  progress: PlanProgress;
  movements: ReportMovement[];
  practices: ReportPractice[];
  broadcasts: MonthOfBroadcasts[];
  /** The last day whose bulletins count: the period's end, or the build day when the period is not over. */
  broadcastsUntil: Date;
  /** The site or anything the report lists is sample content: the report says "số liệu minh họa". */
  sample: boolean;
}

/** Everything one report lists, from the same queries as the progress page. */
export const reportOf = (plan: Plan, kind: ReportPeriodKind): Promise<ReportData> =>
  once(`report:${plan.id}:${kind}`, async () => {
    const period = reportPeriod(plan.data.year, kind);
    const { sample: sampleSite } = site();
    const [progress, { exemplars, practices }, planned, units, bulletins] = await Promise.all([
      progressOf(plan, period.asOf),
      countedOf(period.year, period.asOf),
      movementsOfPlan(plan),
      getUnits(),
      getBulletins(),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.data.name]));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

    const movements = planned.map(({ movement, target }) => ({
      id: movement.id,
      name: movement.data.name,
      shortName: movement.data.shortName,
      leadUnitNames: target.leadUnits.map((u) => unitName.get(u.id) ?? u.id),
      exemplars: exemplars
        .filter((e) => e.data.movement.id === movement.id)
        .map((e) => ({
          id: e.id,
          name: e.data.name,
          unitName: unitName.get(e.data.unit.id) ?? e.data.unit.id,
          recognitions: e.data.recognitions,
        }))
        .sort(byName),
    }));
    const listed = new Map(movements.flatMap((m) => m.exemplars.map((e) => [e.id, e.name] as const)));
    const reportPractices = practices
      .filter((p) => p.data.exemplars.some((r) => listed.has(r.id)))
      .map((p) => ({
        id: p.id,
        title: p.data.title,
        exemplarNames: p.data.exemplars.flatMap((r) => listed.get(r.id) ?? []),
        replications: [...p.data.replications]
          .sort((a, b) => a.date.getTime() - b.date.getTime())
          .map(({ place, date }) => ({ place, date })),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'vi'));

    const aired = bulletins.map((b) => ({ ...b, scripts: countable(b.scripts, sampleSite) })).filter((b) => b.scripts.length > 0);
    const until = new Date(Math.min(period.to.getTime(), buildDay().getTime()));
    const broadcasts = broadcastsByMonth(aired, period.from, until);
    const airedScripts = new Set(broadcasts.flatMap((m) => m.scripts.map((s) => s.id)));

    const sample =
      sampleSite ||
      plan.data.sample ||
      exemplars.some((e) => e.data.sample && listed.has(e.id)) ||
      practices.some((p) => p.data.sample && reportPractices.some((r) => r.id === p.id)) ||
      aired.some((b) => b.scripts.some((s) => s.data.sample && airedScripts.has(s.id)));

    return { plan, period, progress, movements, practices: reportPractices, broadcasts, broadcastsUntil: until, sample };
  });
