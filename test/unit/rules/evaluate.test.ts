// Stack arithmetic, ranges, levels for unreadable/absent pages, the doctor's limit, infants,
// topical products, manual entry.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { Assessment } from '../../../src/core/assessment.ts';
import { daily, ids, profile, reading, rendered, text, verdictText, warning } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });

describe('stack arithmetic and ranges', () => {
  const cases: { name: string; per: number; spd: [number, number]; stack: number[]; inStack?: boolean; product: [number, number]; total: [number, number]; level: string }[] = [
    { name: 'product only', per: 200, spd: [1, 1], stack: [], product: [200, 200], total: [200, 200], level: 'within-limit' },
    { name: 'range of servings', per: 100, spd: [1, 3], stack: [], product: [100, 300], total: [100, 300], level: 'within-limit' },
    { name: 'product + stack', per: 150, spd: [2, 2], stack: [40, 10.5], product: [300, 300], total: [350.5, 350.5], level: 'over-limit' },
    { name: 'range crossing the limit', per: 120, spd: [2, 3], stack: [], product: [240, 360], total: [240, 360], level: 'over-limit' },
    { name: 'stack pushes to near', per: 200, spd: [1, 1], stack: [120], product: [200, 200], total: [320, 320], level: 'near-limit' },
    { name: 'stack pushes to exactly the limit', per: 100, spd: [1, 2], stack: [150], product: [100, 200], total: [250, 350], level: 'near-limit' },
    { name: 'already in the stack: not counted twice', per: 300, spd: [1, 1], stack: [300, 40], inStack: true, product: [300, 300], total: [340, 340], level: 'near-limit' },
    { name: 'decimals', per: 116.67, spd: [3, 3], stack: [], product: [350.01, 350.01], total: [350.01, 350.01], level: 'over-limit' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = evaluate(
        reading({ perServingMg: c.per, servingsPerDay: { min: c.spd[0], max: c.spd[1] } }),
        adult({ stack: c.stack.map((mg, i) => ({ name: `item ${i}`, dailyMg: mg })) }),
        { inStack: c.inStack ?? false },
      );
      expect(a.productDailyMg).toEqual({ min: c.product[0], max: c.product[1] });
      expect(a.stackDailyMg).toBe(c.stack.reduce((s, x) => s + x, 0));
      expect(a.totalDailyMg).toEqual({ min: c.total[0], max: c.total[1] });
      expect(a.level).toBe(c.level);
      if (c.inStack) expect(ids(a.warnings)).toContain('already-in-stack');
    });
  }

  it('antacids and laxatives in the stack count like supplements', () => {
    const a = evaluate(daily(200), adult({ stack: [{ name: 'Milk of magnesia', dailyMg: 500, medicine: true }] }));
    expect(a.totalDailyMg).toEqual({ min: 700, max: 700 });
    expect(a.level).toBe('over-limit');
  });

  it('over-limit names both numbers and how much over; a caution, not a danger', () => {
    const a = evaluate(daily(300), adult({ stack: [{ name: 'x', dailyMg: 100 }] }));
    const w = rendered(a.warnings[0]!);
    expect(w.id).toBe('over-limit');
    expect(w.severity).toBe('caution');
    expect(w.detail).toContain('400 mg');
    expect(w.detail).toContain('350 mg');
    expect(w.detail).toContain('50 mg over');
    expect(w.title).toContain('50 mg');
  });

  it('a range that crosses the limit says "can exceed"', () => {
    const a = evaluate(reading({ perServingMg: 150, servingsPerDay: { min: 1, max: 3 } }), adult());
    const w = a.warnings.map(rendered).find((x) => x.id === 'over-limit')!;
    expect(w.title).toMatch(/^Can go over your daily limit by up to 100 mg/);
    expect(w.detail).toContain('At the highest dose in the directions');
    expect(w.detail).toContain('150–450 mg');
    expect(w.detail).toContain('100 mg over');
  });

  it('near-limit names the gap; exactly at the limit says so', () => {
    const near = warning(evaluate(daily(330), adult()), 'near-limit');
    expect(near.detail).toContain('20 mg below');
    const at = warning(evaluate(daily(350), adult()), 'near-limit');
    expect(at.detail).toContain('That is exactly the limit of 350 mg a day');
    expect(at.title).toBe('At your daily limit');
  });

  it('within-limit has no limit warning', () => {
    const a = evaluate(daily(100), adult());
    expect(a.level).toBe('within-limit');
    expect(ids(a.warnings)).not.toContain('over-limit');
    expect(ids(a.warnings)).not.toContain('near-limit');
  });
});

describe('servings per day', () => {
  it('no directions: one serving assumed, and said', () => {
    const a = evaluate(reading({ perServingMg: 250, servingsPerDay: null }), adult());
    expect(a.productDailyMg).toEqual({ min: 250, max: 250 });
    const w = a.warnings.map(rendered).find((x) => x.id === 'servings-assumed')!;
    expect(w.severity).toBe('caution');
    expect(w.detail).toContain('250 mg');
  });
  it('stated directions: nothing assumed', () => {
    expect(ids(evaluate(daily(100), adult()).warnings)).not.toContain('servings-assumed');
  });
  it('falls back to the reading\'s dailyMg when the per-serving amount is missing', () => {
    const a = evaluate(reading({ perServingMg: null, dailyMg: { min: 200, max: 400 }, servingsPerDay: { min: 1, max: 2 } }), adult());
    expect(a.productDailyMg).toEqual({ min: 200, max: 400 });
    expect(a.level).toBe('over-limit');
  });
});

describe('unreadable and absent', () => {
  it('unreadable: unknown, never within; stack total still given', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null, servingsPerDay: null, seen: '400 mg' }), adult({ stack: [{ name: 'x', dailyMg: 100 }] }));
    expect(a.level).toBe('unknown');
    expect(a.productDailyMg).toBeNull();
    expect(a.totalDailyMg).toBeNull();
    expect(a.stackDailyMg).toBe(100);
    const w = a.warnings.map(rendered).find((x) => x.id === 'amount-unreadable')!;
    expect(w.detail).toContain('400 mg');
    expect(w.detail).toContain('not used');
  });
  it('unreadable with the stack alone over the limit: over-limit', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null }), adult({ stack: [{ name: 'x', dailyMg: 400 }] }));
    expect(a.level).toBe('over-limit');
    expect(warning(a, 'over-limit').detail).toContain('50 mg over');
  });
  it('unreadable keeps the other warnings (interactions, kidney)', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null }), adult({ medications: ['quinolone'], conditions: ['kidney-disease'] }));
    expect(ids(a.warnings)).toEqual(expect.arrayContaining(['interaction-quinolone', 'condition-kidney-disease', 'amount-unreadable']));
  });
  it('unreadable but already in the stack: the stack figure is checked', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null }), adult({ stack: [{ name: 'Test Magnesium', dailyMg: 200 }] }), { inStack: true });
    expect(a.level).toBe('within-limit');
    expect(a.totalDailyMg).toEqual({ min: 200, max: 200 });
  });
  it('a found reading with no amount at all is treated as unreadable', () => {
    expect(evaluate(reading({ perServingMg: null, dailyMg: null }), adult()).level).toBe('unknown');
  });
  it('absent: unknown with only the not-a-magnesium-product note', () => {
    const a = evaluate(reading({ status: 'absent', perServingMg: null }), adult({ medications: ['ppi'] }));
    expect(a.level).toBe('unknown');
    expect(ids(a.warnings)).toEqual(['not-a-magnesium-product']);
    expect(rendered(a.warnings[0]!).severity).toBe('info');
  });
});

describe('manual entry', () => {
  it('replaces the page figures, and is said', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null }), adult(), { manual: { perServingMg: 125, servingsPerDay: { min: 2, max: 3 } } });
    expect(a.productDailyMg).toEqual({ min: 250, max: 375 });
    expect(a.level).toBe('over-limit');
    expect(ids(a.warnings)).toContain('manual-entry');
    expect(ids(a.warnings)).not.toContain('amount-unreadable');
  });
  it('no estimate warnings for a typed-in amount', () => {
    const a = evaluate(reading({ basis: 'dv-estimate' }), adult(), { manual: { perServingMg: 100, servingsPerDay: { min: 1, max: 1 } } });
    expect(ids(a.warnings)).not.toContain('dv-estimate');
  });
});

describe("doctor's limit", () => {
  it('replaces the standard, and the summary names both numbers', () => {
    const a = evaluate(daily(450), adult({ doctorLimitMg: 500 }));
    expect(a.limitMg).toBe(500);
    expect(text(a.limitSource)).toBe("Your doctor's limit");
    expect(a.level).toBe('near-limit');
    const w = a.warnings.map(rendered).find((x) => x.id === 'doctor-limit')!;
    expect(w.detail).toContain('500 mg');
    expect(w.detail).toContain('350 mg');
  });
  it('can be lower than the standard', () => {
    const a = evaluate(daily(250), adult({ doctorLimitMg: 200, standard: 'uk' }));
    expect(a.level).toBe('over-limit');
    expect(rendered(a.warnings[0]!).detail).toContain("your doctor's limit of 200 mg");
    expect(a.warnings.map(rendered).find((x) => x.id === 'doctor-limit')!.detail).toContain('400 mg');
  });
  it('applies to an infant too (no standard limit)', () => {
    const a = evaluate(daily(55), profile({ ageYears: 0.5, doctorLimitMg: 60 }));
    expect(a.level).toBe('near-limit');
    expect(a.warnings.map(rendered).find((x) => x.id === 'doctor-limit')!.detail).toContain('no upper limit is set for babies');
  });
});

describe('children and infants', () => {
  it('infant: no-limit, ask a paediatrician', () => {
    const a = evaluate(daily(50), profile({ ageYears: 0.3 }));
    expect(a.level).toBe('no-limit');
    expect(a.limitMg).toBeNull();
    const w = a.warnings.map(rendered).find((x) => x.id === 'no-limit-for-age')!;
    expect(w.title).toContain('paediatrician');
    expect(a.totalDailyMg).toEqual({ min: 50, max: 50 });
  });
  it('infant with an unreadable amount: still no-limit', () => {
    expect(evaluate(reading({ status: 'unreadable', perServingMg: null }), profile({ ageYears: 0 })).level).toBe('no-limit');
  });
  it('EU ages 1-3: the US child limit, named as such (the EU sets none)', () => {
    const a = evaluate(daily(500), profile({ ageYears: 2, standard: 'eu' }));
    expect(a.level).toBe('over-limit');
    expect(a.limitMg).toBe(65);
    expect(text(a.limitSource)).toBe('US upper limit, 1 to 3 years, used because the EU sets none for this age');
    expect(warning(a, 'child-limit').detail).toContain('The EU sets no limit for this age, so the US limit for young children is used.');
  });
  it("child's limit is named, lower than the adult one", () => {
    const w = evaluate(daily(50), profile({ ageYears: 6 })).warnings.map(rendered).find((x) => x.id === 'child-limit')!;
    expect(w.title).toContain('110 mg');
    expect(w.detail).toContain('350 mg');
    expect(w.severity).toBe('caution');
  });
  it('UK child: the US limit is used and the summary says so', () => {
    const a = evaluate(daily(50), profile({ ageYears: 6, standard: 'uk' }));
    expect(a.limitMg).toBe(110);
    const w = a.warnings.map(rendered).find((x) => x.id === 'child-limit')!;
    expect(w.detail).toContain('The UK guidance level is for adults only, so the US limit for this age is used.');
    expect(w.detail).toContain('400 mg');
  });
  it('teen: same limit as adults', () => {
    const w = evaluate(daily(50), profile({ ageYears: 15 })).warnings.map(rendered).find((x) => x.id === 'child-limit')!;
    expect(w.detail).toContain('the same as for adults');
    expect(w.severity).toBe('info');
  });
  it('no child note for adults', () => {
    expect(ids(evaluate(daily(50), profile({ ageYears: 18 })).warnings)).not.toContain('child-limit');
  });
});

describe('pregnancy and lactation', () => {
  it('pregnant: limit and the stage RDA', () => {
    const w = evaluate(daily(100), profile({ ageYears: 33, sex: 'female', pregnant: true })).warnings.map(rendered).find((x) => x.id === 'pregnancy')!;
    expect(w.title).toBe('Pregnancy: limit 350 mg a day');
    expect(w.detail).toContain('The recommended amount for pregnancy, 31 to 50 years is 360 mg a day');
  });
  it('pregnant, sex unspecified: applies', () => {
    expect(evaluate(daily(100), profile({ ageYears: 25, pregnant: true })).rda?.mg).toEqual({ min: 350, max: 350 });
  });
  it('pregnant and breastfeeding: both notes', () => {
    const a = evaluate(daily(100), profile({ ageYears: 25, sex: 'female', pregnant: true, lactating: true }));
    expect(ids(a.warnings)).toEqual(expect.arrayContaining(['pregnancy', 'lactation']));
  });
  it('pregnant, no age: adult pregnancy RDA range', () => {
    expect(evaluate(daily(100), profile({ pregnant: true })).rda?.mg).toEqual({ min: 350, max: 360 });
  });
  it('pregnant at 13: the youngest pregnancy row (14-18, IOM "18 and under")', () => {
    expect(evaluate(daily(100), profile({ ageYears: 13, sex: 'female', pregnant: true })).rda?.mg).toEqual({ min: 400, max: 400 });
  });
  it('pregnancy flag on a male profile: ignored, no crash', () => {
    const a = evaluate(daily(100), profile({ ageYears: 30, sex: 'male', pregnant: true, lactating: true }));
    expect(a.rda?.mg).toEqual({ min: 400, max: 400 });
    expect(ids(a.warnings)).toContain('pregnancy-ignored');
    expect(ids(a.warnings)).not.toContain('pregnancy');
  });
  it('pregnancy flag on a young child: ignored', () => {
    const a = evaluate(daily(10), profile({ ageYears: 5, pregnant: true }));
    expect(a.rda?.mg.min).toBe(130);
    expect(ids(a.warnings)).toContain('pregnancy-ignored');
  });
  it("pregnancy with a doctor's limit", () => {
    const w = evaluate(daily(100), profile({ ageYears: 25, sex: 'female', pregnant: true, doctorLimitMg: 300 })).warnings.map(rendered).find((x) => x.id === 'pregnancy')!;
    expect(w.detail).toContain("doctor's limit of 300 mg");
  });
});

describe('topical products', () => {
  it('counted, with a note', () => {
    const a = evaluate(daily(400, { route: 'topical', form: 'chloride' }), adult());
    expect(a.level).toBe('over-limit');
    expect(ids(a.warnings)).toContain('topical-product');
  });
});

describe('schema', () => {
  it('the assessment validates against the shared schema', () => {
    const a = evaluate(daily(400), adult({ medications: ['ppi'], conditions: ['osteoporosis'] }));
    expect(Assessment.parse(a)).toEqual(a);
  });
});
