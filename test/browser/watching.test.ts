// What the content script reads, and when (issue 9, points 2 and 8): nothing on a store's
// account, order or checkout pages, even when they name a product and its dose; the product page
// an in-page navigation leads to; and a label that changes long after the page loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, fullProfile, inContentScript, launchExtension, setProfile, noteText, openPopup, openProduct, iherbPanel as panel, servePage, setNotePrefs, tabStateStored, waitForBadge, waitForTabState, type Loaded } from './harness.ts';

const page = (inner: string, script = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Test</title></head><body>
  <div id="product-overview">${inner}</div><script>${script}</script></body></html>`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let ext: Loaded;
beforeAll(async () => {
  ext = await launchExtension();
  await setProfile(ext, fullProfile()); // an adult who gave their age
});
afterAll(async () => {
  await ext?.close();
});

describe('a label that changes late', () => {
  it('shows the new verdict when the label changes 30 s after the page loaded', async () => {
    const url = 'https://www.iherb.com/pr/test-magnesium-variant/900301';
    // A variant picked after reading the reviews: the facts panel is replaced 30 s after load.
    const late = `setTimeout(() => { document.getElementById('product-overview').innerHTML = ${JSON.stringify(panel(500, 'Test, Magnesium 500 mg (family size)'))}; }, 30000);`;
    await servePage(ext.context, url, page(panel(100, 'Test, Magnesium 100 mg'), late));
    // Notes for a plain OK too (off by default), so the OK note can be seen to change.
    await setNotePrefs(ext, { plainOk: true });
    const { page: tab, tabId } = await openProduct(ext, url);
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OK');
    await expect.poll(() => noteText(tab)).not.toBe('');
    const before = await noteText(tab);
    expect(await waitForBadge(ext, tabId, (t) => t !== 'OK', 45_000)).toBe('OVER');
    // The note follows: not the OK note any more (its words are the rules' to choose).
    await expect.poll(() => noteText(tab)).not.toBe(before);
    expect(await noteText(tab)).not.toBe('');
    await tab.close();
  }, 90_000);
});

describe('pages with nothing to check', () => {
  it('reads nothing on an order page that names a product and its dose, and follows in-page navigation to a product page and back', async () => {
    const orders = 'https://www.iherb.com/account/orders';
    const product = 'https://www.iherb.com/pr/test-magnesium-glycinate-400-mg/900201';
    // An order history lists what the user bought, with the label's words: a reader that ran
    // here would give a verdict on the user's own purchase.
    const script = `
      window.toProduct = () => { history.pushState({}, '', ${JSON.stringify(product)}); document.getElementById('product-overview').innerHTML = ${JSON.stringify(panel(400, 'Test, Magnesium Glycinate 400 mg'))}; };
      window.toOrders = () => { history.pushState({}, '', ${JSON.stringify(orders)}); document.getElementById('product-overview').innerHTML = ${JSON.stringify(panel(400, 'Your order #1234'))}; };`;
    await servePage(ext.context, orders, page(panel(400, 'Your order #1234: Test, Magnesium Glycinate 400 mg'), script));
    const { page: tab, tabId } = await openProduct(ext, orders);
    // The content script reads a page within a few hundred ms of load; give it several times that.
    await sleep(2_500);
    expect(await tabStateStored(ext, tabId), 'no reading sent from an order page').toBe(false);
    expect(await badgeText(ext, tabId)).toBe('');

    await tab.evaluate(() => (window as unknown as { toProduct: () => void }).toProduct());
    expect(await waitForBadge(ext, tabId, (t) => t !== '')).toBe('OVER');

    // Back to the orders, in the page: the product's verdict must not stay on it.
    await tab.evaluate(() => (window as unknown as { toOrders: () => void }).toOrders());
    expect(await waitForBadge(ext, tabId, (t) => t === '')).toBe('');
    await expect.poll(() => tabStateStored(ext, tabId)).toBe(false);
    await tab.close();
  });
  it('reads a search page when the user asks ("Check this page"), though its address is one where nothing is read', async () => {
    const search = 'https://www.iherb.com/search?kw=magnesium';
    await servePage(ext.context, search, page(panel(400, 'Test, Magnesium Glycinate 400 mg')));
    const { page: tab, tabId } = await openProduct(ext, search);
    await sleep(1_500);
    expect(await tabStateStored(ext, tabId), 'no reading sent from a search page').toBe(false);
    // (the session's code, what a page runs after its first read, is not in a page where nothing was read)
    expect(await inContentScript(tab, 'typeof globalThis.__doseGuardPage?.check')).toBe('undefined');

    const popup = await openPopup(ext, tabId);
    await popup.locator('#check-page').click();
    // Read, and said to be a search page: no verdict on a list of products, and no badge.
    const state = (await waitForTabState(ext, tabId)) as unknown as { reading: { pageKind: string; status: string; product: { name: string } } };
    expect(state.reading).toMatchObject({ pageKind: 'search', status: 'absent', product: { name: 'Test, Magnesium Glycinate 400 mg' } });
    expect(await badgeText(ext, tabId)).toBe('');
    await popup.close();
    await tab.close();
  });
});
