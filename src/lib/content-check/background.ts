import { Worker } from 'node:worker_threads';
import type { Unpublished } from './checks/unpublished.ts';
import { formatReport, type Problem } from './problem.ts';

/**
 * The build checks content on the second core while Astro starts (about 1 s on 1,000
 * entries, 7 s on 10,000, npm run bench), and every loader waits for the result before it
 * reads a file: a broken file still stops the build with the checker's report, before
 * Astro has parsed anything or written a page, and an entry the checker holds back (a
 * person who withdrew consent, a date still to come) never reaches the content store. The
 * integration that starts the check and the loaders that wait for it are loaded apart, so
 * they meet on globalThis.
 */
const KEY = Symbol.for('guong-sang.content-check');
export interface CheckResult {
  problems: Problem[];
  unpublished: Unpublished[];
}
type Shared = { [KEY]?: Promise<CheckResult> };

export function startContentCheck(root: string): Promise<CheckResult> {
  const result = new Promise<CheckResult>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Trình kiểm tra nội dung dừng với mã ${code}.`)));
  });
  // Settled even if nobody waits (a build with no content collection to load).
  result.catch(() => undefined);
  return shareContentCheck(result);
}

/** Hands a check already made (dev, sync) to the loaders. */
export function shareContentCheck(result: CheckResult | Promise<CheckResult>): Promise<CheckResult> {
  const shared = Promise.resolve(result);
  (globalThis as Shared)[KEY] = shared;
  return shared;
}

export class ContentError extends Error {
  constructor(problems: readonly Problem[]) {
    super(`Nội dung có lỗi, chưa xuất bản được:\n${formatReport(problems)}`);
    this.name = 'ContentError';
  }
}

/** Waits for the background check, if one runs, and stops on any error in it. */
export async function stopOnContentErrors(): Promise<void> {
  const pending = (globalThis as Shared)[KEY];
  if (!pending) return;
  const errors = (await pending).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}

/**
 * The entries of a collection that the site is built without, id → why. When no check was
 * shared (a loader run outside the integration), the check runs here: an entry is never
 * published because nobody asked.
 */
export async function heldEntries(collection: string, root: string): Promise<Map<string, string>> {
  let pending = (globalThis as Shared)[KEY];
  if (!pending) {
    const { checkContentAndPictures } = await import('./checker.ts');
    const report = await checkContentAndPictures(root);
    pending = shareContentCheck({ problems: report.problems, unpublished: report.unpublished });
    await stopOnContentErrors();
  }
  const { unpublished } = await pending;
  return new Map(unpublished.filter((u) => u.collection === collection).map((u) => [u.id, u.reason]));
}
