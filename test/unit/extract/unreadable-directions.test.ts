// A product whose amount cannot be read still says how many servings a day its directions give:
// the popup's form to enter the amount starts from them instead of from one.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../src/extract/index.ts';

describe('unreadable amount, readable directions', () => {
  it('keeps the servings a day of the directions, with their words as evidence', () => {
    const r = extractFromText('Magnesium Complex, 120 Capsules\nA blend of magnesium forms.\nDirections: Take 2 capsules daily with water.');
    expect(r.status).toBe('unreadable');
    expect(r.perServingMg).toBeNull();
    expect(r.dailyMg).toBeNull();
    expect(r.servingsPerDay).toEqual({ min: 2, max: 2 });
    expect(r.evidence).toContainEqual({ field: 'servingsPerDay', text: expect.stringContaining('Take 2 capsules daily') });
  });
  it('counts servings of the labelled size when the page gives one', () => {
    const r = extractFromText('Magnesium Complex, 120 Capsules\nServing Size: 2 Capsules\nDirections: Take 4 capsules daily.');
    expect(r.status).toBe('unreadable');
    expect(r.servingsPerDay).toEqual({ min: 2, max: 2 });
  });
  it('gives none when the page has no directions', () => {
    const r = extractFromText('Magnesium Complex, 120 Capsules\nA blend of magnesium forms for everyday support.');
    expect(r.servingsPerDay).toBeNull();
  });
});
