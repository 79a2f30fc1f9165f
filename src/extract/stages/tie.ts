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
import type { Amount } from '../text/amount.ts';
import { dvToMg } from '../text/dv.ts';
import { numberWord, parseNumber } from '../text/numbers.ts';
import {
  COUNT_UNITS_RE, DAILY_HEADER_RE, ELEMENTAL_OF_RE, FACTS_HEADING_RE, FROM_LEAD_RE, MARK_AFTER_RE, PACKAGE_CUE_RE, PCT_MARK_RE, PCT_MARK_TAIL_RE, PERCENT_RE, PHARMACOPOEIA_RE,
  PER_COUNT_AFTER_RE, PER_COUNT_HEAD_RE, PER_DAY_AFTER_RE, PER_UNIT_AFTER_RE, PER_UNIT_BEFORE_RE, SUBJECT_COUNT_BEFORE_RE,
} from '../text/patterns.ts';
import { isDiscrete, unitOf } from '../text/units.ts';
import type { Trace } from '../trace.ts';
import type { Found, FoundLine, Line } from './find.ts';
import type { Step } from './step.ts';

/** How a candidate was found; higher tiers are surer. */
export const TIER = { panelRow: 5, flatPanelRow: 4.5, prose: 4, rowInProse: 3, title: 2, variant: 2, standalone: 1 } as const;

/** Characters looked at on each side of an amount: a sentence, a cell, a name. */
export const WINDOW = 400;

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

/** The sentence around [start,end) within a line (stops at ". " but not at decimal points), at most
 *  WINDOW characters each way (then from the next word). */
export function sentenceAround(line: string, start: number, end: number): { text: string; from: number } {
  let a = start;
  const minA = Math.max(0, start - WINDOW);
  let bounded = false;
  while (a > 0) {
    if (a <= minA) {
      bounded = true;
      break;
    }
    const c = line.charAt(a - 1);
    // (a dot leader "Magnesium ....... 133 mg" is no sentence end)
    // (nor a period after a number, "1.5" or "Take 1. daily", unless a capitalised sentence follows:
    // "Servings Per Container: 60. Magnesium (as ...) 120 mg")
    if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(line.charAt(a)) && line.charAt(a - 2) !== '.'
      && (!/\d/.test(line.charAt(a - 2)) || /^\s{1,3}\p{Lu}/u.test(line.slice(a, a + 4)))) break;
    if (c === '|' || c === '\t') break;
    a--;
  }
  if (bounded && !/\s/.test(line.charAt(a - 1))) {
    // cut inside a word: start at the next one
    while (a < start && !/\s/.test(line.charAt(a))) a++;
    while (a < start && /\s/.test(line.charAt(a))) a++;
  }
  let b = end;
  const maxB = Math.min(line.length, end + WINDOW);
  while (b < maxB) {
    const c = line.charAt(b);
    if ((c === '.' || c === '!' || c === '?' || c === ';') && (b + 1 >= line.length || /\s/.test(line.charAt(b + 1)))) { b++; break; }
    b++;
  }
  return { text: line.slice(a, b), from: a };
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((m = g.exec(s)) !== null) {
    last = m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

/** The text after the last sentence end or colon ("...: 60. Magnesium" -> "Magnesium"). */
function afterLastBreak(s: string): string {
  for (let i = s.length - 2; i >= 0; i--) {
    const c = s.charAt(i);
    if ((c === '.' || c === ';' || c === '!' || c === '?' || c === ':') && /\s/.test(s.charAt(i + 1))) return s.slice(i + 2);
  }
  return s;
}

interface Near {
  unit: string | null;
  /** "per serving", "each capsule", "per 2 tablets": the amount is stated per something */
  stated: boolean;
  packageTotal: boolean;
  countOver1: boolean;
}

/** The unit an amount is stated per, from the words right after or before it; whether a package
 *  word or a count of several units stands right before it. */
function perUnitNear(line: string, a: Amount, afterMg: number): Near {
  let unit: string | null = null;
  let stated = false;
  const after = line.slice(afterMg, afterMg + 60);
  const pa = PER_UNIT_AFTER_RE.exec(after);
  if (pa) {
    const u = unitOf(pa[1] ?? '');
    if (u && u !== 'serving') unit = u;
    if (u) stated = true;
  }
  const before = line.slice(Math.max(0, a.start - 70), a.start);
  let packageTotal = false;
  const pb = lastMatch(PER_UNIT_BEFORE_RE, before);
  if (pb && /[.;!?]\s/.test(before.slice(pb.index + pb[0].length))) {
    // a sentence ended between "each capsule" and the amount: not about this amount
  } else if (pb) {
    // the unit word, or the first unit word among the next two ("Each pale yellow caplets")
    const word = [pb[1], pb[2], pb[3]].find((w) => w !== undefined && (unitOf(w) !== null || PACKAGE_CUE_RE.test(w))) ?? pb[1] ?? '';
    const u = unitOf(word);
    if (u) stated = true;
    if (u && u !== 'serving') unit = unit ?? u;
    else if (PACKAGE_CUE_RE.test(word)) packageTotal = true;
  } else if (PACKAGE_CUE_RE.test(afterLastBreak(line.slice(Math.max(0, a.start - 40), a.start)))) {
    // (only in the amount's own clause: "Servings Per Container: 60. Magnesium (as oxide) 250 mg" or
    // a bullet's lead-in "POTENT DOSE: Magnesium (as citrate) 200mg" names no package total)
    packageTotal = true;
  }
  if (pa && PACKAGE_CUE_RE.test(pa[1] ?? '')) packageTotal = true;
  let countOver1 = false;
  const pre = line.slice(Math.max(0, a.start - 80), a.start);
  const paren = pre.lastIndexOf('(');
  // "2 cápsulas al día (200 mg": a count right before the bracket the amount opens; "1 Messlöffel
  // (ca. 1 g Magnesiumcitrat, davon 109 mg": one unit, the amount anywhere inside its bracket
  const opens = paren >= 0 && pre.slice(paren + 1).trim() === '';
  const inside = paren >= 0 && !pre.slice(paren + 1).includes(')') && pre.length - paren <= 50;
  const cp = opens || inside ? lastMatch(COUNT_UNITS_RE, pre.slice(Math.max(0, paren - 45), paren)) : null;
  if (cp && pre.slice(Math.max(0, paren - 45), paren).length - (cp.index + cp[0].length) <= 20 && !/[()]/.test(pre.slice(Math.max(0, paren - 45), paren).slice(cp.index))) {
    const n = /^\d/.test(cp[1] ?? '') ? parseNumber(cp[1] ?? '') : numberWord(cp[1] ?? '');
    const u = unitOf(cp[2] ?? '');
    if (u && n !== null && n > 1 && opens) countOver1 = true;
    else if (u && n === 1) {
      unit = unit ?? u;
      stated = true;
    }
  }
  return { unit, stated, packageTotal, countOver1 };
}

/** A row's name part names the nutrient as what the amount is of: within 90 characters, in its
 *  head (before a bracket: "Chloride (as magnesium chloride) 880 mg" and "Malic Acid (from
 *  magnesium malate)" are other ingredients' rows), and not beside other nutrients ("Calcium
 *  Magnesium Zinc 1000 mg" does not say whose amount it is). */
function namesRow(name: string, lex: Lexicon): boolean {
  const n = fold(name);
  if (n.length > 90 || lex.otherNutrient.test(n)) return false;
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
  return { labelHead: lh ? lh[0] : null, perCountHead: PER_COUNT_HEAD_RE.exec(line.slice(0, HEAD_REACH)) };
}

/** What the page as a whole says about its figures. */
export interface PageFacts {
  /** a drug label: a compound's figure is the drug's strength, the salt's weight */
  drugLabel: boolean;
  /** a text page's title, one of its own lines: amounts read on that line are the title's */
  titleLine?: string | null;
}

export function* tieStage(found: Found, lex: Lexicon, trace: Trace | null, page: PageFacts = { drugLabel: false }): Generator<Step, TieResult> {
  const res: TieResult = { tied: [], untied: [] };
  let n = 0;
  for (const fl of found.lines) {
    if (fl.kind === 'label') tieLabelLine(fl, lex, res, { page, noDvMarks: found.noDvMarks[fl.line.region] });
    else if (fl.kind === 'title') tieTitle(fl, lex, res, page);
    else tieLoose(fl, res);
    if (++n % 200 === 0) yield 'tie';
  }
  // (a text page's title line is read as label text too, but ranks as a title: a label row below
  // it is surer than the product's name)
  const titleKey = page.titleLine ? fold(page.titleLine) : null;
  if (titleKey) for (const t of res.tied) if (t.region === 'body' && t.tier > TIER.title && fold(t.lineOf.text) === titleKey) t.tier = TIER.title;
  if (trace) {
    for (const u of res.untied) trace.add({ stage: 'tie', verdict: 'rejected', amount: u.a.raw, where: `${u.lineOf.region}:${u.lineOf.index}`, why: 'not tied to the nutrient', quote: fold(u.lineOf.text.slice(Math.max(0, u.a.start - 60), u.a.end + 40)) });
    for (const t of res.tied) trace.add({ stage: 'tie', verdict: 'kept', amount: t.raw, where: `${t.region}:${t.line}`, why: `${t.tie}: ${t.kind}${t.form ? ` (${t.form.form}${t.form.exact ? ` ${t.form.exact}` : ''})` : ''}${t.saltWeight ? `, the salt's weight: ${t.saltWeight}` : ''}${t.perUnit ? ` per ${t.perCount ?? 1} ${t.perUnit}` : ''}${t.perDay ? ' per day' : ''}, tier ${t.tier}`, quote: t.text });
  }
  return res;
}

interface LineContext {
  page: PageFacts;
  noDvMarks: ReadonlySet<string>;
}

function tieLabelLine(fl: FoundLine, lex: Lexicon, res: TieResult, ctx: LineContext): void {
  const line = fl.line.text;
  const isRowLine = fl.line.isRow;
  const facts = lineFacts(line, lex);
  const amounts = fl.amounts;
  for (let k = 0; k < amounts.length; k++) {
    const t = tieAmount(fl, k, facts, lex, ctx);
    if (t) res.tied.push(t);
    else res.untied.push({ a: amounts[k]!, lineOf: fl.line });
  }
  // a facts row with the element and only a percentage: a %DV / %NRV estimate
  if (amounts.length > 0) return;
  if (isRowLine && startsWithName(line, lex)) {
    const dv = dvToMg(line.replace(/^[^%|]{0,400}\|/, '|'), lex.data.labelValues);
    if (dv && new RegExp(PERCENT_RE.source).test(line)) {
      const cls = classifyName(line.slice(0, WINDOW), lex);
      res.tied.push({
        mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.panelRow, perUnit: null, perDay: false, elementalOf: false,
        text: fold(line.slice(0, 600)).slice(0, 500), raw: dv.raw, pos: fl.line.start, line: fl.line.index, region: fl.line.region,
        tie: 'dvRow', a: null, lineOf: fl.line, name: line, sentence: line.slice(0, 600), sentFrom: 0, magEnd: 0, nearUnit: null, statedPer: false, packageWord: false, countOver1: false, dvRaw: dv.raw,
      });
    }
  } else if (line.length <= 600) {
    // "<Element> (as oxide) 50% DV", "Excellent source of <element>: 50% DV per softgel"
    const c = pctTied(fl.line, lex);
    if (c) res.tied.push(c);
  }
}

function startsWithName(line: string, lex: Lexicon): boolean {
  let l = line.trimStart();
  if (l.startsWith('|')) l = l.slice(1).trimStart();
  return lex.startsWithName.test(l);
}

/** A percentage marked DV / NRV ("50% DV") after the element's name in the same sentence. */
function pctTied(lineOf: Line, lex: Lexicon): Tied | null {
  const line = lineOf.text;
  const re = new RegExp(PCT_MARK_RE.source, PCT_MARK_RE.flags);
  const m = re.exec(line);
  if (!m) return null;
  const sent = sentenceAround(line, m.index, m.index + m[0].length);
  const before = line.slice(sent.from, m.index);
  if (!lex.mention.test(before) || before.length > 120) return null;
  let st = m.index;
  while (st > 0 && st > m.index - 8 && /[\d.,]/.test(line.charAt(st - 1))) st--;
  const dv = dvToMg(line.slice(st, m.index + m[0].length + 2), lex.data.labelValues);
  if (!dv) return null;
  const pa = PER_UNIT_AFTER_RE.exec(line.slice(m.index + m[0].length, m.index + m[0].length + 50));
  const u = pa ? unitOf(pa[1] ?? '') : null;
  const cls = classifyName(before, lex);
  return {
    mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.prose, perUnit: u && u !== 'serving' ? u : null, perDay: false, elementalOf: false,
    text: fold(sent.text).slice(0, 500), raw: dv.raw, pos: lineOf.start + m.index, line: lineOf.index, region: lineOf.region,
    tie: 'dvText', a: null, lineOf, name: before, sentence: sent.text, sentFrom: sent.from, magEnd: m.index + m[0].length, nearUnit: null, statedPer: u !== null, packageWord: false, countOver1: false, dvRaw: dv.raw,
  };
}

/** Ties the k-th amount of a label line, or returns null when nothing ties it to the nutrient. */
function tieAmount(fl: FoundLine, k: number, facts: LineFacts, lex: Lexicon, ctx: LineContext): Tied | null {
  const line = fl.line.text;
  const isRowLine = fl.line.isRow;
  const a = fl.amounts[k]!;
  const sent = sentenceAround(line, a.start, a.end);
  // name part: from the cell/sentence start to the amount, without an earlier amount in between
  // ...and after the previous amount or percentage on a flattened panel line
  // ("... % Daily Value Magnesium (as magnesium glycinate) 200 mg 48%")
  const prev = k > 0 ? fl.amounts[k - 1] : undefined;
  const prevEnd = prev ? prev.end : 0;
  const from = Math.max(0, a.start - WINDOW);
  const back = line.slice(from, a.start);
  let pct = back.lastIndexOf('%') >= 0 ? from + back.lastIndexOf('%') + 1 : 0;
  // "... 1.4mg (100% NRV) Magnesium 250mg": the mark after the percentage belongs to the row before
  if (pct > 0) {
    const tail = PCT_MARK_TAIL_RE.exec(line.slice(pct, Math.min(a.start, pct + 24)));
    if (tail) pct += tail[0].length;
  }
  const pipe = back.lastIndexOf('|') >= 0 ? from + back.lastIndexOf('|') + 1 : 0;
  const cellStart = Math.max(sent.from, pipe, isRowLine ? 0 : Math.max(prevEnd, pct));
  let name = line.slice(cellStart, a.start);
  let prevCellName = '';
  if (/^\s*$/.test(name) && isRowLine) {
    // "Magnesium | 200 mg": the name is in the previous cell
    const cells = back.split('|');
    cells.pop();
    prevCellName = cells.filter((c) => c.trim().length > 0).pop() ?? '';
    name = prevCellName;
  }
  const nameHasOtherAmount = prev !== undefined && prev.end > cellStart && prevCellName === '';
  let tie: Tie | null = null;
  let assoc = '';
  const afterSlice = line.slice(a.end, a.end + 70);
  const am = lex.afterAmountName.exec(afterSlice) ?? lex.eachOfName.exec(afterSlice) ?? lex.dotElementalName.exec(afterSlice);
  // "109 mg Magnesium" (the amount names the element right after it) before a row reading
  if (am) {
    tie = 'after';
    assoc = afterSlice.slice(0, (am.index ?? 0) + am[0].length + 30);
  } else if (!nameHasOtherAmount && namesRow(name, lex)) {
    tie = 'row';
    assoc = name;
  } else if (lex.beforeAmountName.test(line.slice(Math.max(0, a.start - 30), a.start))) {
    tie = 'before';
    assoc = line.slice(Math.max(0, a.start - 30), a.start);
  } else if (facts.labelHead !== null && !lex.otherNutrient.test(line.slice(facts.labelHead.length, a.start))) {
    // "Magnesium: per 100 g: 12,5 g; per 5 g serving: 625 mg": a label line headed by the
    // element names every amount on it
    tie = 'labelHead';
    assoc = facts.labelHead;
    name = facts.labelHead;
  }
  if (!tie) return null;
  const magEnd = tie === 'after' && am ? a.end + (am.index ?? 0) + am[0].length : a.end;
  const near = perUnitNear(line, a, magEnd);
  // classify: explicit elemental wording anywhere in the tie wins
  let cls: { kind: 'elemental' | 'compound'; form: ReadForm | null };
  if (tie === 'after' && am) {
    const tieText = afterSlice.slice(0, (am.index ?? 0) + am[0].length);
    const word = am[1] ?? '';
    const next = /^\s{0,3}([\p{L}-]{3,20})/u.exec(line.slice(magEnd, magEnd + 24))?.[1] ?? '';
    const form = formIn(word, lex) ?? formIn(next, lex);
    // "davon 109 mg Magnesium", "apportant 300 mg de magnésium": the elemental amount
    const lead = line.slice(Math.max(0, a.start - 14), a.start);
    // "(from 700mg Magnesium Citrate)": an amount introduced by "from" and naming a compound is
    // the source compound's weight, not elemental magnesium
    const fromCompound = form !== null && FROM_LEAD_RE.test(lead) && !lex.elemental.test(tieText);
    cls = fromCompound ? { kind: 'compound', form }
      : lex.elemental.test(tieText) || lex.elemental.test(lead) ? { kind: 'elemental', form: formIn(line.slice(magEnd, magEnd + 40), lex) }
        : form ? { kind: 'compound', form } : { kind: 'elemental', form: formIn(sent.text, lex) };
  } else {
    cls = classifyName(assoc, lex);
    if (cls.kind === 'elemental' && !cls.form) cls = { kind: 'elemental', form: formIn(assoc, lex) };
    // "... as magnesium L-lactate dihydrate (835 mg": an amount opening a bracket right after a
    // compound's name is that compound's weight, whatever the words before say about another amount
    const bracketed = compoundBeforeBracket(name, lex);
    if (bracketed) cls = { kind: 'compound', form: bracketed };
  }
  const saltWeight = cls.kind === 'compound' && cls.form ? saltWeightWhy(cls.form, line, a, name, ctx) : null;
  // stated per day: right after the amount (and the element's name), or under a daily-dose header
  const perDay = !near.unit && (PER_DAY_AFTER_RE.test(line.slice(magEnd, magEnd + 40))
    || DAILY_HEADER_RE.test(line.slice(Math.max(sent.from, a.start - 80), a.start)));
  const ofText = tie === 'after' ? line.slice(Math.max(0, a.start - 16), a.start) : name;
  const elementalOf = cls.kind === 'elemental' && (ELEMENTAL_OF_RE.test(ofText) || lex.elementalNameEnd.test(ofText));
  // a facts panel flattened onto one line ("Supplement Facts Serving Size 3 Capsules ... Amount Per
  // Serving %DV Magnesium (as Magnesium Malate) 300 mg 71%"): a label row, surer than prose (not
  // summed with other rows as a table's rows are)
  const rowTie = tie === 'row' || tie === 'labelHead';
  const tier = isRowLine && rowTie ? TIER.panelRow
    : rowTie && cellStart > 0 && FACTS_HEADING_RE.test(line.slice(Math.max(0, cellStart - 300), cellStart)) ? TIER.flatPanelRow
      : rowTie ? TIER.rowInProse
        : TIER.prose;
  // the amount is stated for several units: "... 140mg elemental magnesium) per 4 capsules",
  // "Per 3 caplets: Calcium 600 mg · Magnesium 300 mg", "Two capsules daily supply 300mg"
  // (the words right after the amount are its own: "... or 400 mg per 3 tablet serving" is per 3
  // tablets even after "Each tablet delivers 133 mg"; the words before count only without them)
  let perUnit = near.unit;
  let perCount: number | undefined;
  let perDayStated = perDay;
  const nextAmount = fl.amounts[k + 1]?.start ?? line.length;
  const pc = PER_COUNT_AFTER_RE.exec(line.slice(magEnd, Math.min(magEnd + 50, Math.max(magEnd, nextAmount))));
  const sc = near.unit ? null : SUBJECT_COUNT_BEFORE_RE.exec(line.slice(Math.max(sent.from, a.start - 50), a.start));
  const lh = near.unit ? null : facts.perCountHead;
  for (const hit of [
    pc ? { n: pc[1] ?? '', u: pc[2] ?? '', daily: false } : null,
    sc ? { n: sc[1] ?? '', u: sc[2] ?? '', daily: (sc[3] ?? '').length > 0 } : null,
    lh && a.start - lh[0].length <= HEAD_REACH ? { n: lh[1] ?? '', u: lh[2] ?? '', daily: false } : null,
  ]) {
    if (!hit) continue;
    const cnt = /^\d/.test(hit.n) ? parseNumber(hit.n) : numberWord(hit.n);
    const u = unitOf(hit.u);
    if (cnt !== null && cnt > 1 && cnt <= maxCount(u) && u && u !== 'serving' && isDiscrete(u)) {
      perUnit = u;
      perCount = cnt;
      if (hit.daily) perDayStated = true;
    }
    break;
  }
  const rowText = isRowLine && rowTie && line.length <= 600 ? line : sent.text;
  return {
    mg: a.mg, kind: cls.kind, form: cls.form, tier, perUnit, perDay: perDayStated, elementalOf,
    text: fold(rowText).slice(0, 500), raw: a.raw, pos: fl.line.start + a.start, line: fl.line.index, region: fl.line.region,
    ...(perCount !== undefined ? { perCount } : {}), ...(saltWeight ? { saltWeight } : {}),
    tie, a, lineOf: fl.line, name, sentence: sent.text, sentFrom: sent.from, magEnd, nearUnit: near.unit, statedPer: near.stated || perCount !== undefined || perDayStated, packageWord: near.packageTotal, countOver1: near.countOver1,
  };
}

/** Why a compound's figure is surely the salt's weight, or null when it may be the element's. */
function saltWeightWhy(form: ReadForm, line: string, a: Amount, name: string, ctx: LineContext): string | null {
  if (form.exact) return `names the salt exactly (${form.exact})`;
  const mark = MARK_AFTER_RE.exec(line.slice(a.end, a.end + 12))?.[1];
  if (mark && ctx.noDvMarks.has(mark)) return `its mark ${mark} says the Daily Value is not established`;
  if (ctx.page.drugLabel || PHARMACOPOEIA_RE.test(name) || PHARMACOPOEIA_RE.test(line.slice(a.end, a.end + 12))) return 'a drug\'s strength';
  return null;
}

/** The most units an amount is plausibly stated for: a few tablets, or tens of drops or sprays
 *  ("per 30 drops"). */
function maxCount(unit: string | null): number {
  return unit === 'drop' || unit === 'spray' ? 60 : 12;
}

/** The compound named right before a bracket that opens on the amount ("... dihydrate (835 mg"). */
function compoundBeforeBracket(name: string, lex: Lexicon): ReadForm | null {
  const m = /([\p{L}-]{2,30}(?:\s{1,2}[\p{L}-]{2,30}){0,2})\s{0,2}\(\s{0,2}$/u.exec(name.slice(-80));
  if (!m) return null;
  const form = formIn(m[1] ?? '', lex);
  // the bracket follows the form's own words, not the element's name ("Magnesium (200 mg")
  return form && !lex.startsWithName.test((m[1] ?? '').split(/\s+/).pop() ?? '') ? form : null;
}

/** Grams at or above this in a title are the package's weight ("Magnesium Citrate Powder 250 g"). */
const TITLE_PACKAGE_MG = 5000;

/** A product title's amount ("Magnesium Citrate 120mg - 180 Capsules"). */
function tieTitle(fl: FoundLine, lex: Lexicon, res: TieResult, page: PageFacts): void {
  const title = fl.line.text;
  const dose = fl.amounts.filter((a) => a.unit !== 'g' || a.mg < TITLE_PACKAGE_MG);
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

/** Grams at or above this in a title are a package weight: exported for the reject table. */
export function isTitlePackageWeight(a: Amount): boolean {
  return a.unit === 'g' && a.mg >= TITLE_PACKAGE_MG;
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
