// General rules added after the fourth held-out run (test/fixtures/holdout4/REPORT.md), each on
// small inline inputs of its own so a rule is checked apart from any one fixture page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../../../src/extract/index.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';

const text = (t: string, url?: string) => extractFromText(t, url);
const read = (url: string, html: string) => extractFromDocument(parseHTML(html).document as unknown as Document, url);

describe('holdout4 rules', () => {
  it('a cross-sell line ("Customers also bought: ...") names other products', () => {
    const r = text('Magnesium Tablets 60\nFood supplement\nCustomers also bought: Magnesium Citrate 100mg 60 Tablets | Zinc 15mg 100 Caplets');
    expect(r.perServingMg).toBeNull();
  });
  it('"(100% NRV) Magnesium 250mg": the NRV mark belongs to the row before, not a reference cue', () => {
    const r = text('Magnesium & B6 Tablets\nPer 2 Tablets: Vitamin B6 1.4mg (100% NRV) Magnesium 250mg (67% NRV)\nAdults take 2 tablets a day with food.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 250, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 250, max: 250 } });
  });
  it('a dot leader ("Magnesium (as bisglycinate) ...... 133 mg") is no sentence end', () => {
    const r = text('Magnesium Bisglycinate Capsules\nEach vegetarian capsule contains:\nMagnesium (as bisglycinate) ............ 133 mg\nSuggested use: 1 capsule three times per day, with meals.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 133, dailyMg: { min: 399, max: 399 } });
  });
  it('a facts panel flattened onto one line is surer than a per-capsule FAQ sentence', () => {
    const r = text('Magnesium Malate 120 Capsules\nSupplement Facts Serving Size 3 Capsules Servings Per Container 40 Amount Per Serving %DV Magnesium (as Magnesium Malate) 300 mg 71% Malic Acid 1,100 mg\nDirections: Take 3 capsules daily in divided doses.\nA: Each capsule provides 100 mg of elemental magnesium.');
    expect(r).toMatchObject({ perServingMg: 300, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('an imperative dose at one time of day is once a day; a review is not read that way', () => {
    expect(parseDirections('Take two capsules 30 minutes before bedtime.').range).toMatchObject({ min: 2, max: 2 });
    expect(parseDirections('Take one to two capsules at bedtime, or as directed.').range).toMatchObject({ min: 1, max: 2 });
    expect(parseDirections('Take 1 tablet in the morning and 1 tablet at night.').range).toMatchObject({ min: 2, max: 2 });
    expect(parseDirections('Take 1 capsule with breakfast and 1 with dinner.').range).toMatchObject({ min: 2, max: 2 });
    expect(parseDirections('I take 2 capsules at night.').range).toBeNull();
  });
  it('a JSON-LD description holding the facts is read although the visible text shows its first sentence', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Acme Magnesium Citrate 250 mg, 120 Count', description: 'Acme Magnesium Citrate supports muscle function. Supplement Facts: Serving Size 2 Capsules; Magnesium (as Magnesium Citrate) 250 mg, 60% DV. Suggested Use: Adults, take two capsules daily with food.' });
    const r = read('https://www.walmart.com/ip/acme-magnesium/1', `<html><head><script type="application/ld+json">${ld}</script></head><body><main><h1 id="main-title">Acme Magnesium Citrate 250 mg, 120 Count</h1><section><p>Acme Magnesium Citrate supports muscle function. Gluten free.</p></section></main></body></html>`);
    expect(r).toMatchObject({ status: 'found', perServingMg: 250, basis: 'elemental', dailyMg: { min: 250, max: 250 } });
  });
  it('iHerb: "Suggested use" as the heading inside its own prodOverviewDetail block', () => {
    const r = read('https://www.iherb.com/pr/acme-magnesium/1', '<html><body><div class="product-detail-container"><h1 id="name">Acme, Magnesium, 200 mg, 100 Tablets</h1><div class="prodOverviewDetail"><h3>Suggested use</h3><p>Take 2 tablets 1 to 2 times daily.</p></div><div class="supplement-facts-container"><table><tr><td>Serving Size: 2 Tablets</td></tr><tr><td>Magnesium (from Magnesium Citrate, Oxide)</td><td>400 mg</td><td>95%</td></tr></table></div></div></body></html>');
    expect(r).toMatchObject({ perServingMg: 400, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 400, max: 800 } });
  });
});
