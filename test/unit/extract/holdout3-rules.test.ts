// General rules added after the third held-out run (test/fixtures/holdout3/REPORT.md), each on
// small inline inputs of its own so a rule is checked apart from any one fixture page.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../src/extract/index.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';

const text = (t: string, url?: string) => extractFromText(t, url);

describe('holdout3 rules', () => {
  it('"(from 700mg Magnesium Citrate)" is the source compound, the amount before it is elemental', () => {
    const r = text('Magnesium Citrate 100mg 120 Tablets\nEach tablet contains:\nMagnesium 100mg (from 700mg Magnesium Citrate) 27% NRV\nDosage: 1 tablet twice a day with meals.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 100, servingsPerDay: { min: 2, max: 2 }, dailyMg: { min: 200, max: 200 } });
  });
  it('"Elemental magnesium: 120 mg per tablet (from 200 mg magnesium oxide)"', () => {
    const r = text('Magnesium Oxide Tablets\nElemental magnesium: 120 mg per tablet (from 200 mg magnesium oxide)\nTake 1 tablet daily.');
    expect(r).toMatchObject({ perServingMg: 120, basis: 'elemental', dailyMg: { min: 120, max: 120 } });
  });
  it('"up to 3 times daily" starts at once a day', () => {
    expect(parseDirections('Take 1-2 tablets up to 3 times daily with water.').range).toMatchObject({ min: 1, max: 6 });
    expect(parseDirections('Take 1 capsule 3 times daily.').range).toMatchObject({ min: 3, max: 3 });
  });
  it('a threshold in a warning ("more than 250 mg of magnesium ... laxative") is not the dose', () => {
    const r = text('Magnesium Citrate Powder 250 g\nFood supplement\nA daily intake of more than 250 mg of magnesium from supplements may have a laxative effect.');
    expect(r.perServingMg).toBeNull();
  });
  it('a label line with amounts per 100 g and per serving gives the serving amount', () => {
    const r = text('Magnesium Citrate Powder 250 g\nMagnesium: per 100 g: 12,5 g; per 5 g serving: 625 mg (167% NRV*)\nUsage: Mix one level measuring scoop (5 g) with 250 ml of water once a day.');
    expect(r).toMatchObject({ status: 'found', perServingMg: 625, dailyMg: { min: 625, max: 625 } });
    expect(text('Magnesium Powder\nMagnesium 300 mg per 100 g, food supplement').perServingMg).toBeNull();
  });
  it('a first-person review quoting an intake is not the product\'s dose', () => {
    const r = text('SunPure Vitamin D3 + K2 - 120 Capsules\nSupplement Facts\nServing Size: 1 Capsule\nVitamin D3 125 mcg\nOther ingredients: magnesium stearate.\nPairs well with a magnesium supplement.\nJenna - "I take this with my 400 mg magnesium glycinate every night."\nSuggested Use: Take 1 capsule daily.');
    expect(r).toMatchObject({ status: 'absent', perServingMg: null, dailyMg: null });
  });
  it('"per 4 capsules" after the amount sets the serving', () => {
    const r = text('Magnesium Glycinate 240 Capsules\nContains 1000mg magnesium glycinate (providing 140mg elemental magnesium) per 4 capsules.\nTake 4 capsules daily.');
    expect(r).toMatchObject({ perServingMg: 140, serving: { count: 4, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 140, max: 140 } });
  });
  it('a line headed "Per 3 caplets:" sets the serving of the amounts on it', () => {
    const r = text('Calcium Magnesium Zinc, 180 Caplets\n- Per 3 caplets: Calcium 600 mg · Magnesium 300 mg · Zinc 10 mg\nDirections: Adults: take 3 caplets daily in divided doses with meals.');
    expect(r).toMatchObject({ perServingMg: 300, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('"Two capsules daily supply 300mg elemental magnesium" is a daily total', () => {
    const r = text('Magnesium Citrate Capsules\nTwo capsules daily supply 300mg elemental magnesium from magnesium citrate.\nFor adults, take two capsules daily, preferably with a meal.');
    expect(r).toMatchObject({ perServingMg: 300, dailyMg: { min: 300, max: 300 } });
  });
  it('"je 90mg reines Magnesium / Kapsel" is still per capsule ("je" is no basis quantity)', () => {
    const r = text('Magnesiumcitrat 60 Kapseln\nTäglich 2 Kapseln (je 90mg reines Magnesium / Kapsel) mit 200ml Flüssigkeit einnehmen.');
    expect(r).toMatchObject({ perServingMg: 90, dailyMg: { min: 180, max: 180 } });
  });
});
