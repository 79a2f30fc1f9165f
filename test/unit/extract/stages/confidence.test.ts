// The confidence stage: label (a facts panel or a label row), text (a sentence tying the amount
// to a serving or a unit), weak (a title, a lone amount, loose prose, amounts that disagree).
import { describe, expect, it } from 'vitest';
import { text } from '../helpers.ts';

describe('how sure a reading is', () => {
  it.each([
    ['a facts row', 'Supplement Facts\nServing Size: 2 Capsules\nMagnesium (as citrate) | 200 mg | 48%', 'label'],
    ['a label row in text', 'Magnesium Capsules\nEach capsule contains: Magnesium (as citrate) 150 mg.', 'label'],
    ['a facts panel flattened onto one line', 'Magnesium Capsules\nSupplement Facts Serving Size 2 Capsules Amount Per Serving Magnesium (as oxide) 250 mg 60%', 'label'],
    ['a sentence per capsule', 'Magnesium Capsules\nEach capsule provides 150 mg of elemental magnesium.', 'text'],
    ['a sentence per serving', 'Magnesium Powder\nIt gives 300 mg of magnesium per serving.', 'text'],
    ['a label line of a drug', 'Magnesium Oxide Tablets\nMagnesium Oxide 400 mg (241.3 mg elemental magnesium)', 'label'],
    ['a unit named after adjectives', 'Magnesium Caplets\nEach pale yellow caplet contains 84 mg of magnesium.', 'text'],
    ['a scoop whose bracket holds the amount', 'Magnesiumcitrat Pulver\nZweimal täglich 1 Messlöffel (ca. 1 g Magnesiumcitrat, davon 109 mg Magnesium) einnehmen.', 'text'],
    ['a row in text whose name is a shop\'s product name', 'Magnesium\nBrookfield Chemist Magnesium 375mg One-a-Day 60 Tablets', 'weak'],
    ['a title', 'Bio-Magnesium 200mg - 60 tabs\nAn essential mineral.', 'weak'],
    ['a text page\'s title line', 'Magnesium Glycinate 400mg 120 Capsules\nGentle chelated magnesium.\nSuggested Use: Take 2 capsules daily with food.', 'weak'],
    ['one unit, in Italian', 'Magnesio Supremo\nUn cucchiaino (2,3 g) apporta 375 mg di magnesio (100% VNR).', 'text'],
    ['a variant line', 'Magnesium Citrate\nSize: 90 Capsules - 140 mg', 'weak'],
    ['loose prose', 'Magnesium Capsules\nOur formula contains 150 mg of magnesium from the sea.', 'weak'],
  ])('%s', (_what, page, want) => {
    const r = text(page);
    expect(r.status).toBe('found');
    expect(r.confidence).toBe(want);
    if (want === 'weak') expect(r.reason).not.toBeNull();
    else expect(r.reason).toBeNull();
  });
  it('amounts that disagree: the higher one, weak, and the other recorded with its quote', () => {
    const r = text('Magnesium Glycinate Capsules\nEach capsule provides 120 mg of elemental magnesium.\nEach capsule delivers 200 mg of elemental magnesium for calm.');
    expect(r).toMatchObject({ perServingMg: 200, confidence: 'weak', reason: { key: 'reading_weak_disagreement' }, disagreement: { otherMg: 120, quote: 'Each capsule provides 120 mg of elemental magnesium.' } });
  });
  it('amounts per different units do not disagree', () => {
    const r = text('Magnesium Chelate\nEach tablet delivers 133 mg of elemental magnesium, or 400 mg per 3 tablet serving.');
    expect(r.disagreement).toBeNull();
  });
  it('a label row below a text page\'s title line is read, not the title\'s amount', () => {
    const r = text('Magnesium Citraat 250 mg\nSamenstelling per tablet: Magnesium (als citraat) 200 mg (53% RI)\nGebruik: 1 tablet per dag.');
    expect(r).toMatchObject({ perServingMg: 200, confidence: 'label' });
  });
  it('no amount, no confidence', () => {
    expect(text('Magnesium Complex 100 Capsules\nSee images for details.').confidence).toBeNull();
  });
});
