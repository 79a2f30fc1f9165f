// The page note as a shopper meets it (issue 10, point 7): one line and a close button until
// hovered, focused or tapped; the first stop of the keyboard; never over the product's title,
// price or buy button, folded to a small tab on a narrow window; none for a plain OK unless asked;
// closed per product for good; "Don't show notes on this site" in the note itself. Its host keeps
// one size whatever it shows.
// Run after `npm run build`: npx vitest run test/browser/note.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openState, popupStates, routeStatePages, statePage } from '../../scripts/lib/popup-states.mjs';
import { launchExtension, openOptions, openProduct, type Loaded } from './harness.ts';
import { centre, overlaps, seeNote, type NoteSeen } from './note-probe.ts';

let ext: Loaded;
beforeAll(async () => {
  ext = await launchExtension();
  await routeStatePages(ext.context);
});
afterAll(async () => {
  await ext?.close();
});

const state = (id: string) => popupStates.find((s) => s.id === id)!;
const notePrefs = () => ext.worker().then((w) => w.evaluate(async () => (await chrome.storage.local.get('notePrefs')).notePrefs as { plainOk?: boolean; offSites?: string[]; dismissed?: string[] } | undefined));
const setNotePrefs = (p: object) => ext.worker().then((w) => w.evaluate((v) => chrome.storage.local.set({ notePrefs: v }), p));

/** The note once it is there (or null if it never comes within `ms`). */
async function noteOf(page: Page, ms = 5000): Promise<NoteSeen | null> {
  const end = Date.now() + ms;
  for (;;) {
    const seen = await seeNote(page);
    if (seen || Date.now() > end) return seen;
    await page.waitForTimeout(150);
  }
}

/** The note after it has settled in its place (it is placed once the page's layout is known,
 *  and again a moment after the window is resized): the same for 600 ms. */
async function settled(page: Page): Promise<NoteSeen> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 40; i++) {
    const seen = await noteOf(page);
    if (!seen) throw new Error('no note');
    const key = JSON.stringify([seen.host, seen.card]);
    same = key === last ? same + 1 : 0;
    if (same >= 3) return seen;
    last = key;
    await page.waitForTimeout(200);
  }
  throw new Error('the note never settled');
}

describe('the note: compact, opened on demand', () => {
  it('is one line and a close button until hovered; then says why, with "Don\'t show notes on this site"', async () => {
    const { page } = await openState(ext.context, ext.worker, state('over'));
    await page.mouse.move(5, 5);
    const closed = await settled(page);
    expect(closed.card.height).toBeLessThanOrEqual(44);
    expect(closed.parts.title!.shown && closed.parts.close!.shown && closed.parts.chip!.shown).toBe(true);
    expect(closed.parts.detail!.shown, 'the reason waits for a hover').toBe(false);
    expect(closed.parts['off-site']!.shown).toBe(false);

    await page.mouse.move(centre(closed.card).x, centre(closed.card).y);
    const open = await settled(page);
    expect(open.card.height).toBeGreaterThan(100);
    expect(open.parts.detail!.shown && open.parts['off-site']!.shown && open.parts.toggle!.shown).toBe(true);
    expect(open.host, 'the host keeps its size').toEqual(closed.host);

    await page.mouse.move(5, 5);
    expect((await settled(page)).card.height).toBeLessThanOrEqual(44);
    await page.close();
  });

  it('opens on a tap and stays open without a hover (touch screens have none)', async () => {
    const { page } = await openState(ext.context, ext.worker, state('over'));
    const closed = await settled(page);
    await page.mouse.click(centre(closed.parts.title!.box).x, centre(closed.parts.title!.box).y);
    await page.mouse.move(5, 5);
    const open = await settled(page);
    expect(open.parts.detail!.shown).toBe(true);
    await page.close();
  });

  it('is the first stop of the keyboard, and opens when focused', async () => {
    const { page } = await openState(ext.context, ext.worker, state('over'));
    await settled(page);
    await page.mouse.move(5, 5);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body.firstElementChild)).toBe(true);
    const focused = await settled(page);
    expect(focused.parts.detail!.shown && focused.parts['off-site']!.shown).toBe(true);
    await page.close();
  });
});

describe('the note: never over the title, the price or the buy button', () => {
  const keepClear = ['#pdTitleBlock h1', '.pPrice', '#addToCartButton', '#pdBuyBox'];
  const boxes = (page: Page) => page.evaluate((sel) => sel.map((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }), keepClear);

  for (const viewport of [{ width: 1280, height: 800 }, { width: 1280, height: 460 }, { width: 1024, height: 520 }]) {
    it(`at ${viewport.width} x ${viewport.height}: in a corner clear of them, opened or not`, async () => {
      const { page } = await openState(ext.context, ext.worker, state('near'));
      await page.setViewportSize(viewport);
      await page.mouse.move(1, 1);
      const seen = await settled(page);
      for (const b of await boxes(page)) expect(overlaps(seen.card, b), JSON.stringify({ card: seen.card, b })).toBe(false);
      await page.close();
    });
  }

  it('folds to a small tab on a narrow window, its host the same size', async () => {
    const { page } = await openState(ext.context, ext.worker, state('near'));
    const wide = await settled(page);
    await page.setViewportSize({ width: 560, height: 800 });
    await page.mouse.move(1, 1);
    const narrow = await settled(page);
    expect(narrow.card.width).toBeLessThanOrEqual(60);
    expect(narrow.card.height).toBeLessThanOrEqual(32);
    expect(narrow.parts.chip!.shown).toBe(true);
    expect([narrow.host.width, narrow.host.height]).toEqual([wide.host.width, wide.host.height]);
    await page.close();
  });
});

describe('the note: only where wanted', () => {
  it('shows none for a plain OK unless the user asks for it', async () => {
    const { page } = await openState(ext.context, ext.worker, state('within'));
    expect(await noteOf(page, 2000)).toBeNull();
    await setNotePrefs({ plainOk: true });
    expect(await noteOf(page)).not.toBeNull();
    await page.close();
  });

  it('stays closed for the product it was closed on, and only for it', async () => {
    const { page } = await openState(ext.context, ext.worker, state('over'));
    const seen = await settled(page);
    await page.mouse.click(centre(seen.parts.close!.box).x, centre(seen.parts.close!.box).y);
    expect(await seeNote(page)).toBeNull();
    await expect.poll(async () => (await notePrefs())?.dismissed).toEqual([expect.stringContaining('/pr/dose-guard-demo-labs-magnesium-citrate')]);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await noteOf(page, 2500), 'closed for good on this product').toBeNull();
    // Another product of the same store still gets its note.
    const other = await openProduct(ext, statePage(state('assumed')).url);
    expect(await noteOf(other.page)).not.toBeNull();
    await other.page.close();
    await page.close();
  });

  it('"Don\'t show notes on this site", in the note: none on that site, still elsewhere; the options page turns it back', async () => {
    const { page } = await openState(ext.context, ext.worker, state('over'));
    const closed = await settled(page);
    await page.mouse.move(centre(closed.card).x, centre(closed.card).y);
    const open = await settled(page);
    await page.mouse.click(centre(open.parts['off-site']!.box).x, centre(open.parts['off-site']!.box).y);
    expect(await seeNote(page)).toBeNull();
    await expect.poll(async () => (await notePrefs())?.offSites).toEqual(['www.iherb.com']);
    const sameSite = await openProduct(ext, statePage(state('assumed')).url);
    expect(await noteOf(sameSite.page, 2500)).toBeNull();
    const otherSite = await openProduct(ext, statePage(state('near')).url);
    expect(await noteOf(otherSite.page)).not.toBeNull();

    const options = await openOptions(ext);
    const site = options.getByLabel('www.iherb.com');
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await notePrefs())?.offSites).toEqual([]);
    await sameSite.page.bringToFront();
    await sameSite.page.reload({ waitUntil: 'domcontentloaded' });
    expect(await noteOf(sameSite.page)).not.toBeNull();
    for (const p of [options, sameSite.page, otherSite.page, page]) await p.close();
  });
});
