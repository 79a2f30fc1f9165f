// A page's reading is never made twice and never lost with a stopped worker (kept-readings.ts;
// issues 9 and 14). Each "worker" here is a fresh instance of the background's modules over one
// shared storage.session, as in the browser: a stopped worker loses its module state and its
// in-flight work, never the session storage. A worker is stopped by making every call it makes to
// the browser hang for ever, so nothing it does after that point reaches storage, badge or page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile.ts';
import type { LabelInput } from '../../../src/extract/input.ts';
import { TAB, startWorker, type Browser } from './worker-harness.ts';

const engine = vi.hoisted(() => ({ reads: 0 }));
vi.mock('../../../src/extract/index.ts', async (original) => {
  const real = await original<typeof import('../../../src/extract/index.ts')>();
  return {
    ...real,
    readInputSteps: (...args: Parameters<typeof real.readInputSteps>) => {
      engine.reads++;
      return real.readInputSteps(...args);
    },
  };
});

const URL_A = 'https://www.iherb.com/pr/our-magnesium-citrate/1';

/** Our own label in iHerb's layout: `mg` of magnesium in one capsule, one a day. */
function input(mg: number): LabelInput {
  return {
    url: URL_A, source: 'iherb', pageKind: 'product', title: 'Our Magnesium Citrate, 120 Capsules', brand: null,
    facts: `Serving Size: 1 Capsule\nAmount Per Serving | % Daily Value\nMagnesium (as magnesium citrate) | ${mg} mg | 95%`,
    directions: 'Take 1 capsule daily.', body: null,
  };
}

const pageInput = (mg: number, epoch = 1000) => ({ type: 'page-input' as const, url: URL_A, epoch, input: input(mg) });

let b: Browser;
beforeEach(() => {
  engine.reads = 0;
  // an adult who gave their age: a plain OK is OK, not OK? on an assumption
  b = { session: new Map(), local: new Map([['profile', { ...structuredClone(DEFAULT_PROFILE), ageYears: 45 }]]), badges: new Map(), told: [] };
});
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('readings kept across stopped workers', () => {
  it('a page input whose worker was stopped mid-read is read by the next worker, which sets the badge and pushes the note', async () => {
    const first = await startWorker(b);
    void first.onContentMessage(pageInput(400), TAB, URL_A);
    // The input is kept before the engine is done with it; the worker is stopped right then.
    await vi.waitFor(() => expect(b.session.has(`read:${TAB}`)).toBe(true));
    first.stop();
    expect(b.badges.get(TAB)).toBeUndefined();
    expect(b.session.has(`tab:${TAB}`)).toBe(false);

    const second = await startWorker(b);
    await second.onWorkerStart();
    expect(b.badges.get(TAB)).toBe('OVER');
    const state = b.session.get(`tab:${TAB}`) as { url: string; reading: { perServingMg: number } };
    expect(state.url).toBe(URL_A);
    expect(state.reading.perServingMg).toBe(400);
    const verdicts = b.told.filter((t) => t.tabId === TAB && t.message.type === 'verdict');
    expect(verdicts.at(-1)?.message).toMatchObject({ url: URL_A, badge: 'OVER' });
    // The kept input gave way to its reading.
    expect(b.session.get(`read:${TAB}`)).not.toHaveProperty('input');
  });

  it('the same input sent again (a retry after a stopped worker) is answered without reading it again', async () => {
    const first = await startWorker(b);
    const answer = await first.onContentMessage(pageInput(400), TAB, URL_A);
    expect(answer).toMatchObject({ type: 'verdict', badge: 'OVER' });
    expect(engine.reads).toBe(1);

    // A new worker (the answer was lost with the old one): the page sends its input again.
    const second = await startWorker(b);
    const again = await second.onContentMessage(pageInput(400), TAB, URL_A);
    expect(again).toEqual(answer);
    expect(engine.reads).toBe(1);
  });

  it('a page whose label changed is read again, not answered from the reading kept for its old label', async () => {
    const worker = await startWorker(b);
    expect(await worker.onContentMessage(pageInput(400), TAB, URL_A)).toMatchObject({ badge: 'OVER' });
    expect(await worker.onContentMessage(pageInput(100), TAB, URL_A)).toMatchObject({ badge: 'OK' });
    expect(engine.reads).toBe(2);
    expect(b.badges.get(TAB)).toBe('OK');
  });

  it('an input left unread from a page the tab has since left is never shown', async () => {
    const first = await startWorker(b);
    void first.onContentMessage(pageInput(400, 1000), TAB, URL_A);
    await vi.waitFor(() => expect(b.session.has(`read:${TAB}`)).toBe(true));
    first.stop();

    // The tab loads another page (its verdict cleared), which has no product to report.
    const second = await startWorker(b);
    await second.onTabGone(TAB);
    await second.onWorkerStart();
    expect(b.session.has(`tab:${TAB}`)).toBe(false);
    expect(b.badges.get(TAB) ?? '').toBe('');
    expect(b.told.filter((t) => t.message.type === 'verdict')).toEqual([]);
    expect(engine.reads).toBe(1);
  });
});
