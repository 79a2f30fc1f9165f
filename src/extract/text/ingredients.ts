// The first ingredient of a product's ingredients list. Ingredients are listed by weight, most
// first: a list that opens with a compound of the nutrient ("Zutaten: Magnesiumcitrat,
// Säuerungsmittel: Citronensäure; ...") is a product of the nutrient, even when its name is a
// brand's and no amount is given anywhere (issue 8, round 19: such a page was read absent, the
// user saw nothing, instead of "?" and a request for the label's amount).
import type { Lexicon } from '../lexicon.ts';
import { formIn } from './compound.ts';
import { INGREDIENTS_HEAD_RE, PROPRIETARY_BLEND_RE } from './patterns.ts';

/** Lines of a page looked at for an ingredients heading. */
const MAX_LINES = 4000;
/** How long the first ingredient's name may be. */
const FIRST_MAX = 60;

/** The ingredients list (the line that holds it), when its first ingredient is a compound of the
 *  nutrient: the nutrient's name with one of its known forms ("magnesium citrate", "Magnesiumoxid").
 *  An excipient of the nutrient ("magnesium stearate") is no known form, and "Other ingredients"
 *  heads no list here. Null otherwise. */
export function ingredientsOpenWithNutrient(text: string, lex: Lexicon): string | null {
  for (const list of ingredientsLists(text)) {
    const first = list.split(/[,;(:]/, 1)[0]!.trim();
    if (first.length > 0 && first.length <= FIRST_MAX && lex.mention.test(first) && formIn(first, lex) !== null) return list;
  }
  return null;
}

/** Each ingredients list of the page: the text after an ingredients heading on its line, or on the
 *  next line that holds anything. */
function* ingredientsLists(text: string): Generator<string> {
  if (typeof text !== 'string' || text.length === 0) return;
  const lines = text.slice(0, 200_000).split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const m = INGREDIENTS_HEAD_RE().exec(lines[i]!);
    if (!m) continue;
    let list = (m[1] ?? '').trim();
    for (let k = i + 1; list.length === 0 && k < lines.length && k <= i + 2; k++) list = lines[k]!.trim();
    yield list;
  }
}

/** The ingredients list's part (after the first too) that is a compound of the nutrient in one of
 *  its known forms ("Sastojci: kalcijev karbonat, magnezijev citrat, ..."): the product holds the
 *  nutrient, in an amount the page may not state, so it is unreadable, never absent (a bone formula
 *  listing it second, with no table, was read absent; issue 8, round 34). A part that names its
 *  function first ("anti-caking agent: magnesium stearate", "Säureregulator: Magnesiumcitrat") is an
 *  additive, and an excipient ("stearate") is no known form. The part found, or null. */
export function ingredientsNameNutrient(text: string, lex: Lexicon): string | null {
  for (const list of ingredientsLists(text)) {
    for (const part of list.split(/[,;]/)) {
      const p = part.trim();
      if (p.length === 0 || p.length > FIRST_MAX || p.includes(':')) continue;
      if (lex.mention.test(p) && formIn(p, lex) !== null) return p;
    }
  }
  return null;
}

/** How long one part of a blend's list may be. */
const PART_MAX = 60;

/** A proprietary blend whose list of parts (on its row, or on the line under it) names a compound
 *  of the nutrient ("ZMA Recovery Matrix (proprietary blend) 1,250 mg" over "Zinc Monomethionine
 *  Aspartate, Magnesium Aspartate, ..."): the product holds the nutrient in an amount the label
 *  keeps to itself, so it is unreadable, never absent (issue 8, round 30). An excipient of the
 *  nutrient ("magnesium stearate") is no known form. The part found, or null. */
export function blendHoldsNutrient(text: string, lex: Lexicon): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const lines = text.slice(0, 200_000).split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = PROPRIETARY_BLEND_RE().exec(line);
    if (!m) continue;
    for (const part of `${line.slice(m.index)}\n${lines[i + 1] ?? ''}`.split(/[,;()\n:|]/)) {
      const p = part.trim();
      if (p.length > 0 && p.length <= PART_MAX && lex.mention.test(p) && formIn(p, lex) !== null) return p;
    }
  }
  return null;
}
