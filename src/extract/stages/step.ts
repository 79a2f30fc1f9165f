// What an incremental read yields between two slices of work: the name of the stage it is in.
// The content script runs the steps with a time budget per frame (readDocumentSteps).
export type { StageName as Step } from '../trace.ts';

/** Runs a generator of steps to its end and returns its result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
