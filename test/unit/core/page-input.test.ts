// The page's text crosses to the background as a `page-input` message (issue 14): the content
// script runs the store's adapter, the background the reading engine's stages. Split in two, a
// page must read exactly as it did whole, and a page must not be able to send more than the caps.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ContentToBackground, PageInputMsg } from '../../../src/core/messages.ts';
import { safeParse } from '../../../src/core/zod.ts';
import { documentInput, extractFromDocument, readInputSteps } from '../../../src/extract/index.ts';
import { clipInput, LABEL_INPUT_CAPS } from '../../../src/extract/input-caps.ts';
import type { LabelInput } from '../../../src/extract/input.ts';
import { runSteps } from '../../../src/extract/stages/step.ts';

/** Our own pages in store layouts: the demo's, and the store fixtures that have an address. */
function ourPages(): { name: string; url: string; html: string }[] {
  const demo = JSON.parse(readFileSync('demo/pages.json', 'utf8')) as { file: string; url: string }[];
  const stores = JSON.parse(readFileSync('test/fixtures/stores/answers.json', 'utf8')) as { file: string; url: string | null }[];
  return [
    ...demo.map((d) => ({ name: d.file, url: d.url, html: readFileSync(`demo/pages/${d.file}`, 'utf8') })),
    ...stores.filter((s) => s.url && /\.html?$/.test(s.file)).map((s) => ({ name: s.file, url: s.url!, html: readFileSync(`test/fixtures/stores/${s.file}`, 'utf8') })),
  ];
}

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const message = (input: LabelInput) => ({ type: 'page-input', url: input.url, epoch: 1, input });

describe('a page read in two halves, its text sent as a message', () => {
  it.each(ourPages())('$name reads the same as read whole in the page', ({ url, html }) => {
    const input = clipInput(documentInput(doc(html), url));
    // what the background receives: the message as the browser copies it, validated
    const parsed = safeParse(ContentToBackground, JSON.parse(JSON.stringify(message(input))));
    expect(parsed.success).toBe(true);
    if (!parsed.success || parsed.data.type !== 'page-input') return;
    const reading = runSteps(readInputSteps(parsed.data.input));
    expect(reading).toEqual(extractFromDocument(doc(html), url));
  });

  it("reads a shop's directions from its product area when the text under its directions heading states no intake: the background chooses", () => {
    // (a leaflet's "Einnahme mit anderen Mitteln" heads its interactions; its dose is further down)
    const html = `<html><body><main><h1>Acme Mag 500 mg Filmtabletten, 50 St.</h1><p>12,40 €</p><button>In den Warenkorb</button>
      <section class="panel"><p>Acme Mag enthält den Wirkstoff Magnesiumcitrat.</p></section>
      <section class="panel"><h2>Packungsbeilage: Information für Patienten</h2>
      <p><strong>Einnahme mit anderen Mitteln:</strong> Eisenpräparate 2 Stunden vorher einnehmen.</p>
      <h3>3. Wie wird Acme Mag eingenommen?</h3><p>Erwachsene nehmen 2-mal täglich 1 Filmtablette ein.</p>
      <h3>6. Weitere Informationen</h3><p>1 Filmtablette enthält 500 mg Magnesiumcitrat, entsprechend 80 mg Magnesium.</p></section></main></body></html>`;
    const url = 'https://shop.example.de/acme-mag-500-mg-filmtabletten';
    const input = clipInput(documentInput(doc(html), url));
    // the page's half sends both texts; the background reads the intake from the area's
    expect(input.directions).not.toMatch(/2-mal/);
    expect(input.directionsElse).toMatch(/2-mal täglich 1 Filmtablette/);
    const parsed = safeParse(ContentToBackground, JSON.parse(JSON.stringify(message(input))));
    if (!parsed.success || parsed.data.type !== 'page-input') throw new Error('the message was refused');
    const reading = runSteps(readInputSteps(parsed.data.input));
    expect(reading).toMatchObject({ status: 'found', perServingMg: 80, servingsPerDay: { min: 2, max: 2 } });
    expect(reading).toEqual(extractFromDocument(doc(html), url));
  });

  it.each([
    ['a listing', 'category', `<h1>Magnesium</h1><p>Showing 1-12 of 48 products</p><p>Sort by: Best selling</p><ul>
      <li>Acme Magnesium Citrate 200 mg, 90 capsules <span>$12.99</span> <button>Add to cart</button></li>
      <li>Bolt Magnesium Glycinate 120 mg, 60 capsules <span>$15.49</span> <button>Add to cart</button></li>
      <li>Cove Magnesium Oxide 400 mg, 100 tablets <span>$8.99</span> <button>Add to cart</button></li>
      <li>Dune Magnesium Malate 150 mg, 120 capsules <span>$19.99</span> <button>Add to cart</button></li></ul>`],
    ['an editorial page', 'article', `<h1>The 5 best magnesium supplements for sleep</h1>
      <p>By Jane Doe. Medically reviewed by Dr. John Roe, MD. Updated March 2026.</p><p>We may earn a commission from links on this page.</p>
      <h2>1. Acme Magnesium Glycinate</h2><p>Each capsule holds 120 mg of magnesium.</p>
      <h2>2. Bolt Magnesium Citrate</h2><p>Two capsules give 300 mg of magnesium.</p>
      <h2>3. Cove Magnesium Malate</h2><p>One tablet holds 150 mg of magnesium.</p>`],
  ])("tells %s from its product text in the background, where the page's half only guessed a product", (_what, kind, main) => {
    const html = `<html><body><main>${main}</main></body></html>`;
    const url = 'https://shop.example/magnesium';
    const input = clipInput(documentInput(doc(html), url));
    // the page's half carries no rule for it: it sends the text, saying its kind was a guess
    expect(input).toMatchObject({ pageKind: 'product', kindFromBody: true });
    const parsed = safeParse(ContentToBackground, JSON.parse(JSON.stringify(message(input))));
    if (!parsed.success || parsed.data.type !== 'page-input') throw new Error('the message was refused');
    const reading = runSteps(readInputSteps(parsed.data.input));
    // nothing read as a dose: the page is no single product
    expect(reading).toMatchObject({ status: 'absent', pageKind: kind, perServingMg: null });
    expect(reading).toEqual(extractFromDocument(doc(html), url));
  });

  it('reads at least one dose among our pages (the comparison above compares readings, not nothing)', () => {
    const found = ourPages().filter(({ url, html }) => extractFromDocument(doc(html), url).status === 'found');
    expect(found.length).toBeGreaterThan(3);
  });
});

describe('the caps on what a page may send', () => {
  const huge: LabelInput = {
    url: 'https://www.iherb.com/pr/x/1', source: 'iherb', pageKind: 'product', title: 'T'.repeat(10_000), brand: 'B'.repeat(10_000),
    facts: 'Magnesium 100 mg\n'.repeat(10_000), directions: 'Take 1 tablet daily.\n'.repeat(10_000), directionsElse: 'Take 2 tablets daily.\n'.repeat(10_000),
    body: 'x'.repeat(2_000_000), category: 'C'.repeat(10_000),
  };

  it('refuses a message past any one cap', () => {
    expect(safeParse(PageInputMsg, message(huge)).success).toBe(false);
    for (const field of ['title', 'brand', 'facts', 'directions', 'directionsElse', 'body', 'category'] as const) {
      const one = { ...clipInput(huge), [field]: 'x'.repeat(LABEL_INPUT_CAPS[field] + 1) };
      expect(safeParse(PageInputMsg, message(one)).success, field).toBe(false);
    }
  });

  it('accepts what the content script sends: every region clipped to its cap, its start kept', () => {
    const clipped = clipInput(huge);
    expect(safeParse(PageInputMsg, message(clipped)).success).toBe(true);
    expect(clipped.body).toHaveLength(LABEL_INPUT_CAPS.body);
    expect(clipped.facts!.startsWith('Magnesium 100 mg\n')).toBe(true);
    expect(JSON.stringify(message(clipped)).length).toBeLessThan(560_000);
  });

  it('leaves a real page\'s input as it is', () => {
    for (const { url, html } of ourPages()) {
      const input = documentInput(doc(html), url);
      expect(clipInput(input)).toEqual(input);
    }
  });

  it('refuses a page-input of the wrong shape (a region that is not text)', () => {
    expect(safeParse(PageInputMsg, message({ ...clipInput(huge), body: { length: 3 } as unknown as string })).success).toBe(false);
    expect(safeParse(PageInputMsg, { type: 'page-input', url: 'x', epoch: 1 }).success).toBe(false);
  });
});
