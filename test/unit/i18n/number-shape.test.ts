// The number shape a worker formats its first verdict with, instead of loading Intl: what the user
// reads must be exactly what Intl would have written, in every locale, or Intl writes it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { learnShape, readShape, shapeNumber, shapeRange, type NumberShape } from '../../../src/i18n/number-shape.ts';
import { makeTranslator } from '../../../src/i18n/format.ts';

// Dose Guard's six languages with regions that write numbers differently, and locales with other
// digits, marks and range signs (a browser's UI language can be any of them).
const LOCALES = [
  'en', 'en-US', 'en-GB', 'en-IN', 'de', 'de-CH', 'de-AT', 'fr', 'fr-CA', 'fr-CH', 'es', 'es-MX', 'es-419', 'it', 'it-CH',
  'pl', 'pt-BR', 'pt-PT', 'nl', 'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hu', 'ro', 'ru', 'uk', 'el', 'tr', 'ar', 'ar-EG',
  'fa', 'he', 'hi', 'bn', 'mr', 'th', 'ja', 'zh', 'ko', 'my', 'ne', 'ps',
];

const formatter = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** amounts as the rules produce them: whole, tenths, and any double */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.integer({ min: 0, max: 99999 }).map((n) => n / 10),
  fc.double({ min: 0, max: 9999.94, noNaN: true }),
);

describe('a number shape learned from Intl', () => {
  it('writes every amount below 10,000 exactly as Intl does, in every locale it is learned for', () => {
    const learned = LOCALES.map((locale) => [locale, formatter(locale), learnShape(formatter(locale), locale)] as const);
    // most locales have a shape (the cold worker's point); one that has none falls back to Intl
    expect(learned.filter(([, , shape]) => shape).length).toBeGreaterThan(LOCALES.length * 0.8);
    for (const [locale, format, shape] of learned) {
      if (!shape) continue;
      fc.assert(fc.property(amount, (n) => {
        const shaped = shapeNumber(shape, n);
        expect(shaped === null || shaped === format.format(n), `${locale} ${n}`).toBe(true);
      }), { numRuns: 300 });
      fc.assert(fc.property(amount, amount, (a, b) => {
        const [min, max] = a < b ? [a, b] : [b, a];
        const shaped = shapeRange(shape, min, max);
        expect(shaped === null || shaped === format.formatRange(min, max), `${locale} ${min}-${max}`).toBe(true);
      }), { numRuns: 200 });
    }
  });

  it('covers what a verdict shows (whole and one-decimal amounts below 10,000), not larger or negative numbers', () => {
    const en = learnShape(formatter('en'), 'en')!;
    expect(shapeNumber(en, 350)).toBe('350');
    expect(shapeNumber(en, 1234.56)).toBe('1,234.6');
    expect(shapeNumber(en, 121.5)).toBe('121.5');
    expect(shapeNumber(en, 10_000)).toBeNull();
    expect(shapeNumber(en, 9999.96)).toBeNull(); // rounds to 10,000
    expect(shapeNumber(en, -5)).toBeNull();
    expect(shapeNumber(en, -0)).toBeNull();
    expect(shapeNumber(en, Number.NaN)).toBeNull();
    expect(shapeRange(en, 100, 200)).toBe('100–200');
    // both ends alike once rounded: Intl writes "~350", so the shape leaves it to Intl
    expect(shapeRange(en, 350.01, 350.04)).toBeNull();
    expect(shapeRange(en, 200, 100)).toBeNull();
  });

  it('writes the locale’s own digits and marks', () => {
    expect(shapeNumber(learnShape(formatter('de'), 'de')!, 1234.5)).toBe('1.234,5');
    expect(shapeNumber(learnShape(formatter('es'), 'es')!, 1234.5)).toBe('1234,5');
    expect(shapeNumber(learnShape(formatter('es-MX'), 'es-MX')!, 1234.5)).toBe('1,234.5');
    const bn = learnShape(formatter('bn'), 'bn');
    if (bn) expect(shapeNumber(bn, 350)).toBe(formatter('bn').format(350));
  });
});

describe('a kept shape read back from storage', () => {
  const de = learnShape(formatter('de'), 'de')!;

  it('is used for its own locale only', () => {
    expect(readShape(JSON.parse(JSON.stringify(de)), 'de')).toEqual(de);
    expect(readShape(de, 'de-CH')).toBeNull();
  });

  it('is ignored when corrupt (Intl then formats, nothing else changes)', () => {
    for (const bad of [null, 'x', 42, [], {}, { ...de, digits: de.digits.slice(1) }, { ...de, digits: [...de.digits.slice(1), '10'] },
      { ...de, decimal: '' }, { ...de, decimal: 5 }, { ...de, group: 'x'.repeat(50) }, { ...de, range: ['', '–'] }, { ...de, range: 'a-b' }]) {
      expect(readShape(bad, 'de')).toBeNull();
    }
  });
});

describe('the translator with a kept shape', () => {
  afterEach(() => vi.restoreAllMocks());
  const lookup = (key: string, subs: string[]) => `${key}:${subs.join('|')}`;

  it('formats a verdict’s figures without making an Intl formatter, as Intl would have', () => {
    const shape: NumberShape = learnShape(formatter('fr'), 'fr')!;
    const plain = makeTranslator('fr', lookup);
    const expected = [plain.tr({ key: 'k', args: [{ mg: 1234.5 }, { mg: { min: 121.5, max: 486 } }, { pct: 83 }] })];
    const made = vi.spyOn(Intl, 'NumberFormat');
    const shaped = makeTranslator('fr', lookup, { known: () => shape, learned: () => undefined });
    expect(shaped.tr({ key: 'k', args: [{ mg: 1234.5 }, { mg: { min: 121.5, max: 486 } }, { pct: 83 }] })).toBe(expected[0]);
    expect(made).not.toHaveBeenCalled();
  });

  it('without a shape, formats with Intl and learns the shape to keep', () => {
    const learned: NumberShape[] = [];
    const t = makeTranslator('de', lookup, { known: () => null, learned: (s) => learned.push(s) });
    expect(t.num(1234.5)).toBe('1.234,5');
    expect(learned).toEqual([learnShape(formatter('de'), 'de')]);
  });
});
