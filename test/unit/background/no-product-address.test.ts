// The background reads no page's text from an address of a store where no product page is (an
// account, order or search page: stores/addresses.ts) unless the user asked for that page to be read
// ("Check this page"). The content script sends none from there, but its test of the address is the
// narrow one its manifest entry gives it, on the address it finds when it runs: this is the second
// lock (handlers.ts, atNoProductAddress).
import { readFileSync } from 'node:fs';
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

/** Our iHerb demo page, over the limit: 2 x 200 mg a day (demo/pages.json). */
const demo = (JSON.parse(readFileSync(new URL('../../../demo/pages.json', import.meta.url), 'utf8')) as { file: string; url: string }[]).find((p) => p.file.includes('citrate-over-limit'))!;
const PRODUCT = demo.url;
const html = readFileSync(new URL(`../../../demo/pages/${demo.file}`, import.meta.url), 'utf8');
/** The same store's orders: a page that moved there in place before its content script ran (a
 *  name still follows a one-segment folder, all the product folders' script checks). */
const ORDERS = 'https://www.iherb.com/account/orders';

/** What an adapter reads of a label with 400 mg a day on it. */
function input(url: string): LabelInput {
  return {
    url, source: 'iherb', pageKind: 'product', title: 'Our Magnesium Citrate, 120 Capsules', brand: null,
    facts: 'Serving Size: 1 Capsule\nAmount Per Serving | % Daily Value\nMagnesium (as magnesium citrate) | 400 mg | 95%',
    directions: 'Take 1 capsule daily.', body: null,
  };
}

let b: Browser;
beforeEach(() => {
  engine.reads = 0;
  b = { session: new Map(), local: new Map([['profile', { ...structuredClone(DEFAULT_PROFILE), ageYears: 45 }]]), badges: new Map(), told: [] };
});
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('a page\'s text from an address where no product page is', () => {
  it('is not read, whatever the page says it holds: no verdict, no badge, nothing kept', async () => {
    const worker = await startWorker(b);
    const sent = [
      { type: 'page-input' as const, url: ORDERS, epoch: 1000, input: input(ORDERS) },
      // (a large page's regions, or a page whose gate passed in the page: no gate here)
      { type: 'page-html' as const, url: ORDERS, epoch: 1001, html, gatePassed: true },
      { type: 'page-html' as const, url: ORDERS, epoch: 1002, html },
    ];
    for (const message of sent) expect(await worker.onContentMessage(message, TAB, ORDERS), message.type).toMatchObject({ type: 'verdict', badge: '' });
    expect(engine.reads).toBe(0);
    expect(b.badges.get(TAB) ?? '').toBe('');
    expect([...b.session.keys()].filter((k) => k.startsWith('tab:') || k.startsWith('read:'))).toEqual([]);
  });

  it('is read when the user asked for the page to be read ("Check this page")', async () => {
    const worker = await startWorker(b);
    const answer = await worker.onContentMessage({ type: 'page-input', url: ORDERS, epoch: 1000, input: input(ORDERS), asked: true }, TAB, ORDERS);
    expect(answer).toMatchObject({ type: 'verdict', badge: 'OVER' });
    expect(engine.reads).toBe(1);
  });

  it('leaves a product page\'s text read as before', async () => {
    const worker = await startWorker(b);
    expect(await worker.onContentMessage({ type: 'page-input', url: PRODUCT, epoch: 1000, input: input(PRODUCT) }, TAB, PRODUCT)).toMatchObject({ badge: 'OVER' });
    expect(await worker.onContentMessage({ type: 'page-html', url: PRODUCT, epoch: 1001, html }, TAB, PRODUCT)).toMatchObject({ badge: 'OVER' });
  });
});
