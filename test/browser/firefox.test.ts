// Firefox on par with Chromium: the Firefox build (dist-firefox/, unmodified) in Debian's
// firefox-esr, on store pages served at their real https addresses. What a user sees: the badge,
// the popup's verdict, the note on the page, the options page changing the verdict, and the
// per-tab results kept in storage.session when Firefox stops the idle background.
// One browser launch for the whole file (CI time); the tests run in order and share it.
// Run after `npm run build`: npx vitest run test/browser/firefox.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchFirefox, type FirefoxLoaded } from './firefox-harness.ts';
import { asLargePage, fullProfile, iherbPanel, repoRoot } from './harness.ts';

// Our own sample pages in iHerb's layout (demo/pages.json gives their store addresses).
interface DemoPage { file: string; url: string }
const demoPages = JSON.parse(readFileSync(path.join(repoRoot, 'demo/pages.json'), 'utf8')) as DemoPage[];
const byFile = (name: string) => demoPages.find((p) => p.file.includes(name))!;
const OVER = byFile('citrate-over-limit'); // 2 x 200 mg a day: over the adult 350 mg limit
const WITHIN = byFile('glycinate-within-limit'); // 100 mg a day: within an adult's limit

declare const browser: any; // the add-on's API, in extension pages

let ff: FirefoxLoaded;
const tabs: Record<'over' | 'within', number> = { over: -1, within: -1 };

beforeAll(async () => {
  ff = await launchFirefox();
  for (const page of [OVER, WITHIN]) ff.serve(page.url, readFileSync(path.join(repoRoot, 'demo/pages', page.file)));
});

afterAll(async () => {
  await ff?.close();
});

describe('Firefox ESR with the Firefox build', () => {
  it('reads product pages at their https store address: badge and popup give each its verdict', async () => {
    // Notes for a plain OK too (off by default), so both pages have a note to compare below.
    // An adult who gave their age (with none, a dose within the adult limit is only "OK?").
    await ff.extension((profile: unknown) => browser.storage.local.set({ notePrefs: { plainOk: true }, profile }), fullProfile());
    tabs.over = (await ff.openStorePage(OVER.url)).tabId;
    tabs.within = (await ff.openStorePage(WITHIN.url)).tabId;
    expect(await ff.waitForBadge(tabs.over, (t) => t !== '')).toBe('OVER');
    expect(await ff.waitForBadge(tabs.within, (t) => t !== '')).toBe('OK');
    expect(await ff.popupLevel(tabs.over)).toBe('over-limit');
    expect(await ff.popupLevel(tabs.within)).toBe('within-limit');
  });

  it('puts the note on the page, in view, saying what it found', async () => {
    const over = await ff.note(tabs.over);
    const within = await ff.note(tabs.within);
    expect(over?.inView).toBe(true);
    expect(over?.text).toMatch(/^Dose Guard/);
    expect(over?.text, 'the daily dose the page gives').toContain('400');
    expect(within?.inView).toBe(true);
    expect(within?.text, 'a page over the limit and one within it read differently').not.toBe(over?.text);
  });

  it('saves a profile from the options page, and the verdict follows it', async () => {
    const options = await ff.openExtensionPage('src/options/index.html');
    await expect.poll(() => options.evaluate(() => document.querySelector('#age') !== null)).toBe(true);
    // A two-year-old's limit for supplemental magnesium is 65 mg a day: 100 mg is over it.
    await options.$eval('#age', (el) => { (el as HTMLInputElement).value = ''; }); // the adult's age set above
    await options.click('#age');
    await options.type('#age', '2');
    await options.click('#save');
    await expect.poll(() => ff.extension(async () => (await browser.storage.local.get('profile')).profile?.ageYears)).toBe(2);
    await options.close();
    expect(await ff.waitForBadge(tabs.within, (t) => t !== 'OK')).toBe('OVER');
    expect(await ff.popupLevel(tabs.within)).toBe('over-limit');
  });

  it('links the privacy policy from the options page; it opens in a new tab, from the add-on itself', async () => {
    const options = await ff.openExtensionPage('src/options/index.html');
    await options.click('footer a[href$="privacy.html"]');
    // puppeteer does not see a tab an extension page opens, so the add-on's own view of its
    // tabs reads the policy: its headings are docs/privacy.md's.
    const markdown = readFileSync(path.join(repoRoot, 'docs/privacy.md'), 'utf8');
    const expected = [...markdown.matchAll(/^#{1,2} (.+)$/gm)].map((m) => m[1]);
    await expect.poll(() => ff.extension(() => {
      const view = (browser.extension.getViews({ type: 'tab' }) as Window[]).find((w) => w.location.pathname === '/privacy.html');
      return view && view.document.readyState === 'complete' ? [...view.document.querySelectorAll('h1, h2')].map((h) => h.textContent) : null;
    })).toEqual(expected);
    expect(await options.evaluate(() => location.pathname), 'the options page stays open, with any unsaved changes').toBe('/src/options/index.html');
    await options.close();
  });

  it('keeps each tab\'s result in storage.session when Firefox stops the background, and answers from it', async () => {
    expect(await ff.backgroundState()).toBe('running');
    expect(await ff.stopBackground()).toBe('stopped');
    const session = await ff.extension(() => browser.storage.session.get(null) as Promise<Record<string, { url: string } | number>>);
    // Besides each tab's result (tab:<id>), the session keeps each tab's newest page epoch (a
    // number) and the reading made from its page's text (read:<id>, kept-readings.ts).
    const of = (prefix: string) => Object.entries(session).filter(([k]) => k.startsWith(prefix)).map(([, s]) => (s as { url: string }).url).sort();
    expect(of('tab:')).toEqual([OVER.url, WITHIN.url].sort());
    expect(of('read:')).toEqual([OVER.url, WITHIN.url].sort());
    expect(await ff.backgroundState(), 'reading storage from a page does not wake the background').toBe('stopped');
    // The popup's question wakes the background, which answers from storage.session alone.
    expect(await ff.popupLevel(tabs.over)).toBe('over-limit');
    expect(await ff.popupLevel(tabs.within)).toBe('over-limit');
    expect(await ff.backgroundState()).toBe('running');
  });

  it('follows a label that changes after the page loaded, with the watcher the background injects', async () => {
    // A variant picked after the page loaded: the facts panel is replaced 4 s after load, once the
    // watcher (injected with the session, watching once the page is idle) watches.
    const url = 'https://www.iherb.com/pr/test-magnesium-variant/900311';
    const late = `setTimeout(() => { document.getElementById('product-overview').innerHTML = ${JSON.stringify(iherbPanel(500, 'Test, Magnesium 500 mg (family size)'))}; }, 4000);`;
    ff.serve(url, `<!doctype html><html><head><meta charset="utf-8"><title>Test</title></head><body><div id="product-overview">${iherbPanel(100, 'Test, Magnesium 100 mg')}</div><script>${late}</script></body></html>`);
    // (an adult again: the options page's test left a two-year-old's limit)
    await ff.extension((profile: unknown) => browser.storage.local.set({ profile }), fullProfile());
    const { tabId } = await ff.openStorePage(url);
    expect(await ff.waitForBadge(tabId, (t) => t !== '')).toBe('OK');
    expect(await ff.waitForBadge(tabId, (t) => t !== 'OK')).toBe('OVER');
  });

  it('reads a large page in the page itself, with the reader the background injects, as it reads the small one', async () => {
    const large = `${OVER.url}?large`;
    ff.serve(large, asLargePage(readFileSync(path.join(repoRoot, 'demo/pages', OVER.file))));
    const { tabId } = await ff.openStorePage(large);
    expect(await ff.waitForBadge(tabId, (t) => t !== '')).toBe('OVER');
    expect(await ff.popupLevel(tabId)).toBe('over-limit');
  });

  it("reads a large iHerb page by sending the regions its adapter reads (the overview), as it reads the small one", async () => {
    const large = `${OVER.url}?large-overview`;
    const inOverview = readFileSync(path.join(repoRoot, 'demo/pages', OVER.file), 'utf8')
      .replace(/<body([^>]*)>/, '<body$1><div id="product-overview">').replace('</body>', '</div></body>');
    ff.serve(large, asLargePage(Buffer.from(inOverview)));
    const { tabId } = await ff.openStorePage(large);
    expect(await ff.waitForBadge(tabId, (t) => t !== '')).toBe('OVER');
    expect(await ff.popupLevel(tabId)).toBe('over-limit');
  });

  it("reads Amazon's and Vitacost's pages, where the manifest gives each store's own content script (content-amazon.js, content-vitacost.js)", async () => {
    await ff.extension((profile: unknown) => browser.storage.local.set({ profile }), fullProfile());
    const amazon = byFile('amazon_demo');
    const vitacost = byFile('vitacost_demo');
    for (const page of [amazon, vitacost]) ff.serve(page.url, readFileSync(path.join(repoRoot, 'demo/pages', page.file)));
    const onAmazon = (await ff.openStorePage(amazon.url)).tabId;
    const onVitacost = (await ff.openStorePage(vitacost.url)).tabId;
    // (Amazon's: a facts panel that is only an image, so the amount is asked for)
    expect(await ff.waitForBadge(onAmazon, (t) => t !== '')).toBe('?');
    // (Vitacost's: one 140 mg tablet twice a day, within the adult's limit)
    expect(await ff.waitForBadge(onVitacost, (t) => t !== '')).toBe('OK');
    expect(await ff.popupLevel(onVitacost)).toBe('within-limit');
  });
});
