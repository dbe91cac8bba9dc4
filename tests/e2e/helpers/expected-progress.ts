import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface PlanFile {
  year: number;
  movements: { movement: string; leadUnits: string[]; minimum: { count: number; perUnit?: boolean } }[];
}

/**
 * What the progress page should say for one plan year, computed from a content folder by reading
 * its files directly, independently of src/: the office's own count.
 */
export function expectedProgress(content: string, year?: number) {
  const read = (dir: string, ext: string) =>
    (existsSync(join(content, dir)) ? readdirSync(join(content, dir)) : []).filter((f) => f.endsWith(ext)).map((f) => ({ id: f.replace(ext, ''), text: readFileSync(join(content, dir, f), 'utf8') }));
  const front = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  const plans = read('plans', '.yaml').map((p) => parse(p.text) as PlanFile).sort((a, b) => b.year - a.year);
  const plan = year === undefined ? plans[0]! : plans.find((p) => p.year === year)!;
  // A story listing a person who withdrew consent (content/people/) is not published, nor one dated later than today.
  const withdrawn = new Set(read('people', '.yaml').filter((p) => (parse(p.text) as { consent?: { withdrawn?: unknown } }).consent?.withdrawn).map((p) => p.id));
  const exemplars = read('exemplars', '.mdx').map((e) => ({ id: e.id, ...front(e.text) })) as { id: string; movement: string; unit: string; year: number; people?: string[]; publishedAt: unknown }[];
  const isShown = (e: (typeof exemplars)[number]) =>
    !(e.people ?? []).some((p) => withdrawn.has(p)) && new Date(String(e.publishedAt instanceof Date ? e.publishedAt.toISOString() : e.publishedAt)).getTime() <= Date.now();
  const published = exemplars.filter((e) => isShown(e) && e.year === plan.year);
  const shown = new Set(exemplars.filter(isShown).map((e) => e.id));
  // A practice is shown only when all its exemplars are; replicated once is enough.
  const practices = read('practices', '.mdx').map((p) => front(p.text) as { exemplars: string[]; replications?: unknown[] });
  const replicated = new Set(practices.filter((p) => p.exemplars.every((id) => shown.has(id)) && (p.replications ?? []).length > 0).flatMap((p) => p.exemplars));
  const count = (list: typeof published) => ({ published: list.length, replicated: list.filter((e) => replicated.has(e.id)).length });
  const rows = plan.movements.map((m) => {
    const perUnit = m.minimum.perUnit ? m.leadUnits.map((u) => ({ unit: u, minimum: m.minimum.count, ...count(published.filter((e) => e.movement === m.movement && e.unit === u)) })) : [];
    const total = { minimum: m.minimum.perUnit ? m.minimum.count * m.leadUnits.length : m.minimum.count, ...count(published.filter((e) => e.movement === m.movement)) };
    const met = m.minimum.perUnit ? perUnit.every((u) => u.published >= u.minimum) : total.published >= total.minimum;
    return { id: m.movement, ...total, met, perUnit };
  });
  return { year: plan.year, rows };
}
