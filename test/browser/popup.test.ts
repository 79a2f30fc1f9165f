// The popup as a shopper meets it, in every state (demo/states.json), in the built extension:
// one screen at 100% zoom, accessible in light and dark, and each of the problems shoppers had with
// it (too long, the reason below the fold, quotes that were not the page's, manual entry from one,
// figures that did not add up, jargon, the first run) checked where a user would see it.
// Run after `npm run build`: npx vitest run test/browser/popup.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  POPUP_MAX_HEIGHT, openPopupPage, openState, popupContentHeight, popupStates, routeStatePages, type PopupState,
} from '../../scripts/lib/popup-states.mjs';
import { axeViolations } from './axe.ts';
import { launchExtension, openProduct, readSharedPage, servePage, sharedPagesAvailable, waitForBadge, type Loaded } from './harness.ts';

let ext: Loaded;
const heights: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  await routeStatePages(ext.context);
});
afterAll(async () => {
  if (heights.length) console.log(`popup content height at 100% zoom:\n${heights.join('\n')}`);
  await ext?.close();
});

const stateById = (id: string): PopupState => {
  const state = popupStates.find((s) => s.id === id);
  if (!state) throw new Error(`no state ${id} in demo/states.json`);
  return state;
};

/** A state's page and its popup. */
async function open(id: string, options: { colorScheme?: 'light' | 'dark'; keepStorage?: boolean } = {}) {
  const state = stateById(id);
  const { page, tabId } = await openState(ext.context, ext.worker, state);
  const popup = await openPopupPage(ext.context, ext.extensionId, tabId, { colorScheme: options.colorScheme ?? 'light' });
  const close = async () => {
    await popup.close();
    await page.close();
  };
  return { state, page, tabId, popup, close };
}

/** Closes the popup once what it remembers is stored, and opens it again. */
async function reopen(popup: Page, tabId: number): Promise<Page> {
  const stored = () => ext.worker().then((w) => w.evaluate(async () => JSON.stringify((await chrome.storage.local.get('uiPrefs')).uiPrefs ?? null)));
  let last = '';
  for (let i = 0, same = 0; i < 40 && same < 3; i++) {
    const now = await stored();
    same = now === last ? same + 1 : 0;
    last = now;
    await popup.waitForTimeout(50);
  }
  await popup.close();
  return openPopupPage(ext.context, ext.extensionId, tabId);
}

/** "150 mg a day" -> {150, 150}; "95–129 mg a day" -> {95, 129}. */
function amount(text: string | null): { min: number; max: number } {
  const m = /([\d.,]+)(?:\s*[–-]\s*([\d.,]+))?\s*mg/.exec(text ?? '');
  if (!m) throw new Error(`no amount in "${text}"`);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { min: n(m[1]!), max: n(m[2] ?? m[1]!) };
}

/** The figures on screen add up: this product + already taking = total. */
async function expectFiguresAddUp(popup: Page): Promise<{ product: number; taking: number; total: number }> {
  const product = amount(await popup.locator('.fig-product .value').textContent());
  const taking = amount(await popup.locator('.fig-taking .value').textContent());
  const total = amount(await popup.locator('.fig-total .value').textContent());
  expect(product.min + taking.min).toBeCloseTo(total.min, 5);
  expect(product.max + taking.max).toBeCloseTo(total.max, 5);
  return { product: product.max, taking: taking.max, total: total.max };
}

/** The bottom of the first element matching `selector`, in px from the top of the popup. */
const bottomOf = (popup: Page, selector: string) =>
  popup.locator(selector).first().evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));

/** The one action each state leads to. */
const ACTION = '#take-this, #remove-from-list, #open-profile, .enter button[type="submit"], form.first-run button[type="submit"], #check-page';

describe('the popup in every state, at 100% zoom', () => {
  for (const state of popupStates) {
    it(`${state.label}: verdict, the figures and the one action fit in ${POPUP_MAX_HEIGHT} px; axe-core finds nothing in light or dark`, async () => {
      const { page, tabId, popup } = await open(state.id);
      for (const scheme of ['light', 'dark'] as const) {
        const shown = scheme === 'light' ? popup : await openPopupPage(ext.context, ext.extensionId, tabId, { colorScheme: 'dark' });
        const height = await popupContentHeight(shown);
        if (scheme === 'light') heights.push(`  ${state.label.padEnd(11)} ${height} px`);
        expect(height, `${state.label} (${scheme}) content height`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
        if (state.verdict) {
          expect(await shown.locator('.verdict').getAttribute('data-verdict')).toBe(state.verdict);
          for (const row of ['.fig-product', '.fig-taking', '.fig-total', '.fig-limit']) {
            expect(await bottomOf(shown, row), `${row} within the first screen`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
          }
          await expectFiguresAddUp(shown).catch((e: Error) => {
            // "?" has no product figure to add: its total says "at least" what is already taken.
            if (state.verdict !== 'unknown') throw e;
          });
        }
        if (state.id !== 'no-product') expect(await bottomOf(shown, ACTION), 'the action within the first screen').toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
        expect(await axeViolations(shown), `${state.label} (${scheme})`).toEqual([]);
        if (scheme === 'dark') await shown.close();
      }
      await popup.close();
      await page.close();
    });
  }
});

describe('1. one screen: everything else one tap away', () => {
  it('lists each source once, by its plain name, as a link that opens in a new tab; a numbered mark leads to it', async () => {
    const { popup, close } = await open('over');
    const names = await popup.locator('ol.sources li').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    // Printed once: outside the list a source is only a number.
    const outside = await popup.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelector('#section-sources')?.remove();
      clone.querySelectorAll('.tip').forEach((t) => t.remove());
      return clone.textContent ?? '';
    });
    for (const name of names) expect(outside).not.toContain(name);
    for (const link of await popup.locator('ol.sources a').all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noreferrer');
    }
    // The limit's mark opens the Sources section at its source.
    expect(await popup.locator('#section-sources').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const mark = popup.locator('.fig-limit a.ref').first();
    const source = await mark.getAttribute('data-source');
    await mark.click();
    expect(await popup.locator('#section-sources').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe(`source-${source}`);
    // A click on a source opens its publisher in a new tab (the test browser refuses the request itself).
    const link = popup.locator(`#source-${source} a`);
    const href = await link.getAttribute('href');
    const [tab, request] = await Promise.all([
      ext.context.waitForEvent('page'),
      ext.context.waitForEvent('request', (r) => r.url() === href),
      link.click(),
    ]);
    expect(request.frame().page()).toBe(tab);
    await tab.close();
    await close();
  });

  it('remembers a section the user opened, the next time the popup opens', async () => {
    const { popup, tabId, close } = await open('within');
    await popup.locator('#section-reading > summary').click();
    let again = await reopen(popup, tabId);
    expect(await again.locator('#section-reading').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await again.locator('#section-know').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await again.locator('#section-reading > summary').click();
    again = await reopen(again, tabId);
    expect(await again.locator('#section-reading').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await again.close();
    await close();
  });

  it('shows a teaching note once, then keeps it under "Learn more"', async () => {
    const { popup, tabId, close } = await open('within');
    const topLevel = '#section-know > .section-body > ul.notes > li';
    const teaching = ['rda-coverage', 'osteoporosis-bone'];
    expect(await popup.locator(topLevel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expect.arrayContaining(teaching));
    await popup.locator('#section-know > summary').click();
    const again = await reopen(popup, tabId);
    const top = await again.locator(topLevel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (const id of teaching) expect(top).not.toContain(id);
    const learn = await again.locator('#section-learn li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(learn).toEqual(expect.arrayContaining(teaching));
    await again.close();
    await close();
  });

  it('lists the warnings most severe first', async () => {
    const { popup, close } = await open('over');
    const order = ['danger', 'warning', 'caution', 'info'];
    const severities = await popup.locator('#section-know > .section-body > ul.notes > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')!));
    expect(severities.length).toBeGreaterThan(2);
    const ranks = severities.map((s) => order.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await close();
  });
});

describe('2. the reason comes first', () => {
  for (const id of ['assumed', 'unknown', 'ask', 'check-profile']) {
    it(`${stateById(id).label}: the reason is the first thing under the headline, above the figures`, async () => {
      const { popup, close } = await open(id);
      const order = await popup.locator('.verdict > *').evaluateAll((els) => els.map((e) => e.className || e.tagName.toLowerCase()));
      expect(order.slice(0, 2)).toEqual(['verdict-head', 'reason']);
      expect(order.indexOf('reason')).toBeLessThan(order.indexOf('figures'));
      expect((await popup.locator('.verdict .reason').textContent())?.length).toBeGreaterThan(20);
      await close();
    });
  }
  it('OVER: the share of the recommended amount is not shown as news beside it (only under "Learn more")', async () => {
    const { popup, close } = await open('over');
    expect(await popup.locator('#section-know > .section-body > ul.notes > li[data-id="rda-coverage"]').count()).toBe(0);
    expect(await popup.locator('#section-learn li[data-id="rda-coverage"]').count()).toBe(1);
    await close();
  });
});

describe('3. evidence is the page\'s own words', () => {
  /** The page's text as a reader sees it: its rendered text, and its text nodes with cell and tag boundaries as spaces. */
  const pageTexts = (page: Page) => page.evaluate(() => {
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n.textContent ?? '');
    return [fold(document.body.innerText), fold(nodes.join(' '))];
  });

  async function expectQuotesFromPage(page: Page, popup: Page): Promise<number> {
    const quotes = await popup.locator('#app q').allTextContents();
    const [rendered, nodes] = await pageTexts(page);
    for (const q of quotes) {
      const quote = q.replace(/\s+/g, ' ').trim();
      expect(quote, 'a quote has no table separators').not.toContain('|');
      expect(rendered!.includes(quote) || nodes!.includes(quote), `"${quote}" is on the page`).toBe(true);
    }
    // What Dose Guard worked out or assumed is apart from the quotes, marked, and quotes nothing.
    for (const own of await popup.locator('.own').all()) {
      expect(await own.locator('q').count()).toBe(0);
      expect(await own.locator('.own-label').textContent()).toBe('Dose Guard\'s own working, not the page\'s words');
    }
    return quotes.length;
  }

  for (const id of ['over', 'near', 'within', 'assumed', 'unknown']) {
    it(`${stateById(id).label}: every quote the popup shows is a span of the page's text`, async () => {
      const { page, popup, close } = await open(id);
      expect(await expectQuotesFromPage(page, popup)).toBeGreaterThan(0);
      await close();
    });
  }

  it.runIf(sharedPagesAvailable())('a real iHerb page: every quote the popup shows is a span of the page\'s text', async () => {
    const url = 'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996';
    await servePage(ext.context, url, readSharedPage('iherb_california-gold-nutrition-multivitamin-two-a-day-104996.htm'));
    const sw = await ext.worker();
    await sw.evaluate(() => chrome.storage.local.set({ profile: { schemaVersion: 1 } }));
    const { page, tabId } = await openProduct(ext, url);
    await waitForBadge(ext, tabId, (t) => t !== '');
    const popup = await openPopupPage(ext.context, ext.extensionId, tabId);
    expect(await expectQuotesFromPage(page, popup)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('4. entering the amount starts from what the page said', () => {
  it('?: servings a day from the page\'s directions, quoted, with what was assumed said', async () => {
    const { popup, close } = await open('unknown');
    expect(await popup.locator('#manual-servings').inputValue()).toBe('2');
    const hint = popup.locator('#manual-servings-hint');
    expect(await hint.locator('q').allTextContents()).toEqual([expect.stringContaining('Take 2 capsules daily')]);
    // The page gives no serving size: each capsule the directions count was read as one serving.
    expect(await hint.locator('.own-inline').textContent()).toContain('counted each capsule or tablet as one serving');
    await close();
  });
  it('OK?: a page without directions starts at one serving a day, and says it assumed it', async () => {
    const { popup, close } = await open('assumed');
    await popup.locator('#section-correct > summary').click();
    expect(await popup.locator('#manual-servings').inputValue()).toBe('1');
    expect(await popup.locator('#manual-servings-hint').textContent()).toBe('Dose Guard put 1: the page gives no directions.');
    // The serving size, in the page's words.
    expect(await popup.locator('#manual-mg-hint q').allTextContents()).toEqual([expect.stringContaining('1 Veggie Capsule')]);
    await close();
  });
});

describe('5. "I take this": the product in the list at once, with Undo; the figures add up', () => {
  it('adds it, shows it in the list and counts it once; Undo takes it out again', async () => {
    const { popup, close } = await open('within');
    const before = await expectFiguresAddUp(popup);
    expect(before).toEqual({ product: 100, taking: 50, total: 150 });
    await popup.getByRole('button', { name: 'I take this' }).click();
    const undo = popup.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('remove-from-list');
    expect(await popup.locator('.action').textContent()).toContain('Added to your list of what you take.');
    // The list is open at once, with this product in it, marked as counted above.
    expect(await popup.locator('#section-taking').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await popup.locator('ul.taken li.this').textContent()).toContain('Dose Guard Demo Labs, Magnesium Glycinate, 100 mg, 90 Tablets');
    expect(await expectFiguresAddUp(popup)).toEqual({ product: 100, taking: 50, total: 150 });
    const stack = () => ext.worker().then((w) => w.evaluate(async () => ((await chrome.storage.local.get('profile')).profile as { stack: { name: string }[] }).stack.map((i) => i.name)));
    expect(await stack()).toHaveLength(2);

    await undo.click();
    await popup.getByRole('button', { name: 'I take this' }).waitFor();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('take-this');
    expect(await stack()).toEqual(['Calcium + D3 chewable (demo)']);
    expect(await expectFiguresAddUp(popup)).toEqual({ product: 100, taking: 50, total: 150 });
    await close();
  });
});

describe('6. plain words', () => {
  it('a term explains itself in one line on hover, on keyboard focus and on a tap', async () => {
    const { popup, close } = await open('within');
    const term = popup.locator('.fig-limit .term');
    const tip = term.locator('.tip');
    expect(await tip.textContent()).toMatch(/^The most magnesium a day from supplements and medicines/);
    expect(await tip.isVisible()).toBe(false);
    await term.locator('.term-btn').hover();
    expect(await tip.isVisible()).toBe(true);
    await popup.mouse.move(5, 590);
    expect(await tip.isVisible()).toBe(false);
    await term.locator('.term-btn').focus();
    expect(await tip.isVisible()).toBe(true);
    await popup.keyboard.press('Escape');
    await popup.locator('body').focus();
    // A tap (a click without hover: touch screens have none) opens it; a second tap closes it.
    await term.locator('.term-btn').dispatchEvent('click');
    expect(await term.getAttribute('data-open')).not.toBeNull();
    await term.locator('.term-btn').dispatchEvent('click');
    expect(await term.getAttribute('data-open')).toBeNull();
    // The button is described by its explanation for screen readers.
    const describedBy = await term.locator('.term-btn').getAttribute('aria-describedby');
    expect(await popup.locator(`#${describedBy}`).textContent()).toBe(await tip.textContent());
    await close();
  });

  it('says "elemental" with its explanation where the page is read', async () => {
    const { popup, close } = await open('over');
    const terms = await popup.locator('#section-reading .term').evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
    expect(terms).toContain('elemental');
    await close();
  });

  for (const id of ['over', 'unknown', 'check-profile', 'first-run']) {
    it(`${stateById(id).label}: no field names, file names or report years anywhere in the popup`, async () => {
      const { popup, close } = await open(id);
      // Everything a user can read: every section opened, every explanation, every label for screen readers.
      const said = await popup.evaluate(() => {
        document.querySelectorAll('details').forEach((d) => { d.open = true; });
        return [
          document.body.innerText,
          ...[...document.querySelectorAll('.tip')].map((e) => e.textContent ?? ''),
          ...[...document.querySelectorAll('[title], [aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? '']),
        ].join('\n');
      });
      expect(said).not.toMatch(/\b(19|20)\d\d\b/); // "US IOM 1997"
      expect(said).not.toMatch(/\b[\w-]+\/[\w./-]+\.(ts|js|json|md)\b/); // "src/data/magnesium/forms.ts"
      expect(said).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*(\[\d+\])?/); // "ageYears", "medications[1]"
      expect(said).not.toMatch(/\b(UL|ODS|IOM|NIH ODS)\b/);
      await close();
    });
  }

  it('"open your profile" is a link that opens the profile', async () => {
    const { popup, close } = await open('check-profile');
    const link = popup.getByRole('link', { name: 'Open your profile' });
    const [options] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
    await options.waitForLoadState('domcontentloaded');
    expect(options.url()).toBe(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await options.close();
    await close();
  });
});

describe('8. first run: age and sex before the verdict', () => {
  it('asks in place, says the verdict assumes an adult until then, and is never a sure green', async () => {
    const { popup, close } = await open('first-run');
    const order = await popup.locator('#app > *').evaluateAll((els) => els.map((e) => e.className));
    expect(order.indexOf('first-run')).toBeLessThan(order.indexOf('verdict'));
    const form = popup.locator('form.first-run');
    expect(await form.locator('input, select').count()).toBe(2);
    expect(await form.locator('button').count()).toBe(1);
    expect(await popup.locator('.verdict .assumed-adult').textContent()).toBe('Until you answer, this assumes an adult.');
    const green = 'rgb(30, 107, 58)';
    expect(await popup.locator('.verdict').evaluate((el) => getComputedStyle(el).borderLeftColor)).not.toBe(green);

    await popup.getByLabel('Age', { exact: true }).fill('70');
    await popup.getByLabel('Sex', { exact: true }).selectOption('female');
    await popup.getByRole('button', { name: 'Check for me' }).click();
    await expect.poll(() => popup.locator('form.first-run').count()).toBe(0);
    const profile = await ext.worker().then((w) => w.evaluate(async () => (await chrome.storage.local.get('profile')).profile as { ageYears: number; sex: string }));
    expect(profile).toMatchObject({ ageYears: 70, sex: 'female' });
    expect(await popup.locator('.verdict').getAttribute('data-verdict')).toBe('within');
    expect(await popup.locator('.verdict .assumed-adult').count()).toBe(0);
    expect(await popup.locator('.verdict').evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(green);
    await close();
  });
});
