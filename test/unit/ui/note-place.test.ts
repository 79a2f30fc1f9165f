// Where the page note goes: the first corner with none of the product's title, price or buy
// button in it, or folded to a tab (no free corner, or a narrow window); and the observer margins
// that shrink the window to each corner's box.
import { describe, expect, it } from 'vitest';
import { CORNERS, choosePlacement, cornerMargin, type Corner } from '../../../src/content/note-place.ts';
import { KEEP_CLEAR, keepClearSelectors } from '../../../src/extract/stores/keep-clear.ts';
import { ADAPTERS } from '../../../src/extract/stores/index.ts';

describe('choosing the note\'s place', () => {
  it('takes the bottom right corner when it is free', () => {
    expect(choosePlacement(new Set(), false)).toEqual({ corner: 'bottom-right', folded: false });
  });
  it('moves to the next free corner when the price or buy button is in it', () => {
    expect(choosePlacement(new Set<Corner>(['bottom-right']), false)).toEqual({ corner: 'bottom-left', folded: false });
    expect(choosePlacement(new Set<Corner>(['bottom-right', 'bottom-left', 'top-right']), false)).toEqual({ corner: 'top-left', folded: false });
  });
  it('folds to a tab when no corner is free, and on a narrow window', () => {
    expect(choosePlacement(new Set(CORNERS), false).folded).toBe(true);
    expect(choosePlacement(new Set(), true).folded).toBe(true);
  });
});

describe('a corner as an observer root', () => {
  const viewport = { width: 1280, height: 800 };
  const box = { width: 352, height: 136, inset: 10 };
  it('shrinks the window to the note\'s box in each corner (top right bottom left)', () => {
    expect(cornerMargin('bottom-right', viewport, box)).toBe('-654px -10px -10px -918px');
    expect(cornerMargin('top-left', viewport, box)).toBe('-10px -918px -654px -10px');
  });
  it('never grows the window when the box is larger than it', () => {
    expect(cornerMargin('bottom-right', { width: 300, height: 100 }, box)).toBe('0px -10px -10px 0px');
  });
});

describe('what to keep clear', () => {
  it('names a title, a price and a buy button for every store adapter', () => {
    for (const adapter of ADAPTERS) {
      const row = KEEP_CLEAR[adapter.name];
      expect(row, adapter.name).toBeDefined();
      expect(row!.title.length && row!.price.length && row!.buy.length, adapter.name).toBeTruthy();
    }
  });
  it('falls back to the usual names, and every selector is valid', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML('<html><body></body></html>');
    for (const adapter of ADAPTERS) {
      const { own, fallback } = keepClearSelectors(adapter.name);
      expect(fallback).toContain('h1');
      for (const s of [...own, ...fallback]) expect(() => document.querySelectorAll(s), s).not.toThrow();
    }
  });
});
