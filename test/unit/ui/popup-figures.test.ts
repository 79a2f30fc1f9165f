// The popup's figures always add up on screen: this product + already taking = the total the
// rules judged, whether the product is in the user's list or not (the old popup showed "this
// product 300, already taking 300, total 300" after "I take this").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type StackItem } from '../../../src/core/profile.ts';
import type { Reading } from '../../../src/core/reading.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { stackItemFor } from '../../../src/rules/in-stack.ts';
import { figuresFor } from '../../../src/popup/figures.ts';

const URL = 'https://www.iherb.com/pr/test-magnesium/1';
const reading = (perServingMg: number, servings: { min: number; max: number }): Reading => ({
  nutrient: 'magnesium', status: 'found', pageKind: 'product', source: 'iherb',
  product: { name: 'Test Magnesium', brand: null }, perServingMg, basis: 'elemental', form: null, route: 'oral',
  serving: { count: 1, unit: 'capsule' }, servingsPerContainer: 60, servingsPerDay: servings,
  dailyMg: { min: perServingMg * servings.min, max: perServingMg * servings.max },
  evidence: [], seen: null, confidence: 'label', assumptions: [], disagreement: null, licence: null, reason: null,
});

function shown(r: Reading, stack: StackItem[]) {
  const profile = { ...DEFAULT_PROFILE, stack };
  const entry = stackItemFor(stack, r, URL);
  const a = evaluate(r, profile, { inStack: entry !== undefined, inStackMg: entry?.dailyMg });
  return { a, f: figuresFor(a, stack, entry) };
}

describe('the popup\'s figures', () => {
  it('after "I take this": this product 300 + nothing else = 300, not 300 + 300', () => {
    const r = reading(150, { min: 2, max: 2 });
    const { f } = shown(r, [{ id: 'a', name: 'Test Magnesium', dailyMg: 300, url: URL }]);
    expect(f).toMatchObject({ product: { min: 300, max: 300 }, others: 0, total: { min: 300, max: 300 } });
    expect(f.items).toEqual([expect.objectContaining({ name: 'Test Magnesium', isThis: true })]);
  });

  it('with something else taken: product + others = total, and how far over the limit', () => {
    const { f } = shown(reading(200, { min: 2, max: 2 }), [{ id: 'b', name: 'Calcium chew', dailyMg: 50 }]);
    expect(f).toMatchObject({ product: { min: 400, max: 400 }, others: 50, total: { min: 450, max: 450 }, limit: 350, overBy: 100, underBy: null });
  });

  it('always adds up, in or out of the list, for any dose, directions and list (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 900 }),
      fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }),
      fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 4 }),
      fc.option(fc.integer({ min: 1, max: 1200 }), { nil: undefined }),
      (mg, lo, extra, others, listed) => {
        const stack: StackItem[] = others.map((d, i) => ({ id: `o${i}`, name: `Other ${i}`, dailyMg: d }));
        if (listed !== undefined) stack.push({ id: 'this', name: 'Test Magnesium', dailyMg: listed, url: URL });
        const { f } = shown(reading(mg, { min: lo, max: lo + extra }), stack);
        expect(f.total).not.toBeNull();
        expect(f.product!.min + f.others).toBeCloseTo(f.total!.min, 6);
        expect(f.product!.max + f.others).toBeCloseTo(f.total!.max, 6);
        expect(f.others).toBeCloseTo(others.reduce((s, d) => s + d, 0), 6);
      }));
  });

  it('an amount that cannot be read has no product figure and no total; what is taken still shows', () => {
    const r: Reading = { ...reading(1, { min: 1, max: 1 }), status: 'unreadable', perServingMg: null, dailyMg: null, basis: null, confidence: null };
    const { f } = shown(r, [{ id: 'b', name: 'Calcium chew', dailyMg: 50 }]);
    expect(f).toMatchObject({ product: null, total: null, others: 50, overBy: null, underBy: null });
  });
});
