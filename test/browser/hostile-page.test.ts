// The page note and a page that wants to know about its visitor, or to hide the note (issue 9,
// point 4). Any page can read the host element Dose Guard adds (its size, attributes, styles, what
// a click at each point would hit), so the host must say nothing about the verdict, and so
// nothing about the user's health; a page must not be able to hide the note for good by
// defining the note's tag first; a page that removes it gets it back once; the badge stays right
// whatever the page does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, fullProfile, iherbPanel, launchExtension, noteText, openProduct, servePage, setNotePrefs, setProfile, waitForBadge, type Loaded } from './harness.ts';

/** What the page's own script records: every element someone else adds to it (the page adds none). */
const SPY = `
  window.foreign = [];
  const spy = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !window.foreign.includes(n)) window.foreign.push(n);
  });
  // From the end of parsing on: the page's own markup is not foreign.
  document.addEventListener('DOMContentLoaded', () => spy.observe(document.documentElement, { childList: true, subtree: true }));
  /** What a page can learn of an element: its box, attributes, computed style, scroll size, and
   *  which points of its box take a click. */
  window.describeForeign = () => window.foreign.filter((el) => el.isConnected).map((el) => {
    const r = el.getBoundingClientRect();
    const hits = [];
    for (let y = Math.floor(r.top) - 8; y <= r.bottom + 8; y += 4) {
      for (let x = Math.floor(r.left) - 8; x <= r.right + 8; x += 4) hits.push(document.elementFromPoint(x, y) === el ? 1 : 0);
    }
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName,
      attributes: [...el.attributes].map((a) => a.name + '=' + a.value),
      box: [r.left, r.top, r.width, r.height],
      scroll: [el.scrollWidth, el.scrollHeight, el.offsetWidth, el.offsetHeight],
      style: [...cs].map((p) => p + ':' + cs.getPropertyValue(p)).join(';'),
      hits: hits.join(''),
      shadowOpen: el.shadowRoot !== null,
    };
  });
  window.removeForeign = () => { for (const el of window.foreign) el.remove(); };`;

const facts = (mg: number) => `<div id="product-overview">${iherbPanel(mg, `Test, Magnesium ${mg} mg`)}</div>`;

/** The spy runs before the content script (document_idle): it sees everything added after. */
const html = (mg: number, extraHead = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Test</title>
  <script>${SPY}</script>${extraHead}</head><body>${facts(mg)}</body></html>`;

type Seen = { tag: string; attributes: string[]; box: number[]; scroll: number[]; style: string; hits: string; shadowOpen: boolean };
const seenByPage = (page: Page) => page.evaluate(() => (window as unknown as { describeForeign: () => Seen[] }).describeForeign());

let ext: Loaded;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('a page reading the note host', () => {
  it('learns nothing about the verdict or the user: the same host, size, style and click area for every verdict', async () => {
    const url = 'https://www.iherb.com/pr/test-magnesium-host/900401';
    await servePage(ext.context, url, html(100));
    const views: Seen[] = [];
    const profiles = [
      fullProfile(), // within the limit, a short note
      fullProfile({ ageYears: 70, conditions: ['kidney-disease'], stack: [{ name: 'Other magnesium', dailyMg: 300 }] }), // ask a doctor, over with the stack: a longer note
    ];
    const badges: string[] = [];
    // Notes for a plain OK are off by default; this user asked for them, so both verdicts have a
    // note to compare. (With them off, whether a note is there at all tells a page whether the
    // verdict is a plain OK: the price of showing notes only where there is something to see.)
    await setNotePrefs(ext, { plainOk: true });
    for (const profile of profiles) {
      await setProfile(ext, profile);
      const { page, tabId } = await openProduct(ext, url);
      badges.push(await waitForBadge(ext, tabId, (t) => t !== ''));
      await expect.poll(() => noteText(page)).not.toBe('');
      const seen = await seenByPage(page);
      expect(seen, 'one element added to the page').toHaveLength(1);
      views.push(seen[0]!);
      await page.close();
    }
    expect(badges[0]).not.toBe(badges[1]);
    expect(views[0]!.shadowOpen).toBe(false);
    expect(views[0]!.hits, 'the note takes clicks where it is drawn').toContain('1');
    expect(views[0]!.hits, 'and lets them through around it').toMatch(/^0/);
    expect(views[1]).toEqual(views[0]);
    await setProfile(ext, fullProfile());
  });

  it('cannot hide the note by defining its tag first', async () => {
    const url = 'https://www.iherb.com/pr/test-magnesium-custom-element/900402';
    // A page that registers custom elements for the tags an extension might use, and hides them.
    const trap = `<script>
      for (const tag of ['dose-guard-note', 'dose-guard', 'dose-guard-host']) {
        customElements.define(tag, class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'closed' }); }
          connectedCallback() { this.style.setProperty('display', 'none', 'important'); }
        });
      }</script>`;
    await servePage(ext.context, url, html(100, trap));
    await setProfile(ext, fullProfile());
    await setNotePrefs(ext, { plainOk: true });
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await expect.poll(() => noteText(page)).toMatch(/^Dose Guard: /);
    await page.close();
  });

  it('gets the note back once when the page removes it, and the badge stays right when it removes it again', async () => {
    const url = 'https://www.iherb.com/pr/test-magnesium-remove/900403';
    await servePage(ext.context, url, html(500));
    await setProfile(ext, fullProfile());
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    await expect.poll(() => noteText(page)).toMatch(/^Dose Guard: /);
    const remove = () => page.evaluate(() => (window as unknown as { removeForeign: () => void }).removeForeign());
    await remove();
    await expect.poll(() => noteText(page), { message: 'put back once' }).toMatch(/^Dose Guard: /);
    await remove();
    // Not fought over: the page keeps it removed; the toolbar still tells the user.
    await expect.poll(() => noteText(page)).toBe('');
    expect(await badgeText(ext, tabId)).toBe('OVER');
    await page.close();
  });
});
