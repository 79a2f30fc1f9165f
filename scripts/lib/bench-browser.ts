// One Chromium per extension for npm run bench (Dose Guard's dist/ in one, the floor in the
// other, so neither's content script runs on the other's pages), driven the same way: store pages
// served at their addresses with no network, each load in a new tab (a new renderer: the content
// script compiles cold, as on the first page of a store) under a CDP trace; and the worker
// stopped, then woken by the page's own message.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrowser } from './browsers.mjs';
import type { TraceEvent } from './trace.ts';

/** What the trace records: tasks, script evaluation and callbacks, the CPU profiler's samples,
 *  layouts with their stacks, extension messages and service worker start-up. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'extensions',
  'ServiceWorker',
];

/** The worker's start-up alone: its start, its scripts' compile and evaluation, no CPU profiler.
 *  (The profiler logs every function the worker compiles, a cost that grows with the worker's
 *  code: a profiled start overstates a larger worker's.) */
export const START_CATEGORIES = ['devtools.timeline', 'ServiceWorker'];

export interface BenchBrowser {
  name: string;
  context: BrowserContext;
  /** a CDP session with the browser itself: tracing, stopping workers */
  browserSession: CDPSession;
  /** chrome-extension://<id> */
  origin: string;
  /** serves `body` at `url` (replacing what was served there) */
  serve(url: string, body: Buffer): Promise<void>;
  close(): Promise<void>;
}

export async function launchWith(name: string, extensionDir: string): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-bench-'));
  // Started by hand and joined over CDP (not Playwright's persistent context), for a browser-wide
  // CDP session: its traces include processes started while tracing (a stopped worker's new one).
  const proc = spawn(findBrowser('chromium'), [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900',
    `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0',
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, 'about:blank',
  ], { stdio: 'ignore' });
  const port = await debuggingPort(userDataDir);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  // nothing leaves the machine: every request not served below fails
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // (Node gives a chrome-extension: URL no origin of its own)
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  // An extension page keeps the extension's process alive, and a worker started in a live process
  // starts faster: like a user's, no extension page stays open (Dose Guard's welcome page closes).
  await sleep(500);
  for (const p of context.pages()) if (p.url().startsWith(origin)) await p.close();
  const served = new Map<string, Buffer>();
  return {
    name,
    context,
    browserSession: await browser.newBrowserCDPSession(),
    origin,
    async serve(url, body) {
      if (!served.has(url)) await context.route(url, (route) => route.fulfill({ status: 200, body: served.get(url)!, contentType: 'text/html; charset=utf-8' }));
      served.set(url, body);
    },
    async close() {
      await browser.close().catch(() => undefined);
      proc.kill();
      await new Promise((resolve) => (proc.exitCode !== null ? resolve(null) : proc.once('exit', resolve)));
      // (Chromium's helper processes may still be writing its profile as it exits: retried, and a
      // profile they keep writing to is left to the system's temporary files, not a failed run)
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`(could not remove ${userDataDir}: ${(error as Error).message})`);
      }
    },
  };
}

/** The port Chromium chose for --remote-debugging-port=0 (it writes it into the profile). */
async function debuggingPort(userDataDir: string): Promise<number> {
  const file = path.join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 300; i++) {
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await sleep(50);
  }
  throw new Error('Chromium did not open its debugging port');
}

async function traced<T>(cdp: CDPSession, work: () => Promise<T>, categories: readonly string[] = CATEGORIES): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  // (the protocol types trace events as string maps)
  const onData = (d: { value: unknown[] }) => {
    events.push(...(d.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' } });
  let result: T;
  try {
    result = await work();
  } finally {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads `url` in a new tab under a trace: the load, `settleMs` for the content script's first run
 * and whatever it schedules, then `idleMs` with nothing happening (for idle wake-ups). The tab is
 * left open when `keep` is set (the worker's cold start is measured on it).
 */
export async function traceLoad(b: BenchBrowser, url: string, settleMs: number, idleMs: number, keep = false, categories: readonly string[] = CATEGORIES): Promise<{ events: TraceEvent[]; page: Page; cdp: CDPSession }> {
  const page = await b.context.newPage();
  await page.bringToFront();
  const cdp = await b.context.newCDPSession(page);
  const { events } = await traced(b.browserSession, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    await sleep(settleMs + idleMs);
  }, categories);
  if (!keep) {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  return { events, page, cdp };
}

/** The content script's isolated world in `page` (where its chrome.runtime lives). */
export async function isolatedWorld(cdp: CDPSession, origin: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  const onCreated = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable');
  await sleep(200);
  cdp.off('Runtime.executionContextCreated', onCreated);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin) ?? contexts.find((c) => c.auxData?.type === 'isolated');
  if (!world) throw new Error(`no content script world of ${origin} in the page`);
  return world.id;
}

/** Stops every service worker of the browser and waits until the extension's is gone. */
export async function stopWorker(b: BenchBrowser, cdp: CDPSession): Promise<void> {
  // An extension page left open (the welcome page opened late on a busy machine) would keep the
  // extension's process alive, and the next start faster than a user's: closed first.
  for (const p of b.context.pages()) if (p.url().startsWith(b.origin)) await p.close();
  const running = () => b.context.serviceWorkers().filter((w) => w.url().startsWith(b.origin));
  const closed = running().map((w) => new Promise((resolve) => w.once('close', resolve)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([Promise.all(closed), sleep(5_000)]);
  await cdp.send('ServiceWorker.disable');
  // let the browser settle the stopped worker before the next start is timed
  await sleep(300);
}

/** The page's script that sends `message` and resolves to the ms its answer took. */
function roundTrip(message: unknown): string {
  return `(async () => {
    const api = globalThis.browser?.runtime ?? globalThis.chrome.runtime;
    const t0 = performance.now();
    await api.sendMessage(${JSON.stringify(message)});
    return performance.now() - t0;
  })()`;
}

/**
 * The worker's cold start: with the worker stopped, the page's content script sends `message`
 * (its own message, from its own world `world`: see isolatedWorld) and waits for the answer. Returns the trace and the
 * round trip the page measured, ms.
 */
export async function coldStart(b: BenchBrowser, cdp: CDPSession, world: number, message: unknown, categories: readonly string[] = CATEGORIES): Promise<{ events: TraceEvent[]; roundTripMs: number }> {
  await stopWorker(b, cdp);
  const expression = roundTrip(message);
  const { result, events } = await traced(b.browserSession, async () => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`the page's message failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    // the worker's work after its answer (if any) is in the trace too
    await sleep(500);
    return r.result.value as number;
  }, categories);
  return { events, roundTripMs: result };
}

/** The same cold start without a trace: the round trip the page measures, ms. */
export async function coldStartUntraced(b: BenchBrowser, cdp: CDPSession, world: number, message: unknown): Promise<number> {
  await stopWorker(b, cdp);
  const r = await cdp.send('Runtime.evaluate', { expression: roundTrip(message), contextId: world, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`the page's message failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as number;
}

export { sleep };
