// The right words (clinical review, point 7): the UK figure is a guidance level (the Expert Group
// on Vitamins and Minerals, 2003, found the data too weak for a safe upper level); Canada's limit
// comes from Health Canada's DRI tables, and a licensed Canadian product (NPN) is told that the
// monograph allows adult products up to 500 mg a day; a pregnant or breastfeeding teenager is not
// sent to a paediatrician.
import { describe, expect, it } from 'vitest';
import { STANDARDS } from '../../../src/core/profile.ts';
import { SOURCES } from '../../../src/data/sources.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, ids, profile, rendered, text, warning } from './helpers.ts';

const everything = (a: ReturnType<typeof evaluate>) =>
  [text(a.limitSource), text(a.verdict.headline), a.verdict.reason ? text(a.verdict.reason) : '', ...a.warnings.map(rendered).flatMap((w) => [w.title, w.detail])].join(' ');

describe('UK: a guidance level, never a "safe upper level"', () => {
  for (const [age, mg] of [[30, 390], [30, 401], [18, 100], [12, 100], [null, 100]] as const) {
    it(`age ${age ?? 'not given'}, ${mg} mg a day`, () => {
      const a = evaluate(daily(mg), profile({ ageYears: age, standard: 'uk' }));
      expect(everything(a)).not.toMatch(/safe upper level|\bUL\b/i);
      expect(text(a.limitSource)).toMatch(/UK guidance level/);
      expect(a.limitSources).toContain('evm-2003');
    });
  }
  it('the source says why it is a guidance level', () => {
    expect(SOURCES['evm-2003'].citation).toContain('guidance level');
    expect(SOURCES['evm-2003'].citation).toContain('too weak to set a safe upper level');
  });
});

describe('Canada: the DRI tables for the limit; the monograph only for licensed products', () => {
  it('the limit cites Health Canada\'s DRI tables, not the monograph', () => {
    const a = evaluate(daily(100), profile({ ageYears: 40, standard: 'canada' }));
    expect(a.limitSources).toEqual(['health-canada-dri']);
    expect(text(a.limitSource)).toBe("Canadian upper limit (Health Canada's dietary reference tables), 9 years and over");
  });
  // [licence, age, standard, note expected]
  const table: [boolean, number | null, 'canada' | 'us' | 'eu', boolean][] = [
    [true, 40, 'canada', true],
    [true, null, 'canada', true],
    [true, 40, 'us', true],
    [true, 40, 'eu', true],
    [true, 12, 'canada', false],
    [false, 40, 'canada', false],
  ];
  for (const [licensed, age, standard, shown] of table) {
    it(`${licensed ? 'NPN' : 'no licence'}, age ${age ?? 'not given'}, ${standard}: ${shown ? 'the monograph note' : 'no note'}`, () => {
      const r = daily(450, { licence: licensed ? { scheme: 'ca-npn', number: '80075249' } : null });
      const a = evaluate(r, profile({ ageYears: age, standard }));
      expect(ids(a.warnings).includes('licensed-product')).toBe(shown);
      if (shown) {
        const w = warning(a, 'licensed-product');
        expect(w.detail).toContain('NPN 80075249');
        expect(w.detail).toContain('up to 500 mg a day');
        expect(w.detail).toContain('upper limit of 350 mg a day in its dietary reference tables');
        expect(w.detail).toContain('Dose Guard still checks against your limit');
        expect(w.sources).toEqual(['health-canada-monograph', 'health-canada-dri']);
        // it never changes the verdict: 450 mg a day is over the limit of every standard here
        expect(a.verdict.kind).toBe('over');
      }
    });
  }
});

describe('a pregnant or breastfeeding teenager is not sent to a paediatrician', () => {
  for (const standard of STANDARDS) {
    for (const age of [14, 16, 17, 17.9]) {
      for (const stage of ['pregnant', 'lactating'] as const) {
        it(`${standard}, ${age}, ${stage}`, () => {
          const a = evaluate(daily(100), profile({ ageYears: age, sex: 'female', standard, [stage]: true }));
          const words = everything(a);
          expect(words).not.toMatch(/paediatrician/i);
          expect(words).toContain('midwife');
        });
      }
    }
  }
  it('a 6-year-old\'s parent still is', () => {
    expect(warning(evaluate(daily(50), profile({ ageYears: 6 })), 'child-limit').detail).toContain('Ask a paediatrician or pharmacist before giving a child an adult product.');
  });
  it('a 15-year-old, whose limit is an adult\'s, is sent to a doctor or pharmacist', () => {
    expect(warning(evaluate(daily(50), profile({ ageYears: 15 })), 'child-limit').detail).toContain('Ask a doctor or pharmacist before taking a product made for adults.');
  });
});
