import { getCurrentPlan, getExemplars, getPlans, getPractices, getUnits, movementsOfPlan, once, type Plan } from './content.ts';
import { planProgress, type MovementProgress } from './progress.ts';

export interface PlanProgress {
  plan: Plan;
  year: number;
  rows: MovementProgress[];
}

/** Progress of every movement of one year's plan, counted on the published exemplars of that year. */
export const progressOf = (plan: Plan): Promise<PlanProgress> =>
  once(`progress:${plan.id}`, async () => {
    const [planned, exemplars, practices, units] = await Promise.all([movementsOfPlan(plan), getExemplars(), getPractices(), getUnits()]);
    const names = new Map(units.map((u) => [u.id, u.data.name]));
    const targets = planned.map(({ movement, target }) => ({
      movementId: movement.id,
      movementName: movement.data.name,
      leadUnitIds: target.leadUnits.map((u) => u.id),
      minimum: target.minimum,
    }));
    const year = plan.data.year;
    return { plan, year, rows: planProgress(targets, exemplars, practices, year, (id) => names.get(id) ?? id) };
  });

/** Progress against the plan in force (the latest year). */
export const currentProgress = async (): Promise<PlanProgress> => progressOf(await getCurrentPlan());

/** Every year's progress, the latest first. */
export const allProgress = async (): Promise<PlanProgress[]> => Promise.all((await getPlans()).map(progressOf));
