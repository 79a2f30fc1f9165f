// npm run bench's comparison of Dose Guard with the floor (see scripts/bench.ts for what is
// measured and how); prints the per-page table and ends with the one "bench:" line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { buildFloor } from './floor.ts';
import { benchPages, matchesAny, type BenchPage } from './bench-pages.ts';
import { coldStart, coldStartUntraced, isolatedWorld, launchWith, START_CATEGORIES, traceLoad, type BenchBrowser } from './bench-browser.ts';
import { ContentActivity, contentThread, firstRun, wakeUps, workerCpu, workerStart, type FirstRun, type TraceEvent } from './trace.ts';
import { median, ratioInterval, seedOf } from './bench-stats.ts';
import { parseHTML } from 'linkedom';
import { documentInput } from '../../src/extract/index.ts';
import { clipInput, SMALL_PAGE_ELEMENTS } from '../../src/extract/input-caps.ts';

/** loads per page and extension (BENCH_LOADS) */
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
/** after the load event, time left for the content script's first run and what it schedules */
const SETTLE_MS = 1_500;
/** an idle tab watched this long, on one load per page and extension */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 10_000);
/** pages at least this large are "the large pages" of issue 14's targets */
const LARGE_BYTES = 1_000_000;

interface LoadFigures extends FirstRun {
  /** wake-ups per minute while idle (only the load that watched the idle tab) */
  idlePerMin: number | null;
  /** the worker's own CPU time during the load, µs (its answer to the page's message) */
  workerUs: number;
  /** the content script's own time over the whole load, first run to settled, µs: what it did
   *  after its message too (the watching set up once the page is idle, the note shown) */
  wholeUs: number;
}

interface Side {
  browser: BenchBrowser;
  loads: Map<string, LoadFigures[]>;
}

const ms = (us: number) => (us / 1000).toFixed(1);
const spread = (xs: readonly number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}-${ms(Math.max(...xs))})`;

function analyseLoad(events: TraceEvent[], origin: string, idle: boolean): LoadFigures | null {
  const thread = contentThread(events, origin);
  if (!thread) return null;
  const activity = new ContentActivity(events, origin, thread);
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === thread.pid && e.args?.['data']?.isMainFrame);
  const traceEnd = Math.max(...events.filter((e) => e.pid === thread.pid).map((e) => e.ts + (e.dur ?? 0)));
  const settled = Math.max(load?.ts ?? 0, activity.firstRun ?? 0) + SETTLE_MS * 1000;
  const run = firstRun(activity, Math.min(settled, traceEnd));
  if (!run) return null;
  const idleUs = traceEnd - settled;
  const idlePerMin = idle && idleUs > 1_000_000 ? (wakeUps(activity, settled, traceEnd) / idleUs) * 60e6 : null;
  const wholeUs = activity.ownTime(activity.firstRun!, Math.min(settled, traceEnd));
  return { ...run, idlePerMin, workerUs: workerCpu(events, origin, -Infinity, Infinity), wholeUs };
}

async function loadOnce(side: Side, page: BenchPage, idle: boolean): Promise<void> {
  await side.browser.serve(page.url, page.body);
  const { events } = await traceLoad(side.browser, page.url, SETTLE_MS, idle ? IDLE_MS : 0);
  const figures = analyseLoad(events, side.browser.origin, idle);
  if (!figures) throw new Error(`${side.browser.name}: its content script did not run on ${page.name}`);
  side.loads.set(page.name, [...(side.loads.get(page.name) ?? []), figures]);
}

/** The message each content script sends, built here as it builds it (Dose Guard: what its store
 *  adapter reads from the page, read in Node by the same code), to send again from the page with
 *  the worker stopped. */
function pageMessage(side: Side, page: BenchPage): unknown {
  const { document } = parseHTML(page.body.toString('utf8'));
  if (side.browser.name === 'floor') return { type: 'page-text', length: document.body?.textContent?.length ?? 0 };
  // (the epoch of a document older than any the worker heard from is dropped unread: the newest)
  const epoch = Date.now() + 3_600_000;
  // a small page sends its markup, a large one what its adapter read in the page
  // (content/page-read.ts); as a page's first read (`first`), whose answer waits for the session's
  // code to be put into the page (background/handlers.ts)
  if (document.getElementsByTagName('*').length <= SMALL_PAGE_ELEMENTS) return { type: 'page-html', url: page.url, epoch, html: document.documentElement.outerHTML, first: true };
  const input = clipInput(documentInput(document as unknown as Document, page.url));
  return { type: 'page-input', url: page.url, epoch, input, first: true };
}

interface Cold { evaluatedUs: number[]; profiledEvaluatedUs: number[]; scriptUs: number[]; answerMs: number[]; plainAnswerMs: number[]; workerUs: number[] }

async function coldStarts(ours: Side, floor: Side, page: BenchPage): Promise<{ ours: Cold; floor: Cold }> {
  const prepared: { side: Side; page: Page; cdp: CDPSession; world: number; message: unknown; cold: Cold }[] = [];
  for (const side of [ours, floor]) {
    await side.browser.serve(page.url, page.body);
    const loaded = await traceLoad(side.browser, page.url, SETTLE_MS, 0, true);
    const world = await isolatedWorld(loaded.cdp, side.browser.origin);
    prepared.push({ side, page: loaded.page, cdp: loaded.cdp, world, message: pageMessage(side, page), cold: { evaluatedUs: [], profiledEvaluatedUs: [], scriptUs: [], answerMs: [], plainAnswerMs: [], workerUs: [] } });
  }
  for (let i = 0; i < LOADS; i++) {
    for (const p of prepared) {
      // profiled: the worker's own CPU, function by function
      const { events, roundTripMs } = await coldStart(p.side.browser, p.cdp, p.world, p.message);
      p.cold.answerMs.push(roundTripMs);
      p.cold.workerUs.push(workerCpu(events, p.side.browser.origin, -Infinity, Infinity));
      p.cold.profiledEvaluatedUs.push(workerStart(events, p.side.browser.origin)?.evaluatedUs ?? NaN);
      // the start-up's timing under a trace without the profiler (its bookkeeping per compiled
      // function would weigh on the larger worker's start)
      const light = await coldStart(p.side.browser, p.cdp, p.world, p.message, START_CATEGORIES);
      const start = workerStart(light.events, p.side.browser.origin);
      if (!start) throw new Error(`${p.side.browser.name}: no worker start in the trace`);
      p.cold.evaluatedUs.push(start.evaluatedUs);
      p.cold.scriptUs.push(start.scriptUs);
      // and once more without the trace: the CPU profiler's bookkeeping grows with a worker's
      // code, so a traced start overstates a larger worker's answer (what a user waits for)
      p.cold.plainAnswerMs.push(await coldStartUntraced(p.side.browser, p.cdp, p.world, p.message));
    }
  }
  for (const p of prepared) await p.page.close();
  return { ours: prepared[0]!.cold, floor: prepared[1]!.cold };
}

/** What a page loads of ours at most: the largest entry's scripts (a page gets one entry's: the
 *  product folders the manifest states get content-product.js, Amazon's and Vitacost's pages their
 *  store's own, every other store page content.js). */
function contentKbGzip(root: string): number {
  const manifest = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const entryBytes = manifest.content_scripts.map((c) => c.js.reduce((n, f) => n + gzipSync(readFileSync(path.join(root, 'dist', f))).length, 0));
  return Math.max(0, ...entryBytes) / 1024;
}

export async function compare(root: string): Promise<void> {
  const sharedDir = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');
  const { pages, missingShared } = benchPages(root, sharedDir);
  if (missingShared) console.log(`(${sharedDir}/pages not found: our own pages only)`);
  const floorDir = await buildFloor(root);
  const manifest = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
  const matches = manifest.content_scripts.flatMap((c) => c.matches);
  // BENCH_ONLY=iherb,walmart: only the pages whose file name holds one of these (for a quick look)
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  const measured = pages.filter((p) => matchesAny(matches, p.url) && (!only || only.some((o) => p.name.includes(o))));
  const skipped = pages.filter((p) => !matchesAny(matches, p.url));

  console.log(`\n## Dose Guard against the floor, Chromium, ${LOADS} loads each, interleaved, each in a new tab (cold compile)`);
  const ours: Side = { browser: await launchWith('dose-guard', path.join(root, 'dist')), loads: new Map() };
  const floor: Side = { browser: await launchWith('floor', floorDir), loads: new Map() };
  try {
    for (const page of measured) {
      for (let i = 0; i < LOADS; i++) {
        for (const side of [ours, floor]) await loadOnce(side, page, i === LOADS - 1 && IDLE_MS > 0);
      }
      // (each page's figures as soon as they are in: a run cut short still says something)
      const own = (side: Side) => median(side.loads.get(page.name)!.map((x) => x.ownUs));
      process.stderr.write(`${page.name.slice(0, 64)}: Dose Guard ${ms(own(ours))} ms, floor ${ms(own(floor))} ms, ${(own(ours) / own(floor)).toFixed(2)}x\n`);
    }
    const coldPage = measured.find((p) => p.origin === 'demo') ?? measured[0]!;
    const cold = await coldStarts(ours, floor, coldPage);
    report(measured, skipped, ours, floor, cold, coldPage, contentKbGzip(root));
  } finally {
    await ours.browser.close();
    await floor.browser.close();
  }
}

function report(measured: BenchPage[], skipped: BenchPage[], ours: Side, floor: Side, cold: { ours: Cold; floor: Cold }, coldPage: BenchPage, kbGzip: number): void {
  console.log('\nContent script, first run: its own time (compile + run + what it schedules until it has sent its message), ms, median (min-max) of the loads; compile = v8.compile of its script(s); sent = loads in which it sent a message');
  console.log('DG worker ms = the worker\'s own CPU for the page (the reading engine\'s stages on the page\'s text, the verdict, storage, the badge): moved off the page, not gone; the first load of each page follows another page, so the worker is warm except after a stop');
  console.log('DG whole load ms = the content script\'s own time over the whole load (until 1.5 s after it), its message and what it does after: the watching it sets up once the page is idle, the note (the floor does nothing after its message)');
  console.log('ratio (90%) = the ratio of the medians, and the range it takes over 90% of resamplings of these loads (scripts/lib/bench-stats.ts): the noise within this run only, not between runs; none under 5 loads');
  console.log('page | size | Dose Guard ms | floor ms | ratio (90%) | DG compile ms | DG sent | DG long tasks (touched) | DG forced layouts | idle wake-ups/min DG, floor | DG worker ms | floor worker ms | DG whole load ms');
  const ratios: { page: BenchPage; ratio: number; low: number | null; high: number | null }[] = [];
  let longTasks = 0;
  let touched = 0;
  let forced = 0;
  let worstIdle = 0;
  let floorIdle = 0;
  const workerMedians: number[] = [];
  const wholeRatios: number[] = [];
  for (const page of measured) {
    const a = ours.loads.get(page.name)!;
    const b = floor.loads.get(page.name)!;
    const { ratio, low, high } = ratioInterval(a.map((x) => x.ownUs), b.map((x) => x.ownUs), seedOf(page.name));
    ratios.push({ page, ratio, low, high });
    wholeRatios.push(median(a.map((x) => x.wholeUs)) / median(b.map((x) => x.wholeUs)));
    const lt = a.reduce((n, x) => n + x.longTasks, 0);
    const ltt = a.reduce((n, x) => n + x.longTasksTouched, 0);
    const fl = a.reduce((n, x) => n + x.forcedLayouts, 0);
    longTasks += lt;
    touched += ltt;
    forced += fl;
    const idleA = a.find((x) => x.idlePerMin !== null)?.idlePerMin ?? null;
    const idleB = b.find((x) => x.idlePerMin !== null)?.idlePerMin ?? null;
    worstIdle = Math.max(worstIdle, idleA ?? 0);
    floorIdle = Math.max(floorIdle, idleB ?? 0);
    const sent = a.filter((x) => x.sent).length;
    workerMedians.push(median(a.map((x) => x.workerUs)));
    console.log(`${page.name.slice(0, 64)} | ${(page.body.length / 1024).toFixed(0)} KB | ${spread(a.map((x) => x.ownUs))} | ${spread(b.map((x) => x.ownUs))} | ${ratio.toFixed(2)}x (${low === null || high === null ? '-' : `${low.toFixed(2)}-${high.toFixed(2)}`}) | ${ms(median(a.map((x) => x.compileUs)))} | ${sent}/${a.length} | ${lt} (${ltt}) | ${fl} | ${idleA?.toFixed(1) ?? '-'}, ${idleB?.toFixed(1) ?? '-'} | ${spread(a.map((x) => x.workerUs))} | ${spread(b.map((x) => x.workerUs))} | ${spread(a.map((x) => x.wholeUs))}`);
  }
  for (const page of skipped) console.log(`${page.name.slice(0, 64)} | ${(page.body.length / 1024).toFixed(0)} KB | no content script at ${new URL(page.url).host} (neither extension runs there)`);

  const sorted = [...ratios].sort((x, y) => x.ratio - y.ratio);
  const worst = sorted[sorted.length - 1]!;
  const large = ratios.filter((r) => r.page.body.length >= LARGE_BYTES).sort((x, y) => y.ratio - x.ratio);
  const typical = median(ratios.map((r) => r.ratio));
  console.log(`\ncontent script / floor: median ${typical.toFixed(2)}x over ${ratios.length} pages; worst ${worst.ratio.toFixed(2)}x (${worst.page.name}); large pages (>= 1 MB): worst ${large[0]?.ratio.toFixed(2) ?? '-'}x (${large[0]?.page.name ?? '-'})`);

  // (each target's pages as this run's noise leaves them: within it by their whole interval, over
  // it, or either side; at 90%, about one page in ten is expected outside its interval by chance)
  const against = (set: typeof ratios, target: number, what: string) => {
    if (set.some((r) => r.low === null || r.high === null)) return;
    const over = set.filter((r) => r.low! > target).map((r) => r.page.name);
    const either = set.filter((r) => r.low! <= target && r.high! > target).map((r) => `${r.page.name} ${r.ratio.toFixed(2)}x (${r.low!.toFixed(2)}-${r.high!.toFixed(2)})`);
    console.log(`against ${target}x (${what}): ${set.length - over.length - either.length} of ${set.length} within it by their whole interval; ${over.length} over it by their whole interval${over.length ? ` (${over.join(', ')})` : ''}; ${either.length} either side of it${either.length ? `: ${either.join('; ')}` : ''}`);
  };
  against(ratios, 2, 'every page');
  if (large.length > 0) against(large, 1.5, 'the large pages');

  console.log(`content script / floor over the whole load (its work after its message too): median ${median(wholeRatios).toFixed(2)}x, worst ${Math.max(...wholeRatios).toFixed(2)}x`);

  const worstWorker = Math.max(...workerMedians);
  console.log(`worker CPU per page load (Dose Guard): median ${ms(median(workerMedians))} ms over the pages, worst page ${ms(worstWorker)} ms`);

  const evalRatio = median(cold.ours.evaluatedUs) / median(cold.floor.evaluatedUs);
  const tracedAnswerRatio = median(cold.ours.answerMs) / median(cold.floor.answerMs);
  const answerRatio = median(cold.ours.plainAnswerMs) / median(cold.floor.plainAnswerMs);
  console.log(`\nWorker cold start (stopped, then woken by the page's message on ${coldPage.name}), ms, median (min-max) of ${LOADS}:`);
  console.log(`  to script evaluated: Dose Guard ${spread(cold.ours.evaluatedUs)}, floor ${spread(cold.floor.evaluatedUs)}: ${evalRatio.toFixed(2)}x`);
  console.log(`  of which its scripts' compile + evaluation: Dose Guard ${spread(cold.ours.scriptUs)}, floor ${spread(cold.floor.scriptUs)}`);
  console.log(`  (the same under the CPU profiler: Dose Guard ${spread(cold.ours.profiledEvaluatedUs)}, floor ${spread(cold.floor.profiledEvaluatedUs)}: ${(median(cold.ours.profiledEvaluatedUs) / median(cold.floor.profiledEvaluatedUs)).toFixed(2)}x; the profiler logs every function compiled, a cost that grows with the worker's code)`);
  console.log(`  to the page's answer: Dose Guard ${spread(cold.ours.plainAnswerMs.map((x) => x * 1000))}, floor ${spread(cold.floor.plainAnswerMs.map((x) => x * 1000))}: ${answerRatio.toFixed(2)}x`);
  console.log(`  (the same under the trace: Dose Guard ${spread(cold.ours.answerMs.map((x) => x * 1000))}, floor ${spread(cold.floor.answerMs.map((x) => x * 1000))}: ${tracedAnswerRatio.toFixed(2)}x; the profiler's cost grows with the worker's code)`);
  console.log(`  (the page's answer comes after the badge in both: each worker sets the badge, waits for it, then answers; Dose Guard's cold answer includes the reading engine's first, cold run on the page's text)`);
  console.log(`  the worker's own CPU in the cold start (evaluation, the cold read, the verdict, the badge): Dose Guard ${spread(cold.ours.workerUs)}, floor ${spread(cold.floor.workerUs)}`);
  console.log(`  (worker cold ratio below: the larger of the two)`);
  console.log(`\nlong tasks: ${longTasks} of the content script's own in ${measured.length * LOADS} loads (${touched} tasks over 50 ms it ran in at all); forced layouts: ${forced}; idle wake-ups: Dose Guard worst ${worstIdle.toFixed(1)}/min, floor ${floorIdle.toFixed(1)}/min`);
  // (the line's first figure is the one issue 14's target names: the worst of the large pages; the
  // median over every page, tiny ones included, is in the detail above. With no large page, as in a
  // clone without ../shared, it is the worst over every page: never a kinder figure than that)
  const largeWorst = large[0]?.ratio ?? worst.ratio;
  console.log(`bench: content ${largeWorst.toFixed(2)}x floor (worst ${worst.ratio.toFixed(2)}x), worker cold ${Math.max(evalRatio, answerRatio).toFixed(2)}x floor, idle wake-ups ${worstIdle.toFixed(1)}/min, long tasks ${longTasks}, forced layouts ${forced}, content KB gzip ${kbGzip.toFixed(1)}`);
}
