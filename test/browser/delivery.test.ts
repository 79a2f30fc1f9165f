// A stopped service worker must never lose a verdict (issue 9, point 1). Chromium stops an
// extension's worker whenever it likes (idle, memory pressure, an update); a message it was
// handling is then lost, and an update it was making is left half done. Here the worker is
// stopped at random moments while 50 product pages load in five tabs; every page must end with
// its right badge and its right note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seededRandom } from '../../scripts/lib/random.ts';
import { DEFAULT_TIMING } from '../../src/content/deliver.ts';
import { badgeText, fullProfile, inExtension, setProfile, launchExtension, newTab, noteText, waitForBadge, repoRoot, servePage, setNotePrefs, stopWorkerNow, type Loaded } from './harness.ts';

const demoPages = JSON.parse(readFileSync(path.join(repoRoot, 'demo/pages.json'), 'utf8')) as { file: string; url: string }[];
const demo = (fragment: string) => {
  const page = demoPages.find((p) => p.file.includes(fragment));
  if (!page) throw new Error(`no demo page ${fragment}`);
  return { url: page.url, body: readFileSync(path.join(repoRoot, 'demo/pages', page.file)) };
};

/** Our own pages, one per verdict. What the user must end up seeing on each (badge and note) is
 *  taken from a load with the worker left alone. */
const PAGES = [demo('over-limit'), demo('within-limit'), demo('facts-image-only')].map((p) => ({ ...p, badge: '', note: '' }));
const TABS = 5;
const LOADS_PER_TAB = 10;
/** How long one page may take to show its verdict: the page's early retries (one every 0.25-0.5 s)
 *  and its last attempt's wait for an answer. Under the bursts of stops below an attempt can wait
 *  its whole timeout more than once; with 12 s, one page of 50 (seed 484466, CI) showed its badge
 *  and kept its reading but not yet its note when the test looked; the same seed lost none in two
 *  runs after. A verdict still missing past this is lost for the user. */
const SETTLE_MS = DEFAULT_TIMING.earlyForMs + DEFAULT_TIMING.attemptTimeoutMs;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ext: Loaded;
beforeAll(async () => {
  ext = await launchExtension();
  await setProfile(ext, fullProfile()); // an adult who gave their age
  for (const p of PAGES) await servePage(ext.context, p.url, p.body);
  // Every verdict with a note, a plain OK's too (off by default), so each has one to lose.
  await setNotePrefs(ext, { plainOk: true });
});
afterAll(async () => {
  await ext?.close();
});

describe('a service worker stopped at random moments', () => {
  it('loses none of 50 verdicts: every page ends with its right badge and note', async () => {
    // What is right, from one quiet load of each page: three different verdicts, each with a note.
    for (const p of PAGES) {
      const { page: quiet, tabId } = await newTab(ext);
      await quiet.goto(p.url, { waitUntil: 'domcontentloaded' });
      p.badge = await waitForBadge(ext, tabId, (t) => t !== '');
      await expect.poll(() => noteText(quiet)).not.toBe('');
      p.note = await noteText(quiet);
      await quiet.close();
    }
    expect(PAGES.map((p) => p.badge)).toEqual(['OVER', 'OK', '?']);

    const seed = Number(process.env.DOSE_GUARD_SEED) || Date.now() % 1_000_000;
    // seeded, so a failing run can be repeated with DOSE_GUARD_SEED
    const rnd = seededRandom(seed);
    let stopping = true;
    let stops = 0;
    // Bursts of stops 20-80 ms apart over several page loads, then a short quiet spell in which
    // a new worker can start: a worker that is never left alone could answer nobody. The spell
    // must hold a cold start and the page's next attempt: a cold worker answers a page in about
    // 200-330 ms on a 2-core machine with Chromium 156 (npm run bench), and a page tries again
    // every 0.25-0.5 s; spells of 150-600 ms (sized when a cold answer took about 130 ms) left
    // some seeds no spell a worker could answer in, with the code of any version (seed 659566:
    // 14-18 of 50 lost at this session's start and end alike).
    const stopper = (async () => {
      while (stopping) {
        const burstEnd = Date.now() + 1000 + rnd() * 2000;
        while (stopping && Date.now() < burstEnd) {
          await stopWorkerNow(ext);
          stops++;
          await sleep(20 + rnd() * 60);
        }
        await sleep(400 + rnd() * 600);
      }
    })();

    const lost: string[] = [];
    const tabs: { page: Page; tabId: number }[] = [];
    for (let t = 0; t < TABS; t++) tabs.push(await newTab(ext));
    const tabRuns = tabs.map(async ({ page, tabId }, t) => {
      for (let i = 0; i < LOADS_PER_TAB; i++) {
        // Consecutive loads in a tab show different verdicts, so a stale badge cannot pass.
        const expected = PAGES[(t + i) % PAGES.length]!;
        await page.goto(expected.url, { waitUntil: 'domcontentloaded' });
        const end = Date.now() + SETTLE_MS;
        let seen = { badge: '', note: '' };
        while (Date.now() < end) {
          seen = { badge: await badgeText(ext, tabId), note: await noteText(page) };
          if (seen.badge === expected.badge && seen.note === expected.note) break;
          await sleep(200);
        }
        if (seen.badge !== expected.badge || seen.note !== expected.note) {
          const stored = await inExtension(ext, async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url: string } | undefined, tabId);
          lost.push(`tab ${t} load ${i} (${expected.badge}): badge "${seen.badge}", note "${seen.note.slice(0, 60)}", stored ${stored?.url ?? 'nothing'}`);
        }
      }
      await page.close();
    });
    await Promise.all(tabRuns);
    stopping = false;
    await stopper;
    console.log(`delivery: seed ${seed}, ${stops} worker stops, ${lost.length} of ${TABS * LOADS_PER_TAB} verdicts lost`);
    expect(stops, "the worker was stopped again and again").toBeGreaterThan(25);
    expect(lost).toEqual([]);
  }, 300_000);
});
