// Stage 7, confidence: how sure the reading is of its amount, and why when it is not.
//  label: a facts panel or a label row ("<Element> (as citrate) 200 mg", a row flattened in text)
//  text:  a sentence that ties the amount to a serving, a unit or a day ("each capsule provides ...")
//  weak:  a title, a variant line, a lone amount, loose prose, or amounts that disagree
// A weak reading is never shown green (the rules decide; this stage only says how sure).
import { msg, type Msg } from '../msg.ts';
import type { Confidence } from '../../core/reading.ts';
import type { Dose } from './choose.ts';
import type { Lexicon } from '../lexicon.ts';
import { formIn } from '../text/compound.ts';
import { FACTS_HEADING_RE } from '../text/patterns.ts';
import { TIER } from './tie.ts';

/** Words that head a label's rows in text ("Each capsule contains Magnesium ..."). */
const HEAD_WORDS_RE = /\b(?:contains?|contain|ingredients?|provides?|supplies)$/i;

export interface ConfidenceResult {
  confidence: Confidence;
  /** why the reading is weak (null for label and text) */
  reason: Msg | null;
}

export function confidenceOf(dose: Dose, disagrees: boolean, lex: Lexicon, title: string | null): ConfidenceResult {
  const w = dose.winner;
  if (disagrees) return { confidence: 'weak', reason: msg('reading_weak_disagreement') };
  // (a text page's title is one of its lines: read there, it is still only the product's name)
  const onTitle = title !== null && w.lineOf.text.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim();
  if (w.tie === 'title' || onTitle || (w.tie === 'row' && w.tier <= TIER.title)) return { confidence: 'weak', reason: msg('reading_weak_title') };
  if (w.tie === 'variant' || w.tie === 'standalone') return { confidence: 'weak', reason: msg('reading_weak_lone_amount') };
  if (w.tier >= TIER.flatPanelRow || labelRowInText(w, lex)) return { confidence: 'label', reason: null };
  if (w.statedPer) return { confidence: 'text', reason: null };
  return { confidence: 'weak', reason: msg('reading_weak_prose') };
}

/** A label row written in text: its name, from the last head ("Each tablet contains:", a bullet)
 *  to the amount, is the nutrient's name with its form and nothing else ("Magnesium (as citrate)
 *  150 mg"), or a short line that starts with it ("Magnesium Oxide 400 mg (241.3 mg elemental
 *  magnesium)"); a sentence that merely holds the name ("Our formula gives magnesium 150 mg") is not. */
function labelRowInText(w: Dose['winner'], lex: Lexicon): boolean {
  if (!w.a) return w.tie === 'dvRow';
  if (w.tie === 'labelHead') return true;
  if (w.tie === 'row') {
    // the name from its first mention of the nutrient, after nothing or after a head ("Each tablet
    // contains:", "Amount Per Serving", a bullet), never after a brand's words
    const m = lex.mention.exec(w.name);
    if (!m) return false;
    const before = w.name.slice(0, m.index).trim();
    // (or after the compound's own name, in the languages that put it first: "chlorid hořečnatý",
    // "Oxyde de magnésium", "citrato de magnesio")
    const formFirst = before.length <= 30 && before.split(/\s+/).length <= 3 && formIn(before, lex) !== null;
    const headed = before === '' || formFirst || /[:|•·*–-]$/.test(before) || HEAD_WORDS_RE.test(before) || FACTS_HEADING_RE().test(before.slice(-60));
    return headed && lex.labelName.test(w.name.slice(m.index));
  }
  const s = w.sentence.trim().replace(/^[-•*·–]\s{0,2}/, '');
  return s.length <= 90 && lex.startsWithName.test(s.split(/\s/)[0] ?? '');
}
