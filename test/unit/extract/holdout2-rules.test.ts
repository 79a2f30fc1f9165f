// General rules added after the second held-out run (test/fixtures/holdout2/REPORT.md), each on
// small inline inputs of its own so a rule is checked apart from any one fixture page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../../../src/extract/index.ts';
import { articleMarkers, comparesProducts, kindFromText } from '../../../src/extract/page-kind.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';
import { parseServingSize } from '../../../src/extract/text/serving.ts';
import { lexiconFor } from '../../../src/extract/lexicon.ts';

const lex = lexiconFor('magnesium');
const MAGNESIUM_WORD_RE = lex.mention;
import { NUTRIENT_NAMES } from '../../../src/data/magnesium/names.ts';

const text = (t: string, url?: string) => extractFromText(t, url);
const doc = (url: string, html: string) => extractFromDocument(parseHTML(html).document as unknown as Document, url);

describe('the nutrient named in the languages of European shops (data table)', () => {
  it('every name in the table is recognised, in any case', () => {
    for (const n of NUTRIENT_NAMES.magnesium) {
      for (const w of n.words) {
        expect(MAGNESIUM_WORD_RE.test(w), w).toBe(true);
        expect(MAGNESIUM_WORD_RE.test(w.toUpperCase()), w.toUpperCase()).toBe(true);
      }
    }
    expect(MAGNESIUM_WORD_RE.test('Manganese 2 mg')).toBe(false);
  });
  it('a Polish facts table with "% RWS" and "1 tabletka musująca", directions "dziennie"', () => {
    const html = `<html><body><h1 class="product-name">Magnez + B6 375 mg, 20 tabletek musujących</h1>
      <div><h2>Skład</h2><table><tr><th>Składnik</th><th>1 tabletka musująca</th><th>% RWS*</th></tr>
      <tr><td>Magnez</td><td>375 mg</td><td>100%</td></tr><tr><td>Witamina B6</td><td>1,4 mg</td><td>100%</td></tr></table></div>
      <div><h2>Sposób użycia</h2><p>Dorośli: 1 tabletka musująca dziennie.</p></div></body></html>`;
    const r = doc('https://apteka.example.pl/magnez-b6-p12345', html);
    expect(r).toMatchObject({ status: 'found', perServingMg: 375, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 375, max: 375 } });
  });
  it('Czech, Hungarian and Dutch rows and directions', () => {
    expect(text('Hořčík 300 mg, 60 tablet\nDoplněk stravy\nhořčík | 300 mg | 80 % RHP\nUžívejte 1 tabletu denně.')).toMatchObject({ perServingMg: 300, dailyMg: { min: 300, max: 300 } });
    expect(text('Magnézium 250 mg tabletta\nÉtrend-kiegészítő\nMagnézium | 250 mg | 67%\nNaponta 1 tabletta.')).toMatchObject({ perServingMg: 250, dailyMg: { min: 250, max: 250 } });
    expect(text('Magnesium 375 mg\nVoedingssupplement\nMagnesium | 375 mg | 100% RI\nNeem 1 tablet per dag.')).toMatchObject({ perServingMg: 375, dailyMg: { min: 375, max: 375 } });
  });
  it('Polish compound names and "2 razy dziennie"', () => {
    const r = text('Cytrynian magnezu 1200 mg\nSuplement diety\nPrzyjmować 2 razy dziennie po 1 tabletce.');
    expect(r).toMatchObject({ status: 'found', basis: 'compound-estimate', form: 'citrate', servingsPerDay: { min: 2, max: 2 } });
  });
  it('a per-unit header cell with a %-reference column is the serving', () => {
    expect(parseServingSize('Składnik | 2 kapsułki | % RWS\nMagnez | 200 mg | 53%', true)).toMatchObject({ count: 2, unit: 'capsule' });
    expect(parseServingSize('Count | 60 capsules | Price')).toBeNull();
  });
  it('a single-product page whose facts table names the nutrient is never "absent"', () => {
    const html = `<html><body><div class="breadcrumbs">Start > Dom i ogród > Magnez</div><h1 class="product-name">Magnez tabletki</h1>
      <table><tr><th>Składnik</th><th>1 tabletka</th><th>% RWS</th></tr><tr><td>Magnez</td><td>—</td><td>—</td></tr></table></body></html>`;
    expect(doc('https://apteka.example.pl/magnez-p12345', html).status).toBe('unreadable');
  });
});

describe('directions: the bracketed equivalent and the carrier liquid are not the dose', () => {
  it('"1/2 teaspoon (2.5 mL) into 8 oz of water or juice 1 to 2 times daily"', () => {
    const d = parseDirections('Mix 1/2 teaspoon (2.5 mL) into 8 oz of water or juice 1 to 2 times daily, preferably with food.');
    expect(d.range).toMatchObject({ min: 0.5, max: 1, unit: 'teaspoon', perIntake: { min: 0.5, max: 0.5 } });
    expect(parseDirections('Mix 1/2 teaspoon (2.5 mL) into 8 oz of water or juice twice daily.').range).toMatchObject({ min: 1, max: 1, unit: 'teaspoon' });
  });
  it('powders: "1 scoop in 8 oz of water twice daily"; a count range "1 to 2 mL" is kept', () => {
    expect(parseDirections('Mix 1 scoop in 8 fl oz of water twice daily.').range).toMatchObject({ min: 2, max: 2, unit: 'scoop' });
    expect(parseDirections('Take 1 to 2 mL daily.').range).toMatchObject({ min: 1, max: 2, unit: 'ml' });
    expect(parseDirections('Take two (2) capsules daily.').range).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
  });
  it('a liquid page reads 1-2 servings a day', () => {
    const r = text('Liquid Magnesium\nSupplement Facts\nServing Size 1/2 tsp\nMagnesium | 300 mg | 71%\nDirections: Mix 1/2 teaspoon (2.5 mL) into 8 oz of water or juice 1 to 2 times daily.');
    expect(r).toMatchObject({ perServingMg: 300, servingsPerDay: { min: 1, max: 2 }, dailyMg: { min: 300, max: 600 } });
  });
  it('evidence of multi-age directions quotes the sentence giving the maximum', () => {
    const d = parseDirections('Ages 4-8: Chew 1 gummy daily. Ages 9 and older: Chew 2 gummies daily.');
    expect(d.range).toMatchObject({ min: 1, max: 2 });
    expect(d.range!.sources[1]).toContain('Chew 2 gummies daily');
  });
});

describe('page kind before the dose: editorial and comparison pages', () => {
  it('two article markers make an article; one (a brand byline) does not', () => {
    expect(articleMarkers('By Rachel Moore, MS, RD · Medically reviewed by Dr. Alan Price · Updated June 2, 2025')).toBeGreaterThanOrEqual(2);
    expect(articleMarkers('We independently evaluate products; we may earn a commission.\nHow We Tested')).toBe(2);
    expect(articleMarkers('The 9 Best Magnesium Supplements of 2026\nBy Jane Doe')).toBe(2);
    expect(articleMarkers('By NOW Foods\nMagnesium Citrate 200 mg\nAdd to Cart')).toBeLessThan(2);
    expect(kindFromText('By Jane Doe, RD · Updated March 3, 2026\nMagnesium 200 mg per capsule. $19.99', lex)).toBe('article');
  });
  it('three branded products each with its own amount is a comparison', () => {
    const lines = 'Best Overall: Thorne Magnesium Bisglycinate — 200 mg per scoop\nBest Budget: Nature Made Magnesium Oxide — 250 mg per tablet\nBest Gummy: OLLY Magnesium Gummies — 125 mg per 2 gummies';
    expect(comparesProducts(lines, lex)).toBe(true);
    const table = 'Product | Form | Magnesium per serving | Price\nThorne Magnesium Bisglycinate | Powder | 200 mg | $0.73\nNature Made Magnesium Oxide | Tablet | 250 mg | $0.07\nNOW Magnesium Citrate | Capsule | 400 mg | $0.22';
    expect(comparesProducts(table, lex)).toBe(true);
    expect(text(`Home › Supplements › Best Magnesium Supplements\n${table}\nTake 2 capsules daily.`).status).toBe('absent');
  });
  it('a facts panel with several magnesium rows is no comparison', () => {
    const facts = 'Supplement Facts\nMagnesium (as oxide) — 100 mg\nMagnesium (as citrate) — 50 mg\nMagnesium (as glycinate) — 50 mg';
    expect(comparesProducts(facts, lex)).toBe(false);
  });
});

describe('microdata Product scope', () => {
  it('a scope holding only title and price does not hide the facts tab and directions outside it', () => {
    const html = `<html><body><header><nav><a>Magnesium</a></nav></header>
      <div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Triple Magnesium Complex 400 mg</h1><span>$19.99</span></div>
      <div class="tabs"><label>Supplement Facts</label><table><tr><td>Serving Size: 2 Caplets</td></tr>
      <tr><td>Magnesium (as Magnesium Oxide)</td><td>400 mg</td><td>95%</td></tr></table>
      <label>Directions</label><p>Take one caplet twice daily with food.</p></div>
      <div class="recommendations"><a>Magnesium 500 mg - 120 Tablets</a> Take one tablet daily.</div></body></html>`;
    const r = doc('https://shop.example.com/magnesium/350410.html', html);
    expect(r).toMatchObject({ perServingMg: 400, serving: { count: 2, unit: 'caplet' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 400, max: 400 } });
  });
});
