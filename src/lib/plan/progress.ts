/**
 * Progress against the plan's minimums, for the office that runs emulation work.
 * An exemplar counts for a movement in the plan's year; where the plan sets the
 * minimum per unit ("mỗi Trường học"), each lead unit is counted on its own.
 */

interface Ref {
  id: string;
}
/** What one year's plan asks of one movement (src/schemas/plan.ts), with the movement's name. */
export interface TargetLike {
  movementId: string;
  movementName: string;
  leadUnitIds: readonly string[];
  minimum: { count: number; perUnit: boolean };
}
export interface CountedExemplar {
  id: string;
  /** Recognitions (Giấy khen, Bằng khen…), each with its decision's date; none when absent. */
  data: { movement: Ref; unit: Ref; year: number; recognitions?: readonly { date: Date }[] };
}
export interface ReplicablePractice {
  data: { exemplars: readonly Ref[]; replications: readonly unknown[] };
}

export interface ProgressRow {
  movementId: string;
  movementName: string;
  /** Null on a movement-wide row; the unit on a per-unit row. */
  unitId: string | null;
  unitNames: string[];
  minimum: number;
  published: number;
  /** Exemplars with at least one recognition. */
  recognised: number;
  replicated: number;
  met: boolean;
}

export interface MovementProgress {
  movementId: string;
  total: ProgressRow;
  /** One row per lead unit when the plan sets the minimum per unit; empty otherwise. */
  units: ProgressRow[];
}

export const isRecognised = (exemplar: CountedExemplar) => (exemplar.data.recognitions?.length ?? 0) > 0;

/** Ids of exemplars with at least one good practice that has been replicated somewhere. */
export function replicatedExemplarIds(practices: readonly ReplicablePractice[]): Set<string> {
  const ids = new Set<string>();
  for (const practice of practices) {
    if (practice.data.replications.length === 0) continue;
    for (const ref of practice.data.exemplars) ids.add(ref.id);
  }
  return ids;
}

export function movementProgress(
  target: TargetLike,
  exemplars: readonly CountedExemplar[],
  replicated: ReadonlySet<string>,
  year: number,
  unitName: (id: string) => string,
): MovementProgress {
  const counted = exemplars.filter((e) => e.data.movement.id === target.movementId && e.data.year === year);
  const { count, perUnit } = target.minimum;
  const leadIds = target.leadUnitIds;
  const row = (unitId: string | null, list: readonly CountedExemplar[], minimum: number): ProgressRow => {
    const published = list.length;
    return {
      movementId: target.movementId,
      movementName: target.movementName,
      unitId,
      unitNames: unitId ? [unitName(unitId)] : leadIds.map(unitName),
      minimum,
      published,
      recognised: list.filter(isRecognised).length,
      replicated: list.filter((e) => replicated.has(e.id)).length,
      met: published >= minimum,
    };
  };

  if (!perUnit) return { movementId: target.movementId, total: row(null, counted, count), units: [] };

  const units = leadIds.map((id) =>
    row(
      id,
      counted.filter((e) => e.data.unit.id === id),
      count,
    ),
  );
  const total = row(null, counted, count * leadIds.length);
  total.met = units.every((u) => u.met);
  return { movementId: target.movementId, total, units };
}

/** Progress of each movement of one year's plan, in the plan's order; exemplars count in the plan's year. */
export function planProgress(
  targets: readonly TargetLike[],
  exemplars: readonly CountedExemplar[],
  practices: readonly ReplicablePractice[],
  year: number,
  unitName: (id: string) => string,
): MovementProgress[] {
  const replicated = replicatedExemplarIds(practices);
  return targets.map((t) => movementProgress(t, exemplars, replicated, year, unitName));
}
