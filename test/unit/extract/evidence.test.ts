// Evidence is the page's own words (issue 10 point 3): on every page with an answer (our fixtures,
// and the real pages when ../shared/pages is there), each evidence text is a span of the page's
// text with whitespace folded and a table's cell separators read as the spaces between cells:
// never a sentence Dose Guard wrote, never a "|", never cut inside a word.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/extract/quote.ts';
import { pageTextOf, readPageFile } from '../../../scripts/lib/read-page.ts';
import { answerSets, loadAnswers, SHARED_PRESENT, SHARED_REQUIRED } from './accuracy-lib.ts';
import { text } from './helpers.ts';

/** A quote starts and ends at a word boundary of the page's folded text. */
function wholeWords(page: string, quote: string): boolean {
  let at = page.indexOf(quote);
  while (at >= 0) {
    const before = page.charAt(at - 1);
    const after = page.charAt(at + quote.length);
    const edge = (c: string, inner: string) => c === '' || !/[\p{L}\d]/u.test(c) || !/[\p{L}\d]/u.test(inner);
    if (edge(before, quote.charAt(0)) && edge(after, quote.charAt(quote.length - 1))) return true;
    at = page.indexOf(quote, at + 1);
  }
  return false;
}

for (const set of answerSets()) {
  describe.runIf(!set.real || SHARED_PRESENT || SHARED_REQUIRED)(`evidence on ${set.name}`, () => {
    it('every evidence text is a span of the page\'s text, in whole words, without cell separators', () => {
      const bad: string[] = [];
      for (const a of loadAnswers(set.dir, set.file) ?? []) {
        const file = path.join(set.dir, a.file);
        const page = foldText(pageTextOf(file, a.url ?? undefined));
        const r = readPageFile(file, a.url ?? undefined);
        for (const e of r.evidence) {
          if (e.text.includes('|') || !page.includes(e.text) || !wholeWords(page, e.text)) bad.push(`${a.file} ${e.field}: «${e.text}»`);
        }
      }
      expect(bad).toEqual([]);
    }, 120_000);
  });
}

describe('what was assumed is not evidence', () => {
  it('a reading per unit assumed says so in its assumptions, not in a quote', () => {
    const r = text('Magnesium Complex 150 mg Capsules\nTake 2 capsules daily.');
    expect(r.evidence.map((e) => e.text).join(' ')).not.toMatch(/serving size not stated|read per/);
    expect(r.assumptions.map((m) => m.key)).toContain('reading_per_unit_assumed');
  });
  it('a long sentence is quoted in whole words, without an ellipsis', () => {
    const long = `Magnesium Capsules\nEach capsule provides 150 mg of elemental magnesium ${'and supports the muscles, the nerves and the bones '.repeat(12)}every day.`;
    const q = text(long).evidence.find((e) => e.field === 'perServing')!.text;
    expect(q.length).toBeLessThanOrEqual(300);
    expect(q).not.toContain('…');
    expect(foldText(long)).toContain(q);
  });
});
