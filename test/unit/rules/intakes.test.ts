// Whose intake figures (clinical review, point 6): under the EU standard the adequate intakes of
// EFSA (2015); under the US, UK and Canadian standards the US RDAs (IOM 1997), named as such; never
// mixed silently: every intake sentence names whose figure it is, and its source is cited.
// Published figures: docs/magnesium-reference.md, sections 1 and 2; EFSA's bands for children
// (7-11 months 80, 1-<3 y 170, 3-<10 y 230, 10-<18 y 300 boys / 250 girls) from its 2015 opinion.
import { describe, expect, it } from 'vitest';
import type { Sex, Standard } from '../../../src/core/profile.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, profile, text, warning } from './helpers.ts';

// [standard, sex, age, stage, mg, kind, whose (said in the sentence), source]
const TABLE: [Standard, Sex, number | null, 'pregnant' | 'lactating' | null, number, 'RDA' | 'AI', string, string][] = [
  ['us', 'female', 40, null, 320, 'RDA', '(US reference values)', 'iom-1997'],
  ['uk', 'female', 40, null, 320, 'RDA', '(US reference values)', 'iom-1997'],
  ['canada', 'female', 40, null, 320, 'RDA', '(US reference values)', 'iom-1997'],
  ['us', 'male', 40, null, 420, 'RDA', '(US reference values)', 'iom-1997'],
  ['eu', 'female', 40, null, 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'male', 40, null, 350, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 18, null, 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 30, 'pregnant', 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 30, 'lactating', 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 16, 'pregnant', 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['us', 'female', 30, 'pregnant', 350, 'RDA', '(US reference values)', 'iom-1997'],
  ['eu', 'female', 15, null, 250, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'male', 15, null, 300, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 5, null, 230, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 2, null, 170, 'AI', '(EU reference values)', 'efsa-2015'],
  ['eu', 'female', 0.8, null, 80, 'AI', '(EU reference values)', 'efsa-2015'],
  // EFSA sets none under 7 months: the US adequate intake, said so
  ['eu', 'female', 0.2, null, 30, 'AI', 'The EU sets no amount for babies, 0 to 6 months; the US reference values judge 30 mg a day adequate', 'iom-1997'],
  ['us', 'female', 0.2, null, 30, 'AI', 'no recommended amount is set at this age', 'iom-1997'],
];

describe('the intake of the chosen standard, named', () => {
  for (const [standard, sex, age, stage, mg, kind, whose, source] of TABLE) {
    it(`${standard}, ${sex}, ${age ?? 'no age'}${stage ? `, ${stage}` : ''}: ${mg} mg (${kind})`, () => {
      const p = profile({ ageYears: age, sex, standard, pregnant: stage === 'pregnant', lactating: stage === 'lactating' });
      const a = evaluate(daily(10), p);
      expect(a.rda?.mg).toEqual({ min: mg, max: mg });
      expect(a.rda?.kind).toBe(kind);
      expect(a.rda?.sources).toContain(source);
      if (a.level !== 'no-limit') {
        const note = warning(a, 'rda-coverage');
        expect(note.detail).toContain(whose);
        expect(note.detail).toContain(`${mg} mg a day`);
        expect(note.sources).toContain(source);
      }
      if (stage) {
        const note = warning(a, stage === 'pregnant' ? 'pregnancy' : 'lactation');
        expect(note.detail).toContain(whose);
        expect(note.sources).toContain(source);
      }
    });
  }

  it('the EU standard never cites the US intake table for an adult, nor the US one EFSA', () => {
    const eu = evaluate(daily(100), profile({ ageYears: 40, sex: 'female', standard: 'eu' }));
    expect(eu.rda?.sources).toEqual(['efsa-2015']);
    const us = evaluate(daily(100), profile({ ageYears: 40, sex: 'female', standard: 'us' }));
    expect(us.rda?.sources).not.toContain('efsa-2015');
  });

  it('plain words: no "RDA" or "AI" in what the user reads', () => {
    for (const standard of ['us', 'eu'] as const) {
      const a = evaluate(daily(100), profile({ ageYears: 40, sex: 'female', standard, pregnant: true }));
      const words = a.warnings.map((w) => `${text(w.title)} ${text(w.detail)}`).join(' ');
      expect(words).not.toMatch(/\b(RDA|AI|UL|DV)\b/);
    }
  });
});
