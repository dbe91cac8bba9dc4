/**
 * The rows of each dataset, made from lists a caller has already filtered (src/lib/open-data/files.ts
 * reads them through src/lib/content/queries.ts), so what a page does not show no file holds.
 * Pure: entries in, records out, every reference named.
 */
import { isoDate } from '../text/dates.ts';
import { airDatesInOrder } from '../loudspeaker/bulletin-days.ts';
import type { MovementProgress } from '../plan/progress.ts';
import { paths } from '../site/urls.ts';
import type { ExemplarRecord, PracticeRecord, ProgressRecord, ReplicationRecord, ResultRecord, ScriptRecord } from '#schemas/open-data.ts';
import { EXEMPLAR_KIND_LABELS, STAGE_LABELS, type ExemplarKind, type Stage } from '#schemas/vocabulary.ts';
import { absolute } from './formats.ts';

interface Ref {
  id: string;
}
/** Names of the entries rows refer to, by id: a missing one is a bug, since only published entries are passed. */
export interface Names {
  movements: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  villages: ReadonlyMap<string, string>;
  exemplars: ReadonlyMap<string, string>;
  practices: ReadonlyMap<string, string>;
}
function named(names: ReadonlyMap<string, string>, ref: Ref, from: string) {
  const name = names.get(ref.id);
  if (name === undefined) throw new Error(`Dữ liệu mở: không tìm thấy "${ref.id}" (được nhắc tới ở ${from}).`);
  return { id: ref.id, name };
}

export interface ExemplarIn {
  id: string;
  data: {
    title: string;
    name: string;
    kind: ExemplarKind;
    movement: Ref;
    unit: Ref;
    village?: Ref | undefined;
    year: number;
    stage: Stage;
    recognitions: readonly { form: string; issuer: string; decision?: string | undefined; date: Date }[];
    summary: string;
    publishedAt: Date;
    sample: boolean;
  };
}
export interface PracticeIn {
  id: string;
  data: {
    title: string;
    summary: string;
    problem: string;
    steps: readonly string[];
    results: readonly { label: string; value: number; unit: string }[];
    conditions: readonly string[];
    resources: readonly string[];
    exemplars: readonly Ref[];
    replications: readonly { place: string; village?: Ref | undefined; date: Date; result: string }[];
    publishedAt: Date;
    sample: boolean;
  };
}
export interface ScriptIn {
  id: string;
  seconds: number;
  data: {
    title: string;
    airDates: readonly Date[];
    exemplars: readonly Ref[];
    practices: readonly Ref[];
    preparedBy?: Ref | undefined;
    summary?: string | undefined;
    sample: boolean;
  };
}

export function exemplarRows(
  exemplars: readonly ExemplarIn[],
  practices: readonly PracticeIn[],
  names: Names,
  base: string,
): ExemplarRecord[] {
  const practicesOf = new Map<string, Ref[]>();
  for (const p of practices) for (const r of p.data.exemplars) practicesOf.set(r.id, [...(practicesOf.get(r.id) ?? []), p]);
  return exemplars.map(({ id, data }) => {
    const from = `exemplars/${id}`;
    return {
      id,
      url: absolute(paths.exemplar(id), base),
      title: data.title,
      name: data.name,
      kind: data.kind,
      kindLabel: EXEMPLAR_KIND_LABELS[data.kind],
      movement: named(names.movements, data.movement, from),
      unit: named(names.units, data.unit, from),
      village: data.village ? named(names.villages, data.village, from) : null,
      year: data.year,
      stage: data.stage,
      stageLabel: STAGE_LABELS[data.stage],
      recognitions: data.recognitions.map((r) => ({
        form: r.form,
        issuer: r.issuer,
        ...(r.decision ? { decision: r.decision } : {}),
        date: isoDate(r.date),
      })),
      summary: data.summary,
      practices: (practicesOf.get(id) ?? []).map((p) => named(names.practices, p, from)),
      publishedAt: isoDate(data.publishedAt),
      sample: data.sample,
    };
  });
}

export function practiceRows(
  practices: readonly PracticeIn[],
  exemplars: readonly ExemplarIn[],
  names: Names,
  base: string,
): PracticeRecord[] {
  const movementOf = new Map(exemplars.map((e) => [e.id, e.data.movement]));
  return practices.map(({ id, data }) => {
    const from = `practices/${id}`;
    const movementIds = [...new Set(data.exemplars.flatMap((r) => movementOf.get(r.id)?.id ?? []))];
    return {
      id,
      url: absolute(paths.practice(id), base),
      title: data.title,
      summary: data.summary,
      problem: data.problem,
      steps: [...data.steps],
      results: data.results.map((r) => ({ label: r.label, value: r.value, unit: r.unit })),
      conditions: [...data.conditions],
      resources: [...data.resources],
      exemplars: data.exemplars.map((r) => named(names.exemplars, r, from)),
      movements: movementIds.map((m) => named(names.movements, { id: m }, from)),
      replications: data.replications.length,
      publishedAt: isoDate(data.publishedAt),
      sample: data.sample,
    };
  });
}

const practiceHead = ({ id, data }: PracticeIn, base: string) => ({ id, url: absolute(paths.practice(id), base), title: data.title });

export const resultRows = (practices: readonly PracticeIn[], base: string): ResultRecord[] =>
  practices.flatMap((p) =>
    p.data.results.map((r) => ({ ...practiceHead(p, base), label: r.label, value: r.value, unit: r.unit, sample: p.data.sample })),
  );

export const replicationRows = (practices: readonly PracticeIn[], names: Names, base: string): ReplicationRecord[] =>
  practices.flatMap((p) =>
    p.data.replications.map((r) => ({
      ...practiceHead(p, base),
      place: r.place,
      village: r.village ? named(names.villages, r.village, `practices/${p.id}`) : null,
      date: isoDate(r.date),
      result: r.result,
      sample: p.data.sample,
    })),
  );

export const scriptRows = (scripts: readonly ScriptIn[], names: Names, base: string): ScriptRecord[] =>
  scripts.map(({ id, data, seconds }) => {
    const from = `scripts/${id}`;
    return {
      id,
      url: absolute(paths.script(id), base),
      textUrl: absolute(paths.scriptText(id), base),
      title: data.title,
      airDates: airDatesInOrder({ data }).map(isoDate),
      exemplars: data.exemplars.map((r) => named(names.exemplars, r, from)),
      practices: data.practices.map((r) => named(names.practices, r, from)),
      preparedBy: data.preparedBy ? named(names.units, data.preparedBy, from) : null,
      summary: data.summary ?? null,
      readingSeconds: seconds,
      sample: data.sample,
    };
  });

export interface YearProgressIn {
  plan: { id: string };
  year: number;
  rows: readonly MovementProgress[];
  leadUnits: ReadonlyMap<string, readonly string[]>;
}

/** Every plan year's progress table as rows: the movement, then its units where the plan sets the minimum per unit. */
export const progressRows = (years: readonly YearProgressIn[], names: Names, base: string): ProgressRecord[] =>
  years.flatMap(({ plan, year, rows, leadUnits }) =>
    rows.flatMap(({ movementId, total, units }) => {
      const from = `plans/${plan.id}`;
      const head = {
        year,
        id: plan.id,
        url: absolute(paths.progressOfYear(year), base),
        movement: named(names.movements, { id: movementId }, from),
        leadUnits: (leadUnits.get(movementId) ?? []).map((u) => named(names.units, { id: u }, from)),
      };
      const counts = (r: typeof total) => ({
        minimum: r.minimum,
        published: r.published,
        recognised: r.recognised,
        replicated: r.replicated,
        met: r.met,
      });
      return [
        { ...head, unit: null, ...counts(total) },
        ...units.map((u) => ({ ...head, unit: named(names.units, { id: u.unitId! }, from), ...counts(u) })),
      ];
    }),
  );
