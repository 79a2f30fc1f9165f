// npm run bench reads Chromium traces: what it counts as the content script's own cost decides the
// figures issue 14 is judged by, so the attribution rules are checked here on small made-up traces.
import { describe, expect, it } from 'vitest';
import { ContentActivity, contentThread, firstRun, wakeUps, workerCpu, workerStart, type TraceEvent } from '../../../scripts/lib/trace.ts';
import { matchesAny } from '../../../scripts/lib/bench-pages.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const OURS = `${ORIGIN}/content.js`;
const PAGE = 'https://www.iherb.com/app.js';
const P = 10;
const T = 10;
const ms = 1000;

function ev(name: string, ts: number, dur: number | undefined, args: Record<string, unknown> = {}, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, ph: dur === undefined ? 'I' : 'X', ts, dur, pid: P, tid: T, args, ...extra };
}
const task = (ts: number, dur: number) => ev('RunTask', ts, dur);
const evaluate = (ts: number, dur: number, url = OURS) => ev('EvaluateScript', ts, dur, { data: { url } });
const call = (ts: number, dur: number, url = OURS) => ev('FunctionCall', ts, dur, { data: { url } });
const send = (ts: number) => ev('MainThreadIPCMessageSender::SendOpenMessageChannel/extension', ts, 100, { chrome_extension_id: { extension_id: 'abcdefghijklmnopabcdefghijklmnop' } });

/** A CPU profile of one thread: node 2 is the page's function, 3 ours, 4 a callee of ours
 *  (a DOM method), 5 the garbage collector. `stack` gives each sample's node, one per ms from `start`. */
function profile(start: number, stack: number[]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'pageWork', url: PAGE } },
    { id: 3, parent: 1, callFrame: { functionName: 'read', url: OURS } },
    { id: 4, parent: 3, callFrame: { functionName: 'querySelector', url: '' } },
    { id: 5, parent: 1, callFrame: { functionName: '(garbage collector)', url: '' } },
  ];
  return [
    ev('Profile', start, undefined, { data: { startTime: start } }, { ph: 'P', id: '0x1' }),
    ev('ProfileChunk', start, undefined, { data: { cpuProfile: { nodes, samples: stack }, timeDeltas: stack.map(() => ms) } }, { ph: 'P', id: '0x1' }),
  ];
}

describe("the content script's own time in a page load", () => {
  it('counts its evaluation, its callbacks and its sampled continuations, and stops at its message', () => {
    const events = [
      task(0, 12 * ms), evaluate(1 * ms, 10 * ms), // compile + top-level run: 10 ms
      task(20 * ms, 5 * ms), call(21 * ms, 3 * ms), // a timer: 3 ms
      // a continuation no event names: samples at 40..44 ms, ours, then a callee of ours, then a GC
      // caused by it; the page's own samples after
      task(40 * ms, 10 * ms),
      ...profile(39 * ms, [3, 3, 4, 5, 2, 2]),
      send(46 * ms),
      task(60 * ms, 10 * ms), call(61 * ms, 5 * ms), // after the message: not the first run
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    const run = firstRun(activity, 100 * ms)!;
    // 10 + 3 + (40, 41, 42, 43 ms samples: ours, ours, callee, GC) = 17 ms
    expect(run.ownUs).toBe(17 * ms);
    expect(run.sent).toBe(true);
  });

  it('on a large page, counts the reader its worker injects, up to the message after it, not the request for it', () => {
    const events = [
      task(0, 5 * ms), evaluate(1 * ms, 3 * ms), send(4 * ms), // the content script asks for its reader
      task(20 * ms, 12 * ms), evaluate(21 * ms, 10 * ms, `${ORIGIN}/reader.js`), // injected: compiled and run
      task(40 * ms, 5 * ms), call(41 * ms, 2 * ms), send(43 * ms), // reads the page, sends what it read
      task(60 * ms, 10 * ms), call(61 * ms, 5 * ms), // the note, after the verdict: not the first run
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    const run = firstRun(activity, 100 * ms)!;
    expect(run.ownUs).toBe(15 * ms);
    expect(run.sent).toBe(true);
  });

  it('on a large page, counts its gate and then its reader, each injected on request, up to the message after the last', () => {
    const events = [
      task(0, 5 * ms), evaluate(1 * ms, 3 * ms), send(4 * ms), // the content script asks for its gate
      task(20 * ms, 6 * ms), evaluate(21 * ms, 4 * ms, `${ORIGIN}/gate.js`), // injected: compiled and run
      task(30 * ms, 3 * ms), call(30 * ms, 1 * ms), send(31 * ms), // the gate passes: it asks for its reader
      task(40 * ms, 12 * ms), evaluate(41 * ms, 10 * ms, `${ORIGIN}/reader.js`),
      task(60 * ms, 5 * ms), call(61 * ms, 2 * ms), send(63 * ms), // reads the page, sends what it read
      task(80 * ms, 10 * ms), call(81 * ms, 5 * ms), // the note, after the verdict: not the first run
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    // 3 + 4 + 1 + 10 + 2
    expect(firstRun(activity, 100 * ms)!.ownUs).toBe(20 * ms);
  });

  it('on a large page the gate stops, counts the gate up to the message it sends', () => {
    const events = [
      task(0, 5 * ms), evaluate(1 * ms, 3 * ms), send(4 * ms),
      task(20 * ms, 6 * ms), evaluate(21 * ms, 4 * ms, `${ORIGIN}/gate.js`),
      task(30 * ms, 3 * ms), call(30 * ms, 1 * ms), send(31 * ms), // "the nutrient is not named"
      task(60 * ms, 10 * ms), call(61 * ms, 5 * ms), // the watching, once idle: not the first run
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 100 * ms)!.ownUs).toBe(8 * ms);
  });

  it("leaves out the page's own scripts, and counts to the end of the window when nothing is sent", () => {
    const events = [task(0, 3 * ms), evaluate(1 * ms, 2 * ms), task(10 * ms, 30 * ms), call(10 * ms, 30 * ms, PAGE), task(50 * ms, 4 * ms), call(51 * ms, 2 * ms)];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 40 * ms)!.ownUs).toBe(2 * ms);
    expect(firstRun(activity, 100 * ms)!).toMatchObject({ ownUs: 4 * ms, sent: false });
  });

  it("counts the thread's CPU time, not the time the OS gave other processes", () => {
    // a task of 30 ms in which the thread ran for 10 ms: the evaluation inside it took a third
    const events = [{ ...task(0, 30 * ms), tdur: 10 * ms }, { ...evaluate(0, 30 * ms), tdur: 10 * ms }];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 100 * ms)!.ownUs).toBe(10 * ms);
  });

  it('finds no first run where its script never ran', () => {
    const events = [task(0, 3 * ms), evaluate(1 * ms, 2 * ms, PAGE)];
    expect(contentThread(events, ORIGIN)).toBeNull();
  });
});

describe('long tasks, forced layouts and wake-ups', () => {
  it("counts a task over 50 ms of CPU as the content script's when it ran for more than half of it", () => {
    const events = [
      task(0, 60 * ms), evaluate(0, 40 * ms), // ours
      task(100 * ms, 60 * ms), call(100 * ms, 10 * ms), // the page's, with 10 ms of ours in it
      task(200 * ms, 40 * ms), call(200 * ms, 40 * ms), // ours, but not long
      { ...task(300 * ms, 80 * ms), tdur: 30 * ms }, call(300 * ms, 80 * ms), // 80 ms of wall, 30 of CPU: not long
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 300 * ms)!).toMatchObject({ longTasks: 1, longTasksTouched: 2 });
  });

  it('counts layouts forced inside its own code or with its frame on the stack, not the page\'s', () => {
    const events = [
      task(0, 20 * ms), evaluate(0, 20 * ms), ev('Layout', 5 * ms, 1 * ms), // inside its evaluation
      task(30 * ms, 5 * ms), ev('Layout', 31 * ms, 1 * ms, { beginData: { stackTrace: [{ url: OURS }] } }), // its stack
      task(40 * ms, 5 * ms), ev('Layout', 41 * ms, 1 * ms, { beginData: { stackTrace: [{ url: PAGE }] } }), // the page's
      task(50 * ms, 5 * ms), ev('Layout', 51 * ms, 1 * ms), // a frame's rendering
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 100 * ms)!.forcedLayouts).toBe(2);
  });

  it("does not count a frame's rendering that follows its sampled work as forced", () => {
    // a continuation no event names, sampled at 60, 61 and 62 ms; the rendering's layout at 62.3 ms
    // has no script's stack: the last sample before it was ours only because none fell between
    const events = [
      task(0, 5 * ms), evaluate(0, 5 * ms),
      task(60 * ms, 3 * ms), ...profile(60 * ms, [3, 3, 3, 2]),
      ev('Layout', 62.3 * ms, 1 * ms),
      task(70 * ms, 3 * ms), ev('Layout', 71 * ms, 1 * ms, { beginData: { stackTrace: [{ url: OURS }] } }), // forced by a continuation: its stack
    ];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(firstRun(activity, 100 * ms)!.forcedLayouts).toBe(1);
  });

  it('counts each task it ran in while the tab is idle as one wake-up', () => {
    const events = [task(0, 2 * ms), evaluate(0, 2 * ms), task(1000 * ms, 1 * ms), call(1000 * ms, 1 * ms), task(2000 * ms, 1 * ms), call(2000 * ms, 1 * ms, PAGE), task(3000 * ms, 1 * ms), call(3000 * ms, 1 * ms)];
    const activity = new ContentActivity(events, ORIGIN, contentThread(events, ORIGIN)!);
    expect(wakeUps(activity, 500 * ms, 4000 * ms)).toBe(2);
  });
});

describe("a worker's start", () => {
  it('runs from the browser asking for the worker to its top-level script evaluated', () => {
    const events: TraceEvent[] = [
      { name: 'ServiceWorkerVersion::StartWorkerRequested', ph: 'I', ts: 1000 * ms, pid: 1, tid: 1, args: { Script: `${ORIGIN}/worker.js` } },
      { name: 'v8.compile', ph: 'X', ts: 1040 * ms, dur: 2 * ms, pid: 2, tid: 5, args: {} },
      { name: 'EvaluateScript', ph: 'X', ts: 1040 * ms, dur: 6 * ms, pid: 2, tid: 5, args: {} },
      { name: 'ServiceWorkerGlobalScopeProxy::DidEvaluateTopLevelScript', ph: 'I', ts: 1050 * ms, pid: 2, tid: 5, args: {} },
    ];
    expect(workerStart(events, ORIGIN)).toEqual({ requested: 1000 * ms, evaluatedUs: 50 * ms, scriptUs: 6 * ms });
  });
});

describe('which pages a content script runs on', () => {
  it('follows the manifest match patterns', () => {
    const patterns = ['https://*.iherb.com/*', 'https://www.amazon.com/*'];
    expect(matchesAny(patterns, 'https://kr.iherb.com/pr/x/1')).toBe(true);
    expect(matchesAny(patterns, 'https://iherb.com/')).toBe(true);
    expect(matchesAny(patterns, 'https://www.amazon.com/s?k=x')).toBe(true);
    expect(matchesAny(patterns, 'https://www.amazon.in/dp/B000000000')).toBe(false);
    expect(matchesAny(patterns, 'http://www.amazon.com/')).toBe(false);
    expect(matchesAny(patterns, 'https://www.costco.com/x.html')).toBe(false);
  });
});

describe("the worker's own time", () => {
  it('counts the samples with its frames on its thread only, within the window', () => {
    const WORKER_TID = 77;
    const named = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: P, tid, args: { name } });
    const onWorker = (e: TraceEvent): TraceEvent => ({ ...e, tid: WORKER_TID, id: '0x2' });
    // the page's thread has our content script's samples too: they are not the worker's
    const events = [
      named(T, 'CrRendererMain'), named(WORKER_TID, 'ServiceWorker thread'),
      ...profile(0, [3, 3, 3, 3]),
      // worker: ours (3), a callee of ours (4), a collection right after ours (5), the page's code (2), idle (1)
      ...profile(100 * ms, [3, 4, 5, 2, 1, 3]).map(onWorker),
    ];
    // six samples 1 ms apart, at 101 ms to 106 ms: 101, 102, 103 ours; 104 and 105 not; 106 the last (no duration)
    expect(workerCpu(events, ORIGIN, 0, 200 * ms)).toBe(3 * ms);
    expect(workerCpu(events, ORIGIN, 102 * ms, 200 * ms)).toBe(2 * ms);
    expect(workerCpu(events, ORIGIN, 0, 50 * ms), 'nothing of the page thread').toBe(0);
  });
});
