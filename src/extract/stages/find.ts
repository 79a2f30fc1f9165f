// Stage 1, find: every amount in the regions an adapter read that could state this product's
// dose. A line is looked at only when one regex says it may hold an amount or a percentage
// (MAY_HOLD_DOSE_RE, the pre-filter: the engine runs on every product page) and it mentions the
// nutrient; a product title; a variant line ("Size: 90 Capsules - 140 mg") and a line that is
// only an amount ("250 mg"), which need no name. The work is bounded: a region is read up to
// MAX_REGION_CHARS, a line gives at most MAX_AMOUNTS_PER_LINE amounts, a region at most
// MAX_AMOUNTS_PER_REGION, so a page of a million repeated amounts costs what a long page costs.
import type { Lexicon } from '../lexicon.ts';
import { findAmounts, type Amount } from '../text/amount.ts';
import { formIn } from '../text/compound.ts';
import { parseNumber } from '../text/numbers.ts';
import { reviewState, type ReviewState } from '../text/reviews.ts';
import { endsInPrice } from '../text/price.ts';
import { AMOUNT_CELL_LINE_RE, COMPOSITION_HEADING_RE, CROSS_SELL_HEADING_RE, DAILY_HEADER_RE, TABLE_HEADING_EXTRA_RE, CROSS_SELL_LEAD_RE, DIRECTIONS_HEADING_RE, FACTS_HEADING_RE, MAY_HOLD_DOSE_RE, REVIEW_HEADING_LINE_RE, NO_DV_FOOTNOTE_RE, STANDALONE_AMOUNT_RE, VARIANT_LINE_RE } from '../text/patterns.ts';
import type { Trace } from '../trace.ts';
import { basisHeading, flatHeaderColumns, headerColumns, type Columns } from './columns.ts';
import type { Step } from './step.ts';

/** Where a line came from: the facts panel, the product text, or the title. */
export type RegionName = 'facts' | 'body' | 'title';

export interface Line {
  region: RegionName;
  /** line number in its region (0-based) */
  index: number;
  text: string;
  /** offset of the line in its region's text */
  start: number;
  /** a table row: the facts panel, or a line with cells (" | " or tabs) */
  isRow: boolean;
  /** under a heading of other products ("You may also like", "Bekijk ook"): a product card's line */
  crossSell?: boolean;
  /** in the short lines under a facts panel's heading in page text ("Supplement Facts" / "Serving
   *  Size 1/2 teaspoon (2 g)" / "Magnesium (as citrate)  80 mg  19%"): a panel pasted as text */
  inFacts?: boolean;
  /** under a heading of the page's reviews ("Opinie", "Bewertungen (87)"): a customer's review */
  review?: boolean;
}

/** How a line is read: as label text naming the nutrient, a title, a variant line or a lone amount. */
export type LineKind = 'label' | 'title' | 'variant' | 'standalone';

export interface FoundLine {
  line: Line;
  kind: LineKind;
  /** the mass amounts on it, in order (none: a percentage-only row) */
  amounts: Amount[];
  /** a table row under a header that says what each amount column is per ("pro 100 g | pro Tablette") */
  columns?: Columns;
}

/** A region is read up to this many characters (the content script reads at most 300,000). */
export const MAX_REGION_CHARS = 400_000;
/** A facts panel flattened onto one line holds a few dozen amounts; a line with more is not a label. */
export const MAX_AMOUNTS_PER_LINE = 100;
/** A real page has at most a few dozen amounts on lines naming the nutrient: every page we have
 *  (3,226 scored fields) reads the same with a cap of 100. */
export const MAX_AMOUNTS_PER_REGION = 500;
/** A cell on a line of its own is short: a name (with its form) or an amount (with its %). */
const MAX_NAME_CELL = 120;
const MAX_CELL = 40;
/** A table row read by its column header is a row of a real table, short. */
const MAX_COLUMN_ROW = 600;
/** A line of a table that lost its cell separators is short ("Energie 1000 kJ 10 kJ"). */
const MAX_FLAT_ROW = 120;
/** Lines between two pauses of an incremental read. */
const LINES_PER_STEP = 400;
/** A heading is short. */
const MAX_HEADING = 80;
/** A variant or lone-amount line is short. */
const MAX_LOOSE_LINE = 200;

export interface Found {
  lines: FoundLine[];
  /** per region, the footnote marks whose footnote says "Daily Value not established" */
  noDvMarks: Record<RegionName, Set<string>>;
}

export interface Regions {
  facts: string;
  body: string;
  title: string;
}

export function* findStage(regions: Regions, lex: Lexicon, trace: Trace | null): Generator<Step, Found> {
  const out: FoundLine[] = [];
  const noDvMarks: Found['noDvMarks'] = { facts: new Set(), body: new Set(), title: new Set() };
  yield* findInRegion('facts', regions.facts, lex, trace, out, noDvMarks.facts);
  yield* findInRegion('body', regions.body, lex, trace, out, noDvMarks.body);
  if (regions.title.length > 0 && lex.mention.test(regions.title)) {
    const amounts = findAmounts(regions.title, MAX_AMOUNTS_PER_LINE);
    const line: Line = { region: 'title', index: 0, text: regions.title, start: 0, isRow: false };
    if (amounts.length > 0) out.push({ line, kind: 'title', amounts });
    for (const a of amounts) trace?.add({ stage: 'find', verdict: 'found', amount: a.raw, where: 'title', why: 'in the product title', quote: regions.title });
  }
  return { lines: out, noDvMarks };
}

function* findInRegion(region: 'facts' | 'body', text: string, lex: Lexicon, trace: Trace | null, out: FoundLine[], noDvMarks: Set<string>): Generator<Step, void> {
  if (text.length === 0) return;
  const bounded = text.length > MAX_REGION_CHARS ? text.slice(0, MAX_REGION_CHARS) : text;
  if (bounded !== text) trace?.note('find', `${region}: only the first ${MAX_REGION_CHARS} characters are read`);
  let start = 0;
  let index = 0;
  let inRegion = 0;
  // the last line that was only a cell naming the nutrient ("Magnesium (as citrate) |")
  let nameCell: Line | null = null;
  // the header of the table the line is in, naming what each amount column is per
  let columns: Columns | null = null;
  // the row line right before (with " | " cells): the header of a row that names its unit in its name cell
  let headerRow: string | null = null;
  // under a heading of other products: their cards follow, each with a figure (an amount, a price)
  let crossSell = false;
  // in that block, the last line was its heading or a card's price: a card's name may follow
  let cardNext = false;
  // under a heading of reviews: the reviews follow (0: not in them; 2: the last line held a review's stars)
  let review: ReviewState = 0;
  // lines left in a facts panel pasted as text, under its heading (0: not in one)
  let factsLeft = 0;
  // in such a panel, the last line was the name cell of another nutrient's row ("Zinc (as gluconate)")
  let otherCell = false;
  // the last line was a name naming the nutrient with its bracket left open, no amount on it
  let openName: Line | null = null;
  // the last line with text was a row of a table: an amount on a line naming a nutrient, or cells
  let lastRow = false;
  // the last line with text
  let lastText = '';
  // the columns are a heading line's single basis ("Pour 4 comprimés")
  let fromBasisHeading = false;
  while (start <= bounded.length && inRegion < MAX_AMOUNTS_PER_REGION) {
    let end = bounded.indexOf('\n', start);
    if (end < 0) end = bounded.length;
    const t = bounded.slice(start, end);
    // (a row giving its unit in its name cell, under the header row before it: its figures are amounts)
    const unitRow = t.includes('|') ? unitRowAmounts(t, headerRow) : null;
    headerRow = t.includes('|') ? t : null;
    const mayHold = t.length > 0 && (MAY_HOLD_DOSE_RE.test(t) || unitRow !== null);
    const rowLine = t.includes('|') || t.includes('\t');
    // (a table ends at a line that is no row; its header is the last row naming what columns are per;
    // a table whose cells lost their separators runs while its lines hold figures)
    if (!rowLine && t.trim().length > 0) {
      const basis = basisHeading(t);
      // (a row's name wrapped onto the next line, its bracket left open, keeps the table's columns: the
      // next line closes it with the row's figures, and the rows after it are still per its columns;
      // review of round 49: "dos quais magnésio 150 mg 300 mg" under a wrapped name read per 2 capsules)
      const wrappedName: boolean = columns !== null && openBracket(t) && lex.mention.test(t) && opensOnName(t, lex);
      columns = flatHeaderColumns(t, (s) => lex.mention.test(s)) ?? basis ?? (flatRuns(columns, t) || wrappedName ? columns : null);
      fromBasisHeading = columns !== null && columns === basis;
    } else if (rowLine) {
      // (a heading line's basis is its rows' only while they hold figures: a header row of a table
      // of its own, "Nutrient | Per daily dose (3 tablets) | %NRV" under "Per tablet", ends it;
      // review of round 32: a per-daily-dose row read per tablet, the day three times over)
      const header = headerColumns(t, (s) => lex.mention.test(s));
      if (header) fromBasisHeading = false;
      columns = header ?? (fromBasisHeading && findAmounts(t, 1).length === 0 ? null : columns);
      if (columns === null) fromBasisHeading = false;
    }
    if (t.trim().length > 0) {
      const was: boolean = crossSell;
      crossSell = crossSellBlock(t, mayHold, crossSell) || (crossSell && cardNext && cardName(t));
      cardNext = crossSell && (!was || endsInPrice(t));
      review = crossSell ? 0 : reviewState(t, review);
    }
    if (region === 'body' && t.trim().length > 0) factsLeft = factsBlock(t, mayHold, factsLeft);
    // (a heading of other products ends it too: a card's name and amount lines under it are no row)
    if (crossSell) factsLeft = 0;
    // a footnote: "† Daily Value not established" (its rows' figures are no nutrient's with a DV)
    if (!mayHold && t.length <= 200) {
      const fn = NO_DV_FOOTNOTE_RE.exec(t);
      if (fn) noDvMarks.add(fn[1]!);
    }
    // the pre-filter: one regex test skips a line that holds no amount and no percentage
    if (mayHold) {
      // a row whose cells landed on lines of their own: the name cell, then the amount cell
      const joined = (nameCell && t.length <= MAX_CELL && AMOUNT_CELL_LINE_RE.test(t) && !lex.mention.test(t) ? nameCell : null) ?? (openName && closesNameCell(openName.text, t) && !lex.mention.test(t) ? openName : null);
      const text = joined ? `${joined.text} ${t}` : t;
      const line: Line = { region, index, text, start: joined ? joined.start : start, isRow: region === 'facts' || joined !== null || hasCellSeparators(text), ...(crossSell ? { crossSell } : {}), ...(factsLeft > 0 ? { inFacts: true } : {}), ...(review > 0 ? { review: true } : {}) };
      const names = lex.mention.test(text);
      // (in a panel, a lone amount under another nutrient's name is that nutrient's: "Zinc" then "15 mg")
      const loose = region === 'body' && !joined && !otherCell && t.length <= MAX_LOOSE_LINE ? looseKind(t) : null;
      if (names || loose) {
        // (a row whose cells lost their separators is read with them back, its text kept as the page has it)
        const spaced = names && !joined && !unitRow && t.length <= MAX_FLAT_ROW ? ungluedCells(t, lex) : t;
        const amounts = unitRow && !joined ? unitRow : spaced !== t ? inPageText(findAmounts(spaced, Math.min(MAX_AMOUNTS_PER_LINE, MAX_AMOUNTS_PER_REGION - inRegion)), spaced, t) : findAmounts(text, Math.min(MAX_AMOUNTS_PER_LINE, MAX_AMOUNTS_PER_REGION - inRegion));
        inRegion += amounts.length;
        const cols = columns && !joined && t.length <= MAX_COLUMN_ROW ? columns : names && !line.isRow ? headerOnLine(text, lex) : null;
        if (names) out.push({ line, kind: 'label', amounts, ...(cols ? { columns: cols } : {}) });
        if (loose && amounts.length > 0) out.push({ line, kind: loose, amounts });
        if (trace) {
          for (const a of amounts) trace.add({ stage: 'find', verdict: 'found', amount: a.raw, where: `${region}:${index}`, why: joined ? 'in a cell after a cell naming the nutrient' : names ? 'on a line naming the nutrient' : `on a ${loose} line`, quote: text });
          if (amounts.length >= MAX_AMOUNTS_PER_LINE) trace.note('find', `${region}:${index}: only the first ${MAX_AMOUNTS_PER_LINE} amounts of the line are read`);
        }
      }
    }
    if (t.trim().length > 0) {
      const cellLine = !mayHold && t.length <= MAX_NAME_CELL;
      nameCell = cellLine ? nextNameCell(t, nameCell, region === 'facts' || /\|\s*$/.test(t) || factsLeft > 0, lex) : null;
      if (nameCell) nameCell = { ...nameCell, region, index, start: nameCell.start < 0 ? start : nameCell.start };
      otherCell = cellLine && factsLeft > 0 && nameCell === null && lex.otherNutrient.test(t);
      // (only a facts table's row: under its heading or header, or under a row; and a row's name, which
      // opens on the nutrient or its form, never a product's name in the text, "Acme Magnesium Complex
      // (also in / chewable form) 250 mg"; review of round 49)
      const open = cellLine && !crossSell && review === 0 && openBracket(t) && lex.mention.test(t) && opensOnName(t, lex);
      openName = open && (region === 'facts' || factsLeft > 0 || columns !== null || lastRow || tableHeading(lastText)) ? { region, index, text: t.trimEnd(), start, isRow: true } : null;
      lastRow = rowLine || (mayHold && (lex.mention.test(t) || lex.otherNutrient.test(t)));
      lastText = t;
    }
    start = end + 1;
    index++;
    if (index % LINES_PER_STEP === 0) yield 'find';
  }
  if (inRegion >= MAX_AMOUNTS_PER_REGION) trace?.note('find', `${region}: only the first ${MAX_AMOUNTS_PER_REGION} amounts are read`);
}

/** A table row is short, or its separators stand close together, or one stands close before an
 *  amount: a page flattened onto one line whose menu holds one "|" ("Free shipping on US orders
 *  $40+ | Subscribe & save 10% ... Supplement Facts ... <element> (as ...) 144 mg 34%") is prose and
 *  a flattened panel, no row whose cells run from that "|" (issue 8, round 32: the panel's row was
 *  never tied, the page unreadable); a long page line that holds a real table's row ("... |
 *  <element> (as bisglycinate) | 400 mg | 95% | ...") is still one (review of round 32: read
 *  unreadable, or absent, for the row's amount). */
const MAX_ROW_LINE = 600;
const MAX_CHARS_PER_SEPARATOR = 150;
function hasCellSeparators(text: string): boolean {
  if (text.includes('\t')) return true;
  if (!text.includes('|')) return false;
  if (text.length <= MAX_ROW_LINE) return true;
  let n = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) n++;
  if (n * MAX_CHARS_PER_SEPARATOR >= text.length) return true;
  return findAmounts(text).some((a) => text.lastIndexOf('|', a.start) >= 0 && a.start - text.lastIndexOf('|', a.start) <= MAX_CHARS_PER_SEPARATOR);
}

/** An amount cell glued to the percentage cell after it ("150 mg40%", "300 mg.80 %"). */
const GLUED_PERCENT_RE = /(\d\s{0,2}(?:mg|mcg|µg|μg|g)\.?)(?=\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%)/gi;

/** A table row whose cells lost their separators: the name cell glued to the amount cell
 *  ("Magnesio150 mg40%") and the amount glued to its percentage: a space goes back between the
 *  cells, so the amount is read as in "Magnesio 150 mg 40%". Only on a short line that names the
 *  nutrient: its name glued to a figure gets the space, another word glued to one ("B12", "Zinc15")
 *  keeps none; an amount glued to a percentage gets it on any such line ("(as citrate)60 mg14%"). */
export function ungluedCells(t: string, lex: Lexicon): string {
  if (!lex.mention.test(t)) return t;
  return t.replace(lex.mentionBeforeFigureG, '$1 ').replace(GLUED_PERCENT_RE, '$1 ');
}

/** The amounts read on a line with spaces put back (`spaced`), placed in the line as the page has
 *  it (`t`): each offset less the spaces added before it (an amount's own text holds none). */
function inPageText(amounts: Amount[], spaced: string, t: string): Amount[] {
  const shift: number[] = [];
  for (let i = 0, j = 0, added = 0; i <= spaced.length; i++) {
    shift.push(added);
    if (j < t.length && spaced[i] === t[j]) j++;
    else added++;
  }
  return amounts.map((a) => ({ ...a, start: a.start - shift[a.start]!, end: a.end - shift[a.end]! }));
}

/** A unit in brackets closing a row's name cell: "Magnésio (mg) | 8667 | 260 | 62". */
const NAME_CELL_UNIT_RE = /\(\s{0,2}(mg|mcg|µg|μg)\s{0,2}\)\s*$/i;
/** A cell that is a figure alone. */
const BARE_FIGURE_CELL_RE = /^\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*$/;

/** A table row that gives its unit once, in its name cell ("Magnésio (mg) | 8667 | 260 | 62", as
 *  Brazilian nutrition tables do), has bare figures in its cells: each figure under a header cell
 *  that is no percentage's is an amount in that unit ("8667 mg | 260 mg"; the line's text stays as
 *  the page has it), so the columns say what each is per. Only under a header row of as many cells
 *  (an empty first cell over the names); else null (a bare figure is never guessed to be an amount). */
function unitRowAmounts(t: string, header: string | null): Amount[] | null {
  if (!header || t.length > MAX_COLUMN_ROW) return null;
  const cells = t.split('|');
  const m = NAME_CELL_UNIT_RE.exec(cells[0] ?? '');
  const head = header.split('|');
  if (!m || head.length !== cells.length) return null;
  const unit = m[1]!.toLowerCase() === 'mg' ? 'mg' : 'mcg';
  const out: Amount[] = [];
  let at = cells[0]!.length + 1;
  for (let k = 1; k < cells.length; at += cells[k]!.length + 1, k++) {
    const f = BARE_FIGURE_CELL_RE.exec(cells[k]!);
    if (!f || head[k]!.includes('%') || head[k]!.trim().length === 0) continue;
    const n = parseNumber(f[1]!);
    if (n === null) continue;
    const s0 = at + cells[k]!.indexOf(f[1]!);
    out.push({ mg: unit === 'mg' ? n : n / 1000, lessThan: false, malformed: false, raw: f[1]!, unit, start: s0, end: s0 + f[1]!.length });
  }
  return out.length > 0 ? out : null;
}

/** The name cell a line makes, in a table (`inTable`): a line naming the nutrient, or a bracket
 *  line going on with the name cell above it ("Magnesium", then "(as magnesium bisglycinate)‡").
 *  Its start is -1 when the cell starts on this line. */
function nextNameCell(t: string, prev: Line | null, inTable: boolean, lex: Lexicon): Line | null {
  if (!inTable) return null;
  if (prev && /^\s{0,4}\(/.test(t)) return { ...prev, text: `${prev.text} ${t.trim()}` };
  return lex.mention.test(t) ? { region: 'body', index: 0, text: t, start: -1, isRow: true } : null;
}

/** The most characters of a name cell's rest on the next line, before the bracket it closes. */
const MAX_NAME_REST = 60;
/** A row's name cell whose bracket is left open ("Magnésio marinho (óxido de magnésio"), and the
 *  next line that closes it before an amount ("de origem marinha)      500 mg"): the name wrapped
 *  onto the amount's line, one row (issue 8, round 49: the source's 500 mg was never read as its
 *  row, and the name's 500 mg stood for the element over the "of which" row's 300 mg). */
export function closesNameCell(name: string, t: string): boolean {
  if (!openBracket(name)) return false;
  const close = t.indexOf(')');
  if (close < 0 || close > MAX_NAME_REST || /[\d(]/.test(t.slice(0, close))) return false;
  return AMOUNT_CELL_LINE_RE.test(t.slice(close + 1).trim());
}

/** A facts table's heading or its header, on the line right above a row ("Nutrition Information
 *  Per 2 capsules", "Composição   Por dose diária (2 cápsulas)", "Per capsule"). */
function tableHeading(t: string): boolean {
  if (t.length > MAX_HEADING) return false;
  return FACTS_HEADING_RE().test(t) || COMPOSITION_HEADING_RE().test(t) || TABLE_HEADING_EXTRA_RE().test(t) || DAILY_HEADER_RE().test(t) || basisHeading(t) !== null;
}

/** A row's name cell opens on the nutrient's name or its form's ("Magnésio marinho (", "Citrato de
 *  magnésio (", "- Magnesium citrate ("), not on other words (a product's name, "Acme Magnesium Complex (").
 *  The form's word is looked for in the first word only. */
function opensOnName(t: string, lex: Lexicon): boolean {
  const s = t.replace(/^[\s*•·–-]{0,6}/, '');
  if (lex.startsWithName.test(s)) return true;
  const first = /^\p{L}[\p{L}-]{0,30}/u.exec(s)?.[0];
  return first !== undefined && formIn(first, lex) !== null;
}

function openBracket(name: string): boolean {
  const open = name.lastIndexOf('(');
  return open >= 0 && name.indexOf(')', open) < 0;
}

/** A header without separators on the row's own line, before the nutrient's name ("Nährwerte pro
 *  100 g pro Portion (5 g) % NRV* Magnesium 6.000 mg 300 mg 80 %"). */
function headerOnLine(t: string, lex: Lexicon): Columns | null {
  if (t.length > MAX_COLUMN_ROW) return null;
  const m = lex.mention.exec(t);
  if (!m || m.index === 0) return null;
  const head = flatHeaderColumns(t.slice(0, m.index), () => false);
  return head ? { ...head, from: m.index } : null;
}

/** A table that lost its cell separators runs on while its lines are short and hold figures, and
 *  no sentence ends ("Energie 1000 kJ 10 kJ" keeps it, "Take 1 tablet twice a day." ends it). */
function flatRuns(columns: Columns | null, t: string): boolean {
  return columns?.byOrder === true && t.length <= MAX_FLAT_ROW && /\d/.test(t) && !/[.!?:]\s*$/.test(t);
}

/** A heading line of other products starts their block ("Das könnte Ihnen auch gefallen"); a card's
 *  line (short, with a figure: an amount, a price, a rating) keeps it, and so does a line of a
 *  comparison table's cells ("This Item     Recommendations", its header, holds no figure);
 *  anything else ends it. */
function crossSellBlock(t: string, mayHold: boolean, inBlock: boolean): boolean {
  if (t.length <= MAX_HEADING && !mayHold && (CROSS_SELL_LEAD_RE().test(t) || CROSS_SELL_HEADING_RE.test(t))) return true;
  // (a full sentence, its words ending in a stop, is no card: "Each capsule provides 200 mg of
  // magnesium." under "PAIR IT WITH YOUR EVENING ROUTINE" is the product's own; review of round 40)
  return inBlock && t.length <= MAX_LOOSE_LINE && (/\d/.test(t) || CELL_GAP_RE.test(t)) && !SENTENCE_LINE_RE.test(t);
}

/** A card's name with no figure ("Magnesium Glycinate Sleep" under "Pair it with", its amount and
 *  price on the lines after it): short, no sentence, no heading of this product's own sections nor of
 *  its reviews. It keeps the block only right under its heading or a card's price (issue 8, round 47:
 *  the card's "200 mg magnesium per serving" read as the dose of a product whose facts are a picture). */
const MAX_CARD_NAME = 60;
function cardName(t: string): boolean {
  const s = t.trim();
  return s.length <= MAX_CARD_NAME && !/\d/.test(s) && !/[.!?:]$/.test(s) && !REVIEW_HEADING_LINE_RE().test(s)
    && !FACTS_HEADING_RE().test(s) && !DIRECTIONS_HEADING_RE().test(s) && !COMPOSITION_HEADING_RE().test(s);
}

/** A line that is a sentence: it opens with a word, holds four words or more and ends in a stop. */
const SENTENCE_LINE_RE = /^[ \t]{0,4}\p{Lu}[\p{L}'’-]*(?:[ \t]+\S+){3,}[.!?][ \t]*$/u;

/** Cells of a table copied as text: a tab or three spaces or more between two words. */
const CELL_GAP_RE = /\S(?:\t| {3,})\S/;

/** A facts panel pasted as text runs this many lines at most under its heading. */
const MAX_FACTS_BLOCK_LINES = 40;
/** A panel's line is short: a heading, a serving size, a header of columns, a row. */
const MAX_FACTS_BLOCK_LINE = 160;

/** Lines left in a facts panel pasted as text: a short heading line that opens with the panel's
 *  words ("Supplement Facts", "Información nutricional", "Amount per serving") starts one; its short
 *  lines keep it; a sentence (a line ending in a stop) or a long line ends it. */
function factsBlock(t: string, mayHold: boolean, left: number): number {
  const s = t.trim();
  // (the pre-filter's "2 g" of "Pour 2 gélules :" is no amount: a heading holds none)
  if (s.length <= MAX_HEADING && FACTS_HEADING_RE().exec(s)?.index === 0 && (!mayHold || findAmounts(s, 1).length === 0)) return MAX_FACTS_BLOCK_LINES;
  if (left <= 0 || s.length > MAX_FACTS_BLOCK_LINE || /[.!?]$/.test(s)) return 0;
  return left - 1;
}

/** A variant line ("Size: 90 Capsules - 140 mg") or a line that is only an amount ("250 mg"). */
function looseKind(t: string): 'variant' | 'standalone' | null {
  if (VARIANT_LINE_RE.test(t)) return 'variant';
  if (STANDALONE_AMOUNT_RE.test(t)) return 'standalone';
  return null;
}
