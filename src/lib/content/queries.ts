import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { today } from '../text/dates.ts';
import { planInForce, reportablePlans } from '../plan/in-force.ts';
import { placeholdersIn } from './placeholders.ts';
import { selectPublished } from './publication.ts';
import { site } from '../site/settings.ts';

export type Plan = CollectionEntry<'plans'>;
export type Movement = CollectionEntry<'movements'>;
export type Unit = CollectionEntry<'units'>;
export type Village = CollectionEntry<'villages'>;
export type Exemplar = CollectionEntry<'exemplars'>;
export type Practice = CollectionEntry<'practices'>;
export type Script = CollectionEntry<'scripts'>;

/**
 * All collection queries go through here: pages never call getCollection themselves.
 * Lists are loaded once per build and sorted; stories dated later than today, draft scripts
 * and whatever links to them are filtered out once, in selectPublished. Entries naming a
 * person who withdrew consent never reach the collections (src/lib/content/loaders.ts).
 */
const cache = new Map<string, Promise<unknown>>();
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

const byNewest = <T extends { data: { publishedAt: Date }; id: string }>(a: T, b: T) =>
  b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id);

/** Every year's plan, the latest first. */
export const getPlans = () =>
  once('plans', async () => (await getCollection('plans')).sort((a, b) => b.data.year - a.data.year));
export const getUnits = () =>
  once('units', async () =>
    (await getCollection('units')).sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi')),
  );
export const getVillages = () =>
  once('villages', async () =>
    (await getCollection('villages')).sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi')),
  );

const getPublished = () =>
  once('published', async () => {
    const [exemplars, practices, scripts] = await Promise.all([
      getCollection('exemplars'),
      getCollection('practices'),
      getCollection('scripts'),
    ]);
    const published = selectPublished({ exemplars, practices, scripts }, today());
    return {
      exemplars: published.exemplars.sort(byNewest),
      practices: published.practices.sort(byNewest),
      scripts: published.scripts,
    };
  });

/** Published exemplars, newest first. */
export const getExemplars = async () => (await getPublished()).exemplars;
/** Published good practices, newest first. */
export const getPractices = async () => (await getPublished()).practices;
/** Approved scripts whose subjects are all published. */
export const getScripts = async () => (await getPublished()).scripts;

/** The plan in force on the day the site is built for: the latest whose year has begun (src/lib/plan/in-force.ts). */
// Asked by every page's footer: found once per build (today() reads the clock in Vietnam's time zone).
export const getCurrentPlan = (): Promise<Plan> =>
  once('current-plan', async () => {
    const plan = planInForce(await getPlans(), today());
    if (!plan) throw new Error('Chưa có kế hoạch nào trong content/plans/.');
    return plan;
  });

/** The plans the office reports on, the latest first: the plan in force and the years before it. */
export const getReportablePlans = (): Promise<Plan[]> => once('reportable-plans', async () => reportablePlans(await getPlans(), today()));

/** True while a plan written by `npm run new -- plan` still has text to copy from the new document. */
export const isDraftPlan = (plan: Plan) => placeholdersIn(plan.data).length > 0;

/**
 * True when something shown is sample content (site.yaml's `sample`, or any published entry,
 * unit, village, movement or plan marked sample): the footer then says what "bài mẫu" means.
 */
export const hasSampleContent = () =>
  once('has-sample', async () => {
    if (site().sample) return true;
    const lists = await Promise.all([getExemplars(), getPractices(), getScripts(), getUnits(), getVillages(), getCollection('movements'), getPlans()]);
    return lists.some((list) => (list as { data: { sample?: boolean } }[]).some((entry) => entry.data.sample));
  });

/** The plan of a year, if there is one: an exemplar counts toward the plan of its year. */
export async function planOfYear(year: number): Promise<Plan | undefined> {
  return (await getPlans()).find((p) => p.data.year === year);
}

type TargetData = Plan['data']['movements'][number];
/** One movement as one year's plan sets it: lead units, minimum, the plan's sentence, its place in the plan. */
export interface PlannedMovement {
  plan: Plan;
  movement: Movement;
  target: TargetData;
  /** 1-based place of the movement in the plan. */
  order: number;
}

const planIndex = () =>
  once('plan-index', async () => {
    const [plans, allMovements] = await Promise.all([getPlans(), getCollection('movements')]);
    const byPlan = new Map<string, PlannedMovement[]>();
    const byMovement = new Map<string, PlannedMovement[]>();
    for (const plan of plans) {
      const list = plan.data.movements.map((target, i) => ({ plan, target, order: i + 1, movement: resolve(allMovements, target.movement, `plans/${plan.id}`) }));
      byPlan.set(plan.id, list);
      for (const planned of list) byMovement.set(planned.movement.id, [...(byMovement.get(planned.movement.id) ?? []), planned]);
    }
    // Each movement once: in the order of the latest plan that lists it, then any no plan lists.
    const seen = new Set<string>();
    const movements: Movement[] = [];
    for (const { movement } of plans.flatMap((plan) => byPlan.get(plan.id) ?? [])) {
      if (seen.has(movement.id)) continue;
      seen.add(movement.id);
      movements.push(movement);
    }
    const unplanned = allMovements.filter((m) => !seen.has(m.id)).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
    return { byPlan, byMovement, movements: [...movements, ...unplanned] };
  });

/** Every movement once, whatever the number of plans: in the order of the latest plan that lists it. */
export const getMovements = async (): Promise<Movement[]> => (await planIndex()).movements;
/** The movements of one year's plan, in its order, with what the plan asks of each. */
export const movementsOfPlan = async (plan: Plan): Promise<PlannedMovement[]> => (await planIndex()).byPlan.get(plan.id) ?? [];
/** What each year's plan asked of a movement, the latest plan first. */
export const plansOfMovement = async (movementId: string): Promise<PlannedMovement[]> => (await planIndex()).byMovement.get(movementId) ?? [];

/**
 * Resolves a reference to an entry in a list, and stops the build when it is missing:
 * a page must never render with a hole where a movement or unit should be.
 */
export function resolve<T extends { id: string }>(
  list: readonly T[],
  ref: { id: string; collection?: CollectionKey | string },
  from?: string,
): T {
  const found = byId(list).get(ref.id);
  if (!found) {
    throw new Error(`Không tìm thấy "${ref.id}"${ref.collection ? ` trong ${ref.collection}` : ''}${from ? ` (được nhắc tới ở ${from})` : ''}.`);
  }
  return found;
}

// Every page asks the same questions of the same lists: each list is indexed once, so a
// page costs what it shows, not a pass over the archive (at 10,000 entries those passes
// were most of the build).
const idIndexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let index = idIndexes.get(list);
  if (!index) {
    index = new Map(list.map((item) => [item.id, item]));
    idIndexes.set(list, index);
  }
  return index as Map<string, T>;
}

/** Each value of `keys(item)` mapped to the items that have it, in list order. */
function multiIndex<T>(list: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of list) {
    for (const key of new Set(keys(item))) {
      const items = index.get(key);
      if (items) items.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

const indexes = () =>
  once('indexes', async () => {
    const [exemplars, practices, scripts] = await Promise.all([getExemplars(), getPractices(), getScripts()]);
    const movementOfExemplar = new Map(exemplars.map((e) => [e.id, e.data.movement.id]));
    return {
      practicesByExemplar: multiIndex(practices, (p) => p.data.exemplars.map((r) => r.id)),
      practicesByMovement: multiIndex(practices, (p) => p.data.exemplars.flatMap((r) => movementOfExemplar.get(r.id) ?? [])),
      exemplarsByMovement: multiIndex(exemplars, (e) => [e.data.movement.id]),
      practicesByReplicationVillage: multiIndex(practices, (p) => p.data.replications.flatMap((r) => r.village?.id ?? [])),
      replicatedPractices: practices.filter((p) => p.data.replications.length > 0),
      scriptsBySubject: multiIndex(scripts, (s) => [...s.data.exemplars.map((r) => `e:${r.id}`), ...s.data.practices.map((r) => `p:${r.id}`)]),
      scriptOrder: new Map(scripts.map((s, i) => [s.id, i])),
    };
  });

export async function movementOf(exemplar: Exemplar): Promise<Movement> {
  return resolve(await getMovements(), exemplar.data.movement, `exemplars/${exemplar.id}`);
}
export async function unitOf(exemplar: Exemplar): Promise<Unit> {
  return resolve(await getUnits(), exemplar.data.unit, `exemplars/${exemplar.id}`);
}
export async function villageOf(exemplar: Exemplar): Promise<Village | undefined> {
  const ref = exemplar.data.village;
  return ref ? resolve(await getVillages(), ref, `exemplars/${exemplar.id}`) : undefined;
}

/** Good practices written down from an exemplar. */
export async function practicesOf(exemplar: Exemplar): Promise<Practice[]> {
  return (await indexes()).practicesByExemplar.get(exemplar.id) ?? [];
}
/** The exemplars a good practice comes from (published ones only: a practice is hidden otherwise). */
export async function exemplarsOf(practice: Practice): Promise<Exemplar[]> {
  const all = await getExemplars();
  return practice.data.exemplars.map((r) => resolve(all, r, `practices/${practice.id}`));
}
/** Approved scripts about an exemplar, directly or through one of its practices. */
export async function scriptsAbout(exemplar: Exemplar): Promise<Script[]> {
  const { scriptsBySubject, scriptOrder } = await indexes();
  const subjects = [`e:${exemplar.id}`, ...(await practicesOf(exemplar)).map((p) => `p:${p.id}`)];
  const found = new Map(subjects.flatMap((key) => scriptsBySubject.get(key) ?? []).map((s) => [s.id, s]));
  return [...found.values()].sort((a, b) => scriptOrder.get(a.id)! - scriptOrder.get(b.id)!);
}
/** Approved scripts about a good practice. */
export async function scriptsAboutPractice(practice: Practice): Promise<Script[]> {
  return (await indexes()).scriptsBySubject.get(`p:${practice.id}`) ?? [];
}
export async function exemplarsOfMovement(movementId: string): Promise<Exemplar[]> {
  return (await indexes()).exemplarsByMovement.get(movementId) ?? [];
}
export async function practicesOfMovement(movementId: string): Promise<Practice[]> {
  return (await indexes()).practicesByMovement.get(movementId) ?? [];
}
/** Good practices that have been replicated somewhere, newest first. */
export async function replicatedPractices(): Promise<Practice[]> {
  return (await indexes()).replicatedPractices;
}
/** Good practices that have been replicated in a village. */
export async function practicesReplicatedIn(villageId: string): Promise<Practice[]> {
  return (await indexes()).practicesByReplicationVillage.get(villageId) ?? [];
}
