// extractFromText on label text in the shapes the issue lists.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../src/extract/index.ts';

const read = (t: string, url?: string) => extractFromText(t, url);

describe('extractFromText', () => {
  it('a US facts panel pasted as text', () => {
    const r = read('Supplement Facts\nServing Size: 2 Capsules\nServings Per Container: 60\nAmount Per Serving | % Daily Value\nMagnesium (as magnesium bisglycinate chelate) | 200 mg | 48%\nSuggested use: Take 2 capsules daily with food.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 200, basis: 'elemental', form: 'bisglycinate', serving: { count: 2, unit: 'capsule' }, servingsPerContainer: 60, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 200, max: 200 } });
    expect(r.evidence.find((e) => e.field === 'perServing')?.text).toContain('200 mg');
  });
  it('"1 g Magnesiumcitrat, davon 109 mg Magnesium": the elemental figure', () => {
    const r = read('Magnesiumcitrat Kapseln\nTagesdosis: 1 g Magnesiumcitrat, davon 109 mg Magnesium.\nVerzehrempfehlung: Täglich 1 Kapsel mit Wasser einnehmen.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 109, basis: 'elemental' });
  });
  it('"Magnesium Oxide 400 mg (241.3 mg elemental magnesium)"', () => {
    expect(read('Magnesium Oxide 400 mg (241.3 mg elemental magnesium) per tablet')).toMatchObject({ perServingMg: 241.3, basis: 'elemental' });
  });
  it('a compound weight alone is estimated with the highest plausible share', () => {
    const r = read('Magnesium Citrate 1,000 mg per serving\nServing Size: 2 tablets\nTake 2 tablets daily.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 162, basis: 'compound-estimate', form: 'citrate' });
  });
  it('European decimal comma', () => {
    expect(read('Nährwerte pro Tagesdosis\nMagnesium | 187,5 mg | 50 % NRV')).toMatchObject({ perServingMg: 187.5 });
  });
  it('%NRV as the only figure becomes a dv-estimate', () => {
    const r = read('Valeurs nutritionnelles\nServing size: 1 tablet\nMagnesium | 40 % VNR');
    expect(r.status).toBe('found');
    expect(r.basis).toBe('dv-estimate');
    expect(r.perServingMg).toBe(150);
  });
  it('reference values in marketing text are not doses', () => {
    const r = read('Magnesium Glycinate Capsules\nAdults need 300-400 mg of magnesium a day. The RDA for men is 420 mg.\nTake 2 capsules daily.');
    expect(r.status).toBe('unreadable');
    expect(r.perServingMg).toBeNull();
  });
  it('no directions: servingsPerDay and dailyMg are null', () => {
    const r = read('Bio-Magnesium 200mg - 60 tabs\nMagnesium is an essential dietary mineral.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 200, servingsPerDay: null, dailyMg: null });
  });
  it('a topical spray keeps its figures with route topical', () => {
    const r = read('Magnesium Oil Spray\nEach spray contains approximately 52 mg of elemental magnesium.\nTo use: 5 sprays on your skin (per day).');
    expect(r).toMatchObject({ route: 'topical', perServingMg: 52, servingsPerDay: { min: 5, max: 5 }, dailyMg: { min: 260, max: 260 } });
  });
  it('text without magnesium is absent', () => {
    expect(read('Vitamin C 1,000 mg\nTake 1 tablet daily.').status).toBe('absent');
    expect(read('').status).toBe('absent');
  });
  it('an article is absent', () => {
    const art = 'You see it on the shelf. ' + 'I think you should know your magnesium. You might take 250 mg if you want. '.repeat(20) + '👉 See also: other posts';
    expect(read(art).status).toBe('absent');
  });
  it('a search URL is absent', () => {
    expect(read('Magnesium Glycinate 400 mg 120 caps', 'https://www.example.com/search?q=magnesium').status).toBe('absent');
  });
});

describe('label rows with reference wording on the same line', () => {
  it('"Magnesium 375 mg (100 % NRV)" is the dose', () => {
    expect(extractFromText('Nährwerte pro Tagesdosis (2 Kapseln)\nMagnesium 375 mg (100 % NRV*)\nTäglich 2 Kapseln einnehmen.')).toMatchObject({ status: 'found', perServingMg: 375 });
  });
  it('"The recommended daily allowance of magnesium is 400 mg" is not', () => {
    expect(extractFromText('Magnesium Tablets\nThe recommended daily allowance of magnesium is 400 mg.').perServingMg).toBeNull();
  });
});

describe('flattened panels and inline servings', () => {
  it('a facts panel flattened onto one line', () => {
    const r = extractFromText('Supplement Facts Serving Size 2 Capsules Servings Per Container 60 Amount Per Serving %DV Magnesium (as Magnesium Glycinate) 200 mg 48% Zinc (as zinc citrate) 10 mg 91% Suggested use: take 2 capsules daily.');
    expect(r).toMatchObject({ perServingMg: 200, basis: 'elemental', serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 } });
  });
  it('"Each serving (3 tablets) provides ... Magnesium 400 mg"', () => {
    const r = extractFromText('Calcium Magnesium Zinc\nEach serving (3 tablets) provides Calcium 1000 mg, Magnesium 400 mg and Zinc 15 mg. Take 3 tablets daily.');
    expect(r).toMatchObject({ perServingMg: 400, serving: { count: 3, unit: 'tablet' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 400, max: 400 } });
  });
});

describe('a per-unit composition header against a daily-dose sentence (issue 8, round 8)', () => {
  it('"(per tablet)" amounts, 2 tablets 2 times a day: four servings, never one', () => {
    const r = read('Cal-Mag Tablets\nMedicinal Ingredients (per tablet):\nMagnesium (magnesium citrate) ........ 75 mg\nRecommended Dose: Adults: Take 2 tablets 2 times per day with food.\nEach daily dose of 4 tablets provides 300 mg of magnesium.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 75, servingsPerDay: { min: 4, max: 4 }, dailyMg: { min: 300, max: 300 } });
  });
});

describe('a medicine stating the element in millimoles (issue 8, round 9)', () => {
  it('"entsprechend 10 mmol Magnesium" under the citrate\'s weight: 243 mg of the element a tablet', () => {
    const r = read('Magnesium Brausetabletten\n1 Brausetablette enthält: Magnesiumcitrat (wasserfrei) 1.500 mg, entsprechend 10 mmol Magnesium.\nDosierung: Erwachsene 1 Brausetablette 1- bis 2-mal täglich.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 243, basis: 'elemental', dailyMg: { min: 243, max: 486 } });
    expect(r.evidence.find((e) => e.field === 'perServing')?.text).toContain('10 mmol');
  });
});

describe('a text page\'s title is never a cross-sell card (issue 8, round 9)', () => {
  it('the first line naming the nutrient under "Frequently bought together" is another product: a multivitamin without it stays absent', () => {
    const r = read('Lumen Women\'s Multivitamin Gummies\n90 ea\n$13.99\nFrequently bought together\nLumen Magnesium Glycinate 200 mg Gummies 60 ea\nProduct Details\nA daily multivitamin gummy with vitamins A, C, D3, E and B12.\nDirections: Take 2 gummies daily.');
    expect(r.product.name ?? '').not.toContain('Magnesium');
    expect(r.status).toBe('absent');
  });
});

describe('a text page\'s title is the line its category path ends with', () => {
  it('a menu line naming the nutrient above "Home / Sleep / <name>" and that name on its own line is no title: another supplement stays absent', () => {
    const r = read('Acme Naturals\nShop Sleep & Stress Energy Magnesium Gifts About\nHome / Sleep & Stress / Acme Valerian Root 450mg – 60 Capsules\nAcme Valerian Root 450mg – 60 Capsules\n$24.95 Add to cart\nEach capsule contains: valerian root extract 450 mg. Also contains: magnesium stearate.\nAdults: take 1 capsule at night.\nPairs well with\nAcme Magnesium Glycinate Powder – 300 mg per scoop – $39.95');
    expect(r.product.name).toBe('Acme Valerian Root 450mg – 60 Capsules');
    expect(r.status).toBe('absent');
  });
  it('the nutrient\'s own product named by its path\'s last part keeps that name and its reading', () => {
    const r = read('Acme Naturals\nHome / Minerals / Acme Magnesium Citrate 200mg – 90 Tablets\nAcme Magnesium Citrate 200mg – 90 Tablets\n$14.95 Add to cart\nEach tablet contains: Magnesium (as citrate) 200 mg\nAdults: take 1 tablet daily.');
    expect(r.product.name).toBe('Acme Magnesium Citrate 200mg – 90 Tablets');
    expect(r).toMatchObject({ status: 'found', perServingMg: 200 });
  });
  it('a path ending in a category ("Home / Minerals / Zinc") over that category\'s heading names no product: the nutrient\'s own product line stays the title, never read absent', () => {
    const r = read('Nordic Minerals\nHome / Minerals / Zinc\nZinc\nMagnesium + Zinc 400 mg – 90 Tablets\n$19.99\nAdd to cart\nDirections: Take 1 tablet daily with water.');
    expect(r.product.name).toBe('Magnesium + Zinc 400 mg – 90 Tablets');
    expect(r.status).not.toBe('absent');
    const s = read('Nordic Minerals\nHome / Minerals / Sleep Support\nSleep Support\nMagnesium Citrate 400 mg – 90 Tablets\n$19.99\nAdd to cart\nDirections: Take 1 tablet daily with water.');
    expect(s.product.name).toBe('Magnesium Citrate 400 mg – 90 Tablets');
    expect(s.status).not.toBe('absent');
  });
});

describe('a text page\'s title may hold an abbreviation\'s stop', () => {
  it('"Acme Mineral Co. Liquid Magnesium 50 mL" is the title, not the facts row under it that names the nutrient', () => {
    const r = read('Acme Health Store\nAcme Mineral Co. Liquid Magnesium 50 mL\n$19.90\nEach 1 mL contains:\nMagnesium (from chloride) 100 mg\nTake 1 mL daily in water.');
    expect(r.product.name).toBe('Acme Mineral Co. Liquid Magnesium 50 mL');
    // (the row is the label's, not the title's: label confidence)
    expect(r).toMatchObject({ perServingMg: 100, confidence: 'label' });
  });
  it('a line of two sentences is still no title', () => {
    expect(read('Magnesium in every tablet. Take one daily\nAcme Magnesium 100 mg Tablets\nMagnesium 100 mg').product.name).toBe('Acme Magnesium 100 mg Tablets');
  });
});

describe('a form named between the amount and the element (issue 8, round 8)', () => {
  it('"470 mg mleczanu magnezu (co odpowiada 48 mg jonów magnezu)": the lactate\'s weight, and the 48 mg of the element is read', () => {
    const r = read('Magnez B6, 50 tabletek\n1 tabletka zawiera: 470 mg mleczanu magnezu dwuwodnego (co odpowiada 48 mg jonów magnezu).\nDorośli: 2 tabletki 3 razy na dobę.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 48, basis: 'elemental' });
  });
  it('"500 mg de citrate de magnésium" alone is the citrate\'s weight, estimated, never 500 mg of the element', () => {
    const r = read('Citrate de magnésium, 60 gélules\nChaque gélule apporte 500 mg de citrate de magnésium.\n1 gélule par jour.');
    expect(r).toMatchObject({ status: 'found', basis: 'compound-estimate', perServingMg: 81 });
  });
});

describe('a page that says its product holds none of the nutrient, and reviews under a rating with its count (round 73)', () => {
  it('"This product does not contain magnesium" beside advice and cross-sells that name it: absent', () => {
    const page = ['Acme Vitamin D3 + K2 Drops, 1 fl oz', 'PAIRS WELL WITH MAGNESIUM: many customers take 200 to 400 mg of magnesium a day.',
      'This product does not contain magnesium.', 'Try our Calcium Magnesium Zinc + D3 tablets with 400 mg magnesium per serving.', 'Directions: take 1 drop daily.'].join('\n');
    expect(read(page)).toMatchObject({ status: 'absent', perServingMg: null, dailyMg: null });
  });
  it('an excipient\'s "free of magnesium stearate" says nothing of the nutrient: a magnesium product stays read', () => {
    const page = ['Acme Magnesium Glycinate 120 Capsules', 'Supplement Facts', 'Serving Size 2 Capsules', 'Magnesium (as magnesium glycinate) 200 mg 48%',
      'Free of magnesium stearate. Contains no magnesium stearate.', 'Directions: take 2 capsules daily.'].join('\n');
    expect(read(page)).toMatchObject({ status: 'found', perServingMg: 200, dailyMg: { min: 200, max: 200 } });
  });
  it('a review under "4,5 de 5   286 opiniones" is a customer\'s: its 300 mg is no dose of a product whose amount is hidden', () => {
    const page = ['Nutrilux Colágeno con Magnesio sabor limón 350 g', 'Ingredientes', 'Colágeno hidrolizado, carbonato de magnesio, aroma natural de limón.',
      'Modo de empleo: Tomar 2 cucharadas soperas rasas al día.', 'Información nutricional', 'Ver más ▾', 'Opiniones de clientes', '4,5 de 5   286 opiniones',
      'Lo tomo desde hace un año   ★★★★★   Mercedes, 58 años', 'Me lo recomendó mi farmacéutica. Antes tomaba magnesio en comprimidos de 300 mg aparte.'].join('\n');
    expect(read(page)).toMatchObject({ status: 'unreadable', perServingMg: null, dailyMg: null });
  });
});

describe('a share of the Daily Value "for" the nutrient in a bullet, the facts a picture (round 74)', () => {
  it('"each 2-gummy serving delivers 25% of the Daily Value for magnesium": an estimate, never green', () => {
    const r = read(['Acme Magnesium Citrate Gummies, 60 Count', 'See the Supplement Facts image for the full panel.',
      '25% DAILY VALUE PER SERVING: each 2-gummy serving delivers 25% of the Daily Value for magnesium.', 'Serving size 2 Gummies', 'Adults: chew 2 gummies per day.'].join('\n'));
    expect(r).toMatchObject({ status: 'found', perServingMg: 105, basis: 'dv-estimate', dailyMg: { min: 105, max: 105 }, confidence: 'weak' });
  });
  it('"25% of the Daily Value for adults" names no nutrient', () => {
    expect(read(['Acme Calcium Chews, 60 Count', 'Each chew delivers 25% of the Daily Value for adults.'].join('\n')).perServingMg).toBeNull();
  });
});

describe('a table pasted as text, a data row of weights under its header (round 75)', () => {
  it('"de las cuales colágeno hidrolizado   80 g   8 g" is no header: the day\'s column is read', () => {
    const page = ['ARTICALM Colágeno con Magnesio sabor limón 350 g', 'Modo de empleo', 'Tomar 1 cacito dosificador (10 g) al día disuelto en 200 ml de agua.', 'Información nutricional',
      '                          Por 100 g        Por dosis diaria (10 g)     %VRN*', 'Proteínas                 85 g             8,5 g',
      '  de las cuales colágeno hidrolizado   80 g   8 g', 'Magnesio                  1200 mg          120 mg                       32%'].join('\n');
    expect(read(page)).toMatchObject({ status: 'found', perServingMg: 120, dailyMg: { min: 120, max: 120 } });
  });
});
