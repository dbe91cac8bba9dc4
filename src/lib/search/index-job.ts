import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addressKey, pageFile, SEARCHABLE, type BuiltPath } from './searchable.ts';
import { whenWritten } from './written-pages.ts';

/** What Pagefind said, whether it made the index, and the files and pages it counted. */
export interface PagefindRun {
  ok: boolean;
  output: string;
  /** Files matching SEARCHABLE that Pagefind found, and pages it indexed (those with a data-pagefind-body). */
  found?: number | undefined;
  indexed?: number | undefined;
}

/**
 * The most memory a build may hold at once, Astro and Pagefind together, and what Pagefind holds
 * for each page it indexes: the goal and the measurement are in docs/measurements.md.
 */
export const BUILD_MEMORY_BUDGET = 3 * 1024 ** 3;
export const PAGEFIND_BYTES_PER_PAGE = 170 * 1024;

/** Whether Pagefind, indexing `pages`, fits beside a process holding `rss` bytes. */
export const fitsBeside = (rss: number, pages: number, budget = BUILD_MEMORY_BUDGET): boolean =>
  rss + pages * PAGEFIND_BYTES_PER_PAGE <= budget;

/** The lines of Pagefind's output that warn of something, as it wrote them; undefined when none does. */
export function pagefindWarnings(output: string): string | undefined {
  const lines = output.split('\n').filter((line) => /\b(warn(ing)?|error)\b/i.test(line));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The command Pagefind's package installs (`pagefind`), beside its Node API. */
const pagefindBin = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

const counted = (output: string, pattern: RegExp) => {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : undefined;
};

/**
 * Pagefind's command line over the searchable pages of `site`, its index in `site/pagefind`.
 * `oneThread` while Astro still renders: Pagefind then keeps to the core Astro leaves idle
 * instead of taking both (paired runs in docs/measurements.md). A build that stops before
 * Pagefind is done stops it too.
 */
export function runPagefind(site: string, { oneThread = false } = {}): Promise<PagefindRun> {
  return new Promise((resolve) => {
    let bin: string;
    try {
      bin = pagefindBin();
    } catch (error) {
      resolve({ ok: false, output: (error as Error).message });
      return;
    }
    const child = spawn(process.execPath, [bin, '--site', site, '--glob', SEARCHABLE], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Pagefind's threads are rayon's, which reads its count from the environment.
      env: oneThread ? { ...process.env, RAYON_NUM_THREADS: '1' } : process.env,
    });
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => {
      process.off('exit', stop);
      resolve({
        ok: code === 0,
        output,
        found: counted(output, /Found (\d+) files? matching/),
        indexed: counted(output, /Indexed (\d+) pages?/),
      });
    });
  });
}

/**
 * The search index of a build, made as soon as the last searchable page is written, on the
 * second core while Astro renders the other pages. Astro tells it each page it has rendered;
 * `finish()` (after the build) starts it if it has not started and waits for it. Where Pagefind
 * would not fit in memory beside Astro (a site of many thousand entries), it is left for after
 * Astro has ended (`npm run build`'s second step, scripts/index-search.ts).
 */
export class SearchIndexJob {
  readonly #site: string;
  readonly #files: readonly string[];
  readonly #left: Set<string>;
  readonly #astroDone = new AbortController();
  readonly #fits: () => boolean;
  #run: Promise<PagefindRun> | undefined;

  constructor(site: string, searchable: readonly BuiltPath[], { fits }: { fits?: () => boolean } = {}) {
    this.#site = site;
    this.#fits = fits ?? (() => fitsBeside(process.memoryUsage().rss, searchable.length));
    this.#files = searchable.map((path) => join(site, pageFile(path)));
    this.#left = new Set(searchable.map((path) => addressKey(path.pathname)));
  }

  /** The searchable pages a build has already written to `site`, for a build whose paths this job did not see. */
  static ofWrittenSite(site: string, options: { fits?: () => boolean } = {}): SearchIndexJob {
    const files = globSync(SEARCHABLE, { cwd: site }).map((file) => file.split('\\').join('/'));
    return new SearchIndexJob(
      site,
      files.map((file) => ({ pathname: `/${dirname(file)}/`, route: { type: 'page' } })),
      options,
    );
  }

  /** How many searchable pages the build has. */
  get pages(): number {
    return this.#files.length;
  }

  /** Astro has rendered the path `pathname`: once every searchable page is, Pagefind starts when their files are written. */
  rendered(pathname: string): void {
    if (!this.#left.delete(addressKey(pathname)) || this.#left.size > 0) return;
    if (this.#fits()) this.#start({ oneThread: true });
  }

  /**
   * Astro has written every page: waits for the index, starting it now if a page was never
   * reported, and no longer waiting for a file that was not written. Undefined when the index
   * is left for after Astro has ended, for want of memory.
   */
  finish(): Promise<PagefindRun | undefined> {
    this.#astroDone.abort();
    if (!this.#run && !this.#fits()) return Promise.resolve(undefined);
    return this.#start();
  }

  #start(options: { oneThread?: boolean } = {}): Promise<PagefindRun> {
    this.#run ??= whenWritten(this.#files, this.#astroDone.signal).then(() => runPagefind(this.#site, options));
    return this.#run;
  }
}
