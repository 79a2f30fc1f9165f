// npm run fuzz [-- --n 100000] [--seed 1]: generated and adversarial inputs through every part of
// Dose Guard that takes what it did not write (issue 9): the reading engine's public entry points
// (extractFromText, extractFromDocument), the profile reader, the import, and every message schema
// of src/core/messages.ts. Nothing may throw, every result must keep its promises (a profile read
// from anything is a valid profile; an import either refuses or yields one), and no input may take
// longer than the budget. Ends with one line:
//   fuzz: N inputs, 0 throws, 0 over budget, slowest MS ms
// and exits 1 when a count is not 0 (a broken promise counts as a throw: it is as wrong for the
// user). Inputs are generated from the seed and their index, so any
// failure is printed with what it takes to repeat it.
//
// Each target runs in a worker thread with a memory limit: an input that hangs or exhausts memory
// is stopped by the main thread, counted over budget, and the target resumes after it.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Job, Report, Target } from './lib/fuzz-inputs.ts';
import { READ_BUDGET } from '../src/background/slices.ts';

/** Time one input may take: what the background allows itself on a page before it gives up
 *  and shows "?" (the largest real store page takes about 40 ms). */
const BUDGET_MS = READ_BUDGET.totalMs;
/** An input still running after this is stopped (its worker terminated). */
const HARD_LIMIT_MS = 10_000;
const WORKER_MEMORY_MB = 1024;

const TARGETS: readonly Target[] = ['text', 'document', 'profile', 'import', 'messages'];
/** Share of the inputs each target gets. */
const SHARE: Record<Target, number> = { text: 0.3, document: 0.15, profile: 0.2, import: 0.15, messages: 0.2 };
const WORKER = fileURLToPath(new URL('./lib/fuzz-worker.mjs', import.meta.url));

await main();

// ---------------------------------------------------------------------------------------------
// main thread: split the inputs, watch the workers, print the line

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const v = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`);
    return Math.floor(v);
  };
  const total = opt('n', 100_000);
  const seed = opt('seed', Date.now() % 2 ** 31);
  let inputs = 0;
  let throws = 0;
  let over = 0;
  let slowest = 0;
  const lines: string[] = [];
  // Two workers at a time: this machine has 2 cores, shared.
  const jobs = TARGETS.map((target): Job => ({ target, seed, from: 0, to: Math.max(1, Math.round(total * SHARE[target])), budgetMs: BUDGET_MS }));
  const running = new Set<Promise<void>>();
  for (const job of jobs) {
    const p = runTarget(job, (r) => {
      inputs++;
      slowest = Math.max(slowest, r.ms);
      if (r.failure) {
        throws++;
        if (lines.length < 20) lines.push(`  ${job.target} #${r.i} (seed ${seed}): ${r.failure}`);
      } else if (r.ms > BUDGET_MS) {
        over++;
        if (lines.length < 20) lines.push(`  ${job.target} #${r.i} (seed ${seed}): ${Math.round(r.ms)} ms`);
      }
    }).then(() => void running.delete(p));
    running.add(p);
    if (running.size >= 2) await Promise.race(running);
  }
  await Promise.all(running);
  for (const l of lines) console.log(l);
  console.log(`fuzz: ${inputs} inputs, ${throws} throws, ${over} over budget, slowest ${Math.round(slowest)} ms`);
  process.exitCode = throws || over ? 1 : 0;
}

/** Runs one target's inputs, restarting its worker after an input that had to be stopped. */
async function runTarget(job: Job, record: (r: { i: number; ms: number; failure?: string }) => void): Promise<void> {
  let from = job.from;
  while (from < job.to) {
    const stoppedAt = await runWorker({ ...job, from }, record);
    if (stoppedAt === null) return;
    record({ i: stoppedAt.i, ms: stoppedAt.ms, failure: stoppedAt.why === 'memory' ? 'ran out of memory' : undefined });
    from = stoppedAt.i + 1;
  }
}

/** null when the worker finished; else the input it was stopped at. */
function runWorker(job: Job, record: (r: { i: number; ms: number; failure?: string }) => void): Promise<{ i: number; ms: number; why: 'time' | 'memory' } | null> {
  return new Promise((resolve, reject) => {
    // (execArgv empty: the worker registers tsx and then the letters' hook itself, in that order;
    // inherited, the hook came first and could not load its TypeScript)
    const worker = new Worker(WORKER, { workerData: job, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
    let current = -1;
    let startedAt = 0;
    let settled = false;
    const finish = (value: { i: number; ms: number; why: 'time' | 'memory' } | null, error?: unknown) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const watchdog = setInterval(() => {
      if (current >= 0 && performance.now() - startedAt > HARD_LIMIT_MS) finish({ i: current, ms: performance.now() - startedAt, why: 'time' });
    }, 250);
    worker.on('message', (r: Report) => {
      if (r.kind === 'start') {
        current = r.i;
        startedAt = performance.now();
      } else {
        current = -1;
        record(r);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && current >= 0) finish({ i: current, ms: performance.now() - startedAt, why: 'memory' });
      else finish(null, error);
    });
    worker.on('exit', () => finish(null));
  });
}
