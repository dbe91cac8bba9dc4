import { getExemplars, getPractices, getVillages, movementsOfPlan, once, type Plan } from '../content/queries.ts';
import { breakdown, countedIn, type Breakdown } from './progress-breakdown.ts';
import { replicatedExemplarIds } from './progress.ts';

/** One year's exemplars by village and by kind, counted as the plan's movement table counts them. */
export const breakdownOf = (plan: Plan): Promise<Breakdown> =>
  once(`breakdown:${plan.id}`, async () => {
    const [planned, exemplars, practices, villages] = await Promise.all([
      movementsOfPlan(plan),
      getExemplars(),
      getPractices(),
      getVillages(),
    ]);
    const year = plan.data.year;
    const counted = countedIn(exemplars, year, new Set(planned.map((p) => p.movement.id)));
    return breakdown(
      counted,
      year,
      villages.map((v) => ({ id: v.id, name: v.data.name })),
      replicatedExemplarIds(practices),
    );
  });
