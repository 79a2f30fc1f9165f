// Every condition and note: its id, severity, the figures in its wording, its source.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { Assessment } from '../../../src/core/assessment.ts';
import { CONDITIONS, MEDICATIONS, STANDARDS } from '../../../src/core/profile.ts';
import { SEVERITY_ORDER } from '../../../src/rules/warnings/index.ts';
import { daily, ids, profile, reading, rendered, text, verdictText, warning } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });

describe('medication interactions (the table of each medicine is in medicines.test.ts)', () => {
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
    const w = rendered(a.warnings[0]!);
    expect(w.id).toBe('condition-kidney-disease');
    expect(w.severity).toBe('danger');
    expect(w.detail).toContain('only if your doctor advises it');
    expect(w.citations).toContain('Institute of Medicine (1997)');
    expect(w.citations).toContain('NIH');
    expect(a.level).toBe('within-limit');
    expect(a.verdict.kind).toBe('ask-doctor');
  });
  it('every condition the profile accepts produces a note', () => {
    for (const c of CONDITIONS) {
      const a = evaluate(daily(50), adult({ conditions: [c] }));
      const expected = c === 'osteoporosis' ? 'osteoporosis-bone' : `condition-${c}`;
      expect(ids(a.warnings)).toContain(expected);
    }
  });
  it('osteoporosis: food is unlimited, too little and too much harm bone, food figures from the table', () => {
    const w = evaluate(daily(200), adult({ conditions: ['osteoporosis'] })).warnings.map(rendered).find((x) => x.id === 'osteoporosis-bone')!;
    expect(w.detail).toContain('60%');
    expect(w.detail).toContain('both too little and too much');
    expect(w.detail).toContain('no upper limit');
    expect(w.detail).toContain('pumpkin seeds, roasted (156 mg per 1 oz / 28 g)');
    expect(w.detail).not.toContain('168');
    expect(w.citations).toContain('Castiglioni');
    expect(w.citations).toContain('USDA FoodData Central');
  });
});

describe('amount notes', () => {
  it('compound-weight estimate, with the share used', () => {
    const w = evaluate(daily(70.5, { basis: 'compound-estimate', form: 'bisglycinate' }), adult()).warnings.map(rendered).find((x) => x.id === 'compound-estimate')!;
    expect(w.severity).toBe('caution');
    expect(w.detail).toContain('weight of the compound (bisglycinate)');
    expect(w.detail).toContain('14.1% of that weight');
    expect(w.detail).toContain('may be lower');
  });
  it('compound-weight estimate with a form given by another name', () => {
    const w = evaluate(daily(70.5, { basis: 'compound-estimate', form: 'glycinate' }), adult()).warnings.map(rendered).find((x) => x.id === 'compound-estimate')!;
    expect(w.detail).toContain('14.1%');
  });
  it('%DV estimate names the reference values', () => {
    const w = evaluate(daily(210, { basis: 'dv-estimate' }), adult()).warnings.map(rendered).find((x) => x.id === 'dv-estimate')!;
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
      const w = evaluate(daily(320, { form }), adult()).warnings.map(rendered).find((x) => x.id === 'diarrhea-form')!;
      expect(w.severity).toBe('caution');
      expect(w.detail).toContain('diarrhea');
      expect(w.citations).toContain('NIH');
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
    const w = a.warnings.map(rendered).find((x) => x.id === 'rda-coverage')!;
    expect(w.title).toBe('Gives about 50% of the amount recommended for you');
    expect(w.detail).toContain('320 mg');
    expect(w.detail).toContain('Food can supply the rest');
    expect(w.severity).toBe('info');
  });
  it('sex unspecified, no age: a range over adult RDAs', () => {
    const a = evaluate(daily(210), profile());
    expect(a.rda?.mg).toEqual({ min: 310, max: 420 });
    expect(a.rdaCoveragePct).toEqual({ min: 50, max: 68 });
  });
  it('baby: the adequate intake (AI) is known, but no coverage note where no limit is set (never reassuring)', () => {
    const a = evaluate(daily(15), profile({ ageYears: 0.2 }));
    expect(a.rda?.kind).toBe('AI');
    expect(ids(a.warnings)).not.toContain('rda-coverage');
  });
  it('adequate intake under the EU standard: said as judged adequate', () => {
    const w = warning(evaluate(daily(150), profile({ ageYears: 30, sex: 'female', standard: 'eu' })), 'rda-coverage');
    expect(w.title).toBe('Gives about 50% of the amount judged adequate for you');
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
    // dangers first (kidney disease), over the limit before the info notes
    expect(a.warnings[0]!.id).toBe('condition-kidney-disease');
    expect(ids(a.warnings).indexOf('over-limit')).toBeLessThan(ids(a.warnings).indexOf('rda-coverage'));
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
      for (const raw of a.warnings) {
        const w = rendered(raw);
        expect(w.sources.length).toBeGreaterThan(0);
        expect(w.title.length).toBeGreaterThan(3);
        // fully rendered: no figure lost, no placeholder or key left, no internal name
        for (const s of [w.title, w.detail]) expect(s).not.toMatch(/NaN|undefined|null|Infinity|\$|\b(rules|verdict|src)_[a-z]|ageYears|medications\[/);
      }
      for (const m of [a.verdict.headline, a.verdict.badge, a.verdict.reason, a.limitSource]) {
        if (m) expect(text(m)).not.toMatch(/NaN|undefined|null|Infinity|\$|\b(rules|verdict|src)_[a-z]/);
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
