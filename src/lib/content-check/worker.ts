// Runs the content checker off the main thread (src/lib/content-check/background.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentAndPictures } from './checker.ts';

parentPort!.postMessage((await checkContentAndPictures((workerData as { root: string }).root)).problems);
