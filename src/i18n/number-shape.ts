// How a locale writes the numbers Dose Guard shows (amounts and percentages from 0 to 9,999.9, at
// most one decimal): its ten digits, its decimal mark, whether a four-digit number is grouped and
// with what, and how a range joins two numbers. Learned from Intl.NumberFormat itself and checked
// against it on samples, then kept (src/i18n/index.ts), so that a worker just woken formats its
// first verdict without Intl: the first NumberFormat a fresh worker makes costs 20-60 ms here
// (ICU's data loading), most of the worker's cold answer beyond the floor (issue 14).
// Pure: no browser API.

export interface NumberShape {
  /** the locale it was learned for, as the translator was given it */
  locale: string;
  /** the digits 0 to 9 */
  digits: string[];
  decimal: string;
  /** the mark between thousands and hundreds in a four-digit number; null when none is written */
  group: string | null;
  /** the text before, between and after the two numbers of a range */
  range: [string, string, string];
}

/** Numbers at or above this (and negative ones) go to Intl: their grouping varies more. */
const SHAPE_LIMIT = 10_000;

// The samples a learned shape must reproduce exactly, or it is not used.
const SAMPLES = [0, 1, 7, 12.5, 40, 99.95, 350, 486.4, 1000, 1234.5, 7000.05, 9999.9];
const RANGE_SAMPLES: [number, number][] = [[1, 2], [0.5, 3], [100, 200], [121.5, 486], [350, 1000], [1200, 2400.5]];

/** `n` in the shape's digits and marks, or null when the shape does not cover it. */
export function shapeNumber(shape: NumberShape, n: number): string | null {
  if (!(n >= 0 && n < SHAPE_LIMIT) || Object.is(n, -0)) return null;
  // toFixed rounds as Intl does (ECMA-402 and ECMA-262 both: the nearest, ties away from zero)
  const [whole = '', tenth = '0'] = n.toFixed(1).split('.');
  if (whole.length > 4) return null;
  const grouped = whole.length === 4 && shape.group !== null ? `${whole[0]}${shape.group}${whole.slice(1)}` : whole;
  const written = tenth === '0' ? grouped : `${grouped}${shape.decimal}${tenth}`;
  return written.replace(/[0-9]/g, (d) => shape.digits[Number(d)] ?? d);
}

/** "100–200" in the shape, or null when it does not cover the range (or Intl would write one
 *  number: both ends the same once rounded, which Intl marks as approximate). */
export function shapeRange(shape: NumberShape, min: number, max: number): string | null {
  if (!(min < max)) return null;
  const a = shapeNumber(shape, min);
  const b = shapeNumber(shape, max);
  if (a === null || b === null || a === b) return null;
  return `${shape.range[0]}${a}${shape.range[1]}${b}${shape.range[2]}`;
}

/** The shape of `format`'s numbers (a formatter with at most one decimal), or null when it cannot
 *  be learned or does not reproduce the formatter on every sample. */
export function learnShape(format: Intl.NumberFormat, locale: string): NumberShape | null {
  try {
    const digits = Array.from({ length: 10 }, (_, d) => format.format(d));
    if (digits.some((d) => [...d].length !== 1)) return null;
    const parts = format.formatToParts(1234.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    if (!decimal) return null;
    const group = parts.find((p) => p.type === 'group')?.value ?? null;
    const joined = format.formatRange(1, 2);
    const one = joined.indexOf(digits[1]!);
    const two = joined.lastIndexOf(digits[2]!);
    if (one < 0 || two <= one) return null;
    const shape: NumberShape = {
      locale, digits, decimal, group,
      range: [joined.slice(0, one), joined.slice(one + digits[1]!.length, two), joined.slice(two + digits[2]!.length)],
    };
    if (SAMPLES.some((n) => shapeNumber(shape, n) !== format.format(n))) return null;
    if (RANGE_SAMPLES.some(([a, b]) => shapeRange(shape, a, b) !== format.formatRange(a, b))) return null;
    return shape;
  } catch {
    // an engine without formatToParts or formatRange: Intl every time
    return null;
  }
}

const shortText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A kept shape for `locale`, or null when what was kept is for another locale or not a shape
 *  at all (storage is read back as unknown: a corrupt value means Intl, nothing worse). */
export function readShape(kept: unknown, locale: string): NumberShape | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const s = kept as Record<string, unknown>;
  if (s['locale'] !== locale) return null;
  const { digits, decimal, group, range } = s;
  if (!Array.isArray(digits) || digits.length !== 10 || !digits.every((d) => shortText(d, 2) && [...d].length === 1)) return null;
  if (!shortText(decimal, 4) || decimal === '' || !(group === null || shortText(group, 4))) return null;
  if (!Array.isArray(range) || range.length !== 3 || !range.every((p) => shortText(p, 8))) return null;
  return { locale, digits: [...digits] as string[], decimal, group: group as string | null, range: [range[0], range[1], range[2]] as [string, string, string] };
}
