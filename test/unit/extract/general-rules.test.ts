// General rules added after the held-out run (test/fixtures/holdout/REPORT.md), each on small
// inline inputs of its own so a rule is checked apart from any one fixture page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../../../src/extract/index.ts';
import { PageIndex } from '../../../src/extract/page-index.ts';
import { adapterFor } from '../../../src/extract/stores/index.ts';
import { endsInPrice } from '../../../src/extract/stages/reject.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';
import { isListingText } from '../../../src/extract/page-kind.ts';

const text = (t: string, url?: string) => extractFromText(t, url);
const doc = (url: string, html: string) => extractFromDocument(parseHTML(html).document as unknown as Document, url);

describe('package contents and implausible amounts', () => {
  it('a weight in grams with a pack word is the package, never a dose', () => {
    const r = text('Magnesiumcitrat Pulver 500 g\nInhalt: 500 g (ca. 250 Portionen)\nVerzehrempfehlung: 2 x täglich 1 Messlöffel.');
    expect(r.perServingMg).toBeNull();
    expect(r.status).toBe('unreadable');
  });
  it('no per-serving figure above 1,000 mg elemental is accepted; the next one is taken', () => {
    const r = text('Magnesium Citrate 12000 mg per serving\nEach capsule provides 150 mg of elemental magnesium.\nTake 1 capsule daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 150 });
  });
  it('"davon N mg Magnesium" is the elemental amount of the compound and wins over it', () => {
    const r = text('Magnesium Pulver\npro Messlöffel (1 g): 1 g Magnesiumcitrat, davon 109 mg Magnesium (29 % NRV*)\n2 x täglich 1 Messlöffel einrühren.');
    expect(r).toMatchObject({ perServingMg: 109, basis: 'elemental', form: 'citrate', servingsPerDay: { min: 2, max: 2 } });
  });
  it('"apportant Magnésium" on the row after the compound row', () => {
    const r = text('Composition pour 2 gélules\nOxyde de magnésium | 500 mg\napportant Magnésium | 300 mg | 80 %\n2 gélules par jour.');
    expect(r).toMatchObject({ perServingMg: 300, basis: 'elemental', form: 'oxide', servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('a line ending in a price is a product card, not label text', () => {
    expect(endsInPrice('Magnesium Bisglycinat Kapseln 120 Stück – 200 mg pro Kapsel 19,95 €')).toBe(true);
    expect(endsInPrice('Magnesium Citrate 150mg 90 Capsules £8.99')).toBe(true);
    expect(endsInPrice('Glicinato de Magnesio 500 mg 90 cápsulas $429.00')).toBe(true);
    expect(endsInPrice('Magnesium (as citrate) 200 mg 48%')).toBe(false);
    const r = text('Magnesium Kapseln\nDas könnte Ihnen auch gefallen\nMagnesium Bisglycinat Kapseln – 200 mg pro Kapsel 19,95 €');
    expect(r.perServingMg).toBeNull();
  });
});

describe('amounts stated per day', () => {
  it('"300 mg de magnésium par jour" is the daily total, never multiplied by 2 capsules', () => {
    const r = text('Magnésium marin\n300 mg de magnésium par jour.\nConseils : 2 gélules par jour.');
    expect(r).toMatchObject({ perServingMg: 300, serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('an amount per serving is preferred over one per day', () => {
    const r = text('Magnesium Kapseln\npro Tagesdosis (2 Kapseln): davon 300 mg Magnesium\nje Kapsel 150 mg Magnesium\nTäglich 2 Kapseln.');
    expect(r).toMatchObject({ perServingMg: 150, dailyMg: { min: 300, max: 300 } });
  });
});

describe('%DV / %NRV only', () => {
  it('a magnesium line with "50% DV" and no mg gives 210 mg, dv-estimate', () => {
    const r = text('Serving Size: 1 Softgel\nMagnesium (as magnesium oxide) 50% DV\nAdults take 1 softgel daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 210, basis: 'dv-estimate', servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 210, max: 210 } });
  });
  it('"50% DV per softgel" in a sentence', () => {
    expect(text('Magnesium Softgels\nExcellent source of magnesium: 50% DV per softgel')).toMatchObject({ perServingMg: 210, basis: 'dv-estimate', serving: { count: 1, unit: 'softgel' } });
  });
  it('NRV uses 375 mg', () => {
    expect(text('Magnesium Tabletten\nMagnesium 40 % NRV pro Tablette')).toMatchObject({ perServingMg: 150, basis: 'dv-estimate' });
  });
  it('"The Daily Value for adults is 420 mg" is a reference, not the dose', () => {
    expect(text('Magnesium Softgels\nThe Daily Value for adults is 420 mg.').perServingMg).toBeNull();
  });
});

describe('the URL picks the store adapter', () => {
  const html = '<html><body><div id="ppd"><h1 id="productTitle">Magnesium Softgels</h1></div></body></html>';
  const ix = () => new PageIndex(parseHTML(html).document as unknown as Document);
  it('h1#productTitle on another host is not Amazon', () => {
    expect(adapterFor('https://www.walgreens.com/store/c/x/ID=1-product', ix()).name).toBe('generic');
  });
  it('without a URL, one Amazon id is not enough either', () => {
    expect(adapterFor('', ix()).name).toBe('generic');
  });
  it('an Amazon host is Amazon', () => {
    expect(adapterFor('https://www.amazon.de/dp/B000', ix()).name).toBe('amazon');
  });
});

describe('listings', () => {
  const listing = 'Magnesium\nShowing 1-12 of 48 products\nSort by: Best sellers\nA Magnesium 375mg 60 Tablets\n£6.49\nAdd to basket\nB Magnesium Citrate 200mg\n£13.75\nAdd to basket\nC Magnesium 150mg\n£16.50\nAdd to basket';
  it('a category listing as text is absent', () => {
    expect(text(listing, 'https://shop.example.co.uk/minerals/magnesium')).toMatchObject({ status: 'absent', pageKind: 'category', perServingMg: null });
  });
  it('each cue alone', () => {
    expect(isListingText('Showing 1–24 of 310 results')).toBe(true);
    expect(isListingText('x\nAdd to cart\ny\nAdd to cart\nz\nAdd to cart')).toBe(true);
    expect(isListingText('Sort by: Price\n£1.00\n£2.00\n£3.00')).toBe(true);
  });
  it('a product page with one price and cross-sell lines is not a listing', () => {
    expect(isListingText('Magnesium 375mg\n£6.49\nAdd to basket\nCustomers also bought\nMagnesium Citrate 150mg £8.99\nZinc 15mg £3.99\nCalcium £4.99')).toBe(false);
  });
  it('an HTML page whose kind was only guessed from its heading', () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<p>Magnesium ${i + 1}00mg Tablets</p><p>£${i + 5}.99</p>`).join('');
    const r = doc('https://shop.example.co.uk/minerals/magnesium', `<html><body><main><h1>Magnesium</h1><p>Showing 1-4 of 4 products</p>${cards}</main></body></html>`);
    expect(r).toMatchObject({ status: 'absent', pageKind: 'category' });
  });
});

describe('unreadable needs a supplement', () => {
  it('a non-supplement naming magnesium, "do not ingest", is absent', () => {
    expect(text('Magnesium Fire Starter Block\nShave magnesium flakes into a pile. Do not ingest.').status).toBe('absent');
  });
  it('a non-health category without a dose form is absent', () => {
    expect(text('Home > Outdoors > Camping > Fire Starters\nMagnesium Fire Starter Block\nStrike the flint.').status).toBe('absent');
  });
  it('a dose form, supplement wording or a health category keeps it unreadable', () => {
    expect(text('Magnesium Complex 100 Capsules\nSee images for details.').status).toBe('unreadable');
    expect(text('Magnesium Complex\nDietary supplement. See label.').status).toBe('unreadable');
    expect(text('Home > Vitamins & Supplements > Minerals\nMagnesium Complex\nSee label.').status).toBe('unreadable');
  });
  it('a text page with no title line: its opening words and plural "dietary supplements" count', () => {
    expect(text('Magnesium Tablets are dietary supplements that provide magnesium, an essential mineral.\nMagnesium supports muscles. Adults: 310-420 mg.').status).toBe('unreadable');
    expect(text('Magnesium Fire Starter. Statements regarding dietary supplements have not been evaluated.').status).toBe('absent');
  });
  it('a product with no magnesium still gets its servings per day from the directions', () => {
    const r = text('Calcium 600 mg + D3 Tablets\nSuggested use: Take 1 tablet twice daily with food.');
    expect(r).toMatchObject({ status: 'absent', servingsPerDay: { min: 2, max: 2 } });
  });
});

describe('"N-M times daily" with no unit', () => {
  it('"Spray 10–20 times daily" is 10-20 sprays', () => {
    const d = parseDirections('Shake well. Spray 10–20 times daily onto arms and legs.');
    expect(d.range).toMatchObject({ min: 10, max: 20, unit: 'spray' });
  });
  it('with a one-spray serving it gives the daily range', () => {
    const r = text('Magnesium Oil Spray\nEach spray delivers approximately 15 mg of elemental magnesium.\nSpray 10 to 20 times daily onto the skin.');
    expect(r).toMatchObject({ perServingMg: 15, servingsPerDay: { min: 10, max: 20 }, dailyMg: { min: 150, max: 300 } });
  });
  it('"Apply 2-3 times daily" counts servings only when the serving is known', () => {
    expect(text('Magnesium Lotion\nEach pump provides 50 mg of magnesium.\nApply 2-3 times daily.')).toMatchObject({ servingsPerDay: { min: 2, max: 3 } });
    expect(text('Magnesium Lotion 200 mg\nApply 2-3 times daily.').servingsPerDay).toBeNull();
  });
});
