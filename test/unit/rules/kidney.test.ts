// Kidney disease (clinical review, point 4): the healthy-adult limit does not apply, so the verdict
// is "ask your doctor" whatever the dose, with the reason, never "within your limit" (IOM 1997;
// NIH fact sheet, "Health Risks from Excessive Magnesium").
import { describe, expect, it } from 'vitest';
import { STANDARDS } from '../../../src/core/profile.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, profile, reading, rendered, text, verdictText } from './helpers.ts';

const kidney = (over = {}) => profile({ ageYears: 58, sex: 'male', conditions: ['kidney-disease'], ...over });

describe('kidney disease: ask your doctor, whatever the dose', () => {
  // [what, reading, profile extras, level the dose alone would have]
  const cases: [string, Parameters<typeof reading>[0], object, string][] = [
    ['1 mg a day', { perServingMg: 1 }, {}, 'within-limit'],
    ['66 mg a day', { perServingMg: 66 }, {}, 'within-limit'],
    ['320 mg a day (near)', { perServingMg: 320 }, {}, 'near-limit'],
    ['350 mg a day (at the limit)', { perServingMg: 350 }, {}, 'near-limit'],
    ['400 mg a day (over)', { perServingMg: 400 }, {}, 'over-limit'],
    ['6,000 mg a day', { perServingMg: 3000, servingsPerDay: { min: 2, max: 2 } }, {}, 'over-limit'],
    ['amount unreadable', { status: 'unreadable', perServingMg: null, servingsPerDay: null }, {}, 'unknown'],
    ['a doctor\'s limit of 600 mg', { perServingMg: 66 }, { doctorLimitMg: 600 }, 'within-limit'],
    ['EU standard', { perServingMg: 66 }, { standard: 'eu' }, 'within-limit'],
    ['UK standard', { perServingMg: 66 }, { standard: 'uk' }, 'within-limit'],
  ];
  for (const [what, r, over, level] of cases) {
    it(`${what}: ASK with the reason`, () => {
      const a = evaluate(reading(r), kidney(over));
      expect(a.level).toBe(level);
      const v = verdictText(a);
      expect(v).toMatchObject({ kind: 'ask-doctor', badge: 'ASK', headline: 'Ask your doctor before taking this' });
      expect(v.reason).toBe('With kidney disease the limits for healthy people do not apply: extra magnesium can build up in the body. Take magnesium only if your doctor advises it, whatever the dose.');
      const everything = [v.headline, v.reason, ...a.warnings.map(rendered).flatMap((w) => [w.title, w.detail])].join(' ');
      expect(everything).not.toMatch(/within your (daily )?limit|can supply the rest/i);
      // the danger note and when to see a doctor are there too
      expect(a.warnings.find((w) => w.id === 'condition-kidney-disease')).toMatchObject({ severity: 'danger' });
      expect(a.warnings.map((w) => w.id)).toContain('symptoms-of-excess');
    });
  }
  it('every standard: the same', () => {
    for (const standard of STANDARDS) expect(evaluate(daily(66), kidney({ standard })).verdict.kind).toBe('ask-doctor');
  });
  it('without kidney disease the same 66 mg is a plain OK', () => {
    const a = evaluate(daily(66), profile({ ageYears: 58, sex: 'male' }));
    expect(verdictText(a)).toMatchObject({ kind: 'within', badge: 'OK' });
    expect(text(a.verdict.headline)).toBe('Within your daily limit');
  });
});
