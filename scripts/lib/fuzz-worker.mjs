// A worker thread of `npm run fuzz`: worker threads do not inherit tsx from the main thread, so
// this plain module registers it, then runs its share of the inputs (scripts/lib/fuzz-inputs.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { work } = await import('./fuzz-inputs.ts');
work(workerData, (report) => parentPort.postMessage(report));
