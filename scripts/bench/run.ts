// npm run bench [-- --sizes sample,1000,5000,10000] [--bare 1000,5000] [--runs 3]
// Builds the sample site and synthetic sites of 1,000, 5,000 and 10,000 entries with the real
// layouts (the build makes the Pagefind index itself), and prints wall time, pages per second, peak memory,
// index size and what a browser downloads (page weight, first and second search). The sizes in
// --bare are also built as a bare Astro site (scripts/bench/bare-site.ts), in turn with the
// project's build, and the two are compared run by run.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeSiteCopy } from '../lib/site-copy.ts';
import { makeBareSite } from './bare-site.ts';
import { measureBrowser, pageWeights } from './page-weights.ts';
import { communeOf, syntheticContent, type SyntheticFile } from './synthetic.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.bench');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'sample,1000,5000,10000' },
    bare: { type: 'string', default: '1000,5000' },
    runs: { type: 'string', default: '3' },
  },
});
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = list(values.sizes);
const bareSizes = new Set(list(values.bare));
// A shared VM's build times vary by 10-20 % from one run to the next: sites up to 5,000 entries
// are built several times and the median run is reported, with the range. The 10,000-entry
// site (over a minute a build) is built once.
const runs = Math.max(1, Number(values.runs) || 1);
const runsFor = (size: string) => (size === 'sample' || Number(size) <= 5000 ? runs : 1);

interface Row {
  site: string;
  entries: number;
  pages: number;
  /** Build and index time of the median run. */
  seconds: number;
  /** Build and index time of every run, fastest first. */
  totals: number[];
  /** CPU time of the median run's build and index: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMiB: number;
  indexKiB: number;
  pageKiB: number;
  largestKiB: number;
  largestPath: string;
  firstSearchKiB: number;
  secondSearchKiB: number;
}

/**
 * Wall time, peak memory and CPU time (user + system, both cores) of a command. Peak memory is
 * that of all its processes at once where /proc can be read (scripts/bench/tree-memory.ts),
 * otherwise its largest process.
 */
function timed(command: string, args: string[], cwd: string): { seconds: number; peakKiB: number; cpuSeconds: number } {
  mkdirSync(WORK, { recursive: true });
  const memoryFile = join(WORK, `memory-${process.pid}`);
  rmSync(memoryFile, { force: true });
  const sampler = existsSync('/proc/self/status')
    ? spawn(process.execPath, [join(import.meta.dirname, 'tree-memory.ts'), String(process.pid), memoryFile], { stdio: 'ignore' })
    : undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=3072' },
    maxBuffer: 1 << 28,
  });
  sampler?.kill();
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} thất bại:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const [seconds, largestKiB, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const allKiB = existsSync(memoryFile) ? Number(readFileSync(memoryFile, 'utf8')) : 0;
  rmSync(memoryFile, { force: true });
  return { seconds: seconds!, peakKiB: Math.max(largestKiB!, allKiB), cpuSeconds: user! + system! };
}

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}
function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

function prepare(size: string): { dir: string; entries: number; files: SyntheticFile[] } {
  if (size === 'sample')
    return {
      dir: ROOT,
      entries: ['exemplars', 'practices', 'scripts'].reduce((n, c) => n + readdirSync(join(ROOT, 'content', c)).length, 0),
      files: [],
    };
  const n = Number(size);
  const dir = join(WORK, `site-${n}`);
  makeSiteCopy(dir);
  for (const folder of ['plans', 'movements', 'units', 'villages'])
    cpSync(join(ROOT, 'content', folder), join(dir, 'content', folder), { recursive: true });
  cpSync(join(ROOT, 'content/site.yaml'), join(dir, 'content/site.yaml'));
  mkdirSync(join(dir, 'content/images'), { recursive: true });
  const cover = readdirSync(join(ROOT, 'content/images')).find((f) => f.endsWith('.jpg'))!;
  cpSync(join(ROOT, 'content/images', cover), join(dir, 'content/images/bench.jpg'));
  const files = syntheticContent(n, communeOf(dir));
  for (const file of files) {
    const target = join(dir, 'content', file.path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { dir, entries: n, files };
}

/** The timed steps of one build: Astro, and Pagefind where it runs after Astro (the bare site). */
type Build = ReturnType<typeof timed>[];
const wall = (b: Build) => b.reduce((sum, step) => sum + step.seconds, 0);
const cpu = (b: Build) => b.reduce((sum, step) => sum + step.cpuSeconds, 0);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * A cold build of a site in `dir`, as on a fresh clone. The project's is `npm run build`'s two
 * steps: `astro build`, which makes the search index as it renders (src/integrations/search-index.ts),
 * then the step that makes it only for a site too large for both at once. The bare site runs
 * Pagefind after Astro, over every page, as a bare site's build script would.
 */
function build(dir: string, { bare = false } = {}): Build {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const astro = timed(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--force'], dir);
  const index = bare
    ? timed(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', 'dist', '--silent'], dir)
    : timed(process.execPath, [join(ROOT, 'scripts/index-search.ts'), 'dist'], dir);
  return [astro, index];
}

/** The cpu line of /proc/stat: user nice system idle iowait irq softirq steal. */
function cpuTimes(): number[] | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  return readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
}
/** Share of CPU time a shared VM's host took since `start` (steal). */
function stealShare(start: number[] | undefined): number | undefined {
  const end = cpuTimes();
  if (!start || !end) return undefined;
  const delta = end.map((v, i) => v - start[i]!);
  const total = delta.reduce((a, b) => a + b, 0);
  return total > 0 ? delta[7]! / total : undefined;
}
const cpuAtStart = cpuTimes();

interface Comparison {
  entries: number;
  pages: { project: number; bare: number };
  project: Build[];
  bare: Build[];
}

const rows: Row[] = [];
const comparisons: Comparison[] = [];
for (const size of sizes) {
  const { dir, entries, files } = prepare(size);
  const bareDir = join(WORK, `bare-${entries}`);
  const withBare = size !== 'sample' && bareSizes.has(size);
  if (withBare) makeBareSite(bareDir, files);
  process.stdout.write(`Dựng ${size === 'sample' ? 'trang mẫu' : `${entries} mục`}${withBare ? ', xen kẽ với trang Astro trần' : ''}… `);
  const dist = join(dir, 'dist');
  // Project, bare, project, bare…: a pair shares the machine's mood of the moment.
  const measured: Build[] = [];
  const bare: Build[] = [];
  for (let run = 0; run < runsFor(size); run++) {
    measured.push(build(dir));
    if (withBare) bare.push(build(bareDir, { bare: true }));
  }
  if (withBare)
    comparisons.push({
      entries,
      pages: { project: countHtml(dist), bare: countHtml(join(bareDir, 'dist')) },
      project: [...measured],
      bare,
    });
  measured.sort((a, b) => wall(a) - wall(b));
  const middle = measured[Math.floor((measured.length - 1) / 2)]!;
  const web = await measureBrowser(dist, 'hồi', 'duong');
  const weights = pageWeights(dist);
  const pages = countHtml(dist);
  rows.push({
    site: size === 'sample' ? 'mẫu' : `tổng hợp ${entries}`,
    entries,
    pages,
    seconds: wall(middle),
    totals: measured.map(wall),
    cpuSeconds: cpu(middle),
    peakMiB: Math.max(...measured.flat().map((step) => step.peakKiB)) / 1024,
    indexKiB: dirSize(join(dist, 'pagefind')) / 1024,
    pageKiB: weights.storyKiB,
    largestKiB: weights.largestKiB,
    largestPath: weights.largestPath,
    firstSearchKiB: web.first,
    secondSearchKiB: web.second,
  });
  console.log('xong.');
}

const f = (n: number, d = 1) => n.toFixed(d);
console.log(
  '\n| Trang | Mục | Trang HTML | Dựng và lập chỉ mục (s) | Các lần (s) | CPU (s) | Trang/giây | RAM đỉnh (MiB) | Chỉ mục (KiB) | 1 trang HTML+CSS gzip (KiB) | Trang nặng nhất (KiB) | Tìm lần 1 (KiB) | Tìm lần 2 (KiB) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const range = r.totals.length > 1 ? `${f(r.totals[0]!)}–${f(r.totals.at(-1)!)} (${r.totals.length} lần)` : '1 lần';
  console.log(
    `| ${r.site} | ${r.entries} | ${r.pages} | ${f(r.seconds)} | ${range} | ${f(r.cpuSeconds)} | ${f(r.pages / r.seconds, 0)} | ${f(r.peakMiB, 0)} | ${f(r.indexKiB, 0)} | ${f(r.pageKiB)} | ${f(r.largestKiB)} | ${f(r.firstSearchKiB)} | ${f(r.secondSearchKiB)} |`,
  );
}
const steal = stealShare(cpuAtStart);
if (steal !== undefined)
  console.log(`CPU bị máy chủ ảo lấy mất trong lúc đo (steal): ${f(steal * 100, 0)} %; số đo dao động theo con số này.`);
for (const r of rows) console.log(`Trang nặng nhất của ${r.site}: ${r.largestPath} (${f(r.largestKiB)} KiB).`);
if (comparisons.length > 0) {
  const range = (values: number[]) => (values.length > 1 ? ` (${f(Math.min(...values), 2)}–${f(Math.max(...values), 2)})` : '');
  console.log(
    '\nCùng các mục, dựng thành một trang Astro trần (một trang cho mỗi mục, nội dung MDX qua render(), Pagefind), xen kẽ với bản dựng đầy đủ của dự án trong cùng lần đo:',
  );
  console.log(
    '\n| Mục | Trang HTML dự án / trần | Dự án (s) | Astro trần (s) | Tỉ lệ thời gian | CPU dự án (s) | CPU trần (s) | Tỉ lệ CPU | Số cặp |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of comparisons) {
    const ratios = c.project.map((p, i) => wall(p) / wall(c.bare[i]!));
    const cpuRatios = c.project.map((p, i) => cpu(p) / cpu(c.bare[i]!));
    console.log(
      `| ${c.entries} | ${c.pages.project} / ${c.pages.bare} | ${f(median(c.project.map(wall)))} | ${f(median(c.bare.map(wall)))} | ${f(median(ratios), 2)}${range(ratios)} | ` +
        `${f(median(c.project.map(cpu)))} | ${f(median(c.bare.map(cpu)))} | ${f(median(cpuRatios), 2)}${range(cpuRatios)} | ${c.project.length} |`,
    );
  }
  console.log(
    'Thời gian là cả bản dựng (dự án: npm run build, chỉ mục lập trong lúc dựng hoặc ngay sau nếu thiếu bộ nhớ; trần: astro build rồi Pagefind), trung vị các lần; tỉ lệ là trung vị của từng cặp (dự án ÷ trần, dựng liền nhau), trong ngoặc là thấp nhất–cao nhất.',
  );
}
console.log(
  '\nMục tiêu: 1.000 mục < 12 s, 10.000 mục < 120 s, RAM < 3 GiB, bản dựng đầy đủ ≤ 0,6 lần thời gian của trang Astro trần ở 1.000 và 5.000 mục, tìm lần 1 < 150 KiB trên trang 1.000 mục, mỗi trang (trừ tìm kiếm) ≤ 14 KiB.',
);
