import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFile, SEARCHABLE } from './searchable.ts';
import { whenWritten } from './written-pages.ts';

/** What Pagefind said, and whether it made the index. */
export interface PagefindRun {
  ok: boolean;
  output: string;
}

/** The command Pagefind's package installs (`pagefind`), beside its Node API. */
const pagefindBin = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/**
 * Pagefind's command line over the searchable pages of `site`, its index in `site/pagefind`.
 * `oneThread` while Astro still renders: Pagefind then keeps to the core Astro leaves idle
 * instead of taking both (paired runs in docs/measurements.md).
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
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * The search index of a build, made as soon as the last searchable page is written, on the
 * second core while Astro renders the other pages. Astro tells it each page it has rendered;
 * `finish()` (after the build) starts it if it has not started and waits for it.
 */
export class SearchIndexJob {
  readonly #site: string;
  readonly #pathnames: readonly string[];
  readonly #left: Set<string>;
  readonly #astroDone = new AbortController();
  #run: Promise<PagefindRun> | undefined;

  constructor(site: string, searchablePathnames: readonly string[]) {
    this.#site = site;
    this.#pathnames = searchablePathnames;
    this.#left = new Set(searchablePathnames);
  }

  /** How many pages the index will hold. */
  get pages(): number {
    return this.#pathnames.length;
  }

  /** Astro has rendered the page at `pathname`: once every searchable page is, Pagefind starts when their files are written. */
  rendered(pathname: string): void {
    if (!this.#left.delete(pathname) || this.#left.size > 0) return;
    this.#start({ oneThread: true });
  }

  /**
   * Astro has written every page: waits for the index, starting it now if a page was never
   * reported, and no longer waiting for a file that was not written.
   */
  finish(): Promise<PagefindRun> {
    this.#astroDone.abort();
    return this.#start();
  }

  #start(options: { oneThread?: boolean } = {}): Promise<PagefindRun> {
    const files = this.#pathnames.map((p) => join(this.#site, pageFile(p)));
    this.#run ??= whenWritten(files, this.#astroDone.signal).then(() => runPagefind(this.#site, options));
    return this.#run;
  }
}
