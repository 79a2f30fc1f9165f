// The bench prints each page's ratio to the floor with its 90% interval (scripts/lib/bench-stats.ts):
// what tells a page over issue 14's targets from one on them by the chance of its loads.
import { describe, expect, it } from 'vitest';
import { median, ratioInterval } from '../../../scripts/lib/bench-stats.ts';

describe('a page\'s ratio to the floor and its interval', () => {
  it('is the ratio of the two medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratioInterval([4, 5, 6], [2, 2.5, 3]).ratio).toBe(2);
  });

  it('is narrow where the loads agree, and holds the ratio', () => {
    const ours = [4.9, 5.0, 5.1, 5.0, 4.95, 5.05, 5.0, 4.98];
    const floor = [2.5, 2.49, 2.51, 2.5, 2.52, 2.48, 2.5, 2.5];
    const { ratio, low, high } = ratioInterval(ours, floor);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
    expect(high - low).toBeLessThan(0.1);
  });

  it('is wide where they spread as a small page\'s do, and reaches past 2x for a ratio printed under it', () => {
    // 16 loads each, spread as the bench's 3 KB pages spread (2.1-6.7 ms against 1.3-4.2 ms)
    const ours = [2.1, 3.0, 3.4, 3.9, 4.1, 4.3, 4.5, 4.6, 4.7, 4.9, 5.2, 5.5, 5.9, 6.2, 6.5, 6.7];
    const floor = [1.3, 1.8, 2.0, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 3.0, 3.2, 3.5, 3.8, 4.0, 4.2];
    const { ratio, low, high } = ratioInterval(ours, floor);
    expect(ratio).toBeLessThan(2);
    expect(high).toBeGreaterThan(2);
    expect(low).toBeLessThan(ratio);
  });

  it('gives the same interval for the same loads', () => {
    const ours = [3, 4, 5, 6, 7];
    const floor = [2, 2.5, 3, 3.5, 4];
    expect(ratioInterval(ours, floor)).toEqual(ratioInterval(ours, floor));
  });
});
