// Serving size ("Serving Size: 2 Capsules", "Portionsgröße: 2 Kapseln", "each one teaspoon
// serving") and servings per container ("Servings Per Container: 30").
import { ONE_UNIT_ROW_HEAD_G_RE, PER_ONE_UNIT_RE, ACTIVE_IN_EACH_RE, ACTIVE_IN_EACH_ML_RE, COLUMN_IN_CELL_RE, CONTENT_IN_HEAD_RE, COUNT_CONTAIN_RE, DOSE_CELL_RE, HEADER_CELL_SERVING_RE, HEADER_CELL_MEASURE_RE, INLINE_SERVING_RE, EACH_ML_MEASURE_RE, MEASURE_HEAD_RE, ONE_UNIT_HEAD_RE, ONE_UNIT_CELL_RE, NUTRITION_HEADING_RE, SHARE_HEAD_CELL_RE, DAILY_HEADER_RE, PANEL_PER_RE, SERVING_ALT_RE, SERVING_PAREN_RE, COUNT_THEN_DAILY_DOSE_RE, SERVINGS_COUNT_RE, SERVINGS_PER_CONTAINER_RE, SERVING_SIZE_G_RE, SERVING_SIZE_RE, PRICE_CUE_RE, AMBIGUOUS_PER_RE, PANEL_HEAD_NOUN_RE } from './patterns.ts';
import { findAmounts } from './amount.ts';
import { numberWord, parseNumber } from './numbers.ts';
import { isDiscrete, unitOf, volumeMl } from './units.ts';
import { HALF_MEASURE_WORDS, HALF_SERVING_UNITS, MEASURE_PHRASES, SERVING_DAY_ADJECTIVES } from '../../data/magnesium/names.ts';

const SERVING_DAY_ADJECTIVE = new Set(SERVING_DAY_ADJECTIVES);
/** The word right before `at`, lower case. */
function wordBefore(text: string, at: number): string {
  return (text.slice(Math.max(0, at - 30), at).trimEnd().split(/[\s|:(]/).pop() ?? '').toLowerCase();
}

export interface ServingSize {
  count: number;
  unit: string;
  text: string;
  /** the same serving in another measure, in brackets after it ("2.5 gm (1/2 rounded tsp)") */
  alt?: { count: number; unit: string };
  /** a heading that says what some units contain ("Gehalt in 2 Kapseln:"): its offset in the text
   *  read, for it names the serving of the rows under it only */
  headAt?: number;
}

function countOf(raw: string): number | null {
  // ("1 1/2", "1 ½": a whole number and a fraction apart)
  const mixed = /^(\d{1,2})[ \u00a0]+(\d{1,2}\/\d{1,2}|[½¼¾⅓⅔])$/.exec(raw.trim());
  if (mixed) {
    const f = parseNumber(mixed[2]!);
    return f === null ? null : Number(mixed[1]) + f;
  }
  return /^\d/.test(raw) ? parseNumber(raw) : numberWord(raw);
}

/** Never throws; null when no serving size is stated. */
/** How many serving words the serving size is looked for after (a page's first one may head no count). */
const MAX_SERVING_TRIES = 8;

/** A line that reads as a direction ("Erwachsene je 2 Kapseln täglich"): it heads no serving. The
 *  engine's serving stage passes the directions reader's answer (stages/serving.ts); a store's
 *  adapter, which only asks whether a block states a serving, passes none: the page's reader never
 *  loads the directions reader. */
export type ReadsAsDirection = (line: string) => boolean;
const NO_DIRECTIONS: ReadsAsDirection = () => false;

export function parseServingSize(text: string, panel = false, readsAsDirection: ReadsAsDirection = NO_DIRECTIONS): ServingSize | null {
  if (typeof text !== 'string') return null;
  if (panel) {
    const pp = PANEL_PER_RE().exec(text);
    const unit = pp ? unitOf(pp[2] ?? '') : null;
    const count = pp ? countOf(pp[1] ?? '') : null;
    if (pp && unit && unit !== 'serving' && count !== null && count > 0 && !SERVING_SIZE_RE.test(text) && perHeads(text, pp.index, readsAsDirection)) {
      const one = oneUnitColumnBefore(text, pp.index, unit);
      return one ?? { count, unit, text: pp[0].replace(/\s+/g, ' ').trim() };
    }
  }
  // (a serving word that heads no count, "260 mg de magnésio por porção" over "Frasco com 60
  // cápsulas", is passed for the next one, "Porção: 2 cápsulas (1,4 g)"; issue 8, round 51: the
  // first alone was tried, and the page had no serving)
  let tries = 0;
  for (const m of text.matchAll(SERVING_SIZE_G_RE())) {
    if (++tries > MAX_SERVING_TRIES) break;
    // (a serving word after a day adjective is the day's dose, a direction: "dzienna porcja: 2 kapsułki")
    if (SERVING_DAY_ADJECTIVE.has(wordBefore(text, m.index ?? 0))) continue;
    const count = countOf(m[1] ?? '');
    const words = (m[2] ?? '').split(/\s+/);
    // (a unit of two words first: "Serving Size 8 fl oz (240 mL)"; the review of round 72)
    let unit: string | null = unitOf(words.join(' '));
    for (const w of words) {
      if (unit) break;
      unit = unitOf(w);
    }
    const end = (m.index ?? 0) + m[0].length;
    // ("Serving Size 1 can (12 fl oz)", "1 Bottle (60 mL)": one container the reader has no unit for, its
    // measure of liquid in brackets after it, is a serving of that measure; the review of round 72, each
    // fluid ounce read as a serving, a can's day 12 times the label's)
    if (count === 1 && !unit && words.length === 1) {
      const held = altMeasure(text.slice(end, end + 60));
      if (held && volumeMl(held.unit) !== null) return { count: held.count, unit: held.unit, text: text.slice(m.index ?? 0, end + held.length).replace(/\s+/g, ' ').trim() };
    }
    if (count !== null && count > 0 && count <= 100 && unit) {
      const alt = altMeasure(text.slice(end, end + 60));
      return { count, unit, text: (alt ? text.slice(m.index ?? 0, end + alt.length) : m[0]).replace(/\s+/g, ' ').trim(), ...(alt && alt.unit !== unit ? { alt: { count: alt.count, unit: alt.unit } } : {}) };
    }
  }
  // a drug label's "Active ingredient (in each level teaspoon, approx. 4.8 g)": one measure
  const ea = ACTIVE_IN_EACH_RE.exec(text);
  const eaUnit = ea ? unitOf(ea[1] ?? '') : null;
  if (ea && eaUnit && eaUnit !== 'serving') return { count: 1, unit: eaUnit, text: ea[0].replace(/\s+/g, ' ').trim() };
  // (or in each so many mL, no measure named: "Active ingredient (in each 15 mL)"; review 78, the adults'
  // "30 mL to 60 mL" took 30 mL for the serving, the day halved)
  const em0 = ACTIVE_IN_EACH_ML_RE.exec(text);
  const emMl = em0 ? countOf(em0[1] ?? '') : null;
  if (em0 && emMl !== null && emMl > 0) return { count: emMl, unit: 'ml', text: em0[0].replace(/\s+/g, ' ').trim() };
  const hc = headerCellServing(text);
  if (hc) return hc;
  if (!panel) {
    // a composition header line in page text: "Composition pour 2 gélules", "Cada 2 cápsulas
    // contienen:", "Per 2 capsules:" (a short line with no amount of its own)
    // (then one whose row shares its line, "Composition pour 2 gélules : ... 1200 mg")
    const h = headerServing(text, readsAsDirection);
    if (h) return h;
  }
  const cc = COUNT_CONTAIN_RE().exec(text);
  if (cc) {
    const unit = unitOf(cc[2] ?? '');
    const count = countOf(cc[1] ?? '');
    // ("Each 1 mL (approx. 20 drops) contains:": the same serving in the measure directions count)
    const alt = cc[3] ? altMeasure(cc[3]) : null;
    if (unit && unit !== 'serving' && count !== null && count > 0) return { count, unit, text: cc[0].replace(/\s+/g, ' ').trim(), ...(alt && alt.unit !== unit ? { alt: { count: alt.count, unit: alt.unit } } : {}) };
  }
  // ("Each ½ level teaspoon (1.25 g) contains:": a measure's part, its fill between)
  const mh = measureHead(text);
  if (mh) return mh;
  const p = SERVING_PAREN_RE().exec(text);
  if (p) {
    // (a measure's name of two words: "par prise (1 cuillère doseuse, 3 g)")
    const unit = measureUnit(p[2] ?? '');
    const count = countOf(p[1] ?? '');
    if (unit && unit !== 'serving' && count !== null && count > 0) return { count, unit, text: p[0].replace(/\s+/g, ' ').trim() };
  }
  // ("3 kapselia (päiväannos)", "2 Kapseln (Tagesdosis)": the count first, the day's dose named after it)
  const cd = COUNT_THEN_DAILY_DOSE_RE().exec(text);
  if (cd) {
    const unit = unitOf(cd[2] ?? '');
    const count = countOf(cd[1] ?? '');
    if (unit && unit !== 'serving' && count !== null && count > 0) return { count, unit, text: cd[0].replace(/\s+/g, ' ').trim() };
  }
  const i = INLINE_SERVING_RE.exec(text);
  if (i) {
    const unit = unitOf(i[2] ?? '');
    const count = i[1] ? countOf(i[1]) : 1;
    if (unit && unit !== 'serving' && count !== null && count > 0) return { count, unit, text: i[0].replace(/\s+/g, ' ').trim() };
  }
  // ("Each 5 ml spoonful contains 415 mg ...": one serving of 5 mL)
  const em = EACH_ML_MEASURE_RE.exec(text);
  const emCount = em ? countOf(em[1] ?? '') : null;
  if (em && emCount !== null && emCount > 0) return { count: emCount, unit: 'ml', text: em[0].replace(/\s+/g, ' ').trim() };
  return null;
}

const HALF_MEASURE = new Set(HALF_MEASURE_WORDS);
const HALF_UNITS = new Set(HALF_SERVING_UNITS);
const PHRASE_UNIT = new Map(Object.entries(MEASURE_PHRASES).flatMap(([unit, words]) => words.map((w) => [w, unit] as const)));

/** A measure's name in one to three words ("teaspoon", "cuillère à café", "measuring spoon"): its
 *  unit, the longest name first. */
function measureUnit(words: string): string | null {
  const ws = words.toLowerCase().split(/[ \t]+/);
  for (let k = ws.length; k >= 1; k--) {
    const name = ws.slice(0, k).join(' ');
    const unit = unitOf(name) ?? PHRASE_UNIT.get(name) ?? null;
    if (unit) return unit;
  }
  return null;
}

/** A composition header line of a measure with its count ("Each ½ level teaspoon (1.25 g)
 *  contains:", "Per mezzo misurino:"): that much of the measure is the serving, so directions in the
 *  whole measure count servings of the part ("1 level teaspoon once a day" against half a teaspoon
 *  is two; issue 8, kind 6). A measure only (a spoon, a scoop, millilitres), with its lead word or
 *  its verb. */
function measureHead(text: string): ServingSize | null {
  let n = 0;
  for (const line of text.slice(0, 200_000).split('\n')) {
    if (++n > 4000) break;
    if (line.length > 80 || line.length < 8 || !line.includes(':')) continue;
    const m = MEASURE_HEAD_RE().exec(line);
    if (!m || (m[1] === undefined && m[4] === undefined)) continue;
    const raw = (m[2] ?? '').toLowerCase();
    const count = HALF_MEASURE.has(raw) ? 0.5 : countOf(raw);
    const unit = measureUnit(m[3] ?? '');
    // (or part of one pack or tablet, "Per half stick:", "Each ½ sachet contains:", "Per half tablet:":
    // half the unit the directions count whole is the serving; review of round 55: read per stick, the
    // day half the label's; review of round 56: a tablet's too)
    if (unit && (ONE_MEASURES.has(unit) || unit === 'ml' || (HALF_UNITS.has(unit) && count !== null && count < 1)) && count !== null && count > 0 && count <= 10) return { count, unit, text: line.replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** How far back on its line a one-unit column is looked for before a column of several. */
const ONE_UNIT_COLUMN_REACH = 80;

/** "pro Kapsel / pro 2 Kapseln": a column of one unit of the same kind before the several's, on
 *  the same line, heads the first column, and a row's first amount is per one unit (never the
 *  several's serving: that would divide the day's dose). */
function oneUnitColumnBefore(text: string, at: number, unit: string): ServingSize | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = text.slice(Math.max(lineStart, at - ONE_UNIT_COLUMN_REACH), at);
  const re = new RegExp(PER_ONE_UNIT_RE.source, PER_ONE_UNIT_RE.flags);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (unitOf(m[1] ?? '') === unit) return { count: 1, unit, text: m[0].replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** "(1/2 rounded tsp)" right after a serving size: its count and unit, and the length read. */
function altMeasure(after: string): { count: number; unit: string; length: number } | null {
  const a = SERVING_ALT_RE.exec(after);
  if (!a) return null;
  // ("(12 fl oz)": the fluid ounce's two words)
  const unit = FLUID_OUNCE_END_RE.test(a[0]) ? 'floz' : unitOf(a[2] ?? '');
  const count = countOf(a[1] ?? '');
  if (!unit || unit === 'serving' || count === null || count <= 0) return null;
  const close = after.indexOf(')', a[0].length);
  return { count, unit, length: close >= 0 && close < a[0].length + 20 ? close + 1 : a[0].length };
}

const FLUID_OUNCE_END_RE = /\bfl(?:uid)?\.?[ \t]{0,2}(?:oz|ounces?)$/i;

/** Two or more spaces, or a tab, between two words of a line: a column gap. */
const COLUMN_GAP_RE = /[ \t]*\t[ \t]*| {2,}/g;

/** A percentage with its number ("80% NRV"): a row's value; a header's is a column label ("% NRV"). */
const PCT_VALUE_RE = /\d[ \t]{0,2}%/;

/** A table header row with a per-unit column and a percentage column, no amount of its own:
 *  "Składnik | 1 tabletka musująca | % RWS*" -> 1 tablet. Not a row that states a dose
 *  ("Recommended daily intake | 2 capsules | 80% NRV"): its % has a number, its first cell names a
 *  dose, or it comes after a nutrient's row (a header stands above the rows). */
function headerCellServing(text: string): ServingSize | null {
  let n = 0;
  let afterRow = false;
  let at = -1;
  for (const line of text.slice(0, 200_000).split('\n')) {
    at += 1;
    const lineAt = at;
    at += line.length;
    if (++n > 4000) break;
    if (line.trim().length === 0) continue;
    const wasAfterRow = afterRow;
    afterRow = false;
    if (line.length > 160) continue;
    // (a table pasted as text keeps its columns apart with runs of spaces or tabs: they are cells too,
    // on a line whose " | " parts a cell's two languages as well: "Per 2 capsules | In aghaidh 2
    // capsúl    %NRV"; issue 8, round 39)
    const cells = line.replace(COLUMN_GAP_RE, ' | ');
    if (!cells.includes('|')) continue;
    const amounts = findAmounts(line);
    const headerLike = !wasAfterRow && line.includes('%') && !PCT_VALUE_RE.test(line);
    // (a measure's weight and the per-100-g column are a header's grams, never a row's amount)
    if (headerLike && amounts.every((a) => a.unit === 'g')) {
      const measure = measureCellServing(cells) ?? spoonOrWeightCellServing(cells);
      if (measure) return { ...measure, text: line.replace(/\s+/g, ' ').trim() };
    }
    // (a half unit's column is a header with no percentage column too: "Nutrient | Per ½ scoop (2.5
    // g)", "Nutrient | Per ½ tablet"; read as one, the day halved: a helper session's review of round 62)
    if (!headerLike && !wasAfterRow && !PCT_VALUE_RE.test(line) && amounts.every((a) => a.unit === 'g')) {
      const half = measureCellServing(cells);
      if (half?.count === 0.5) return { ...half, text: line.replace(/\s+/g, ' ').trim() };
    }
    if (amounts.length > 0) {
      afterRow = true;
      continue;
    }
    if (!headerLike) continue;
    // "Zawartość w 2 kapsułkach (porcja dzienna) | % RWS*": the first cell says what the units
    // contain, a heading over the rows, whatever its bracket calls the serving (issue 8, round 30)
    // (not when another cell names a count of units too, "Zawartość w 1 kapsułce | w 2 kapsułkach |
    // % RWS": two columns, and the amount read may be either's)
    const content = contentInHead(firstCell(cells));
    if (content && !HEADER_CELL_SERVING_RE().test(cells.slice(cells.indexOf(firstCell(cells)) + firstCell(cells).length))) {
      return { ...content, text: line.replace(/\s+/g, ' ').trim(), headAt: lineAt };
    }
    // (or the column's own cell after the name column's: "Składnik | Zawartość w 2 tabletkach | %
    // RWS*", "Ingrediënt | Gehalte per 2 tabletten | % RI", when it is the only cell counting units;
    // issue 8, round 60: unread, the 2 tablets' amount was taken per tablet and "1 tabletka dwa razy
    // dziennie" doubled the day)
    const own = content ? null : contentColumn(cells);
    if (own) return { ...own, text: line.replace(/\s+/g, ' ').trim(), headAt: lineAt };
    const m = HEADER_CELL_SERVING_RE().exec(cells);
    if (!m || DOSE_CELL_RE().test(firstCell(cells))) continue;
    const unit = unitOf(m[2] ?? '');
    const count = countOf(m[1] ?? '');
    if (unit && unit !== 'serving' && count !== null && count > 0 && count <= 10) {
      return oneUnitColumnBefore(cells, m.index + m[0].length, unit) ?? { count, unit, text: line.replace(/\s+/g, ' ').trim() };
    }
  }
  return null;
}

/** A header row's column of one measure, or of a portion with its measure in brackets: "Por medida
 *  (3 g) | % VRN* | Por 100 g" is per one scoop, "pro Portion (½ Messlöffel = 1,25 g)" per half a
 *  scoop. Without it the directions' scoops were read against no serving: "2-mal täglich ½
 *  Messlöffel" one serving a day of the half, the day halved. A lone word must be a measure (a
 *  lone "per capsule" column beside the day's is the tie stage's to read); a bracket's a measure or
 *  a discrete unit. */
function measureCellServing(cells: string): { count: number; unit: string } | null {
  for (const cell of cells.split('|')) {
    const m = HEADER_CELL_MEASURE_RE().exec(cell);
    if (!m) continue;
    // (or one measure counted, its words after it: "per 1 teaspoon (3 g)", "pour 1 cuillère à café (3 g)";
    // unread, a half measure's directions made the half the serving, the day doubled; the review of the
    // rules of rounds 66-68)
    if (m[3] !== undefined) {
      const unit = measureUnit(m[3]);
      if (unit && ONE_MEASURES.has(unit)) return { count: 1, unit };
      continue;
    }
    // ("per halve maatschep (2,5 g)", "per 2,5 g (halve maatschep)": half the measure)
    if (m[4] !== undefined) {
      // (or half a scored tablet: "Per ½ tablet"; a helper session's review of round 62)
      const unit = measureUnit(m[5] ?? '');
      if (unit && (ONE_MEASURES.has(unit) || isDiscrete(unit))) return { count: 0.5, unit };
      continue;
    }
    const half = HALF_MEASURE.has((m[1] ?? '').toLowerCase());
    const unit = half ? measureUnit(m[2] ?? '') : unitOf(m[2] ?? '');
    const count = half ? 0.5 : countOf(m[1] ?? '');
    if (unit && (ONE_MEASURES.has(unit) || isDiscrete(unit)) && count !== null && count > 0 && count <= 10) return { count, unit };
  }
  return null;
}

/** A French header's first cell of measuring spoons, "Pour 2 cuillères doseuses (6 g)", or of a
 *  weight, "Pour 6 g": the serving the directions' spoons are counted against. Unread, the amount
 *  was taken per one spoon and "2 cuillères doseuses ... une fois par jour" doubled the day (review
 *  of round 46). */
const SPOON_HEADER_CELL_RE = /^[ \t]{0,3}(?:pour|par)[ \t]{1,2}(\d{1,2}|une?)[ \t]{1,2}cuill[eè]res?[ \t]{0,2}[- ][ \t]{0,2}(?:doseuses?|mesures?)(?:[ \t]{0,2}\([^()|\n]{1,20}\))?[ \t]{0,3}$/i;
const WEIGHT_HEADER_CELL_RE = /^[ \t]{0,3}(?:pour|par)[ \t]{1,2}(\d{1,2}(?:[.,]\d{1,2})?)[ \t]{0,2}g[ \t]{0,3}$/i;
function spoonOrWeightCellServing(cells: string): { count: number; unit: string } | null {
  const cell = firstCell(cells);
  const spoon = SPOON_HEADER_CELL_RE.exec(cell);
  if (spoon) {
    const count = countOf(spoon[1] ?? '');
    return count !== null && count > 0 && count <= 10 ? { count, unit: 'scoop' } : null;
  }
  const weight = WEIGHT_HEADER_CELL_RE.exec(cell);
  if (!weight) return null;
  const grams = Number((weight[1] ?? '').replace(',', '.'));
  return grams > 0 && grams <= 50 ? { count: grams, unit: 'g' } : null;
}

/** A heading that says what some units contain ("Zawartość w 2 kapsułkach", "Obsah v 1 tabletě"):
 *  its count and its unit (a discrete unit or a measure; never a gram or a millilitre, a
 *  "content in 100 g" being a food's table). */
function contentInHead(cell: string): { count: number; unit: string } | null {
  const m = CONTENT_IN_HEAD_RE.exec(cell);
  if (!m) return null;
  const unit = unitOf(m[2] ?? '');
  const count = countOf(m[1] ?? '');
  if (!unit || count === null || count <= 0 || count > 10 || !(isDiscrete(unit) || ONE_MEASURES.has(unit))) return null;
  return { count, unit };
}

/** The one cell of a header, past its first, saying what some units contain, when no other cell
 *  counts units ("Zawartość w 1 kapsułce | w 2 kapsułkach" are two columns: either may be read). */
function contentColumn(cells: string): { count: number; unit: string } | null {
  const parts = cells.split('|').filter((c) => c.trim().length > 0);
  if (parts.length < 2) return null;
  const k = parts.findIndex((c, i) => i > 0 && contentInHead(c) !== null);
  if (k < 0) return null;
  const own = contentInHead(parts[k]!);
  // (a share's cell that repeats the column's count, "% NRV in 2 Tabletten", is the same serving's;
  // a helper session's review of rounds 59-61: given up on, the 2 tablets' amount read per tablet)
  const others = parts.filter((c, i) => i !== k && !sameShareCell(c, own));
  if (others.some((c) => contentInHead(c) !== null || HEADER_CELL_SERVING_RE().test(c) || /\d/.test(c.replace(/%/g, '')))) return null;
  return own;
}
function sameShareCell(cell: string, own: { count: number; unit: string } | null): boolean {
  const m = own ? SHARE_IN_COUNT_RE.exec(cell) : null;
  return !!m && countOf(m[1] ?? '') === own!.count && unitOf(m[2] ?? '') === own!.unit;
}
/** A share's cell with its count of units: "% NRV in 2 Tabletten", "%RI per 2 tablets", "% RWS w 2 tabletkach". */
const SHARE_IN_COUNT_RE = /^[ \t]{0,3}%[^|\n\d]{0,20}?[ \t](?:in|im|per|pro|je|pour|par|por|w|na|dans|en)[ \t]{1,2}(\d{1,2})[ \t]{1,3}(\p{L}{2,20})[ \t]{0,2}\*{0,2}[ \t]*$/iu;

/** The first cell of a row with its cells apart ("Dosage | 2 capsules | 80%" -> "Dosage"). */
function firstCell(cells: string): string {
  for (const c of cells.split('|')) if (c.trim().length > 0) return c;
  return '';
}

/** Measures a composition header may name as one serving ("Each scoop contains:"), counted as
 *  servings are (a gram or a millilitre is no such measure). */
export const ONE_MEASURES: ReadonlySet<string> = new Set(['scoop', 'teaspoon', 'tablespoon']);

/** Are the lines around a lone head cell the other cells of its header row: a nutrition heading
 *  ("Typical values") before it, or a share's column ("%NRV*", "% RI") after it? */
function inHeaderRow(prev: string | undefined, next: string | undefined): boolean {
  return (prev !== undefined && NUTRITION_HEADING_RE().test(prev.trim())) || (next !== undefined && SHARE_HEAD_CELL_RE().test(next));
}

/** A head and its rows on one line ("Nährwerte je 2 Kapseln: Magnesium 400 mg", "Nutrition per 2
 *  capsules: Magnesium 400 mg, Zinc 10 mg"): the head before its colon is read as a line of its own,
 *  as it is when the rows stand under it (issue 8, rounds 62 and 64: read per capsule, the day
 *  doubled; "Composition pour 2 gélules : citrate de magnésium 1200 mg", "Zawartość w 2 kapsułkach:
 *  magnez 400 mg"). A line whose part before its first colon holds an amount, or whose part after
 *  holds none, is itself. */
function headOfRowLine(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 8 || colon > 60) return line;
  const head = line.slice(0, colon + 1);
  return findAmounts(head).length === 0 && findAmounts(line.slice(colon + 1)).length > 0 ? head : line;
}

/** The serving a composition's header line names: the first line that is one; else the first whose
 *  head shares its line with its row (its head before the colon), unless a line heads one unit's row
 *  so ("Par gélule : ... 100 mg" over "Pour 2 gélules : 200 mg": per unit). One walk over the lines. */
function headerServing(text: string, readsAsDirection: ReadsAsDirection): ServingSize | null {
  let n = 0;
  let at = -1;
  let inline: ServingSize | null = null;
  const lines = text.slice(0, 200_000).split('\n');
  for (let i = 0; i < lines.length; i++) {
    at += 1;
    const lineAt = at;
    at += lines[i]!.length;
    if (++n > 4000) break;
    const own = lineServing(lines[i]!, lines[i - 1], lines[i + 1], lineAt, readsAsDirection);
    if (own) return own;
    if (inline === null) {
      const head = headOfRowLine(lines[i]!);
      if (head !== lines[i]) inline = lineServing(head, lines[i - 1], lines[i + 1], lineAt, readsAsDirection);
    }
  }
  return inline !== null && !headsOneUnitRow(text) ? inline : null;
}

/** The serving one line of a composition's header names, or null: `prev` and `next` are the lines
 *  around it, `lineAt` where it starts in the text. */
function lineServing(line: string, prev: string | undefined, next: string | undefined, lineAt: number, readsAsDirection: ReadsAsDirection): ServingSize | null {
  if (line.length > 60 || line.length < 8) return null;
  // "Medicinal Ingredients (per tablet):": the amounts under it are per unit, whatever a "daily
  // dose of 4 tablets" further on adds up to
  // (or a head cell of a grid's header row, "Per scoop (3.5g)" alone on its line, a cell of the
  // same row beside it: "Typical values" before it, or "%NRV" after it. A lone "Per tablet" over a
  // table whose own header row says "Per daily dose (3 tablets)" heads nothing)
  const cell = ONE_UNIT_HEAD_RE.test(line) ? null : ONE_UNIT_CELL_RE.exec(line);
  const one = cell ? (inHeaderRow(prev, next) ? cell : null) : ONE_UNIT_HEAD_RE.exec(line);
  const oneUnit = one ? unitOf(one[1] ?? '') : null;
  // (a measure counts too, "Each level 5 g scoop provides:"; never a gram or a millilitre)
  if (oneUnit && (isDiscrete(oneUnit) || ONE_MEASURES.has(oneUnit))) return { count: 1, unit: oneUnit, text: line.replace(/\s+/g, ' ').trim() };
  // ("Zawartość w 2 kapsułkach:", a line of its own over the rows)
  const content = findAmounts(line).length === 0 ? contentInHead(line) : null;
  if (content) return { ...content, text: line.replace(/\s+/g, ' ').trim(), headAt: lineAt };
  // ("Hranjive tvari | u 2 kapsule": one column of counted units after its "in" word, the only one
  // of the row; a row of two, "v 1 tabletě | v 2 tabletách", is the tie stage's columns)
  const inCell = COLUMN_IN_CELL_RE().exec(line);
  if (inCell && !COLUMN_IN_CELL_RE().test(line.slice(inCell.index + inCell[0].length)) && !PANEL_PER_RE().test(line) && findAmounts(line).length === 0) {
    const unit = unitOf(inCell[2] ?? '');
    const count = countOf(inCell[1] ?? '');
    if (unit && isDiscrete(unit) && count !== null && count > 0 && count <= 10) return { count, unit, text: line.replace(/\s+/g, ' ').trim() };
  }
  // (never a unit price, "£0.13 per 1 tablet", "0,25 € pro Kapsel": a price on the line heads no
  // serving; issue 8, round 61: it made the serving one tablet over "Two tablets provide")
  const pp = PANEL_PER_RE().exec(line);
  if (!pp || pp.index > 30 || findAmounts(line).length > 0 || PRICE_CUE_RE().test(line) || !perHeads(line, pp.index, readsAsDirection)) return null;
  const unit = unitOf(pp[2] ?? '');
  const count = countOf(pp[1] ?? '');
  if (unit && unit !== 'serving' && count !== null && count > 0) return oneUnitColumnBefore(line, pp.index, unit) ?? { count, unit, text: line.replace(/\s+/g, ' ').trim() };
  return null;
}

/** Does the per-word at `at` head a composition's serving: never on a line that reads as a direction
 *  (a count with its day or its take verb: "Erwachsene je 2 Kapseln täglich", "Neem je 2 capsules per
 *  dag", "2x täglich je 1 Kapsel"), and a per-word that is also a word of directions ("je") only after
 *  a composition's head noun on its line ("Nährwerte je 2 Kapseln:"; never "Für Sportler je 4
 *  Kapseln:"). The review of rounds 63-64: such lines were the page's serving over a table's "pro
 *  Kapsel" column, the day read at a half or a quarter. */
function perHeads(text: string, at: number, readsAsDirection: ReadsAsDirection): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endAt = text.indexOf('\n', at);
  const line = text.slice(start, endAt < 0 ? text.length : endAt);
  // (a head noun before it makes it a head: "Typical values | Per 2 capsules (max daily dose)")
  if (PANEL_HEAD_NOUN_RE().test(text.slice(start, at))) return true;
  if (AMBIGUOUS_PER_RE().test(text.slice(at))) return false;
  return line.length > 200 || !readsAsDirection(line);
}

/** A line heads one unit's row on its own line ("Par gélule : ...", "Per capsule: ..."). */
function headsOneUnitRow(text: string): boolean {
  for (const m of text.slice(0, 200_000).matchAll(ONE_UNIT_ROW_HEAD_G_RE)) {
    const u = unitOf(m[1] ?? '');
    if (u && (isDiscrete(u) || u === 'serving')) return true;
  }
  return false;
}

export function parseServingsPerContainer(text: string): { count: number; text: string } | null {
  if (typeof text !== 'string') return null;
  const m = SERVINGS_PER_CONTAINER_RE.exec(text) ?? SERVINGS_COUNT_RE.exec(text);
  if (!m) return null;
  const n = parseNumber(m[1] ?? '');
  return n !== null && n > 0 ? { count: n, text: m[0].replace(/\s+/g, ' ').trim() } : null;
}

/** A table's header row over per-unit columns ("Składnik | w 1 kapsułce | w 2 kapsułkach (dzienna
 *  porcja) | %RWS*", "Zawartość w 2 kapsułkach | % RWS"): cells, no amount, no percentage with a
 *  number, and a cell saying what some units contain, with its "in"/"per" word (a row that states a
 *  dose, "Dorośli | 2 kapsułki dziennie", "Dawka dzienna | 2 kapsułki", is none). It names the
 *  columns, never a dose a day: the directions reader skips it. */
export function isColumnHeaderRow(line: string): boolean {
  if (!line.includes('|') || line.length > 160 || PCT_VALUE_RE.test(line) || findAmounts(line).length > 0) return false;
  const first = firstCell(line);
  if (contentInHead(first)) return true;
  if (DOSE_CELL_RE().test(first)) return false;
  const m = HEADER_CELL_SERVING_RE().exec(line);
  return m !== null && /^\|?[ \t]{0,3}\p{L}/u.test(m[0]);
}

/** A table's header row whose later cell heads the daily dose's column beside a bare count's
 *  ("Składnik | 1 tabletka | W dziennej porcji (2 tabletki) | %RWS*", "Nutrient | 1 capsule | Per daily
 *  dose (2 capsules) | NRV"): it names the columns, though its count cell has no "in"/"per" word. Never
 *  a row headed by the dose itself ("Daily dose | 2 capsules", "Dorośli | 2 kapsułki dziennie"): its
 *  first cell names no dose, a later one is a daily dose's head (issue 8, round 66). */
export function isDailyColumnsHeaderRow(line: string): boolean {
  // (the cheap tests first: a page of 20,000 table rows meets this once per row)
  if (!line.includes('|') || line.length > 160 || !DAILY_HEADER_RE().test(line) || PCT_VALUE_RE.test(line) || findAmounts(line).length > 0) return false;
  const cells = line.split('|');
  if (cells.length < 3 || DOSE_CELL_RE().test(firstCell(line))) return false;
  return cells.slice(1).some((c) => DAILY_HEADER_RE().test(c)) && HEADER_CELL_SERVING_RE().test(line);
}
