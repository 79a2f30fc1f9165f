// Adversarial page texts of any size, for the scaling figures of `npm run bench` and the property
// tests that feed them to every stage of the engine: what a hostile or broken page can hold (one
// huge line of repeated amounts, digits, separators, right-to-left marks, repeated
// "<Element> (as " openings, cells, percentages, brackets, directions). Deterministic: the same
// size gives the same text.

export interface Adversary {
  name: string;
  /** a text of exactly `size` characters */
  make(size: number): string;
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const ADVERSARIES: readonly Adversary[] = [
  { name: 'repeated amounts on one line', make: (n) => repeat('Magnesium 100 mg ', n) },
  { name: 'repeated amounts, one per line', make: (n) => repeat('Magnesium (as citrate) 100 mg 24%\n', n) },
  { name: 'digits', make: (n) => repeat('1234567890', n) },
  { name: 'separators', make: (n) => repeat('1,000.000,5 mg 2.3.4,5 ', n) },
  { name: 'right-to-left marks', make: (n) => repeat('\u200fMagnesium\u200f 100\u200f mg\u202e 48%\u202c ', n) },
  { name: 'repeated "Magnesium (as "', make: (n) => repeat('Magnesium (as ', n) },
  { name: 'cells of one row', make: (n) => repeat('Magnesium | 100 mg | ', n) },
  { name: 'percentages', make: (n) => repeat('Magnesium 50% DV per softgel ', n) },
  { name: 'brackets', make: (n) => repeat('(Magnesium (as magnesium citrate (100 mg ', n) },
  { name: 'directions', make: (n) => repeat('Take 2 capsules 1-3 times daily. ', n) },
];
