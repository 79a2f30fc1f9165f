// The built extension in Debian's Chromium, on store pages served at their real addresses:
// what a user sees on the page, on the toolbar badge and in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import path from 'node:path';
import {
  asLargePage, badgeText, fullProfile, iherbPanel, inContentScript, inExtension, launchExtension, openOptions, openPopup, openProduct, readSharedPage, repoRoot, servePage, setProfile,
  noteText, setNotePrefs, sharedPages, sharedPagesAvailable, stopWorkerNow, tabStateStored, waitForTabState, waitForBadge, type Loaded,
} from './harness.ts';

const demoPages = JSON.parse(readFileSync(path.join(repoRoot, 'demo/pages.json'), 'utf8')) as { file: string; url: string }[];
const demo = (fragment: string) => {
  const page = demoPages.find((p) => p.file.includes(fragment));
  if (!page) throw new Error(`no demo page ${fragment}`);
  return { url: page.url, body: readFileSync(path.join(repoRoot, 'demo/pages', page.file)) };
};

const IHERB_FILE = 'iherb_california-gold-nutrition-multivitamin-two-a-day-104996.htm';
const IHERB_URL = 'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996';
const IHERB_NEG_FILE = 'iherb_california-gold-nutrition-b-complex-108255_NEG.html';
const IHERB_NEG_URL = 'https://www.iherb.com/pr/california-gold-nutrition-high-potency-vitamin-b-complex-with-methyl-folate-methyl-b12-90-veggie-capsules/108255';

let ext: Loaded;
/** Every request made by the extension itself (its worker, popup and options pages). */
const extensionRequests: string[] = [];
beforeAll(async () => {
  ext = await launchExtension();
  await setProfile(ext, fullProfile()); // an adult who gave their age
  ext.context.on('request', (request) => {
    let fromExtension = request.serviceWorker() !== null;
    try {
      fromExtension ||= request.frame().url().startsWith('chrome-extension://');
    } catch {
      /* a worker's request has no frame */
    }
    if (fromExtension) extensionRequests.push(request.url());
  });
});
afterAll(async () => {
  await ext?.close();
});

const popupText = async (tabId: number) => {
  const popup = await openPopup(ext, tabId);
  const text = (await popup.locator('#app').textContent()) ?? '';
  return { popup, text: text.replace(/\s+/g, ' ') };
};

describe.runIf(sharedPagesAvailable())(`real iHerb page (${path.basename(sharedPages)}/${IHERB_FILE})`, () => {
  it('marks the page, sets the badge and shows the summary with the label text', async () => {
    await servePage(ext.context, IHERB_URL, readSharedPage(IHERB_FILE));
    const { page, tabId } = await openProduct(ext, IHERB_URL);
    // 105 mg a day against the 350 mg adult limit (default profile: adult, US).
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    // A plain OK puts no note on the page unless the user asks for one (options: note preferences).
    await waitForTabState(ext, tabId);
    expect(await noteText(page)).toBe('');
    // a large page (4 MB) whose store's adapter reads named regions: those were sent, and no reader came
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardReadInPlace + " " + typeof globalThis.__doseGuardReadPage')).toBe('function undefined');
    await setNotePrefs(ext, { plainOk: true });
    await expect.poll(() => noteText(page)).toMatch(/^Dose Guard: Within your daily limit This product: 105 mg\/day; limit 350 mg\/day\./);
    await setNotePrefs(ext, {});
    await expect.poll(() => noteText(page)).toBe('');

    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Within your daily limit');
    expect(text).toContain('105 mg');
    expect(text).toContain('350 mg');
    expect(text).toContain('Magnesium (as Magnesium Oxide and Magnesium Bisglycinate)');
    expect(text).toMatch(/Take 2 capsules daily/i);
    await popup.close();
    await page.close();
  });

  it('follows the profile set in the options page when the page is reloaded', async () => {
    await servePage(ext.context, IHERB_URL, readSharedPage(IHERB_FILE));
    const { page, tabId } = await openProduct(ext, IHERB_URL);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    // A 3-year-old: the US limit at 1-3 years is 65 mg, and this product gives 105 mg a day.
    const options = await openOptions(ext);
    await options.getByLabel('Age', { exact: true }).fill('3');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await inExtension(ext, async () => (await chrome.storage.local.get('profile')).profile as { ageYears?: number } | undefined, null))?.ageYears).toBe(3);
    await options.close();
    await page.bringToFront();
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await waitForBadge(ext, tabId, (t) => t === 'OVER')).toBe('OVER');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Over your daily limit');
    expect(text).toContain('65 mg');
    await popup.close();
    await page.close();
    await setProfile(ext, fullProfile());
  });

  it('shows no verdict on a product without magnesium', async () => {
    await servePage(ext.context, IHERB_NEG_URL, readSharedPage(IHERB_NEG_FILE));
    const { page, tabId } = await openProduct(ext, IHERB_NEG_URL);
    // The background has answered the page's reading; only then is "no note" meaningful.
    expect((await waitForTabState(ext, tabId)).reading.status).toBe('absent');
    await expectNoVerdictShown(page, tabId);
    await page.close();
  });
});

describe('demo pages (our own, in store layouts)', () => {
  it('flags a product whose directions take it over the limit', async () => {
    const { url, body } = demo('over-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    // one content script ran in iHerb's product folder (the manifest keeps the one with the whole
    // address test off it): a second would have found the first and asked for the page to be read again
    expect(await inContentScript(page, 'String(globalThis.__doseGuardPage?.checkAsked)')).toBe('false');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Over your daily limit');
    expect(text).toContain('400 mg'); // 200 mg x 2 servings a day
    expect(text).toContain('Take 2 capsules twice daily');
    // Each source once, by its plain name, a link that opens in a new tab.
    const nih = popup.locator('ol.sources a', { hasText: 'NIH fact sheet on magnesium' });
    expect(await nih.count()).toBe(1);
    expect(await nih.getAttribute('target')).toBe('_blank');
    expect(await popup.locator('.verdict').getAttribute('data-verdict')).toBe('over');
    await popup.close();
    // Leaving for another site clears the verdict: it belonged to the product page.
    await servePage(ext.context, 'https://example.org/', '<!doctype html><title>Elsewhere</title><p>Not a store.</p>');
    await page.bringToFront();
    await page.goto('https://example.org/');
    expect(await waitForBadge(ext, tabId, (t) => t === '')).toBe('');
    await expect.poll(() => tabStateStored(ext, tabId)).toBe(false);
    await page.close();
  });

  it('reads a large page in the page itself, with the reader the background injects, as it reads the small one', async () => {
    const { url, body } = demo('over-limit');
    const large = `${url}?large`;
    await servePage(ext.context, large, asLargePage(body));
    const { page, tabId } = await openProduct(ext, large);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(3_000);
    // read in the page by the reader the background injected: its title names magnesium, so the
    // gate's own script was never asked for
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined function');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('400 mg'); // 200 mg x 2 servings a day, as on the small page
    expect(text).toContain('Take 2 capsules twice daily');
    await popup.close();
    await page.close();
  });

  it('reads a large page whose title names no magnesium once the gate the background injects finds it in the facts', async () => {
    const { url, body } = demo('over-limit');
    const large = `${url}?large-untitled`;
    const untitled = Buffer.from(body.toString('utf8').replace(/<title>[^<]*<\/title>/, '<title>Sleep support capsules</title>'));
    await servePage(ext.context, large, asLargePage(untitled));
    const { page, tabId } = await openProduct(ext, large);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    // its gate passed, then the reader read it
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('function function');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('400 mg');
    await popup.close();
    await page.close();
  });

  it('reads a large iHerb page whose title names no magnesium but whose product area does by sending that area: no reader, no gate', async () => {
    const { url, body } = demo('over-limit');
    const large = `${url}?large-area`;
    const inArea = body.toString('utf8')
      .replace(/<title>[^<]*<\/title>/, '<title>Sleep support capsules</title>')
      .replace(/<body([^>]*)>/, '<body$1><div id="product-overview">').replace('</body>', '</div></body>');
    await servePage(ext.context, large, asLargePage(Buffer.from(inArea)));
    const { page, tabId } = await openProduct(ext, large);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    // the store's product area (iHerb's overview) names it, so no gate; and iHerb's adapter reads
    // named regions alone: those were sent, and read in the background, with no reader injected
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined undefined');
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardReadInPlace')).toBe('function');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('400 mg');
    await popup.close();
    await page.close();
  });

  it('says a large page whose title only looks like it names magnesium ("Magnetic") has none, read by its reader with no gate', async () => {
    const { url, body } = demo('vitamin-c-no-magnesium');
    const large = `${url}?large-magnetic`;
    const magnetic = Buffer.from(body.toString('utf8').replace(/<title>[^<]*<\/title>/, '<title>Magnetic lash kit</title>'));
    await servePage(ext.context, large, asLargePage(magnetic));
    const { page, tabId } = await openProduct(ext, large);
    expect((await waitForTabState(ext, tabId)).reading.status).toBe('absent');
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined function');
    await expectNoVerdictShown(page, tabId);
    await page.close();
  });

  it('stops a large page that names no magnesium at the gate the background injects: no verdict, no note', async () => {
    const { url, body } = demo('vitamin-c-no-magnesium');
    const large = `${url}?large`;
    await servePage(ext.context, large, asLargePage(body));
    const { page, tabId } = await openProduct(ext, large);
    expect((await waitForTabState(ext, tabId)).reading.status).toBe('absent');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(3_000);
    // the gate ran in the page and its answer was the page's whole report: the reader never came
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('function undefined');
    await expectNoVerdictShown(page, tabId);
    await page.close();
  });

  it('says a small page whose text names no magnesium anywhere has none (sent whole, as it is light, and gated in the background)', async () => {
    const { url, body } = demo('vitamin-c-no-magnesium');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect((await waitForTabState(ext, tabId)).reading.status).toBe('absent');
    // (nothing was injected to read the page)
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined undefined');
    await expectNoVerdictShown(page, tabId);
    await page.close();
  });

  it('says a small but heavy page that names no magnesium has none (its text looked over in the page first)', async () => {
    const { url, body } = demo('vitamin-c-no-magnesium');
    const heavy = `${url}?heavy`;
    // a toy's page whose product data is a large script: few elements, far over a light page's bytes
    const data = `<script type="application/json">${JSON.stringify({ items: Array.from({ length: 4_000 }, (_, i) => ({ sku: i, name: `Vitamin C chewable ${i}` })) })}</script>`;
    await servePage(ext.context, heavy, Buffer.from(body.toString('utf8').replace('</body>', `${data}</body>`)));
    const { page, tabId } = await openProduct(ext, heavy);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).decodedBodySize)).toBeGreaterThan(100_000);
    expect((await waitForTabState(ext, tabId)).reading.status).toBe('absent');
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined undefined');
    await expectNoVerdictShown(page, tabId);
    await page.close();
  });

  it('reads a small page made heavy by its icons as the page says it', async () => {
    const { url, body } = demo('within-limit');
    const heavy = `${url}?icons`;
    // a store's badges, each with an inline icon: few elements, far over a light page's bytes
    const icon = `<svg viewBox="0 0 24 24" width="16"><path d="${'M1 1L2 2 '.repeat(40)}"></path></svg>`;
    const icons = `<ul class="badges">${Array.from({ length: 400 }, (_, i) => `<li>${icon}Badge ${i}</li>`).join('')}</ul>`;
    await servePage(ext.context, heavy, Buffer.from(body.toString('utf8').replace('</body>', `${icons}</body>`)));
    const { page, tabId } = await openProduct(ext, heavy);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).decodedBodySize)).toBeGreaterThan(100_000);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3_000);
    const { reading } = await waitForTabState(ext, tabId);
    expect(reading).toMatchObject({ status: 'found', perServingMg: 100, dailyMg: { min: 100, max: 100 } });
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await page.close();
  });

  it('reads a small heavy page whose title and address name no magnesium but whose product area does (sent whole: the look over its text finds the name)', async () => {
    const { url, body } = demo('within-limit');
    // (an address that names it would send the page at once, without the look)
    const heavy = `${url.replace(/\/pr\/[^/]+\//, '/pr/dose-guard-demo-labs-sleep-support-90-tablets/')}?icons-area`;
    expect(heavy).not.toMatch(/magnes/i);
    const icon = `<svg viewBox="0 0 24 24" width="16"><path d="${'M1 1L2 2 '.repeat(40)}"></path></svg>`;
    const icons = `<ul class="badges">${Array.from({ length: 400 }, (_, i) => `<li>${icon}Badge ${i}</li>`).join('')}</ul>`;
    const inArea = body.toString('utf8')
      .replace(/<title>[^<]*<\/title>/, '<title>Sleep support capsules</title>')
      .replace(/<body([^>]*)>/, '<body$1><div id="product-overview">').replace('</body>', `</div>${icons}</body>`);
    await servePage(ext.context, heavy, Buffer.from(inArea));
    const { page, tabId } = await openProduct(ext, heavy);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).decodedBodySize)).toBeGreaterThan(100_000);
    const { reading } = await waitForTabState(ext, tabId);
    expect(reading).toMatchObject({ status: 'found', perServingMg: 100, dailyMg: { min: 100, max: 100 } });
    // (read from its markup in the background: nothing was injected into the page to read it)
    expect(await inContentScript(page, 'typeof globalThis.__doseGuardGate + " " + typeof globalThis.__doseGuardReadPage')).toBe('undefined undefined');
    await page.close();
  });

  it('says when the amount cannot be read, and takes it from the user', async () => {
    const { url, body } = demo('facts-image-only');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('?');
    // one content script ran on Amazon's page (its own, content-amazon.js): a second would have
    // found the first and asked for the page to be read again
    expect(await inContentScript(page, 'String(globalThis.__doseGuardPage?.checkAsked)')).toBe('false');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Amount not readable from this page');
    expect(text).not.toContain('Within your daily limit');
    // The user reads the label and types it in: 150 mg per serving, 3 a day = 450 mg.
    await popup.getByLabel('Magnesium per serving').fill('150');
    await popup.getByLabel('Servings a day').fill('3');
    await popup.getByRole('button', { name: 'Check this amount' }).click();
    await expect.poll(async () => (await popup.locator('#app').textContent())?.replace(/\s+/g, ' ')).toContain('450 mg');
    expect(await waitForBadge(ext, tabId, (t) => t === 'OVER')).toBe('OVER');
    await popup.close();
    await page.close();
  });

  it('follows a profile change in the open tab without reloading it', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    // Already taking 300 mg a day: 100 + 300 = 400 mg, over 350.
    await setProfile(ext, fullProfile({ stack: [{ name: 'Other magnesium', dailyMg: 300 }] }));
    expect(await waitForBadge(ext, tabId, (t) => t === 'OVER')).toBe('OVER');
    await expect.poll(() => noteText(page)).toMatch(/^Dose Guard: Over your daily limit This product: 100 mg\/day; with what you already take: 400 mg\/day/);
    await setProfile(ext, fullProfile());
    expect(await waitForBadge(ext, tabId, (t) => t === 'OK')).toBe('OK');
    await page.close();
  });
  it('kidney disease: badge, popup and note all say to ask the doctor, with the reason first', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    await setProfile(ext, { schemaVersion: 1, ageYears: 58, conditions: ['kidney-disease'] });
    const { page, tabId } = await openProduct(ext, url);
    // 100 mg a day is within the healthy-adult limit, which does not apply with kidney disease.
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('ASK');
    await expect.poll(() => noteText(page)).toMatch(/^Dose Guard: Ask your doctor before taking this With kidney disease the limits for healthy people do not apply/);
    const { popup, text } = await popupText(tabId);
    const verdict = popup.locator('.verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('ask-doctor');
    expect(await verdict.getAttribute('data-level')).toBe('within-limit');
    expect(await verdict.locator('.reason').textContent()).toContain('With kidney disease the limits for healthy people do not apply');
    expect(text).not.toContain('Within your daily limit');
    await popup.close();
    await page.close();
    await setProfile(ext, fullProfile());
  });
  it('"Delete all my data" leaves no stale verdict on open tabs', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    await setProfile(ext, fullProfile({ stack: [{ name: 'Other magnesium', dailyMg: 300 }] }));
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');
    const options = await openOptions(ext);
    await options.getByRole('button', { name: 'Delete all my data' }).click();
    await options.getByRole('dialog', { name: 'Delete all your data?' }).getByRole('button', { name: 'Delete everything' }).click();
    // The page is read again against the default profile, as on a first run: 100 mg a day,
    // nothing else taken, and no age given, so within the adult limit on that assumption (OK?).
    expect(await waitForBadge(ext, tabId, (t) => t === 'OK?')).toBe('OK?');
    await expect.poll(() => noteText(page)).not.toMatch(/Over your daily limit|400 mg/);
    await options.close();
    await page.close();
    await setProfile(ext, fullProfile());
  });

  it('"I take this" adds the product to the list once, and it is not counted twice', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    const { popup } = await popupText(tabId);
    await popup.getByRole('button', { name: 'I take this' }).click();
    await expect.poll(async () => (await popup.locator('#app').textContent())?.replace(/\s+/g, ' ')).toContain('Added to your list of what you take.');
    const stack = await inExtension(ext, async () => ((await chrome.storage.local.get('profile')).profile as { stack: { name: string; dailyMg: number; url: string }[] }).stack, null);
    expect(stack).toEqual([expect.objectContaining({ name: 'Dose Guard Demo Labs, Magnesium Glycinate, 100 mg, 90 Tablets', dailyMg: 100, url })]);
    // Counted once: this product 100 + nothing else = 100 mg a day, not 200.
    expect(await popup.locator('.fig-total .value').textContent()).toBe('100 mg a day');
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await popup.close();
    await page.close();
    await setProfile(ext, fullProfile());
  });

  it('reads the new product after in-page navigation (no page load)', async () => {
    const url = 'https://www.iherb.com/pr/test-spa-magnesium-100-mg/900101';
    const next = 'https://www.iherb.com/pr/test-spa-magnesium-400-mg/900102';
    const panel = iherbPanel;
    // A store page that swaps the product in place, as single-page stores do.
    const body = `<!doctype html><html><head><meta charset="utf-8"><title>SPA test</title></head><body>
      <div id="product-overview">${panel(100, 'Test, Magnesium 100 mg')}</div>
      <script>
        window.goNext = () => {
          history.pushState({}, '', ${JSON.stringify(next)});
          document.getElementById('product-overview').innerHTML = ${JSON.stringify(panel(400, 'Test, Magnesium 400 mg'))};
        };
      </script></body></html>`;
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await page.evaluate(() => (window as unknown as { goNext: () => void }).goNext());
    expect(await waitForBadge(ext, tabId, (t) => t === 'OVER')).toBe('OVER');
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Test, Magnesium 400 mg');
    expect(text).toContain('400 mg');
    await popup.close();
    await page.close();
  });

  it('shows "!" and asks to check the profile, never a green OK, when a stored profile lost a field', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    // A user with kidney disease whose stored profile lost its conditions; then one that is `{}`.
    const { conditions: _lost, ...withoutConditions } = fullProfile({ ageYears: 70 });
    for (const stored of [withoutConditions, {}]) {
      await setProfile(ext, stored);
      const { page, tabId } = await openProduct(ext, url);
      expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('!');
      const { popup, text } = await popupText(tabId);
      expect(text).not.toContain('Within your daily limit');
      expect(text).toMatch(/profile/i);
      await popup.close();
      await page.close();
    }
    await setProfile(ext, fullProfile());
  });

  it('answers a message of the wrong shape with a clear error, and keeps working', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=999999`);
    const replies = await page.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: 'one' }),
      await chrome.runtime.sendMessage({ type: 'no-such-request' }),
      await chrome.runtime.sendMessage({ type: 'manual-entry', tabId: 1, url: 'https://x', perServingMg: -5, servingsPerDay: { min: 1, max: 1 } }),
      // a value that cannot be turned into text: zod itself threw on it (found by npm run fuzz)
      await chrome.runtime.sendMessage({ type: 'manual-entry', tabId: 1, url: { length: { toString: 'x' } }, perServingMg: 5, servingsPerDay: { min: 1, max: 1 } }).catch((e: Error) => `rejected: ${e.message}`),
      await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: 999999 }),
    ]);
    expect(replies.slice(0, 4)).toEqual([
      { ok: false, error: expect.stringMatching(/did not understand this request/) },
      { ok: false, error: expect.stringMatching(/did not understand this request/) },
      { ok: false, error: expect.stringMatching(/did not understand this request/) },
      { ok: false, error: expect.stringMatching(/did not understand this request/) },
    ]);
    expect(replies[4]).toEqual({ ok: true, state: null });
    await page.close();
  });

  it('shows "?" for a page whose reading the background has to refuse, never nothing', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    // What a reading the engine got wrong would look like: a field past its limit.
    const reply = await inContentScript(page, `chrome.runtime.sendMessage({ type: 'page-reading', url: location.href, epoch: Math.round(performance.timeOrigin), reading: { status: 'found', seen: 'x'.repeat(5000) } })`);
    expect(reply).toMatchObject({ type: 'verdict', showNote: true });
    expect(await waitForBadge(ext, tabId, (t) => t === '?')).toBe('?');
    await page.close();
  });

  it('shows "?" for a page that sends more text than a page may (over the caps), and reads nothing of it', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    // A hostile page cannot make the extension carry megabytes: a body of 2 million characters
    // (the cap is 250,000, src/extract/input-caps.ts) is refused, and the page shows "?".
    const reply = await inContentScript(page, `chrome.runtime.sendMessage({ type: 'page-input', url: location.href, epoch: Math.round(performance.timeOrigin),
      input: { url: location.href, source: 'iherb', pageKind: 'product', title: 'Magnesium 100 mg', brand: null, facts: null, directions: null, body: 'Magnesium 100 mg. '.repeat(120000) } })`);
    expect(reply).toMatchObject({ type: 'verdict', showNote: true });
    expect(await waitForBadge(ext, tabId, (t) => t === '?')).toBe('?');
    await page.close();
  });

  it('made no network request of its own in all of the above', () => {
    // Its own files load from chrome-extension://; nothing else may leave the machine.
    expect(extensionRequests.length).toBeGreaterThan(0);
    expect(extensionRequests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('keeps the verdict after the service worker is stopped', async () => {
    const { url, body } = demo('within-limit');
    await servePage(ext.context, url, body);
    const { page, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await stopWorkerNow(ext);
    // Opening the popup wakes a new worker, which finds the result in storage.session.
    const { popup, text } = await popupText(tabId);
    expect(text).toContain('Within your daily limit');
    expect(text).toContain('100 mg');
    await popup.close();
    await page.close();
  });

});

/** What a page with no magnesium product shows: the popup says so, no badge, no note on the page. */
async function expectNoVerdictShown(page: Page, tabId: number): Promise<void> {
  const { popup, text } = await popupText(tabId);
  expect(text).toContain('No magnesium product found');
  expect(await badgeText(ext, tabId)).toBe('');
  expect(await noteText(page)).toBe('');
  await popup.close();
}
