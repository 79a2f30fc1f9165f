// Stage 2, tie: each amount found is tied to the nutrient (or not), to a basis (the element
// itself, a compound's weight, a %DV) and to a unit (per capsule, per 2 tablets, per day).
// Grammar, not page hacks:
//  - a facts row: the name in the same cell or the cell before ("<Element> (as citrate) | 200 mg")
//  - after the amount: "100 mg of <element>", "90mg reines <Element>", "109 mg <Element>"
//  - before it: "<element>: 200 mg", "<element> (approx. 150 mg"
//  - a label line headed by the name and a colon ("<Element>: per 100 g: ...; per 5 g: 625 mg")
//  - a percentage marked DV/NRV after the name, when no mass amount is given ("... 50% DV")
//  - a product title, a variant line, a line that is only an amount
// Each amount's context is looked at within WINDOW characters on each side, so the work per
// amount is bounded whatever the line holds.
import type { ReadForm } from '../text/compound.ts';
import { classifyName, formIn } from '../text/compound.ts';
import type { Lexicon } from '../lexicon.ts';
import { findAmounts, isTitlePackageWeight, type Amount } from '../text/amount.ts';
import { dvToMg } from '../text/dv.ts';
import { numberWord, parseNumber } from '../text/numbers.ts';
import {
  DAILY_HEADER_RE, DOSE_FORM_RE, DRUG_LABEL_RE, ELEMENTAL_OF_EXTRA_RE, ELEMENTAL_OF_RE, FACTS_HEADING_RE, FROM_LEAD_RE, MARK_AFTER_RE, PCT_MARK_FIRST_RE, PCT_MARK_RE, PCT_MARK_TAIL_RE, PERCENT_RE, PHARMACOPOEIA_RE,
  ONE_UNIT_BASIS_G_RE, SERVING_OF_TAIL_RE, PER_COUNT_AFTER_RE, PER_COUNT_HEAD_RE, PER_DAY_AFTER_RE, PER_ONE_UNIT_RE, PER_UNIT_AFTER_RE, PURE_WORDS_G_RE, SERVING_SUBJECT_BEFORE_RE, SUBJECT_COUNT_BEFORE_RE,
} from '../text/patterns.ts';
import { SHARE_CELL_RE, BLEND_ROW_NAME_RE, COMPANION_TAIL_RE, COMPOSITION_CUE_RE, COMPOUNDS_NOUN_RE, CROSS_SELL_HEADING_RE, CROSS_SELL_LEAD_RE, FROM_HEAD_RE, OTHER_PRODUCT_CUE_RE } from '../text/patterns.ts';
import { isDiscrete, sameUnit, unitOf } from '../text/units.ts';
import type { Trace } from '../trace.ts';
import { amountsInColumns, cellIndexAt, cellsOf, columnOf, rowShift, type Columns } from './columns.ts';
import { perUnitNear, sentenceAround, WINDOW, type Near } from './context.ts';

export { sentenceAround, WINDOW } from './context.ts';
import type { Found, FoundLine, Line } from './find.ts';
import type { Step } from './step.ts';

/** How a candidate was found; higher tiers are surer. */
export const TIER = { panelRow: 5, flatPanelRow: 4.5, prose: 4, rowInProse: 3, title: 2, variant: 2, standalone: 1 } as const;


/** How the amount is tied to the nutrient. */
export type Tie = 'row' | 'after' | 'before' | 'labelHead' | 'dvRow' | 'dvText' | 'title' | 'variant' | 'standalone';

export interface Candidate {
  /** the amount as printed, in mg (the compound's weight when kind is compound) */
  mg: number;
  kind: 'elemental' | 'compound' | 'dv';
  form: ReadForm | null;
  tier: number;
  /** the unit the amount is stated per ("gummy" in "150 mg per gummy"), if any */
  perUnit: string | null;
  /** the amount is stated for this many units of perUnit ("per 4 capsules"); absent = one */
  perCount?: number;
  /** the amount is stated per day ("300 mg de magnésium par jour", "pro Tagesdosis"): a daily total */
  perDay: boolean;
  /** introduced by "davon / apportant / providing": the elemental amount of the compound before it */
  elementalOf: boolean;
  /** a compound's figure that is surely the salt's weight, and why: the label names the exact salt
   *  (a hydrate), its mark's footnote says "Daily Value not established" (the element has one), or
   *  it is a drug's strength. Then it is always estimated with the salt's share. */
  saltWeight?: string;
  /** the compound's share of the element as the page states it ("1,000mg magnesium citrate, of
   *  which 16% is elemental magnesium": 0.16), for its estimate */
  statedShare?: number;
  /** the row or sentence it came from (whitespace folded; a row keeps its cells) */
  text: string;
  /** the amount text itself ("105 mg") */
  raw: string;
  /** position in its region, for ordering */
  pos: number;
  /** line number in its region */
  line: number;
  region: Line['region'];
}

/** A candidate with the context the reject stage judges it by. */
export interface Tied extends Candidate {
  tie: Tie;
  /** the amount (null for a percentage-only reading) */
  a: Amount | null;
  lineOf: Line;
  /** the name part: the text that names what the amount is of */
  name: string;
  /** the sentence (or cell run) around the amount, and where it starts on the line */
  sentence: string;
  sentFrom: number;
  /** end of the amount and of the nutrient's name right after it ("109 mg Magnesium|") */
  magEnd: number;
  /** the unit named right next to the amount ("per capsule", "each tablet"), before any count */
  nearUnit: string | null;
  /** the amount is stated per something: a unit, a serving, several units, a day */
  statedPer: boolean;
  /** a package word ("bottle", "Packung") ties the amount to the whole package */
  packageWord: boolean;
  /** "2 cápsulas al día (200 mg": a count of several units right before the amount */
  countOver1: boolean;
  /** title only: how many amounts the title holds beyond package weights, and the name part */
  titleAmounts?: number;
  /** the %DV reading's percentage text, for the evidence */
  dvRaw?: string;
  /** the header of the table column the amount stands in ("pro Tablette", "per 100 ml") */
  column?: string;
  /** that column is a concentration (per 100 g or 100 ml) */
  per100Column?: true;
}

/** An amount the tie stage could not tie to the nutrient. */
export interface Untied {
  a: Amount;
  lineOf: Line;
}

export interface TieResult {
  tied: Tied[];
  untied: Untied[];
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}








/** A row's name part names the nutrient as what the amount is of: within 90 characters, in its
 *  head (before a bracket: "Chloride (as magnesium chloride) 880 mg" and "Malic Acid (from
 *  magnesium malate)" are other ingredients' rows), and not beside other nutrients ("Calcium
 *  Magnesium Zinc 1000 mg" does not say whose amount it is). */
/** The longest row name, brackets aside (a longer one is a sentence's words). */
const ROW_NAME_MAX = 90;
/** A bracket with no bracket inside, and its words. */
const BRACKETED_RE = /\([^()]{0,300}\)/g;

function namesRow(name: string, lex: Lexicon): boolean {
  const n = afterCompositionHead(fold(name));
  // (a bracket's list of forms is part of the name, however long: "Magnesium (as magnesium
  // bisglycinate, magnesium malate, magnesium citrate, magnesium taurate) 300 mg 71%"; only the
  // words outside brackets measure a name against a sentence; issue 8, round 43)
  if ((n.length > ROW_NAME_MAX && n.replace(BRACKETED_RE, '()').length > ROW_NAME_MAX) || lex.otherNutrient.test(n)) return false;
  const m = lex.mention.exec(n);
  if (!m) return false;
  // the first mention inside a bracket: the row is the bracket's head's ("Chloride (as magnesium ..."),
  // unless the bracket opens the name
  let open = -1;
  for (let i = 0; i < m.index; i++) {
    if (n[i] === '(') open = i;
    else if (n[i] === ')') open = -1;
  }
  return open < 0 || n.slice(0, open).trim().length === 0;
}

/** A long name part headed by a statement of what the product contains, ended by a colon
 *  ("Composition: Each film coated tablet contains: <compound> equivalent to elemental <element>
 *  100 mg"): its name is what follows the last colon; the heads name no nutrient (issue 8,
 *  round 39: the row was too long to be a name and its amount was never tied). */
function afterCompositionHead(n: string): string {
  if (n.length <= 90) return n;
  const colon = n.lastIndexOf(': ');
  if (colon < 0) return n;
  // (the head right before the colon is a label's own: one unit's ("Each film coated tablet
  // contains") or the cue alone ("Composition"); words run together before a cue, "... forms of Two
  // Capsules Contain: <element> chosen ... and <element>...... 240 mg", are a flattened page's)
  const head = n.slice(n.lastIndexOf(': ', colon - 1) + 1, colon).trim();
  return UNIT_HEAD_RE.test(head) && COMPOSITION_CUE_RE().test(head) ? n.slice(colon + 2) : n;
}
/** A label's head before its colon: one unit's ("Each tablet contains", "Per capsule") or a
 *  composition cue alone ("Composition", "Ingredients"). */
const UNIT_HEAD_RE = /^(?:(?:each|per|every|one|1|chaque|pro|je|jede[rs]?|cada|ogni)\s[^:]{0,40}|[\p{L} ]{0,25})$/iu;

/** How far into a line its head ("Per 3 caplets:") names the units of the amounts. */
const HEAD_REACH = 300;

/** Per-line facts computed once: a label head ("Magnesium:") and a counted head ("Per 3 caplets:"). */
interface LineFacts {
  labelHead: string | null;
  perCountHead: RegExpExecArray | null;
}

function lineFacts(line: string, lex: Lexicon): LineFacts {
  const lh = line.length <= 200 ? lex.labelHead.exec(line) : null;
  // (a long line's head names the units of the amounts close after it only)
  return { labelHead: lh ? lh[0] : null, perCountHead: PER_COUNT_HEAD_RE().exec(line.slice(0, HEAD_REACH)) };
}

/** What the page as a whole says about its figures. */
export interface PageFacts {
  /** a drug label: a compound's figure is the drug's strength, the salt's weight */
  drugLabel: boolean;
  /** a text page's title, one of its own lines: amounts read on that line are the title's */
  titleLine?: string | null;
  /** the product's title (any page): its name quoted with its amount in a sentence is the title's */
  title?: string | null;
  /** the page's footnote names the EU reference its percentages are of ("*NRV: ..."): a bare
   *  "80%*" is a share of the EU NRV, not of the US Daily Value (issue 8, round 35) */
  euReference?: boolean;
  /** the units the label's serving and directions count ("Serving Size 2 Tablets", "Take 2 tablets
   *  daily"): a count of units read far after an amount must be in one of them */
  countedUnits?: readonly string[];
}

/** The most drug-label cues looked at on a page (each is a heading: a page has few). */
const MAX_DRUG_CUES = 50;
/** How far an "Active ingredient" heading's own line is read for its amount. */
const ACTIVE_LINE = 200;

/** A drug label (OTC Drug Facts, a drug listing). An "Active ingredient(s)" heading counts only as a
 *  label's: its line ends there or goes on to an amount ("Active ingredient (in each tablet):
 *  Magnesium hydroxide 400 mg"); a store's spec line naming ingredients without amounts ("Primary
 *  Active Ingredient: Magnesium, Melatonin") is none. */
/** A drug-label cue that is a listing's prescription badge ("Prescription Required"). */
const RX_BADGE_RE = /^[ \t*•|-]{0,4}(?:prescription|rx)[ \t]/i;
/** A badge's answer on the next line that it is not needed: "No", "Not required", "✗", "N/A". */
const RX_ANSWER_NO_RE = /^[ \t]{0,4}(?:no|not(?:[ \t]required)?|none|n\/a|[✗✘×x])(?![\p{L}])/iu;
/** Another access class than a prescription's, named beside a badge in a menu or a filter. */
const RX_OTHER_CLASS_RE = /over[- ]the[- ]counter|\bOTC\b|non[- ]?prescription|without (?:a )?prescription|prescription[- ]free|general sale|pharmacy only|filter by|shop by/i;
/** How far around a prescription badge its neighbour lines are looked at. */
const RX_NEIGHBOURS = 60;
/** The longest line read as a cross-sell heading. */
const CROSS_SELL_LINE = 60;

/** Where the page's first cross-sell heading ("Customers also viewed", "Related products") starts;
 *  the text's length when it has none. */
function crossSellStart(text: string): number {
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= CROSS_SELL_LINE && (CROSS_SELL_LEAD_RE().test(line) || CROSS_SELL_HEADING_RE.test(line))) return at;
    at += line.length + 1;
  }
  return text.length;
}

export function isDrugLabel(text: string): boolean {
  const re = new RegExp(DRUG_LABEL_RE.source, 'gim');
  let n = 0;
  let crossSellAt: number | null = null;
  for (let m = re.exec(text); m && n < MAX_DRUG_CUES; m = re.exec(text), n++) {
    // (a listing's prescription badge is its own product's only above the page's cross-sell and
    // when the next line does not answer it "No": "Prescription required\nNo"; review 39)
    if (RX_BADGE_RE.test(m[0])) {
      crossSellAt ??= crossSellStart(text);
      const after = text.slice(m.index + m[0].length).replace(/^[ \t]*\n/, '').slice(0, 40);
      // (nor one of a menu's or a filter's access classes, "Prescription Required / Over the
      // Counter / Vitamins", its neighbour lines naming another class)
      const near = text.slice(Math.max(0, m.index - RX_NEIGHBOURS), m.index + m[0].length + RX_NEIGHBOURS);
      if (m.index < crossSellAt && !RX_ANSWER_NO_RE.test(after) && !RX_OTHER_CLASS_RE.test(near)) return true;
      continue;
    }
    // (a table's header, "Active ingredient (in each tablet) | Purpose", is a label's)
    if (!/^active/i.test(m[0]) || !m[0].endsWith(':') || m[0].includes('(')) return true;
    // (the line's first characters only: its end is looked for in them, never across the page)
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + ACTIVE_LINE).split('\n', 1)[0]!;
    // (an amount, not any figure: "Active Ingredients: Magnesium Glycinate, Vitamin B6" names no strength)
    if (rest.trim().length === 0 || findAmounts(rest, 1).length > 0) return true;
  }
  return false;
}

export function* tieStage(found: Found, lex: Lexicon, trace: Trace | null, page: PageFacts = { drugLabel: false }): Generator<Step, TieResult> {
  const res: TieResult = { tied: [], untied: [] };
  let n = 0;
  let prev: FoundLine | null = null;
  for (const fl of found.lines) {
    // (the line right before, when it holds amounts too: a source note's row above it)
    const lineBefore = prev && prev.line.region === fl.line.region && prev.line.index === fl.line.index - 1 ? prev.line.text : undefined;
    if (fl.kind === 'label') tieLabelLine(fl, lex, res, { page, noDvMarks: found.noDvMarks[fl.line.region], lineBefore });
    else if (fl.kind === 'title') tieTitle(fl, lex, res, page);
    else tieLoose(fl, res);
    prev = fl;
    if (++n % 200 === 0) yield 'tie';
  }
  // (a text page's title line is read as label text too, but ranks as a title: a label row below
  // it is surer than the product's name)
  const titleKey = page.titleLine ? fold(page.titleLine) : null;
  if (titleKey) for (const t of res.tied) if (t.region === 'body' && t.tier > TIER.title && fold(t.lineOf.text) === titleKey) t.tier = TIER.title;
  // ("Kiwi Peak Magnesium 1000mg is a high-strength tablet ...": the product's name as its title
  // gives it, with the title's amount, quoted in a sentence is still only the name)
  const title = page.title ? fold(page.title).toLowerCase() : null;
  if (title) for (const t of res.tied) if (t.region === 'body' && t.tier > TIER.title && quotesTitle(t, title, lex)) t.tier = TIER.title;
  if (trace) {
    for (const u of res.untied) trace.add({ stage: 'tie', verdict: 'rejected', amount: u.a.raw, where: `${u.lineOf.region}:${u.lineOf.index}`, why: 'not tied to the nutrient', quote: fold(u.lineOf.text.slice(Math.max(0, u.a.start - 60), u.a.end + 40)) });
    for (const t of res.tied) trace.add({ stage: 'tie', verdict: 'kept', amount: t.raw, where: `${t.region}:${t.line}`, why: `${t.tie}: ${t.kind}${t.form ? ` (${t.form.form}${t.form.exact ? ` ${t.form.exact}` : ''})` : ''}${t.saltWeight ? `, the salt's weight: ${t.saltWeight}` : ''}${t.perUnit ? ` per ${t.perCount ?? 1} ${t.perUnit}` : ''}${t.perDay ? ' per day' : ''}${t.column ? `, column «${t.column}»` : ''}, tier ${t.tier}`, quote: t.text });
  }
  return res;
}

/** Shortest product name read as quoting the title. */
const MIN_TITLE_QUOTE = 12;

/** A sentence's name part and amount are the title's own words, a brand's before the nutrient's name
 *  ("Kiwi Peak Magnesium 1000mg" in "Kiwi Peak Magnesium 1000mg 120 Tablets"): a facts row ("Magnesium
 *  1000mg") names no brand, and is never one. */
function quotesTitle(t: Tied, title: string, lex: Lexicon): boolean {
  if (t.tie !== 'row' || t.lineOf.isRow || !t.a) return false;
  const m = lex.mention.exec(t.name);
  if (!m || t.name.slice(0, m.index).trim().length === 0) return false;
  const named = fold(`${t.name}${t.raw}`).toLowerCase();
  return named.length >= MIN_TITLE_QUOTE && title.includes(named);
}

interface LineContext {
  page: PageFacts;
  noDvMarks: ReadonlySet<string>;
  /** the line right before, when it holds amounts ("<element> | <per 100 ml> | <per 15 ml>" above
   *  "(from <element> chloride <its weight> per 15ml)") */
  lineBefore?: string;
}

function tieLabelLine(fl: FoundLine, lex: Lexicon, res: TieResult, ctx: LineContext): void {
  const line = fl.line.text;
  const isRowLine = fl.line.isRow;
  const facts = lineFacts(line, lex);
  const amounts = fl.amounts;
  const tiedBefore = res.tied.length;
  for (let k = 0; k < amounts.length; k++) {
    const t = tieAmount(fl, k, facts, lex, ctx);
    if (t && fl.columns) applyColumn(t, fl.columns, amounts);
    if (t) res.tied.push(t);
    else res.untied.push({ a: amounts[k]!, lineOf: fl.line });
  }
  // a facts row with the element and only a percentage: a %DV / %NRV estimate
  // (a line whose amounts are all something else's, "Each stick pack (6 g) delivers ... 60% of the
  // Daily Value of <nutrient>", still states the nutrient's percentage in its sentence)
  if (amounts.length > 0) {
    if (tiedBefore === res.tied.length && line.length <= 600) {
      const c = pctTied(fl.line, lex, ctx.page.euReference === true);
      if (c) res.tied.push(c);
    } else if (line.length > 600) {
      // (a page's text flattened onto one line: its percentage in a sentence of its own, no amount
      // tied there, "95% of the Daily Value of <nutrient> per serving (2 softgels)" with the cards'
      // amounts further on; issue 8, round 36)
      const c = pctTied(fl.line, lex);
      if (c && !res.tied.slice(tiedBefore).some((t) => t.sentFrom === c.sentFrom)) res.tied.push(c);
    }
    return;
  }
  // (only for the element itself: "Magnesium oxide | about 60%" is the oxide's share of the element)
  const flatDv = !isRowLine && line.length <= MAX_FLAT_DV_LINE && DV_ONLY_TAIL_RE.test(line);
  if ((isRowLine || flatDv) && startsWithName(line, lex) && classifyName(line.split(CELL_SEP_RE)[0]!.slice(0, WINDOW), lex).kind === 'elemental') {
    const dv = dvToMg(line.replace(/^[^%|\t]{0,400}[|\t]/, '|'), lex.data.labelValues, ctx.page.euReference === true);
    if (dv && new RegExp(PERCENT_RE.source).test(line)) {
      const cls = classifyName(line.slice(0, WINDOW), lex);
      res.tied.push({
        mg: dv.mg, kind: 'dv', form: cls.form, tier: isRowLine ? TIER.panelRow : TIER.flatPanelRow, perUnit: null, perDay: false, elementalOf: false,
        text: fold(line.slice(0, 600)).slice(0, 500), raw: dv.raw, pos: fl.line.start, line: fl.line.index, region: fl.line.region,
        tie: 'dvRow', a: null, lineOf: fl.line, name: line, sentence: line.slice(0, 600), sentFrom: 0, magEnd: 0, nearUnit: null, statedPer: false, packageWord: false, countOver1: false, dvRaw: dv.raw,
      });
    }
  } else if (line.length <= 600) {
    // "<Element> (as oxide) 50% DV", "Excellent source of <element>: 50% DV per softgel"
    const c = pctTied(fl.line, lex, ctx.page.euReference === true);
    if (c) res.tied.push(c);
  }
}

/** A facts row flattened to text keeps its name and percentage only ("Magnesium 50%", "Magnesium
 *  (as citrate) 45%*"): short, ending in the percentage. */
const MAX_FLAT_DV_LINE = 80;
const DV_ONLY_TAIL_RE = /[^\d%]\s\d{1,3}(?:[.,]\d)?\s{0,2}%\s{0,2}[*†]{0,2}\s{0,2}$/;

function startsWithName(line: string, lex: Lexicon): boolean {
  let l = line.trimStart();
  if (l.startsWith('|')) l = l.slice(1).trimStart();
  return lex.startsWithName.test(l);
}

/** How far after a percentage its nutrient's name may stand ("80% NRV of magnesium"). */
const PCT_NAME_AFTER = 40;
/** The word linking a percentage to the nutrient named after it ("80% NRV of magnesium"); see
 *  OF_AFTER_RE for the same link after an amount. */
// (or no link, the name right after the mark: "• 24% DV magnesium, plus calcium" in a bullet, "30 %
// NRV Magnesium"; and "en", "w", "em": "24 % VNR en magnésium"; issue 8, round 59: read as no
// figure, a product stating the nutrient's %DV was absent); and "for": "25% of the Daily Value for magnesium"
// (round 74: unreadable, its only figure)
const OF_LINK_RE = /^[ \t]{0,2}(?:(?:of|for|de|du|des|di|del|della|dello|an|von|van|z|ze|en|w|em|für|pour|para|voor|för)[ \t]{1,2})?/i;

/** "of magnesium (as oxide)" right after a percentage: the name, from the link word on; else null. */
function nameAfterPct(after: string, lex: Lexicon): string | null {
  const link = OF_LINK_RE.exec(after);
  if (!link) return null;
  const rest = after.slice(link[0].length);
  return lex.startsWithName.test(rest) ? rest : null;
}

/** A percentage marked DV / NRV ("50% DV") after the element's name in the same sentence, or
 *  before it, linked by "of" ("80% NRV of magnesium"). */
function pctTied(lineOf: Line, lex: Lexicon, eu = false): Tied | null {
  const line = lineOf.text;
  const re = new RegExp(PCT_MARK_RE().source, PCT_MARK_RE().flags);
  // (each percentage in turn, a few at most: "100% of the Daily Value of calcium and 60% of the
  // Daily Value of <nutrient>" ties the second)
  let from = 0;
  for (let n = 0, m = re.exec(line); m && n < MAX_PCT_MARKS; n++, m = re.exec(line)) {
    const t = pctTiedAt(lineOf, m, from, lex, eu);
    if (t) return t;
    from = m.index + m[0].length;
  }
  return pctMarkFirstTied(lineOf, lex, eu);
}

/** "Nutrient: <element> — % Daily Value per serving: 60%": a specification row whose mark stands
 *  before its figure, the element named before the mark on the line (a dv-estimate, never green).
 *  Its sentence leaves the mark out: the mark states the product's share, no reference value. */
function pctMarkFirstTied(lineOf: Line, lex: Lexicon, eu = false): Tied | null {
  const line = lineOf.text;
  if (line.length > MAX_MARK_FIRST_LINE) return null;
  const m = PCT_MARK_FIRST_RE().exec(line);
  if (!m || !lex.mention.test(line.slice(0, m.index))) return null;
  const dv = dvToMg(line.slice(m.index), lex.data.labelValues, eu);
  if (!dv) return null;
  const cls = classifyName(line.slice(0, m.index), lex);
  if (cls.kind !== 'elemental') return null;
  return {
    mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.prose, perUnit: null, perDay: false, elementalOf: false,
    text: fold(line).slice(0, 500), raw: dv.raw, pos: lineOf.start + m.index, line: lineOf.index, region: lineOf.region,
    tie: 'dvText', a: null, lineOf, name: line.slice(0, m.index), sentence: `${line.slice(0, m.index)} ${line.slice(m.index + m[0].length)}`, sentFrom: 0, magEnd: m.index + m[0].length, nearUnit: null, statedPer: false, packageWord: false, countOver1: false, dvRaw: dv.raw,
  };
}

/** A specification row is short: a longer line is prose, read by its marks after the figures. */
const MAX_MARK_FIRST_LINE = 120;

/** The longest text before a percentage that is its name. */
const MAX_PCT_LEAD = 120;

/** How many percentages of a line are tried for the nutrient's. */
const MAX_PCT_MARKS = 6;

/** The percentage m, its lead from the sentence's start or the percentage before it (whose name
 *  that lead is: "100% DV of calcium and 60% DV of ..."). */
function pctTiedAt(lineOf: Line, m: RegExpExecArray, from: number, lex: Lexicon, eu = false): Tied | null {
  const line = lineOf.text;
  const sent = sentenceAround(line, m.index, m.index + m[0].length);
  const lead = line.slice(Math.max(sent.from, from), m.index);
  // (or the name right after it: "Each tablet provides 80% NRV of magnesium")
  // (a lead too long to be the percentage's name, a flattened page's text before it, leaves the name
  // after it to say: "... About this item HIGH POTENCY: 95% of the Daily Value of <nutrient>")
  const before = lex.mention.test(lead) && lead.length <= MAX_PCT_LEAD ? lead : nameAfterPct(line.slice(m.index + m[0].length, m.index + m[0].length + PCT_NAME_AFTER), lex);
  if (before === null || !lex.mention.test(before) || before.length > MAX_PCT_LEAD) return null;
  // ("With calcium, magnesium, vitamin D3 (10µg, 200% NRV)", "Magnesium und Vitamin D3 (200 % NRV)":
  // another nutrient named after the element, right before the percentage, is what the percentage is
  // of; issue 8, round 65: vitamin D3's 200% read as the element's, 750 mg a day from nothing)
  if (before === lead && otherNamedLast(lead, lex)) return null;
  let st = m.index;
  while (st > 0 && st > m.index - 8 && /[\d.,]/.test(line.charAt(st - 1))) st--;
  const dv = dvToMg(line.slice(st, m.index + m[0].length + 2), lex.data.labelValues, eu);
  if (!dv) return null;
  const pa = PER_UNIT_AFTER_RE.exec(line.slice(m.index + m[0].length, m.index + m[0].length + 50));
  const u = pa ? unitOf(pa[1] ?? '') : null;
  const sc = u ? null : countedSubject(line.slice(Math.max(sent.from, st - 50), st));
  const cls = classifyName(before, lex);
  return {
    mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.prose, perUnit: sc?.unit ?? (u && u !== 'serving' ? u : null), perDay: sc?.daily ?? false, elementalOf: false,
    text: fold(sent.text).slice(0, 500), raw: dv.raw, pos: lineOf.start + m.index, line: lineOf.index, region: lineOf.region,
    tie: 'dvText', a: null, lineOf, name: before, sentence: sent.text, sentFrom: sent.from, magEnd: m.index + m[0].length, nearUnit: null, statedPer: u !== null || sc !== null, packageWord: false, countOver1: false, dvRaw: dv.raw,
    ...(sc && sc.count > 1 ? { perCount: sc.count } : {}),
  };
}

/** Another nutrient named after the element's last name in the words before a percentage. */
function otherNamedLast(lead: string, lex: Lexicon): boolean {
  let last = -1;
  for (const m of lead.matchAll(lex.mentionWordG)) last = (m.index ?? 0) + m[0].length;
  return last >= 0 && lex.otherNutrient.test(lead.slice(last));
}

/** Counted units as the subject before a percentage, "Two gummies a day deliver 25% of the Daily
 *  Value of ...": the units it is for, and a day's when the subject says so (read per one unit, the
 *  day was doubled; issue 8, round 36). Discrete units only, as many as one serving holds. */
function countedSubject(before: string): { unit: string; count: number; daily: boolean } | null {
  const m = SUBJECT_COUNT_BEFORE_RE.exec(before);
  if (!m) return null;
  const count = /^\d/.test(m[1] ?? '') ? parseNumber(m[1] ?? '') : numberWord(m[1] ?? '');
  const unit = unitOf(m[2] ?? '');
  if (count === null || count < 1 || !unit || !isDiscrete(unit) || count > maxCount(unit)) return null;
  return { unit, count, daily: (m[3] ?? '').length > 0 };
}

/** The text that names what an amount is of: from its cell's or sentence's start (on a flattened
 *  panel line, from after the previous amount or percentage: "... % Daily Value Magnesium (as
 *  magnesium glycinate) 200 mg 48%") to the amount; on a table row with nothing there, the cell
 *  before ("Magnesium | 200 mg"). */
function namePart(fl: FoundLine, k: number, sent: { from: number }): { name: string; cellStart: number; nameHasOtherAmount: boolean } {
  const line = fl.line.text;
  const a = fl.amounts[k]!;
  const prev = k > 0 ? fl.amounts[k - 1] : undefined;
  const from = Math.max(0, a.start - WINDOW);
  const back = line.slice(from, a.start);
  let pct = back.lastIndexOf('%') >= 0 ? from + back.lastIndexOf('%') + 1 : 0;
  // "... 1.4mg (100% NRV) Magnesium 250mg": the mark after the percentage belongs to the row before
  if (pct > 0) {
    const tail = PCT_MARK_TAIL_RE().exec(line.slice(pct, Math.min(a.start, pct + 24)));
    if (tail) pct += tail[0].length;
  }
  // (a cell ends at " | " or a tab: a browser's copy of a table separates its cells by tabs)
  const sep = lastCellSep(back);
  const pipe = sep >= 0 ? from + sep + 1 : 0;
  // (a row of a table without separators: every amount is the row name's, "Magnesium 6.000 mg 300 mg")
  const ordered = fl.columns?.byOrder ? amountsInColumns(fl.columns, fl.amounts, line) : [];
  if (ordered.length > 0 && ordered.indexOf(a) > 0) {
    const head = fl.columns?.from ?? 0;
    return { name: line.slice(head, ordered[0]!.start), cellStart: head, nameHasOtherAmount: false };
  }
  // "Magnesium (as magnesium L-threonate 1,200 mg) 100 mg": the amount right after a bracket that
  // holds the form's weight is the row's head's; its name runs from that head over the bracket
  // (the bracket may list several forms with their weights, "Magnesium (as magnesium oxide 300 mg,
  // magnesium citrate 200 mg) 210 mg": the head is the name part of the bracket's first amount; a
  // reviewer found the one-form rule too narrow, the 210 mg was never tied and the oxide's 300 mg read)
  if (prev && k > 0 && BRACKET_CLOSE_GAP_RE.test(line.slice(prev.end, a.start)) && line.lastIndexOf('(', prev.start) > line.lastIndexOf(')', prev.start)) {
    const open = line.lastIndexOf('(', prev.start);
    let first = k - 1;
    while (first > 0 && fl.amounts[first - 1]!.start > open && fl.amounts[first - 1]!.start >= sent.from) first--;
    const head = namePart(fl, first, sent);
    if (head.cellStart < open) return { name: line.slice(head.cellStart, a.start), cellStart: head.cellStart, nameHasOtherAmount: false };
  }
  let cellStart = Math.max(sent.from, pipe, fl.line.isRow ? 0 : Math.max(prev?.end ?? 0, pct));
  // (a row's cell that lists its ingredients, each with its amount, "Active Ingredients | Vitamin C
  // 90 mg, Calcium 500 mg, Magnesium (as magnesium oxide) 50 mg, Zinc 8 mg": each item's name runs
  // from the list mark after the amount before it; issue 8, round 50: every amount had the whole
  // cell as its name, and none was tied)
  const listed = fl.line.isRow && prev && prev.end > cellStart ? LIST_GAP_RE.exec(line.slice(prev.end, a.start)) : null;
  if (listed) cellStart = prev!.end + listed[0].length;
  const name = line.slice(cellStart, a.start);
  if (/^\s*$/.test(name) && fl.line.isRow) {
    // a row under a column header: every amount cell is the first cell's ("Magnesium | 7.500 mg | 150 mg")
    const first = fl.columns ? cellsOf(line)[0] ?? '' : '';
    if (first.length > 0 && findAmounts(first).length === 0) return { name: first, cellStart, nameHasOtherAmount: false };
    const cells = back.split(CELL_SEP_RE);
    cells.pop();
    const filled = cells.filter((c) => c.trim().length > 0);
    // (another column of the same row: "Magnesium (from oxide) | 200 mg (53% NRV) | 400 mg (107%
    // NRV)" under one column per strength; the cells before it that hold only an amount are the
    // row's other columns, its name is the cell before them; issue 8, round 32: the 400 mg strength
    // the page sells was never tied, 200 mg read for it)
    let i = filled.length - 1;
    // (or a share's column before the amount's, "Magnesium | 80% | 300mg" under "%NRV* | 2 tablets
    // provide": the share's cell is no name either; round 63, the row was never tied. A dash's cell
    // stays the name: a comparison's empty column, "Magnesium je Kapsel | – | 150 mg | 100 mg")
    while (i > 0 && (isAmountCell(filled[i]!) || SHARE_CELL_RE().test(filled[i]!))) i--;
    return { name: filled[i] ?? '', cellStart, nameHasOtherAmount: false };
  }
  return { name, cellStart, nameHasOtherAmount: prev !== undefined && prev.end > cellStart };
}

/** Right after an amount, the mark that ends its item in a list, a bracket of its own before it
 *  ("25 mcg (1,000 IU), "). */
const LIST_GAP_RE = /^\s{0,2}(?:\([^()|\n]{0,30}\)\s{0,2})?[,;]\s{0,3}(?=\p{L})/u;

/** A table cell that holds an amount and nothing else but its reference share: "200 mg (53% NRV)". */
const AMOUNT_CELL_RE = /^\s{0,3}[<~]?\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:mg|mcg|µg|g)\s{0,3}(?:\(?\s{0,2}[<~]?\d{1,4}(?:[.,]\d{1,2})?\s{0,2}%\s{0,2}(?:nrv|dv|ri|vnr|rda|rdi)?\s{0,2}\)?)?\s{0,3}[*†]{0,2}\s{0,3}$/i;
function isAmountCell(c: string): boolean {
  return AMOUNT_CELL_RE.test(c);
}

/** Only a bracket's close between two amounts: "... 1,200 mg) 100 mg". */
const BRACKET_CLOSE_GAP_RE = /^\s{0,2}\)\s{0,3}$/;
/** A bracket closed right after an amount, and another amount right after it: "1,200 mg) 100 mg";
 *  or closed after more items of a list of forms with their weights, "300 mg, magnesium citrate 200
 *  mg) 210 mg" (each item a name and its amount, after a comma, a semicolon or "and"); the amount
 *  after may stand in a cell of its own ("...) | 210 mg"). */
const AMOUNT_AFTER_BRACKET_RE = /^(?:\s{0,2}(?:[,;]|\band\b)\s{0,3}[^()|\d\n]{1,60}?\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:mg|mcg|µg|g)(?!\p{L})){0,4}\s{0,2}\)\s{0,3}(?:[|\t]\s{0,3})?\d/iu;

/** A table row's cell separator: " | " (an adapter's) or a tab (a browser's copy of a table). */
const CELL_SEP_RE = /[|\t]/;

function lastCellSep(s: string): number {
  return Math.max(s.lastIndexOf('|'), s.lastIndexOf('\t'));
}

interface Association {
  tie: Tie;
  /** the words that tie it ("of elemental magnesium", "Magnesium (as citrate)") */
  assoc: string;
  name: string;
  /** the match of the nutrient's name after the amount, for an 'after' tie */
  after: RegExpExecArray | null;
}

/** How the amount is tied to the nutrient, if at all: its name right after it ("109 mg
 *  Magnesium", "250 mg each of calcium and magnesium"), a row's name before it, the name and a
 *  bracket or colon right before it, or a label line headed by the name. */
function associate(line: string, a: Amount, part: ReturnType<typeof namePart>, facts: LineFacts, lex: Lexicon, isRow = false): Association | null {
  const afterSlice = line.slice(a.end, a.end + 70);
  const am = lex.afterAmountName.exec(afterSlice) ?? lex.eachOfName.exec(afterSlice) ?? lex.dotElementalName.exec(afterSlice);
  // "150 mg magnesium and 480 mg tart cherry extract", "(48 mg jonów magnezu) oraz 5 mg pirydoksyny":
  // after a list's joining word, an amount followed by a name of its own is that name's
  const listItem = LIST_JOIN_END_RE.test(part.name) && ownNameAfter(afterSlice) && !lex.mention.test(afterSlice.slice(0, 40));
  const row = !part.nameHasOtherAmount && !listItem && (namesRow(part.name, lex) || namesRow(nameInCellBefore(line, a, part.name, lex), lex));
  // "Magnesium malate 580 mg magnesium with malic acid" (a PDF's columns run together): a compound
  // named right before the amount makes it that compound's; the element's bare name after it
  // belongs to the words that follow. Wording after the amount ("of elemental magnesium") still ties it.
  const compound = am && !part.nameHasOtherAmount ? compoundRightBefore(part.name, lex) : null;
  const lead = am ? afterSlice.slice(0, (am.index ?? 0) + am[0].length - (am[1]?.length ?? 0)) : '';
  if (am && compound && !BARE_AFTER_RE.test(lead) && !lex.elemental.test(afterSlice.slice(0, (am.index ?? 0) + am[0].length))) {
    return { tie: 'row', assoc: compound, name: compound, after: null };
  }
  // "1,000 mg of calcium with magnesium", "500 mg Calcium mit Magnesium": another nutrient named right
  // after the amount, the element only joined to it as its companion: the amount is the other's
  // (issue 8, round 65: a bone formula's calcium read as the element's, 1,000 mg for the panel's 300)
  if (am && companionOfOther(afterSlice.slice(0, (am.index ?? 0) + am[0].length - (am[1]?.length ?? 0)), lex)) return null;
  // "vitamin K2 100 mcg and magnesium 120 mg", "Calcium 1000 mg Magnesium 400 mg": a name followed
  // by an amount of its own is that amount's, not the one before it
  if (am && !NAME_OWN_AMOUNT_RE.test(afterSlice.slice((am.index ?? 0) + am[0].length))) return { tie: 'after', assoc: afterSlice.slice(0, (am.index ?? 0) + am[0].length + 30), name: part.name, after: am };
  // "... magnesium citrate with 3 mg of melatonin": an amount of another nutrient named right after it
  if (otherNutrientAfter(afterSlice, lex)) return null;
  // "Combines magnesium with 5 mg melatonin per serving": in a sentence, another nutrient's bare
  // name right after the amount, with no amount of its own after it, is what the amount is of
  // (issue 8, round 38: a melatonin figure read as the element's)
  // (not when the nutrient's own name stands right before the amount, "magnésium 375 mg vitamine
  // C", "Magnesium (as citrate) 350 mg Calcium (as citrate malate) 500 mg": the amount is that
  // name's; review 38: the element's amount was lost and the page read unreadable or absent)
  if (!isRow && !nameRightBefore(part.name, lex) && bareOtherNutrientAfter(afterSlice, lex)) return null;
  if (row) return { tie: 'row', assoc: part.name, name: part.name, after: null };
  const before = line.slice(Math.max(0, a.start - 30), a.start);
  if (lex.beforeAmountName.test(before)) return { tie: 'before', assoc: before, name: part.name, after: null };
  // "Magnesium: per 100 g: 12,5 g; per 5 g serving: 625 mg": a label line headed by the element
  // names every amount on it
  if (facts.labelHead !== null && !lex.otherNutrient.test(line.slice(facts.labelHead.length, a.start))) {
    return { tie: 'labelHead', assoc: facts.labelHead, name: facts.labelHead, after: null };
  }
  return null;
}

/** A name given in two languages, each in a cell of its own ("providing <element> | <its name in
 *  Irish> | 196mg"): when the name's cell right before the amount names no nutrient and holds no
 *  figure, the cell before it is the name (issue 8, round 39: a bilingual label's elemental row was
 *  never tied, and the title's compound weight was read instead). Empty when there is none. */
function nameInCellBefore(line: string, a: Amount, name: string, lex: Lexicon): string {
  if (name.trim().length === 0 || /\d/.test(name) || lex.mention.test(name) || lex.otherNutrient.test(name)) return '';
  const back = line.slice(Math.max(0, a.start - WINDOW), a.start);
  const cells = back.split(CELL_SEP_RE);
  if (cells.length < 2) return '';
  const cell = cells[cells.length - 2]!;
  return /\d/.test(cell) ? '' : cell;
}

/** The words right after an amount say it is of another nutrient ("3 mg of melatonin"). (A bare
 *  name after it may be the next row's: "Magnesium 200 mg Zinc 10 mg".) The link words are
 *  OF_LINK_RE's but the Polish and Czech "z"/"ze": after a percentage they say "of" ("80% RWS z
 *  magnezu"), after an amount they also say "with" ("100 mg z witaminą B6": the companion nutrient
 *  is not what the amount is of). */
const OF_AFTER_RE = /^[ \t]{0,2}(?:of|de|du|des|di|del|della|dello|an|von|van)[ \t]{1,2}/i;
function otherNutrientAfter(after: string, lex: Lexicon): boolean {
  const lead = OF_AFTER_RE.exec(after)?.[0].length;
  if (lead === undefined) return false;
  const m = lex.otherNutrient.exec(after.slice(lead, lead + 30));
  return m !== null && m.index === 0;
}

/** The words between an amount and the element's name after it are another nutrient's name, then a
 *  companion word: "<amount> of calcium with <magnesium>", "<amount> Kalzium mit <Magnesium>". */
function companionOfOther(lead: string, lex: Lexicon): boolean {
  const start = OF_AFTER_RE.exec(lead)?.[0].length ?? BARE_OTHER_LEAD_RE.exec(lead)?.[0].length;
  if (start === undefined) return false;
  const m = lex.otherNutrient.exec(lead.slice(start));
  if (m === null || m.index !== 0) return false;
  return COMPANION_TAIL_RE().test(lead.slice(start + m[0].length));
}

/** How far after another nutrient's bare name its own amount is looked for ("Zinc 10 mg",
 *  "Vitamin B6 (as P5P) 2 mg": the next row's name, not the amount's). */
const OTHER_NAME_OWN_REACH = 40;
const BARE_OTHER_LEAD_RE = /^[ \t]{1,2}/;
function bareOtherNutrientAfter(after: string, lex: Lexicon): boolean {
  const lead = BARE_OTHER_LEAD_RE.exec(after)?.[0].length;
  if (lead === undefined) return false;
  const m = lex.otherNutrient.exec(after.slice(lead, lead + 30));
  if (m === null || m.index !== 0) return false;
  const rest = after.slice(lead + m[0].length, lead + m[0].length + OTHER_NAME_OWN_REACH);
  return !/\d/.test(rest) && !lex.mention.test(rest);
}

/** What may stand between a name and its amount: at most two words of its form ("Citrate",
 *  "Bisglycinate Chelate", "L-threonate"), a bracket ("(as citrate)", or its close when the name is
 *  inside it, "(as magnesium oxide)") and a colon or dash. */
const NAME_TAIL_RE = /^(?:[ \t]{1,2}\p{L}[\p{L}\-®™]{0,24}){0,2}[ \t]{0,2}(?:\([^()]{0,60}\)|[^()]{0,40}\))?[ \t]{0,2}[:\-–]?[ \t]{0,3}$/u;
/** A word that links the name to something else: "magnesium with 5 mg melatonin". */
const NAME_LINK_WORD_RE = /(?<![\p{L}])(?:with|mit|avec|con|com|met|med|plus|and|und|et|e|y|i|oraz|sowie|z|ze|&|\+)(?![\p{L}])/iu;
/** The nutrient's own name right before the amount, only its form, a bracket or a colon between. */
function nameRightBefore(name: string, lex: Lexicon): boolean {
  const re = new RegExp(lex.mentionWordG.source, lex.mentionWordG.flags.includes('g') ? lex.mentionWordG.flags : `${lex.mentionWordG.flags}g`);
  let last = -1;
  for (const m of name.matchAll(re)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const tail = name.slice(last);
  return NAME_TAIL_RE.test(tail) && !NAME_LINK_WORD_RE.test(tail.replace(/\([^()]{0,60}\)|^[^()]{0,40}\)/g, ''));
}

/** The end of a list's item before the next: "and", "oraz", "und", ",", "+". */
const LIST_JOIN_END_RE = /(?:^|[\s)])(?:and|und|et|e|y|i|oraz|a|och|en|og|plus|sowie|as well as|&|\+)\s{0,3}$|,\s{0,3}$/i;
/** A name right after an amount (a word that is no unit, no "per", no "of"): the amount is its. */
const OWN_NAME_AFTER_RE = /^\s{0,2}(?!(?:per|each|pro|par|por|pour|je|of|de|du|di|von|daily|a day|elemental|in|from|as)\b)\p{L}{3,}/iu;

/** The word right after an amount names what it is of, when it is no unit or dose form
 *  ("480 mg tart cherry extract"; "Magnesium, 250 mg Tablets" is the product's own). */
function ownNameAfter(after: string): boolean {
  const m = OWN_NAME_AFTER_RE.exec(after);
  return m !== null && unitOf(m[0].trim()) === null && !DOSE_FORM_RE().test(m[0]);
}

/** Words of a sentence between an amount and the nutrient's name after it ("580 mg of magnesium"):
 *  then the name after is what the amount is of. */
/** Right after a name: its own amount ("magnesium 120 mg", "Magnesium: 400 mg"). */
const NAME_OWN_AMOUNT_RE = /^\s{0,3}:?\s{0,3}\d{1,7}(?:[.,]\d{1,3})?\s{0,2}(?:mg|mcg|µg|μg|g)\b/i;
const BARE_AFTER_RE = /\b(?:of|de|di|du|an|von|d')\b/i;

/** The last words before an amount, when they name a compound of the nutrient and nothing else
 *  ("Magnesium malate", "chlorid hořečnatý"). */
function compoundRightBefore(name: string, lex: Lexicon): string | null {
  const words = name.slice(-80).trim().split(/\s+/).slice(-3);
  // from the nutrient's name or the form's, whichever comes first in the last words
  const k = words.findIndex((w) => lex.mention.test(w) || formIn(w, lex) !== null);
  const tail = k >= 0 ? words.slice(k).join(' ') : '';
  return tail.length > 0 && lex.mention.test(tail) && !lex.otherNutrient.test(tail) && !/[.:;()]/.test(tail) && classifyName(tail, lex).kind === 'compound' ? tail : null;
}

type Basis = { kind: 'elemental' | 'compound'; form: ReadForm | null };

/** How far after an amount its own elemental word, and the next amount it may open, are looked for. */
const ELEMENTAL_AFTER_SPAN = 40;
const NEXT_AMOUNT_RE = /\d\s{0,2}(?:mg|mcg|µg|μg|g)(?![\p{L}])/iu;

/** An elemental adjective right after the amount, not opening the next amount's words ("1,000 mg
 *  elemental <element> 160 mg" is the 160's). */
function elementalRightAfter(line: string, a: Amount, lex: Lexicon): boolean {
  const after = line.slice(a.end, a.end + ELEMENTAL_AFTER_SPAN);
  const m = lex.elementalAfterAmount.exec(after);
  return m !== null && !NEXT_AMOUNT_RE.test(after.slice(m[0].length));
}

/** The element itself or a compound's weight, and which compound: explicit elemental wording in
 *  the tie wins. */
function basisOf(line: string, a: Amount, as: Association, magEnd: number, sentence: string, lex: Lexicon, lineBefore?: string): Basis {
  const am = as.after;
  if (as.tie === 'after' && am) {
    const tieText = line.slice(a.end, a.end + (am.index ?? 0) + am[0].length);
    const next = /^\s{0,3}([\p{L}-]{3,20})/u.exec(line.slice(magEnd, magEnd + 24))?.[1] ?? '';
    // (the whole of a long compound word: "Magnesium|hydrogenaspart|at-Dihydrat")
    const rest = /^[\p{L}-]{0,30}/u.exec(line.slice(magEnd, magEnd + 30))?.[0] ?? '';
    // (a form named between the amount and the element, in the languages that put it first:
    // "470 mg mleczanu magnezu", "300 mg de citrate de magnésium": the compound's weight)
    const form = formIn(`${am[1] ?? ''}${rest}`, lex) ?? formIn(next, lex) ?? formIn(tieText, lex);
    // "davon 109 mg Magnesium", "apportant 300 mg de magnésium": the elemental amount
    const lead = line.slice(Math.max(0, a.start - 14), a.start);
    // "(from 700mg Magnesium Citrate)": an amount introduced by "from" and naming a compound is
    // the source compound's weight, not the element's
    if (form !== null && FROM_LEAD_RE.test(lead) && !lex.elemental.test(tieText)) return { kind: 'compound', form };
    // ("1480 mg reines Magnesiumcitrat": "pure" qualifies the compound named, it makes no element)
    const explicit = (x: string): boolean => lex.elemental.test(x.replace(PURE_WORDS_G_RE, ' '));
    // ("1,050 mg of three <element> compounds (glycinate, malate and citrate), delivering 150 mg of
    // elemental <element>": the compounds' weight, a blend's, never the element's)
    if ((COMPOUNDS_NOUN_RE.test(next) || COMPOUNDS_NOUN_RE.test(rest)) && !explicit(tieText) && !explicit(lead)) return { kind: 'compound', form: form ?? formIn(sentence, lex) };
    if (explicit(tieText) || explicit(lead) || (form === null && lex.elemental.test(tieText))) return { kind: 'elemental', form: formIn(line.slice(magEnd, magEnd + 40), lex) };
    return form ? { kind: 'compound', form } : { kind: 'elemental', form: formIn(sentence, lex) };
  }
  // "Magnesium 300mg (80% NRV) from magnesium bisglycinate 2,128mg": a name part opening on "from"
  // and naming a compound is the source compound's weight (its "from <element>" is no elemental wording)
  // (in the amount's own cell: "from Magnesium citrate 600 mg | 97 mg" gives the 97 mg the cell before)
  const ownCell = line.slice(0, a.start).trimEnd().endsWith(as.name.trim());
  const source = ownCell && FROM_HEAD_RE.test(as.name) ? formIn(as.name, lex) : null;
  if (source) return { kind: 'compound', form: source };
  // "Magnesium 240 mg (from magnesium bisglycinate chelate 1,000 mg, ...": an amount inside a bracket
  // opened by "from", after a compound's name, is that source compound's weight (a PDF's columns
  // may have put other words before the bracket, so the name part no longer opens on it)
  // (only as a second figure: the element's own amount stands before the bracket, and no elemental
  // word follows the amount; "<element> (from <element> bisglycinate chelate – 400 mg elemental)" and
  // "<element> (from <element> glycinate 400 mg | 95% DV" give the element's; review 25)
  const fromBracket = ownCell ? openFromBracket(as.name) : null;
  const bracketSource = fromBracket && elementBeforeBracket(line, a, as.name, lex, lineBefore) && !lex.elemental.test(line.slice(a.end, a.end + SOURCE_AFTER))
    ? formIn(fromBracket, lex) : null;
  if (bracketSource) return { kind: 'compound', form: bracketSource };
  // "Magnesium (as magnesium L-threonate 1,200 mg) 100 mg": an amount inside a bracket that names a
  // form, closed right after it with another amount after the bracket, is the form's weight (the
  // element's is the amount after; read as the element's, the salt's weight made the page unreadable)
  // (a later item of the bracket's list, "..., magnesium citrate 200 mg) 210 mg", has its own name
  // part after the item before it: its form is that part's, inside the bracket still open)
  const listed = ownCell && AMOUNT_AFTER_BRACKET_RE.test(line.slice(a.end));
  const openText = !listed ? null : /\(([^()]*)$/.exec(as.name)?.[1] ?? (line.lastIndexOf('(', a.start) > line.lastIndexOf(')', a.start) ? as.name : null);
  const inBracket = openText !== null ? formIn(openText, lex) : null;
  // (its lead word "as" names the form, not the element: an elemental word after it still does)
  if (inBracket && !lex.elemental.test((openText ?? '').replace(/^[\s,;]{0,3}\p{L}{1,12}\s/u, ''))) return { kind: 'compound', form: inBracket };
  const cls = classifyName(as.assoc, lex);
  // "<element> glycinate 400 mg elemental", "... 400 mg (elemental)": an elemental word right after
  // the amount makes it the element's, whatever compound the name before it names (review of round
  // 25: read as the glycinate's weight, 56.4 mg for 400)
  if (cls.kind === 'compound' && elementalRightAfter(line, a, lex)) return { kind: 'elemental', form: cls.form };
  // "... as magnesium L-lactate dihydrate (835 mg": an amount opening a bracket right after a
  // compound's name is that compound's weight, whatever the words before say about another amount
  const bracketed = compoundBeforeBracket(as.name, lex);
  if (bracketed) return { kind: 'compound', form: bracketed };
  // "Mezcla de sales de magnesio | 1.950 mg": a row whose name opens with a blend word weighs the
  // blend of compounds, no form of its own (an elemental word in it or after the amount keeps the element)
  if (cls.kind === 'elemental' && BLEND_ROW_NAME_RE().test(as.assoc) && !lex.elemental.test(as.assoc) && !elementalRightAfter(line, a, lex)) return { kind: 'compound', form: null };
  return cls.kind === 'elemental' && !cls.form ? { kind: 'elemental', form: formIn(as.assoc, lex) } : cls;
}

/** How far before a source bracket the element's own amount is looked for, and how far after a
 *  source's amount an elemental word is. */
const SOURCE_BEFORE = 120;
const SOURCE_AFTER = 25;

/** Is the element's own amount stated before the bracket the name part opened ("<element>..........
 *  240 mg ... (from <element> bisglycinate chelate 1,000 mg"): an amount within reach before the
 *  bracket, with the nutrient's name right before it? */
function elementBeforeBracket(line: string, a: Amount, name: string, lex: Lexicon, lineBefore?: string): boolean {
  const head = line.slice(0, a.start).trimEnd();
  const nm = name.trim();
  const open = head.length - nm.length + nm.lastIndexOf('(');
  if (open < 0) return false;
  const from = Math.max(0, open - SOURCE_BEFORE);
  // (a bracket opening its own line, a source note under the row: the row above is "before";
  // "<element> | <per 100 ml> | <per 15 ml>" over "(from <element> chloride <its weight> per 15ml)";
  // round 60: the chloride's weight read as the element's, beside the element's own)
  const before = line.slice(0, open).trim() === '' && lineBefore !== undefined ? lineBefore.slice(-SOURCE_BEFORE) : line.slice(from, open);
  const nameBefore = new RegExp(`${lex.nameSrc}\\p{L}{0,14}[^\\d()\\n]{0,20}$`, 'iu');
  return findAmounts(before).some((b) => nameBefore.test(before.slice(Math.max(0, b.start - 40), b.start)));
}

/** The words of a name part inside its last bracket still open, when the bracket opens on "from"
 *  ("... (from magnesium bisglycinate chelate "); else null. */
function openFromBracket(name: string): string | null {
  const open = name.lastIndexOf('(');
  if (open < 0 || name.indexOf(')', open) >= 0) return null;
  const inside = name.slice(open + 1);
  return FROM_HEAD_RE.test(inside) ? inside : null;
}

/** How sure the tie is: a table row, a facts panel flattened onto one line ("Supplement Facts
 *  Serving Size 3 Capsules ... %DV Magnesium (as Magnesium Malate) 300 mg 71%": surer than prose,
 *  not summed as a table's rows are), a row in text, or a sentence. */
function tierOf(line: Line, tie: Tie, cellStart: number): number {
  const rowTie = tie === 'row' || tie === 'labelHead';
  if (line.isRow && rowTie) return TIER.panelRow;
  // (a panel pasted as text, its rows under its heading: surer than a sentence, as on one line)
  if (rowTie && line.inFacts) return TIER.flatPanelRow;
  if (rowTie && cellStart > 0 && FACTS_HEADING_RE().test(line.text.slice(Math.max(0, cellStart - 300), cellStart))) return TIER.flatPanelRow;
  return rowTie ? TIER.rowInProse : TIER.prose;
}

/** The units the amount is stated for when several: "... 140mg elemental magnesium) per 4
 *  capsules", "Per 3 caplets: Calcium 600 mg · Magnesium 300 mg", "Two capsules daily supply
 *  300mg". The words right after the amount are its own ("... or 400 mg per 3 tablet serving" is
 *  per 3 tablets even after "Each tablet delivers 133 mg"), never past the next amount; the words
 *  before count only without a unit named next to it. */
/** How far after the nutrient's name its count of units is looked for (PER_COUNT_AFTER_RE). */
const PER_COUNT_REACH = 130;
/** Up to this many characters between the amount and its count, the count is the amount's own (the
 *  reach before round 52); a count further away is read only on the conditions of farCountKept. */
const NEAR_COUNT_GAP = 30;
/** A clause that starts something else between an amount and a count far after it: a dash between
 *  spaces (" - pairs well with"), a comma and a linking word (", so the full day's dose comes in 4
 *  capsules"), a product sold apart ("sold separately in 2 capsule servings"). */
const FAR_COUNT_BREAK_RE = /\s[-–—]\s|,\s{0,3}(?:so|and so|which|but|while|whereas|yet|sold|available|also)\b|\b(?:sold|available) separately\b/i;

/** A count of units read far after the amount ("200 mg of elemental magnesium from a gentle, fully
 *  chelated ... form in every 2 capsules") is the amount's only when no clause starts something else
 *  between them (no break, no other product, no other nutrient's name) and it counts the unit the
 *  label's serving or directions count; else it is left alone (review of round 53: ", so the full
 *  day's dose comes in 4 capsules" made the day's 4 capsules one serving, the day read 4x under;
 *  "- pairs well with our Zinc Picolinate, sold separately in 2 capsule servings" halved it). */
function farCountKept(gap: string, unit: string | null, lex: Lexicon, counted: readonly string[] | undefined): boolean {
  if (FAR_COUNT_BREAK_RE.test(gap) || OTHER_PRODUCT_CUE_RE.test(gap) || lex.otherNutrient.test(gap)) return false;
  return unit !== null && (counted ?? []).some((u) => sameUnit(u, unit));
}

/** How far before an amount, in its sentence, its one unit's basis is looked for ("Cada comprimido aporta "). */
const ONE_BASIS_BEFORE = 60;

/** A unit's basis of one in a text ("per capsule", "pro Kapsel", "cada comprimido"): a counted unit after a
 *  word of one's basis (ONE_UNIT_BASIS_WORDS). */
function oneUnitBasis(text: string): boolean {
  const re = ONE_UNIT_BASIS_G_RE();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const u = unitOf(m[1] ?? '');
    if (u !== null && u !== 'serving' && isDiscrete(u)) return true;
  }
  return false;
}

/** The count after a dose's noun ("..., bei einer Tagesdosis von 2 Kapseln", "prise de 2 gélules le soir",
 *  "con una dosis diaria de 3 comprimidos") is the day's intake, not the amount's basis, where the amount is
 *  stated per one unit between them or before it in its sentence ("200 mg pro Kapsel", "Cada comprimido
 *  aporta 120 mg"): read per those units, the day was a half or a third of the label's (the review of the
 *  rules of rounds 66-68). `lead` is the text from the amount to the count, `before` the sentence's before it. */
function dayIntakeOf(lead: string, before: string): boolean {
  if (!SERVING_OF_TAIL_RE().test(lead)) return false;
  // (before the amount, only its own clause: "Jede Kapsel ist vegan, 400 mg ... pro Tagesdosis von 2 Kapseln"
  // names no basis of the amount)
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return oneUnitBasis(lead) || oneUnitBasis(clause);
}

function unitCountOf(fl: FoundLine, k: number, magEnd: number, sentFrom: number, near: Near, facts: LineFacts, lex: Lexicon, ctx: LineContext): { unit: string; count: number; daily: boolean } | null {
  const line = fl.line.text;
  const a = fl.amounts[k]!;
  const nextAmount = fl.amounts[k + 1]?.start ?? line.length;
  const pcAny = PER_COUNT_AFTER_RE().exec(line.slice(magEnd, Math.min(magEnd + PER_COUNT_REACH, Math.max(magEnd, nextAmount))));
  const pcGap = pcAny ? pcAny[0].slice(0, pcAny[0].length - (pcAny[2] ?? '').length).trimEnd() : '';
  const pcFar = pcAny !== null && pcGap.length - (pcAny[1] ?? '').length > NEAR_COUNT_GAP;
  const pcLead = pcGap.slice(0, pcGap.length - (pcAny?.[1] ?? '').length);
  const pc = pcAny && (!pcFar || farCountKept(pcLead, unitOf(pcAny[2] ?? ''), lex, ctx.page.countedUnits))
    && !dayIntakeOf(pcLead, line.slice(Math.max(sentFrom, a.start - ONE_BASIS_BEFORE), a.start)) ? pcAny : null;
  const sc = near.unit ? null : SUBJECT_COUNT_BEFORE_RE.exec(line.slice(Math.max(sentFrom, a.start - 50), a.start)) ?? listSubject(fl, k, sentFrom);
  const ss = near.unit || sc ? null : servingSubject(line.slice(Math.max(sentFrom, a.start - 60), a.start));
  const lh = near.unit ? null : facts.perCountHead;
  // (a page's text flattened onto one line keeps a row's head at its sentence's start, not the
  // line's: "... (hydroxypropylméthylcellulose). Pour 3 gélules : Magnésium 300 mg (80 % VNR)." is
  // per 3 capsules as on a line of its own; read per one, the day was tripled; issue 8, round 36)
  const sh = near.unit || lh || sentFrom === 0 ? null : PER_COUNT_HEAD_RE().exec(line.slice(sentFrom, Math.min(a.start, sentFrom + HEAD_REACH)));
  const hit = pc ? { n: pc[1] ?? '', u: pc[2] ?? '', daily: false }
    : sc ? { n: sc[1] ?? '', u: sc[2] ?? '', daily: (sc[3] ?? '').length > 0 }
      : ss ? { ...ss, daily: false }
      : lh && a.start - lh[0].length <= HEAD_REACH ? { n: lh[1] ?? '', u: lh[2] ?? '', daily: false }
      : sh ? { n: sh[1] ?? '', u: sh[2] ?? '', daily: false } : null;
  if (!hit) return null;
  const count = /^\d/.test(hit.n) ? parseNumber(hit.n) : numberWord(hit.n);
  const unit = unitOf(hit.u);
  // (units one counts: capsules, drops, spoons or scoops of a powder or liquid, and millilitres of a
  // liquid, "250 mg per 10 ml": taking 20 ml is two of them; never grams)
  const counted = unit !== null && (isDiscrete(unit) || unit === 'teaspoon' || unit === 'tablespoon' || unit === 'scoop' || unit === 'ml');
  return count !== null && count > 1 && count <= maxCount(unit) && unit && counted ? { unit, count, daily: hit.daily } : null;
}

/** "the 2-gummy serving provides 100 mg", "la porción de 2 cápsulas aporta 1000 mg": the serving's
 *  count and unit as printed, before the amount. */
function servingSubject(before: string): { n: string; u: string } | null {
  const m = SERVING_SUBJECT_BEFORE_RE.exec(before);
  return m ? { n: m[1] ?? m[3] ?? '', u: m[2] ?? m[4] ?? '' } : null;
}

/** The most items of a list its subject's count carries over. */
const MAX_LIST_ITEMS = 8;
/** Between a list's items: amounts, names, commas, "and", brackets; no stop, colon or semicolon. */
const LIST_BETWEEN_RE = /^[^.;:!?]{0,400}$/;

/** The counted subject of a list the amount is an item of: "Three tablets provide 1,000 mg calcium,
 *  400 mg magnesium, 15 mg zinc and ...": the count before the list's first amount is every item's. */
function listSubject(fl: FoundLine, k: number, sentFrom: number): RegExpExecArray | null {
  const line = fl.line.text;
  let first = k;
  while (first > 0 && fl.amounts[first - 1]!.start >= sentFrom) first--;
  if (first === k || k - first > MAX_LIST_ITEMS) return null;
  const head = fl.amounts[first]!;
  if (!LIST_BETWEEN_RE.test(line.slice(head.end, fl.amounts[k]!.start))) return null;
  return SUBJECT_COUNT_BEFORE_RE.exec(line.slice(Math.max(sentFrom, head.start - 50), head.start));
}

/** Ties the k-th amount of a label line, or returns null when nothing ties it to the nutrient. */
function tieAmount(fl: FoundLine, k: number, facts: LineFacts, lex: Lexicon, ctx: LineContext): Tied | null {
  const line = fl.line.text;
  const a = fl.amounts[k]!;
  const sent = sentenceAround(line, a.start, a.end);
  const part = namePart(fl, k, sent);
  const as = associate(line, a, part, facts, lex, fl.line.isRow);
  if (!as) return null;
  const magEnd = as.after ? a.end + (as.after.index ?? 0) + as.after[0].length : a.end;
  const near = perUnitNear(line, a, magEnd);
  const cls = basisOf(line, a, as, magEnd, sent.text, lex, ctx.lineBefore);
  const statedShare = cls.kind === 'compound' && cls.form ? shareStatedAfter(line, magEnd, fl.amounts[k + 1]?.start ?? line.length, cls.form.share, lex) : null;
  const saltWeight = cls.kind === 'compound' && cls.form ? (statedShare !== null ? `its share of the element is stated (${Math.round(statedShare * 1000) / 10}%)` : saltWeightWhy(cls.form, line, a, as.name, ctx)) : null;
  // stated per day: right after the amount (and the element's name), or under a daily-dose header
  const headFrom = Math.max(sent.from, a.start - 80);
  const dailyHead = near.unit ? null : DAILY_HEADER_RE().exec(line.slice(headFrom, a.start));
  // (a one-unit column before the daily dose's, "pro Kapsel | pro Tagesdosis (2 Kapseln)": the
  // row's first amount is the one unit's, never the day's; the headers' words are no package's:
  // "per dose giornaliera" is no "Dose", a tin)
  const oneCol = dailyHead ? oneUnitColumnFirst(fl, k, headFrom + dailyHead.index) : null;
  const perDay = !near.unit && (PER_DAY_AFTER_RE.test(line.slice(magEnd, magEnd + 40)) || (dailyHead !== null && !oneCol));
  const ofText = as.tie === 'after' ? line.slice(Math.max(0, a.start - 16), a.start) : as.name;
  const elementalOf = cls.kind === 'elemental' && (ELEMENTAL_OF_RE.test(ofText) || ELEMENTAL_OF_EXTRA_RE().test(ofText) || lex.elementalNameEnd.test(ofText));
  const uc = oneCol ? { unit: oneCol, count: 1, daily: false } : unitCountOf(fl, k, magEnd, sent.from, near, facts, lex, ctx);
  const perDayStated = perDay || (uc?.daily ?? false);
  const rowTie = as.tie === 'row' || as.tie === 'labelHead';
  const rowText = fl.line.isRow && rowTie && line.length <= 600 ? line : sent.text;
  return {
    mg: a.mg, kind: cls.kind, form: cls.form, tier: tierOf(fl.line, as.tie, part.cellStart), perUnit: uc?.unit ?? near.unit, perDay: perDayStated, elementalOf,
    text: fold(rowText).slice(0, 500), raw: a.raw, pos: fl.line.start + a.start, line: fl.line.index, region: fl.line.region,
    ...(uc ? { perCount: uc.count } : {}), ...(saltWeight ? { saltWeight } : {}), ...(statedShare !== null ? { statedShare } : {}),
    tie: as.tie, a, lineOf: fl.line, name: as.name, sentence: sent.text, sentFrom: sent.from, magEnd, nearUnit: near.unit,
    statedPer: near.stated || uc !== null || perDayStated, packageWord: near.packageTotal && !oneCol, countOver1: near.countOver1,
  };
}

/** Between two cells of one row: marks, figures and a reference's short letters ("47 % NRV*",
 *  "(50% VNR*)", "|"), no word of four letters or more (another nutrient's name). */
const SAME_ROW_GAP_RE = /^[^\p{L}]{0,30}(?:\p{L}{1,3}[^\p{L}]{0,12}){0,3}$/u;

/** A row's name between two amounts: a word of four letters or more. */
const ROW_NAME_RE = /\p{L}{4}/u;

/** A concentration's column header, "pro 100 g", "per 100 ml". */
const PER_100_HEADER_RE = /(?:^|[\s|/(])(?:pro|per|je|pour|par|por|i|w|na)[ \t\u00a0]{1,2}100[ \t\u00a0]{0,2}(?:g|ml)(?![\p{L}])/iu;

/** Between two column headers: marks and a reference's short letters ("% NRV*", "je"), no word of
 *  four letters or more. */
const HEADER_GAP_RE = /^[^\p{L}]{0,20}(?:\p{L}{1,3}(?!\p{L})[^\p{L}]{0,12}){0,3}$/u;

/** How far before a daily-dose header a one-unit column's header is looked for. */
const ONE_COLUMN_REACH = 60;

/** "Nährwerte pro Kapsel % NRV* pro Tagesdosis (2 Kapseln) % NRV* Magnesium 175 mg 47 % 350 mg
 *  93 %", "per tablett per dagsdos (2 tabletter)": a header of two columns flattened onto one line,
 *  one unit's first, the day's second. The first amount after the headers (no amount between the
 *  daily header and it) stands in the one unit's column: that unit, or null. Read per day, a
 *  "1 to 2 a day" counted the whole day's dose once (issue 8, round 44). */
function oneUnitColumnFirst(fl: FoundLine, k: number, dailyAt: number): string | null {
  let first = k;
  while (first > 0 && fl.amounts[first - 1]!.end > dailyAt) first -= 1;
  // (rows above it in the same table, "Magnesiumoxid 332 mg 664 mg Magnesium 200 mg 400 mg", keep
  // the columns: a row's name between the amount before and this one starts a row, and this amount
  // is its first cell. Read per day, the element's row under a compound's counted "2 Kapseln
  // täglich" once: the day halved; issue 8, round 47)
  const before = fl.amounts[k - 1];
  const at = fl.amounts[k];
  if (first < k && before && at && !ROW_NAME_RE.test(fl.line.text.slice(before.end, at.start))) return null;
  // (the day's column must be filled too: a larger amount right after this one, past only marks
  // and a reference's letters ("175 mg 47 % 350 mg"); a row with one amount under both headers
  // ("pro Kapsel pro Tagesdosis (2 Kapseln) Magnesium 350 mg 93 %") does not say whose column it
  // stands in, and read per one unit it doubled or tripled the day's dose; review of round 44)
  if (!filledPair(fl, k)) return null;
  const prev = fl.amounts[first - 1];
  const from = Math.max(prev?.end ?? 0, dailyAt - ONE_COLUMN_REACH);
  // (a "per 100 g" column after the day's, "pro Tagesdosis (2 Kapseln) pro 100 g": the larger amount
  // beside this one is the concentration's, no day's; review of round 46: read per one capsule, a
  // day's 300 mg was doubled)
  if (PER_100_HEADER_RE.test(fl.line.text.slice(dailyAt, fl.amounts[k]?.start ?? dailyAt))) return null;
  const head = fl.line.text.slice(from, dailyAt);
  const re = new RegExp(PER_ONE_UNIT_RE.source, PER_ONE_UNIT_RE.flags);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    // (the one unit's header is the cell right before the day's, only marks and a reference's
    // letters between ("pro Kapsel % NRV* pro Tagesdosis"): prose before the header, "0,6 g pro
    // Kapsel. Nährwerte pro Tagesdosis", names no column; review of round 46)
    if (!HEADER_GAP_RE.test(head.slice(m.index + m[0].length))) continue;
    const unit = unitOf(m[1] ?? '');
    if (unit && isDiscrete(unit)) return unit;
  }
  return null;
}

/** The k-th amount and the next one are one row's two columns: a larger amount right after it, past
 *  only marks and a reference's letters ("175 mg 47 % 350 mg"). */
function filledPair(fl: FoundLine, k: number): boolean {
  const a = fl.amounts[k];
  const next = fl.amounts[k + 1];
  return a !== undefined && next !== undefined && next.mg > a.mg && SAME_ROW_GAP_RE.test(fl.line.text.slice(a.end, next.start));
}

/** The column an amount stands in says what it is per: a concentration (per 100 g, rejected), one
 *  unit or several, or the daily dose. The header wins over the words around the cell. */
function applyColumn(t: Tied, cols: Columns, amounts: readonly Amount[]): void {
  if (!t.a) return;
  // (a table without separators: the k-th amount under the k-th cell, when each has one)
  const ordered = cols.byOrder ? amountsInColumns(cols, amounts, t.lineOf.text) : [];
  if (cols.byOrder && !ordered.includes(t.a)) return;
  const c = columnOf(cols, cols.byOrder ? ordered.indexOf(t.a) : cellIndexAt(t.lineOf.text, t.a.start) + rowShift(cols, t.lineOf.text));
  if (!c) return;
  t.column = c.header;
  if (c.per100) {
    t.per100Column = true;
    return;
  }
  if (c.perDay) {
    t.perDay = true;
    t.statedPer = true;
  }
  if (c.unit) {
    t.perUnit = c.unit;
    t.statedPer = true;
    if (c.count !== 1) t.perCount = c.count;
    else delete t.perCount;
  }
}

/** How far after a compound's weight its stated share of the element is looked for. */
const SHARE_REACH = 60;
/** A percentage ("16%", "16,2 %") and the few words after it, up to the element's word. */
const SHARE_PCT_RE = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)[ \t]{0,2}%([^\d%]{0,25})/;
/** A percentage that is a reference intake's, not a share ("27% NRV", "% Daily Value"). */
const SHARE_NOT_RE = /\b(?:dv|nrv|ri|vnr|rda|rdi|daily|value|referen\p{L}*)\b/iu;

/** How much lower than the forms table's share a stated share may be and still be the compound's:
 *  a percentage rounded to a whole ("16%" for 16.2%). A percentage lower still is no share of this
 *  compound ("10% as elemental <element> is absorbed", "buffered, 10% from <element> oxide"): it
 *  would understate, and it is no sign that the figure is the salt's weight either (review 25). */
const SHARE_ROUNDING = 0.01;

/** The compound's share of the element stated right after its weight ("1,000mg <element> citrate,
 *  of which 16% is elemental <element>", "(16% elemental)"), before the next amount, when it is no
 *  lower than the table's share `table` but for a rounding; else null. */
function shareStatedAfter(line: string, from: number, to: number, table: number | undefined, lex: Lexicon): number | null {
  const m = SHARE_PCT_RE.exec(line.slice(from, Math.min(to, from + SHARE_REACH)));
  if (!m) return null;
  const words = m[2] ?? '';
  if (SHARE_NOT_RE.test(words) || !lex.elemental.test(words)) return null;
  const pct = parseNumber(m[1] ?? '');
  if (pct === null || pct <= 0 || pct >= 100) return null;
  return table !== undefined && pct / 100 < table - SHARE_ROUNDING ? null : pct / 100;
}

/** Why a compound's figure is surely the salt's weight, or null when it may be the element's. */
function saltWeightWhy(form: ReadForm, line: string, a: Amount, name: string, ctx: LineContext): string | null {
  if (form.exact) return `names the salt exactly (${form.exact})`;
  const mark = MARK_AFTER_RE.exec(line.slice(a.end, a.end + 12))?.[1];
  if (mark && ctx.noDvMarks.has(mark)) return `its mark ${mark} says the Daily Value is not established`;
  if (ctx.page.drugLabel || PHARMACOPOEIA_RE.test(name) || PHARMACOPOEIA_RE.test(line.slice(a.end, a.end + 12))) return 'a drug\'s strength';
  return null;
}

/** The most units an amount is plausibly stated for: a few tablets, or tens of drops, sprays or
 *  millilitres ("per 30 drops", "per 25 ml"). */
function maxCount(unit: string | null): number {
  return unit === 'drop' || unit === 'spray' || unit === 'ml' ? 60 : 12;
}

/** The compound named right before a bracket that opens on the amount ("... dihydrate (835 mg"). */
function compoundBeforeBracket(name: string, lex: Lexicon): ReadForm | null {
  const m = /([\p{L}-]{2,30}(?:\s{1,2}[\p{L}-]{2,30}){0,2})\s{0,2}\(\s{0,2}$/u.exec(name.slice(-80));
  if (!m) return null;
  const form = formIn(m[1] ?? '', lex);
  // the bracket follows the form's own words, not the element's name ("Magnesium (200 mg")
  return form && !lex.startsWithName.test((m[1] ?? '').split(/\s+/).pop() ?? '') ? form : null;
}

/** A product title's amount ("Magnesium Citrate 120mg - 180 Capsules"). */
function tieTitle(fl: FoundLine, lex: Lexicon, res: TieResult, page: PageFacts): void {
  const title = fl.line.text;
  const dose = fl.amounts.filter((a) => !isTitlePackageWeight(a));
  for (const a of fl.amounts) {
    const cls = classifyName(title.slice(0, a.start).length > 0 ? title.slice(0, a.start) : title, lex);
    const form = cls.form ?? formIn(title, lex);
    const saltWeight = cls.kind === 'compound' && form ? saltWeightWhy(form, title, a, title.slice(0, a.start), { page, noDvMarks: new Set() }) : null;
    const pu = PER_UNIT_AFTER_RE.exec(title.slice(a.end, a.end + 40));
    const per = pu ? unitOf(pu[1] ?? '') : null;
    res.tied.push({
      mg: a.mg, kind: cls.kind, form, tier: TIER.title, perUnit: per && per !== 'serving' ? per : null, perDay: false, elementalOf: false,
      text: fold(title).slice(0, 500), raw: a.raw, pos: 0, line: 0, region: 'title', ...(saltWeight ? { saltWeight } : {}),
      tie: 'title', a, lineOf: fl.line, name: title.slice(0, a.start), sentence: title, sentFrom: 0, magEnd: a.end, nearUnit: null, statedPer: false, packageWord: false, countOver1: false, titleAmounts: dose.length,
    });
  }
}

/** A variant line or a lone amount: the element itself, no form; judged by the reject table. */
function tieLoose(fl: FoundLine, res: TieResult): void {
  const line = fl.line.text;
  const list = fl.kind === 'standalone' ? fl.amounts.slice(0, 1) : fl.amounts;
  for (const a of list) {
    res.tied.push({
      mg: a.mg, kind: 'elemental', form: null, tier: fl.kind === 'variant' ? TIER.variant : TIER.standalone, perUnit: null, perDay: false, elementalOf: false,
      text: fold(line), raw: a.raw, pos: fl.line.index, line: fl.line.index, region: fl.line.region,
      tie: fl.kind === 'variant' ? 'variant' : 'standalone', a, lineOf: fl.line, name: '', sentence: line, sentFrom: 0, magEnd: a.end, nearUnit: null, statedPer: false, packageWord: false, countOver1: false,
      titleAmounts: fl.amounts.length,
    });
  }
}
