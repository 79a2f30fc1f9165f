// Patterns built on first use (src/extract/lazy.ts): built once, only when asked for, and the same
// object every time (a global pattern's lastIndex is its own, as a module-level pattern's was).
import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/extract/lazy.ts';
import { DIRECTIONS_HEADING_RE } from '../../../src/extract/text/patterns.ts';

describe('lazy', () => {
  it('builds nothing until asked, then once', () => {
    let builds = 0;
    const pattern = lazy(() => {
      builds++;
      return /x/g;
    });
    expect(builds).toBe(0);
    const first = pattern();
    expect(pattern()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a value that is falsy (an empty alternation is still built once)', () => {
    let builds = 0;
    const empty = lazy(() => {
      builds++;
      return '';
    });
    expect([empty(), empty()]).toEqual(['', '']);
    expect(builds).toBe(1);
  });

  it('gives the engine\'s patterns as before: a directions heading is still one', () => {
    expect(DIRECTIONS_HEADING_RE()).toBe(DIRECTIONS_HEADING_RE());
    expect(DIRECTIONS_HEADING_RE().test('Suggested use: take 2 capsules daily')).toBe(true);
    expect(DIRECTIONS_HEADING_RE().test('Customers also bought')).toBe(false);
  });
});
