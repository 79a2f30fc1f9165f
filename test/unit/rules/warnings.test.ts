// Every interaction, condition and note: its id, severity, the figures in its wording, its source.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { Assessment } from '../../../src/core/assessment.ts';
import { CONDITIONS, MEDICATIONS, STANDARDS, type Medication } from '../../../src/core/profile.ts';
import { SEVERITY_ORDER } from '../../../src/rules/warnings/index.ts';
import { daily, ids, profile, reading } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });

// [medication, severity, phrases the detail must carry (timing advice from the NIH ODS fact sheet / labeling)]
const INTERACTIONS: [Medication, string, string[], RegExp][] = [
  ['bisphosphonate', 'warning', ['at least 2 hours apart', 'absorption'], /NIH.*Interactions with Medications/],
  ['tetracycline', 'warning', ['at least 2 hours before or 4-6 hours after'], /NIH.*Interactions with Medications/],
  ['quinolone', 'warning', ['at least 2 hours before or 4-6 hours after'], /NIH.*Interactions with Medications/],
  ['levothyroxine', 'warning', ['at least 4 hours apart'], /[Ll]abeling/],
  ['loop-diuretic', 'info', ['increase the magnesium lost', 'doctor'], /NIH.*Interactions with Medications/],
  ['thiazide-diuretic', 'info', ['increase the magnesium lost', 'doctor'], /NIH.*Interactions with Medications/],
  ['potassium-sparing-diuretic', 'caution', ['reduce the magnesium lost', 'doctor or pharmacist'], /NIH.*Interactions with Medications/],
  ['ppi', 'info', ['more than a year', 'low magnesium'], /FDA Drug Safety Communication \(2011\)/],
];

describe('medication interactions', () => {
  it('the table covers every medication the profile accepts', () => {
    expect(INTERACTIONS.map((x) => x[0]).sort()).toEqual([...MEDICATIONS].sort());
  });
  for (const [med, severity, phrases, source] of INTERACTIONS) {
    it(med, () => {
      const a = evaluate(daily(100), adult({ medications: [med] }));
      const w = a.warnings.find((x) => x.id === `interaction-${med}`)!;
      expect(w).toBeDefined();
      expect(w.severity).toBe(severity);
      for (const p of phrases) expect(w.detail).toContain(p);
      expect(w.source).toMatch(source);
      expect(w.title.length).toBeLessThan(80);
      // shown for an unreadable product too
      expect(ids(evaluate(reading({ status: 'unreadable', perServingMg: null }), adult({ medications: [med] })).warnings)).toContain(`interaction-${med}`);
    });
  }
  it('several at once, each once', () => {
    const a = evaluate(daily(100), adult({ medications: [...MEDICATIONS] }));
    expect(a.warnings.filter((w) => w.id.startsWith('interaction-'))).toHaveLength(MEDICATIONS.length);
  });
  it('none without medications', () => {
    expect(evaluate(daily(100), adult()).warnings.some((w) => w.id.startsWith('interaction-'))).toBe(false);
  });
});

describe('conditions', () => {
  it('kidney disease: danger, ask a doctor before any magnesium supplement', () => {
    const a = evaluate(daily(50), adult({ conditions: ['kidney-disease'] }));
    const w = a.warnings[0]!;
    expect(w.id).toBe('condition-kidney-disease');
    expect(w.severity).toBe('danger');
    expect(w.detail).toContain('only if your doctor advises it');
    expect(w.source).toContain('IOM (1997)');
    expect(w.source).toContain('NIH');
    expect(a.level).toBe('within-limit');
  });
  it('every condition the profile accepts produces a note', () => {
    for (const c of CONDITIONS) {
      const a = evaluate(daily(50), adult({ conditions: [c] }));
      const expected = c === 'osteoporosis' ? 'osteoporosis-bone' : `condition-${c}`;
      expect(ids(a.warnings)).toContain(expected);
    }
  });
  it('osteoporosis: food is unlimited, too little and too much harm bone, food figures from the table', () => {
    const w = evaluate(daily(200), adult({ conditions: ['osteoporosis'] })).warnings.find((x) => x.id === 'osteoporosis-bone')!;
    expect(w.detail).toContain('60%');
    expect(w.detail).toContain('both too little and too much');
    expect(w.detail).toContain('no upper limit');
    expect(w.detail).toContain('pumpkin seeds, roasted (156 mg per 1 oz)');
    expect(w.detail).not.toContain('168');
    expect(w.source).toContain('Castiglioni');
    expect(w.source).toContain('USDA FoodData Central');
  });
});

describe('amount notes', () => {
  it('compound-weight estimate, with the share used', () => {
    const w = evaluate(daily(70.5, { basis: 'compound-estimate', form: 'bisglycinate' }), adult()).warnings.find((x) => x.id === 'compound-estimate')!;
    expect(w.severity).toBe('caution');
    expect(w.detail).toContain('14.1% for magnesium bisglycinate');
    expect(w.detail).toContain('likely lower');
  });
  it('compound-weight estimate with a form given by another name', () => {
    const w = evaluate(daily(70.5, { basis: 'compound-estimate', form: 'glycinate' }), adult()).warnings.find((x) => x.id === 'compound-estimate')!;
    expect(w.detail).toContain('14.1%');
  });
  it('%DV estimate names the reference values', () => {
    const w = evaluate(daily(210, { basis: 'dv-estimate' }), adult()).warnings.find((x) => x.id === 'dv-estimate')!;
    expect(w.severity).toBe('caution');
    expect(w.detail).toContain('420 mg');
    expect(w.detail).toContain('400 mg');
    expect(w.detail).toContain('375 mg');
  });
  it('elemental: no estimate note', () => {
    const a = evaluate(daily(210), adult());
    expect(ids(a.warnings)).not.toContain('dv-estimate');
    expect(ids(a.warnings)).not.toContain('compound-estimate');
  });
});

describe('forms that commonly cause diarrhea', () => {
  for (const form of ['oxide', 'carbonate', 'chloride', 'gluconate', 'magnesium oxide']) {
    it(`${form}: at a high dose`, () => {
      const w = evaluate(daily(320, { form }), adult()).warnings.find((x) => x.id === 'diarrhea-form')!;
      expect(w.severity).toBe('caution');
      expect(w.detail).toContain('diarrhea');
      expect(w.source).toContain('NIH');
    });
    it(`${form}: not at a low dose`, () => {
      expect(ids(evaluate(daily(100, { form }), adult()).warnings)).not.toContain('diarrhea-form');
    });
  }
  it('citrate or glycinate: not listed', () => {
    expect(ids(evaluate(daily(400, { form: 'citrate' }), adult()).warnings)).not.toContain('diarrhea-form');
    expect(ids(evaluate(daily(400, { form: 'bisglycinate' }), adult()).warnings)).not.toContain('diarrhea-form');
  });
});

describe('RDA coverage', () => {
  it('woman 40: 160 mg covers 50% of 320 mg', () => {
    const a = evaluate(daily(160), adult());
    expect(a.rdaCoveragePct).toEqual({ min: 50, max: 50 });
    const w = a.warnings.find((x) => x.id === 'rda-coverage')!;
    expect(w.title).toBe('Covers about 50% of your RDA');
    expect(w.detail).toContain('320 mg');
    expect(w.detail).toContain('Food can supply the rest');
    expect(w.severity).toBe('info');
  });
  it('sex unspecified, no age: a range over adult RDAs', () => {
    const a = evaluate(daily(210), profile());
    expect(a.rda?.mg).toEqual({ min: 310, max: 420 });
    expect(a.rdaCoveragePct).toEqual({ min: 50, max: 68 });
  });
  it('infant: AI', () => {
    const a = evaluate(daily(15), profile({ ageYears: 0.2 }));
    expect(a.rda?.kind).toBe('AI');
    expect(a.warnings.find((x) => x.id === 'rda-coverage')!.title).toContain('AI');
  });
  it('unknown amount: no coverage', () => {
    expect(evaluate(reading({ status: 'unreadable', perServingMg: null }), adult()).rdaCoveragePct).toBeNull();
  });
});

describe('ordering and shape', () => {
  it('warnings are sorted by severity', () => {
    const a = evaluate(reading({ perServingMg: 500, servingsPerDay: null, basis: 'compound-estimate', form: 'oxide', route: 'topical' }), profile({
      medications: [...MEDICATIONS], conditions: [...CONDITIONS], pregnant: true,
    }));
    const order = a.warnings.map((w) => SEVERITY_ORDER.indexOf(w.severity));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(a.warnings[0]!.id).toBe('over-limit');
  });

  const readingArb = fc.record({
    status: fc.constantFrom('found', 'unreadable', 'absent'),
    perServingMg: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }),
    spd: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })), { nil: null }),
    basis: fc.constantFrom('elemental', 'compound-estimate', 'dv-estimate', null),
    form: fc.constantFrom('oxide', 'citrate', 'glycinate', null, 'chloride hexahydrate'),
    route: fc.constantFrom('oral', 'topical'),
  });
  const profileArb = fc.record({
    ageYears: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }),
    sex: fc.constantFrom('female', 'male', 'unspecified'),
    pregnant: fc.boolean(),
    lactating: fc.boolean(),
    conditions: fc.subarray([...CONDITIONS]),
    medications: fc.subarray([...MEDICATIONS]),
    standard: fc.constantFrom(...STANDARDS),
    doctorLimitMg: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    stack: fc.array(fc.double({ min: 0.5, max: 2000, noNaN: true }), { maxLength: 4 }),
    inStack: fc.boolean(),
  });

  it('property: valid shape, sorted, sourced, no NaN/undefined, unknown amount never "within"', () => {
    fc.assert(fc.property(readingArb, profileArb, (r, p) => {
      const rd = reading({
        status: r.status as never,
        perServingMg: r.perServingMg,
        servingsPerDay: r.spd ? { min: r.spd[0], max: r.spd[0] + r.spd[1] } : null,
        basis: r.basis as never,
        form: r.form,
        route: r.route as never,
      });
      const pr = profile({ ...p, sex: p.sex as never, stack: p.stack.map((mg, i) => ({ name: `s${i}`, dailyMg: mg })) });
      const a = evaluate(rd, pr, { inStack: p.inStack });
      Assessment.parse(a);
      const order = a.warnings.map((w) => SEVERITY_ORDER.indexOf(w.severity));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      for (const w of a.warnings) {
        expect(w.source.length).toBeGreaterThan(5);
        expect(w.title.length).toBeGreaterThan(3);
        for (const s of [w.title, w.detail, w.source]) expect(s).not.toMatch(/NaN|undefined|null|Infinity/);
      }
      expect(new Set(ids(a.warnings)).size).toBe(a.warnings.length);
      if (a.totalDailyMg === null && a.level === 'within-limit') throw new Error('within without a total');
      if (a.totalDailyMg && a.limitMg !== null) {
        if (a.totalDailyMg.max > a.limitMg) expect(a.level).toBe('over-limit');
        if (a.level === 'within-limit') expect(a.totalDailyMg.max).toBeLessThan(a.limitMg * 0.9);
      }
      if (a.limitMg === null) expect(['no-limit', 'unknown']).toContain(a.level);
    }), { numRuns: 500 });
  });
});
