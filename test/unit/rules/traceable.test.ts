// Every figure in a warning comes from the data tables, the inputs, or arithmetic on them
// (total, how much over/under, % of the RDA). A number typed into a message by hand fails: the
// English messages of the rules hold no digit at all (figures are arguments from src/data), so no
// translation can change a figure either.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { NUTRIENT_DATA } from '../../../src/data/nutrients.ts';
import { LABEL_VALUES } from '../../../src/data/magnesium/label-values.ts';
import { COMPOUND_FORMS } from '../../../src/data/magnesium/forms.ts';
import { CONDITIONS, MEDICATIONS, STANDARDS } from '../../../src/core/profile.ts';
import type { Assessment } from '../../../src/core/assessment.ts';
import { profile, reading, text } from './helpers.ts';
import { readMessages } from '../../../src/i18n/node.ts';

function numbersIn(text: string): number[] {
  return [...text.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

const TABLE_NUMBERS = new Set<number>([
  ...numbersIn(JSON.stringify(NUTRIENT_DATA)),
  ...numbersIn(JSON.stringify(LABEL_VALUES)),
  ...Object.values(COMPOUND_FORMS).flat().map((f) => Math.round(f.share * 1000) / 10),
  ...Object.values(NUTRIENT_DATA).map((d) => d.nearLimitFraction.value * 100),
]);

const r1 = (n: number) => Math.round(n * 10) / 10;

function allowed(a: Assessment, inputs: number[]): Set<number> {
  const s = new Set<number>(TABLE_NUMBERS);
  const add = (n: number | null | undefined) => { if (typeof n === 'number') { s.add(n); s.add(r1(n)); s.add(Math.round(n)); } };
  for (const n of inputs) add(n);
  add(a.limitMg); add(a.stackDailyMg);
  for (const r of [a.totalDailyMg, a.productDailyMg, a.rda?.mg, a.rdaCoveragePct]) { add(r?.min); add(r?.max); }
  if (a.limitMg !== null) {
    for (const t of [a.totalDailyMg?.max, a.stackDailyMg]) if (t !== undefined) add(Math.round(Math.abs(t - a.limitMg) * 100) / 100);
  }
  return s;
}

describe('figures are traceable', () => {
  it('property: every number in titles and details is a table figure, an input or derived from them', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }),
      fc.constantFrom('elemental', 'compound-estimate', 'dv-estimate'), fc.constantFrom('oxide', 'citrate', 'bisglycinate', null),
      fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }), fc.constantFrom('female', 'male', 'unspecified'),
      fc.boolean(), fc.boolean(), fc.constantFrom(...STANDARDS), fc.option(fc.integer({ min: 50, max: 900 }), { nil: null }),
      fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 3 }),
      (per, spdMin, spdExtra, basis, form, age, sex, pregnant, lactating, standard, doctor, stack) => {
        const rd = reading({ perServingMg: per, servingsPerDay: { min: spdMin, max: spdMin + spdExtra }, basis: basis as never, form });
        const pr = profile({
          ageYears: age, sex: sex as never, pregnant, lactating, standard, doctorLimitMg: doctor,
          conditions: [...CONDITIONS], medications: [...MEDICATIONS], stack: stack.map((mg, i) => ({ name: `s${i}`, dailyMg: mg })),
        });
        const a = evaluate(rd, pr);
        const ok = allowed(a, [per, spdMin, spdMin + spdExtra, per * spdMin, per * (spdMin + spdExtra), ...stack, ...(doctor ? [doctor] : []), ...(age !== null ? [age] : [])]);
        const shown = [
          ...a.warnings.map((w) => ({ id: w.id, words: `${text(w.title)} / ${text(w.detail)}` })),
          { id: 'verdict', words: `${text(a.verdict.headline)} / ${a.verdict.reason ? text(a.verdict.reason) : ''}` },
          { id: 'limit', words: text(a.limitSource) },
        ];
        for (const { id, words } of shown) {
          for (const n of numbersIn(words)) {
            if (!ok.has(n)) throw new Error(`${id}: figure ${n} not traceable in "${words}"`);
          }
        }
      },
    ), { numRuns: 400 });
    expect(true).toBe(true);
  });
});

describe('figures are arguments, never words of a message', () => {
  it('no English message of the rules or the verdict holds a digit (the disease name "type 2 diabetes" aside)', () => {
    const english = readMessages('en');
    const withDigits = Object.entries(english)
      .filter(([key]) => /^(rules|verdict)_/.test(key))
      .filter(([, e]) => /\d/.test(e.message.replace(/\$[A-Za-z0-9_]+\$/g, '').replace(/\btype 2 diabetes\b/gi, '')))
      .map(([key]) => key);
    expect(withDigits).toEqual([]);
  });
});
