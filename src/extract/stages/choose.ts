// Stage 5, choose: the amount that is this product's dose, among those kept. A facts panel
// outranks marketing text (when it names the nutrient with an amount, only it is looked at first);
// then the element's own amount before a compound's weight before a %DV; an amount per serving
// before one per day; surer tiers; the first on the page. Facts rows for the element are summed
// (a panel may list it from two sources). A compound's weight becomes an estimate with the share
// of its salt, unless a unit could hold that much of the element itself (then the higher reading
// stands: never understate). A best figure above the serving cap, or a signed number, is no dose
// and no lower figure is taken instead: the page is unreadable with the reason (issue 9).
import { msg, type Msg } from '../msg.ts';
import type { Lexicon } from '../lexicon.ts';
import { findAmounts, round } from '../text/amount.ts';
import type { ReadForm } from '../text/compound.ts';
import { SOURCE_NAME_RE, TOTAL_NAME_RE } from '../text/patterns.ts';
import { isDiscrete, sameUnit } from '../text/units.ts';
import type { Trace } from '../trace.ts';
import { TIER, type Tied } from './tie.ts';

export type Basis = 'elemental' | 'compound-estimate' | 'dv-estimate';

export interface Dose {
  mg: number;
  /** the amount is a daily total (stated per day) */
  perDay: boolean;
  basis: Basis;
  form: ReadForm | null;
  perUnit: string | null;
  /** units of perUnit the amount is stated for ("per 4 capsules"); 1 when absent */
  perCount: number;
  /** the candidate that won, and every row summed into the dose */
  winner: Tied;
  rows: Tied[];
  /** the rows the dose is the total of ("from ... bisglycinate 150 mg" under "Total 300 mg") */
  parts?: Tied[];
  /** what was worked out rather than read */
  assumptions: Msg[];
}

export interface Choice {
  dose: Dose | null;
  /** another plausible amount for the same serving that disagrees with the dose (the higher one is
   *  the dose: never understate) */
  other: { t: Tied; mg: number } | null;
  /** the best candidate is a figure no page can honestly mean: more than a serving can hold, or a
   *  signed or exponent number. The page is then unreadable with this as the reason, never a
   *  verdict from a lower-ranked figure. */
  refused: { t: Tied; mg: number; why: 'implausible' | 'malformed' } | null;
}

/** The label's serving, when it is several units ("Serving Size: 3 Tablets", "per 3 tablet serving"). */
export interface Serving {
  count: number;
  unit: string;
  /** the directions take fewer of its units at a time than the serving holds ("Take 1 to 3
   *  capsules daily" under "Serving Size: 3 Capsules"): each unit is then a serving of its own */
  fewerUnits?: boolean;
}

/** What the label says of the unit an amount is per: the unit its serving or directions count in,
 *  and how many units a serving or an intake is, when it says. */
export interface DoseHint {
  unit: string | null;
  units: number | null;
}

/** The order candidates are tried in: explicit elemental before compound before %DV, an amount per
 *  serving before one per day, an amount stated for the label's serving of several units before
 *  one stated for a single unit ("133 mg per tablet ... or 400 mg per 3 tablet serving": the
 *  label's own figure for its serving), surer tiers, then first on the page. */
export function rankOrder(serving: Serving | null): (a: Tied, b: Tied) => number {
  const rank = (c: Tied): number => (c.kind === 'elemental' ? 2 : c.kind === 'compound' ? 1 : 0);
  // (where the directions take fewer units at a time than the serving holds, the label's own
  // per-unit column is the serving they count: "Amount Per Serving | % Daily Value | Per Capsule"
  // under "Serving Size: 3 Capsules" and "Take 1 to 3 capsules daily" is 100 mg, 1 to 3 a day,
  // never a third of the 300 mg serving; round 55)
  const per = serving?.fewerUnits ? 1 : serving?.count;
  const forServing = (c: Tied): number => (serving && (c.perCount ?? 1) === per && c.perUnit !== null && sameUnit(c.perUnit, serving.unit) ? 1 : 0);
  return (a, b) => rank(b) - rank(a) || Number(a.perDay) - Number(b.perDay) || forServing(b) - forServing(a) || b.tier - a.tier || a.pos - b.pos;
}

/** Where a kept candidate stands in the page order the ranking falls back to: facts, then the
 *  product text, the title, variant lines, lone amounts. */
const ORIGIN: Record<string, number> = { facts: 0, body: 1, title: 2, variant: 3, standalone: 4 };
function origin(t: Tied): number {
  return t.tie === 'variant' || t.tie === 'standalone' ? ORIGIN[t.tie]! : ORIGIN[t.region]!;
}

export function choose(kept: readonly Tied[], unitHint: DoseHint, serving: Serving | null, lex: Lexicon, trace: Trace | null): Choice {
  const all = [...kept].sort((a, b) => origin(a) - origin(b));
  const panel = all.filter((c) => c.region === 'facts');
  // a facts panel outranks marketing text: when it names the nutrient with an amount, use only it
  const order = rankOrder(serving);
  const pool = panel.length > 0 ? panel : all;
  const picked = pickDose(pool, order, unitHint, lex);
  let dose = picked.dose ?? null;
  const refused = picked.refused ?? null;
  let other: Choice['other'] = null;
  if (dose) {
    const d = disagreeing(dose, pool, unitHint, lex);
    if (d && d.mg > dose.mg) {
      // the higher amount is used; the one the ranking chose is recorded as the other
      other = { t: dose.winner, mg: dose.mg };
      dose = d;
    } else if (d) other = { t: d.winner, mg: d.mg };
  }
  if (dose && !serving) dose = withStatedUnit(dose, all);
  if (trace) {
    if (refused) trace.add({ stage: 'choose', verdict: 'rejected', amount: refused.t.raw, where: `${refused.t.region}:${refused.t.line}`, why: refused.why === 'malformed' ? 'a signed or exponent number' : `more than a serving can hold (over ${lex.data.caps.maxServingMg} mg): the page is unreadable`, quote: refused.t.text });
    if (dose) {
      const w = dose.winner;
      const why = [
        panel.length > 0 && w.region === 'facts' ? 'from the facts panel' : 'no facts panel amount',
        `${w.kind}${dose.basis !== 'elemental' ? ` -> ${dose.basis}` : ''}`,
        w.perDay ? 'stated per day' : 'per serving',
        `tier ${w.tier}`,
        dose.rows.length > 1 ? `${dose.rows.length} rows summed` : 'first of its rank on the page',
      ].join(', ');
      trace.add({ stage: 'choose', verdict: 'chosen', amount: `${dose.mg} mg`, where: `${w.region}:${w.line}`, why, quote: w.text });
      if (other) trace.add({ stage: 'choose', verdict: 'note', amount: `${other.mg} mg`, where: `${other.t.region}:${other.t.line}`, why: 'the page also states this for the same serving: it disagrees with itself, the higher amount is used', quote: other.t.text });
    } else trace.note('choose', kept.length === 0 ? 'no amount kept' : 'no amount left to choose');
  }
  return { dose, refused, other };
}

/** A dose stated per nothing ("Magnesium (magnesium citrate) | 300 mg" under "Each level scoop
 *  (5 g) contains:") takes the unit the page states the same amount per elsewhere ("Each level scoop
 *  delivers 300 mg of elemental magnesium"), when the label names no serving size: the directions'
 *  "½ scoop once or twice daily" are then half a serving each time, never a serving of half a scoop
 *  (issue 8, round 22: 300 mg per half scoop read 300-600 mg a day for 150-300). */
function withStatedUnit(dose: Dose, all: readonly Tied[]): Dose {
  const w = dose.winner;
  if (dose.perUnit !== null || dose.perDay || dose.basis !== 'elemental') return dose;
  const same = all.find((c) => c !== w && c.perUnit !== null && !c.perDay && c.kind === w.kind && c.mg === dose.mg && c.tie !== 'title' && c.tie !== 'variant' && c.tie !== 'standalone' && c.tier > TIER.title);
  if (!same) return dose;
  // (two units for the same amount say nothing: "300 mg per scoop", "300 mg per stick")
  if (all.some((c) => c.perUnit !== null && c.mg === dose.mg && !sameUnit(c.perUnit, same.perUnit!))) return dose;
  return { ...dose, perUnit: same.perUnit, perCount: same.perCount ?? 1 };
}

/** The difference between two amounts beyond which they disagree (estimates and rounding differ less). */
const DISAGREEMENT = 0.1;

/** Another amount the page states for the same thing as the dose (the element itself, per the same
 *  unit or serving, per serving or per day alike), from a label row or a sentence (not a title or a
 *  lone amount), that differs from it by more than DISAGREEMENT: the page disagrees with itself. */
function disagreeing(dose: Dose, pool: readonly Tied[], unitHint: DoseHint, lex: Lexicon): Dose | null {
  const w = dose.winner;
  // (a row ranked as the title, the product's name quoted in the text, is no label's statement either)
  const sure = (c: Tied): boolean => c.tie !== 'title' && c.tie !== 'variant' && c.tie !== 'standalone' && c.tier > TIER.title;
  if (!sure(w)) return null;
  // (the highest of them: "<Element> (as oxide) 100 mg ... (as citrate) 50 mg ... Total <element>
  // 200 mg" flattened on one line disagrees with 50 and with 200; the first found, 50, hid the 200:
  // never understate; issue 8, round 32)
  let high: Dose | null = null;
  for (const c of pool) {
    if (dose.rows.includes(c) || dose.parts?.includes(c) || !sure(c) || c.kind !== w.kind || c.perDay !== w.perDay || c.elementalOf !== w.elementalOf) continue;
    if ((c.perUnit ?? '') !== (w.perUnit ?? '') || (c.perCount ?? 1) !== (w.perCount ?? 1) || c.a?.malformed) continue;
    const d = toDose(c, unitHint, lex);
    if (d.basis !== dose.basis || !(d.mg > 0) || d.mg > lex.data.caps.maxServingMg) continue;
    if (Math.abs(d.mg - dose.mg) > DISAGREEMENT * Math.max(d.mg, dose.mg) && (!high || d.mg > high.mg)) high = d;
  }
  return high;
}

/** A figure past any serving on a line that also states the element's own amount in words, one a
 *  serving can hold ("1050MG TRIPLE ... COMPLEX: ... 1,050 mg of three ... compounds, delivering 150
 *  mg of elemental ..."): the figure is the blend's weight, the element's amount is beside it; the
 *  page is read by that one, not refused as unreadable. */
function elementalStatedBeside(best: Tied, cands: readonly Tied[], lex: Lexicon): boolean {
  // (a figure itself stated as the element's, "One scoop provides 1,100 mg elemental ...; a half
  // scoop provides 550 mg elemental ...", is the element's: the page is refused, never read lower)
  if (best.a !== null && lex.elemental.test(best.lineOf.text.slice(best.a.start, best.magEnd))) return false;
  return cands.some((c) => c !== best && c.region === best.region && c.line === best.line && c.kind === 'elemental' && c.a !== null
    && c.mg > 0 && c.mg <= lex.data.caps.maxServingMg && lex.elemental.test(c.lineOf.text.slice(c.a.start, c.magEnd)));
}

/** The best candidate's dose; a zero is no dose (the next is tried); a figure no page can honestly
 *  mean stops the choice. */
function pickDose(cands: readonly Tied[], order: (a: Tied, b: Tied) => number, unitHint: DoseHint, lex: Lexicon): { dose?: Dose; refused?: NonNullable<Choice['refused']> } {
  const sorted = [...cands].sort(order);
  for (const best of sorted) {
    if (best.a?.malformed) return { refused: { t: best, mg: best.mg, why: 'malformed' } };
    const d = doseFrom(best, cands, unitHint, lex);
    if (!(d.mg > 0)) continue;
    if (d.mg > lex.data.caps.maxServingMg || !Number.isFinite(d.mg)) {
      if (elementalStatedBeside(best, cands, lex)) continue;
      return { refused: { t: best, mg: d.mg, why: 'implausible' } };
    }
    return { dose: d };
  }
  return {};
}

function doseFrom(best: Tied, cands: readonly Tied[], unitHint: DoseHint, lex: Lexicon): Dose {
  if (best.tier === TIER.panelRow && best.kind === 'elemental') {
    const rows = new Map<string, Tied>();
    // rows of one table shape only: a comparison chart's row ("Magnesium per serving | 350 mg |
    // 200 mg | 144 mg", one amount per product) beside a one-column facts row is no second source
    const shape = findAmounts(best.text).length;
    // (a row that alone states more than a serving can hold of the element is a blend's or a
    // compound's weight, "Tri-<element> Blend 1,650 mg" under "<element> 250 mg": no source to add)
    const plausible = (c: Tied) => c === best || c.mg <= lex.data.caps.maxServingMg;
    // (and not one amount restated for another basis: "Pour 1 comprimé" over "<Element> | 75 mg" and
    // "Pour 4 comprimés" over "<Element> | 300 mg" are one amount twice, never two sources; issue 8,
    // round 32)
    for (const c of cands) if (c.tier === TIER.panelRow && c.kind === 'elemental' && !rows.has(c.text) && plausible(c) && findAmounts(c.text).length === shape && !restatedForOtherBasis(c, best)) rows.set(c.text, c);
    const distinctLines = new Set([...rows.values()].map((c) => `${c.region}:${c.line}`));
    if (rows.size > 1 && distinctLines.size === rows.size) return summed(best, [...rows.values()], unitHint, lex);
  }
  // compounds' rows of one table, each a form of its own ("Magnesium citrate | 1,250 mg" over
  // "Magnesium bisglycinate | 850 mg", no elemental row): each estimated, the estimates summed
  if (best.tier === TIER.panelRow && best.kind === 'compound' && best.form) {
    const rows = compoundRows(best, cands);
    if (rows.length > 1) return summedCompounds(best, rows, unitHint, lex);
  }
  // a facts panel flattened to text: its rows for the element from sources of their own
  const flat = best.tie === 'row' && best.kind === 'elemental' && best.tier < TIER.panelRow ? sourceRows(best, cands) : [];
  if (flat.length > 1) return summed(best, flat, unitHint, lex);
  return toDose(best, unitHint, lex);
}

/** The table's rows of compounds of the element, one per form, one amount each, on lines of their
 *  own next to the best one (a block): a form named twice is no second source. */
function compoundRows(best: Tied, cands: readonly Tied[]): Tied[] {
  const byLine = new Map<number, Tied | null>();
  for (const c of cands) {
    if (c === best || c.tier !== TIER.panelRow || c.kind !== 'compound' || !c.form || c.region !== best.region || c.a?.malformed) continue;
    if (!sameBasis(c, best)) continue;
    byLine.set(c.line, byLine.has(c.line) || c.line === best.line ? null : c);
  }
  const block = blockAround(best, byLine);
  return new Set(block.map((c) => c.form!.form)).size === block.length ? block : [];
}

/** Two amounts stated for the same quantity: per day or per serving, per the same units. */
function sameBasis(a: Tied, b: Tied): boolean {
  return a.perDay === b.perDay && (a.perUnit ?? '') === (b.perUnit ?? '') && (a.perCount ?? 1) === (b.perCount ?? 1);
}

/** Two rows that each state their basis, and state different ones of the same unit ("per 1 tablet",
 *  "per 4 tablets") or one per day and one per serving: one amount restated, never two sources.
 *  A row that states none is the panel's serving, and rows of different units ("per 1 tablet", "per
 *  1 capsule" in a day-and-night kit) are different things: those may still be summed (summing
 *  never understates; review of round 32: a row with no basis over a "Per 2 capsules" block's row,
 *  and a kit's tablet and capsule, were read one for both, 200 mg for 400). */
function restatedForOtherBasis(a: Tied, b: Tied): boolean {
  if (sameBasis(a, b)) return false;
  if (!a.perUnit || !b.perUnit) return false;
  return a.perDay !== b.perDay || (sameUnit(a.perUnit, b.perUnit) && (a.perCount ?? 1) !== (b.perCount ?? 1));
}

/** The rows on the lines next to the best one, up and down, until a line holds none (or null);
 *  with `over`, a row may stand one line further when the line between is one of those (a line
 *  holding nothing kept). */
function blockAround(best: Tied, byLine: ReadonlyMap<number, Tied | null>, over: ReadonlySet<number> = new Set()): Tied[] {
  const block: Tied[] = [best];
  for (const dir of [-1, 1]) {
    for (let l = best.line; ;) {
      const step = !byLine.has(l + dir) && over.has(l + dir) ? 2 * dir : dir;
      const c = byLine.get(l + step);
      if (!c || (step !== dir && !c.elementalOf)) break;
      if (dir < 0) block.unshift(c);
      else block.push(c);
      l += step;
    }
  }
  return block;
}

/** Each compound's row read on its own (estimated, or the element when a unit could hold it), summed;
 *  one table states one basis: when one row is surely a compound's weight, every row is. */
function summedCompounds(best: Tied, rows: readonly Tied[], unitHint: DoseHint, lex: Lexicon): Dose {
  let each = rows.map((c) => toDose(c, unitHint, lex));
  if (each.some((x) => x.basis === 'compound-estimate')) each = rows.map((c) => estimated(c, { ...toDose(c, unitHint, lex) }));
  const d = toDose(best, unitHint, lex);
  d.mg = round(each.reduce((s, x) => s + x.mg, 0));
  d.basis = each.some((x) => x.basis === 'compound-estimate') ? 'compound-estimate' : 'elemental';
  d.rows = [...rows];
  d.assumptions = [...each.flatMap((x) => x.assumptions), msg('reading_rows_summed', rows.length)];
  return d;
}

/** Rows for the element, each a source of it: their sum, unless one of them is the others' total. */
function summed(best: Tied, rows: readonly Tied[], unitHint: DoseHint, lex: Lexicon): Dose {
  const total = rows.reduce((s, c) => s + c.mg, 0);
  // "Total Magnesium 300 mg" above "from ... bisglycinate 150 mg", "from ... malate 75 mg", ...:
  // the total and its sources, not sources to add
  const whole = wholeOfParts(rows, total, lex);
  if (whole) return { ...toDose(whole, unitHint, lex), parts: rows.filter((c) => c !== whole) };
  const d = toDose(best, unitHint, lex);
  d.mg = round(total);
  d.rows = [...rows];
  d.assumptions.push(msg('reading_rows_summed', rows.length));
  return d;
}

/** A facts panel flattened to text ("Magnesium (as magnesium glycinate) 100 mg 24%" over "Magnesium
 *  (as magnesium oxide) 150 mg 36%"): the rows for the element on the lines next to the best one,
 *  one amount each, for the same serving, each naming a form of its own. Repeated text of one form
 *  (a description restating the panel) is never a second source. */
function sourceRows(best: Tied, cands: readonly Tied[]): Tied[] {
  if (!sourceKey(best)) return [];
  // (a line with two such amounts, or of another shape, is no source row: null ends the block there)
  const byLine = new Map<number, Tied | null>();
  const shape = findAmounts(best.text).length;
  for (const c of cands) {
    if (c === best || c.tie !== 'row' || c.kind !== 'elemental' || c.tier !== best.tier || c.region !== best.region || !sourceKey(c) || c.a?.malformed) continue;
    if (!sameBasis(c, best)) continue;
    byLine.set(c.line, byLine.has(c.line) || c.line === best.line || findAmounts(c.text).length !== shape ? null : c);
  }
  // (the elemental equivalents of compounds, each under its own compound's row, stand a line apart:
  // "Magnesium citrate | 1,000 mg" / "(equiv. magnesium 160 mg)" / "Magnesium oxide | 100 mg" /
  // "(equiv. magnesium 60 mg)": the line between may be crossed when nothing on it was kept)
  const block = blockAround(best, byLine, best.elementalOf ? linesWithout(best, cands) : undefined);
  const forms = new Set(block.map(sourceKey));
  return forms.size === block.length ? block : [];
}

/** The lines next to an equivalent row's neighbours that hold no kept amount of its region (its
 *  compounds' rows, rejected for the equivalent under them), near the best one. */
function linesWithout(best: Tied, cands: readonly Tied[]): Set<number> {
  const held = new Set(cands.filter((c) => c.region === best.region).map((c) => c.line));
  const out = new Set<number>();
  for (const c of cands) {
    if (c.region !== best.region || !c.elementalOf) continue;
    for (const l of [c.line - 1, c.line + 1]) if (!held.has(l)) out.add(l);
  }
  return out;
}

/** What makes a row a source of its own: the form it names, or, for the elemental equivalent of a
 *  compound ("Magnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)"), its compound's row. */
function sourceKey(c: Tied): string | null {
  return c.form?.form ?? (c.elementalOf ? c.text : null);
}

/** A line that opens with an ingredients list's heading cell: "Active Ingredients | ...",
 *  "Ingredients: ...". */
const INGREDIENTS_CELL_RE = /^[ \t]{0,3}(?:active[ \t]{1,2})?(?:ingredients?|zutaten|wirkstoffe|ingrédients|ingredientes|ingredienti|ingrediënten|ingredienser|skład|složení)[ \t]{0,2}[|:\t]/i;

/** Rounding a label's total and its parts may leave between them. */
const PARTS_TOLERANCE = 0.02;

/** Among a panel's rows for the element, the one that is the others' total: named so ("Total
 *  Magnesium", "Magnesium (total elemental)"), or equal to the sum of the others when each of them
 *  is named as a source ("from Magnesium Malate"). Two sources that happen to add up to a third
 *  are not enough: summing never understates, taking a part for the whole would. */
/** A row's name is the element's name alone ("<Element> |"), no form, source or other word. */
function namesOnlyElement(c: Tied, lex: Lexicon): boolean {
  return !/\p{L}/u.test(c.name.replace(lex.mentionWordG, ' '));
}

function wholeOfParts(rows: readonly Tied[], sum: number, lex: Lexicon): Tied | null {
  const named = rows.filter((c) => TOTAL_NAME_RE().test(c.name));
  if (named.length === 1) return named[0]!;
  // ("Magnesium (as citrate) | 125 mg" in an ingredients list, "Magnesium | 125 mg | 30%" in the
  // nutrition block of the same label: the element's row naming no source and the one source that
  // equals it are one amount stated twice, a total and its only part)
  // Only when the bare row names the element and nothing else (a row naming a source the forms
  // table does not know, "<Element> (from marine algae) | 200 mg", is a source of its own), and the
  // other is an indented sub-row ("as ...") or stands apart from it: two full rows side by side,
  // "<Element> | 200 mg" over "<Element> (as glycinate) | 200 mg", may be two sources (summing never
  // understates)
  if (rows.length === 2) {
    const [a, b] = rows as [Tied, Tied];
    const same = Math.abs(a.mg - b.mg) <= PARTS_TOLERANCE * Math.max(a.mg, b.mg);
    const bare = rows.filter((c) => sourceKey(c) === null);
    if (same && bare.length === 1) {
      const total = bare[0]!;
      const part = total === a ? b : a;
      const apart = part.region !== total.region || Math.abs(part.line - total.line) > 1;
      // (or the part is an ingredients list's line, "Active Ingredients | <Element> (as citrate) 200
      // mg" beside the nutrition rows: the same amount stated again, never a second source; issue 8,
      // round 32: read 400 mg a serving for 200)
      const listed = INGREDIENTS_CELL_RE.test(part.lineOf.text);
      if (namesOnlyElement(total, lex) && (SOURCE_NAME_RE.test(part.name) || apart || listed)) return total;
    }
  }
  const whole = rows.find((c) => Math.abs(c.mg - (sum - c.mg)) <= PARTS_TOLERANCE * c.mg);
  if (!whole || rows.length < 3) return null;
  // (the total is the row above its sources, never one of them: "as ... Oxide 200 mg", "as ...
  // Citrate 100 mg", "as ... Glycinate 100 mg" with no total row are three sources, 400 mg)
  if (SOURCE_NAME_RE.test(whole.name)) return null;
  return rows.every((c) => c === whole || SOURCE_NAME_RE.test(c.name)) ? whole : null;
}

/** How much lower than the forms table's share a page's stated share may be and still be taken
 *  (a percentage rounded to a whole: "16%" for a table share of 16.2%); lower still, the table's is
 *  used (a misprint, or another percentage, never understates; review 25). */
const STATED_SHARE_ROUNDING = 0.01;

/** The compound's share of the element: the page's own, unless lower than the forms table's by more
 *  than a rounding; then the table's. */
function shareOf(c: Tied): number {
  const table = c.form?.share ?? 1;
  const stated = c.statedShare;
  if (stated === undefined) return table;
  return stated >= table - STATED_SHARE_ROUNDING ? stated : table;
}

/** A compound's weight as the element it holds: the weight times the compound's share. */
function estimated(c: Tied, base: Omit<Dose, 'mg' | 'basis' | 'assumptions'>): Dose {
  const share = shareOf(c);
  const mg = round(c.mg * share);
  return { ...base, mg, basis: 'compound-estimate', assumptions: [msg('reading_compound_estimate', c.raw, { pct: round(share * 100) }, { mg })] };
}

/** Whether the serving is a measure, and how many units a name's figure may be for. */
function fillOf(c: Tied, unitHint: DoseHint, lex: Lexicon): { measure: boolean; units: number } {
  const caps = lex.data.caps;
  const measure = unitHint.unit !== null && !isDiscrete(unitHint.unit);
  // (a product's name figure is per serving, of units unknown: "Magnesium Glycinate 400 mg" over a
  // facts panel shown only as an image was estimated at 56.4 mg, the low guess; as the element's it
  // is the higher reading, weak as every name figure is; issue 8, kind 7)
  // (only where the page gives no count of units a serving or an intake is: "take one capsule daily"
  // leaves the title's figure one capsule's)
  const named = c.tie === 'title' || (c.tie === 'row' && c.tier <= TIER.title);
  const units = named ? Math.max(1, Math.min(unitHint.units ?? caps.maxUnitsPerNamedServing, caps.maxUnitsPerNamedServing)) : 1;
  return { measure, units };
}

/** A compound's figure that can only be its salt's weight, read as an estimate from its share: the
 *  elemental reading is the higher one (never understates) and is kept while a unit could
 *  physically hold that much of the element as this compound. A figure that is surely the salt's
 *  weight (an exact salt, a drug's strength) is always estimated, and so is one more than a serving
 *  holds of the element ("Magnesium citrate 1,250 mg" in a 5 g scoop). */
export function onlyAnEstimate(c: Tied, unitHint: DoseHint, lex: Lexicon): boolean {
  if (c.kind !== 'compound' || !c.form) return false;
  const caps = lex.data.caps;
  const { measure, units } = fillOf(c, unitHint, lex);
  const maxFill = measure ? caps.maxMeasureFillMg : caps.maxUnitFillMg * units;
  return Boolean(c.saltWeight) || c.mg / c.form.share > maxFill || c.mg > caps.maxServingMg;
}

function toDose(c: Tied, unitHint: DoseHint, lex: Lexicon): Dose {
  const base = { perDay: c.perDay, form: c.form, perUnit: c.perUnit, perCount: c.perCount ?? 1, winner: c, rows: [c] };
  if (c.kind === 'dv') {
    return { ...base, mg: c.mg, basis: 'dv-estimate', assumptions: [] };
  }
  if (c.kind === 'compound' && c.form) {
    const caps = lex.data.caps;
    const { measure, units } = fillOf(c, unitHint, lex);
    if (onlyAnEstimate(c, unitHint, lex)) return estimated(c, base);
    // (a name figure that only several units can hold is theirs: "Take 2 capsules daily" under
    // "Magnesium Glycinate 400 mg" is 400 mg a day, never 400 per capsule)
    const several = !measure && base.perUnit === null && unitHint.unit !== null && unitHint.units !== null && units > 1 && c.mg / c.form.share > caps.maxUnitFillMg;
    const per = several ? { perUnit: unitHint.unit, perCount: units } : {};
    return { ...base, ...per, mg: c.mg, basis: 'elemental', assumptions: [msg('reading_compound_read_as_element', c.raw)] };
  }
  return { ...base, mg: c.mg, basis: 'elemental', assumptions: [] };
}
