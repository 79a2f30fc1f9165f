// Is this a page about one product of the nutrient at all? When no dose could be chosen, the
// answer decides between "unreadable" (a product of the nutrient whose amount cannot be read: the
// user is asked for it, never told it is safe) and "absent" (no such product here: a fire
// starter, a bath product, a page that only mentions the nutrient).
import type { Lexicon } from '../lexicon.ts';
import type { LabelInput } from '../input.ts';
import type { DirectionsResult } from '../text/directions.ts';
import { DOSE_FORM_RE, HEALTH_CATEGORY_RE, NOT_INGESTIBLE_RE, SUPPLEMENT_WORD_RE } from '../text/patterns.ts';

/** A dose in mg / mcg in a title ("... Complex 400 mg") marks a supplement. */
const MG_IN_TITLE_RE = /\d\s{0,2}(?:mg|mcg|µg)\b/i;
/** Mentions in a title-less text page that make it about the nutrient. */
const MENTIONS_WITHOUT_TITLE = 3;
/** Characters of a page's text looked at for these cues. */
const SAMPLE = 200_000;

/** Does the page name a product of the nutrient: its title, an amount tied to it, a facts row,
 *  or (a text page without a title line) several mentions? */
export function aboutNutrient(input: LabelInput, body: string, keptAmounts: number, lex: Lexicon): boolean {
  const title = input.title ?? '';
  const facts = input.facts ?? '';
  return lex.mention.test(title)
    || keptAmounts > 0
    || (facts.length > 0 && lex.lineStartsWithName.test(facts))
    || (title.length === 0 && (body.slice(0, SAMPLE).match(lex.mentionWordG) ?? []).length >= MENTIONS_WITHOUT_TITLE);
}

/** Is this a supplement or medicine at all? Signs: a dose form in the title, a health category, a
 *  facts panel or facts wording, supplement wording, directions with dose units. "Do not ingest"
 *  or a non-health category (without a dose form in the title) say it is not. */
export function looksLikeSupplement(input: LabelInput, dirs: DirectionsResult, lex: Lexicon): boolean {
  // no title found (a text page opening with a sentence): its first words name the product
  const title = input.title ?? (input.body ?? '').slice(0, 120);
  const text = `${input.body ?? ''}\n${input.directions ?? ''}`.slice(0, SAMPLE);
  if (NOT_INGESTIBLE_RE.test(title) || NOT_INGESTIBLE_RE.test(text)) return false;
  // a facts table with a row for the nutrient (in any supported language) is a label, whatever
  // the breadcrumb says
  if (lex.lineStartsWithName.test(input.facts ?? '')) return true;
  const formInTitle = DOSE_FORM_RE.test(title);
  const cat = input.category ?? '';
  const healthCat = cat.length > 0 && HEALTH_CATEGORY_RE.test(cat);
  if (cat.length > 0 && !healthCat && !formInTitle) return false;
  return formInTitle || healthCat || input.factsIsImage === true || MG_IN_TITLE_RE.test(title) || (input.facts ?? '').length > 0 || SUPPLEMENT_WORD_RE.test(text) || SUPPLEMENT_WORD_RE.test(title)
    || dirs.range !== null || dirs.openEnded || DOSE_FORM_RE.test(input.directions ?? '');
}
