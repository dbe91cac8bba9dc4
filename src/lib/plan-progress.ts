import { getCurrentPlan, getExemplars, getMovements, getPractices, getUnits, once } from './content.ts';
import { planProgress, type MovementProgress } from './progress.ts';

/** Progress of every movement against the plan in force, counted on published exemplars. */
export const currentProgress = (): Promise<{ year: number; rows: MovementProgress[] }> => once('progress', async () => {
  const [plan, movements, exemplars, practices, units] = await Promise.all([
    getCurrentPlan(), getMovements(), getExemplars(), getPractices(), getUnits(),
  ]);
  const names = new Map(units.map((u) => [u.id, u.data.name]));
  const year = plan.data.year;
  return { year, rows: planProgress(movements, exemplars, practices, year, (id) => names.get(id) ?? id) };
});
