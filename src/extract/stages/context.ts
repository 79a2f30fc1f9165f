// What stands around an amount on its line, read within WINDOW characters on each side (so the
// work per amount is bounded whatever the line holds): its sentence, and the unit or package the
// words right before and after it name. Used by the tie stage.
import type { Amount } from '../text/amount.ts';
import { numberWord, parseNumber } from '../text/numbers.ts';
import { COUNT_UNITS_RE, DAILY_HEADER_RE, PACKAGE_CUE_RE, PER_UNIT_AFTER_RE, PER_UNIT_BEFORE_RE } from '../text/patterns.ts';

/** How far after a package's word a day's word makes it a daily dose ("dose journalière"). */
const DAILY_WORD_REACH = 16;
import { unitOf } from '../text/units.ts';

/** A lead that makes a following "dose" a serving: "pour 1 dose", "par dose", "per dose", "por dosis". */
const ROMANCE_DOSE_LEAD_RE = /^(?:per|par|pour|por|each|every|chaque|cada|ogni|une|una|one|1)\b/i;

/** Characters looked at on each side of an amount: a sentence, a cell, a name. */
export const WINDOW = 400;

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
    // (a dot leader "Magnesium ....... 133 mg" is no sentence end, nor one of spaced dots, "Magnesium
    // (as magnesium citrate) . . . 160 mg": a dot alone between spaces; round 55)
    // (nor a period after a number, "1.5" or "Take 1. daily", unless a capitalised sentence follows:
    // "Servings Per Container: 60. Magnesium (as ...) 120 mg")
    // (nor an abbreviation's dot before a word in lower case: "(equiv. magnesium 100 mg)", "ca. 2 g")
    if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(line.charAt(a)) && line.charAt(a - 2) !== '.' && !(c === '.' && /\s/.test(line.charAt(a - 2)))
      && (!/\d/.test(line.charAt(a - 2)) || /^\s{1,3}\p{Lu}/u.test(line.slice(a, a + 4)))
      && !abbreviationDot(line, a - 1)) break;
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
    if ((c === '.' || c === '!' || c === '?' || c === ';') && (b + 1 >= line.length || /\s/.test(line.charAt(b + 1))) && !abbreviationDot(line, b)) { b++; break; }
    b++;
  }
  return { text: line.slice(a, b), from: a };
}

/** An abbreviation's dot: after a letter, before a word in lower case ("(equiv. magnesium 100 mg)",
 *  "ca. 2 g"): no sentence ends there. */
function abbreviationDot(line: string, i: number): boolean {
  return line.charAt(i) === '.' && /\p{L}/u.test(line.charAt(i - 1)) && /^\s{1,3}\p{Ll}/u.test(line.slice(i + 1, i + 5));
}

export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
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

export interface Near {
  unit: string | null;
  /** "per serving", "each capsule", "per 2 tablets": the amount is stated per something */
  stated: boolean;
  packageTotal: boolean;
  countOver1: boolean;
}

/** The unit an amount is stated per, from the words right after or before it; whether a package
 *  word or a count of several units stands right before it. */
export function perUnitNear(line: string, a: Amount, afterMg: number): Near {
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
    // ("pour 1 dose (5 g)", "per dose": a Romance or English lead makes "dose" the serving; German "pro
    // Dose" is the tin; the review of round 72: a French powder's 300 mg per dose read as the tin's)
    else if (PACKAGE_CUE_RE.test(word) && !(word.toLowerCase() === 'dose' && ROMANCE_DOSE_LEAD_RE.test(pb[0]))) packageTotal = true;
  } else if (PACKAGE_CUE_RE.test(afterLastBreak(line.slice(Math.max(0, a.start - 40), a.start)))) {
    // (only in the amount's own clause: "Servings Per Container: 60. Magnesium (as oxide) 250 mg" or
    // a bullet's lead-in "POTENT DOSE: Magnesium (as citrate) 200mg" names no package total)
    packageTotal = true;
  }
  // (never a day's dose: "300 mg ... par dose journalière de deux gélules", "per dose giornaliera": French
  // and Italian "dose" is German's tin only where no day's word makes it the daily dose; the review of the
  // rules of rounds 66-68: read as the package's total, unreadable)
  if (pa && PACKAGE_CUE_RE.test(pa[1] ?? '') && !DAILY_HEADER_RE().test(after.slice(pa.index, pa.index + pa[0].length + DAILY_WORD_REACH))) packageTotal = true;
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
