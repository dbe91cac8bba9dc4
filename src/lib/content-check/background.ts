import { Worker } from 'node:worker_threads';
import { discoverContentFiles, folderOf, type ContentFile, type LoadedCollection } from '../content/files.ts';
import type { Unpublished } from './checks/unpublished.ts';
import { formatReport, type Problem } from './problem.ts';

/**
 * The build checks content on the second core while Astro starts (its cost is in
 * docs/measurements.md), and every loader waits for the result, which hands it each file
 * already read and parsed: a broken file still stops the build with the checker's report, before
 * Astro has parsed anything or written a page, and an entry the checker holds back (it names
 * a person who withdrew consent, its date is still to come) is never read. The integration
 * that starts the check and the loaders that wait for it are loaded apart, so they meet on
 * globalThis.
 */
const KEY = Symbol.for('guong-sang.content-check');
/** The entries held back, shared on their own: in dev the check reports errors without stopping the loaders. */
const HELD_KEY = Symbol.for('guong-sang.content-held');
type SharedHeld = { [HELD_KEY]?: Promise<readonly Unpublished[]> };
type Shared = { [KEY]?: Promise<BackgroundCheck> };
/** Where the pending check is kept: a test that starts one removes it afterwards. */
export const CONTENT_CHECK_KEY = KEY;

/** What the worker hands back: its problems, the files it checked, which the loaders then read, and those held back. */
export interface BackgroundCheck {
  problems: Problem[];
  files: ContentFile[];
  unpublished: Unpublished[];
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
  shareHeld(result.then((r) => r.unpublished));
  return result;
}

/** Hands the loaders what a check made elsewhere (dev, sync) holds back. */
export function shareHeld(unpublished: readonly Unpublished[] | Promise<readonly Unpublished[]>): void {
  const shared = Promise.resolve(unpublished);
  shared.catch(() => undefined);
  (globalThis as SharedHeld)[HELD_KEY] = shared;
}

/**
 * The ids of a collection's entries held back. Without a check shared by the integration (a
 * loader run on its own), the check runs here: an entry is never published because nobody asked.
 */
export async function heldIn(root: string, collection: string): Promise<Set<string>> {
  let held = (globalThis as SharedHeld)[HELD_KEY];
  if (!held) {
    const { checkContentAndPictures } = await import('./checker.ts');
    shareHeld((await checkContentAndPictures(root)).unpublished);
    held = (globalThis as SharedHeld)[HELD_KEY]!;
  }
  return new Set((await held).filter((u) => u.collection === collection).map((u) => u.id));
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
 * (dev, sync), the same discovery (src/lib/content/files.ts), run here. Either way without
 * the entries the check holds back.
 */
export async function checkedContentFiles(root: string, collection: LoadedCollection): Promise<ContentFile[]> {
  const pending = (globalThis as Shared)[KEY];
  const files = pending ? (await stopOnContentErrors(), (await pending).files) : discoverContentFiles(root, [folderOf(collection)]).entries;
  const held = await heldIn(root, collection);
  return files.filter((file) => file.collection === collection && !held.has(file.id));
}
