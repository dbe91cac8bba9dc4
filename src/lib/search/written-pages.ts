import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** The end of a page Astro has finished writing. */
const END = /<\/html>\s*$/i;

/** Whether `file` is an HTML page written to its end (false while it is missing or half written). */
export async function isWritten(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return END.test(tail.toString('latin1'));
  } finally {
    await handle.close();
  }
}

/**
 * Resolves once every file is written to its end, looking again every `interval` milliseconds,
 * or as soon as `stop` is aborted (the writer is done: what is not there will not come). The
 * waiting never keeps the process alive by itself.
 */
export async function whenWritten(files: readonly string[], stop: AbortSignal, interval = 20): Promise<void> {
  let pending = [...files];
  while (pending.length > 0 && !stop.aborted) {
    const done = await Promise.all(pending.map(isWritten));
    pending = pending.filter((_, i) => !done[i]);
    if (pending.length > 0) await sleep(interval, undefined, { ref: false, signal: stop }).catch(() => undefined);
  }
}
