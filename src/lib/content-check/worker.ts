// Runs the content checker off the main thread (src/lib/content-check/background.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { BackgroundCheck } from './background.ts';
import { checkContentAndPictures, unexpected } from './checker.ts';

let result: BackgroundCheck;
try {
  const { problems, files, unpublished } = await checkContentAndPictures((workerData as { root: string }).root);
  result = { problems, files, unpublished };
} catch (error) {
  // checkContent contains each file's errors; this is for one across files: still a report, not a stack trace.
  result = { problems: [{ file: 'content', ...unexpected(error) }], files: [], unpublished: [] };
}
parentPort!.postMessage(result);
