// The columns of a nutrition table: European tables (and some US ones) give each nutrient's amount
// in several columns, "pro 100 g | pro Tablette | pro Tagesdosis (2 Tabletten) | % NRV", "Pour
// 100 ml | Pour 1 ampoule (10 ml)", "per 100 ml | per shot (25 ml)". The header row says what
// each amount column is per: a concentration (per 100 g or 100 ml, never a dose), one unit, a
// count of units, or the daily dose. Found by the find stage (the header row is the last row
// above with two or more such cells), used by the tie stage for every amount cell of a row.
import { COLUMN_IN_LEAD_RE, DAILY_HEADER_RE, PER_100_BEFORE_RE } from '../text/patterns.ts';
import { numberWord, parseNumber } from '../text/numbers.ts';
import { isDiscrete, unitOf } from '../text/units.ts';

export interface Columns {
  /** the header's cells, trimmed */
  cells: string[];
  /** a table whose cells lost their separators ("pro 100 g pro Portion (5 g) % NRV" over "Magnesium
   *  6.000 mg 300 mg 80 %"): the row's k-th amount is under the k-th cell */
  byOrder?: true;
  /** the header stands on the row's own line, before this position: amounts before it are the
   *  header's ("pro 100 g pro Portion (5 g) Magnesium 6.000 mg 300 mg") */
  from?: number;
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
const BASIS_CELL_RE = /^(?:amount\s{1,2})?(?:(?:per|pro|pour|par|por|para|je|na|voor|für|for|each|every|cada|ogni|à|w|chaque|jede|jeder|elke|iedere|varje|każda|każdy|każdej)\s{1,3}(?:(\d{1,3}(?:[.,]\d{1,2}(?!\d))?|one|two|three|1\/2|½)\s{0,3})?|(\d{1,3})\s{0,3}(?=\p{L}{1,20}\s{0,2}(?:\(|$)))(\p{L}{1,20})(?:[^()]{0,20}\(\s{0,2}(\d{1,2})\s{1,3}(\p{L}{2,20}))?/iu;

/** A basis phrase in a header that lost its cell separators: "pro 100 g", "pro Portion (5 g)",
 *  "per tablet", "pour 2 gélules", "per daily dose (2 tablets)", "por dosis diaria (10 g = 1 cacito)",
 *  and half a measure, "pro ½ Messlöffel (1 g)" (issue 8, round 46: beside it "pro 100 g" alone was
 *  no header, and its 15.000 mg made the page unreadable). */
const BASIS_PHRASE_G_RE = /(?<!\p{L})(?:per|pro|pour|par|por|je|w|na|voor|für)\s{1,3}(?:(?:\d{1,3}(?:[.,]\d{1,2}(?!\d))?|½|1\/2)\s{0,3})?\p{L}{1,20}(?:\s(?!(?:per|pro|pour|par|por|je|w|na|voor|für)(?!\p{L}))\p{L}{2,20})?(?:\s{0,2}\(\s{0,2}\d{1,3}(?:[.,]\d)?\s{0,2}\p{L}{1,12}(?:\s{0,2}=\s{0,2}\d{1,3}(?:[.,]\d)?\s{0,2}\p{L}{1,12})?\s{0,2}\))?/giu;
/** A header line without separators is short, and holds little besides its basis phrases. */
const MAX_FLAT_HEADER = 120;
const MAX_FLAT_HEADER_REST = 40;

/** A concentration's cell without a "per" word: "100 g", "100 ml". */
const BARE_100_RE = /^100\s{0,2}(?:g|ml)$/i;

/** A portion's weight alone in a header cell, below 100: "3 g", "2,5 g", "25 ml". */
const PORTION_WEIGHT_CELL_RE = /^(?:[1-9]\d?)(?:[.,]\d{1,2})?\s{0,2}(?:g|ml)$/i;

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
  // (beside a per-100 column, a bare weight below 100 is the portion's: "| 100 g | 3 g | %VD*"; and
  // so is a count of a measure, with or without its weight: "Average values | 100g | 1 scoop (7g)";
  // round 55: unread, the per-100 g column's 800 mg was taken per scoop)
  const per100 = cells.some((c) => BARE_100_RE.test(c));
  const basis = cells.filter((c) => isBasisCell(c) || (per100 && (PORTION_WEIGHT_CELL_RE.test(c) || isMeasureCell(c)))).length;
  if (basis < 2) return null;
  return { cells, offset: isBasisCell(cells[0] ?? '') ? 1 : 0 };
}

/** Measures a portion's cell may count ("1 scoop (7g)"): the ones a composition header names as
 *  one serving. */
const PORTION_MEASURES: ReadonlySet<string> = new Set(['scoop', 'teaspoon', 'tablespoon']);

/** A cell of a count of a measure, perhaps with its weight: "1 scoop (7g)", "2 tsp". */
function isMeasureCell(cell: string): boolean {
  const m = BASIS_CELL_RE.exec(cell);
  const unit = m?.[2] !== undefined ? unitOf(m[3] ?? '') : null;
  return unit !== null && PORTION_MEASURES.has(unit);
}

/** A cell that says what a column is per: with a "per" word, or alone as "100 g" / "100 ml" or a
 *  count of units ("1 tablet", "2 Kapseln"); a data cell ("21 g") is none. */
function isBasisCell(cell: string): boolean {
  const c = perLead(cell);
  const m = BASIS_CELL_RE.exec(c);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const unit = unitOf(m[3] ?? '');
  return BARE_100_RE.test(c) || (unit !== null && isDiscrete(unit));
}

/** A header that lost its separators: a short line made of two or more basis phrases and little
 *  else ("pro 100 g pro Portion (5 g) % NRV*", "Nährwerte per 100 g per tablet"). */
export function flatHeaderColumns(line: string, names: (s: string) => boolean): Columns | null {
  if (line.length > MAX_FLAT_HEADER || line.includes('|') || line.includes('\t') || names(line)) return null;
  if (!PER_WORD_RE.test(line)) return spacedHeaderColumns(line);
  const cells = [...line.matchAll(BASIS_PHRASE_G_RE)].map((m) => m[0].trim());
  // (every phrase names a basis: "per day per label directions" is a sentence, not a header)
  if (cells.length < 2 || !cells.every(namesBasis)) return spacedHeaderColumns(line);
  const rest = cells.reduce((r, c) => r.replace(c, ''), line).replace(/\s+/g, '');
  return rest.length <= MAX_FLAT_HEADER_REST ? { cells, offset: 0, byOrder: true } : spacedHeaderColumns(line);
}

/** A cell that is a weight or a volume alone ("8 g", "0,32 g"). */
const BARE_WEIGHT_CELL_RE = /^\d{1,4}(?:[.,]\d{1,2})?[ \t]{0,2}(?:g|mg|ml)$/i;

/** Runs of spaces that keep a table pasted as text in its columns. */
const SPACED_CELLS_RE = / {2,}/;

/** A header pasted as text whose cells stand apart by runs of spaces, its bases with no per word:
 *  "Typical values   Each capsule   2 capsules   %NRV (2 caps)", "Nährwerte   Je Kapsel   2
 *  Kapseln", "Valeurs   Chaque gélule   2 gélules": the cells naming a basis, in order, when two
 *  or more do and the rest is short (issue 8, round 60: with no columns, the one capsule's amount
 *  was read per the 2-capsule serving, the day halved). */
function spacedHeaderColumns(line: string): Columns | null {
  const parts = line.trim().split(SPACED_CELLS_RE);
  if (parts.length < 2) return null;
  const cells = parts.filter(namesBasis);
  // (weights alone, none of them 100 g, are a data row's: "de las cuales colágeno hidrolizado   80 g   8 g"
  // under "Por 100 g   Por dosis diaria (10 g)"; round 75: read as the header, its 1,200 mg per 100 g
  // taken per 80 g and the page unreadable)
  if (cells.length < 2 || cells.every((c) => BARE_WEIGHT_CELL_RE.test(c) && !BARE_100_RE.test(c))) return null;
  const rest = parts.filter((c) => !namesBasis(c)).join('').replace(/\s+/g, '');
  return rest.length <= MAX_FLAT_HEADER_REST && !/\d\s{0,2}(?:mg|mcg|µg|μg)(?![\p{L}])/iu.test(rest) ? { cells, offset: 0, byOrder: true } : null;
}

/** A quick test before the header's phrases are matched: a per word at all. */
const PER_WORD_RE = /(?<!\p{L})(?:per|pro|pour|par|por|je|w|na|voor|für)\s/iu;

/** A phrase says what a column is per: 100 g or 100 ml, the day, or a unit ("pro Portion (5 g)",
 *  "per tablet", "per daily dose (2 tablets)"). */
function namesBasis(cell: string): boolean {
  const c = columnOf({ cells: [cell], offset: 0 }, 0);
  return c !== null && (c.per100 || c.perDay || c.unit !== null || unitOf(BASIS_CELL_RE.exec(cell)?.[3] ?? '') !== null);
}

/** What may stand between two amounts of a flat row: nothing, or the first one's % NRV. */
const FLAT_ROW_PERCENT_RE = /^\s{0,60}(?:[<~]?\d{1,4}(?:[.,]\d{1,2})?\s{0,2}%\**\s{0,60})?$/;
/** What may follow a flat row's last amount: its % NRV, a footnote mark (after the spaces that
 *  keep a table pasted as text in its columns). */
const FLAT_ROW_TAIL_RE = /^\s{0,60}(?:[<~]?\d{1,4}(?:[.,]\d{1,2})?\s{0,2}%\s{0,2})?\**\s*$/;

/** The amounts of a row under a header without separators, in order (after the header when it
 *  stands on the row's own line), when the row is a name and then one amount per column, with
 *  nothing between them but the column's own % NRV ("Magnesium 6.000 mg 300 mg 80 %", "Magnesium
 *  gesamt 100 mg 27 % 300 mg 80 %" under "pro Kapsel %NRV* pro Tagesdosis (3 Kapseln) %NRV*");
 *  else none: a sentence with two amounts ("Magnesium 300 mg, Zink 10 mg") is no row, and its
 *  second amount never the first's. */
export function amountsInColumns<T extends { start: number; end: number }>(cols: Columns, amounts: readonly T[], line: string): readonly T[] {
  const own = amounts.filter((a) => a.start >= (cols.from ?? 0));
  if (own.length !== cols.cells.length) return [];
  for (let k = 1; k < own.length; k++) {
    // (a percentage between two amounts is the first one's % NRV cell: without it the row's total
    // was read with no column, per serving, beside its sources read per capsule; issue 8, round 41)
    if (!FLAT_ROW_PERCENT_RE.test(line.slice(own[k - 1]!.end, own[k]!.start))) return [];
  }
  return FLAT_ROW_TAIL_RE.test(line.slice(own[own.length - 1]!.end)) ? own : [];
}

/** What the column of the row's k-th cell is per, or null when the header has no cell over it. */
export function columnOf(cols: Columns, k: number): ColumnBasis | null {
  const header = cols.cells[k - cols.offset];
  if (header === undefined || header.length === 0) return null;
  const perDay = DAILY_HEADER_RE().test(header) || PER_DAY_CELL_RE.test(header);
  const m = BASIS_CELL_RE.exec(perLead(header));
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

/** A header cell with its "in" word read as "per" ("v 1 tabletě" as "per 1 tabletě"; the words are data). */
function perLead(cell: string): string {
  return cell.replace(COLUMN_IN_LEAD_RE(), 'per ');
}

function countOf(raw: string | undefined): number | null {
  if (!raw) return null;
  if (raw === '½' || raw === '1/2') return 0.5;
  return /^\d/.test(raw) ? parseNumber(raw) : numberWord(raw);
}

/** A row's first cell holding its name and then an amount, the amount ending it: "Magnesium 6.667
 *  mg". (An amount inside the name, "Magnesium (as citrate 1,500 mg)", is the form's weight: such a
 *  row one cell short lacks a column of its own; shifted, its per-100 g figure was read per tablet;
 *  review 38.) */
const NAME_THEN_AMOUNT_CELL_RE = /^\p{L}[^|\t]{0,120}?\s\d[\d.,\u00a0\u202f ]{0,9}\s{0,2}(?:mg|mcg|µg|μg|g|kj|kcal)[ \t*†]{0,3}$/iu;

/** How many header cells a row's cells stand right of: under a header whose first cell stands over
 *  the names (empty, or a label that says what no column is per: "Innehåll", "Nutrient"), a row one
 *  cell short whose first cell holds the name and the first column's amount ("| pro 100 g | pro
 *  Tablette | % NRV" over "Magnesium 6.667 mg | 300 mg | 80 %") lost the separator between them:
 *  its k-th cell is under the header's (k+1)-th (issue 8, round 38: the per-tablet amount was read
 *  as the per-100 one, and the per-100 g figure as the dose; round 54: "Innehåll | 1 tablett | 2
 *  tabletter" over "Magnesium 150 mg | 300 mg", the 2-tablet amount read per tablet). */
export function rowShift(cols: Columns, line: string): number {
  if (cols.byOrder || cols.offset !== 0) return 0;
  const cells = cellsOf(line);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 && cells.length === cols.cells.length - 1 && NAME_THEN_AMOUNT_CELL_RE.test(cells[0]!) ? 1 : 0;
}

/** The index of the cell that holds position `at` of a row line. */
export function cellIndexAt(line: string, at: number): number {
  const sep = line.includes('|') ? '|' : '\t';
  let k = 0;
  for (let i = line.indexOf(sep); i >= 0 && i < at; i = line.indexOf(sep, i + 1)) k++;
  return k;
}

/** A heading line that is one basis alone, "Pour 4 comprimés", "Per 2 capsules", "Pro Tablette",
 *  over the rows it is the basis of (a list of terms and values, one block per basis): the rows'
 *  amount cells are its column. The longest such line. */
const MAX_BASIS_HEADING = 40;
const PER_WORD_START_RE = /^(?:per|pro|pour|par|por|para|je|na|voor|für)\s/i;

export function basisHeading(line: string): Columns | null {
  const t = line.trim();
  if (t.length > MAX_BASIS_HEADING || t.includes('|') || t.includes('\t') || !PER_WORD_START_RE.test(t)) return null;
  const c = columnOf({ cells: [t], offset: 0 }, 0);
  if (!c || c.per100 || c.unit === null || !isDiscrete(c.unit)) return null;
  // (the amount cells of its rows stand after the name cell: "Magnesium | 75 mg")
  return { cells: [t], offset: 1 };
}
