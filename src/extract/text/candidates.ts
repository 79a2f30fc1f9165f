// Finds statements of this product's magnesium amount in label text, with how sure each is.
// Grammar, not page hacks: a facts-panel row ("Magnesium (as ...) 200 mg 48%"), an amount tied to
// the element in prose ("contains 100 mg of magnesium", "je 90mg reines Magnesium / Kapsel",
// "1 cápsula (100 mg de magnesio elemental)"), a title ("Bio-Magnesium 200mg - 60 tabs"), a variant
// line ("Size: 90 Capsules - 140 mg"). Reference values quoted in marketing text ("adults need
// 300-400 mg"), package totals ("each bottle contains 12 g") and totals over several units
// ("2 cápsulas al día (200 mg ... total)") are rejected.
import type { Nutrient } from '../../core/reading.ts';
import type { CompoundForm } from '../../data/magnesium/forms.ts';
import { findAmounts, type Amount } from './amount.ts';
import { classifyName, formIn } from './compound.ts';
import { dvToMg } from './dv.ts';
import {
  AFTER_AMOUNT_MG_RE, BEFORE_AMOUNT_MG_RE, COUNT_UNITS_RE, ELEMENTAL_RE, MAGNESIUM_WORD_RE,
  DAILY_HEADER_RE, ELEMENTAL_OF_RE, FROM_LEAD_RE, LABEL_HEAD_RE, THRESHOLD_BEFORE_RE, PER_100_BEFORE_RE, PER_100_AFTER_RE, PER_BASIS_BEFORE_RE, FIRST_PERSON_RE, PER_COUNT_AFTER_RE, SUBJECT_COUNT_BEFORE_RE, PER_COUNT_HEAD_RE, NET_CONTENTS_RE, OTHER_NUTRIENT_RE, PER_DAY_AFTER_RE, PACKAGE_CUE_RE, PCT_MARK_RE, PER_UNIT_AFTER_RE, PER_UNIT_BEFORE_RE, RANGE_BEFORE_RE, REFERENCE_CUE_RE,
  STANDALONE_AMOUNT_RE, STARTS_WITH_NAME_RE, PRICE_WORD_RE, PRICE_NUMBER_RE, CURRENCY_WORD_RE, TOTAL_CUE_RE, VARIANT_LINE_RE, PERCENT_RE, CROSS_SELL_LEAD_RE, PCT_MARK_TAIL_RE, FACTS_HEADING_RE,
} from './patterns.ts';
import { numberWord, parseNumber } from './numbers.ts';
import { isDiscrete, unitOf } from './units.ts';

/** How a candidate was found; higher tiers are surer. */
export const TIER = { panelRow: 5, flatPanelRow: 4.5, prose: 4, rowInProse: 3, title: 2, variant: 2, standalone: 1 } as const;

export interface Candidate {
  /** the amount as printed, in mg (the compound's weight when kind is compound) */
  mg: number;
  kind: 'elemental' | 'compound' | 'dv';
  form: CompoundForm | null;
  tier: number;
  /** the unit the amount is stated per ("gummy" in "150 mg per gummy"), if any */
  perUnit: string | null;
  /** the row or sentence it came from, verbatim (whitespace folded) */
  text: string;
  /** the amount text itself ("105 mg") */
  raw: string;
  /** position in the source, for ordering */
  pos: number;
  line: number;
  /** the amount is stated per day ("300 mg de magnésium par jour", "pro Tagesdosis"): a daily total */
  perDay?: boolean;
  /** the amount is stated for this many units of perUnit ("per 4 capsules"); absent = one */
  perCount?: number;
  /** introduced by "davon / apportant / providing": the elemental amount of the compound before it */
  elementalOf?: boolean;
}

export interface Rejected {
  text: string;
  raw: string;
  why: string;
}

export interface CandidateResult {
  candidates: Candidate[];
  /** amounts tied to magnesium but rejected (reference values, totals...), for `seen` */
  rejected: Rejected[];
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The sentence around [start,end) within a line (stops at ". " but not at decimal points). */
function sentenceAround(line: string, start: number, end: number): { text: string; from: number } {
  let a = start;
  while (a > 0) {
    const c = line.charAt(a - 1);
    // (a dot leader "Magnesium ....... 133 mg" is no sentence end)
    // (nor a period after a number, "1.5" or "Take 1. daily", unless a capitalised sentence follows:
    // "Servings Per Container: 60. Magnesium (as ...) 120 mg")
    if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(line.charAt(a)) && line.charAt(a - 2) !== '.'
      && (!/\d/.test(line.charAt(a - 2)) || /^\s{1,3}\p{Lu}/u.test(line.slice(a, a + 4)))) break;
    if (c === '|' || c === '\t') break;
    a--;
  }
  let b = end;
  while (b < line.length) {
    const c = line.charAt(b);
    if ((c === '.' || c === '!' || c === '?' || c === ';') && (b + 1 >= line.length || /\s/.test(line.charAt(b + 1)))) { b++; break; }
    b++;
  }
  return { text: line.slice(a, b), from: a };
}

/** The text after the last sentence end or colon ("...: 60. Magnesium" -> "Magnesium"). */
function afterLastBreak(s: string): string {
  for (let i = s.length - 2; i >= 0; i--) {
    const c = s.charAt(i);
    if ((c === '.' || c === ';' || c === '!' || c === '?' || c === ':') && /\s/.test(s.charAt(i + 1))) return s.slice(i + 2);
  }
  return s;
}

function perUnitNear(line: string, a: Amount, afterMg: number): { unit: string | null; packageTotal: boolean; countOver1: boolean } {
  let unit: string | null = null;
  const after = line.slice(afterMg, afterMg + 60);
  const pa = PER_UNIT_AFTER_RE.exec(after);
  if (pa) {
    const u = unitOf(pa[1] ?? '');
    if (u && u !== 'serving') unit = u;
  }
  const before = line.slice(Math.max(0, a.start - 70), a.start);
  let packageTotal = false;
  const pb = lastMatch(PER_UNIT_BEFORE_RE, before);
  if (pb && /[.;!?]\s/.test(before.slice(pb.index + pb[0].length))) {
    // a sentence ended between "each capsule" and the amount: not about this amount
  } else if (pb) {
    const u = unitOf(pb[1] ?? '');
    if (u && u !== 'serving') unit = unit ?? u;
    else if (PACKAGE_CUE_RE.test(pb[1] ?? '')) packageTotal = true;
  } else if (PACKAGE_CUE_RE.test(afterLastBreak(line.slice(Math.max(0, a.start - 40), a.start)))) {
    // (only in the amount's own clause: "Servings Per Container: 60. Magnesium (as oxide) 250 mg" or
    // a bullet's lead-in "POTENT DOSE: Magnesium (as citrate) 200mg" names no package total)
    packageTotal = true;
  }
  if (pa && PACKAGE_CUE_RE.test(pa[1] ?? '')) packageTotal = true;
  let countOver1 = false;
  const pre = line.slice(Math.max(0, a.start - 45), a.start);
  const paren = pre.lastIndexOf('(');
  const cp = paren >= 0 && pre.slice(paren + 1).trim() === '' ? lastMatch(COUNT_UNITS_RE, pre.slice(0, paren)) : null;
  if (cp && paren - (cp.index + cp[0].length) <= 20 && !/[()]/.test(pre.slice(cp.index, paren))) {
    const n = /^\d/.test(cp[1] ?? '') ? parseNumber(cp[1] ?? '') : numberWord(cp[1] ?? '');
    const u = unitOf(cp[2] ?? '');
    if (u && n !== null && n > 1) countOver1 = true;
    else if (u && n === 1) unit = unit ?? u;
  }
  return { unit, packageTotal, countOver1 };
}

/** The line ends in a price ("... 200 mg pro Kapsel 19,95 €", "... 60 Tablets £8.99"). */
export function endsInPrice(line: string): boolean {
  let b = line.length;
  while (b > 0 && (line[b - 1] === ' ' || line[b - 1] === '*' || line[b - 1] === '\t')) b--;
  const words = line.slice(Math.max(0, b - 40), b).split(' ');
  const last = words[words.length - 1] ?? '';
  if (PRICE_WORD_RE.test(last)) return true;
  const prev = words[words.length - 2] ?? '';
  return CURRENCY_WORD_RE.test(last) ? PRICE_NUMBER_RE.test(prev) : /^[$€£]$/.test(prev) && PRICE_NUMBER_RE.test(last);
}

/** A percentage marked DV / NRV ("50% DV") after the element's name in the same sentence. */
function pctCandidate(line: string, lineStart: number, li: number): Candidate | null {
  const re = new RegExp(PCT_MARK_RE.source, PCT_MARK_RE.flags);
  const m = re.exec(line);
  if (!m) return null;
  const sent = sentenceAround(line, m.index, m.index + m[0].length);
  const before = line.slice(sent.from, m.index);
  if (!MAGNESIUM_WORD_RE.test(before) || before.length > 120) return null;
  if (REFERENCE_CUE_RE.test(sent.text.replace(PCT_MARK_RE, ' '))) return null;
  let st = m.index;
  while (st > 0 && st > m.index - 8 && /[\d.,]/.test(line.charAt(st - 1))) st--;
  const dv = dvToMg(line.slice(st, m.index + m[0].length + 2));
  if (!dv) return null;
  const pa = PER_UNIT_AFTER_RE.exec(line.slice(m.index + m[0].length, m.index + m[0].length + 50));
  const u = pa ? unitOf(pa[1] ?? '') : null;
  const cls = classifyName(before);
  return {
    mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.prose, perUnit: u && u !== 'serving' ? u : null,
    text: fold(sent.text).slice(0, 500), raw: dv.raw, pos: lineStart + m.index, line: li,
  };
}

function startsWithMagnesium(line: string): boolean {
  let l = line.trimStart();
  if (l.startsWith('|')) l = l.slice(1).trimStart();
  return STARTS_WITH_NAME_RE.test(l);
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

export interface FindOptions {
  /** the text is a facts panel: rows are rows (tier 5), summed later */
  panel?: boolean;
  nutrient?: Nutrient;
}

/** Candidates in free text or a facts panel. Never throws. */
export function findCandidates(text: string, opts: FindOptions = {}): CandidateResult {
  const res: CandidateResult = { candidates: [], rejected: [] };
  if (typeof text !== 'string' || text.length === 0) return res;
  const lines = text.slice(0, 400_000).split('\n');
  let pos = 0;
  lines.forEach((line, li) => {
    const lineStart = pos;
    pos += line.length + 1;
    if (line.length === 0 || !MAGNESIUM_WORD_RE.test(line)) return;
    const isRowLine = opts.panel === true || /\|/.test(line) || /\t/.test(line);
    // a line ending in a price is a product card (cross-sell, listing), not this product's label
    if (opts.panel !== true && endsInPrice(line)) {
      res.rejected.push({ text: fold(line).slice(0, 300), raw: '', why: 'product card' });
      return;
    }
    // "Customers also bought: Magnesium Citrate 100mg 60 Tablets | ...": other products
    if (opts.panel !== true && CROSS_SELL_LEAD_RE.test(line)) {
      res.rejected.push({ text: fold(line).slice(0, 300), raw: '', why: 'cross-sell line' });
      return;
    }
    const amounts = findAmounts(line);
    const lh = line.length <= 200 ? LABEL_HEAD_RE.exec(line) : null;
    const labelHead = lh ? lh[0] : null;
    const lineHead = line.length <= 300 ? PER_COUNT_HEAD_RE.exec(line) : null;
    for (let k = 0; k < amounts.length; k++) {
      const a = amounts[k]!;
      const sent = sentenceAround(line, a.start, a.end);
      // name part: from the cell/sentence start to the amount, without an earlier amount in between
      // ...and after the previous amount or percentage on a flattened panel line
      // ("... % Daily Value Magnesium (as magnesium glycinate) 200 mg 48%")
      const prevEnd = k > 0 ? amounts[k - 1]!.end : 0;
      let pct = line.lastIndexOf('%', a.start - 1) + 1;
      // "... 1.4mg (100% NRV) Magnesium 250mg": the mark after the percentage belongs to the row before
      if (pct > 0) {
        const tail = PCT_MARK_TAIL_RE.exec(line.slice(pct, Math.min(a.start, pct + 24)));
        if (tail) pct += tail[0].length;
      }
      const cellStart = Math.max(sent.from, line.lastIndexOf('|', a.start - 1) + 1, isRowLine ? 0 : Math.max(prevEnd, pct));
      let name = line.slice(cellStart, a.start);
      let prevCellName = '';
      if (/^\s*$/.test(name) && isRowLine) {
        // "Magnesium | 200 mg": the name is in the previous cell
        const cells = line.slice(0, a.start).split('|');
        cells.pop();
        prevCellName = cells.filter((c) => c.trim().length > 0).pop() ?? '';
        name = prevCellName;
      }
      const prev = amounts[k - 1];
      const nameHasOtherAmount = prev !== undefined && prev.end > cellStart && prevCellName === '';
      let kind: 'row' | 'after' | 'before' | null = null;
      let assoc = '';
      const afterSlice = line.slice(a.end, a.end + 70);
      const am = AFTER_AMOUNT_MG_RE.exec(afterSlice);
      // "109 mg Magnesium" (the amount names the element right after it) before a row reading
      if (am) {
        kind = 'after';
        assoc = afterSlice.slice(0, (am.index ?? 0) + am[0].length + 30);
      } else if (!nameHasOtherAmount && MAGNESIUM_WORD_RE.test(name) && fold(name).length <= 90) {
        kind = 'row';
        assoc = name;
      } else if (BEFORE_AMOUNT_MG_RE.test(line.slice(Math.max(0, a.start - 30), a.start))) {
        kind = 'before';
        assoc = line.slice(Math.max(0, a.start - 30), a.start);
      } else if (labelHead !== null && !OTHER_NUTRIENT_RE.test(line.slice(labelHead.length, a.start))) {
        // "Magnesium: per 100 g: 12,5 g; per 5 g serving: 625 mg": a label line headed by the
        // element names every amount on it
        kind = 'row';
        assoc = labelHead;
        name = labelHead;
      }
      if (!kind) continue;
      const ctx = fold(sent.text);
      const reject = (why: string): void => {
        res.rejected.push({ text: ctx.slice(0, 300), raw: a.raw, why });
      };
      // a facts row is judged by its name only ("Magnesium | 187,5 mg | 50 % NRV" is a dose)
      // ("29 % NRV" states this product's share, it is no reference value)
      const cueText = (kind === 'row' ? name : sent.text).replace(PCT_MARK_RE, ' ');
      if (REFERENCE_CUE_RE.test(cueText) && !(opts.panel === true)) { reject('reference value'); continue; }
      if (RANGE_BEFORE_RE.test(line.slice(Math.max(0, a.start - 8), a.start))) { reject('range'); continue; }
      // "more than 350 mg of magnesium ... may cause loose stools": a threshold, not this product's dose
      if (THRESHOLD_BEFORE_RE.test(line.slice(Math.max(0, a.start - 16), a.start))) { reject('threshold'); continue; }
      // "per 100 g: 12,5 g" / "300 mg per 100 g": a concentration, not a serving; "per 5 g serving":
      // the amount names the serving's size
      if (PER_100_BEFORE_RE.test(line.slice(Math.max(0, a.start - 24), a.start)) || PER_100_AFTER_RE.test(line.slice(a.end, a.end + 16))) { reject('per 100 g'); continue; }
      if (PER_BASIS_BEFORE_RE.test(line.slice(Math.max(0, a.start - 8), a.start))) { reject('basis quantity'); continue; }
      // a customer's own intake in a review or question ("I take 400 mg magnesium glycinate")
      if (opts.panel !== true && FIRST_PERSON_RE.test(sent.text)) { reject('first person'); continue; }
      if (/^\s{0,2}(?:-|–|to|bis)\s{0,2}\d/.test(line.slice(a.end, a.end + 8))) { reject('range'); continue; }
      let magEnd = a.end;
      if (kind === 'after' && am) magEnd = a.end + (am.index ?? 0) + am[0].length;
      const near = perUnitNear(line, a, magEnd);
      if (near.packageTotal) { reject('package total'); continue; }
      // a weight in grams with a net-contents word ("Magnesiumcitrat Pulver 500 g", "Inhalt: 500 g")
      // or too large for one serving is the package's contents, never a dose
      if (a.unit === 'g' && !near.unit && (a.mg >= 50_000 || NET_CONTENTS_RE.test(line.slice(Math.max(0, a.start - 60), a.start)))) {
        reject('package contents');
        continue;
      }
      if (near.countOver1 || TOTAL_CUE_RE.test(line.slice(magEnd, magEnd + 60))) { reject('total over several units'); continue; }
      // classify: explicit elemental wording anywhere in the tie wins
      let cls;
      if (kind === 'after') {
        const tie = afterSlice.slice(0, (am!.index ?? 0) + am![0].length);
        const word = am![1] ?? '';
        const next = /^\s{0,3}([\p{L}-]{3,20})/u.exec(line.slice(magEnd, magEnd + 24))?.[1] ?? '';
        const form = formIn(word) ?? formIn(next);
        // "davon 109 mg Magnesium", "apportant 300 mg de magnésium": the elemental amount
        const lead = line.slice(Math.max(0, a.start - 14), a.start);
        // "(from 700mg Magnesium Citrate)": an amount introduced by "from" and naming a compound is
        // the source compound's weight, not elemental magnesium
        const fromCompound = form !== null && FROM_LEAD_RE.test(lead) && !ELEMENTAL_RE.test(tie);
        cls = fromCompound ? { kind: 'compound' as const, form }
          : ELEMENTAL_RE.test(tie) || ELEMENTAL_RE.test(lead) ? { kind: 'elemental' as const, form: formIn(line.slice(magEnd, magEnd + 40)) }
          : form ? { kind: 'compound' as const, form } : { kind: 'elemental' as const, form: formIn(sent.text) };
      } else {
        cls = classifyName(assoc);
        if (cls.kind === 'elemental' && !cls.form) cls = { kind: 'elemental' as const, form: formIn(assoc) };
      }
      // stated per day: right after the amount (and the element's name), or under a daily-dose header
      const perDay = !near.unit && (PER_DAY_AFTER_RE.test(line.slice(magEnd, magEnd + 40))
        || DAILY_HEADER_RE.test(line.slice(Math.max(sent.from, a.start - 80), a.start)));
      const elementalOf = cls.kind === 'elemental' && (kind === 'after'
        ? ELEMENTAL_OF_RE.test(line.slice(Math.max(0, a.start - 16), a.start))
        : ELEMENTAL_OF_RE.test(name));
      // a facts panel flattened onto one line ("Supplement Facts Serving Size 3 Capsules ... Amount Per
      // Serving %DV Magnesium (as Magnesium Malate) 300 mg 71%"): a label row, surer than prose (not
      // summed with other rows as a table's rows are)
      const tier = isRowLine && kind === 'row' ? TIER.panelRow
        : kind === 'row' && cellStart > 0 && FACTS_HEADING_RE.test(line.slice(Math.max(0, cellStart - 300), cellStart)) ? TIER.flatPanelRow
          : kind === 'row' ? TIER.rowInProse
            : TIER.prose;
      // the amount is stated for several units: "... 140mg elemental magnesium) per 4 capsules",
      // "Per 3 caplets: Calcium 600 mg · Magnesium 300 mg", "Two capsules daily supply 300mg"
      let perUnit = near.unit;
      let perCount: number | undefined;
      let perDayStated = perDay;
      if (!near.unit) {
        const pc = PER_COUNT_AFTER_RE.exec(line.slice(magEnd, magEnd + 50));
        const sc = SUBJECT_COUNT_BEFORE_RE.exec(line.slice(Math.max(sent.from, a.start - 50), a.start));
        const hit = pc ? { n: pc[1] ?? '', u: pc[2] ?? '', daily: false }
          : sc ? { n: sc[1] ?? '', u: sc[2] ?? '', daily: (sc[3] ?? '').length > 0 }
            : lineHead ? { n: lineHead[1] ?? '', u: lineHead[2] ?? '', daily: false } : null;
        const n = hit ? (/^\d/.test(hit.n) ? parseNumber(hit.n) : numberWord(hit.n)) : null;
        const u = hit ? unitOf(hit.u) : null;
        if (hit && n !== null && n > 1 && n <= 12 && u && u !== 'serving' && isDiscrete(u)) {
          perUnit = u;
          perCount = n;
          if (hit.daily) perDayStated = true;
        }
      }
      res.candidates.push({
        mg: a.mg, kind: cls.kind, form: cls.form, tier, perUnit,
        text: fold(kind === 'row' && isRowLine ? line : ctx).slice(0, 500), raw: a.raw, pos: lineStart + a.start, line: li,
        perDay: perDayStated, elementalOf, ...(perCount !== undefined ? { perCount } : {}),
      });
    }
    // a facts row with the element and only a percentage: %DV / %NRV estimate
    if (isRowLine && amounts.length === 0 && startsWithMagnesium(line)) {
      const dv = dvToMg(line.replace(/^[^%]*?\|/, '|'));
      if (dv && new RegExp(PERCENT_RE.source).test(line)) {
        const cls = classifyName(line);
        res.candidates.push({
          mg: dv.mg, kind: 'dv', form: cls.form, tier: TIER.panelRow, perUnit: null,
          text: fold(line).slice(0, 500), raw: dv.raw, pos: lineStart, line: li,
        });
      }
    } else if (amounts.length === 0 && line.length <= 600) {
      // "Magnesium (as magnesium oxide) 50% DV", "Excellent source of magnesium: 50% DV per softgel":
      // the element, then a percentage marked DV/NRV and no mass amount -> %DV estimate
      const c = pctCandidate(line, lineStart, li);
      if (c) res.candidates.push(c);
    }
  });
  // "Oxyde de magnésium 500 mg" then "apportant Magnésium 300 mg": the compound line is the source
  // of the elemental amount that follows it, not a second dose
  const of = res.candidates.filter((c) => c.elementalOf);
  if (of.length > 0) {
    res.candidates = res.candidates.filter((c) => {
      if (c.kind !== 'compound') return true;
      const e = of.find((x) => (x.line === c.line && x.pos > c.pos) || x.line === c.line + 1);
      if (!e) return true;
      if (!e.form) e.form = c.form;
      return false;
    });
  }
  return res;
}

/** Candidates from a product title ("Magnesium Citrate 120mg - 180 Capsules"). A title naming
 *  other nutrients or several amounts gives none (what was seen is returned instead). */
export function titleCandidates(title: string, tier: number = TIER.title): { candidates: Candidate[]; seen: string | null } {
  if (typeof title !== 'string' || !MAGNESIUM_WORD_RE.test(title)) return { candidates: [], seen: null };
  const amounts = findAmounts(title).filter((a) => a.unit !== 'g' || a.mg < 5000);
  if (amounts.length === 0) return { candidates: [], seen: null };
  const seen = amounts.map((a) => a.raw).join(', ');
  const namePart = title.replace(VARIANT_LINE_RE, '');
  if (amounts.length !== 1 || OTHER_NUTRIENT_RE.test(namePart) || RANGE_BEFORE_RE.test(title.slice(0, amounts[0]!.start))) {
    return { candidates: [], seen };
  }
  const a = amounts[0]!;
  const cls = classifyName(title.slice(0, a.start).length > 0 ? title.slice(0, a.start) : title);
  const after = title.slice(a.end, a.end + 40);
  const pu = PER_UNIT_AFTER_RE.exec(after);
  const per = pu ? unitOf(pu[1] ?? '') : null;
  return {
    candidates: [{
      mg: a.mg, kind: cls.kind, form: cls.form ?? formIn(title), tier, perUnit: per && per !== 'serving' ? per : null,
      text: fold(title).slice(0, 500), raw: a.raw, pos: 0, line: 0,
    }],
    seen,
  };
}

/** "Size: 90 Capsules - 140 mg" lines and lines that are only an amount ("250 mg"). */
export function looseCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (typeof text !== 'string') return out;
  const lines = text.slice(0, 400_000).split('\n');
  const standalone: Candidate[] = [];
  lines.forEach((line, li) => {
    if (line.length > 200) return;
    if (VARIANT_LINE_RE.test(line)) {
      const amounts = findAmounts(line);
      if (amounts.length === 1 && !OTHER_NUTRIENT_RE.test(line)) {
        const a = amounts[0]!;
        out.push({ mg: a.mg, kind: 'elemental', form: null, tier: TIER.variant, perUnit: null, text: fold(line), raw: a.raw, pos: li, line: li });
      }
    } else if (STANDALONE_AMOUNT_RE.test(line)) {
      const a = findAmounts(line)[0];
      if (a) standalone.push({ mg: a.mg, kind: 'elemental', form: null, tier: TIER.standalone, perUnit: null, text: fold(line), raw: a.raw, pos: li, line: li });
    }
  });
  // a lone amount line counts only when it is the only one (a summary widget: "250 mg")
  const distinct = new Set(standalone.map((c) => c.mg));
  if (distinct.size === 1 && standalone[0]) out.push(standalone[0]);
  return out;
}
