/**
 * A copy of this project with other content, built as a commune adopting the site would build
 * it: the same src/, public/ and configuration, its own content/ and its own Astro cache. Used by
 * the browser tests' fixture sites (tests/fixtures/sites/) and by `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project's code into the folder `dir`, beside whatever content/ it has. node_modules
 * is a folder of links to the project's packages, except Astro's cache (.astro), so two sites
 * built in turn do not evict each other.
 */
export function copyProjectCode(dir: string): void {
  for (const item of CODE) cpSync(join(PROJECT, item), join(dir, item), { recursive: true });
  linkPackages(dir);
}

/** Gives `dir` a node_modules of links to the project's packages, with its own Astro cache. */
export function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(PROJECT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/**
 * Makes `dir` a fresh copy of the project's code. `content` is a content folder to copy in, or
 * undefined to leave content/ to the caller.
 */
export function makeSiteCopy(dir: string, content?: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyProjectCode(dir);
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
}

/**
 * `npm run build` in a copy: Astro, which makes the search index as it renders, then the step
 * that makes it for a site too large for both at once. Returns the combined output; throws on
 * failure, or when a step runs longer than `timeout` milliseconds (none by default).
 */
export function buildSiteCopy(dir: string, env: NodeJS.ProcessEnv = {}, timeout?: number): string {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 1 << 28,
      ...(timeout ? { timeout } : {}),
    });
    if (result.error)
      throw new Error(`${args.join(' ')} không chạy xong trong ${dir}: ${result.error.message}\n${result.stdout?.slice(-3000) ?? ''}`);
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} thất bại trong ${dir}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    return result.stdout + result.stderr;
  };
  return (
    run(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build']) +
    run(process.execPath, [join(PROJECT, 'scripts/index-search.ts'), 'dist'])
  );
}
