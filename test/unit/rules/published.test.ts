// Walks every life stage and standard against the PUBLISHED tables (IOM 1997 as the NIH Office of
// Dietary Supplements reproduces it; SCF 2001 / EFSA; EVM 2003; Health Canada's DRI tables),
// transcribed here by hand from docs/magnesium-reference.md (sections 1 and 2), independently of src/data.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/evaluate.ts';
import type { Standard } from '../../../src/core/profile.ts';
import { daily, profile, rendered, text } from './helpers.ts';

// [life stage, sample ages, male RDA, female RDA, pregnancy, lactation, US UL, kind]
const US_TABLE: [string, number[], number, number, number | null, number | null, number | null, 'RDA' | 'AI'][] = [
  ['0-6 months', [0, 0.25, 0.49], 30, 30, null, null, null, 'AI'],
  ['7-12 months', [0.5, 0.75, 0.99], 75, 75, null, null, null, 'AI'],
  ['1-3 years', [1, 2, 3, 3.9], 80, 80, null, null, 65, 'RDA'],
  ['4-8 years', [4, 5, 8, 8.9], 130, 130, null, null, 110, 'RDA'],
  ['9-13 years', [9, 11, 13], 240, 240, null, null, 350, 'RDA'],
  ['14-18 years', [14, 16, 18], 410, 360, 400, 360, 350, 'RDA'],
  ['19-30 years', [19, 25, 30], 400, 310, 350, 310, 350, 'RDA'],
  ['31-50 years', [31, 40, 50], 420, 320, 360, 320, 350, 'RDA'],
  ['51+ years', [51, 70, 120], 420, 320, null, null, 350, 'RDA'],
];

describe('US RDA/AI and UL by life stage (IOM 1997, as the NIH fact sheet gives it)', () => {
  for (const [stage, ages, male, female, preg, lact, ul, kind] of US_TABLE) {
    for (const age of ages) {
      it(`${stage}: age ${age}`, () => {
        const m = evaluate(daily(10), profile({ ageYears: age, sex: 'male' }));
        const f = evaluate(daily(10), profile({ ageYears: age, sex: 'female' }));
        const u = evaluate(daily(10), profile({ ageYears: age, sex: 'unspecified' }));
        expect(m.rda?.mg).toEqual({ min: male, max: male });
        expect(f.rda?.mg).toEqual({ min: female, max: female });
        expect(u.rda?.mg).toEqual({ min: Math.min(male, female), max: Math.max(male, female) });
        expect(m.rda?.kind).toBe(kind);
        expect(m.limitMg).toBe(ul);
        expect(f.limitMg).toBe(ul);
        expect(m.level).toBe(ul === null ? 'no-limit' : 'within-limit');
        if (preg !== null) {
          const p = evaluate(daily(10), profile({ ageYears: age, sex: 'female', pregnant: true }));
          expect(p.rda?.mg).toEqual({ min: preg, max: preg });
          expect(p.limitMg).toBe(350);
          const w = p.warnings.map(rendered).find((x) => x.id === 'pregnancy')!;
          expect(w.detail).toContain(`${preg} mg`);
          expect(w.detail).toContain('350 mg');
        }
        if (lact !== null) {
          const l = evaluate(daily(10), profile({ ageYears: age, sex: 'female', lactating: true }));
          expect(l.rda?.mg).toEqual({ min: lact, max: lact });
          expect(l.limitMg).toBe(350);
          expect(l.warnings.map(rendered).find((x) => x.id === 'lactation')!.detail).toContain(`${lact} mg`);
        }
      });
    }
  }
});

// [standard, age, expected limit (null = none set), limitSource must mention]
const STANDARDS: [Standard, number, number | null, string][] = [
  ['us', 0, null, 'No upper limit is set'], ['us', 0.9, null, 'No upper limit is set'],
  ['us', 1, 65, 'US'], ['us', 3, 65, 'US'], ['us', 3.99, 65, 'US'], ['us', 4, 110, 'US'], ['us', 8, 110, 'US'],
  ['us', 9, 350, 'US'], ['us', 13, 350, 'US'], ['us', 14, 350, 'US'], ['us', 18, 350, 'US'], ['us', 19, 350, 'US'], ['us', 80, 350, 'US'],
  // The SCF set no level for ages 1-3: the US child limit is used and the label says so.
  ['eu', 0, null, 'No upper limit is set'], ['eu', 1, 65, 'US upper limit, 1 to 3 years, used because the EU sets none'],
  ['eu', 3, 65, 'the EU sets none'], ['eu', 3.99, 65, 'the EU sets none'],
  ['eu', 4, 250, 'EU'], ['eu', 8, 250, 'EU'], ['eu', 9, 250, 'EU'], ['eu', 18, 250, 'EU'], ['eu', 40, 250, 'EU'],
  // The UK figure is a guidance level (too little data for a safe upper level), for adults only:
  // the US child limits are used and the label says so.
  ['uk', 0, null, 'No upper limit is set'], ['uk', 18, 400, 'UK guidance level'], ['uk', 19, 400, 'UK guidance level'], ['uk', 65, 400, 'UK guidance level'],
  ['uk', 2, 65, 'the UK guidance level is for adults only'], ['uk', 5, 110, 'the UK guidance level is for adults only'],
  ['uk', 9, 350, 'the UK guidance level is for adults only'], ['uk', 17, 350, 'the UK guidance level is for adults only'],
  // Canada: Health Canada's DRI tables, not the natural health product monograph.
  ['canada', 0, null, 'No upper limit is set'], ['canada', 3, 65, "Health Canada's dietary reference tables"], ['canada', 4, 110, 'Canadian upper limit'],
  ['canada', 8, 110, 'Canadian upper limit'], ['canada', 9, 350, 'Canadian upper limit'], ['canada', 50, 350, 'Canadian upper limit'],
];

describe('selectable standards', () => {
  for (const [standard, age, limit, mention] of STANDARDS) {
    it(`${standard}, age ${age}: ${limit ?? 'none'}`, () => {
      const a = evaluate(daily(10), profile({ ageYears: age, standard }));
      expect(a.limitMg).toBe(limit);
      expect(text(a.limitSource)).toContain(mention);
      expect(a.level).toBe(limit === null ? 'no-limit' : 'within-limit');
    });
  }

  it('adult limits with no age given: US 350, EU 250, UK 400, Canada 350', () => {
    const expected: Record<Standard, number> = { us: 350, eu: 250, uk: 400, canada: 350 };
    for (const [standard, lim] of Object.entries(expected) as [Standard, number][]) {
      const a = evaluate(daily(10), profile({ standard }));
      expect(a.limitMg).toBe(lim);
      expect(a.warnings.map((w) => w.id)).toContain('age-assumed');
    }
  });

  it('pregnancy and lactation keep the standard limit (US 350, EU 250)', () => {
    for (const [standard, lim] of [['us', 350], ['eu', 250], ['uk', 400], ['canada', 350]] as const) {
      expect(evaluate(daily(10), profile({ ageYears: 30, sex: 'female', pregnant: true, standard })).limitMg).toBe(lim);
      expect(evaluate(daily(10), profile({ ageYears: 25, sex: 'female', lactating: true, standard })).limitMg).toBe(lim);
    }
  });
});

describe('age boundaries', () => {
  // [age below, age at boundary, what changes]
  it('3 / 4: UL 65 -> 110, RDA 80 -> 130', () => {
    const a3 = evaluate(daily(100), profile({ ageYears: 3 }));
    const a4 = evaluate(daily(100), profile({ ageYears: 4 }));
    expect([a3.limitMg, a4.limitMg]).toEqual([65, 110]);
    expect([a3.level, a4.level]).toEqual(['over-limit', 'near-limit']);
    expect([a3.rda?.mg.min, a4.rda?.mg.min]).toEqual([80, 130]);
  });
  it('8 / 9: UL 110 -> 350, RDA 130 -> 240', () => {
    const a8 = evaluate(daily(111), profile({ ageYears: 8 }));
    const a9 = evaluate(daily(111), profile({ ageYears: 9 }));
    expect([a8.limitMg, a9.limitMg]).toEqual([110, 350]);
    expect([a8.level, a9.level]).toEqual(['over-limit', 'within-limit']);
    expect([a8.rda?.mg.min, a9.rda?.mg.min]).toEqual([130, 240]);
  });
  it('13 / 14: RDA 240 -> 410 (male) / 360 (female), UL stays 350', () => {
    for (const [sex, r13, r14] of [['male', 240, 410], ['female', 240, 360]] as const) {
      const a = evaluate(daily(10), profile({ ageYears: 13, sex }));
      const b = evaluate(daily(10), profile({ ageYears: 14, sex }));
      expect([a.rda?.mg.min, b.rda?.mg.min]).toEqual([r13, r14]);
      expect([a.limitMg, b.limitMg]).toEqual([350, 350]);
    }
  });
  it('18 / 19: RDA 410 -> 400 (male), 360 -> 310 (female); pregnancy 400 -> 350; lactation 360 -> 310', () => {
    const pick = (over: object) => evaluate(daily(10), profile(over)).rda?.mg.min;
    expect([pick({ ageYears: 18, sex: 'male' }), pick({ ageYears: 19, sex: 'male' })]).toEqual([410, 400]);
    expect([pick({ ageYears: 18, sex: 'female' }), pick({ ageYears: 19, sex: 'female' })]).toEqual([360, 310]);
    expect([pick({ ageYears: 18, sex: 'female', pregnant: true }), pick({ ageYears: 19, sex: 'female', pregnant: true })]).toEqual([400, 350]);
    expect([pick({ ageYears: 18, sex: 'female', lactating: true }), pick({ ageYears: 19, sex: 'female', lactating: true })]).toEqual([360, 310]);
  });
  it('30 / 31 and 50 / 51', () => {
    const pick = (over: object) => evaluate(daily(10), profile(over)).rda?.mg.min;
    expect([pick({ ageYears: 30, sex: 'male' }), pick({ ageYears: 31, sex: 'male' })]).toEqual([400, 420]);
    expect([pick({ ageYears: 30, sex: 'female', pregnant: true }), pick({ ageYears: 31, sex: 'female', pregnant: true })]).toEqual([350, 360]);
    expect([pick({ ageYears: 50, sex: 'female' }), pick({ ageYears: 51, sex: 'female' })]).toEqual([320, 320]);
  });
  it('UK: 17 is a child (US 350), 18 an adult (EVM 400)', () => {
    expect(evaluate(daily(380), profile({ ageYears: 17, standard: 'uk' })).level).toBe('over-limit');
    expect(evaluate(daily(380), profile({ ageYears: 18, standard: 'uk' })).level).toBe('near-limit');
  });
});

describe('exactly at the limit, 1 mg over, 10% band', () => {
  const cases: [Standard, number | null, number, string][] = [
    ['us', 30, 350, 'near-limit'], ['us', 30, 351, 'over-limit'], ['us', 30, 350.5, 'over-limit'],
    ['us', 30, 315, 'near-limit'], ['us', 30, 314.99, 'within-limit'], ['us', 30, 314, 'within-limit'],
    ['us', 30, 0, 'within-limit'],
    ['us', 2, 65, 'near-limit'], ['us', 2, 66, 'over-limit'], ['us', 2, 58.5, 'near-limit'], ['us', 2, 58.4, 'within-limit'],
    ['us', 6, 110, 'near-limit'], ['us', 6, 111, 'over-limit'], ['us', 6, 99, 'near-limit'], ['us', 6, 98.9, 'within-limit'],
    ['eu', 30, 250, 'near-limit'], ['eu', 30, 251, 'over-limit'], ['eu', 30, 225, 'near-limit'], ['eu', 30, 224, 'within-limit'],
    ['uk', 30, 400, 'near-limit'], ['uk', 30, 401, 'over-limit'], ['uk', 30, 360, 'near-limit'], ['uk', 30, 359, 'within-limit'],
    ['canada', 30, 350, 'near-limit'], ['canada', 30, 351, 'over-limit'],
  ];
  for (const [standard, age, mg, level] of cases) {
    it(`${standard} age ${age}: ${mg} mg/day -> ${level}`, () => {
      expect(evaluate(daily(mg), profile({ ageYears: age, standard })).level).toBe(level);
    });
  }
});
