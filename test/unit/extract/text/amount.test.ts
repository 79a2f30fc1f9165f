import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../src/extract/text/amount.ts';

const mg = (s: string) => findAmounts(s).map((a) => a.mg);

describe('findAmounts', () => {
  it('units: mg, g, mcg, µg, words', () => {
    expect(mg('200 mg')).toEqual([200]);
    expect(mg('1 g')).toEqual([1000]);
    expect(mg('400 mcg and 50 µg')).toEqual([0.4, 0.05]);
    expect(mg('2 grams')).toEqual([2000]);
    expect(mg('250 milligrams')).toEqual([250]);
  });
  it('thousands separators and decimal commas', () => {
    expect(mg('1,000 mg')).toEqual([1000]);
    expect(mg('187,5 mg')).toEqual([187.5]);
    expect(mg('241.3 mg')).toEqual([241.3]);
    expect(mg('90mg')).toEqual([90]);
  });
  it('thousands parted by a space ("1 000 mg", as French, Nordic, Czech and Polish labels print them)', () => {
    expect(mg('Magnésium | 1 000 mg | 100 mg')).toEqual([1000, 100]);
    expect(mg('12 000 mg')).toEqual([12000]);
  });
  it('a count before an amount is no thousands group ("take 2 500 mg tablets", "2 100mg capsules")', () => {
    expect(mg('take 2 500 mg tablets')).toEqual([500]);
    expect(mg('Serving: 2 100mg capsules')).toEqual([100]);
    expect(mg('Magnesium + Vitamin B6 200 mg Tablets')).toEqual([200]);
  });
  it('"<1 mg" is an upper bound', () => {
    const [a] = findAmounts('Magnesium <1 mg');
    expect(a).toMatchObject({ mg: 1, lessThan: true });
  });
  it('a row "Magnesium (as magnesium bisglycinate chelate) 200 mg 48%"', () => {
    expect(findAmounts('Magnesium (as magnesium bisglycinate chelate) 200 mg 48%').map((a) => a.raw)).toEqual(['200 mg']);
  });
  it('not inside words or codes', () => {
    expect(mg('B12 mgX')).toEqual([]);
    expect(mg('A-93250023 60ct 16oz')).toEqual([]);
    expect(mg('size 00 gelatin')).toEqual([]);
  });
});

describe('a dot before three digits', () => {
  it('is a decimal point before grams ("1.745 g"), the European thousands mark before mg ("1.000 mg")', () => {
    expect(mg('Magnesium citrate 1.745 g')).toEqual([1745]);
    expect(mg('Magnesiumcitrat 1.000 mg')).toEqual([1000]);
  });
});

describe('millimoles of the element (issue 8, round 9)', () => {
  it('"10 mmol" is read as the element\'s weight to the whole milligram, quoted verbatim', () => {
    expect(findAmounts('entsprechend 10 mmol Magnesium')).toMatchObject([{ mg: 243, raw: '10 mmol', unit: 'mmol' }]);
    expect(findAmounts('5 mmol')[0]?.mg).toBe(122);
  });
  it('a concentration in mmol/l is no amount', () => {
    expect(findAmounts('Serum level 0.7–1.0 mmol/l')).toEqual([]);
  });
  it('beside the same figure in milligrams, the label\'s own milligrams are read, not the conversion', () => {
    expect(findAmounts('entsprechend 121,5 mg bzw. 5,0 mmol Magnesium').map((a) => a.raw)).toEqual(['121,5 mg']);
    expect(findAmounts('10 mmol (243 mg) Magnesium').map((a) => a.raw)).toEqual(['243 mg']);
    expect(findAmounts('Magnesiumcitrat 1.500 mg, entsprechend 10 mmol Magnesium').map((a) => a.raw)).toEqual(['1.500 mg', '10 mmol']);
  });
  it('a millimole figure rounded to its printed digits echoes the mg figure it was rounded from', () => {
    // 1,54 mmol is 37.3-37.6 mg: the label's 37,5 mg is read, not 37 mg worked out from the mmol
    expect(findAmounts('entsprechend 37,5 mg Magnesium (1,54 mmol)').map((a) => a.raw)).toEqual(['37,5 mg']);
    // a figure outside the span is another amount
    expect(findAmounts('entsprechend 40 mg Magnesium (1,54 mmol)').map((a) => a.raw)).toEqual(['40 mg', '1,54 mmol']);
    // a whole number of millimoles keeps the 1% reach: "10 mmol" beside 250 mg is two figures
    expect(findAmounts('250 mg, 10 mmol').map((a) => a.raw)).toEqual(['250 mg', '10 mmol']);
  });
  it('the rounding span of a millimole figure holds only for its echo in brackets or said equal, not another thing\'s mg beside it (review 35)', () => {
    // 2,5 mmol is 59.5-62.0 mg: "Natrium 60 mg" after a comma is sodium's own figure, the mmol stays
    expect(findAmounts('Magnesium 2,5 mmol, Natrium 60 mg').map((a) => a.raw)).toEqual(['2,5 mmol', '60 mg']);
    expect(findAmounts('Magnesium 60 mg (2,5 mmol)').map((a) => a.raw)).toEqual(['60 mg']);
  });
});
