// Amount + unit in label text: "200 mg", "1,000 mg", "187,5 mg", "1 g", "400 mcg", "<1 mg".
import { ELEMENT_MG_PER_MMOL } from '../../data/magnesium/forms.ts';
import { AMOUNT_RE } from './patterns.ts';
import { parseNumber } from './numbers.ts';

export interface Amount {
  /** value converted to mg */
  mg: number;
  /** "<1 mg": an upper bound, not an amount */
  lessThan: boolean;
  /** "-200 mg", "1e+21 mg": a signed number or an exponent, which no label prints as an amount */
  malformed: boolean;
  /** the text matched, verbatim */
  raw: string;
  unit: 'mg' | 'g' | 'mcg' | 'mmol';
  start: number;
  end: number;
}

function unitOf(u: string): Amount['unit'] {
  const l = u.toLowerCase();
  if (l === 'mg' || l.startsWith('milligr')) return 'mg';
  if (l === 'mmol') return 'mmol';
  if (l === 'mcg' || l === 'µg' || l === 'μg' || l === 'ug' || l.startsWith('microg') || l.startsWith('mikrog')) return 'mcg';
  return 'g';
}

// (a millimole is the element's: only the nutrient's own amounts are ever kept, and a medicine's
// "10 mmol Magnesium" is printed as 243 mg beside it, so it is read to the whole milligram)
const FACTOR: Record<Amount['unit'], number> = { mg: 1, g: 1000, mcg: 0.001, mmol: ELEMENT_MG_PER_MMOL.magnesium };

/** Words after which a number is a count of units ("take 2 500 mg tablets"), tested on a short slice. */
const COUNT_LEAD_RE = /\b(?:take|takes|took|taking|chew|swallow|with|and|or|x|nehmen|prendre|tomar|neem|ta|tar)\s{1,3}$/i;

/** A sign right before the number that is no range dash ("-200 mg", "| −200 mg", "1e+21 mg"). */
function signedAt(text: string, numStart: number): boolean {
  const s = text.charAt(numStart - 1);
  if (s !== '-' && s !== '−' && s !== '+') return false;
  const b = text.charAt(numStart - 2);
  // "100-200 mg" is a range; "1e+21" an exponent (a letter e right before the sign)
  if (/\d/.test(b)) return false;
  return !/\p{L}/u.test(b) || b === 'e' || b === 'E';
}

/** Where a signed number starts: at its sign, or at the mantissa of an exponent ("1e+21"). */
function signStart(text: string, numStart: number): number {
  let s = numStart - 1;
  if (text.charAt(s - 1) === 'e' || text.charAt(s - 1) === 'E') {
    s--;
    while (s > 0 && /[\d.]/.test(text.charAt(s - 1))) s--;
  }
  return s;
}

/** Every mass amount in the text, in order, at most `max` of them. Never throws. */
export function findAmounts(text: string, max = Infinity): Amount[] {
  const out: Amount[] = [];
  const re = new RegExp(AMOUNT_RE.source, AMOUNT_RE.flags);
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const numStart = start + (m[1]?.length ?? 0);
    const before = numStart > 0 ? text.charAt(numStart - 1) : '';
    const after = text.charAt(end);
    // "take 2 500 mg tablets", "2 100mg capsules", "B6 200 mg": a count or a word before the amount,
    // not thousands parted by a space (labels that part thousands so also part the unit: "1 000 mg")
    // (the amount is then read again from the number after the space)
    const space = (m[2] ?? '').search(/\s/);
    if (space > 0) {
      const unitApart = /\s/.test(m[0].slice((m[1]?.length ?? 0) + (m[2]?.length ?? 0)));
      if (!unitApart || /[\p{L}\d_]/u.test(before) || COUNT_LEAD_RE.test(text.slice(Math.max(0, numStart - 12), numStart))) {
        re.lastIndex = numStart + space + 1;
        continue;
      }
    }
    // part of a word or a longer number ("B12 mg", "x1000mg" is fine, "A-93250023" is not a dose)
    if (/[\p{L}\d_]/u.test(before) && !/[xX×]/.test(before)) continue;
    if (/[\p{L}\d]/u.test(after)) continue;
    // "0.7–1.0 mmol/l": a concentration in the blood, never a dose
    if (/^mmol$/i.test(m[3] ?? '') && /^\s{0,2}\//.test(text.slice(end, end + 3))) continue;
    const unit = unitOf(m[3] ?? '');
    const n = parseNumber(m[2] ?? '', unit === 'g');
    if (n === null) continue;
    const malformed = signedAt(text, numStart);
    // a signed or exponent number is quoted whole ("-200 mg", "1e+21 mg"): its sign is no name's
    const from = malformed ? signStart(text, numStart) : start;
    out.push({ mg: unit === 'mmol' ? Math.round(n * FACTOR[unit]) : round(n * FACTOR[unit]), lessThan: Boolean(m[1]), malformed, raw: malformed ? text.slice(from, end).trim() : m[0].trim(), unit, start: from, end });
  }
  return dropEchoedMmol(out, text);
}

/** How near a mass amount stands to a millimole amount to be the same figure ("121,5 mg bzw. 5,0
 *  mmol", "10 mmol (243 mg)"). */
const MMOL_ECHO_REACH = 24;

/** The milligrams a printed millimole figure may stand for: the figure is rounded to its last
 *  printed digit ("1,54 mmol" is 1.535-1.545 mmol, 37.3-37.6 mg), so a mg figure in that span is
 *  the same amount (issue 8, round 35: "37,5 mg Magnesium (1,54 mmol)" read 37 mg). */
function mmolSpan(a: Amount): [number, number] | null {
  const num = /\d+(?:[.,]\d+)?/.exec(a.raw)?.[0] ?? '';
  const decimals = /[.,](\d+)$/.exec(num)?.[1]?.length ?? 0;
  // (a whole number of millimoles spans 5% or more: only the 1% reach holds for it)
  if (decimals === 0) return null;
  const n = parseNumber(num, false) ?? 0;
  const half = 0.5 / 10 ** decimals;
  return [(n - half) * FACTOR.mmol, (n + half) * FACTOR.mmol];
}

/** A millimole amount beside the same amount in milligrams (within 1%, or within the rounding of
 *  the millimole figure as printed) is dropped: the label's own mg figure is read, never a
 *  conversion of it; a salt's weight beside it is another figure. */
/** A gap that makes one figure the other's echo: a bracket or an equals word ("(", "=", "entspricht",
 *  "corresponding to", "soit", "i.e."). */
const ECHO_GAP_RE = /[()=≙]|(?<![\p{L}])(?:entspr|equiv|correspond|i\.e\.|bzw|soit|pari a|odpowiada|odpovídá|vastaa|svarer|motsvarar|tilsvarer)/iu;

function dropEchoedMmol(out: Amount[], text: string): Amount[] {
  if (!out.some((a) => a.unit === 'mmol')) return out;
  return out.filter((a, i) => {
    if (a.unit !== 'mmol') return true;
    const near = [out[i - 1], out[i + 1]].filter((b): b is Amount => b !== undefined && b.unit !== 'mmol');
    return !near.some((b) => {
      const gap = b.end <= a.start ? text.slice(b.end, a.start) : text.slice(a.end, b.start);
      // (within one clause: "bzw." and "i.e." are no sentence's end)
      // (the rounding's span only for an echo in brackets or said to be equal: "37,5 mg Magnesium
      // (1,54 mmol)"; "2,5 mmol, Natrium 60 mg" is another thing's figure; review 35)
      const span = ECHO_GAP_RE.test(gap) ? mmolSpan(a) : null;
      const same = Math.abs(b.mg - a.mg) <= a.mg * 0.01 || (span !== null && b.mg >= span[0] * 0.99 && b.mg <= span[1] * 1.01);
      return same && gap.length <= MMOL_ECHO_REACH && !/[;!?\n]|\.\s+\p{Lu}/u.test(gap);
    });
  });
}

/** Grams at or above this in a title are the package's weight ("Magnesium Citrate Powder 250 g"). */
const TITLE_PACKAGE_MG = 5000;

/** An amount that is a package's weight, not a dose (a title's, a variant line's, a description's
 *  "One 200g pouch"). Here, not in the stages, since the page's reader asks it too (common.ts). */
export function isTitlePackageWeight(a: Amount): boolean {
  return a.unit === 'g' && a.mg >= TITLE_PACKAGE_MG;
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
