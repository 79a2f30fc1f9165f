// Is a label name the element itself or the weight of a compound, and which compound?
//  "<element> (as <element> bisglycinate chelate)"  -> elemental, form bisglycinate
//  "<element> (elemental) from <element> citrate"   -> elemental, form citrate
//  "<element> Citrate" / "<Element>citrat"           -> compound, form citrate
//  "(providing elemental <element>)"                -> elemental
//  "<element> chloride hexahydrate"                  -> compound, the hexahydrate's share
// The compounds, their shares and the exact salts are data (src/data/magnesium/forms.ts).
import type { CompoundForm } from '../../data/reading-data.ts';
import type { Lexicon } from '../lexicon.ts';

/** A compound form as read on a page: the table's form, with the share of the salt the label
 *  names exactly (a hydrate) when it does. */
export interface ReadForm extends CompoundForm {
  /** the hydrate or exact salt named ("hexahydrate"), whose share `share` is; null: the form's own */
  readonly exact: string | null;
}

export interface NameClass {
  kind: 'elemental' | 'compound';
  form: ReadForm | null;
}

/** Is there a whole word `w` at `at` in `lower` (or the tail of a compound word whose head is the
 *  element's name, "magnesiumcitrat")? */
function wordAt(lower: string, at: number, w: string, lex: Lexicon | null): boolean {
  const before = lower.charAt(at - 1);
  const after = lower.charAt(at + w.length);
  const okBefore = at === 0 || !/\p{L}/u.test(before) || (lex !== null && lex.mention.test(wordHead(lower, at)));
  const okAfter = !/\p{L}/u.test(after) || after === 'e' || after === 's';
  return okBefore && okAfter;
}

/** A bracket right after a form's name is read this far for the exact salt. */
const BRACKET_REACH = 90;
/** How far back a compound word's head is looked for ("Magnesiumhydrogen|aspartat"). */
const MAX_HEAD = 24;

/** The letters of the word before position `at` ("trimagnesiumdi" in "trimagnesiumdicitrat"): a
 *  form's name inside a compound word whose head names the element ("Magnesiumcitrat",
 *  "Magnesiumhydrogenaspartat", "Trimagnesiumdicitrat") is that form. */
function wordHead(lower: string, at: number): string {
  let ws = at;
  while (ws > 0 && at - ws < MAX_HEAD && /\p{L}/u.test(lower.charAt(ws - 1))) ws--;
  return lower.slice(ws, at);
}

/** The first compound form named anywhere in the text (whole word or a German compound suffix),
 *  with the share of the exact salt when its name stands next to the form's ("chloride
 *  hexahydrate", "dimagnesium malate", "Epsom salt"). */
export function formIn(text: string, lex: Lexicon): ReadForm | null {
  const lower = text.toLowerCase();
  let best: { f: CompoundForm; at: number; len: number } | null = null;
  for (const f of lex.data.forms) {
    for (const n of f.names) {
      let at = lower.indexOf(n);
      while (at >= 0) {
        if (wordAt(lower, at, n, lex)) {
          if (!best || at < best.at) best = { f, at, len: n.length };
          break;
        }
        at = lower.indexOf(n, at + 1);
      }
    }
  }
  if (!best) return null;
  // the exact salt's name, right before or after the form's own name, or in a bracket right after
  // it ("Magnesium citrate (trimagnesium dicitrate nonahydrate)")
  const after = lower.slice(best.at + best.len, best.at + best.len + BRACKET_REACH);
  const bracket = /^\s{0,2}\([^()]{0,80}\)/.exec(after);
  // (and after the nutrient's name when it follows the form's, "cloruro de magnesio hexahidratado":
  // the hydrate stood past the reach and the anhydrous share doubled the estimate; issue 8, round 58)
  const ofName = lex.afterAmountName.exec(after);
  const near = lower.slice(Math.max(0, best.at - 20), best.at + best.len + (ofName ? ofName[0].length : 0) + Math.max(24, bracket ? bracket[0].length : 0));
  const nearStart = Math.max(0, best.at - 20);
  for (const salt of best.f.exactSalts ?? []) {
    for (const n of salt.names) {
      const i = near.indexOf(n);
      if (i >= 0 && wordAt(lower, nearStart + i, n, null)) return { ...best.f, share: salt.share, exact: n };
    }
  }
  return { ...best.f, exact: null };
}

/** Classifies the name part of a label row or phrase (the text naming what the amount is of). */
export function classifyName(name: string, lex: Lexicon): NameClass {
  const form = formIn(name, lex);
  if (lex.elemental.test(name)) return { kind: 'elemental', form };
  // "<element> 200 mg" / "<element>, 200 mg" / "<element> (from ...)": the element itself
  const afterWord = lex.nameThenNext.exec(name);
  if (afterWord) {
    const suffix = (afterWord[1] ?? '').toLowerCase();
    if (suffix.length > 0 && form) return { kind: 'compound', form }; // Magnesiumcitrat
    if (afterWord[2] === '(' || afterWord[2] === ',' || afterWord[2] === '') {
      if (!form) return { kind: 'elemental', form: null };
      // "<element> (citrate)" names the source compound in parentheses: the US panel convention is elemental
      // (not after a compound named first, "diglicynian magnezu (chelat)", "Oxyde de magnésium
      // (marin)": the bracket qualifies that compound, whose weight it is; issue 8, round 22)
      if (afterWord[2] === '(' && formIn(name.slice(0, afterWord.index), lex) === null) return { kind: 'elemental', form };
    }
  }
  if (form) {
    // "citrato de magnesio", "Magnesium Citrate", "magnesium bisglycinate"
    return { kind: 'compound', form };
  }
  return { kind: 'elemental', form: null };
}
