import { getExemplars, getMovements, getUnits, once, resolve, type Exemplar, type Movement, type Unit } from './queries.ts';

export type VisitingExemplar = Exemplar & { data: { visits: NonNullable<Exemplar['data']['visits']> } };

const welcomesVisits = (e: Exemplar): e is VisitingExemplar => Boolean(e.data.visits);

/** Published exemplars that welcome study visits, newest first. */
export const exemplarsWelcomingVisits = (): Promise<VisitingExemplar[]> =>
  once('visiting', async () => (await getExemplars()).filter(welcomesVisits));

/** The same, grouped by movement in the movements' order; movements with none are left out. */
export async function visitsByMovement(): Promise<{ movement: Movement; exemplars: VisitingExemplar[] }[]> {
  const [movements, visiting] = await Promise.all([getMovements(), exemplarsWelcomingVisits()]);
  const groups = Map.groupBy(visiting, (e) => e.data.movement.id);
  return movements.flatMap((movement) => (groups.has(movement.id) ? [{ movement, exemplars: groups.get(movement.id)! }] : []));
}

/** The unit that arranges an exemplar's visits. */
export async function visitUnitOf(exemplar: VisitingExemplar): Promise<Unit> {
  return resolve(await getUnits(), exemplar.data.visits.through, `exemplars/${exemplar.id}`);
}
