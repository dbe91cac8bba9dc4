// Lighthouse's mobile performance audit of the built site, as a resident's phone would load it:
// serves dist/ with scripts/serve.ts (the host's headers) and runs Lighthouse in Chromium.
//
//   npm run lighthouse                          the search page with a query, 3 runs
//   npm run lighthouse -- / /thon/ --runs 5     other pages, more runs
//
// Prints each page's median run (by performance score) and exits 1 when a page scores under
// --min (100 by default) or shifts its layout. Slow (a throttled phone's load, several times
// a page) and sensitive to a busy machine, so it is not part of `npm test`;
// tests/e2e/search-layout-shift.test.ts keeps the layout shift at 0 there.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '100' },
    port: { type: 'string', default: '4391' },
    dist: { type: 'string', default: 'dist' },
  },
});
const paths = positionals.length > 0 ? positionals : ['/tim-kiem/?q=nong+thon+moi'];
const runs = Math.max(1, Number(values.runs));
const min = Number(values.min);
const port = Number(values.port);
const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`Chưa có trang đã dựng trong ${values.dist}/. Chạy "npm run build" trước.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.ts', values.dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ready, fail) => {
  server.stdout.once('data', () => ready());
  server.once('exit', (code) => fail(new Error(`Máy chủ thử dừng (mã ${code}).`)));
});

const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

interface Run {
  score: number;
  metrics: Record<string, number>;
  /** Lighthouse's measure of this machine's speed at the time (lower when it is busy). */
  benchmark: number;
}
const METRICS = {
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'total-blocking-time': 'TBT ms',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI ms',
} as const;

let failed = false;
try {
  mkdirSync('.lighthouse', { recursive: true });
  for (const path of paths) {
    const url = `http://127.0.0.1:${port}${path}`;
    const results: Run[] = [];
    for (let i = 0, failures = 0; i < runs; i++) {
      // The default configuration is the mobile preset: a mid-range phone, slow 4G, 4× CPU slowdown.
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'html', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}.`);
      const { lhr } = result;
      // Lighthouse sometimes loses the trace of a load (NO_NAVSTART): that run is taken again, twice at most.
      if (lhr.runtimeError) {
        if (++failures > 2) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        console.error(`${url}: ${lhr.runtimeError.code}, chạy lại.`);
        i--;
        continue;
      }
      const metrics = Object.fromEntries(Object.keys(METRICS).map((id) => [id, lhr.audits[id]?.numericValue ?? Number.NaN]));
      results.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        metrics,
        benchmark: Math.round(lhr.environment.benchmarkIndex),
      });
      if (i === 0)
        writeFileSync(
          join('.lighthouse', `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'trang-chu'}.html`),
          String(result.report),
        );
    }
    const median = [...results].sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)]!;
    const shown = Object.entries(METRICS).map(
      ([id, label]) => `${label} ${id === 'cumulative-layout-shift' ? median.metrics[id]!.toFixed(3) : Math.round(median.metrics[id]!)}`,
    );
    console.log(
      `${path}  hiệu năng ${median.score} (các lần: ${results.map((r) => r.score).join(', ')})  ${shown.join('  ')}  chỉ số máy ${median.benchmark}`,
    );
    if (median.score < min || median.metrics['cumulative-layout-shift']! > 0) failed = true;
  }
} finally {
  chrome.kill();
  server.kill();
}
if (failed) {
  console.error(`Có trang dưới ${min} điểm hoặc bị xô lệch bố cục (CLS > 0). Báo cáo đầy đủ của lần chạy đầu: .lighthouse/*.html`);
  process.exit(1);
}
