// Stage 3, reject: ONE ordered table of the reasons an amount tied to the nutrient is still not
// this product's dose. The first reason whose test holds rejects the amount and is what the trace
// shows. Reasons about a single amount come first; the last ones look at the other amounts kept
// (a compound whose elemental amount follows it; lone amounts that disagree).
import type { Lexicon } from '../lexicon.ts';
import {
  AGE_CHILD_RE, CHILD_AMOUNT_AFTER_RE, EXAMPLE_ADVICE_RE, CROSS_SELL_LEAD_RE, CRUMB_SEPARATOR_RE, DIRECTIONS_HEADING_RE, FACTS_HEADING_RE, EXAMPLE_COMPOUND_WORD_RE, EXAMPLE_YIELD_BEFORE_RE, ELEMENTAL_OF_EXTRA_RE, ELEMENTAL_OF_RE, SIGNED_QUOTE_LINE_RE, OWN_FORMULA_RE,
  NET_CONTENTS_RE, OTHER_PRODUCT_CUE_RE, YOUR_BEFORE_RE, OUR_NAME_RE, OUR_CROSS_SELL_CUE_RE, PRICE_CUE_RE, GLOSSED_REFERENCE_RE, MARKED_REFERENCE_AFTER_RE, ADULTS_REFERENCE_END_RE, DOSE_FORM_RE, PCT_MARK_RE, PER_100_AFTER_RE, PER_100_BEFORE_RE, PER_BASIS_BEFORE_RE, MONOGRAPH_CUE_RE, RESEARCH_CUE_RE, RESEARCH_REPORT_RE, SEVERAL_FORMS_RE,
  PRICE_WORD_RE, QUESTION_WORD_LEAD_RE, RANGE_AFTER_RE, RANGE_BEFORE_RE, isReferenceCue, namesReferenceAmount, namesReferenceLevel, namesUpperLimit, THRESHOLD_BEFORE_RE, TOTAL_CUE_RE, TOTAL_NAME_RE, VARIANT_LINE_RE,
  CELL_PER_UNIT_RE, SEX_GROUP_AFTER_RE, SEX_GROUP_RE, SEX_AUDIENCE_RE, PERCENT_SHARE_IN_RE, HOLDS_THRESHOLD_BEFORE_RE, PER_KG_AFTER_RE, PER_KG_BODY_TAIL_RE, PER_KG_PRICE_TAIL_RE, COMPARED_PRODUCT_BEFORE_RE, OTHER_BRANDS_SUBJECT_BEFORE_RE, OWN_BRAND_BEFORE_RE, OWN_TOO_AFTER_RE,
} from '../text/patterns.ts';
import { endsInPrice, priceWithin } from '../text/price.ts';
import { firstPerson } from '../text/reviews.ts';
import type { Trace } from '../trace.ts';
import type { Step } from './step.ts';
import { TIER, type Tied } from './tie.ts';
import { onlyAnEstimate, type DoseHint } from './choose.ts';
import { isDiscrete, sameUnit, unitOf } from '../text/units.ts';
import { classifyName, formIn } from '../text/compound.ts';
import { findAmounts, isTitlePackageWeight } from '../text/amount.ts';
import { cellsOf } from './columns.ts';
import { PACK_COUNT_WORDS, PIECE_WORDS } from '../../data/magnesium/names.ts';

/** What a set-level reason sees: every amount kept by the single-amount reasons. */
/** The page's title and its product text's first lines. */
export interface PageHead {
  readonly title: string;
  readonly lines: readonly string[];
  /** the page's facts panel is a picture: the adapter saw one, or its text says so ("See Supplement Facts image") */
  readonly factsImage?: boolean;
  /** the page states no serving size and gives no directions: nothing says what an amount is per */
  readonly noServing?: boolean;
}

export interface Kept {
  readonly all: readonly Tied[];
  /** the page's head: its title and first lines, where it names its own product */
  readonly head: PageHead;
}

export interface Reason {
  /** why, in a few words (the trace's wording) */
  readonly why: string;
  /** true: this reason rejects the amount */
  readonly test: (t: Tied, lex: Lexicon, kept: Kept) => boolean;
  /** the test needs the other amounts kept (run after every single-amount reason) */
  readonly set?: true;
}

/** No unit nor count of units: what a page with no serving and no directions says of its amounts. */
const NO_HINT: DoseHint = { unit: null, units: null };

/** The reason a name's figure is set aside when the facts are a picture: the page still names a
 *  product of the nutrient (read.ts: unreadable, never absent). */
export const NAME_FIGURE_FACTS_PICTURE = 'the name\'s figure, the facts a picture';

/** A grams figure at or above this, with no unit near it, is a package's contents (50 g). */
const PACKAGE_CONTENTS_MG = 50_000;

/** label text (a facts row, a sentence), as opposed to a title, a variant line or a lone amount */
const isLabel = (t: Tied): boolean => t.tie !== 'title' && t.tie !== 'variant' && t.tie !== 'standalone';
const inProse = (t: Tied): boolean => isLabel(t) && t.region !== 'facts';
const before = (t: Tied, n: number): string => (t.a ? t.lineOf.text.slice(Math.max(0, t.a.start - n), t.a.start) : '');
/** How far after an amount its "per kilogram" is looked for (past the element's name). */
const PER_KG_REACH = 40;
/** How far past "per kilogram" its body weight (or day) is looked for. */
const PER_KG_TAIL = 30;

/** "0,2 mmol Magnesium je kg Körpergewicht", "10 mg/kg par jour", "125 mg/kg": a dose by body
 *  weight or a concentration. A base price is not ("Magnesium 400 mg Kapseln Grundpreis pro kg
 *  312,29 €", "Magnesium 300 mg gélules prix au kilo 180,00 €", "Magnez 400 mg tabletki cena na kg",
 *  "400 mg per kg bag": rejected so, the product's own amount was lost and the page unreadable;
 *  review of round 44): a "per kg" in words counts only with a body weight or a day after it, a
 *  "/kg" only with no price after it. */
function perKilogram(tail: string): boolean {
  const m = PER_KG_AFTER_RE.exec(tail);
  if (!m) return false;
  const rest = tail.slice(m[0].length);
  if (PER_KG_BODY_TAIL_RE.test(rest)) return true;
  return m[0].trimStart().startsWith('/') && !PER_KG_PRICE_TAIL_RE.test(rest);
}

const after = (t: Tied, n: number): string => (t.a ? t.lineOf.text.slice(t.a.end, t.a.end + n) : '');

export { endsInPrice };

/** A sentence that asks ("Is 1000mg too much?", "¿Cuánto magnesio tiene?"). */
export function isQuestion(sentence: string): boolean {
  const s = sentence.trim();
  return s.endsWith('?') || s.startsWith('¿');
}

/** A question that asks about an amount rather than states this product's: it names no unit the
 *  amount is per ("Is 1000mg of magnesium too much?"), or the amount follows a question word
 *  opening it ("How can 500 mg per tablet be gentle?"). A statement worded as a question ("Did you
 *  know each capsule provides 300 mg?", "Each capsule provides 300 mg, why settle for one?") keeps
 *  its amount: rejecting it would leave a lower one, or none. */
export function asksAboutAmount(t: Tied): boolean {
  if (!isQuestion(t.sentence)) return false;
  if (t.perUnit === null) return true;
  return t.a !== null && QUESTION_WORD_LEAD_RE.test(t.lineOf.text.slice(t.sentFrom, t.a.start));
}

/** "Oxyde de magnésium 500 mg" then "apportant Magnésium 300 mg": the kept elemental amount
 *  introduced as the compound's share, on the same line after it or on the next line. */
export function elementalAmountOf(t: Tied, kept: Kept, lex: Lexicon): Tied | null {
  if (t.kind === 'compound') return kept.all.find((x) => x.elementalOf && x.region === t.region && ((x.line === t.line && x.pos > t.pos) || x.line === t.line + 1)) ?? runEquivalentOf(t, kept, lex);
  // "Magnesium amino acid chelate 500 mg (equiv. magnesium 100 mg)": a figure whose elemental
  // equivalent follows it at once is a compound's weight, though the compound is none the table knows
  if (t.kind !== 'elemental' || t.elementalOf || !t.a) return null;
  // "Magnesium citrate (from marine sources) 1000 mg" over "of which magnesium 160 mg": a row naming
  // a compound before its bracket, the element's only for the bracket's "from", is the compound's
  // weight when the next line is the element's "of which" row (review of round 49: the 1000 mg was
  // the element, its name wrapped onto the amount's line or not)
  const sub = t.tie === 'row' && compoundBeforeBracket(t.name, lex) ? kept.all.find((x) => x.elementalOf && x.region === t.region && x.line === t.line + 1) : undefined;
  if (sub) return sub;
  return kept.all.find((x) => x.elementalOf && x.region === t.region && x.line === t.line && x.a !== null && x.pos > t.pos && x.pos - t.pos - t.a!.raw.length <= EQUIVALENT_GAP) ?? runEquivalentOf(t, kept, lex);
}

/** A name that names a compound of the nutrient before its first bracket ("Magnesium citrate (from
 *  marine sources)"), with no elemental wording there. */
function compoundBeforeBracket(name: string, lex: Lexicon): boolean {
  const open = name.indexOf('(');
  if (open <= 0) return false;
  const head = name.slice(0, open);
  return lex.mention.test(head) && !lex.elemental.test(head) && classifyName(head, lex).kind === 'compound';
}

/** The most rows of compounds one elemental-equivalent row closes ("Each tablet contains:" a few
 *  sources, then "Equiv. magnesium 300 mg"). */
const SOURCE_RUN = 6;

/** "Magnesium amino acid chelate 600 mg / Magnesium oxide – heavy 250 mg / Magnesium phosphate
 *  pentahydrate 200 mg / Equiv. magnesium 300 mg": rows of the nutrient's compounds, one under the
 *  other, closed by a row that states their elemental equivalent. Each row above is a source's
 *  weight (known to the form table or not: its name goes on after the nutrient's), the equivalent
 *  is the element. Every line between the row and the equivalent is such a row: a row of another
 *  ingredient ends the run. */
function runEquivalentOf(t: Tied, kept: Kept, lex: Lexicon): Tied | null {
  if (t.tie !== 'row' || t.elementalOf || !isSourceRow(t, lex)) return null;
  const rows = rowsByLine(kept);
  for (let l = t.line + 1; l <= t.line + SOURCE_RUN; l++) {
    const eq = equivalentAt(rows, t.region, l);
    // (a row and its own equivalent, then the next row and its own: "Magnesium bisglycinate 1000 mg
    // / providing magnesium 200 mg / Magnesium citrate 1100 mg / providing magnesium 175 mg": each
    // equivalent is the row's right above it, never the run's, and the row above them all is a total)
    // (a row named only up to a colon, "Magnesium per serving: 400 mg", is a source only when the
    // row closing it names the bare element, "dont magnésium : 300 mg": "of which marine magnesium:
    // 200 mg" is a part of the total above it, not its equivalent, issue 8, review)
    if (eq && colonNamed(t.name) && !namesBareElement(eq, lex)) return null;
    if (eq) return l === t.line + 1 || !pairedAfter(rows, t.region, l, lex) ? eq : null;
    const r = rows.get(`${t.region}:${l}`)?.[0];
    if (!r || !isSourceRow(r, lex)) return null;
  }
  return null;
}

/** A row's name that ends in a colon ("Magnésium marin :"). */
function colonNamed(name: string): boolean {
  return /:[\s\t–—-]*$/.test(name);
}

/** An equivalent row naming the element and nothing else, before its amount ("dont magnésium :")
 *  or after it but a share of a reference value ("300 mg (80 % VNR*)"): no source, no part. */
function namesBareElement(eq: Tied, lex: Lexicon): boolean {
  const cue = ELEMENTAL_OF_RE.exec(eq.name) ?? ELEMENTAL_OF_EXTRA_RE().exec(eq.name);
  const name = (cue ? eq.name.slice(cue.index + cue[0].length) : eq.name).replace(/^[\s(]+/, '');
  const m = lex.startsWithName.exec(name);
  if (!m || /\p{L}{2,}/u.test(name.slice(m[0].length).replace(lex.elemental, ''))) return false;
  const rest = eq.a ? eq.lineOf.text.slice(eq.a.end).replace(/\([^()]{0,40}%[^()]{0,40}\)/g, '').replace(/\d[\d.,]{0,8}\s{0,2}%\s{0,2}\p{L}{0,5}/gu, '') : '';
  return !/\p{L}{3,}/u.test(rest);
}

/** A row of one of the nutrient's sources: a compound's, or a name the form table does not know. */
function isSourceRow(r: Tied, lex: Lexicon): boolean {
  return r.kind !== 'elemental' || namesUnknownCompound(r.name, lex);
}

function equivalentAt(rows: Map<string, Tied[]>, region: Tied['region'], line: number): Tied | null {
  return rows.get(`${region}:${line}`)?.find((x) => x.elementalOf) ?? null;
}

/** Under the equivalent at line, another source row and its own equivalent follow. */
function pairedAfter(rows: Map<string, Tied[]>, region: Tied['region'], line: number, lex: Lexicon): boolean {
  const r = rows.get(`${region}:${line + 1}`)?.[0];
  return r !== undefined && !r.elementalOf && isSourceRow(r, lex) && equivalentAt(rows, region, line + 2) !== null;
}

/** The kept rows by region and line, built once per set (the work per amount stays bounded). */
const ROWS_BY_LINE = new WeakMap<Kept, Map<string, Tied[]>>();
function rowsByLine(kept: Kept): Map<string, Tied[]> {
  let m = ROWS_BY_LINE.get(kept);
  if (m) return m;
  m = new Map();
  for (const x of kept.all) {
    if (x.tie !== 'row') continue;
    const k = `${x.region}:${x.line}`;
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  ROWS_BY_LINE.set(kept, m);
  return m;
}

/** A row's name that goes on after the nutrient's name with words of its own ("Magnesium amino
 *  acid chelate", "Magnesium phosphate pentahydrate"), not a bracket or a basis word ("Magnesium
 *  (as citrate)", "Magnesium, elemental"): a compound, though the form table may not know it. */
function namesUnknownCompound(name: string, lex: Lexicon): boolean {
  if (!lex.startsWithName.test(name.trim())) return false;
  let end = name.length;
  // (a colon ending the name only parts it from its amount: "Magnésium marin : 600 mg")
  while (end > 0 && ' \t–—-:'.includes(name[end - 1]!)) end--;
  const words = name.slice(0, end).trim().split(/\s+/);
  // ("Magnesium Total", "Magnesium gesamt", "Magnesium elemental": the element's row, a total)
  if (TOTAL_NAME_RE().test(name) || lex.elemental.test(name)) return false;
  return words.length >= 2 && !/[(:,]/.test(name.slice(0, end)) && /^\p{L}{3,}$/u.test(words[1] ?? '');
}

/** The most characters between a compound's weight and its elemental equivalent on one line
 *  (" (equiv. magnesium ", ", entsprechend ", " (co odpowiada "). */
const EQUIVALENT_GAP = 40;

/** Words of a product's name that say nothing of which product it is. */
const NAME_WORD_MIN = 3;

/** The head's words above the amount's own line (a line never names itself). */
function headAbove(head: PageHead, t: Tied): string {
  const lines = t.region === 'body' ? head.lines.slice(0, t.line) : head.lines;
  return `${head.title}\n${lines.join('\n')}`;
}

/** "our <Capitalised Name>" naming the nutrient, whose words are not all in the page's head. A name
 *  read across its commas or an ampersand ("Our Acme Calcium, Magnesium & Zinc adds") is another
 *  product only with a cue offering it ("Tip:", "also", "adds", a price of its own) in its line before
 *  the amount: without one, "Our Zinc, Magnesium & B6 formula delivers 450 mg" is the product
 *  describing itself, its page's only amount (review of round 56: read absent). */
export function namesOtherOwnProduct(before: string, head: string, lex: Lexicon, lineBefore: string = before): boolean {
  const m = OUR_NAME_RE.exec(before);
  if (!m || !lex.mention.test(m[1]!)) return false;
  const h = head.toLowerCase();
  const unnamed = (name: string): boolean => name.trim().split(/\s+/).some((w) => w.length >= NAME_WORD_MIN && !h.includes(w.toLowerCase()));
  // (its capitalised words before the first comma or ampersand, as the name was read before round
  // 56, stand alone)
  const words = m[1]!.trim().split(/[ \t]+/);
  const cut = words.findIndex((w) => w.endsWith(',') || !/^\p{Lu}/u.test(w));
  const first = (cut < 0 ? words : words.slice(0, cut)).join(' ');
  if (lex.mention.test(first) && unnamed(first)) return true;
  if (!unnamed(m[1]!)) return false;
  const around = lineBefore.slice(0, lineBefore.length - before.length + m.index) + before.slice(m.index + m[0].length);
  return OUR_CROSS_SELL_CUE_RE().test(around) || PRICE_CUE_RE().test(lineBefore);
}

/** The page's head names its product as another nutrient's: its title (or, without one, its first
 *  lines) names another nutrient and never this one ("Vitamin D3 + K2 Liquid Drops"). */
export function headOfOtherNutrient(head: PageHead, lex: Lexicon, t?: Tied): boolean {
  // (without a title, the head's lines above the amount's own: a line never names the page's product
  // by naming itself, "Tip: take your <element> 400 mg" among an iron page's first lines; review of
  // round 55)
  const lines = t && t.region === 'body' ? head.lines.slice(0, t.line) : head.lines;
  // (nor does a count and price line taken for the title, "90 capsules $12.99 Add to Cart": the lines
  // above name the product; review of round 56)
  const priceLine = t !== undefined && PRICE_CUE_RE().test(head.title) && !lex.mention.test(head.title) && !lex.otherNutrient.test(head.title);
  const h = head.title.trim().length > 0 && !priceLine ? head.title : lines.join('\n');
  return lex.otherNutrient.test(h) && !lex.mention.test(h);
}

/** Each lexicon's mention pattern, global (built once: matchAll copies it, so it keeps no state). */
const MENTION_ALL = new WeakMap<Lexicon, RegExp>();

/** The text names the nutrient with a second person's possessive before it ("dein Magnesium"). */
function namesYours(text: string, lex: Lexicon): boolean {
  let re = MENTION_ALL.get(lex);
  if (!re) MENTION_ALL.set(lex, (re = new RegExp(lex.mention.source, 'giu')));
  for (const m of text.matchAll(re)) if (YOUR_BEFORE_RE().test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
  return false;
}

/** The other nutrients' names the page's head gives, lower-cased (a few: the head is short). */
function headNutrients(head: PageHead, lex: Lexicon): Set<string> {
  const h = head.title.trim().length > 0 ? head.title : head.lines.join('\n');
  const re = new RegExp(lex.otherNutrient.source, 'giu');
  return new Set([...h.matchAll(re)].map((m) => m[0].toLowerCase()));
}

/** The line names one of the other nutrients the page's head names (the page's own product). */
export function namesHeadNutrient(line: string, head: PageHead, lex: Lexicon): boolean {
  const names = headNutrients(head, lex);
  if (names.size === 0) return false;
  const re = new RegExp(lex.otherNutrient.source, 'giu');
  for (const m of line.slice(0, CARD_LINE).matchAll(re)) if (names.has(m[0].toLowerCase())) return true;
  return false;
}

/** The longest line read as a product's name (a card: brand, name, amount, pack count). */
const CARD_LINE = 200;
/** The fewest units a pack count names ("120 Capsules"; "2 capsules" is a dose). */
const PACK_COUNT_MIN = 10;

/** A line that names a product as a card does: a count of a pack's units ("Corewell Magnesium
 *  Complex 500mg – Glycinate, 120 Capsules"). */
const PACK_COUNTS = new Set([...PACK_COUNT_WORDS, ...PIECE_WORDS]);
export function namesPackCount(line: string): boolean {
  if (line.length > CARD_LINE) return false;
  // (or a count word, "200 Count", "120 ct": issue 8, round 64)
  const re = /(?<![\d.,])(\d{2,4})[ \t]{1,2}(\p{L}{2,20})/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const u = unitOf(m[2]!);
    if (((u && isDiscrete(u)) || PACK_COUNTS.has(m[2]!.toLowerCase())) && Number(m[1]) >= PACK_COUNT_MIN) return true;
  }
  return false;
}

/** A line that names a product as a card does: its pack count, or a price among its words
 *  ("... – 300 mg per 2 tsp – $30.00 (Add)"). */
export function namesCard(line: string): boolean {
  return line.length <= CARD_LINE && (namesPackCount(line) || line.split(/[\s()]+/).some((w) => PRICE_WORD_RE().test(w)));
}

/** A reference value's words; a monograph's only for an amount per no unit of this product. */
function referenceCue(t: Tied, text: string): boolean {
  return isReferenceCue(text, false) || namesUpperLimit(textBefore(t), textAfter(t)) || namesReferenceLevel(textBefore(t), lineAfter(t)) || namesReferenceAmount(textBefore(t), textAfter(t)) || (MARKED_REFERENCE_AFTER_RE().test(lineAfter(t)) && !PERCENT_SHARE_IN_RE.test(lineAfter(t))) || (t.perUnit === null && MONOGRAPH_CUE_RE.test(text));
}

/** An amount stated as all adults' intake of the nutrient ("The recommended daily intake of
 *  magnesium for adults is 375 mg", "Zalecana dzienna dawka magnezu dla dorosłych wynosi 375 mg"):
 *  the nutrient named before the adults' words, then a copula, with no figure nor dose form in the
 *  sentence before the amount (a label's "2 tablets for adults are 400 mg" names its portion). */
function adultsReference(t: Tied, lex: Lexicon): boolean {
  if (!t.a || t.a.start < t.sentFrom) return false;
  const m = ADULTS_REFERENCE_END_RE().exec(t.lineOf.text.slice(t.sentFrom, t.a.start));
  // (nor when a count of this product's units follows it: "... for adults is 300 mg daily (3
  // capsules)", "... para adultos es de 300 mg (2 cápsulas)": the product's portion; the review of
  // rounds 63-64, read unreadable)
  return m !== null && lex.mention.test(m[1]!) && !/\d/.test(m[1]!) && !DOSE_FORM_RE().test(m[1]!) && !DOSE_FORM_RE().test(lineAfter(t).split(/[.;!?](?:\s|$)/)[0]!);
}

/** A sex group right after an amount (SEX_GROUP_AFTER_RE), with no word of a product's audience
 *  before it ("ideal für Frauen", "perfekt för kvinnor och män"). */
function sexReferenceAfter(after: string): boolean {
  const m = SEX_GROUP_AFTER_RE().exec(after);
  return m !== null && !SEX_AUDIENCE_RE().test(m[0]);
}

/** The text after the amount in its sentence (none for a row: its name says what it is). */
function textAfter(t: Tied): string {
  if (t.tie === 'row' || t.tie === 'labelHead' || !t.a) return '';
  return t.lineOf.text.slice(t.a.end, Math.max(t.a.end, t.sentFrom + t.sentence.length));
}

/** The rest of the amount's line after it (a row's too: "Recommended intake: magnesium 300 mg daily,
 *  from one capsule" is tied as a row; a helper session's review of rounds 59-61). */
function lineAfter(t: Tied): string {
  return t.a ? t.lineOf.text.slice(t.a.end) : '';
}

/** How far after the amount the nutrient's name that follows it may end ("270 mg de magnésium"). */
const NAME_AFTER_REACH = 30;
/** A per-100 basis right after the nutrient's name that follows the amount ("270 mg of magnesium per 100 g"). */
function per100AfterName(t: Tied): boolean {
  if (!t.a || t.magEnd <= t.a.end || t.magEnd - t.a.end > NAME_AFTER_REACH) return false;
  return PER_100_AFTER_RE.test(t.lineOf.text.slice(t.magEnd, t.magEnd + 16));
}

/** A reference's mark after the amount that a share on its line excused ("375 mg (RWS) | 100 %"). */
function excusedReferenceMark(t: Tied): boolean {
  const after = lineAfter(t);
  return t.a !== null && MARKED_REFERENCE_AFTER_RE().test(after) && PERCENT_SHARE_IN_RE.test(after);
}

/** The text before the amount: a row's name, or its sentence up to it. */
function textBefore(t: Tied): string {
  if (t.tie === 'row' || t.tie === 'labelHead' || !t.a) return t.name;
  return t.a.start >= t.sentFrom ? t.lineOf.text.slice(t.sentFrom, t.a.start) : t.name;
}

/** A prose amount per no unit of this product in a sentence reporting research: a row's name
 *  alone ("magnesium supplementation of 500 mg daily ... in one small trial") hides the cue. */
function studysAmount(t: Tied): boolean {
  if (!inProse(t) || t.perUnit !== null) return false;
  // (a research word and a report's words, in the amount's own clause: the study's own amount, never
  // the product's "studied" dose, "Magnesium: 400 mg per day – shown in studies to reduce cramps")
  const c = clauseOf(t);
  return RESEARCH_CUE_RE.test(c) && RESEARCH_REPORT_RE.test(c);
}

/** Marks between the clauses of a sentence: a dash between spaces, a semicolon, a colon, a bar. */
const CLAUSE_MARK_RE = /\s[-–—]\s|[;:|]/gu;
const CLAUSE_MARK_ONE_RE = new RegExp(CLAUSE_MARK_RE.source, 'u');

/** The amount's clause: its sentence from the last clause mark before it to the first after it. */
function clauseOf(t: Tied): string {
  if (!t.a) return t.sentence;
  const line = t.lineOf.text;
  const end = Math.min(line.length, t.sentFrom + t.sentence.length);
  if (t.a.start < t.sentFrom || t.a.end > end) return t.sentence;
  let from = t.sentFrom;
  for (const m of line.slice(t.sentFrom, t.a.start).matchAll(CLAUSE_MARK_RE)) from = t.sentFrom + m.index + m[0].length;
  const next = line.slice(t.a.end, end).search(CLAUSE_MARK_ONE_RE);
  return line.slice(from, next >= 0 ? t.a.end + next : end);
}

/** A figure of the product's name: the title's, or a line repeating the name (tier of a title). */
const isNameFigure = (t: Tied): boolean => t.tie === 'title' || (t.tie === 'row' && t.tier <= TIER.title);

/** A product's name with its figure: its title, or a line of prose naming it with its pack count
 *  ("... Magnesium Complex 500mg - ... - 180 Capsules"), no row of a facts panel. */
function isNameLine(t: Tied, title: string): boolean {
  if (isNameFigure(t)) return true;
  if (t.tie !== 'row' || t.lineOf.region !== 'body' || t.lineOf.inFacts === true || t.lineOf.text.includes('|') || endsInPrice(t.lineOf.text)) return false;
  return namesCard(t.lineOf.text) || repeatsTitle(t, title);
}

/** The title's own figure, stated again with no basis of its own: no unit, serving or day it is per
 *  anywhere on its line, and no word that it is the element's ("per serving (2 capsules)", "delivering
 *  150 mg of elemental ..." are a label's words). */
function titleFigureAgain(t: Tied, title: string, lex: Lexicon): boolean {
  if (t.a === null || t.tier >= TIER.panelRow || t.perUnit !== null || t.perDay || !findAmounts(title).some((a) => a.mg === t.mg)) return false;
  const line = t.lineOf.text;
  return !lex.elemental.test(line) && !(line.match(/\p{L}+/gu) ?? []).some((w) => unitOf(w) !== null);
}

/** The amount stands in the page's title repeated in the line ("Magnesium L-Threonate 2,000 mg in
 *  vegetarian capsules." under the title "Magnesium L-Threonate 2,000 mg"). */
function repeatsTitle(t: Tied, title: string): boolean {
  const full = title.trim().toLowerCase();
  // (a title that is a breadcrumb, "Home / Sleep / Magnesium Glycinate 600mg", names the product in
  // its last crumb: the heading "Magnesium Glycinate 600mg" under it repeats it; issue 8, round 50)
  // (a crumb that names something besides its figure, two words at least: "500 mg tablet" names no product)
  const last = full.split(CRUMB_SEPARATOR_RE).pop()?.trim() ?? '';
  const crumb = t.a !== null && last.replace(t.a.raw.toLowerCase(), ' ').split(/\s+/).filter((w) => /^\p{L}{2,}/u.test(w)).length >= 2 ? last : '';
  return [full, crumb].some((name) => {
    if (name.length === 0 || t.a === null || !name.includes(t.a.raw.toLowerCase())) return false;
    const at = t.lineOf.text.toLowerCase().indexOf(name);
    return at >= 0 && at <= t.a.start && t.a.end <= at + name.length;
  });
}

/** The amount follows the compound's name in its clause ("Magnesium Oxide 500 mg Tablets",
 *  "Citrate de magnésium 400 mg"): the name gives the compound's weight, whatever a unit could hold of
 *  the element (with no label amount it may be either: unreadable, never read as the element; issue 8,
 *  kind 7, round 64: a Walmart page cut off before its facts read 500 mg found). */
function namesCompoundWeight(t: Tied, lex: Lexicon): boolean {
  // (not a figure glossed as the element's: "Citrato de Magnesio 100mg (Magnesio elemental)")
  // (and only a figure one unit could hold either way: "Magnesium Glycinate 400 mg" would need
  // several units as the element, the US name's elemental amount of a serving: read weak, as before)
  return t.kind === 'compound' && t.form !== null && t.form !== undefined && !t.elementalOf && t.a !== null
    && t.mg / t.form.share <= lex.data.caps.maxUnitFillMg
    && !lex.elemental.test(t.lineOf.text.slice(t.a.end, t.a.end + ELEMENTAL_GLOSS_REACH));
}
/** How far after a name's figure a gloss naming the element is looked for. */
const ELEMENTAL_GLOSS_REACH = 30;

/** The page says its product holds several forms of the nutrient (unnamed where the name's figure
 *  stands): in its title or first lines, or
 *  on a line that gives its name's figure ("Vitaleaf Magnesium Complete 1000mg is a multi-form
 *  magnesium tablet"). */
export function saysSeveralForms(kept: Kept, lex: Lexicon): boolean {
  // forms the page names where it says so ("combines three forms of magnesium - glycinate, citrate
  // and malate") make the name's figure no sum of unknowns: it keeps its weak reading, as a name
  // naming its forms does (review of round 22: "Magnesium Complex 400mg" so described was unreadable)
  // (on a line naming the nutrient: "Choose from 3 types: Orange, Lemon" or "2 different sources of
  // savings" say nothing of its forms)
  const unnamed = (l: string): boolean => SEVERAL_FORMS_RE.test(l) && lex.mention.test(l) && formIn(l, lex) === null;
  const head = [kept.head.title, ...kept.head.lines];
  if (head.some((l) => formIn(l, lex) !== null)) return false;
  if (head.some(unnamed)) return true;
  return kept.all.some((x) => isNameFigure(x) && unnamed(x.lineOf.text));
}

/** Right before an amount, a weight of a compound ("the chelate", "a citrate") and what it yields. */
function isExampleYield(before: string, lex: Lexicon): boolean {
  const m = EXAMPLE_YIELD_BEFORE_RE.exec(before);
  return m !== null && (EXAMPLE_COMPOUND_WORD_RE.test(m[1]!) || formIn(m[1]!, lex) !== null);
}

/** An age group below adults' right after an amount: a children's word after its lead, and its first
 *  figure, if any, a child's age (below 12, or a range from below 18: "ages 14-18" is teens', "ages
 *  19-30" and "ages 12+" adults'). */
export function forChildren(afterAmount: string): boolean {
  const m = CHILD_AMOUNT_AFTER_RE().exec(afterAmount);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const age = Number(m[1]);
  return age < ADULT_AGE || (age < ADULTHOOD && m[2] !== '');
}
/** The age from which a dose is an adult's on labels, and adulthood. */
const ADULT_AGE = 12;
const ADULTHOOD = 18;

/** Is a signed quotation's signature the label's own (a directions heading, "Suggested Use") or a
 *  name the page's head gives (its brand, "– Acme Health")? */
function signedByLabel(line: string, head: PageHead): boolean {
  const m = /[-\u2013\u2014]\s{0,3}([^-\u2013\u2014\n]{1,100})$/.exec(line.trim());
  const signer = (m?.[1] ?? '').trim();
  if (signer.length < 3) return false;
  if (DIRECTIONS_HEADING_RE().test(signer)) return true;
  // (the head's own lines, not the quotations among them: a short page's head holds its reviews too)
  const headText = [head.title, ...head.lines].filter((l) => !/["\u201c\u201d\u201e\u00ab\u00bb]/.test(l) && !/[-\u2013\u2014]\s{0,3}\S[^-\u2013\u2014\n]{0,99}$/.test(l.trim())).join('\n').toLowerCase();
  return headText.includes(signer.toLowerCase());
}

/** How far into a sentence its cross-sell heading is looked for (the heading opens it), and how
 *  many words after an amount its card's price may stand ("200 mg 120 gélules 16,90 €"). */
const CROSS_SELL_LEAD_REACH = 80;
/** How far before an amount other brands as its clause's subject are looked for ("many brands use"),
 *  and how far after it the product's own "so does ours" is. */
const OTHER_BRANDS_REACH = 120;
const CARD_PRICE_WORDS = 6;

/** An amount on a flattened line in a sentence a cross-sell heading opens, a price right after it:
 *  a card of the block under the heading. */
/** After a cross-sell lead's colon, words that turn to this product before the amount ("Also
 *  compare: each tablet of ours gives 400 mg", "Compare with 5 other forms: this tablet gives 400
 *  mg"): the amount is its own, not a product set beside it (dropped, the page's only amount left
 *  it unread; review of round 37). */
function turnsToThisProduct(t: Tied): boolean {
  if (t.a === null) return false;
  const before = t.lineOf.text.slice(0, t.a.start);
  const colon = before.lastIndexOf(':');
  return colon >= 0 && /\b(?:this|ours)\b/i.test(before.slice(colon + 1));
}

/** How far after a stop a facts panel's heading is looked for, and how many stops of a line. */
const LEAD_PANEL_HEAD = 40;
const LEAD_STOPS = 200;
const LEAD_END = new WeakMap<object, number>();

/** Where a cross-sell lead that opens a line stops reaching: at the first sentence after it that
 *  opens with a facts panel's heading ("Other products in this range: ... 150 mg. Supplement Facts
 *  Serving Size 1 Tablet Magnesium 400 mg", a page flattened onto one line: the panel is the page's
 *  own, never another product's; issue 8, round 40), else at the line's end. Once per line. */
function crossSellLeadEnd(line: { text: string }): number {
  let end = LEAD_END.get(line);
  if (end !== undefined) return end;
  end = line.text.length;
  let n = 0;
  for (const m of line.text.matchAll(/[.!?:;][ \t]+/g)) {
    if (++n > LEAD_STOPS) break;
    const from = m.index + m[0].length;
    if (FACTS_HEADING_RE().exec(line.text.slice(from, from + LEAD_PANEL_HEAD))?.index === 0) {
      end = from;
      break;
    }
  }
  LEAD_END.set(line, end);
  return end;
}

/** An amount in the reach of a cross-sell lead opening its line ("More from this brand: Acme Zinc
 *  25 mg, Acme Magnesium Night 200 mg."). */
function underCrossSellLead(t: Tied): boolean {
  return CROSS_SELL_LEAD_RE().test(t.lineOf.text) && (t.a === null || t.a.start < crossSellLeadEnd(t.lineOf)) && !turnsToThisProduct(t);
}

function flatCard(t: Tied): boolean {
  if (t.sentFrom <= 0 || t.a === null) return false;
  const line = t.lineOf.text;
  return CROSS_SELL_LEAD_RE().test(line.slice(t.sentFrom, t.sentFrom + CROSS_SELL_LEAD_REACH)) && priceWithin(line.slice(t.a.end, t.a.end + 80), CARD_PRICE_WORDS);
}

/** The longest line read as one card (or a few) when it ends in a price; a longer one is a page's
 *  text flattened onto one line. */
const CARD_LINE_MAX = 400;

/** An amount on a card whose line ends in a price ("... 200 mg pro Kapsel 19,95 €"). On a page
 *  flattened onto one line that ends in the last cross-sell card's price, only an amount with a
 *  price a few words after it is a card's: "Per 5g scoop %NRV* Magnesium 300mg 80% ... Customers
 *  also bought ... Epsom Salt 1kg £4.00" left the label's 300 mg unread (issue 8, round 44). */
function cardEndsInPrice(t: Tied): boolean {
  const line = t.lineOf.text;
  if (!endsInPrice(line)) return false;
  if (line.length <= CARD_LINE_MAX || t.a === null) return true;
  // (or one in a sentence led by a cross-sell heading, priced or not: "Das könnte Ihnen auch
  // gefallen: Balvita ... 100 mg Brause, ... 150 mg Tabletten. ... 3,95 €" kept the unpriced
  // 100 mg, chosen over the product's 400 mg: understated; review of round 44)
  if (CROSS_SELL_LEAD_RE().test(line.slice(t.sentFrom, t.sentFrom + CROSS_SELL_LEAD_REACH))) return true;
  return priceWithin(line.slice(t.a.end, t.a.end + 80), CARD_PRICE_WORDS);
}

/** A cell's amount per one unit of its own, and that unit ("100 mg / 2 st": 50 mg per piece; "300 mg
 *  per capsule"); null for a cell that is not one amount per a countable unit (a day, 100 g, a serving). */
const PIECES = new Set(PIECE_WORDS);
function cellPerUnit(cell: string): { rate: number; unit: string } | null {
  const a = findAmounts(cell, 2);
  if (a.length !== 1 || a[0]!.lessThan) return null;
  const m = CELL_PER_UNIT_RE.exec(cell.slice(a[0]!.end));
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  const unit = unitOf(word) ?? (PIECES.has(word) ? 'piece' : null);
  if (unit === null || (unit !== 'piece' && !isDiscrete(unit))) return null;
  return { rate: a[0]!.mg / (m[1] ? Math.max(1, Number(m[1])) : 1), unit };
}

/** A table row whose cells each state an amount per a unit of their own, of other units or other
 *  amounts a unit ("Magnesium | 100 mg / 2 st | 300 mg / kapsel | 50 mg / st", "Magnesium | 200 mg
 *  per 2 gummies | 400 mg per scoop"): a comparison of several products, none of them this one's facts
 *  (one product's columns state one amount a unit: "100 mg / 1 tablet | 200 mg / 2 tablets"). */
export function comparesProducts(line: string): boolean {
  if (line.length > 400 || (!line.includes('|') && !line.includes('\t'))) return false;
  const per = cellsOf(line).map(cellPerUnit).filter((p): p is { rate: number; unit: string } => p !== null);
  if (per.length < 2) return false;
  const first = per[0]!;
  const otherUnit = (u: string): boolean => u !== 'piece' && first.unit !== 'piece' && !sameUnit(u, first.unit);
  return per.some((p) => otherUnit(p.unit) || Math.abs(p.rate - first.rate) > 0.01 * first.rate);
}

export const REASONS: readonly Reason[] = [
  // a line ending in a price is a product card (cross-sell, listing), not this product's label
  { why: 'product card (the line ends in a price)', test: (t) => inProse(t) && cardEndsInPrice(t) },
  // "Customers also bought: Magnesium Citrate 100mg 60 Tablets | ...": other products
  // (or a card under a heading of them: "Das könnte Ihnen auch gefallen" / "Magnesium Direkt 400 mg Sticks")
  // (a page's text flattened onto one line keeps the heading at its sentence's start, each card's
  // price a few words after its amount: "... 12 450 ventes. Vous aimerez aussi Magnésium
  // bisglycinate 200 mg 120 gélules 16,90 € ..." read the cards as the page's product's; issue 8,
  // round 36. An amount with no price after it may be the product's own, the sentence run on.)
  { why: 'cross-sell line', test: (t) => inProse(t) && (t.lineOf.crossSell === true || underCrossSellLead(t) || flatCard(t)) },
  // "Magnesium | 100 mg / 2 st | 300 mg / kapsel | 50 mg / st" in an A+ module comparing a brand's
  // products: each cell is another product's amount per its own unit, never this one's facts (issue
  // 8, round 64: read per capsule, a gummy's 2-4 a day went unread and the day understated)
  { why: 'a row comparing several products (each cell per its own unit)', test: (t) => isLabel(t) && t.tie === 'row' && comparesProducts(t.lineOf.text) },
  // "It can be combined with our Magnesium Glycinate 120 mg capsules": the shop's other product
  { why: 'another product of the shop', test: (t) => inProse(t) && t.a !== null && OTHER_PRODUCT_CUE_RE.test(t.lineOf.text.slice(t.sentFrom, t.a.start)) },
  // "Contains 25% more magnesium than the leading national brand's 400 mg tablet": the amount of a
  // product this one is compared with (read as a second statement of the dose, it made the label's
  // 500 mg a disagreement and the reading weak; issue 8, round 37)
  // ("Gentler than oxide, this brand's 400 mg capsules": the product's own; review of round 37)
  { why: 'another product compared with this one', test: (t) => {
    if (!inProse(t) || t.a === null) return false;
    const before = t.lineOf.text.slice(t.sentFrom, t.a.start);
    return (COMPARED_PRODUCT_BEFORE_RE.test(before) && !OWN_BRAND_BEFORE_RE.test(before))
      || (OTHER_BRANDS_SUBJECT_BEFORE_RE.test(before.slice(-OTHER_BRANDS_REACH))
        && !OWN_TOO_AFTER_RE.test(t.lineOf.text.slice(t.a.end, t.a.end + OTHER_BRANDS_REACH).split(/[.!?;\n]/)[0] ?? ''));
  } },
  // "our Forgeline Magnesium Complex provides 500 mg" on a creatine page: a product the shop names
  // as its own, whose name the page's head does not give, is another of its products
  { why: 'another product the shop names ("our ...")', test: (t, lex, kept) => inProse(t) && t.a !== null && namesOtherOwnProduct(t.lineOf.text.slice(t.sentFrom, t.a.start), headAbove(kept.head, t), lex, t.lineOf.text.slice(0, t.a.start)) },
  // a "Sponsored" card "Corewell Magnesium Complex 500mg – Glycinate, 120 Capsules" on a vitamin D3
  // page: on a page about another nutrient's product, a line naming a product of this one with its
  // pack count is that product's card, with or without a price
  // (or "Sunward Calm Magnesium Powder – 300 mg per 2 tsp – $30.00 (Add)": a price anywhere in the
  // line; a card's "per 2 tsp" is that product's serving, not this page's)
  // (a line naming the head's own nutrient too is the page's product's contents: "zinc 30 mg,
  // magnesium 450 mg and vitamin B6 in 90 capsules" on a zinc formula's page)
  { why: 'another product\'s card on another nutrient\'s page', test: (t, lex, kept) => inProse(t) && namesCard(t.lineOf.text) && headOfOtherNutrient(kept.head, lex) && !namesHeadNutrient(t.lineOf.text, kept.head, lex) },
  // "Du nimmst morgens dein Eisen? Dann passt dein Magnesium besser zum Abend, zum Beispiel eine
  // Portion mit 300 mg": on a page about another nutrient's product, an amount in a sentence naming
  // the shopper's own magnesium ("your magnesium") is of that other product (issue 8, round 55)
  { why: 'the shopper\'s own product on another nutrient\'s page ("your" before its name)', test: (t, lex, kept) => isLabel(t) && t.a !== null && headOfOtherNutrient(kept.head, lex, t) && namesYours(t.lineOf.text.slice(t.sentFrom, t.a.start), lex) },
  // "bijvoorbeeld ZMA met 450 mg magnesium", "Onze apothekers raden 300 mg magnesium per dag aan": on
  // a page about another nutrient's product, an amount of this one in an example or an advice is
  // none of that product's (round 62: a zinc + copper product read as 450 mg); never an amount with
  // its own portion ("such as magnesium (150 mg per capsule)", "per 2-capsule serving") nor one in a
  // sentence naming the product ("Our formula combines ... for example"): its own composition (a helper
  // session's review of round 62: read absent)
  // (never with a pairing cue, "this product combines well with other minerals, for example ...": the
  // example is another product; the review of rounds 63-64, a zinc tablet read as 200 mg of the nutrient)
  { why: 'an example or an advice on another nutrient\'s page', test: (t, lex, kept) => inProse(t) && t.a !== null && t.perUnit === null && headOfOtherNutrient(kept.head, lex, t) && EXAMPLE_ADVICE_RE().test(t.sentence) && !(OWN_FORMULA_RE().test(t.sentence) && !OTHER_PRODUCT_CUE_RE.test(t.sentence)) },
  // "Livsmedelsverket rekommenderar 350 mg magnesium per dag för män och 280 mg för kvinnor", "300 mg
  // für Frauen": an amount for one sex is a reference intake, never this product's (issue 8, round 64:
  // read over a gummy's 100 mg), unless the product itself is named for that sex
  // (never a group named as the product's audience, "ideal für Frauen", "speciaal voor vrouwen"; nor an
  // amount of a portion of this product, "Eine Kapsel enthält 180 mg ... für Frauen": the review of
  // rounds 63-64, the product's own amount rejected)
  { why: 'a reference intake by sex ("350 mg a day for men")', test: (t, _lex, kept) => inProse(t) && t.a !== null && t.perUnit === null && sexReferenceAfter(textAfter(t)) && !SEX_GROUP_RE().test(kept.head.title) },
  // a facts row is judged by its name only ("Magnesium | 187,5 mg | 50 % NRV" is a dose)
  // ("29 % NRV" states this product's share, it is no reference value)
  {
    why: 'reference value',
    // (nor the reference's words its bracketed share glosses: "de referentie-inname (50% RI)")
    test: (t, lex) => (t.tie === 'dvText' ? isReferenceCue(t.sentence.replace(GLOSSED_REFERENCE_RE(), ' ').replace(PCT_MARK_RE(), ' '))
      : inProse(t) && t.tie !== 'dvRow' && (referenceCue(t, (t.tie === 'row' || t.tie === 'labelHead' ? t.name : t.sentence).replace(PCT_MARK_RE(), ' ')) || studysAmount(t) || adultsReference(t, lex))),
  },
  // "Bisglycinate is bound to two glycine molecules, so 1,000 mg of the chelate delivers roughly 140 mg
  // of elemental magnesium": what a weight of "the" compound yields, per no unit of this product, is
  // an example of the conversion (the label row "Each capsule contains: Magnesium ... 100 mg" is the dose)
  // (only a compound's weight, "of the chelate", "of a citrate": "4 g of the mix provides 375 mg" is the product's)
  { why: 'a conversion told as an example', test: (t, lex) => inProse(t) && t.a !== null && t.perUnit === null && isExampleYield(t.lineOf.text.slice(t.sentFrom, t.a.start), lex) },
  // "Magnesium 65 mg for children 1-3 / 110 mg for ages 4-8" on an adults' gummy: an amount tied to a
  // children's group is theirs, never this product's per serving (read so, 65 mg understated the
  // 125 mg gummy; unsafe2); not on a product whose name is for children ("Kids' gummies: 65 mg for
  // children 4+"), nor an adults' age ("for ages 19+", "for ages 12 and up")
  // "Kinder ab 6 Jahren: 0,2 mmol Magnesium je kg Körpergewicht und Tag", "5 mg/kg par jour": a dose
  // by body weight (or a concentration per kilogram), never an amount of this product (read as the
  // sachet's, 5 mg hid a 243 mg sachet; issue 8, round 44)
  { why: 'per kilogram (of body weight)', test: (t) => perKilogram(after(t, PER_KG_REACH + PER_KG_TAIL)) },
  { why: 'another age group\'s amount ("for children 1-3")', test: (t, _lex, kept) => isLabel(t) && forChildren(after(t, 40)) && !AGE_CHILD_RE().test(kept.head.title) },
  { why: 'end of a range', test: (t) => isLabel(t) && RANGE_BEFORE_RE.test(before(t, 8)) },
  // "more than 350 mg of magnesium ... may cause loose stools": a threshold, not this product's dose
  { why: 'threshold', test: (t) => isLabel(t) && THRESHOLD_BEFORE_RE.test(before(t, 16)) && !HOLDS_THRESHOLD_BEFORE_RE.test(before(t, 40)) },
  // "per 100 g: 12,5 g" / "300 mg per 100 g": a concentration, not a serving
  // (also after the nutrient's name that follows the amount: "270 mg of magnesium per 100 g", "270 mg de magnésium
  // pour 100 g", a food's content; the review of the rules of rounds 66-68: a recipe read as a product)
  { why: 'per 100 g', test: (t) => isLabel(t) && (PER_100_BEFORE_RE.test(before(t, 24)) || PER_100_AFTER_RE.test(after(t, 16)) || per100AfterName(t)) },
  // "Magnesium | 7.500 mg | 150 mg" under "pro 100 g | pro Tablette": the concentration's column
  { why: 'a per-100 column', test: (t) => t.per100Column === true },
  // "per 5 g serving": the amount names the serving's size
  { why: 'basis quantity ("per 5 g")', test: (t) => isLabel(t) && PER_BASIS_BEFORE_RE.test(before(t, 8)) },
  // a customer's own intake in a review or question ("I take 400 mg magnesium glycinate")
  // ("Min läkare säger att man behöver runt 350 mg magnesium per dag", "Wolę magnez 375 mg": the
  // shops' other first-person words, data; issue 8, round 47)
  { why: 'first person (a review or a question)', test: (t) => inProse(t) && t.a !== null && firstPerson(t.sentence) },
  // a line of the reviews under their heading ("Opinie" / "Tomasz ★★★☆☆ „Po co aż 3 tabletki
  // dziennie? Wolę magnez 375 mg ..."): a customer's words in any language, never the label's
  // (read as the dose, each made the label's amount a disagreement or an oil spray's dose; issue 8, round 47)
  { why: 'under a reviews heading (a customer\'s words)', test: (t) => inProse(t) && t.lineOf.review === true },
  // a line that is only a quotation signed with a name ("“Jeg tager 400 mg ... om dagen.” – Hanne",
  // "“Uzimam 300 mg ...” – Marija"): a customer's words in any language, never the label's
  // amount (read as the dose, a Danish review's 400 mg made a day of 800 on a page whose table
  // gives no amount; issue 8, round 34)
  // Not when it is signed by the label itself or the page's own brand ("“Take 2 capsules daily,
  // providing 400 mg ...” – Suggested Use", "... – Acme Health": read as a customer's, the only
  // statement of a 400 mg dose went unread; review of round 34)
  { why: 'a quotation signed with a name (a customer\'s words)', test: (t, _lex, kept) => inProse(t) && SIGNED_QUOTE_LINE_RE.test(t.lineOf.text) && !signedByLabel(t.lineOf.text, kept.head) },
  // "Is 1000mg of magnesium too much?": a question (an FAQ, a shopper's) asks about an amount, it
  // states no dose of this product (the answer, its own sentence, may)
  { why: 'a question', test: (t) => inProse(t) && asksAboutAmount(t) },
  // ("200 mg – 53% RI": a dash before a percentage joins the amount to its share, no range; "300mg
  // (women) to 375mg NRV": a gloss in brackets before the range's link)
  { why: 'start of a range', test: (t) => isLabel(t) && RANGE_AFTER_RE().test(after(t, 40)) },
  // (no package is per day: "per dose giornaliera" is the daily dose, not German "Dose", a tin)
  { why: 'package total', test: (t) => isLabel(t) && t.packageWord && !t.perDay },
  // a weight in grams with a net-contents word ("Magnesiumcitrat Pulver 500 g", "Inhalt: 500 g")
  // or too large for one serving is the package's contents, never a dose
  {
    why: 'package contents',
    test: (t) => isLabel(t) && t.a !== null && t.a.unit === 'g' && t.nearUnit === null
      && (t.a.mg >= PACKAGE_CONTENTS_MG || NET_CONTENTS_RE.test(before(t, 60))),
  },
  // "2 cápsulas al día (200 mg de magnesio elemental total)"
  { why: 'total over several units', test: (t) => isLabel(t) && t.a !== null && (t.countOver1 || TOTAL_CUE_RE.test(t.lineOf.text.slice(t.magEnd, t.magEnd + 60))) },
  // titles: one dose amount for this nutrient alone
  { why: 'package weight in the title', test: (t) => t.tie === 'title' && t.a !== null && isTitlePackageWeight(t.a) },
  { why: 'the title holds several amounts', test: (t) => t.tie === 'title' && t.titleAmounts !== 1 },
  { why: 'the title names other nutrients', test: (t, lex) => t.tie === 'title' && lex.otherNutrient.test(t.lineOf.text.replace(VARIANT_LINE_RE, '')) },
  { why: 'a range in the title', test: (t) => t.tie === 'title' && RANGE_BEFORE_RE.test(before(t, 12)) },
  // variant lines ("Size: 90 Capsules - 140 mg"): one amount, this nutrient alone, and no package
  // ("Tamaño: 300 g (Paquete de 1)", "Size: 250 g": the tub's weight, like a title's)
  { why: 'package weight in the variant line', test: (t) => t.tie === 'variant' && t.a !== null && isTitlePackageWeight(t.a) },
  { why: 'the variant line holds several amounts', test: (t) => t.tie === 'variant' && t.titleAmounts !== 1 },
  { why: 'the variant line names other nutrients', test: (t, lex) => t.tie === 'variant' && lex.otherNutrient.test(t.lineOf.text) },
  // set-level: what the other kept amounts say about this one
  // ("Referenzwert für Erwachsene:" / "Magnesium | 375 mg (NRV) | 100 %" under the product's own row "Magnesium
  // | 150 mg | 40 %": a reference mark that a share excused is the reference's table when another row of the
  // element stands on another line; the review of round 65's rules, the two rows summed, 525 mg for 150)
  { why: 'a reference row beside the product\'s own row', set: true, test: (t, _lex, kept) => t.tie === 'row' && excusedReferenceMark(t) && kept.all.some((x) => x !== t && x.tie === 'row' && x.a !== null && x.region === t.region && x.lineOf !== t.lineOf && !excusedReferenceMark(x)) },
  { why: 'a compound whose elemental amount follows it', set: true, test: (t, lex, kept) => elementalAmountOf(t, kept, lex) !== null },
  // "Magnesium Complete 1000mg" that "contains magnesium from four sources", its label "on the
  // packaging": the name's figure is the forms' weights summed (or one form's), no serving's element;
  // with no label amount the page is unreadable, never read at the name's figure (issue 8, round 22)
  // (a name that names its forms, "Magnesium Complex 400mg - Glycinate, Malate & Citrate", keeps its
  // figure as a weak reading: round 13 reads it so, the label a picture)
  // "Harborline Naturals Magnesium Complex 500mg - ... - 180 Capsules" over "See Supplement Facts image
  // for ingredient amounts": with the facts a picture, a figure only in the product's name (its title,
  // or a name line with its pack count) is no label amount: it may be a compound's weight or a
  // blend's, per a unit or a serving, and the page is unreadable, never read at it (issue 8, round
  // 47: read as 500 mg a capsule, 1,000 mg a day). A label amount that states the same figure keeps it.
  // (and a line that repeats the title with its figure, "Magnesium L-Threonate 2,000 mg in vegetarian
  // capsules." under the title "Magnesium L-Threonate 2,000 mg": the name again, estimated as a
  // compound it read 166 mg a capsule where the page's FAQ says the figure is the complex's)
  // (and the title's figure repeated with no basis of its own, in a bullet or a sentence, "• 1200MG
  // <ELEMENT> GLYCINATE: our chelated formula ..." under the title "... Glycinate 1200mg ...": the
  // name's figure again, per nothing the page states; issue 8, round 58: estimated at 169 mg a capsule)
  { why: NAME_FIGURE_FACTS_PICTURE, set: true, test: (t, lex, kept) => kept.head.factsImage === true && (isNameLine(t, kept.head.title) || titleFigureAgain(t, kept.head.title, lex)) && !kept.all.some((x) => x !== t && isLabel(x) && !isNameLine(x, kept.head.title) && !titleFigureAgain(x, kept.head.title, lex) && x.mg === t.mg) },
  // "Cerebra Labs Magnesium L-Threonate 2,000 mg -- 90 Capsules" on a page cut off before its facts,
  // with no serving size and no directions: a compound's weight only in the name is per nothing the
  // page states (a capsule, a serving of several, the day's), so its estimate is no reading and the
  // page is unreadable (a figure that one unit could hold of the element itself is read as the
  // element, the higher reading, as before: "Citrato de Magnesio 100mg - 100 cápsulas") (issue 8: an amount only in the product's name; round 48: read as 166 mg a
  // serving). With a serving or directions counting units the name's compound is estimated per
  // that unit as before ("Magnesium Glycinate 500mg ... 120 Capsules" and "take one capsule daily").
  { why: 'the name\'s compound weight, nothing saying what it is per', set: true, test: (t, lex, kept) => kept.head.noServing === true && (onlyAnEstimate(t, NO_HINT, lex) || namesCompoundWeight(t, lex)) && isNameLine(t, kept.head.title) && !kept.all.some((x) => isLabel(x) && !isNameLine(x, kept.head.title)) },
  { why: 'the name\'s figure of a product of several forms', set: true, test: (t, lex, kept) => isNameFigure(t) && t.form === null && saysSeveralForms(kept, lex) },
  // a lone amount, a variant line or a name names no basis: one that repeats a label's figure for a compound
  // ("Magnesium Gluconate Dihydrate 500 mg Tablets" ... "Strength: 500 mg", "500 mg") is that figure
  {
    why: 'repeats a compound\'s figure', set: true,
    // (and the name's figure: "Magnez Chelat 500 mg, 60 kapsułek" over "1 kapsułka zawiera:
    // diglicynian magnezu (chelat) 500 mg" names the compound's weight, issue 8, round 22)
    // (and a line that repeats the title with its figure, a breadcrumb's last crumb: "Início > ... >
    // Marinhavit Magnésio Marinho 500 mg 60 Cápsulas" over "Magnésio marinho (óxido de magnésio de
    // origem marinha) 500 mg / dos quais magnésio 300 mg"; issue 8, round 49)
    test: (t, _lex, kept) => (t.tie === 'standalone' || t.tie === 'variant' || isNameFigure(t) || (t.tie === 'row' && t.lineOf.region === 'body' && repeatsTitle(t, kept.head.title))) && kept.all.some((x) => x !== t && isLabel(x) && !isNameFigure(x) && x.kind === 'compound' && x.mg === t.mg),
  },
  // a lone amount line ("250 mg", a summary widget) counts only when it is the only one
  {
    why: 'lone amounts that differ', set: true,
    test: (t, _lex, kept) => t.tie === 'standalone' && new Set(kept.all.filter((x) => x.tie === 'standalone').map((x) => x.mg)).size > 1,
  },
  { why: 'repeats the first lone amount', set: true, test: (t, _lex, kept) => t.tie === 'standalone' && kept.all.find((x) => x.tie === 'standalone') !== t },
];

export interface RejectResult {
  kept: Tied[];
  rejected: { t: Tied; why: string }[];
}

export function* rejectStage(tied: readonly Tied[], lex: Lexicon, trace: Trace | null, head: PageHead = { title: '', lines: [] }): Generator<Step, RejectResult> {
  const single = REASONS.filter((r) => !r.set);
  const setLevel = REASONS.filter((r) => r.set);
  const res: RejectResult = { kept: [], rejected: [] };
  const none: Kept = { all: [], head };
  let n = 0;
  for (const t of tied) {
    const r = single.find((x) => x.test(t, lex, none));
    if (r) res.rejected.push({ t, why: r.why });
    else res.kept.push(t);
    if (++n % 200 === 0) yield 'reject';
  }
  const kept: Kept = { all: [...res.kept], head };
  const rejectedBySet = new Set<Tied>();
  for (const t of kept.all) {
    const r = setLevel.find((x) => x.test(t, lex, kept));
    if (!r) continue;
    rejectedBySet.add(t);
    res.rejected.push({ t, why: r.why });
    // the elemental amount of a compound names no form of its own, nor often its unit: it is the
    // compound's ("1 Beutel ... enthält 1.622 mg Magnesiumaspartat, entsprechend 121,5 mg")
    const e = elementalAmountOf(t, kept, lex);
    // (the equivalent of a run of several sources is no one form's)
    if (e && !e.form && e.line <= t.line + 1) e.form = t.form;
    if (e && !e.perUnit && t.perUnit) {
      e.perUnit = t.perUnit;
      if (t.perCount !== undefined) e.perCount = t.perCount;
      e.statedPer = true;
    }
  }
  res.kept = res.kept.filter((t) => !rejectedBySet.has(t));
  if (trace) for (const { t, why } of res.rejected) trace.add({ stage: 'reject', verdict: 'rejected', amount: t.raw, where: `${t.region}:${t.line}`, why, quote: t.text });
  return res;
}
