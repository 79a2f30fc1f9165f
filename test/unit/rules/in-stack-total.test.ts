// A product already in the user's list is counted once, and never lower than the page says.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { profile, reading } from './helpers.ts';

const withList = (...mg: number[]) => profile({ ageYears: 40, sex: 'female', stack: mg.map((dailyMg, i) => ({ name: `item ${i}`, dailyMg })) });

describe('a product already in the list', () => {
  it('uses the list entry when it covers the page\'s dose', () => {
    const a = evaluate(reading({ perServingMg: 100, servingsPerDay: { min: 1, max: 1 } }), withList(100, 50), { inStack: true, inStackMg: 100 });
    expect(a.totalDailyMg).toEqual({ min: 150, max: 150 });
  });
  it('uses the page\'s dose when it is higher than the list entry (a stronger variant)', () => {
    // Listed at 100 mg a day; the page now says 200 mg twice a day.
    const a = evaluate(reading({ perServingMg: 200, servingsPerDay: { min: 1, max: 2 } }), withList(100, 50), { inStack: true, inStackMg: 100 });
    expect(a.totalDailyMg).toEqual({ min: 250, max: 450 });
    expect(a.level).toBe('over-limit');
  });
  it('keeps the list total when the page\'s amount is unreadable', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null, servingsPerDay: null, dailyMg: null, basis: null }), withList(120), { inStack: true, inStackMg: 120 });
    expect(a.totalDailyMg).toEqual({ min: 120, max: 120 });
  });
});
