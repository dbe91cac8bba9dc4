import { Worker } from 'node:worker_threads';
import { formatReport, type Problem } from './problem.ts';

/**
 * The build checks content on the second core while Astro starts (about 1 s on 1,000
 * entries, 7 s on 10,000, npm run bench), and every loader waits for the result before it
 * reads a file: a broken file still stops the build with the checker's report, before
 * Astro has parsed anything or written a page. The integration that starts the check and
 * the loaders that wait for it are loaded apart, so they meet on globalThis.
 */
const KEY = Symbol.for('guong-sang.content-check');
type Shared = { [KEY]?: Promise<Problem[]> };

export function startContentCheck(root: string): Promise<Problem[]> {
  const result = new Promise<Problem[]>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Trình kiểm tra nội dung dừng với mã ${code}.`)));
  });
  // Settled even if nobody waits (a build with no content collection to load).
  result.catch(() => undefined);
  (globalThis as Shared)[KEY] = result;
  return result;
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
  const errors = (await pending).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}
