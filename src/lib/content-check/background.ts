import { Worker } from 'node:worker_threads';
import { discoverContentFiles, folderOf, type ContentFile, type LoadedCollection } from '../content-files.ts';
import { formatReport, type Problem } from './problem.ts';

/**
 * The build checks content on the second core while Astro starts (about 1 s on 1,000
 * entries, 7 s on 10,000, npm run bench), and every loader waits for the result before it
 * reads a file: a broken file still stops the build with the checker's report, before
 * Astro has parsed anything or written a page. The integration that starts the check and
 * the loaders that wait for it are loaded apart, so they meet on globalThis.
 */
const KEY = Symbol.for('guong-sang.content-check');
type Shared = { [KEY]?: Promise<BackgroundCheck> };
/** Where the pending check is kept: a test that starts one removes it afterwards. */
export const CONTENT_CHECK_KEY = KEY;

/** What the worker hands back: its problems, and the files it checked, which the loaders then read. */
export interface BackgroundCheck {
  problems: Problem[];
  files: ContentFile[];
}

export function startContentCheck(root: string): Promise<BackgroundCheck> {
  const result = new Promise<BackgroundCheck>((resolve, reject) => {
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
  const errors = (await pending).problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}

/**
 * The files a collection's loader reads. In a build, the very list the background check
 * read, once it has passed (it throws otherwise, before anything is parsed); without one
 * (dev, sync), the same discovery (src/lib/content-files.ts), run here.
 */
export async function checkedContentFiles(root: string, collection: LoadedCollection): Promise<ContentFile[]> {
  const pending = (globalThis as Shared)[KEY];
  if (!pending) return discoverContentFiles(root, [folderOf(collection)]).entries.filter((file) => file.collection === collection);
  await stopOnContentErrors();
  return (await pending).files.filter((file) => file.collection === collection);
}
