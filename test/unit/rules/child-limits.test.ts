// Children under every standard (clinical review, point 3): where a standard sets no limit for a
// child's age (EU ages 1-3; the UK's guidance level, for adults only), the US child limit of the
// IOM (1997) is used and said so; only babies under one year have no limit, and they never get a
// reassuring note. Published figures: docs/magnesium-reference.md, sections 1 and 2.
import { describe, expect, it } from 'vitest';
import { STANDARDS, type Standard } from '../../../src/core/profile.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, ids, profile, rendered, text, verdictText, warning } from './helpers.ts';

// [standard, age, mg a day, limit, level, the limit's label, the child note's sentence about the fallback (or null)]
const CHILDREN: [Standard, number, number, number, string, string, string | null][] = [
  ['eu', 1, 300, 65, 'over-limit', 'US upper limit, 1 to 3 years, used because the EU sets none for this age', 'The EU sets no limit for this age, so the US limit for young children is used.'],
  ['eu', 2, 300, 65, 'over-limit', 'US upper limit, 1 to 3 years, used because the EU sets none for this age', 'The EU sets no limit for this age, so the US limit for young children is used.'],
  ['eu', 3.9, 50, 65, 'within-limit', 'US upper limit, 1 to 3 years, used because the EU sets none for this age', 'The EU sets no limit for this age, so the US limit for young children is used.'],
  ['eu', 4, 300, 250, 'over-limit', 'EU upper limit, 4 years and over', null],
  ['uk', 2, 300, 65, 'over-limit', 'US upper limit, 1 to 3 years, used because the UK guidance level is for adults only', 'The UK guidance level is for adults only, so the US limit for this age is used.'],
  ['uk', 6, 100, 110, 'near-limit', 'US upper limit, 4 to 8 years, used because the UK guidance level is for adults only', 'The UK guidance level is for adults only, so the US limit for this age is used.'],
  ['uk', 17, 300, 350, 'within-limit', 'US upper limit, 9 years and over, used because the UK guidance level is for adults only', 'The UK guidance level is for adults only, so the US limit for this age is used.'],
  ['us', 2, 300, 65, 'over-limit', 'US upper limit, 1 to 3 years', null],
  ['canada', 2, 300, 65, 'over-limit', "Canadian upper limit (Health Canada's dietary reference tables), 1 to 3 years", null],
];

describe('a child always has a limit, and whose it is is said', () => {
  for (const [standard, age, mg, limit, level, label, fallback] of CHILDREN) {
    it(`${standard}, age ${age}, ${mg} mg a day: ${level} against ${limit} mg`, () => {
      const a = evaluate(daily(mg), profile({ ageYears: age, standard }));
      expect(a.limitMg).toBe(limit);
      expect(a.level).toBe(level);
      expect(text(a.limitSource)).toBe(label);
      const note = warning(a, 'child-limit');
      expect(note.title).toBe(`Child's limit: ${limit} mg a day`);
      if (fallback) expect(note.detail).toContain(fallback);
      else expect(note.detail).not.toMatch(/sets no limit|adults only/);
      // the fallback's source is cited beside the chosen standard's
      if (fallback) expect(a.limitSources).toEqual(expect.arrayContaining(['iom-1997']));
    });
  }

  it('every standard, every age from 1 to 17: a limit is set', () => {
    for (const standard of STANDARDS) {
      for (let age = 1; age < 18; age += 0.5) expect(evaluate(daily(10), profile({ ageYears: age, standard })).limitMg, `${standard} ${age}`).not.toBeNull();
    }
  });
});

describe('babies: no limit, never a reassuring note', () => {
  for (const standard of STANDARDS) {
    for (const age of [0, 0.3, 0.6, 0.99]) {
      it(`${standard}, age ${age}: ASK, no intake coverage, nothing that reads as "fine"`, () => {
        const a = evaluate(daily(20), profile({ ageYears: age, standard }));
        expect(a.limitMg).toBeNull();
        expect(verdictText(a)).toMatchObject({ kind: 'no-limit-for-age', badge: 'ASK' });
        expect(ids(a.warnings)).not.toContain('rda-coverage');
        const words = a.warnings.map(rendered).map((w) => `${w.title} ${w.detail}`).join(' ');
        expect(words).not.toMatch(/food has no upper limit|can supply the rest|within your/i);
        expect(words).toContain('paediatrician');
      });
    }
  }
});
