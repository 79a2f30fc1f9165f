// General rules added after the fifth held-out run (test/fixtures/holdout5/REPORT.md), each on
// small inline inputs of its own so a rule is checked apart from any one fixture page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../../../src/extract/index.ts';

const text = (t: string, url?: string) => extractFromText(t, url);
const read = (url: string, html: string) => extractFromDocument(parseHTML(html).document as unknown as Document, url);

describe('holdout5 rules', () => {
  it('a period after a number ends the sentence when a capitalised one follows ("Container: 60. Magnesium ...")', () => {
    const r = text('Triple Magnesium Complex\nSupplement Facts - Serving Size: 2 Capsules, Servings Per Container: 60. Magnesium (as Magnesium Bisglycinate, Magnesium Malate, Magnesium Taurate) 120 mg 29%. Suggested Use: Take 2 capsules twice daily with food.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 120, basis: 'elemental', servingsPerDay: { min: 2, max: 2 }, dailyMg: { min: 240, max: 240 } });
  });
  it('a decimal point is still no sentence end', () => {
    expect(text('Magnesium Citrate Capsules\nServing Size: 2 Capsules. Magnesium (as magnesium citrate) 187.5 mg 45%').perServingMg).toBe(187.5);
  });
});

describe('holdout5 rules: a package word outside the amount\'s clause', () => {
  it('an Amazon bullet\'s lead-in ("POTENT DOSE: Magnesium (as ...) 200mg per capsule") is no package total', () => {
    const r = text('Acme Magnesium Citrate 400mg, 120 Capsules\nPOTENT DOSE: Magnesium (as Magnesium Citrate) 200mg per capsule to support muscle function.\nDirections: Take 2 capsules daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 200, basis: 'elemental', dailyMg: { min: 400, max: 400 } });
  });
  it('a package total in the amount\'s own clause is still one', () => {
    const r = text('Magnesium Citrate Capsules\nEach bottle contains 12,000 mg of magnesium.');
    expect(r.perServingMg).not.toBe(12000);
  });
});

describe('holdout5 rules: Amazon A+ content', () => {
  it('a Supplement Facts table in the A+ content is the facts panel; a comparison chart beside it adds nothing', () => {
    const html = `<html><body><div id="dp-container"><span id="productTitle">Acme Magnesium Glycinate, 180 Veggie Capsules</span>
<div id="feature-bullets"><ul><li>Chelated magnesium bisglycinate, gentle on the stomach.</li></ul></div>
<div id="important-information"><div class="a-section content"><h4>Directions</h4><p>Adults take 3 capsules once daily.</p></div></div>
<div id="aplus_feature_div"><div id="aplus"><h3>Supplement Facts</h3><table><tr><td colspan="3">Serving Size: 3 Capsules</td></tr>
<tr><th></th><th>Amount Per Serving</th><th>% Daily Value</th></tr><tr><td>Magnesium (as Magnesium Bisglycinate Chelate)</td><td>350 mg</td><td>83%</td></tr></table>
<table><tr><th></th><th>Acme Glycinate</th><th>Acme Citrate</th></tr><tr><td>Magnesium per serving</td><td>350 mg</td><td>200 mg</td></tr></table></div></div></div></body></html>`;
    expect(read('https://www.amazon.com/Acme-Magnesium-Glycinate/dp/B0D4KQ8MG1', html)).toMatchObject({ status: 'found', perServingMg: 350, basis: 'elemental', dailyMg: { min: 350, max: 350 } });
  });
});

describe('holdout5 rules: summing facts rows', () => {
  it('a comparison chart\'s row (one amount per product) is not summed with the facts row', () => {
    const r = text('Acme Magnesium Glycinate Capsules\nServing Size: 3 Capsules\nMagnesium (as Magnesium Bisglycinate) | 350 mg | 83%\nDirections: Take 3 capsules daily.\nMagnesium per serving | 300 mg | 200 mg | 144 mg');
    expect(r).toMatchObject({ perServingMg: 350, dailyMg: { min: 350, max: 350 } });
  });
  it('two one-column rows for magnesium from two sources are still summed', () => {
    const r = text('Acme Magnesium Capsules\nServing Size: 2 Capsules\nMagnesium (as Magnesium Oxide) | 100 mg | 24%\nMagnesium (as Magnesium Glycinate) | 50 mg | 12%');
    expect(r.perServingMg).toBe(150);
  });
});
