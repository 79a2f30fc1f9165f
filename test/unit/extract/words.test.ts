// Alternations of literal words (src/extract/words.ts): what every name, unit and heading pattern is
// built from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRe, wordsAlt } from '../../../src/extract/words.ts';

/** The definition, written plainly: each word once, in lower case, longest first, escaped. */
const plainly = (words: readonly string[]) =>
  [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

describe('wordsAlt', () => {
  it('lists each word once, in lower case, the longest first, so a longer inflection wins', () => {
    const alt = wordsAlt(['Tablet', 'tablets', 'TABLET', 'tab']);
    expect(alt).toBe('tablets|tablet|tab');
    expect('2 tablets'.match(new RegExp(alt))?.[0]).toBe('tablets');
  });

  it('escapes what a pattern would read as syntax', () => {
    expect(wordsAlt(['c.a.', '(as)', 'x|y'])).toBe('c\\.a\\.|\\(as\\)|x\\|y');
    expect(new RegExp(`^(?:${wordsAlt(['c.a.'])})$`).test('cxax')).toBe(false);
  });

  it('keeps the given order among words of one length', () => {
    expect(wordsAlt(['bb', 'aa', 'cc'])).toBe('bb|aa|cc');
  });

  it('is the plain definition for any words (Greek sigmas, dotted capitals, symbols, spaces)', () => {
    const unit = fc.constantFrom('a', 'B', 'Σ', 'σ', 'ς', 'İ', 'ß', 'é', ' ', '.', '(', '|', '\\', '-');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 12 }), (words) => {
        expect(wordsAlt(words)).toBe(plainly(words));
      }),
      { numRuns: 5000 },
    );
  });
});
