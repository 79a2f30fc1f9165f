// Reads a Chromium trace (CDP Tracing, JSON events) for npm run bench: what one extension's
// content script cost a page, and how long its worker took to start. Pure functions over the
// events, so the attribution rules are tested (test/unit/bench/trace.test.ts) apart from a browser.
//
// The content script's own time is the union of
//  - its script evaluations (EvaluateScript: compile + top-level run) and the callbacks the
//    browser called in it (FunctionCall: timers, event listeners, observers), exactly, and
//  - the CPU profiler's samples whose stack holds one of its frames, outside those intervals: the
//    promise continuations (a read resumed after scheduler.yield, an answer arriving) run as
//    microtasks that no event names. A garbage collection sampled right after one of its samples
//    counts as its own (its allocations triggered it).
// Everything else on the page's main thread (the page's own scripts, parsing, layout) is the page's.
//
// Times are CPU time of the main thread, not wall time: the machine the bench runs on is shared,
// and a thread the OS sets aside for other work has done nothing meanwhile (a script evaluated in
// 64 ms of wall time took 22 ms of the thread's CPU). Within each task, the content script's wall
// time is scaled by the task's CPU/wall ratio (trace events carry both: tdur and dur).
import { READ_SCRIPTS } from '../../src/core/files.ts';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread during the event (complete events), µs */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>;
}

/** A time interval on one thread, µs. */
interface Span { start: number; end: number }

/** A main-thread task: its wall interval and the CPU time the thread spent in it, µs. */
interface Task extends Span { cpu: number }

/** A task on the page's main thread longer than this is a long task (the Long Tasks API's 50 ms). */
export const LONG_TASK_US = 50_000;

function urlOf(e: TraceEvent): string {
  const d = e.args?.['data'] ?? e.args?.['beginData'] ?? {};
  return String(d.url ?? d.scriptName ?? e.args?.['fileName'] ?? '');
}

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);

/** The page's main thread: where the extension's content script was first evaluated. */
export function contentThread(events: readonly TraceEvent[], origin: string): { pid: number; tid: number } | null {
  const first = events
    .filter((e) => e.name === 'EvaluateScript' && urlOf(e).startsWith(origin))
    .sort((a, b) => a.ts - b.ts)[0];
  return first ? { pid: first.pid, tid: first.tid } : null;
}

interface Sample { ts: number; dur: number; ours: boolean; gc: boolean }

/** The CPU profiler's samples on one thread, each with the time until the next one. */
export function samplesOf(events: readonly TraceEvent[], pid: number, tid: number, origin: string): Sample[] {
  const profiles = new Map<string, { start: number; nodes: Map<number, { parent?: number; url: string; fn: string }>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'Profile' || e.tid !== tid) continue;
    profiles.set(String(e.id), { start: Number(e.args?.['data']?.startTime ?? e.ts), nodes: new Map(), samples: [], deltas: [] });
  }
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk') continue;
    const p = profiles.get(String(e.id));
    if (!p) continue;
    const data = e.args?.['data'] ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { parent: n.parent, url: n.callFrame?.url ?? '', fn: n.callFrame?.functionName ?? '' });
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  const out: Sample[] = [];
  for (const p of profiles.values()) {
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const n = p.nodes.get(id);
      const r = n !== undefined && (n.url.startsWith(origin) || (n.parent !== undefined && isOurs(n.parent)));
      ours.set(id, r);
      return r;
    };
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    for (let i = 0; i < p.samples.length && i < times.length; i++) {
      const id = p.samples[i]!;
      const next = times[i + 1];
      out.push({ ts: times[i]!, dur: next === undefined ? 0 : Math.max(0, next - times[i]!), ours: isOurs(id), gc: p.nodes.get(id)?.fn === '(garbage collector)' });
    }
  }
  out.sort((a, b) => a.ts - b.ts);
  // a collection right after our own work was caused by it
  for (let i = 1; i < out.length; i++) if (out[i]!.gc && out[i - 1]!.ours) out[i]!.ours = true;
  return out;
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Index of the first span ending after `ts` (spans sorted and disjoint). */
function spanAfter(spans: readonly Span[], ts: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inside(spans: readonly Span[], ts: number): boolean {
  const s = spans[spanAfter(spans, ts)];
  return s !== undefined && ts >= s.start;
}

/** Index of the first sample at or after `ts`. */
function sampleAt(samples: readonly Sample[], ts: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlap(spans: readonly Span[], from: number, to: number): number {
  let sum = 0;
  for (let i = spanAfter(spans, from); i < spans.length && spans[i]!.start < to; i++) {
    const s = spans[i]!;
    sum += Math.min(s.end, to) - Math.max(s.start, from);
  }
  return sum;
}

/** Where the content script's own time went on the page's main thread. */
export class ContentActivity {
  /** script evaluations and callbacks of the content script (exact) */
  readonly exact: Span[];
  readonly samples: Sample[];
  readonly tasks: Task[];
  readonly thread: { pid: number; tid: number };
  readonly evaluations: TraceEvent[];

  constructor(readonly events: readonly TraceEvent[], readonly origin: string, thread: { pid: number; tid: number }) {
    this.thread = thread;
    const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
    this.evaluations = onThread.filter((e) => e.name === 'EvaluateScript' && urlOf(e).startsWith(origin)).sort((a, b) => a.ts - b.ts);
    const calls = onThread.filter((e) => e.name === 'FunctionCall' && urlOf(e).startsWith(origin));
    this.exact = merge([...this.evaluations, ...calls].map((e) => ({ start: e.ts, end: end(e) })));
    this.samples = samplesOf(events, thread.pid, thread.tid, origin);
    this.tasks = onThread
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
      .map((e) => ({ start: e.ts, end: end(e), cpu: Math.min(e.dur!, e.tdur ?? e.dur!) }))
      .sort((a, b) => a.start - b.start);
  }

  /** The content script's wall time between `from` and `to`, µs. */
  private wallTime(from: number, to: number): number {
    let t = overlap(this.exact, from, to);
    for (let i = sampleAt(this.samples, from); i < this.samples.length && this.samples[i]!.ts < to; i++) {
      const s = this.samples[i]!;
      if (s.ours && !inside(this.exact, s.ts)) t += s.dur;
    }
    return t;
  }

  /** The content script's own CPU time between `from` and `to`, µs. */
  ownTime(from: number, to: number): number {
    let cpu = 0;
    let wallInTasks = 0;
    for (const task of this.tasks) {
      if (task.end <= from) continue;
      if (task.start >= to) break;
      const wall = this.wallTime(Math.max(from, task.start), Math.min(to, task.end));
      wallInTasks += wall;
      const length = task.end - task.start;
      cpu += length > 0 ? wall * (task.cpu / length) : wall;
    }
    // (work outside any recorded task counts as it is)
    return cpu + Math.max(0, this.wallTime(from, to) - wallInTasks);
  }

  /** When the content script first ran. */
  get firstRun(): number | null {
    return this.evaluations[0]?.ts ?? null;
  }

  /** The end of the first message this content script sent to its extension, if it sent one
   *  (each bench browser holds one extension: every message a page sends is its content script's). */
  firstSend(after: number): number | null {
    const host = new URL(this.origin).host;
    const first = this.events
      .filter((e) => e.pid === this.thread.pid && e.tid === this.thread.tid && e.ts >= after
        && e.name.startsWith('MainThreadIPCMessageSender::SendOpenMessageChannel')
        && (e.args?.['chrome_extension_id']?.extension_id ?? host) === host)
      .sort((a, b) => a.ts - b.ts)[0];
    return first ? end(first) : null;
  }

  /** Main-thread tasks between `from` and `to` in which the content script ran, with its CPU time in each. */
  tasksRun(from: number, to: number): { task: Task; own: number }[] {
    const out: { task: Task; own: number }[] = [];
    for (const task of this.tasks) {
      if (task.end <= from) continue;
      if (task.start >= to) break;
      const own = this.ownTime(task.start, task.end);
      if (own > 0) out.push({ task, own });
    }
    return out;
  }

  /** Layouts the content script's code forced. A layout script asks for carries the script's stack:
   *  it is ours when one of our frames is on it. A layout inside our own evaluation or callback is
   *  ours too, with or without a stack. A layout with no stack outside them is a frame's rendering,
   *  not forced, even when our work ran just before it (a sampled continuation's last sample ends
   *  wherever the next sample falls, so the samples cannot tell). */
  forcedLayouts(from: number, to: number): number {
    let n = 0;
    for (const e of this.events) {
      if (e.name !== 'Layout' || e.pid !== this.thread.pid || e.tid !== this.thread.tid || e.ts < from || e.ts >= to) continue;
      const stack = (e.args?.['beginData']?.stackTrace ?? []) as { url?: string }[];
      const fromOurStack = stack.some((f) => (f.url ?? '').startsWith(this.origin));
      if (fromOurStack || inside(this.exact, e.ts)) n++;
    }
    return n;
  }
}

/** What a page load cost, from the content script's first evaluation. */
export interface FirstRun {
  /** compile + run of the content script and the work it scheduled until it sent its message
   *  (or, when it sends none, until `windowEnd`), µs; on a large page, until the message after
   *  its reader ran (the reader's compile and run included) */
  ownUs: number;
  /** of which compiling its script(s), µs */
  compileUs: number;
  /** true when it sent a message to its extension */
  sent: boolean;
  /** main-thread tasks over 50 ms (CPU) in which the content script ran for more than half of the task */
  longTasks: number;
  /** tasks over 50 ms (CPU) in which it ran at all (the page's own work included) */
  longTasksTouched: number;
  forcedLayouts: number;
}

export function firstRun(activity: ContentActivity, windowEnd: number): FirstRun | null {
  const start = activity.firstRun;
  if (start === null) return null;
  // A large page first asks for its read (in-place.js), which asks for its gate, then (if it
  // passes) for its reader, each a message of its own; the injected code reads the page and the
  // content script sends what it read: the page's cost runs to the message after the last of them
  // (each is injected once, on the first read).
  const injected = activity.evaluations.filter((e) => e.ts >= start && e.ts <= windowEnd && READ_SCRIPTS.some((f) => urlOf(e).startsWith(`${activity.origin}/${f}`)));
  const last = injected.length > 0 ? Math.max(...injected.map((e) => e.ts)) : start;
  const sent = activity.firstSend(last);
  const until = sent ?? windowEnd;
  const compileUs = activity.events
    .filter((e) => e.pid === activity.thread.pid && e.tid === activity.thread.tid && e.name === 'v8.compile' && e.ts >= start && e.ts < until && urlOf(e).startsWith(activity.origin))
    .reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0);
  const tasks = activity.tasksRun(start, windowEnd);
  const long = tasks.filter(({ task }) => task.cpu > LONG_TASK_US);
  return {
    ownUs: activity.ownTime(start, until),
    compileUs,
    sent: sent !== null,
    longTasks: long.filter(({ task, own }) => own > task.cpu / 2).length,
    longTasksTouched: long.length,
    forcedLayouts: activity.forcedLayouts(start, windowEnd),
  };
}

/** Wake-ups of an idle page: main-thread tasks in which the content script ran during [from, to). */
export function wakeUps(activity: ContentActivity, from: number, to: number): number {
  return activity.tasksRun(from, to).length;
}

/** A service worker's start, from the browser's request to its first answer. */
export interface WorkerStart {
  /** the browser asked for the worker to start, µs (trace clock) */
  requested: number;
  /** its top-level script (and modules) evaluated, µs after the request */
  evaluatedUs: number;
  /** compile + evaluation of its scripts on the worker's thread, µs */
  scriptUs: number;
}

export function workerStart(events: readonly TraceEvent[], scriptPrefix: string): WorkerStart | null {
  const requested = events.find((e) => e.name === 'ServiceWorkerVersion::StartWorkerRequested' && String(e.args?.['Script'] ?? '').startsWith(scriptPrefix));
  if (!requested) return null;
  const evaluated = events.find((e) => e.name === 'ServiceWorkerGlobalScopeProxy::DidEvaluateTopLevelScript' && e.ts >= requested.ts);
  if (!evaluated) return null;
  const work = events.filter(
    (e) => e.pid === evaluated.pid && e.tid === evaluated.tid && e.ts >= requested.ts && e.ts <= evaluated.ts
      && ['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'EvaluateScript'].includes(e.name),
  );
  // nested events (a compile inside an evaluation) are counted once
  const spans = merge(work.map((e) => ({ start: e.ts, end: end(e) })));
  return { requested: requested.ts, evaluatedUs: evaluated.ts - requested.ts, scriptUs: spans.reduce((n, s) => n + s.end - s.start, 0) };
}

/** The extension's service worker thread(s) in a trace: a thread Chromium names "ServiceWorker
 *  thread" whose CPU profile holds a frame of the extension's own scripts. */
export function workerThreads(events: readonly TraceEvent[], origin: string): { pid: number; tid: number }[] {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.['name'] === 'ServiceWorker thread');
  return named
    .map((e) => ({ pid: e.pid, tid: e.tid }))
    .filter((t) => samplesOf(events, t.pid, t.tid, origin).some((s) => s.ours));
}

/**
 * The worker's own CPU time between `from` and `to`, µs: the CPU profiler's samples on its thread
 * whose stack holds one of its frames (and the garbage collections right after them). The work a
 * page's message gives the worker (the reading engine's stages on the page's text, the verdict,
 * storage, the badge): it did not vanish from the page, it moved here (issue 14).
 */
export function workerCpu(events: readonly TraceEvent[], origin: string, from: number, to: number): number {
  let us = 0;
  for (const t of workerThreads(events, origin)) {
    for (const s of samplesOf(events, t.pid, t.tid, origin)) if (s.ours && s.ts >= from && s.ts < to) us += s.dur;
  }
  return us;
}
