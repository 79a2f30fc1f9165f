// The columns of a nutrition table: European tables (and some US ones) give each nutrient's amount
// in several columns, "pro 100 g | pro Tablette | pro Tagesdosis (2 Tabletten) | % NRV", "Pour
// 100 ml | Pour 1 ampoule (10 ml)", "per 100 ml | per shot (25 ml)". The header row says what
// each amount column is per: a concentration (per 100 g or 100 ml, never a dose), one unit, a
// count of units, or the daily dose. Found by the find stage (the header row is the last row
// above with two or more such cells), used by the tie stage for every amount cell of a row.
import { DAILY_HEADER_RE, PER_100_BEFORE_RE } from '../text/patterns.ts';
import { numberWord, parseNumber } from '../text/numbers.ts';
import { isDiscrete, unitOf } from '../text/units.ts';

export interface Columns {
  /** the header's cells, trimmed */
  cells: string[];
  /** the row's cell that the header's first cell stands over: 1 when the header leaves out the
   *  name column ("pro 100 g | pro Tablette" over "Magnesium | 7.500 mg | 150 mg"), else 0 */
  offset: number;
}

/** What one column's amounts are per. */
export interface ColumnBasis {
  /** per 100 g or 100 ml: a concentration */
  per100: boolean;
  /** the daily dose ("pro Tagesdosis", "per daily dose") */
  perDay: boolean;
  /** the unit and count of units ("pro Tablette": 1 tablet; "per 2 capsules": 2 capsules) */
  unit: string | null;
  count: number;
  /** the header cell, verbatim */
  header: string;
}

/** A header cell that says what its column is per: "pro 100 g", "Pour 1 ampoule (10 ml)",
 *  "per shot (25 ml)", "pro Tagesdosis (2 Tabletten)", or a count and unit alone ("100 g", "1
 *  tablet"). Group 1 or 2: the count, 3: the word after it; 4/5: a count and unit in a bracket. */
const BASIS_CELL_RE = /^(?:amount\s{1,2})?(?:(?:per|pro|pour|par|por|para|je|na|voor|für|for|each|cada|ogni|à|w)\s{1,3}(?:(\d{1,3}|one|two|three|1\/2|½)\s{0,3})?|(\d{1,3})\s{0,3}(?=\p{L}{1,20}\s{0,2}(?:\(|$)))(\p{L}{1,20})(?:[^()]{0,20}\(\s{0,2}(\d{1,2})\s{1,3}(\p{L}{2,20}))?/iu;

/** A concentration's cell without a "per" word: "100 g", "100 ml". */
const BARE_100_RE = /^100\s{0,2}(?:g|ml)$/i;

/** A column per day: "per day", "pro Tag", "par jour". */
const PER_DAY_CELL_RE = /^(?:per|pro|par|por|pour|al)\s{1,2}(?:day|tag|jour|d[ií]a|giorno|dag|dzie[nń]|den)\b/i;

/** The cells of a table row: " | " or a tab between them. */
export function cellsOf(line: string): string[] {
  return line.split(line.includes('|') ? '|' : '\t').map((c) => c.trim());
}

/** The row is a header naming what two or more columns are per, and names no amount of a
 *  nutrient itself ("Magnesium | 7.500 mg" is a row, not a header). */
export function headerColumns(line: string, names: (s: string) => boolean): Columns | null {
  if (line.length > 300 || (!line.includes('|') && !line.includes('\t')) || names(line)) return null;
  const cells = cellsOf(line);
  // (an empty first cell stands over the names: "| pro 100 g | ...")
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const basis = cells.filter(isBasisCell).length;
  if (basis < 2) return null;
  return { cells, offset: isBasisCell(cells[0] ?? '') ? 1 : 0 };
}

/** A cell that says what a column is per: with a "per" word, or alone as "100 g" / "100 ml" or a
 *  count of units ("1 tablet", "2 Kapseln"); a data cell ("21 g") is none. */
function isBasisCell(c: string): boolean {
  const m = BASIS_CELL_RE.exec(c);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const unit = unitOf(m[3] ?? '');
  return BARE_100_RE.test(c) || (unit !== null && isDiscrete(unit));
}

/** What the column of the row's k-th cell is per, or null when the header has no cell over it. */
export function columnOf(cols: Columns, k: number): ColumnBasis | null {
  const header = cols.cells[k - cols.offset];
  if (header === undefined || header.length === 0) return null;
  const perDay = DAILY_HEADER_RE.test(header) || PER_DAY_CELL_RE.test(header);
  const m = BASIS_CELL_RE.exec(header);
  let unit: string | null = null;
  let count = 1;
  if (m) {
    const own = unitOf(m[3] ?? '');
    const inBracket = m[5] ? unitOf(m[5]) : null;
    if (own && own !== 'serving') {
      unit = own;
      count = countOf(m[1] ?? m[2]) ?? 1;
    } else if (inBracket && inBracket !== 'serving') {
      // "pro Tagesdosis (2 Tabletten)": the daily dose's units
      unit = inBracket;
      count = countOf(m[4]) ?? 1;
    }
  }
  // ("per 100 g", "w 100 g", "100 ml": a concentration, whatever the word before it)
  const per100 = PER_100_BEFORE_RE.test(header) || BARE_100_RE.test(header) || (count === 100 && (unit === 'g' || unit === 'ml'));
  return { per100, perDay, unit, count, header };
}

function countOf(raw: string | undefined): number | null {
  if (!raw) return null;
  if (raw === '½' || raw === '1/2') return 0.5;
  return /^\d/.test(raw) ? parseNumber(raw) : numberWord(raw);
}

/** The index of the cell that holds position `at` of a row line. */
export function cellIndexAt(line: string, at: number): number {
  const sep = line.includes('|') ? '|' : '\t';
  let k = 0;
  for (let i = line.indexOf(sep); i >= 0 && i < at; i = line.indexOf(sep, i + 1)) k++;
  return k;
}
