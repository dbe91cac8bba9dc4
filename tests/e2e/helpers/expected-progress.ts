import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface PlanFile {
  year: number;
  movements: { movement: string; leadUnits: string[]; minimum: { count: number; perUnit?: boolean } }[];
}
interface ExemplarFile {
  id: string;
  movement: string;
  unit: string;
  year: number;
  publishedAt: string;
  recognitions?: { date: string }[];
  people?: string[];
  sample?: boolean;
}
interface PracticeFile {
  exemplars: string[];
  publishedAt: string;
  replications?: { date: string }[];
  sample?: boolean;
}

/**
 * What the progress page should say for one plan year, computed from a content folder by reading
 * its files directly, independently of src/: the office's own count. With `asOf` (YYYY-MM-DD),
 * what the six-month report should say: exemplars published or recognised by that day, and only
 * recognitions and replications dated by then. Sample entries count only on a sample site.
 */
export function expectedProgress(content: string, year?: number, asOf?: string) {
  const read = (dir: string, ext: string) =>
    (existsSync(join(content, dir)) ? readdirSync(join(content, dir)) : [])
      .filter((f) => f.endsWith(ext))
      .map((f) => ({ id: f.replace(ext, ''), text: readFileSync(join(content, dir, f), 'utf8') }));
  const front = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  const sampleSite = (parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { sample?: boolean }).sample === true;
  const counts = (entry: { sample?: boolean }) => sampleSite || !entry.sample;
  const by = (date: string) => asOf === undefined || date <= asOf;
  const plans = read('plans', '.yaml')
    .map((p) => parse(p.text) as PlanFile)
    .sort((a, b) => b.year - a.year);
  const plan = year === undefined ? plans[0]! : plans.find((p) => p.year === year)!;
  // A story listing a person who withdrew consent (content/people/) is not published, nor one dated later than the build day.
  const withdrawn = new Set(
    read('people', '.yaml')
      .filter((p) => (parse(p.text) as { consent?: { withdrawn?: unknown } }).consent?.withdrawn)
      .map((p) => p.id),
  );
  const due = (date: unknown) => new Date(String(date instanceof Date ? date.toISOString() : date)).getTime() <= Date.now();
  const exemplars = (read('exemplars', '.mdx').map((e) => ({ id: e.id, ...front(e.text) })) as ExemplarFile[])
    .filter((e) => !(e.people ?? []).some((p) => withdrawn.has(p)) && due(e.publishedAt))
    .map((e) => ({ ...e, recognitions: (e.recognitions ?? []).filter((r) => by(r.date)) }));
  const shown = new Set(exemplars.map((e) => e.id));
  const published = exemplars.filter((e) => e.year === plan.year && counts(e) && (by(e.publishedAt) || e.recognitions.length > 0));
  // A practice is shown only when all its exemplars are; replicated once is enough.
  const practices = read('practices', '.mdx').map((p) => front(p.text) as unknown as PracticeFile);
  const replicated = new Set(
    practices
      .filter((p) => counts(p) && p.exemplars.every((id) => shown.has(id)) && (p.replications ?? []).some((r) => by(r.date)))
      .flatMap((p) => p.exemplars),
  );
  const count = (list: typeof published) => ({
    published: list.length,
    recognised: list.filter((e) => e.recognitions.length > 0).length,
    replicated: list.filter((e) => replicated.has(e.id)).length,
  });
  const rows = plan.movements.map((m) => {
    const perUnit = m.minimum.perUnit
      ? m.leadUnits.map((u) => ({
          unit: u,
          minimum: m.minimum.count,
          ...count(published.filter((e) => e.movement === m.movement && e.unit === u)),
        }))
      : [];
    const total = {
      minimum: m.minimum.perUnit ? m.minimum.count * m.leadUnits.length : m.minimum.count,
      ...count(published.filter((e) => e.movement === m.movement)),
    };
    const met = m.minimum.perUnit ? perUnit.every((u) => u.published >= u.minimum) : total.published >= total.minimum;
    return { id: m.movement, ...total, met, perUnit: perUnit.map((u) => ({ ...u, met: u.published >= u.minimum })) };
  });
  return { year: plan.year, rows };
}
