// A worker thread of `npm run fuzz`: worker threads do not inherit tsx from the main thread, so
// this plain module registers it, then runs its share of the inputs (scripts/lib/fuzz-inputs.ts).
// Then the letters' hook (scripts/lib/letters-register.mjs), after tsx so it can load its
// TypeScript: the engine runs with its patterns as they ship, as in the main thread.
import { register as registerHook } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
registerHook('./letters-loader.mjs', import.meta.url);
const { work } = await import('./fuzz-inputs.ts');
work(workerData, (report) => parentPort.postMessage(report));
