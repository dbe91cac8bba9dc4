import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const KINDS = ['tap-the', 'ca-nhan', 'ho-gia-dinh'] as const;

/**
 * What the progress page's village and kind tables should say for one plan year, computed from a
 * content folder by reading its files directly, independently of src/: exemplars of that year in
 * one of the plan's movements, consent not withdrawn.
 */
export function expectedBreakdown(content: string, year: number) {
  const read = (dir: string, ext: string) =>
    readdirSync(join(content, dir))
      .filter((f) => f.endsWith(ext) && !f.startsWith('_'))
      .map((f) => ({ id: f.replace(ext, ''), text: readFileSync(join(content, dir, f), 'utf8') }));
  const front = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
  const plan = read('plans', '.yaml')
    .map((p) => parse(p.text) as { year: number; movements: { movement: string }[] })
    .find((p) => p.year === year)!;
  const movements = new Set(plan.movements.map((m) => m.movement));
  const villages = read('villages', '.yaml').map((v) => v.id);
  const exemplars = read('exemplars', '.mdx')
    .map(
      (e) =>
        ({ id: e.id, ...front(e.text) }) as {
          id: string;
          movement: string;
          kind: (typeof KINDS)[number];
          village?: string;
          year: number;
          consent?: { withdrawn?: unknown };
        },
    )
    .filter((e) => !e.consent?.withdrawn && e.year === year && movements.has(e.movement));
  const count = (list: typeof exemplars) =>
    ({ ...Object.fromEntries(KINDS.map((k) => [k, list.filter((e) => e.kind === k).length])), total: list.length }) as Record<
      (typeof KINDS)[number] | 'total',
      number
    >;
  return {
    villages: Object.fromEntries(villages.map((v) => [v, count(exemplars.filter((e) => e.village === v))])),
    noVillage: count(exemplars.filter((e) => !e.village)),
    total: count(exemplars),
  };
}
