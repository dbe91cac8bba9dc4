// npm run bench, beside each timed build: the memory of every process under the bench at once
// (Astro and the Pagefind it starts run together), sampled every 100 ms, its highest sum
// written to a file. GNU time's %M is the largest single process, which no longer says it.
//   node scripts/bench/tree-memory.ts <bench pid> <file>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const [root, out] = [Number(process.argv[2]), process.argv[3]!];

/** Parent and resident memory of every process (/proc/<pid>/status). */
function processes(): { pid: number; parent: number; kib: number }[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const field = (key: string) => Number(new RegExp(`^${key}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      return [{ pid: Number(name), parent: field('PPid'), kib: field('VmRSS') }];
    } catch {
      return []; // ended while read
    }
  });
}

let peak = 0;
setInterval(() => {
  const all = processes();
  const under = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const p of all) {
      if (under.has(p.pid) || !under.has(p.parent) || p.pid === process.pid) continue;
      under.add(p.pid);
      grown = true;
    }
  }
  under.delete(root);
  const kib = all.filter((p) => under.has(p.pid)).reduce((sum, p) => sum + p.kib, 0);
  if (kib > peak) writeFileSync(out, String((peak = kib)));
}, 100);
