// What the risk is (clinical review, point 5): over the limit, say what the limit protects against
// (diarrhea and cramps in healthy people, IOM 1997), so a little over is a caution, not a danger;
// say when to see a doctor (the symptoms of too much magnesium, NIH fact sheet); keep "danger" for
// kidney disease and very large doses (deaths reported above 5,000 mg a day of laxatives or
// antacids, NIH fact sheet).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nutrientData } from '../../../src/data/nutrients.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, ids, profile, warning } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });
const data = nutrientData('magnesium');

describe('severity follows the risk', () => {
  // [mg a day, profile extras, over-limit severity (null: none), very large dose, symptoms note]
  const table: [number, object, string | null, boolean, boolean][] = [
    [300, {}, null, false, false],
    [350, {}, null, false, false],
    [351, {}, 'caution', false, true],
    [700, {}, 'caution', false, true],
    [4999, {}, 'caution', false, true],
    [5000, {}, 'caution', true, true],
    [8000, {}, 'caution', true, true],
    [66, { conditions: ['kidney-disease'] }, null, false, true],
    [5000, { doctorLimitMg: 6000 }, null, true, true],
  ];
  for (const [mg, over, overSeverity, veryLarge, symptoms] of table) {
    it(`${mg} mg a day ${JSON.stringify(over)}`, () => {
      const a = evaluate(daily(mg), adult(over));
      const got = ids(a.warnings);
      if (overSeverity) expect(warning(a, 'over-limit').severity).toBe(overSeverity);
      else expect(got).not.toContain('over-limit');
      expect(got.includes('very-large-dose')).toBe(veryLarge);
      expect(got.includes('symptoms-of-excess')).toBe(symptoms);
      if (veryLarge) expect(warning(a, 'very-large-dose').severity).toBe('danger');
    });
  }

  it('the very-large figure is data, with its source', () => {
    expect(data.veryLargeDoseMg).toEqual({ value: 5000, sources: ['nih-ods'] });
    expect(warning(evaluate(daily(6000), adult()), 'very-large-dose').detail)
      .toBe('This comes to 6,000 mg of magnesium a day. More than 5,000 mg a day, taken as laxatives or antacids, has caused deaths, mostly in people whose kidneys did not work well. Take this much only if a doctor has told you to.');
  });

  it('1 mg over: what the limit protects against, and that it is not poisoning', () => {
    const w = warning(evaluate(daily(351), adult()), 'over-limit');
    expect(w.title).toBe('Over your daily limit by 1 mg');
    expect(w.detail).toContain('It is set to spare healthy people diarrhea and stomach cramps, so going a little over it risks those, not poisoning');
    expect(w.sources).toContain('iom-1997');
  });

  it('over a doctor\'s limit: the doctor\'s reasons, not the standard\'s', () => {
    const w = warning(evaluate(daily(301), adult({ doctorLimitMg: 300 })), 'over-limit');
    expect(w.detail).toContain('Your doctor set this limit for you');
    expect(w.detail).not.toContain('diarrhea');
  });

  it('when to see a doctor: the symptoms of too much magnesium, in plain words', () => {
    const w = warning(evaluate(daily(400), adult()), 'symptoms-of-excess');
    for (const symptom of ['nausea or vomiting', 'flushing of the face', 'low blood pressure', 'unable to pass urine', 'no bowel movements', 'low mood', 'drowsiness', 'muscle weakness', 'difficulty breathing', 'irregular heartbeat']) {
      expect(w.detail).toContain(symptom);
    }
    expect(w.sources).toEqual(['nih-ods']);
  });

  it('property: without kidney disease and below the very large dose, nothing is a danger', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 4999 }), fc.constantFrom('us', 'eu', 'uk', 'canada'), fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
      (mg, standard, age) => {
        const a = evaluate(daily(mg), profile({ ageYears: age, standard: standard as never, medications: ['ppi', 'bisphosphonate'] }));
        expect(a.warnings.filter((w) => w.severity === 'danger')).toEqual([]);
      },
    ), { numRuns: 300 });
  });
});
