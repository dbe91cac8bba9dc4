// Runs the content checker off the main thread (src/lib/content-check/background.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckResult } from './background.ts';
import { checkContentAndPictures } from './checker.ts';

const { problems, unpublished } = await checkContentAndPictures((workerData as { root: string }).root);
parentPort!.postMessage({ problems, unpublished } satisfies CheckResult);
