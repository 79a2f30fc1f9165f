import { describe, expect, it } from 'vitest';
import { numberWord, parseNumber } from '../../../../src/extract/text/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['200', 200], ['1,000', 1000], ['187,5', 187.5], ['241.3', 241.3], ['1.000,5', 1000.5], ['1,000.5', 1000.5],
    ['0.125', 0.125], ['3/4', 0.75], ['12,000', 12000], ['1.000', 1000], ['1 000', 1000], ['12 500', 12500], ['½', 0.5], ['1½', 1.5],
  ])('%s -> %s', (raw, want) => expect(parseNumber(raw)).toBe(want));
  it.each(['', 'abc', '1/0', '--', '1e5'])('%s -> null', (raw) => expect(parseNumber(raw)).toBeNull());
});

describe('numberWord', () => {
  it.each([['two', 2], ['zwei', 2], ['deux', 2], ['dos', 2], ['due', 2], ['Three', 3], ['une', 1]])('%s', (w, n) => expect(numberWord(w)).toBe(n));
  it('Greek and Hungarian, as data (round 49)', () => {
    for (const [w, n] of [['Ένα', 1], ['μία', 1], ['δύο', 2], ['τρία', 3], ['egy', 1], ['két', 2], ['három', 3]] as const) expect(numberWord(w)).toBe(n);
  });
  it('unknown word', () => expect(numberWord('capsule')).toBeNull());
  it('a fraction character is a number too ("½ Scoop")', () => expect(numberWord('½')).toBe(0.5));
  it('half in Spanish, French and Italian ("media cucharadita", "demi", "mezzo misurino")', () => {
    for (const w of ['media', 'medio', 'demi', 'demie', 'mezza', 'mezzo']) expect(numberWord(w)).toBe(0.5);
  });
});
