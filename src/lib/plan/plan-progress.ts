import { countable, exemplarsAsOf, practicesAsOf } from './as-of.ts';
import {
  getCurrentPlan,
  getExemplars,
  getPlans,
  getPractices,
  getUnits,
  movementsOfPlan,
  once,
  type Exemplar,
  type Plan,
  type Practice,
} from '../content/queries.ts';
import { isoDate } from '../text/dates.ts';
import { planProgress, type MovementProgress } from './progress.ts';
import { site } from '../site/settings.ts';

export interface PlanProgress {
  plan: Plan;
  year: number;
  /** The day the figures stop at (30 June for the six-month report); none: everything recorded. */
  asOf?: Date | undefined;
  rows: MovementProgress[];
}

/**
 * The exemplars of one plan year and the good practices the office counts (src/lib/plan/as-of.ts):
 * sample entries only on a sample site; as of a day, what was known by then.
 */
export const countedOf = (year: number, asOf?: Date): Promise<{ exemplars: Exemplar[]; practices: Practice[] }> =>
  once(`counted:${year}:${asOf ? isoDate(asOf) : ''}`, async () => {
    const { sample } = site();
    const [allExemplars, allPractices] = await Promise.all([getExemplars(), getPractices()]);
    const exemplars = countable(allExemplars, sample).filter((e) => e.data.year === year);
    const practices = countable(allPractices, sample);
    return asOf ? { exemplars: exemplarsAsOf(exemplars, asOf), practices: practicesAsOf(practices, asOf) } : { exemplars, practices };
  });

/** Progress of every movement of one year's plan, counted on the published exemplars of that year (as of a day when given). */
export const progressOf = (plan: Plan, asOf?: Date): Promise<PlanProgress> =>
  once(`progress:${plan.id}:${asOf ? isoDate(asOf) : ''}`, async () => {
    const year = plan.data.year;
    const [planned, { exemplars, practices }, units] = await Promise.all([movementsOfPlan(plan), countedOf(year, asOf), getUnits()]);
    const names = new Map(units.map((u) => [u.id, u.data.name]));
    const targets = planned.map(({ movement, target }) => ({
      movementId: movement.id,
      movementName: movement.data.name,
      leadUnitIds: target.leadUnits.map((u) => u.id),
      minimum: target.minimum,
    }));
    return { plan, year, asOf, rows: planProgress(targets, exemplars, practices, year, (id) => names.get(id) ?? id) };
  });

/** Progress against the plan in force (the latest year). */
export const currentProgress = async (): Promise<PlanProgress> => progressOf(await getCurrentPlan());

/** Every year's progress, the latest first. */
export const allProgress = async (): Promise<PlanProgress[]> => Promise.all((await getPlans()).map((plan) => progressOf(plan)));
