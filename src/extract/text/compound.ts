// Is a label name elemental magnesium or the weight of a compound?
//  "Magnesium (as magnesium bisglycinate chelate)"  -> elemental, form bisglycinate
//  "Magnesium (elemental) from magnesium citrate"  -> elemental, form citrate
//  "Magnesium Citrate" / "Magnesiumcitrat"          -> compound, form citrate
//  "(providing elemental magnesium)"               -> elemental
// Reference: /work/shared/reference/magnesium.md section 4.
import type { Nutrient } from '../../core/reading.ts';
import { COMPOUND_FORMS, type CompoundForm } from '../../data/magnesium/forms.ts';
import { ELEMENTAL_RE, NAME_THEN_NEXT_RE } from './patterns.ts';

export interface NameClass {
  kind: 'elemental' | 'compound';
  form: CompoundForm | null;
}

/** The first compound form named anywhere in the text (whole word or a German compound suffix). */
export function formIn(text: string, nutrient: Nutrient = 'magnesium'): CompoundForm | null {
  const lower = text.toLowerCase();
  let best: { f: CompoundForm; at: number } | null = null;
  for (const f of COMPOUND_FORMS[nutrient]) {
    for (const n of f.names) {
      let at = lower.indexOf(n);
      while (at >= 0) {
        const before = lower.charAt(at - 1);
        const after = lower.charAt(at + n.length);
        // whole word, or the suffix of a German compound ("Magnesiumcitrat")
        const okBefore = at === 0 || !/\p{L}/u.test(before) || /magn[eé]s(?:ium|io)$/.test(lower.slice(Math.max(0, at - 9), at));
        const okAfter = !/\p{L}/u.test(after) || after === 'e' || after === 's';
        if (okBefore && okAfter) {
          if (!best || at < best.at) best = { f, at };
          break;
        }
        at = lower.indexOf(n, at + 1);
      }
    }
  }
  return best?.f ?? null;
}

/** Classifies the name part of a label row or phrase (the text naming what the amount is of). */
export function classifyName(name: string, nutrient: Nutrient = 'magnesium'): NameClass {
  const form = formIn(name, nutrient);
  if (ELEMENTAL_RE.test(name)) return { kind: 'elemental', form };
  // "Magnesium 200 mg" / "Magnesium, 200 mg" / "Magnesium (from ...)": the element itself
  const afterWord = NAME_THEN_NEXT_RE.exec(name);
  if (afterWord) {
    const suffix = (afterWord[1] ?? '').toLowerCase();
    if (suffix.length > 0 && form) return { kind: 'compound', form }; // Magnesiumcitrat
    if (afterWord[2] === '(' || afterWord[2] === ',' || afterWord[2] === '') {
      if (!form) return { kind: 'elemental', form: null };
      // "Magnesium (citrate)" names the source compound in parentheses: the US panel convention is elemental
      if (afterWord[2] === '(') return { kind: 'elemental', form };
    }
  }
  if (form) {
    // "citrato de magnesio", "Magnesium Citrate", "magnesium bisglycinate"
    return { kind: 'compound', form };
  }
  return { kind: 'elemental', form: null };
}
