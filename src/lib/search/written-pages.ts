import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The end of a page Astro has finished writing. */
const END = /<\/html>\s*$/i;

/**
 * Whether `file` is an HTML page written to its end (false while it is missing or half written).
 * Synchronous on purpose: the same calls through the thread pool queue behind Astro's own writes
 * (docs/measurements.md), and these take a few system calls a page.
 */
export function isWritten(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    const length = Math.min(size, 64);
    const tail = Buffer.alloc(length);
    readSync(fd, tail, 0, length, size - length);
    return END.test(tail.toString('latin1'));
  } finally {
    closeSync(fd);
  }
}

/**
 * Resolves once every file is written to its end, looking again every `interval` milliseconds,
 * or as soon as `stop` is aborted (the writer is done: what is not there will not come). The
 * waiting never keeps the process alive by itself.
 */
export async function whenWritten(files: readonly string[], stop: AbortSignal, interval = 20): Promise<void> {
  let pending = files.filter((file) => !isWritten(file));
  while (pending.length > 0 && !stop.aborted) {
    await sleep(interval, undefined, { ref: false, signal: stop }).catch(() => undefined);
    pending = pending.filter((file) => !isWritten(file));
  }
}
