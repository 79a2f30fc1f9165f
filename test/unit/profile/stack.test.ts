import { describe, expect, it } from 'vitest';
import { dailyFromServing, readNumber, roundMg, stackTotal } from '../../../src/profile/stack.ts';

describe('readNumber', () => {
  it.each([
    ['200', 200], ['12.5', 12.5], ['12,5', 12.5], [' 3 ', 3], ['200 mg', 200], ['200mg', 200], ['0.25', 0.25], ['.5', 0.5], ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1,000', '-5', '1e3', '12..5', '2 capsules', '1/2', 'Infinity'])('refuses %j', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('says empty for blank text', () => {
    expect(readNumber('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('daily amounts', () => {
  it('multiplies per serving by servings per day, to 0.1 mg', () => {
    expect(dailyFromServing(100, 2)).toBe(200);
    expect(dailyFromServing(66.7, 3)).toBe(200.1);
    expect(dailyFromServing(0.1, 3)).toBe(0.3);
    expect(dailyFromServing(125, 0.5)).toBe(62.5);
  });

  it('rounds to one decimal', () => {
    expect(roundMg(0.1 + 0.2)).toBe(0.3);
    expect(roundMg(99.95)).toBe(100);
  });
});

describe('stackTotal', () => {
  it('is zero for an empty stack', () => {
    expect(stackTotal([])).toEqual({ totalMg: 0, medicinesMg: 0, supplementsMg: 0, count: 0 });
  });

  it('adds supplements and medicines apart and together', () => {
    const total = stackTotal([
      { dailyMg: 200 },
      { dailyMg: 0.1, medicine: false },
      { dailyMg: 0.2, medicine: true },
      { dailyMg: 100, medicine: true },
    ]);
    expect(total).toEqual({ totalMg: 300.3, supplementsMg: 200.1, medicinesMg: 100.2, count: 4 });
  });

  it('ignores amounts that are not positive numbers', () => {
    expect(stackTotal([{ dailyMg: Number.NaN }, { dailyMg: -3 }, { dailyMg: 5 }]).totalMg).toBe(5);
  });
});
