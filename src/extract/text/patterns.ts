// Every regular expression the text parsers use that does not name the nutrient, in one exported
// list, so a test can check each one with `recheck` for super-linear backtracking (the ones that
// name it are built from its data in ../lexicon.ts, and checked the same way). Rules kept here:
// bounded repetition only, no nested quantifiers, anchored probes on short slices where a pattern
// looks around an amount. The shops' label words are data (src/data/magnesium/names.ts): the
// patterns below that use them are built from escaped word lists (plain alternations), each on its
// first use (`lazy`, ../lazy.ts: a page's read uses few of them, and a large page's reader would
// otherwise build them all as it loads; call NAME() for the pattern). Literals stay literals.
import {
  ADD_TO_CART_WORDS_EXTRA, AGE_AMOUNT_LEAD_WORDS, AGE_GROUP_WORDS, BLEND_ROW_WORDS, BUNDLE_CONTENTS_HEADINGS, BUNDLE_COUNT_WORDS, BUNDLE_TITLE_WORDS, BYLINE_LEAD_WORDS, BYLINE_ROLE_WORDS, CROSS_SELL_HEADINGS_EXTRA, CURRENCY_WORDS_EXTRA, DAILY_DOSE_WORDS_EXTRA, DIRECTIONS_HEADINGS_EXTRA, DOSE_FORM_WORDS_EXTRA, FACTS_IMAGE_CUES, FIRST_PERSON_OPENERS, FIRST_PERSON_PAST_OPENERS, FIRST_PERSON_WORDS_EXTRA, HEALTH_CATEGORY_WORDS_EXTRA, LEAFLET_HEADINGS, LISTING_COUNT_WORDS, LOAD_MORE_WORDS, MONOGRAPH_HEADINGS, NON_CONSUMABLE_PRODUCT_WORDS, NOT_CONSUMED_PHRASES, OUR_CROSS_SELL_CUES, QA_HEADINGS, QA_LINE_LABELS, QUESTION_WORDS_EXTRA, RANGE_GLOSS_WORDS, RECIPE_TIME_WORDS, REFERENCE_COPULAS_EXTRA, REFERENCE_DIET_WORDS, REFERENCE_INTAKE_ABBREVIATIONS, REFERENCE_INTAKE_WORDS_AMBIGUOUS, REFERENCE_INTAKE_WORDS_EXTRA, REFERENCE_PORTION_STEMS_EXTRA, REFERENCE_STATED_COPULAS, REVIEW_HEADINGS, REVIEW_LIST_WORDS, SEX_AUDIENCE_WORDS, SEX_GROUP_LEADS, SEX_GROUP_WORDS, SEX_NAME_WORDS, SKIN_FORM_WORDS, SORT_BY_WORDS_EXTRA, SUPPLEMENT_WORDS_EXTRA, UNIT_WORDS_EXTRA, UPDATED_WORDS_EXTRA, UPPER_LIMIT_WORDS,
} from '../../data/magnesium/names.ts';
import { escapeRe, wordsAlt } from '../words.ts';
import { lazy } from '../lazy.ts';
import { unitOf } from './units.ts';
import { COUNT_WORDS_2_TO_6 } from './numbers.ts';
// (round 49's words, imported apart)
import { FOOD_POWDER_WORDS, FOOD_POWDER_OF_WORDS, SERVING_OF_WORDS, ONE_UNIT_BASIS_WORDS, PER_HEAD_WORDS, CONTENT_HEAD_WORDS, HALF_MEASURE_WORDS, MEASURE_FILL_WORDS, COMPANION_WORDS, RATING_OUT_OF_WORDS, RATING_STAR_WORDS, VERIFIED_BUYER_WORDS } from '../../data/magnesium/names.ts';
import { EXAMPLE_ADVICE_WORDS, FACTS_IMAGE_FACTS_STEMS, FACTS_IMAGE_PICTURE_STEMS, FACTS_IMAGE_SEE_WORDS, YOUR_WORDS, OWN_FORMULA_WORDS } from '../../data/magnesium/names.ts';
import { AMBIGUOUS_PER_WORDS, PANEL_HEAD_NOUNS, COUNT_CONTAIN_VERBS, COUNT_CONTAIN_WORDS, NUTRITION_HEADINGS, REFERENCE_ADULTS_COPULAS, REFERENCE_ADULTS_WORDS, REFERENCE_LEVEL_PRODUCT_WORDS, REFERENCE_LEVEL_WORDS } from '../../data/magnesium/names.ts';
import { CEILING_UNLESS_WORDS, CEILING_WORDS_EXTRA, COLUMN_IN_WORDS, ELEMENTAL_OF_WORDS_EXTRA, SUPPLY_DURATION_WORDS, SUPPLY_WORDS, TABLE_HEADING_WORDS_EXTRA } from '../../data/magnesium/names.ts';

export { escapeRe, wordsAlt } from '../words.ts';
const REF_ABBR_SRC = lazy(() => wordsAlt(REFERENCE_INTAKE_ABBREVIATIONS));
const CART_SRC = lazy(() => wordsAlt(ADD_TO_CART_WORDS_EXTRA));
const DAILY_DOSE_SRC = lazy(() => wordsAlt(DAILY_DOSE_WORDS_EXTRA));
const CURRENCY_SRC = lazy(() => wordsAlt(CURRENCY_WORDS_EXTRA));
/** the same as printed ("kr", "Kr", "KR"), for a pattern that must stay case-sensitive */
const CURRENCY_CASED_SRC = lazy(() => [...new Set(CURRENCY_WORDS_EXTRA.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]))].sort((a, b) => b.length - a.length).map(escapeRe).join('|'));
/** Latin letters (ASCII, Latin-1, Latin Extended-A/B: the shops' languages) as a class body, for
 *  patterns kept without the 'u' flag: V8 runs a case-insensitive 'u' regex many times slower
 *  over a whole page's text. */
const LAT = 'a-zA-Z\\u00C0-\\u024F';
/** Unit words that head a facts column ("1 tabletka", "per tablet", "pro Tablette"). */
const UNIT_HEADER_WORDS = lazy(() => ['tablet', 'tablets', 'tablette', 'caplet', 'capsule', 'capsules', 'kapsel', 'softgel', 'gummy', 'sachet', ...(UNIT_WORDS_EXTRA['tablet'] ?? []), ...(UNIT_WORDS_EXTRA['capsule'] ?? [])]);

/** The one test a line passes before any per-line parser looks at it: a digit, then (after at most
 *  two spaces) a percent sign or the first letter of a mass unit (mg, g, mcg, µg, ug, milli-,
 *  micro-, mikro-, gram). A line without it holds no amount and no percentage (AMOUNT_RE and
 *  PERCENT_RE both need it), so it cannot state a dose. */
export const MAY_HOLD_DOSE_RE = /\d\s{0,2}[%mgµμu]/i;

/** A number with optional thousands separators (",", ".", or a space: "1 000 mg") or a decimal
 *  comma/point, then a mass unit (or millimoles of the element, a medicine's unit).
 *  Number text is parsed in code (numbers.ts); the unit is checked for a word end in code. */
export const AMOUNT_RE = /(<\s{0,2})?(\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,2}(?![.,]?\d)|\d{1,7}(?:[.,]\d{1,3}){0,3})\s{0,2}(milligrammes?|milligramm|milligrams?|micrograms?|mikrogramm|grammes?|gramm|grams?|mcg|µg|μg|ug|mmol|mg|g)/gi;

/** A percentage (for %DV / %NRV). */
export const PERCENT_RE = /(\d{1,5}(?:[.,]\d{1,2})?)\s{0,2}%/g;

/** A range starting at an amount, right after it: " - 400", " to 400", " bis 400"; or, with a short
 *  gloss in brackets between that names who the amount is for (a sex, an age group, a life stage:
 *  RANGE_GLOSS_WORDS and the age groups' words), to an amount of its own ("300mg (women) to 375mg
 *  NRV": a range of reference intakes, not a dose; issue 8, round 48; "100mg (Magnesio elemental) -
 *  100 cápsulas" is a name and its pack count; "120 mg (per capsule) - 240 mg (per serving)", "400mg
 *  (High Absorption) - 2000mg Bisglycinate" are an amount's two bases and a name: review of round
 *  48). A dash before a percentage joins the amount to its share ("200 mg – 53% RI"), no range. */
export const RANGE_AFTER_RE = lazy(() => new RegExp(String.raw`^\s{0,2}(?:(?:-|–|to|bis)\s{0,2}\d(?![\d.,]*\s{0,2}%)|\([ \t]{0,2}(?:(?:for|für|pour|para|voor)[ \t]{1,2})?(?:${wordsAlt([...RANGE_GLOSS_WORDS, ...AGE_GROUP_WORDS.adult, ...AGE_GROUP_WORDS.child])})(?![${LAT}])[^()\d\n]{0,20}\)\s{0,2}(?:-|–|to|bis)\s{0,2}\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:mg|g|mcg|µg)(?![a-zA-Z]))`, 'i'));

/** A range ending just before an amount: "300 - ", "300 to ", "300 bis ". */
export const RANGE_BEFORE_RE = /\d\s{0,2}(?:-|–|—|to|bis|à|a|and|und|et|y|e|or|oder|ou|o)\s{0,2}$/i;

/** Per-unit after an amount: "per gummy", "/ Kapsel", "each capsule", "pro Tablette", "par gélule". */
export const PER_UNIT_AFTER_RE = /^[^.;!?]{0,40}?(?:\bper|\beach|\bpro|\bpar|\bpor|\bje|\/|\bin each|\bin every)\s{0,3}(?:one\s{1,3}|1\s{1,3})?([\p{L}]{2,20})/iu;

/** What a table cell's amount is per, the rest of the cell: "/ 2 st", "per capsule", "pro 2 Kapseln",
 *  "/ kapsel (27 % RI)" (the count, then the unit word). */
export const CELL_PER_UNIT_RE = /^[ \t]{0,2}(?:\/|(?:per|pro|pour|par|por|je|na|each|à|pr\.)(?=[ \t]))[ \t]{0,2}(?:(\d{1,2})[ \t]{0,2})?(\p{L}{1,20})\.?[ \t]{0,2}(?:\([^()\n]{0,30}\))?[ \t]{0,2}$/iu;

/** "Each caplet ... contains" / "one capsule provides" / "1 cápsula (" / "pro Messlöffel" / a
 *  measure with its weight, "Per 5g scoop" (issue 8, round 44) before an amount, the unit word possibly after one or two others ("Each pale yellow caplet"): the last
 *  match in the slice before the amount is used (global, no end anchor: linear). */
export const PER_UNIT_BEFORE_RE = /\b(?:each|every|one|per|pro|par|pour|por|je|jede|chaque|cada|ogni|un|una|une|uno|ein|eine|1)\s{1,3}(?:\d{1,2}(?:[.,]\d)?[ \t]{0,2}(?:g|ml)[ \t]{1,2}(?=\p{L}{3}))?(\p{L}{3,20})(?:\s{1,3}(?!(?:each|every|one|per|pro|par|pour|por|jede|chaque|cada|ogni)\b)(\p{L}{3,20}))?(?:\s{1,3}(?!(?:each|every|one|per|pro|par|pour|por|jede|chaque|cada|ogni)\b)(\p{L}{3,20}))?/giu;

/** Count of units before "(" and an amount: "2 cápsulas al día (" (the last match before the "("). */
export const COUNT_UNITS_RE = /\b(\d{1,2}|two|three|four|five|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)\s{1,3}(\p{L}{3,20})/giu;

/** Words that mark a reference value or limit rather than this product's dose. */
export const REFERENCE_CUE_RE = /\b(?:rda|rdi|usrda|ear|recommended (?:daily|dietary)|dietary allowance|daily allowances?|daily value|reference intake|requirements?|adults need|you need|men|women|males?|females?|most people|many people|some people|in general|on average|studies|study|trials?|researchers?|participants|body weight|per kg|intakes|dietary intake|from food|nrv|nrw|empfiehlt|empfehlung|zufuhr|bedarf|höchstmenge|tageshöchstmenge|überschreiten|exceed|exceder|no exceder|dépasser|superare|upper limit|tolerable|deficien\p{L}*|apport recommandé|fabbisogno|ingesta recomendada)\b/iu;
/** The same in Dutch ("De referentie-inname (RI) ...", "de Gezondheidsraad adviseert", "aanbevolen
 *  hoeveelheid", "niet overschrijden"). Not "aanbevolen dagdosis", "aanbevolen (dagelijkse) dosis",
 *  "aanbevolen dosering" or "aanbevolen gebruik": a label's own heading for its dose ("Aanbevolen
 *  dagdosis: 1 tablet bevat 400 mg magnesium" was read unreadable; issue 8, review 19). Kept apart: a longer alternation above makes the linear-time checker's
 *  random search (test/unit/extract/regex-safety.test.ts) flag it now and then. */
// ("Volwassenen hebben dagelijks ongeveer 300 tot 350 mg magnesium nodig": a body's need, as "adults
// need" is; issue 8, round 59)
export const REFERENCE_CUE_NL_RE = /\b(?:(?:hebben|heeft)\s[^.!?\n]{0,60}\bnodig|referentie-inname|adviseert|aanbevolen(?! (?:dagelijkse )?(?:dag)?(?:dosis|dosering)\b| gebruik\b)|overschrijden)\b/i;

/** The same in Polish ("Zalecane dzienne spożycie magnezu (RWS) dla osoby dorosłej wynosi 375 mg",
 *  "referencyjna wartość spożycia"): the reference intake. Not "zalecana (dzienna) porcja", the
 *  label's own dose (issue 8, round 22). Kept apart as the Dutch one. Not the label's own words
 *  either (review of round 22, each had read a true 375-400 mg as absent): "Zalecane dzienne
 *  spożycie (2 tabletki) zawiera: magnez 400 mg" heads the label with its portion; "107%
 *  referencyjnej wartości spożycia" marks the product's amount as a share; "pokrywa dzienne
 *  zapotrzebowanie" says the product's amount covers it. */
export const REFERENCE_CUE_PL_RE = /\b(?:zalecane\s{1,2}(?:dzienne\s{1,2})?spożycie(?![\s:(–—-]{0,4}(?:\d|jedn|dw|trzy|czter|pół|porcj|na\s))|(?<!%[\s(]{0,3})referencyjn\p{L}{0,3}\s{1,2}wartoś\p{L}{0,3}|(?<!pokryw\p{L}{0,5}\s{1,2})dzienne\s{1,2}zapotrzebowanie)/iu;

/** The same in the languages whose words are data (REFERENCE_INTAKE_WORDS_EXTRA: Czech,
 *  Portuguese): not after a percent sign, with its "of" or not ("27 % referenční hodnoty příjmu",
 *  "27 % z ...", "62% da ingestão diária recomendada" are the product's share), nor before a figure
 *  of the label's own ("Doporučený denní příjem: 2 kapsle"). */
export const REFERENCE_CUE_EXTRA_RE = lazy(() => new RegExp(String.raw`(?<!%[\s(]{0,3}(?:(?:z|ze|da|de|do|dos|das|del|de\s{1,2}la)\s{1,2})?)(?<!\p{L})(?:${wordsAlt(REFERENCE_INTAKE_WORDS_EXTRA)})(?!\p{L})(?![\s:(–—-]{0,4}\d)`, 'iu'));

const REFERENCE_CUE_EXTRA_G_RE = lazy(() => new RegExp(REFERENCE_CUE_EXTRA_RE().source, 'giu'));
/** A stem of the label's own portion or directions (REFERENCE_PORTION_STEMS_EXTRA), at a word's start. */
export const REFERENCE_PORTION_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(REFERENCE_PORTION_STEMS_EXTRA)})`, 'iu'));

/** Words of a reference value or limit, in any supported language. With `extra` false, the
 *  languages whose words are data are left to namesReferenceAmount, which looks where they stand. */
/** An upper limit of intake named ("upper intake level", "Obergrenze", "UL" in capitals): the amount
 *  is the limit's, often a child's, never the product's dose (issue 8, kind 3). */
const UPPER_LIMIT_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(UPPER_LIMIT_WORDS)})(?!\p{L})`, 'iu'));
const UPPER_LIMIT_ABBR_RE = /(?<![\p{L}\d])UL(?![\p{L}\d])/u;

/** Does the text name an upper limit of intake? Asked of the text before an amount only: a limit's
 *  amount follows its name ("The UL for magnesium from supplements: 65 mg"), while the product's own
 *  amount told beside it comes first ("400 mg pro Tagesdosis ... unter der Obergrenze", "350 mg of
 *  magnesium, right at the UL"; rejected, the dose was lost; review 28). */
export function namesUpperLimit(s: string, after = ''): boolean {
  return UPPER_LIMIT_RE().test(s) || UPPER_LIMIT_ABBR_RE.test(s) || ((PERMITTED_MAXIMUM_RE().test(s) || SHOULD_NOT_MORE_RE().test(s)) && HOLDS_OR_LAW_RE.test(`${s} ${after}`));
}

/** A reference level of intake an authority or a guideline sets (REFERENCE_LEVEL_WORDS: "guidance
 *  level", "Referenzwert", "apport satisfaisant", "valor de referencia", "referensvärde"). */
const REFERENCE_LEVEL_G_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(REFERENCE_LEVEL_WORDS)})(?!\p{L})`, 'giu'));

/** Does the text before an amount (its sentence up to it, or a row's name) name a reference level
 *  whose value the amount is? The level's words, then no figure (a mass of the level's own aside:
 *  "320 mg for women and 420 mg for men"), no dose form and no word of the label's portion nor of
 *  the product between: "Each tablet gives 300 mg, within the guidance level" keeps its 300 mg,
 *  and so does "Within the guidance level, each tablet gives 300 mg" (issue 8, round 61). Nor where
 *  a dose form, a portion or the product follows the amount in its clause (`after`, the text after
 *  it): "Recommended intake: magnesium 300 mg daily, from one capsule", "Assunzione raccomandata:
 *  magnesio 300 mg al giorno, pari a 2 compresse", "Richtwert: 200 mg je Kapsel" head the label's
 *  own dose (a helper session's review of rounds 59-61: such labels read unreadable). */
export function namesReferenceLevel(before: string, after = ''): boolean {
  const b = before.slice(-300);
  let end = -1;
  for (const m of b.matchAll(REFERENCE_LEVEL_G_RE())) end = m.index + m[0].length;
  if (end < 0) return false;
  const gap = b.slice(end);
  if (/\d/.test(gap.replace(GAP_MASS_RE, ' ')) || DOSE_FORM_RE().test(gap) || REFERENCE_PORTION_RE().test(gap) || PRODUCT_WORD_RE().test(gap)) return false;
  return !ownDoseAfter(after);
}
/** The clause after a reference level's amount names the product's dose: a dose form, a portion or
 *  the product, before the sentence ends, or before a comma where another mass follows ("300 mg a
 *  day, while one tablet gives 150 mg" keeps its 300 mg the level's). */
function ownDoseAfter(after: string): boolean {
  const clause = after.slice(0, AFTER_CLAUSE_CHARS).split(CLAUSE_END_RE)[0]!;
  // (another mass after it in the sentence has its own portion: the amount's own words end at a comma)
  const own = MASS_AHEAD_RE.test(clause) ? clause.split(/[,–—]/u)[0]! : clause;
  if (DOSE_FORM_RE().test(own) || REFERENCE_PORTION_RE().test(own) || PRODUCT_WORD_RE().test(own)) return true;
  // (a unit the product is taken in, in any language: "je Kapsel", "par gélule"; never a weight or a volume)
  return (own.match(/\p{L}{3,20}/gu) ?? []).some((w) => {
    const u = unitOf(w);
    return u !== null && u !== 'g' && u !== 'ml';
  });
}
/** How far after the amount its own dose form is looked for. */
const AFTER_CLAUSE_CHARS = 60;
/** A clause's end after an amount: a sentence's mark (not a decimal point), a semicolon, a line's end. */
const CLAUSE_END_RE = /[;!?\n]|\.(?!\d)/u;
/** Another mass after the amount. */
const MASS_AHEAD_RE = /\d{1,4}(?:[.,]\d{1,2})?\s{0,2}(?:mg|g|µg|μg|mcg)(?!\p{L})/iu;
/** The product itself named ("this product", "our formula", "each serving"): a gap with it holds the label's own amount. */
const PRODUCT_WORD_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(REFERENCE_LEVEL_PRODUCT_WORDS)})(?!\p{L})`, 'iu'));

/** A tab's heading of nutrition values alone (NUTRITION_HEADINGS: "Nutrition", "Typical values"). */
export const NUTRITION_HEADING_RE = lazy(() => new RegExp(String.raw`^(?:${wordsAlt(NUTRITION_HEADINGS)})\s{0,2}:?$`, 'iu'));

/** What a law's cap speaks of: what a product may hold ("contain", "bevatten", "enthalten"), a
 *  supplement as such, or the law. A permitted maximum without them is the label's own direction to
 *  the reader ("Volwassenen mogen dagelijks maximaal 400 mg ... innemen", "Adults may take at most
 *  400 mg"): the product's dose, never rejected (review 35: such a page read unreadable). */
export const HOLDS_OR_LAW_RE = /(?<![\p{L}])(?:contain|bevat|enthalt|enthält|conten|contien|contém|conter|zawier|obsahov|obsahuj|indehold|innehold|innehåll|tartalm|conțin|supplement|suplement|ergänzungsmittel|complément|integrator|law|legal|wet|wettelijk|gesetz|loi|légal|ley|legge|lei|prawo|zákon|lov|törvény)/iu;

/** A maximum that something may hold, right before the amount: "In België mag een
 *  voedingssupplement maximaal 450 mg ... per dagelijkse dosis bevatten", "may contain at most
 *  450 mg", "darf höchstens 250 mg": a law's or an authority's ceiling, never the product's dose
 *  (issue 8, round 35: the Belgian 450 mg cap was read over the label's 300 mg). A permission word
 *  earlier in the sentence, and the ceiling word the last before the amount. */
export const PERMITTED_MAXIMUM_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:may|must not|mag|mogen|darf|dürfen|peut|peuvent|puede|pueden|può|possono|pode|podem|smí|může|może|mogą|må|får|sme|smie|szabad)(?![${LAT}])[^.;!?\n]{0,80}?(?<![${LAT}])(?:at most|no more than|maximaal|hoogstens|höchstens|maximal|au maximum|au plus|como máximo|al massimo|no máximo|maksymalnie|maximálně|maximálne|højst|høyst|legfeljebb)[ \t]{0,3}$`, 'iu'));

/** A negated "should" and then "more than" right before the amount: "Według EFSA suplementy nie
 *  powinny dostarczać więcej niż do 250 mg", "supplements should not provide more than 250 mg",
 *  "sollten nicht mehr als 250 mg": a ceiling for what a supplement gives, like PERMITTED_MAXIMUM_RE
 *  (issue 8, round 38: the EFSA cap was read as the dose of a page cut before its table). Only
 *  after the negated "should": "may contain more than 350 mg" is the label's own claim; and only in
 *  one clause with it: "should not worry: each tablet contains more than 400 mg" is the label's
 *  (review 38: the label's own amount was rejected and the page read unreadable). */
export const SHOULD_NOT_MORE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:should not|shouldn't|sollten nicht|sollte nicht|nie powinn[${LAT}]{0,3}|ne devraient pas|ne doit pas|no deberían|non dovrebbero)(?![${LAT}])[^.;:,!?\n]{0,60}?(?<![${LAT}])(?:more than|mehr als|więcej niż(?: do)?|plus de|más de|più di)[ \t]{0,3}$`, 'iu'));

/** A day's intake from the diet (REFERENCE_DIET_WORDS: "zo stravy aj doplnkov"): a reference. */
export const REFERENCE_DIET_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(REFERENCE_DIET_WORDS)})(?!\p{L})`, 'iu'));

export function isReferenceCue(s: string, extra = true): boolean {
  return REFERENCE_CUE_RE.test(s) || REFERENCE_DIET_RE().test(s) || REFERENCE_CUE_NL_RE.test(s) || REFERENCE_CUE_PL_RE.test(s) || isReferenceFootnote(s) || (extra && REFERENCE_CUE_EXTRA_RE().test(s));
}

/** The text before an amount (in its sentence, or a row's name) names a reference intake whose
 *  value the amount is, in the languages whose words are data: the words stand before the amount
 *  with no figure nor portion of the label between ("Doporučený denní příjem hořčíku pro dospělé
 *  (referenční hodnota příjmu) je 375 mg", "a ingestão adequada de magnésio é de 350 mg"). Never the
 *  words after the product's amount ("2 tablety obsahují 400 mg a pokrývají doporučený denní
 *  příjem", "fornece 400 mg, acima da ingestão diária recomendada": the product's amount set
 *  against the reference), nor a heading over the label's portion ("Doporučený denní příjem (jedna
 *  tableta) obsahuje 400 mg", "Ingestão recomendada: tomar 2 cápsulas ..., fornecendo 400 mg"):
 *  each had read a true 400 mg as unreadable (review of round 24). Or the amount is the subject
 *  the reference's words then name (`after`: "375 mg je doporučený denní příjem"). */
/** After an amount, in its sentence: a copula, then the reference intake's words (no figure between). */
export const REFERENCE_AFTER_EXTRA_RE = lazy(() => new RegExp(String.raw`^[^\d.;!?]{0,40}?(?<!\p{L})(?:${wordsAlt(REFERENCE_COPULAS_EXTRA)})\s{1,2}(?:\p{L}{1,2}\s{1,2})?(?:${wordsAlt(REFERENCE_INTAKE_WORDS_EXTRA)})(?!\p{L})`, 'iu'));

export function namesReferenceAmount(before: string, after = ''): boolean {
  if (REFERENCE_AFTER_EXTRA_RE().test(after.slice(0, 200))) return true;
  let end = -1;
  let cue = '';
  for (const m of before.slice(-600).matchAll(REFERENCE_CUE_EXTRA_G_RE())) [end, cue] = [m.index + m[0].length, m[0]];
  if (end < 0) return false;
  const gap = before.slice(-600).slice(end);
  // (words a label also heads its own portion with name a reference only when a copula states its value)
  if (REFERENCE_AMBIGUOUS_RE().test(cue) && !REFERENCE_STATED_RE().test(gap)) return false;
  // (an amount of the reference's own before this one keeps it the reference's: "behöver vuxna
  // kvinnor cirka 280 mg och män cirka 350 mg"; round 51. Any other figure is the label's portion.)
  return !/\d/.test(gap.replace(GAP_MASS_RE, ' ')) && !REFERENCE_PORTION_RE().test(gap) && !DOSE_FORM_RE().test(gap);
}
/** A mass between a reference's words and a later amount: the reference's own figure. */
const GAP_MASS_RE = /\d{1,4}(?:[.,]\d{1,2})?\s{0,2}(?:mg|g|µg|μg|mcg)(?!\p{L})/giu;

/** Reference-intake words a label also uses for its own portion (REFERENCE_INTAKE_WORDS_AMBIGUOUS). */
const REFERENCE_AMBIGUOUS_RE = lazy(() => new RegExp(String.raw`^(?:${wordsAlt(REFERENCE_INTAKE_WORDS_AMBIGUOUS)})$`, 'iu'));
/** A copula stating a reference intake's value (REFERENCE_STATED_COPULAS). */
const REFERENCE_STATED_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(REFERENCE_STATED_COPULAS)})(?!\p{L})`, 'iu'));

/** The end of the text before an amount: all adults' words, then a copula (REFERENCE_ADULTS_WORDS,
 *  REFERENCE_ADULTS_COPULAS: "... of magnesium for adults is "); the text before the adults' words
 *  is group 1 (it must name the nutrient, with no figure nor dose form: the caller's). */
export const ADULTS_REFERENCE_END_RE = lazy(() => new RegExp(String.raw`^(.{0,200}?)(?<!\p{L})(?:${wordsAlt(REFERENCE_ADULTS_WORDS)})[ \t]{1,2}(?:${wordsAlt(REFERENCE_ADULTS_COPULAS)})[ \t]{0,2}$`, 'iu'));

/** A bracket right after an amount that names a reference intake alone, with no share ("375 mg
 *  (VRN)", "400 mg (RDA)", "350 mg (NRV*)"): the amount is that reference's value, never the
 *  product's (a share has its percent: "300 mg (80 % NRV)"; issue 8, round 63). */
/** A percentage on the rest of an amount's line ("375 mg (NRV) 100 %", "375 mg (RWS) | 100 %"): a
 *  share column glosses the bracket, the amount is the product's (the review of rounds 63-64). */
export const PERCENT_SHARE_IN_RE = /\d[ \t]{0,2}%/;
export const MARKED_REFERENCE_AFTER_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,2}[(\[][ \t]{0,2}(?:${REF_ABBR_SRC()}|rda|rdi|dri|ai|ul)[ \t]{0,2}[*†]{0,3}[ \t]{0,2}[)\]]`, 'i'));

/** A footnote that spells out a reference-intake abbreviation ("*VRN: valores de referencia de
 *  nutrientes (375 mg ...)", "*RI = ..."): its amount is the reference value, in any language
 *  (issue 8, round 26). */
const REFERENCE_FOOTNOTE_RE = lazy(() => new RegExp(String.raw`^[\s*†]{0,4}%?\s{0,2}(${REF_ABBR_SRC()})\s{0,2}\*{0,3}\s{0,2}[:=]\s{0,3}[("„“]?(\p{L})`, 'iu'));

/** A footnote spells its abbreviation out: the word after the colon starts with the abbreviation's
 *  letter ("VRN: valores ...", "RI = Reference Intake", "NRV: Nährstoffbezugswerte"). A label row
 *  headed by the abbreviation ("RI: Magnesium 375 mg per tablet (100%)") names the nutrient there,
 *  and its amount is the dose (review of round 26: had read a true 375 mg as unreadable). */
function isReferenceFootnote(s: string): boolean {
  const m = REFERENCE_FOOTNOTE_RE().exec(s);
  return m !== null && m[1]![0]!.toLowerCase() === m[2]!.toLowerCase();
}

/** A regulator's standard ("Health Canada's monograph allows ... up to 500 mg per day"): a reference
 *  value only for an amount stated per no unit of this product. "Each capsule provides 200 mg, the
 *  dose the monograph sets" is this product's dose (issue 8, review). */
export const MONOGRAPH_CUE_RE = /\bmonographs?\b/iu;

/** Right before an amount: a weight of "the", "a" or "any" compound and what it yields ("1,000 mg
 *  of the chelate delivers roughly 140 mg of elemental magnesium"): a conversion told as an
 *  example, no weight of this product (issue 8, round 22). */
/** The compound words that rule names besides a form's own ("of the chelate"): a weight "of the
 *  powder", "of the mix", "of the blend" is this product's, its yield the product's dose (review of
 *  round 22: "4 g of the mix provides 375 mg" had been rejected, the page absent). */
export const EXAMPLE_COMPOUND_WORD_RE = /^(?:chelate|chelat|salt|compound)s?$/iu;
export const EXAMPLE_YIELD_BEFORE_RE = /(?<![\p{L}\d])\d[\d.,]{0,8}[ \t]{0,2}(?:mg|g)[ \t]{1,3}of[ \t]{1,3}(?:the|a|an|any)[ \t]{1,3}([\p{L}-]{2,30})[ \t]{1,3}(?:delivers|provides|yields|gives|supplies|contains|equals)[ \t]{1,3}(?:roughly[ \t]{1,3}|about[ \t]{1,3}|approximately[ \t]{1,3}|around[ \t]{1,3}|nearly[ \t]{1,3}|only[ \t]{1,3})?$/iu;

/** A product said to hold several forms of the nutrient ("a multi-form magnesium tablet",
 *  "magnesium from four sources", "3 Formen"): the figure in its name is then the forms' weights
 *  summed, or any one of them, never a serving's element (issue 8, round 22). */
export const SEVERAL_FORMS_RE = /\bmulti-?forms?\b|\b(?:two|three|four|five|six|seven|eight|[2-8]|several|multiple|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|cinco|tre|quattro|cinque)\s{1,2}(?:different\s{1,2}|verschiedenen?\s{1,2})?(?:forms|sources|types|compounds|salts|formen|quellen|verbindungen|formes|sources|formas|fuentes|forme|fonti|vormen|bronnen)\b/iu;

/** Words of research reported in prose ("magnesium supplementation of 500 mg daily for 8 weeks
 *  improved sleep scores in one small trial"): the amount is a study's, whatever names it first.
 *  Tested on the whole sentence only for an amount per no unit of this product ("Each capsule
 *  provides 144 mg, the form used in clinical trials" is the product's dose) (issue 8, round 22). */
export const RESEARCH_CUE_RE = /\b(?:study|studies|trials?|researchers?|participants|studie[n]?|studi|studio|estudios?|études?|étude|badani[ae])\b/iu;

/** Words of a study's report beside its research word: a duration ("for 8 weeks"), an outcome
 *  ("improved", "reduced"), its subjects ("participants", "patients") or the intervention
 *  ("supplementation"). A research word alone ("Mit 400 mg Magnesium pro Tag – die Menge, die in
 *  Studien eingesetzt wurde") leaves the product's amount its dose (review of round 22: that page
 *  had read as unreadable). */
export const RESEARCH_REPORT_RE = /\b(?:(?:for|over|during|für|über|während|pendant|sur|durante|per|przez)\s{1,2}\d{1,3}\s{1,2}(?:weeks?|months?|days?|years?|wochen|monate[n]?|tage[n]?|jahre[n]?|semaines|mois|jours|ans|semanas|meses|días|dias|settimane|mesi|giorni|anni|tygodni\p{L}{0,2}|miesi\p{L}{0,5}|dni|lat)|improv\p{L}{0,4}|reduc\p{L}{0,4}|lowered|showed|supplementation|participants|subjects|patients|volunteers|teilnehmer\p{L}{0,2}|probanden|patienten|verbessert\p{L}{0,2}|reduziert\p{L}{0,2}|senkte|zeigte\p{L}{0,2}|supplementierung|amélior\p{L}{0,5}|rédui\p{L}{0,5}|mejor\p{L}{0,4}|redujo|participantes|pacientes|suplementación|miglior\p{L}{0,5}|ridott\p{L}{0,2}|partecipanti|pazienti|integrazione|poprawi\p{L}{0,4}|zmniejszy\p{L}{0,4}|uczestnik\p{L}{0,3}|pacjent\p{L}{0,3}|suplementacj\p{L}{0,2})\b/iu;

/** A specification row naming the mark before its figure: "Nutrient: <element> — % Daily Value per
 *  serving: 60%", "%DV: 60%" (group 1: the percentage); the mark after the figure is PCT_MARK_RE's
 *  (issue 8, round 26). */
export const PCT_MARK_FIRST_RE = lazy(() => new RegExp(String.raw`%\s{0,2}(?:dv|daily value|${REF_ABBR_SRC()})\b[^%\d:|]{0,24}[:|]\s{0,2}(\d{1,3}(?:[.,]\d{1,2})?)\s{0,2}%`, 'iu'));

/** A percentage marked as a share of a label reference value ("29 % NRV", "50% DV", "80 % des VNR",
 *  "48% Daily Value"): it states this product's amount, so it is not a reference cue itself. */
export const PCT_MARK_RE = lazy(() => new RegExp(String.raw`\d\s{0,2}%\s{0,3}(?:des\s{1,2}|der\s{1,2}|de\s{1,2}la\s{1,2}|del\s{1,2}|of\s{1,2}(?:the\s{1,2})?)?(?:dv|daily value|${REF_ABBR_SRC()}|ar|rda|vd|valor diario|valeur nutritionnelle de référence)\b\*{0,3}`, 'giu'));

/** A price as a whole word ("$8.99", "£12", "19,95€") or a number then a currency word ("19,95 €"):
 *  tested on a line's last one or two words (see endsInPrice), anchored, so linear. */
/** (a dollar sign may carry its country's letters: "R$ 69,90" in Brazil, "A$", "C$", "S$", "NZ$", "US$") */
export const PRICE_WORD_RE = lazy(() => new RegExp(String.raw`^(?:[a-z]{0,2}[$€£]\d{1,6}(?:[.,]\d{2})?|\d{1,6}(?:[.,]\d{2})?(?:[€£$]|${CURRENCY_SRC()}))$`, 'i'));
/** A currency sign standing alone before its price: "$", "€", "£", or a dollar with its country's
 *  letters ("R$", "A$", "NZ$"). */
export const CURRENCY_SIGN_RE = /^(?:[A-Z]{0,2}\$|[€£])$/;
export const PRICE_NUMBER_RE = /^\d{1,6}(?:[.,]\d{2})?$/;
export const CURRENCY_WORD_RE = lazy(() => new RegExp(String.raw`^(?:€|£|\$|eur|usd|gbp|${CURRENCY_SRC()})$`, 'i'));

/** Right after an amount (and the element's name): a per-day qualifier ("... de magnésium par jour",
 *  "200 mg daily", "/Tag"). The amount is then a daily total, never multiplied by the directions. */
export const PER_DAY_AFTER_RE = /^\s{0,3}(?:\(\s{0,2}elemental\s{0,2}\)\s{0,3})?(?:per day|a day|each day|every day|daily|par jour|pro tag|am tag|täglich|al día|al dia|por día|por dia|diarios?|al giorno|\/\s{0,2}(?:day|tag|jour|día|dia|giorno)\b)/i;

/** A daily-dose header before an amount: "pro Tagesdosis (2 g):", "per daily dose", "dose journalière". */
export const DAILY_HEADER_RE = lazy(() => new RegExp(String.raw`\b(?:pro tagesdosis|tagesdosis|tagesportion|per daily dose|daily dose|dose journalière|dosis diaria|dose giornaliera)\b|(?<![${LAT}])(?:${DAILY_DOSE_SRC()})(?![${LAT}])|\b(?:par jour|pro tag|per day|por día|al día)\s{0,2}:`, 'i'));

/** Words that introduce the elemental amount of the compound named before them. */
export const ELEMENTAL_OF_RE = /\b(?:davon|apportant|aportando|providing|equivalent to|equivalente a|pari a|of which|dont|entsprechend|equiv\.?|equivalent|corresponding to|correspondant à|soit|overeenkomend met|motsvarande|odpowiada|odpowiadający|odpovídá)(?![a-zA-Z\u00C0-\u024F])|\(\s{0,2}providing\b/i;
/** An "in" word opening a column's header cell, where other languages say "per" (COLUMN_IN_WORDS:
 *  "v 1 tabletě", "v denní dávce (2 tablety)"). */
export const COLUMN_IN_LEAD_RE = lazy(() => new RegExp(String.raw`^(?:${wordsAlt(COLUMN_IN_WORDS)})\s{1,3}(?=[\d\p{L}])`, 'iu'));
/** A header row's one cell of counted units opened by an "in" word (COLUMN_IN_WORDS), after another
 *  cell: "Hranjive tvari | u 2 kapsule", "Nutriční hodnoty | v 2 kapslích" are per 2 capsules, as
 *  "Nutrients | per 2 capsules" is (review 53: read per capsule, "dvije kapsule dnevno" doubled the
 *  day). Group 1: the count, 2: the unit word. */
export const COLUMN_IN_CELL_RE = lazy(() => new RegExp(String.raw`[|\t][ \t]{0,3}(?:${wordsAlt(COLUMN_IN_WORDS)})[ \t]{1,2}(\d{1,2})[ \t]{1,3}(\p{L}{2,20})[ \t]{0,3}(?=[|\t]|$)`, 'iu'));
/** A facts table's heading in the languages whose words are data (TABLE_HEADING_WORDS_EXTRA: "Composição"). */
export const TABLE_HEADING_EXTRA_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(?:${wordsAlt(TABLE_HEADING_WORDS_EXTRA)})(?!\p{L})`, 'iu'));
/** The same in the languages whose words are data (ELEMENTAL_OF_WORDS_EXTRA: "dos quais", "που αποδίδει"). */
export const ELEMENTAL_OF_EXTRA_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(ELEMENTAL_OF_WORDS_EXTRA)})(?!\p{L})`, 'iu'));

/** Words that say a figure is pure, "reines Magnesiumcitrat", "pure magnesium citrate": they
 *  qualify whatever is named, so they make no compound's weight the element's. */
export const PURE_WORDS_G_RE = /\b(?:pure|reines|reinem|reiner|reine|pur|pura|puro)\b/gi;

/** "from" right before an amount ("(from 700mg Magnesium Citrate)"), on a short slice: the amount
 *  is the source compound's weight. */
export const FROM_LEAD_RE = /\b(?:from|aus|à partir de)\s{0,2}$/i;

/** A word for the element's compounds right after its name ("1,050 mg of three <element> compounds",
 *  "<element>verbindungen"): the amount before is the compounds' weight, never the element's.
 *  Anchored at the word's start (the name's end). Not "salts" ("400 mg di <elemento> sali organici"
 *  says whose salts the element comes from as often as it weighs them: read as the element, a figure
 *  past a serving is refused, never estimated down). */
export const COMPOUNDS_NOUN_RE = /^(?:compounds?|verbindungen|composés|compuestos|composti|związków|związki|verbindingen)(?![\p{L}])/iu;

/** A name part that opens on "from" ("Magnesium 300mg (80% NRV) from magnesium bisglycinate
 *  2,128mg"): the element was named before it with its own amount; this one is the source's. */
/* (in the shops' languages: "uit", "da", "z", "från", "procedente de"; a compound's name must
 *  follow for any rule reading it, so a bare preposition weighs nothing) */
export const FROM_HEAD_RE = /^[\s,;–-]{0,4}(?:from|aus|à partir de|issue? de|provenant de|procedente de|proveniente d[ae]|a partir de|da|uit|van|z|ze|från|fra)\s/i;

/** A threshold right before an amount ("more than 350 mg", "in excess of 400 mg"). */
/** A threshold that says what the product holds ("Elke tablet bevat meer dan 350 mg", "contains
 *  more than 350 mg"): the label's own claim, its lower bound, no intake limit (review 35: rejecting
 *  it left a child's 100 mg as the dose). */
export const HOLDS_THRESHOLD_BEFORE_RE = /(?<![\p{L}])(?:contains?|provides?|bevat|enthält|liefert|contient|apporte|contiene|contém|zawiera|obsahuje|indeholder|inneholder|innehåller|tartalmaz|conține)[ \t]{1,2}(?:more than|over|in excess of|mehr als|über|plus de|más de|oltre|mere end|mer enn|mer än|meer dan|więcej niż|více než|viac ako|több mint|mai mult de)[ \t]{0,2}$/iu;

export const THRESHOLD_BEFORE_RE = /\b(?:more than|greater than|higher than|above|over|in excess of|exceeding|less than|fewer than|below|under|mehr als|über|plus de|au-delà de|más de|oltre|mere end|mer enn|mer än|meer dan|więcej niż|více než|viac ako|több mint|mai mult de)\s{0,2}$/i;

/** A concentration basis: "per 100 g:" before the amount, or "per 100 g" right after it. */
export const PER_100_BEFORE_RE = /\b(?:per|pro|je|pour|por|para|in|\/)\s{0,2}100\s{0,2}(?:g|ml|gramm?e?s?)\b\s{0,2}[:=]?\s{0,2}$/i;
export const PER_100_AFTER_RE = /^\s{0,2}(?:\(\s{0,2})?(?:per|pro|je|pour|por|para|in|\/)\s{0,2}100\s{0,2}(?:g|ml)\b/i;
/** "per 5 g serving": the amount right after "per" is the size the values refer to, not a dose. */
export const PER_BASIS_BEFORE_RE = /\b(?:per|pour)\s{1,2}$/i;

/** Counted units right after an amount: ") per 4 capsules", "in 2 tablets", "ogni 2 compresse", "cada 2 cápsulas".
 *  "Cada"/"ogni" open a clause of their own as often as they end the amount's: after a comma, a
 *  bracket, a dash or another count ("Cada cápsula aporta 200 mg de <nutriente>, cada 2 cápsulas 400
 *  mg", "350 mg (1 cápsula) - cada 2 cápsulas de colágeno") they are no count of the amount's units
 *  (read so, the day was halved; review of round 36). The count may stand well after the amount in
 *  its sentence, past a description of the form ("200 mg of highly absorbable elemental magnesium
 *  from a gentle, fully chelated glycinate form in every 2 capsules": a reviewer found the old 30
 *  characters, some 5 to 8 words, too narrow; read per capsule, the day was doubled): up to 100
 *  characters, never past a stop or the next amount. */
/** (and a dose's noun with its "of" before the count: "1000 mg ... in jeder Tagesdosis von 2 Kapseln",
 *  "in each daily dose of 2 capsules", "dans une dose journalière de 2 gélules", "w dziennej porcji 2
 *  kapsułek": read per capsule, the day was doubled; issue 8, round 66; SERVING_OF_WORDS) */
export const PER_COUNT_AFTER_RE = lazy(() => new RegExp(String.raw`^(?:[^.;!?]{0,100}?(?:\b(?:per|in(?:\s{1,3}(?:every|each))?|for every|pro|je|pour|par|por)\s{1,3}|\/\s{0,2}|(?<![${LAT}])(?:${wordsAlt(SERVING_OF_WORDS)})\s{1,3})|[^.;!?,()\[\]\d–—-]{0,30}?\b(?:cada|ogni)\s{1,3})(\d{1,2}|(?:${wordsAlt(COUNT_WORDS_2_TO_6)})(?![${LAT}]))\s{0,3}(\p{L}{2,20})`, 'iu'));
/** A count read through a dose's noun with its "of" (SERVING_OF_WORDS) at the end of the words between an
 *  amount and that count: "..., bei einer Tagesdosis von ", "..., prise de ". */
export const SERVING_OF_TAIL_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(SERVING_OF_WORDS)})\s{0,3}$`, 'iu'));
/** One unit's basis ("per capsule", "par gélule", "cada comprimido", "each tablet"; ONE_UNIT_BASIS_WORDS):
 *  the word after it, a unit or not, in group 1. Global: read with lastIndex over a bounded text. */
export const ONE_UNIT_BASIS_G_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(ONE_UNIT_BASIS_WORDS)})[ \t]{1,2}(?:1[ \t]{1,2})?(\p{L}{3,20})`, 'giu'));
/** A food's powder named by its "of" and the word after it (FOOD_POWDER_WORDS, FOOD_POWDER_OF_WORDS): group 1,
 *  that word ("Porridge à la poudre d'amande" -> "amande"). Global: read with lastIndex over a title. */
export const FOOD_POWDER_G_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(FOOD_POWDER_WORDS)})[ \t]{1,2}(?:${wordsAlt(FOOD_POWDER_OF_WORDS)})[ \t]{0,2}(\p{L}{2,30})`, 'giu'));
/** Counted units as the subject before an amount: "Two capsules daily supply ", "3 tablets provide ",
 *  and in the shops' languages: "2 gélules par jour apportent ", "2 Kapseln täglich liefern ",
 *  "2 kapsułki dziennie dostarczają ". */
export const SUBJECT_COUNT_BEFORE_RE = /(?<![\p{L}\d])(\d{1,2}|two|three|four|five|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)\s{1,3}(\p{L}{2,20})(\s{1,3}(?:daily|a day|per day|each day|every day|täglich|pro tag|par jour|al día|al dia|al giorno|dziennie|denně|per dag|dagelijks|dagligen|pe zi|ao dia|por dia))?\s{1,3}(?:supply|supplies|provide|provides|contain|contains|deliver|delivers|give|gives|yield|yields|liefern|enthalten|apportent|fournissent|contiennent|aportan|proporcionan|contienen|forniscono|apportano|contengono|dostarczają|zawierają|obsahují|dodávají|leveren|bevatten|innehåller|ger|conțin|oferă|fornecem|contêm)\s{1,3}(?:up to\s{1,3}|about\s{1,3}|approximately\s{1,3}|jusqu'à\s{1,3}|environ\s{1,3}|ca\.\s{1,3}|etwa\s{1,3})?$/iu;
/** A serving of counted units as the subject before an amount: "the 2-gummy serving provides ",
 *  "each 3 capsule serving contains ", "a serving of 2 tablets supplies ", "la porción de 2 cápsulas
 *  aporta ", "eine Portion von 2 Kapseln enthält ", "une portion de 2 gélules apporte ". */
export const SERVING_SUBJECT_BEFORE_RE = /(?<![\p{L}\d])(?:(\d{1,2}|two|three|four|five|six)[ \t]{0,2}[-–]?[ \t]{0,2}(\p{L}{2,20})\s{1,3}serving|(?:serving|porción|porcion|portion|porzione)\s{1,3}(?:of|de|von|aus|di)\s{1,3}(\d{1,2}|two|three|four|five|six|dos|tres|cuatro|zwei|drei|vier|deux|trois|quatre|due|tre|quattro)\s{1,3}(\p{L}{2,20}))\s{1,3}(?:supplies|provides|contains|delivers|gives|yields|aporta|proporciona|contiene|enthält|liefert|apporte|contient|fournit|fornisce|apporta)\s{1,3}(?:up to\s{1,3}|about\s{1,3}|approximately\s{1,3}|environ\s{1,3}|etwa\s{1,3}|ca\.\s{1,3})?$/iu;
/** A line headed by counted units: "- Per 3 caplets: Calcium 600 mg · Magnesium 300 mg", "Ingredients
 *  (per 30 drops): ...", "Ingredients per 2 tablets: ...", "Ogni 2 compresse: Magnesio 200 mg"; or
 *  right before its amount with no colon, "• Per 2 tabletten 400 mg magnesium" (issue 8, round 51:
 *  read per one tablet, it doubled the day). */
/** (and the Nordic "pr." for per, a head word of a content's list before it, and a dash closing the
 *  head as a colon does: "Pr. 2 kapsler: Magnesium 300 mg", "Innehåll per 2 kapslar: ...", "Per 2
 *  capsules - Magnesium 300 mg"; issue 8, the leftovers of round 66; PER_HEAD_WORDS, CONTENT_HEAD_WORDS) */
export const PER_COUNT_HEAD_RE = lazy(() => new RegExp(String.raw`^[ \t*•–-]{0,4}(?:(?:ingredients|composition|contents|supplement facts|nutrition facts|zutaten|ingrédients|ingredientes|ingredienti|${wordsAlt(CONTENT_HEAD_WORDS)})[ \t]{0,2})?\(?[ \t]{0,2}(?:per|pro|pour|por|every|each|cada|ogni|${wordsAlt(PER_HEAD_WORDS)})\s{1,2}(\d{1,2})\s{1,3}(\p{L}{3,20})[ \t]{0,2}\)?\s{0,2}(?::|[ \t][–—-][ \t]|(?=\d{1,4}(?:[.,]\d{1,2})?[ \t]{0,2}(?:mg|g|µg|mcg)(?!\p{L})))`, 'iu'));

/** A line that is only a quotation signed with a name ("\u201eDla córki (8 lat) 2 tabletki dziennie.\u201d - Paweł",
 *  "\u201cTwo a day fixed my cramps\u201d \u2014 Dana R.", and with a town after the name, "- Jo, Leeds", review 53):
 *  a customer's words, never the label's directions. */
export const SIGNED_QUOTE_LINE_RE = /^\s{0,4}["\u201c\u201e\u00ab\u2018'][^\n"\u201c\u201d\u00bb]{1,400}["\u201d\u201c\u00bb\u2019']\s{0,3}[-\u2013\u2014]\s{0,3}\p{Lu}[\p{L}.'\u2019-]{0,30}(?:\s\p{Lu}[\p{L}.'\u2019-]{0,30}){0,2}(?:,\s{1,2}\p{Lu}[\p{L}.'\u2019-]{0,30}(?:\s\p{Lu}[\p{L}.'\u2019-]{0,30})?)?\s{0,4}$/u;

/** A first-person sentence (a review, a question): "I take ...", "my ...", and the same in the
 *  shops' other languages ("Ich nehme", "Je prends", "Ik neem", "Lo prendo", "Tomo", "Biorę",
 *  "Stosuję"; not Polish "stosuje się", a leaflet's impersonal "one takes"; Polish past tense in the
 *  first person ends in "-łam"/"-łem": "brałam", "miałem", "kupiłam"; issue 8, round 42; not a noun's
 *  instrumental after its preposition, "z ciałem stałym", "zgodnie z działem": review of round 42), or a review's rating
 *  stars at its head followed by its words ("★★★★☆ Great with ...", or after the reviewer's name: "Petr ★★★★★ „Beru ..."; issue 8, round 26). Stars followed by a figure
 *  ("★★★★★ 4.8 (312 reviews)", "★★★★☆ (1,284)") are the product's rating summary, no review; a word
 *  before the stars is a writer's name only when the review's quote follows them ("Bestseller ★★★★☆
 *  Each capsule provides 200 mg", "Rated ★★★★★ Magnesium 375 mg per tablet" are the product's lines:
 *  review of round 26, each had read a true 375-400 mg as unreadable): the
 *  line's own words decide. ("I" followed by a dot is no pronoun: German "I.E.", international units.) */
export const FIRST_PERSON_RE = /(?:^|[\s"“‘'(«„])(?:I(?=[\s,!?])|I'm|I’m|I've|I’ve|[Mm]y|[Mm]e|[Ii]ch|[Mm]ein(?:e|en|em|er)?|[Jj]e(?= (?:prends|pren[dn]|prenais|suis|trouve))|[Ii]k|[Mm]ijn|[Pp]rendo|[Aa]ssumo|[Tt]omo|[Bb]ior[eę]|[Ss]tosuję|(?<!(?:^|[^\p{L}])(?:[Zz]e?|[Pp]od|[Nn]ad|[Pp]rzed|[Zz]a|[Mm]iędzy|[Pp]oza)\s{1,3})\p{L}{1,14}ł(?:am|em)|[Bb]eru|[Uu]žívám)(?=[\s,.!?])|^[\s]{0,3}(?:\p{Lu}[\p{L}.]{0,20}[ \t]{1,2}[★☆]{3,5}[ \t]{0,3}["“„«‘']|[★☆]{3,5}(?![★☆]|[ \t]{0,3}[(\d]))/u;

/** The shops' other first-person words (data): "Jag tar två påsar", "Wolę magnez ...", anywhere in
 *  the sentence; "Min läkare säger ...", "Nehme zusätzlich ..." only opening it, capitalized. */
export const FIRST_PERSON_EXTRA_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(FIRST_PERSON_WORDS_EXTRA)})(?![${LAT}])`, 'i'));
export const FIRST_PERSON_OPENER_RE = lazy(() => new RegExp(String.raw`^[ \t"“„«‘'(]{0,4}(?:(?:${FIRST_PERSON_OPENERS.map(escapeRe).join('|')})(?=[ \t]{1,2}[a-z\u00DF-\u00FF])|(?:${FIRST_PERSON_PAST_OPENERS.map(escapeRe).join('|')})(?=[ \t]{1,2}\d))`));
/** A line that is only a heading of the page's reviews, perhaps with its count or a colon ("Opinie",
 *  "Bewertungen (87)", "Customer reviews:"), or with its rating in stars or figures ("Reviews (27)
 *  ★★★★☆ 4.4", "Reviews  (38)  4.6 / 5", "Ratings & Reviews  4.1/5 (892)": issue 8, round 52, the
 *  heading not known, a review's "Took two scoops" had widened the label's one scoop a day). */
export const REVIEW_HEADING_LINE_RE = lazy(() => new RegExp(String.raw`^[ \t#*•-]{0,4}(?:${wordsAlt(REVIEW_HEADINGS)})[ \t]{0,2}(?:\(?[ \t]{0,2}\d{1,6}[ \t]{0,2}\)?)?(?:[ \t]{0,3}[★☆(\d][★☆\d.,/() \t]{0,30})?[ \t]{0,2}:?[ \t]{0,4}$`, 'i'));
/** A line that is only a heading of the page's customers' questions and answers ("Questions et
 *  réponses des clients", "Customer questions & answers (12)"). */
export const QA_HEADING_LINE_RE = lazy(() => new RegExp(String.raw`^[ \t#*•-]{0,4}(?:${wordsAlt(QA_HEADINGS)})[ \t]{0,2}(?:\(?[ \t]{0,2}\d{1,6}[ \t]{0,2}\)?)?[ \t]{0,2}:?[ \t]{0,4}$`, 'i'));
/** A question's or an answer's line, its label before a colon ("Réponse : 75 mg ...", "Q: ..."). */
export const QA_LINE_RE = lazy(() => new RegExp(String.raw`^[ \t•*-]{0,4}(?:${wordsAlt(QA_LINE_LABELS)})[ \t]{0,2}:`, 'i'));
/** Rating stars in a line: a review's ("Erik ★★★☆☆ ..."). */
export const RATING_STARS_RE = /[★☆]{3,5}/;
/** What follows another nutrient's name right after an amount when the element is only its companion:
 *  "<calcium> with <magnesium>" (the words from the other nutrient's name on, up to the element's). */
export const COMPANION_TAIL_RE = lazy(() => new RegExp(String.raw`^[ \t]{1,3}(?:${wordsAlt(COMPANION_WORDS)})[ \t]{1,3}$`, 'i'));
/** A reviewer's line marked as a verified buyer's: "Verified purchaser · Dennis", "Verifizierter Kauf". */
export const VERIFIED_BUYER_LINE_RE = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:${wordsAlt(VERIFIED_BUYER_WORDS)})(?![\p{L}])`, 'iu'));
/** A rating in words at the head of a line: "5 out of 5 stars - Works for cramps", "4,0 von 5 Sternen", or
 *  a line that is the rating alone, with no word of stars ("Rated 4.0 out of 5": the review of round
 *  65's rules). */
export const RATING_WORDS_RE = lazy(() => new RegExp(String.raw`^[ \t•*-]{0,4}(?:rated[ \t]{1,2}|bewertet[ \t]{1,2}|note[ \t]{1,2})?[0-5](?:[.,]\d)?[ \t]{1,2}(?:${wordsAlt(RATING_OUT_OF_WORDS)})[ \t]{1,2}5(?:[.,]0)?(?:[ \t]{1,2}(?:${wordsAlt(RATING_STAR_WORDS)})(?![\p{L}])|[ \t]{0,4}$)`, 'iu'));
/** A store's aggregate rating, with its count of reviews: "4,5 de 5   286 opiniones", "4.5 out of 5 (286)",
 *  "4.7 out of 5 stars · 87 reviews": it heads the reviews' block, no single review (round 73: read as no
 *  review's line, it ended the block, and a review's "comprimidos de 300 mg" was read as the dose; the
 *  review of round 73's rules: read as one review's rating, the product's own line after it was lost). */
export const RATING_COUNT_RE = lazy(() => new RegExp(String.raw`^[ \t•*-]{0,4}(?:rated[ \t]{1,2}|bewertet[ \t]{1,2}|note[ \t]{1,2})?[0-5](?:[.,]\d)?[ \t]{1,2}(?:${wordsAlt(RATING_OUT_OF_WORDS)})[ \t]{1,2}5(?:[.,]0)?(?:[ \t]{1,2}(?:${wordsAlt(RATING_STAR_WORDS)})(?![\p{L}]))?[ \t]{0,4}[|·-]?[ \t]{0,3}(?:\([ \t]{0,2}\d[\d.,]{0,8}[ \t]{0,2}(?:(?:${wordsAlt(REVIEW_LIST_WORDS)})(?![\p{L}]))?[ \t]{0,2}\)|\d[\d.,]{0,8}[ \t]{1,2}(?:${wordsAlt(REVIEW_LIST_WORDS)})(?![\p{L}]))[ \t]{0,4}$`, 'iu'));

/** A page's words for its facts panel being a picture ("See Supplement Facts image for ingredient amounts"). */
export const FACTS_IMAGE_CUE_RE = lazy(() => {
  // (or, in any order in one sentence, a word of seeing, a picture's and the facts': round 62)
  const see = String.raw`(?<![${LAT}])(?:${wordsAlt(FACTS_IMAGE_SEE_WORDS)})(?![${LAT}])`;
  const picture = String.raw`(?<![${LAT}])(?:${wordsAlt(FACTS_IMAGE_PICTURE_STEMS)})`;
  const facts = String.raw`(?<![${LAT}])(?:${wordsAlt(FACTS_IMAGE_FACTS_STEMS)})`;
  const gap = '[^.!?\\n]{0,80}?';
  const orders = [[see, picture, facts], [see, facts, picture], [facts, see, picture], [facts, picture, see], [picture, see, facts]].map((o) => o.join(gap));
  return new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(FACTS_IMAGE_CUES)})|${orders.map((o) => `(?:${o})`).join('|')}`, 'i');
});

/** A facts row's name opening with a blend word ("Mezcla de sales de ...", "Blend of ..."). */
export const BLEND_ROW_NAME_RE = lazy(() => new RegExp(String.raw`^[ \t|*•·–-]{0,4}(?:${wordsAlt(BLEND_ROW_WORDS)})(?![${LAT}])`, 'i'));

/** A sentence whose subject is a prescriber's discretion, at its head (perhaps after an FAQ's "A:"):
 *  "A: Your doctor may increase the dose up to 3 tablets daily", "Votre médecin peut augmenter ...",
 *  "Ihr Arzt kann ...": what a doctor may do, not the label's own direction. ("Take 2 tablets daily
 *  or as your doctor advises" opens with the label's order and is none.) */
export const PRESCRIBER_SUBJECT_RE = /^[ \t"“‘'(«„*•-]{0,4}(?:(?:A|R)[ \t]{0,2}[:.][ \t]{0,3})?(?:your|a|the|votre|le|ihr|der|su|el)[ \t]{1,2}(?:doctor|physician|pharmacist|prescriber|practitioner|health[ \t]?care (?:professional|practitioner|provider)|médecin|pharmacien|arzt|ärztin|apotheker|médico|farmacéutico)[ \t]{1,2}(?:may|might|can|could|will|would|peut|pourra|kann|wird|puede|podrá)(?![\p{L}])/iu;

/** A question word opening a sentence ("How much ...", "What ...", "¿Cuánto ...", "Ile ..."), perhaps
 *  after an FAQ's "Q:": an amount after it is asked about, not stated. (Not the yes/no openers,
 *  "Does each capsule contain 300 mg?", "Did you know ...?", "¿Sabías que ...?": they state it.) */
export const QUESTION_WORD_LEAD_RE = /^[ \t"“‘'(«„*•-]{0,4}(?:(?:Q|F|P|V)[ \t]{0,2}[:.][ \t]{0,3})?¿?[ \t]{0,2}(?:how|what|which|why|when|where|who|wie|was|welche[nmrs]?|warum|wieso|wann|comment|combien|quel(?:le)?s?|pourquoi|quand|c[oó]mo|cu[aá]nt[oa]s?|qu[eé]|cu[aá]l(?:es)?|por[ \t]qu[eé]|cu[aá]ndo|come|quanto|quanta|quanti|quale|quali|perch[eé]|quando|hoe|wat|welke|waarom|wanneer|jak|ile|jaki|jaka|jakie|dlaczego|kiedy)(?![\p{L}\d])/iu;

/** Net-contents words: with a weight in grams, the amount is the package's contents ("Pulver 500 g"). */
export const NET_CONTENTS_RE = /\b(?:powder|pulver|poudre|polvo|polvere|inhalt|contenu|contenido|net\s{1,2}(?:wt|weight)|nettogewicht|tub|bag|pouch|jar|dose|beutel|packung|sachet|bulk|tin)\b/i;

/** Words that mark a whole-package amount ("each bottle contains 12 g"). */
export const PACKAGE_CUE_RE = /\b(?:bottle|container|package|pack|jar|tub|bag|pouch|flasche|packung|dose|flacon|boîte|frasco|envase|confezione|barattolo)\b/i;

/** Marks a total over several units ("(200 mg de magnesio elemental total)"). */
export const TOTAL_CUE_RE = /^[^.;()]{0,50}\b(?:total|insgesamt|au total|in totale)\b/i;

/** A facts row naming the total of the rows under it: "Total Magnesium", "Magnesium (total
 *  elemental)", "Magnesium gesamt", "Magnésium total". */
export const TOTAL_NAME_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:total|totale|insgesamt|gesamt|celkem|łącznie|totaal|totalt)(?![${LAT}])`, 'i'));

/** A facts row naming one source of the total above it: "from Magnesium Malate", "as Magnesium Oxide" (an indented sub-row), "aus
 *  Magnesiumcitrat", "provenant du citrate de magnésium". Anchored at the name's start. */
export const SOURCE_NAME_RE = /^[ \t|*•·–-]{0,4}(?:from|as|aus|von|als|provenant d[eu]|issu d[eu]|sous forme de|de|del|da|dal|dalla|como|come|van|uit|från|fra|z|ze)[ \t]/i;

/** A drug label's "Active ingredient (in each level teaspoon)", "Active ingredients (in each 5 mL
 *  teaspoon)": the amounts are per one such unit. Group 1: the unit word. */
/** A drug label's "Active ingredient (in each 15 mL)": a measure of so many mL, no measure named. Group 1: the mL. */
export const ACTIVE_IN_EACH_ML_RE = /\bactive ingredients?[ \t]{0,3}\([ \t]{0,2}(?:in[ \t]{1,2})?each[ \t]{1,3}(\d{1,3})[ \t]{0,2}ml[ \t]{0,2}\)/i;
export const ACTIVE_IN_EACH_RE = /\bactive ingredients?[ \t]{0,3}\([ \t]{0,2}(?:in[ \t]{1,2})?each[ \t]{1,3}(?:level[ \t]{1,2}|rounded[ \t]{1,2}|heaping[ \t]{1,2}|\d{1,2}[ \t]{0,2}ml[ \t]{1,2})?(\p{L}{2,20})/iu;

/** "Serving size: 2 capsules", "Portionsgröße: 2 Kapseln", "Portion: 1 Messlöffel", and a table row
 *  with its cells apart, "Serving Size | 2 Tablets" (a shop's attribute table; issue 8, round 36), and
 *  a mixed number, "Serving Size 1 1/2 Scoops" (review 38: no serving size was read, and directions'
 *  "1 1/2 scoops" then made 1.5 servings a day). */
export const SERVING_SIZE_RE = /(?:serving size|servings? size|portionsgröße|portionsgrösse|tagesportion|verzehrmenge|portion journalière|dose journalière|wielkość porcji|porcja|portie|portion|porción|porção|tamaño de la porción|porzione|dose giornaliera)\s{0,3}[:\-–|]?\s{0,3}(?:(?:de|of|di)\s{1,3})?(\d{1,2}[ \t\u00a0]{1,2}(?:[1-9]\/[2-9]|[½¼¾⅓⅔])(?![\d/])|\d{1,3}(?:[.,/]\d{1,2})?|\d{0,2}[½¼¾⅓⅔]|[\p{L}]{2,8})[ \t]{0,3}([\p{L}-]{1,20}(?:[ \t]{1,2}[\p{L}]{2,20})?)/iu;
/** SERVING_SIZE_RE, every match. */
export const SERVING_SIZE_G_RE = lazy(() => new RegExp(SERVING_SIZE_RE.source, 'giu'));

/** Right after a serving size, its equivalent in another measure in brackets: "2.5 gm (1/2 rounded
 *  tsp)", "1 teaspoon (5 ml)", "3g (1 level teaspoon)". Group 1: the count, 2: the unit. */
export const SERVING_ALT_RE = /^[ \t]{0,2}\([ \t]{0,2}(?:about[ \t]{1,2}|approx\.?[ \t]{0,2}|ca\.?[ \t]{0,2})?(\d{1,3}(?:[.,/]\d{1,2})?|\d{0,2}[½¼¾⅓⅔]|one|two|three|half)[ \t]{0,3}(?:[\p{L}]{2,12}[ \t]{1,2})?([\p{L}]{1,20})/iu;

/** "in each one teaspoon serving" / "per 2 capsule serving". */
export const INLINE_SERVING_RE = /(?:each|per|one|a)\s{1,3}(\d{1,2}|[½¼¾⅓⅔]|one|two|three|half)?[\s-]{0,3}([\p{L}]{2,20})\s{1,3}serving\b/iu;

/** "Each serving (3 tablets)", "per serving of 2 capsules". */
/** A serving stated as what several units hold: "4 Tablets Contain:", "2 capsules provide:", with
 *  its equivalent in another measure in brackets (group 3): "1 mL (approx. 20 drops) contains:".
 *  A fraction is its whole count ("Each 1/2 scoop (5 g) contains:" is half a scoop: its "2" read
 *  alone made the serving 2 scoops and the day a quarter of its dose; issue 8, round 34), and so are
 *  a mixed number and a decimal ("1 1/2 scoops", "1 ½ scoops", "Each 2.5 ml", "2,5 ml enthalten":
 *  read as "1/2", "½" or "5", a serving a third to twice its size; review of round 34). A count word
 *  may carry its figure in brackets, "Two (2) capsules provide:" (issue 8, round 52: not read, the
 *  2-capsule serving was taken per capsule and the day doubled), or a figure its word, "2 (two)
 *  capsules provide:" (review 53: too narrow, the day doubled). */
// (the heading's verb and count words in the shops' languages, COUNT_CONTAIN_VERBS and
// COUNT_CONTAIN_WORDS; and the heading over a column as well as before a colon: "Typical values: Two
// tablets provide / %NRV", "2 Kapseln enthalten | % NRV", the heading alone on its line; issue 8, round
// 61: the "/" column was not read, the 2-tablet serving taken per tablet and the day doubled)
export const COUNT_CONTAIN_RE = lazy(() => new RegExp(String.raw`(?<![\p{L}\d/.,])(\d{1,2}[ \u00a0]\d{1,2}\/\d{1,2}|\d{1,2}(?:[.,]\d{1,2}|\/\d{1,2})?|(?:\d{1,2}[ \u00a0]?)?[½¼¾⅓⅔]|${wordsAlt(COUNT_CONTAIN_WORDS)})(?:[ \t]{1,3}\((?:\d{1,2}|one|two|three|four|five|six)\))?\s{1,3}([\p{L}]{2,20}(?:[ \t]oz)?)(?:[ \t]{0,2}(\([^()\n]{1,40}\)))?\s{1,3}(?:${wordsAlt(COUNT_CONTAIN_VERBS)})(?:\s{0,2}:|(?=[ \t]{0,3}(?:[/|\t]|\r?\n|$)))`, 'iu'));
/** A liquid's measure named by its volume in a sentence of the label: "Each 5 ml spoonful contains
 *  415 mg ...", "each 10 ml measure provides": one serving of that many mL (issue 8, round 42: read
 *  with no serving size, the directions' 10-30 ml took 10 ml for one). Group 1: the count. */
export const EACH_ML_MEASURE_RE = /\beach[ \t]{1,3}(\d{1,2}(?:[.,]\d{1,2})?)[ \t]{0,2}ml[ \t]{1,3}(?:spoonful|spoon|measure|measuring spoon|capful|dose)[ \t]{1,3}(?:contains|provides|supplies|gives)\b/i;
// ("Per serving (5 g, 1 scoop)": the serving's weight before the measure directions count in, issue 8, round 26)
// ("Valeurs nutritionnelles par dose (1 cuillère-mesure, 2 g)": a dose named after "per" is the
// serving; the review of round 72, read with no serving)
export const SERVING_PAREN_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:serving|tagesdosis|tagesportion|portion|daily dose|dose journalière|dosis diaria|dose giornaliera|(?:per|par|pour|pro|por|je)\s{1,2}(?:1\s{1,2})?(?:dose|dosis|prise|dos|portie|annos|einnahme)|${DAILY_DOSE_SRC()})\s{0,2}(?:\(|of\s|de\s|:)\s{0,2}(?:\d{1,4}(?:[.,]\d{1,2})?\s{0,2}(?:g|mg|ml)\s{0,2}[,;/]\s{0,2})?(\d{1,2}|one|two|three|four|five|six)\s{1,3}(\p{L}{2,20}(?:[- ]\p{L}{2,12})?)`, 'iu'));
/** The same with the count first and the daily dose's word in brackets after it: "Ravintosisältö /
 *  3 kapselia (päiväannos)", "Nährwerte je 2 Kapseln (Tagesdosis)", "2 capsules (daily dose)" (issue
 *  8, round 59: read as no serving, the daily amount was taken per capsule). Group 1: the count;
 *  group 2: the unit. */
export const COUNT_THEN_DAILY_DOSE_RE = lazy(() => new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,2}|one|two|three|four|five|six)\s{1,3}([\p{L}]{2,20})\s{0,2}\(\s{0,2}(?:serving|tagesdosis|tagesportion|portion|daily dose|dose journalière|dosis diaria|dose giornaliera|${DAILY_DOSE_SRC()})\s{0,2}\)`, 'iu'));
/** A composition header naming one unit, with no amount of its own: "Medicinal Ingredients (per
 *  tablet):", "Each capsule contains:", "Zusammensetzung pro Kapsel:" (the amounts under it are per unit);
 *  a measure with its fill, its weight and a bracket: "Each level 5 g scoop (included) provides:". */
/** A column's head cell alone on its line, one unit and perhaps its weight in brackets: "Per scoop
 *  (3.5g)", "Pro Kapsel", "Par gélule", "Por cápsula (0,5 g)" (a facts grid of divs puts each cell on
 *  its own line; issue 8, round 61: its serving was read from "half a scoop" in the directions, the
 *  day doubled). Group 1: the unit. */
export const ONE_UNIT_CELL_RE = /^[ \t]{0,4}(?:per|pro|pour|par|por|je|each|cada|chaque)[ \t]{1,2}(?:(?:level|rounded|heaped|heaping|flat)[ \t]{1,2})?(\p{L}{3,20})(?:[ \t]{0,2}\([^()\n]{1,30}\))?[ \t]*$/iu;
/** A share's column head alone on its line: "%NRV*", "% RI", "%DV", "% VNR". */
export const SHARE_HEAD_CELL_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,4}%[ \t]{0,2}(?:${REF_ABBR_SRC()}|dv|daily value|rda)[*†]{0,3}[ \t]*$`, 'i'));
export const ONE_UNIT_HEAD_RE = /^[\p{L} \t-]{0,40}?\(?\b(?:per|pro|pour|par|por|je|each|cada|chaque)[ \t]{1,2}(?:(?:level|rounded|heaped|heaping|flat)[ \t]{1,2})?(?:\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,2}(?:g|ml)[ \t]{1,2})?(\p{L}{3,20})\)?(?:[ \t]{0,2}\([^()\n]{1,30}\))?[ \t]{0,2}(?:contains?|enthält|contient|contiene|provides?|supplies|delivers)?[ \t]{0,2}:[ \t]*$/iu;
/** How full a measure is, between its count and its name: "1 level scoop", "2 heaped teaspoons",
 *  "1 gestrichener Messlöffel" (the serving is the measure, whatever its fill). */
const MEASURE_FILL_SRC = lazy(() => String.raw`(?:level|rounded|heaped|heaping|flat|gestrichene[rn]?|gehäufte[rn]?)[ \t]{1,2}`);

/** A composition header of a measure with its count, a fraction or a half, its fill before or after
 *  the measure's name, its weight in brackets: "Each ½ level teaspoon (1.25 g) contains:", "Per
 *  mezzo misurino:", "Pro ½ gestrichenen Teelöffel (1,25 g):", "Por ½ cucharadita rasa:", "½
 *  gestrichener Teelöffel enthalten:" (a line of its own). Group 1: the lead word, 2: the count, 3:
 *  the measure's words (one to three), 4: the verb. The serving is that much of the measure (issue
 *  8, kind 6: its fill unread, "½ level teaspoon" was no serving, and "1 level teaspoon once a day"
 *  one serving for two). */
export const MEASURE_HEAD_RE = lazy(() => {
  const fill = wordsAlt(MEASURE_FILL_WORDS);
  return new RegExp(String.raw`^[ 	]{0,3}(?:(each|per|pro|pour|par|por|cada|je|ogni|voor|för|na)[ 	]{1,2})?(\d{1,2}(?:[.,]\d{1,2}|\/\d{1,2})?|\d{0,2}[½¼¾⅓⅔]|${wordsAlt(HALF_MEASURE_WORDS)})[ 	]{1,2}(?:(?:${fill})[ 	]{1,2})?(\p{L}[\p{L}-]{1,24}(?:[ 	]{1,2}\p{L}{1,12}){0,2}?)(?:[ 	]{1,2}(?:${fill}))?(?:[ 	]{0,2}\([^()
]{1,30}\))?[ 	]{0,2}(contains?|enthält|enthalten|contient|contiennent|contiene|contienen|provides?|supplies|bevat|innehåller)?[ 	]{0,2}:[ 	]*$`, 'iu');
});

/** Right after an amount, at most two words (the element's name) then "per kilogram": "0,2 mmol
 *  Magnesium je kg Körpergewicht", "5 mg/kg", "6 mg par kg de poids", "per kg body weight". */
export const PER_KG_AFTER_RE = /^[ \t]{0,2}(?:\p{L}{1,20}[ \t]{1,2}){0,2}?(?:\/[ \t]{0,2}|(?:je|pro|per|par|por|pr\.|na|på|al|au)[ \t]{1,2})(?:kg|kilo(?:gram\p{L}{0,3})?)(?![\p{L}\d])/iu;

/** What follows a "per kilogram" that makes it a dose by body weight (or a day's): "je kg
 *  Körpergewicht", "par kg de poids", "per kg body weight", "pro kg KG und Tag", "na kg masy ciała",
 *  "per kg lichaamsgewicht", "/kg/day". A base price ("Grundpreis pro kg 312,29 €", "prix au kilo",
 *  "cena za 1 kg", "prijs per kilo") or a pack ("per kg bag") has none of these words. */
export const PER_KG_BODY_TAIL_RE = /^[ \t]{0,2}(?:[-/:(][ \t]{0,2})?(?:\p{L}{1,6}[ \t]{1,2})?(?:k(?:ö|oe)rpergewicht|kg\b|body[ \t]?weight|bw\b|poids|peso|mas[ay][ \t]{1,2}cia|m\.[ \t]?c\.|lichaamsgewicht|kroppsvikt|kropsv(?:æ|ae)gt|t(?:ě|e)lesn|hmotnost|day\b|daily|tag\b|t(?:ä|a)gl|jour\b|giorno|d(?:í|i)a\b|dzie|dob(?:ę|e)|dag\b|d\b)/iu;

/** A price right after a "per kilogram" ("/kg 19,99 €", "je kg: 312,29 €", "/kg-Preis"): a base
 *  price, never a dose by body weight. */
export const PER_KG_PRICE_TAIL_RE = /^[ \t]{0,2}(?:[-:=][ \t]{0,2})?(?:\d|[€$£]|z(?:ł|l)\b|kr\b|eur\b|chf\b|preis|prix|cena|prijs|price|pris)/iu;

/** A column of one unit with no count or a count of 1, "pro Kapsel", "per capsule", "je Tablette",
 *  "per 1 bustina": read before a column of several ("pro Kapsel / pro 2 Kapseln") or of the daily
 *  dose ("per tablett / per dagsdos (2 tabletter)"), the first column is per one unit. */
export const PER_ONE_UNIT_RE = /(?:^|[\s|/(])(?:pour|per|pro|par|por|cada|je)[ \t]{1,2}(?:1[ \t]{1,2})?(\p{L}{2,20})/giu;

/** A facts header "pour 2 gélules" / "per 2 capsules" / "pro 2 Kapseln" / "Per 1 level scoop" (read
 *  from a facts panel only). */
/** A line heading one unit's row on the same line: "Par gélule : ...", "Per capsule: ...", "Je Kapsel: ...". */
export const ONE_UNIT_ROW_HEAD_G_RE = /^[ \t]{0,3}(?:par|per|pro|pour|por|je|each|chaque|cada|ogni|na)[ \t]{1,2}(?:1[ \t]{1,2})?(\p{L}{2,20})[ \t]{0,3}:/gimu;
/** A per-word that is also a word of directions (AMBIGUOUS_PER_WORDS: "je"), as PANEL_PER_RE's match starts. */
export const AMBIGUOUS_PER_RE = lazy(() => new RegExp(String.raw`^(?:${wordsAlt(AMBIGUOUS_PER_WORDS)})\s`, 'iu'));
/** A composition's head noun at a line's start (or a cell's): "Nährwerte", "Inhaltsstoffe", "Inhalt". */
export const PANEL_HEAD_NOUN_RE = lazy(() => new RegExp(String.raw`^[\s|]{0,3}(?:${wordsAlt([...NUTRITION_HEADINGS, ...PANEL_HEAD_NOUNS])})(?![\p{L}])|${COMPOSITION_HEADING_RE().source.replace(/^\^/, '^[\\s|]{0,3}')}`, 'iu'));
export const PANEL_PER_RE = lazy(() => new RegExp(String.raw`\b(?:pour|per|pro|par|por|cada|ogni|je)\s{1,2}(\d{1,2})\s{1,3}(?:${MEASURE_FILL_SRC()})?([\p{L}]{2,20})`, 'iu'));

/** A facts-table header cell naming the serving: "Składnik | 1 tabletka musująca | % RWS",
 *  "Nutrient | 2 capsules | %NRV", "Typical values | Per 2 tablets | %NRV" (a count, a unit word,
 *  an optional adjective, alone in its cell, perhaps after "per", or "in" / "w": "Składnik | w 2 tabletkach | %RWS"). */
export const HEADER_CELL_SERVING_RE = lazy(() => new RegExp(String.raw`(?:^|\|)[ \t]{0,3}(?:(?:pour|per|pro|par|por|cada|je|na|in|w)[ \t]{1,2})?(\d{1,2})[ \t]{1,3}(?:${MEASURE_FILL_SRC()})?(\p{L}{2,20})(?:[ \t]{1,2}\p{L}{2,20})?[ \t]{0,3}(?=\||$)`, 'iu'));

/** A facts-table header cell naming one measure with no count, or a portion whose measure stands in
 *  its bracket: "Por medida (3 g)", "per scoop", "pro Portion (½ Messlöffel = 1,25 g)". Group 1: the
 *  bracket's count (or half word), 2: its unit words; 3: the lone measure's word (one of it); 4: a
 *  half word, 5: its measure's words. Half a measure in the shops' languages, the portion given as its weight: "per
 *  2,5 g (halve maatschep)", "pro 2 g (halber Messlöffel)", "por 3 g (media medida)", "per mezzo
 *  misurino (2 g)", "per half a scoop" (issue 8, round 60: unread, the half scoop's amount stood for
 *  no serving and the page was unreadable); "Per ½ scoop (2.5 g)", "pro ½ Messlöffel (2 g)" (read as
 *  one scoop, the day halved; a helper session's review of rounds 59-61). */
export const HEADER_CELL_MEASURE_RE = lazy(() => {
  const half = wordsAlt(HALF_MEASURE_WORDS);
  const fill = MEASURE_FILL_SRC();
  return new RegExp(String.raw`^[ \t]{0,3}(?:pour|per|pro|par|por|cada|je|voor|för|na|w|für|each|chaque|ogni|elke)[ \t]{1,2}(?:(?:portion|serving|porción|porção|porzione|dose|portie|porcja|porce|\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,2}(?:g|ml))[ \t]{0,2}\([ \t]{0,2}(\d{0,2}[½¼¾]|\d{1,2}|${half})[ \t]{1,3}(?:a[ \t]{1,2})?(?:${fill})?(\p{L}{2,20}(?:[ \t]{1,2}\p{L}{2,12})?)[^()|\n]{0,20}\)|(?:1[ \t]{1,2})?(?!(?:${half})(?!\p{L}))(\p{L}{3,20}(?:[ \t]{1,2}\p{L}{1,2}[ \t]{1,2}\p{L}{3,12})?)(?:[ \t]{0,2}\([^()|\n]{1,20}\))?|(${half}|½)[ \t]{0,3}(?:a[ \t]{1,2})?(?:${fill})?(\p{L}{2,20}(?:[ \t]{1,2}\p{L}{2,12})?)(?:[ \t]{0,2}\([^()|\n]{1,20}\))?)[ \t]{0,3}$`, 'iu');
});

/** A composition header saying what some units contain: "Zawartość w 2 kapsułkach (porcja
 *  dzienna)", "Obsah v 1 tabletě", "Gehalt in 2 Kapseln", "Content per 2 capsules", "Amount in 2
 *  capsules (daily intake)" (round 54: unread, the amount was taken per capsule and "two capsules"
 *  doubled the day), "Quantidade por 3 comprimidos (toma diária)" (round 55: one tablet at each of
 *  three meals read as three servings of the 3-tablet amount) (a cell or a line of its own, perhaps
 *  with a bracket and a colon). Group 1: the count, 2: the unit word. */
export const CONTENT_IN_HEAD_RE = /^[ \t]{0,3}(?:amounts?|quantity|quantidade|quantità|cantidad|quantité|menge|hoeveelheid|ilość|množství|zawartość|obsah|inhalt|gehalt|contents?|contenu|contenuto|contenido|conteúdo|inhoud|innehåll|indhold)[ \t]{1,2}(?:w|we|v|ve|in|im|pro|je|per|pour|par|dans|en|em|por|na|i)[ \t]{1,2}(\d{1,2})[ \t]{1,3}(\p{L}{2,20})(?:[ \t]{0,2}\([^()|\n]{1,40}\))?[ \t]{0,2}:?[ \t]*$/iu;

/** A table row's first cell naming a dose or a serving ("Recommended daily intake", "Dosage",
 *  "Daily dose", "Serving", "Dawka dzienna"): the row states a dose, it heads no column. */
export const DOSE_CELL_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:(?:recommended |daily )?intake|serving(?: size)?|servings|dose|dosage|dosis|dosierung|posologie|posologia|dawka|dawkowanie|porcja|portion|porción|porzione|verzehrmenge|tagesportion|tagesdosis)(?![${LAT}])|${DAILY_HEADER_RE().source}`, 'i'));

/** "Servings per container: 30", "about 60 servings", "232 servings" (a whole number: never the end of
 *  a longer one, a product number's last digits before a line "Servings: 30"). */
export const SERVINGS_PER_CONTAINER_RE = /(?:servings per (?:container|bottle|package)|portionen pro (?:packung|dose|flasche)|portions par (?:boîte|flacon)|porciones por envase)\s{0,3}[:\-–]?\s{0,3}(?:about|approx\.?|ca\.?|environ|aprox\.?)?\s{0,3}(\d{1,4})/i;
export const SERVINGS_COUNT_RE = /(?<![\d.,])(\d{1,4})\s{0,3}['"‘’“”]?servings['"‘’“”]?\s{0,3}(?:per\s{1,3}(?:container|bottle|package|jar|bag|pouch)\b)?/i;

/** Sentence splitter for directions and prose: end punctuation then space, or a line break.
 *  (A period after a lone lower-case letter, or after a letter that follows one, closes an
 *  abbreviation, not a sentence: "Bei Bedarf (z. B. bei sportlicher Belastung) zusätzlich 1 Kapsel",
 *  "d. h.", "e. g.": split there, the extra dose lost the dose before it and the day its most;
 *  issue 8, round 41.
 *  Unless a capitalised word follows that is no letter of the abbreviation: "at 9 p.m. Children
 *  6-12: 1 capsule", "with vitamin k. Children 1 capsule" end there, or the children's dose was
 *  read as the adults' second one; review 41) */
/*  (nor a measure's abbreviation before a word in lower case: "Mix 1 scoop in 4-8 oz. of water 1 to 2
 *  times daily", "2 tsp. in water twice a day": split there, the dose lost its frequency and the day
 *  was read as none; issue 8, round 59. "in 8 oz. Drink at once." still ends there.) */
export const SENTENCE_SPLIT_RE = /(?<=[.!?;])(?<!(?:^|[\s(])[a-z]\.)(?<!(?:^|[\s(])[a-z]\.\s{0,2}[a-zA-Z]\.)(?!(?<=[\s\d](?:oz|fl|ml|cl|dl|tsp|tbsp|tbs|lbs?|qt|pt|gr)\.)\s{1,10}[a-zà-öø-ÿ])\s{1,10}(?=[^\s\d])|(?<=(?:^|[\s(])[a-z]\.(?:\s{0,2}[a-zA-Z]\.)?)\s{1,10}(?=[A-ZÀ-ÖØ-Þ](?!\.))|\n+|\s[•■]\s/;

/** Tokenizer for directions. */
export const TOKEN_RE = /\d{0,2}[½¼¾⅓⅔]|\d{1,4}(?:[.,]\d{1,2})?(?:\/\d{1,2})?|[\p{L}][\p{L}'’®.-]{0,30}|[()–—\-/:,×]/giu;

/** An age group heading directions: the adults' ("Adults:", "Erwachsene und Jugendliche ab 12
 *  Jahren:", "Vuxna:"), or children's ("Children 4-8 years:", "Barn 4–12 år:"). */
export const AGE_ADULT_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt([...AGE_GROUP_WORDS.adult, ...AGE_GROUP_WORDS.adultAge])})(?![${LAT}])`, 'i'));
/** The adults named as such ("Adults", "Erwachsene"), not only by an age ("ab 12 Jahren"). */
export const AGE_ADULT_NOUN_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(AGE_GROUP_WORDS.adult)})(?![${LAT}])`, 'i'));
export const AGE_CHILD_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(AGE_GROUP_WORDS.child)})(?![${LAT}])`, 'i'));
/** An amount's own age group right after it: "65 mg for children 1-3", "110 mg for ages 4-8", "pour
 *  les enfants", "für kleine Kinder" (one short word may stand between); the group's first figure is
 *  group 1. */
export const CHILD_AMOUNT_AFTER_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(?:${wordsAlt(AGE_AMOUNT_LEAD_WORDS)})[ \t]{1,3}(?:[${LAT}]{1,7}[ \t]{1,3})?(?:${wordsAlt(AGE_GROUP_WORDS.child)})(?![${LAT}])[ \t:(]{0,4}(?:(\d{1,2})([ \t]{0,2}[-–]|))?`, 'i'));

/** A drug label's own note that its doses are a day's ("dose may be taken once a day", "as a single
 *  daily dose or in divided doses"). */
// (also "once daily", and "take at bedtime or in divided doses"; the review of round 72)
// (by its parts, a clause between them: "dose may be taken preferably at bedtime, or in divided doses",
// "take as a single daily dose, preferably at bedtime, or in divided doses"; and in German, "Die Tagesdosis
// kann auf einmal ... oder ... verteilt eingenommen werden"; the review of round 73's rules)
export const DAY_DOSE_NOTE_RE = /\b(?:(?:dose may be taken|single (?:daily )?dose|taken? (?:as a single dose|at bedtime))[^.\n]{0,60}?\bin divided doses|dose may be taken once (?:a day|daily)|die tagesdosis kann [^.\n]{0,80}?\bverteilt)\b/i;
/** A drug label that gives its doses per day: its note, or a ceiling's words ("the maximum
 *  recommended daily dose in a 24 hour period"). */
export const DAY_DOSES_RE = new RegExp(String.raw`${DAY_DOSE_NOTE_RE.source}|\b(?:maximum (?:recommended )?daily dose|in a 24[- ]hour period)\b`, 'i');

/** Ceiling sentences: "do not exceed 4 capsules", "no more than". An age is no ceiling: "Adultes et
 *  enfants de plus de 12 ans : 1 à 2 comprimés par jour" is a dose (issue 8, round 35). */
// (a word that opens with a letter past ASCII, "überschreiten", is bounded by letters, never by
// \b: an ASCII \b never stands before "ü", so "nicht überschreiten" was no ceiling; issue 8)
// (and the words of other shops' languages, data: CEILING_WORDS_EXTRA, "ne uzimati više od")
/** A pack's supply counted in days or months, the duration before the supply word ("60-day supply")
 *  or a few words after it ("Reicht für 60 Tage", "réserve de 2 mois"): what follows it is the
 *  basis of that count, never a direction (issue 8, round 59). */
export const SUPPLY_RE = lazy(() => {
  const dur = String.raw`(?:\d{1,3}|one|two|three|four|six|twelve)[- \t]{1,2}(?:${wordsAlt(SUPPLY_DURATION_WORDS)})`;
  const sup = String.raw`(?:${wordsAlt(SUPPLY_WORDS)})`;
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${dur}[ \t]{1,2}${sup}|${sup}(?:[ \t]{1,3}[\p{L}']{1,12}){0,3}[ \t]{1,3}${dur})(?![\p{L}\d])`, 'iu');
});

/** A clause that opens with another supply's basis, its count of days a word or two in ("or 45 days
 *  at 2 tablets daily", "oder 45 Tage bei 2 Tabletten täglich"): after a supply's basis, no direction
 *  (a helper session's review of round 62: read as a second dose, the day's most doubled). */
export const SUPPLY_BASIS_AGAIN_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(?:[\p{L}]{1,8}[ \t]{1,3}){0,2}(?:\d{1,3}|one|two|three|four|six|twelve)[- \t]{1,2}(?:${wordsAlt(SUPPLY_DURATION_WORDS)})(?![\p{L}\d])`, 'iu'));

/** A ceiling's exception, from its word to the end: "…, unless advised by your physician", "…
 *  sofern nicht anders verordnet" (issue 8, round 59). */
export const CEILING_UNLESS_RE = lazy(() => new RegExp(String.raw`[,;]?\s(?:${wordsAlt(CEILING_UNLESS_WORDS)})\s[^]*$`, 'iu'));

export const CEILING_RE = lazy(() => new RegExp(String.raw`\b(?:exceed|exceder|dépasser|superare|more than|at most|maximum|höchstens|mehr als|plus de|más de|max\.)\b(?![ \t]{0,2}\d{1,2}[ \t]{0,2}(?:ans|years|jahre|jahren|años|anni|anos)\b)|(?<![\p{L}\d])überschreiten(?![\p{L}\d])|\bno exceder\b|(?<![\p{L}\d])(?:${wordsAlt(CEILING_WORDS_EXTRA)})(?![\p{L}\d])`, 'iu'));

/** A sentence that forbids or negates ("Do not take 2 more capsules", "Never ...", "nicht", "ne ... pas",
 *  "no", "non", "nie"): what it counts is no dose on top of the one before (review 41). */
export const NEGATION_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:not|never|don't|nicht|nie|niemals|kein|keine|ne|pas|jamais|no|nunca|non|mai)(?![${LAT}'’])`, 'i'));

/** The words that may stand before a directions heading when a page quotes a product's label
 *  ("Label directions:", "The label's suggested use:"). */
export const LABEL_QUOTE_LEAD_RE = /^[ \t]{0,3}(?:(?:the[ \t]{1,2})?label(?:'s|’s)?|on[ \t]{1,2}the[ \t]{1,2}label)[ \t]{1,2}/i;

/** Headings of a directions block ("Suggested use", "Verzehrempfehlung", "Sposób użycia"). */
export const DIRECTIONS_HEADING_RE = lazy(() => new RegExp(String.raw`^(?:suggested use|suggested usage|directions(?: for use)?|how to use|how to take|recommended use|recommended dose|dosage|usage|use instructions|verzehrempfehlung|anwendung|dosierung|mode d'emploi|conseils d'utilisation|utilisation|modo de empleo|modo de uso|dosis|modo d'uso|posologia|gebrauchsanweisung|anwendungshinweise?|einnahmeempfehlung|indicazioni|istruzioni|modalità d'uso|consigli d'uso|instrucciones|posologie|conseils d'emploi)\b|^(?:${wordsAlt(DIRECTIONS_HEADINGS_EXTRA)})(?![${LAT}])`, 'i'));

/** A heading of the product's own specifications or details (a table of its count, form and
 *  directions): "Specifications", "Product details", "Technische Daten". A bare "Details" or
 *  "Information" is not one: shipping, questions or another product's details stand under it. */
export const SPECIFICATIONS_HEADING_RE = /^(?:(?:product )?(?:specifications|specs)|product (?:details|information)|product info|produktdetails|produktinformationen|technische daten|caractéristiques|fiche technique|especificaciones|características|specifiche|caratteristiche|specificaties|productinformatie)(?![\p{L}])/iu;

/** Page-kind cues in URLs. ("/s/<id>/<slug>" is a price-comparison site's product page, not a search like
 *  "/s?k=": issue 8, round 58, a magnesium oil read absent where unreadable.) */
export const URL_SEARCH_RE = /(?:^|\/)(?:search|s(?!\/\d{4,}\/)|catalogsearch|suche|recherche|buscar|cerca)(?:\/|$|\?)|[?&](?:q|k|query|search|searchterm|text|kw)=/;
export const URL_CART_RE = /(?:^|\/)(?:cart|basket|checkout|warenkorb|panier|carrito|carrello)(?:\/|$|\?)/;
export const URL_ARTICLE_RE = /(?:^|\/)(?:blog|blogs|articles?(?:[-_](?:detail|view|page))?|news|magazine|wiki|guides?|learn|health-hub|ratgeber|raad-og-viden|rad-og-viden|raad-og-tips|rad-og-tips|journal|actu|actualites|actualités|notizie|noticias|nieuws|posts?|monographs?)(?:\/|$)|\/pages\/(?:about|about-us|our-story|story|our-mission|mission|team|press|faq)(?:\/|$)/;
/** A pharmacy's advice section ("/tips-och-rad/", "/advies/", "/conseils/", "/consigli/", "/poradnik/",
 *  "/dicas/" ...; round 60): an article only where the page sells nothing (kindFromUrl's `sells`, as
 *  URL_DRUG_INFO_RE): a shop's product lives under the same words too ("/advies/<product>-90-tabletten",
 *  price and buy button; a helper session's review of rounds 59-61: six such products read absent).
 *  "artikel", "artikelen", "artiklar" are a shop's word for its item and a magazine's for its article
 *  alike: the same rule (a helper session's review of round 62: a magazine's article read as a product). */
/** A shop's item number after an "article" path ("/artikel/87654321/magnesium-400-kapseln"): an
 *  item of its range, never an editorial article (the review of rounds 63-64: an out-of-stock
 *  product, no price nor cart button, read as an article, absent). */
export const URL_ITEM_NUMBER_RE = /\/(?:artikel|artikelen|artiklar)\/\d{4,}(?:[/.-]|$)/;
export const URL_ADVICE_RE = /(?:^|\/)(?:tips-och-rad|rad-och-tips|tips-og-rad|tips-en-advies|advies|gezondheidsadvies|conseils?|conseils-sante|consejos|consigli|porady|poradnik|dicas|gesundheitswissen|artikel|artikelen|artiklar)(?:\/|$)/;
/** A pharmacy's "/generics/<drug>" page: the drug's information, its uses and professionals' doses,
 *  the brands containing it; it sells none: an article, like a monograph (issue 8, round 39). A
 *  generics shop's product lives under the same word: a slug naming a strength or a pack
 *  ("/generics/<compound>-200mg-100-tablets") is none, and a page under it with a buy button is read
 *  by its content (kindFromUrl's `sells`; review 39: such a product had read absent). */
export const URL_DRUG_INFO_RE = /(?:^|\/)generics?(?:\/(?![^?#]*?(?:\d-?(?:mg|mcg|µg|g|ml|iu)(?![a-z])|(?<![a-z])(?:tablets?|capsules?|caps|tabs|softgels?|gummies|chewables?|powder|count|pack|ct)(?![a-z])))|$)/;
/** An address whose last part is a question or speaks to the reader ("/how-much-magnesium-does-calm-have",
 *  "/when-should-you-take-...", "...-what-youre-probably-missing"): an article, never a product's name.
 *  ("/how-to-use-..." is a product's own directions page, not a question; a brand named "You ..."
 *  is no reader addressed: only "what you", "you need" and the like count.) */
export const URL_QUESTION_SLUG_RE = /(?:^|\/)(?:how-(?:much|many|long|often|does|do|is|are|can|should)|what|when|why|which|who|does|should|can-(?:you|i)|is-it|are-there)-[^/]{0,160}(?:\/)?$|(?:^|[-/])(?:what|should|can|do|did|will|would|could|how)-(?:you|your|youre)(?:[-/]|$)|(?:^|[-/])you(?:re)?-(?:need|should|know|must|probably|might|can|will|may)(?:[-/]|$)/;
/** A category's address: its word, its slug, and an id of its own after it, a Target-style "/-/N-5xu0q"
 *  or a number ("/c/magnesium-supplements/-/N-5xu0q", "/category/magnesium/10432"; issue 8, round 65: a
 *  category page read as its first card's product; Swedish, Danish and Polish "/kategori/<slug>/1043",
 *  "/kategoria/...": the review of round 65's rules). */
export const URL_CATEGORY_RE = /(?:^|\/)(?:c|category|categories|collections|browse|b|shop-by|kategorie|categorie|categoria|kategori|kategoria|kategorier|department|brands?)\/[^/]{1,120}(?:\/-\/[^/]{1,60}|\/\d{2,12})?\/?$|\/product-category\//;
export const URL_PRODUCT_RE = /(?:^|\/)(?:pr|dp|ip|p|products?|product[-_]details?|product-page|produkt|produits?|productos?|prodotti|prodotto|item|gp\/product)\/|[-_.]p(?:rod)?\d{3,}|\.product\.\d+\.html|[?&](?:products_id|product_id|pid)=/;

/** A price in page text: a currency's sign before its number, or its sign or word after it
 *  ("$19.99", "€ 8,35", "15,79 €", "44,90 lei"). */
export const PRICE_CUE_RE = lazy(() => new RegExp(String.raw`[$€£₩][ \t]?\d|\d[ \t]?(?:€|£|${CURRENCY_SRC()})(?![${LAT}])`, 'i'));

/** A footnote naming the EU reference a label's percentages are of: "*NRV: táplálkozási
 *  referenciaérték", "* RI = reference intake", "**VNR: valeurs nutritionnelles de référence".
 *  A page with one states its bare "80%*" of the EU NRV, not of the US Daily Value (round 35). */
/** A US label's Daily Value named on the page ("% Daily Value", "80% DV", "Daily Values are based
 *  on"): its bare percentages are of the US Daily Value, whatever an "*NRV:" footnote for EU buyers
 *  says (review 35: a US facts table's "80%*" read as 300 mg of the EU NRV, not 336 mg). */
export const DAILY_VALUE_NAMED_RE = /\bdaily values?\b|%[ \t]{0,2}DV\b|\bDV\b[ \t]{0,2}%/i;

/** A medicine's reference entry names itself: its regulator's document ("ficha técnica", "summary of
 *  product characteristics", "drug monograph") or its ATC code ("Código ATC A12CC06"). A shop's page of
 *  a medicine whose price and buy button are drawn by script, or that is out of stock, has neither
 *  (review 35: such a page, its schema.org Drug without offers, was read as an article: absent). */
export const REFERENCE_ENTRY_RE = /\b(?:ficha técnica|ficha tecnica|summary of product characteristics|résumé des caractéristiques du produit|riassunto delle caratteristiche del prodotto|samenvatting van de productkenmerken|charakterystyka produktu leczniczego|souhrn údajů o přípravku|drug monograph|monografía|monographie|monografia|monograph)\b|\bATC\b[^\n]{0,24}?\b[A-V]\d{2}[A-Z]{2}\d{2}\b/i;

export const EU_REFERENCE_FOOTNOTE_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}[*†¹²³]{1,3}[ \t]{0,2}(?:nrv|${REF_ABBR_SRC()})[ \t]{0,2}[:=–-]`, 'im'));

/** Article cues in page text. */
export const ARTICLE_CUE_RE = /👉|\bsee also\b|\bread more\b|\bper approfondire\b|\bleggi anche\b|\blire aussi\b|\bweiterlesen\b|\blee también\b|\bposted (?:on|by)\b|\bmin read\b|\bwritten by\b/i;
/** A label's standard caution, which speaks to the reader on any product page ("consult your
 *  healthcare professional", "if you are pregnant"): not counted as an article's voice. */
export const CAUTION_YOU_G_RE = /\b(?:your|you)[ \t]{1,2}(?:doctor|physician|pharmacist|healthcare|health care|medical|practitioner)\b|\bif you (?:are|have|take|experience)\b/gi;
export const PRONOUN_RE = /\b(?:i|i'm|i’m|i've|i’ve|my|you|your|you're|you’re|you'll|we've)\b/gi;
export const COMMERCE_CUE_RE = lazy(() => new RegExp(String.raw`\b(?:add to (?:cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito|regular price|sale price|in stock|out of stock|buy now|suggested use|directions|serving size|supplement facts|verzehrempfehlung|recommended dose|recommended dosage|how to take|to use|dosierung|mode d'emploi|modo de empleo|posologie)\b|[$€£₩]\s?\d|\d[ \t]?(?:${CURRENCY_SRC()})(?![${LAT}])|(?<![${LAT}])(?:${CART_SRC()})(?![${LAT}])`, 'i'));

/** An article's author markers: a byline, "Medically reviewed by", "Updated <date>". A shop's page of
 *  one product may carry them too (a pharmacist's note, its update date), so its shop cues outweigh
 *  them (page-kind.ts). Each counts once with ARTICLE_MARKER_RES. */
/** Words as alternatives, each word's first letter in either case, the rest as written (lower
 *  case): for a pattern whose other parts test capitals. */
function capsAlt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => `[${escapeRe(w[0]!.toUpperCase())}${escapeRe(w[0]!)}]${escapeRe(w.slice(1))}`).join('|');
}

export const AUTHOR_MARKER_RES = lazy((): readonly RegExp[] => [
  // byline: "By Rachel Moore, MS, RD ·", "Written by Jane Doe"
  // (or an author's label: "Autor: mgr farm. Joanna Wierzbicka ·", "Auteure : ...")
  // (or a byline naming the author's role first, in the shops' languages: "Av apotekare Linnea Berg |",
  // "Door apotheker Sanne de Vries ·"; its lead word and role are data, their first letter either case; round 60)
  new RegExp(String.raw`^(?:[Ww]ritten by|[Rr]eviewed by|[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)[ \t]{1,3}\p{Lu}[\p{L}.'-]{1,20}(?:[ \t]{1,2}\p{Lu}[\p{L}.'-]{0,20}){1,3}[ \t]{0,2}(?:,|·|\||—|–|$)|^(?:[Aa]uthor|[Aa]utor|[Aa]utorka|[Aa]uteure?|[Aa]utore|[Aa]utrice|[Aa]uteur)[ \t]{0,2}:[ \t]{0,3}[\p{L}.' -]{3,60}\p{Lu}[\p{L}.'-]{1,20}[ \t]{0,2}(?:,|·|\||—|–|$)|^[ \t]{0,3}(?:${capsAlt(BYLINE_LEAD_WORDS)})[ \t]{1,3}(?:${capsAlt(BYLINE_ROLE_WORDS)})[ \t]{1,3}\p{Lu}[\p{L}.'-]{1,20}(?:[ \t]{1,2}(?:\p{Lu}[\p{L}.'-]{0,20}|van|de|der|den|von|da|di|del|la|le)){1,4}[ \t]{0,2}(?:,|·|\||—|–|$)`, 'mu'),
  // (and a pharmacist's review in the Nordic shops: "Faglig kvalitetssikret av farmasøyt")
  /\b(?:medically reviewed|fact[- ]checked|expert reviewed|reviewed by (?:dr|a registered|our)|faglig kvalitetssikret|fagligt gennemgået|faktagranskad)\b/i,
  // (and in the languages of the data's UPDATED_WORDS_EXTRA: "Päivitetty 8.1.2024", "Dernière mise à jour : 02/04/2025")
  new RegExp(String.raw`\b(?:updated|last updated|published|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret|aktualizacja|zaktualizowano|opublikowano|${wordsAlt(UPDATED_WORDS_EXTRA)})[ \t]{0,2}(?:on|am|le|el|il|op|den)?[ \t]{0,2}:?[ \t]{0,3}(?:\d{1,2}[./ -]\d{1,2}|\d{1,2}\.?[ \t]{1,2}(?:de[ \t]{1,2})?\p{L}{3,9}[ \t]{1,2}(?:de[ \t]{1,2})?20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?[ \t]{1,2}\d{1,2})`, 'iu'),
]);

/** A question as a headline: "How Much Magnesium Should You Take?", "What is magnesium glycinate?"
 *  (and in the shops' languages: "Wie viel Magnesium brauche ich?", "Combien de magnésium ... ?").
 *  An article marker, but a shop's page of one product carries them too, as its FAQ's headings
 *  ("Why buffered glycinate?"), so it counts with AUTHOR_MARKER_RES (page-kind.ts). */
export const QUESTION_HEADING_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(?:how|what|when|why|which|who|should|can|does|do|is|are|wie viel|wieviel|was ist|warum|wann|welches|welche|combien|comment|pourquoi|quel|quelle|quand|cuánto|cuánta|cuál|qué|por qué|cuándo|quanto|quanta|qual|perché|quando|hoeveel|wat is|waarom|wanneer|hur mycket|vad är|varför|hva|hvad|hvor mye|hvor meget|hvorfor|hvordan|trenger du|har du brug for|ile|jaki|jaka|czy|kolik|jaký|proč|${wordsAlt(QUESTION_WORDS_EXTRA)})(?![${LAT}])[^\n?]{5,110}\?[ \t]{0,3}$`, 'im'));

/** Article markers in page text; each counts once, and two together make an editorial page
 *  (a store page may show one: a "By NOW Foods" brand line, an "Updated" review date). */
export const ARTICLE_MARKER_RES: readonly RegExp[] = [
  // a guide: "A Complete Guide", "The Ultimate Guide to ...", "Everything you need to know"
  /\b(?:a|the|complete|ultimate|beginner'?s|definitive)[ \t]{1,2}guide\b|\beverything you need to know\b/i,
  // an article's reading time: "Reading time: 7 min", "5 min read", "Czas czytania: 7 min"
  // ("Lectura: 9 minutos", "Leitura: 5 min": the word for reading with its minutes)
  // (and the minutes before the word: "4 min. læsning", "5 min lezen", "3 min. läsning"; round 35)
  /\b(?:reading time|min read|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|lästid|læsetid|lesetid|czas czytania|doba čtení)\b|\b(?:lectura|leitura|lettura|lecture)[ \t]{0,2}:[ \t]{0,2}\d{1,2}[ \t]{0,2}min|\b\d{1,2}[ \t]{0,2}min\.?[ \t]{1,2}(?:læsning|lesning|läsning|lezen|leestijd|lesing|czytania)(?![a-zà-ÿ])/i,
  /\b(?:may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)|affiliate (?:links?|commissions?)|earn from qualifying purchases)\b/i,
  /\b(?:how we (?:tested|chose|picked|selected|evaluated|researched)|our top picks|our methodology|why trust us|our expert take)\b/i,
  // a drug monograph: doses by indication and age for the substance, not one product's label
  /\b(?:usual (?:adult|pediatric|paediatric|geriatric) dose|dosage forms and strengths|renal dose adjustments?|dosing by indication|pediatric dosing|posologie usuelle|übliche dosierung)\b/i,
  // a brand's own pages: its story, its team, its press
  // (not the first link of a shop's footer row, "Over ons | Contact | Privacybeleid": every shop's
  // page of one product ends in one; issue 8, round 35)
  /^[ \t]{0,3}(?:our story|about us|our mission|our team|meet the team|as featured in|über uns|notre histoire|qui sommes-nous|chi siamo|sobre nosotros|over ons|om oss)\b(?![ \t]{0,3}[|·•])/im,
];
/** A recipe: its times and its kitchen measures of food ("Prep time: 10 minutes", "2 cups spinach").
 *  Both together make a page a recipe, never a product's label. */
export const RECIPE_TIME_RE = lazy(() => new RegExp(String.raw`\b(?:prep(?:aration)?|cook(?:ing)?|total|bake|baking)[ \t]{1,2}time\b|\bzubereitungszeit\b|\btemps de (?:préparation|cuisson)\b|\btiempo de (?:preparación|cocción)\b|(?<![${LAT}])(?:${wordsAlt(RECIPE_TIME_WORDS)})[ \t]{0,2}:[ \t]{0,3}\d{1,3}[ \t]{0,2}min`, 'iu'));
/** Reference-intake words glossed by the product's share in brackets right after them: "de helft van
 *  de referentie-inname (50% RI)", "la moitié de l'apport de référence (50 % VNR)". The words name
 *  what the percentage is of: they state the product's share, no reference value (issue 8, round
 *  47: a Dutch page's one-tablet "50% RI" was rejected as a reference value, unreadable). */
export const GLOSSED_REFERENCE_RE = lazy(() => new RegExp(String.raw`(?:[\p{L}-]{1,30}[ \t]{1,2})?[\p{L}-]{1,30}[ \t]{0,3}\([ \t]{0,3}\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,2}%[^()\n]{0,40}\)`, 'gu'));
/** A table cell that holds only a reference share: "80%", "47 % NRV*", "(50%)", its mark the US ones
 *  or the data's European ones. (Not a dash: "Magnesium je Kapsel | – | 150 mg | 100 mg" is a
 *  comparison's row whose first column is empty.) */
export const SHARE_CELL_RE = lazy(() => new RegExp(String.raw`^\s{0,3}\(?\s{0,2}[<~]?\d{1,4}(?:[.,]\d{1,2})?\s{0,2}%\s{0,2}(?:dv|rda|rdi|${REF_ABBR_SRC()})?\s{0,2}\)?\s{0,3}[*†]{0,2}\s{0,3}$`, 'i'));

/** A European reference intake's abbreviation (the data's REFERENCE_INTAKE_ABBREVIATIONS: "RI",
 *  "VNR", "RWS"): a percentage marked so is of the EU NRV (issue 8, round 47: "50% RI" was read
 *  against the US daily value). */
export const EU_REFERENCE_ABBR_RE = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:${wordsAlt(REFERENCE_INTAKE_ABBREVIATIONS)})(?![\p{L}])`, 'iu'));
/** A drug monograph's section heading, alone on its line ("Contre-indications", "Effets indésirables"). */
// (a heading may carry a gloss in brackets: "Dawkowanie (typowe w preparatach dostępnych w Polsce)"; round 62)
export const MONOGRAPH_HEADING_G_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(${wordsAlt(MONOGRAPH_HEADINGS)})(?:[ \t]{0,2}\([^()\n]{1,60}\))?[ \t]{0,2}:?[ \t]{0,3}$`, 'gimu'));
export const RECIPE_FOOD_RE = /\b\d{1,2}(?:\/\d)?[ \t]{1,2}(?:cups?|tbsp|tablespoons?)[ \t]{1,2}(?:of[ \t]{1,2})?(?!water|liquid|juice)[a-z]{3,}|\brecipes?\b|\brezepte?\b|\brecettes?\b|\brecetas?\b|\bricett[ae]\b/i;

/** A "The 9 Best Magnesium Supplements of 2026" heading: a line starting with "best" (tested per
 *  line, anchored) that also names a year (YEAR_RE). */
export const BEST_HEADING_RE = /^(?:the[ \t]{1,2}|our[ \t]{1,2})?(?:\d{1,2}[ \t]{1,2})?best\b/i;
export const YEAR_RE = /\b(?:of|in|for)[ \t]{1,2}20\d\d\b/i;

/** A comparison line: "Best Overall: Thorne Magnesium Bisglycinate — 200 mg per scoop" (an optional
 *  short label and colon, a product name, a dash, the amount). Group 1: the name, 2: the amount. */
export const COMPARISON_LINE_RE = /^(?:[^:|\n]{1,40}:[ \t]{1,3})?([^:|\n—–]{3,80}?)[ \t]{1,3}(?:—|–|-)[ \t]{1,3}(\d{1,5}(?:[.,]\d{1,3})?[ \t]{0,2}(?:mg|mcg|µg|g))\b/u;
/** A capitalised word (a brand) at the start of a product name's part before the nutrient. */
export const BRAND_START_RE = /^\p{Lu}/u;
/** A table header cell naming products: "Product | Form | Magnesium per serving". */
export const PRODUCT_COLUMN_RE = /^(?:product|products|brand|supplement|name|produkt|produit|producto|prodotto)(?:\s{1,2}name)?$/i;

/** Listing cues in page text: "Showing 1-12 of 48 products", "Showing all 6 results", "1–24 von 310 Ergebnissen". */
export const LISTING_RANGE_RE = /\b(?:showing|zeige|affichage|mostrando|visualizzati)\s{1,3}(?:\d{1,5}\s{0,2}(?:-|–|to|bis|à|a)\s{0,2}\d{1,5}\s{1,3}(?:of|von|sur|de|di)\s{1,3}\d{1,6}|all\s{1,3}\d{1,5}\s{1,3}results)\b|^\s{0,3}\d{1,5}\s{0,2}(?:-|–)\s{0,2}\d{1,5}\s{1,3}(?:of|von|sur|de|di)\s{1,3}\d{1,6}\s{1,3}(?:results|products|items|ergebnisse\p{L}{0,2}|artikel|produits|résultats|productos|resultados)\b/imu;
/** Cues a listing gives on its own that a product page may give one of (a review list's "Showing 10
 *  of 64", a brand link's "48 products"): its count of results ("Magnesium 48 products"), how many
 *  are shown ("Showing 8 of 48", never "... of 64 reviews"), and its button for more ("Load more products"). Two of them with
 *  its sorting control make a listing (see isListingText). */
export const LISTING_COUNT_RE = lazy(() => new RegExp(String.raw`(?<![\d.,])\d{1,5}[ \t]{1,3}(?:${wordsAlt(LISTING_COUNT_WORDS)})(?![${LAT}])`, 'i'));
export const LISTING_SHOWN_RE = lazy(() => new RegExp(String.raw`\b(?:showing|zeige|affichage|mostrando|visualizzati)[ \t]{1,3}\d{1,5}[ \t]{1,3}(?:of|von|sur|de|di|van|z|din)[ \t]{1,3}\d{1,6}(?![\d.,]|[ \t]{1,3}(?:${wordsAlt(REVIEW_LIST_WORDS)})(?![${LAT}]))`, 'i'));
/** A review list's word ending the text before a sorting control ("Customer reviews Sort by",
 *  "Kundenbewertungen (48) Sortieren nach"): the control is the list's. */
export const REVIEW_LIST_BEFORE_RE = lazy(() => new RegExp(String.raw`(?:${wordsAlt(REVIEW_LIST_WORDS)})(?![${LAT}])[^.!?]{0,25}$`, 'i'));
export const LOAD_MORE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(LOAD_MORE_WORDS)})(?![${LAT}])`, 'i'));
/** "Add to basket" and the like, counted: a listing repeats it on every card. */
export const ADD_TO_CART_G_RE = lazy(() => new RegExp(String.raw`\b(?:add to (?:cart|bag|basket|trolley)|in den warenkorb|ajouter au panier|añadir al carrito|agregar al carrito|aggiungi al carrello)\b|(?<![${LAT}])(?:${CART_SRC()})(?![${LAT}])`, 'gi'));
/** Sorting and pagination controls of a listing. */
export const SORT_BY_RE = lazy(() => new RegExp(String.raw`\b(?:sort by|sortieren nach|trier par|ordenar por|ordina per)\b|(?<![${LAT}])(?:${wordsAlt(SORT_BY_WORDS_EXTRA)})(?![${LAT}])|^\s{0,3}(?:page|seite|página|pagina)\s{1,3}\d{1,4}\s{1,3}(?:of|von|sur|de|di)\s{1,3}\d{1,4}\b`, 'im'));
/** A line that is only a price ("£6.49", "16,95 €", "$389.00 MXN"). */
/** A shop's word of its product's stock, in place of a buy button ("Sold out", "Notify me when
 *  available", "Out of stock", "Ausverkauft", "Épuisé", "Agotado", "Esaurito", "Uitverkocht"): the
 *  page sells the one product (review of round 42). Cased, not /i: a page's text joins its elements,
 *  "Sold outNotify me", so a lower-case letter, not a word boundary, bounds it. */
export const STOCK_STATE_RE = /(?<!\p{Ll})(?:[Ss]old [Oo]ut|SOLD OUT|[Oo]ut of [Ss]tock|OUT OF STOCK|[Nn]otify [Mm]e|[Bb]ack in [Ss]tock|[Aa]usverkauft|AUSVERKAUFT|[Nn]icht (?:auf Lager|verfügbar|lieferbar)|[Éé]puisé|ÉPUISÉ|[Rr]upture de stock|[Aa]gotado|AGOTADO|[Ss]in stock|[Ee]saurito|ESAURITO|[Nn]on disponibile|[Uu]itverkocht|[Nn]iedostępny|[Ww]yprzedany)(?!\p{Ll})/u;
/** A product card's own button on a line of its own ("Shop now", "Buy now", "View product",
 *  "Jetzt kaufen", "Voir le produit"): a brand's range page repeats it under each card. */
export const CARD_BUTTON_LINE_G_RE = /^[ \t]{0,4}(?:shop now|buy now|view (?:product|details)|see product|jetzt kaufen|zum produkt|acheter|voir le produit|comprar ahora|ver producto|acquista ora|bekijk product|nu kopen)[ \t]{0,4}[›>→]?[ \t]{0,4}$/gim;
export const PRICE_LINE_G_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,4}(?:[$€£][ \t]{0,2}\d{1,6}(?:[.,]\d{2})?|\d{1,6}(?:[.,]\d{2})?[ \t]{0,2}(?:[€£]|${CURRENCY_CASED_SRC()}))(?:[ \t]{1,2}[A-Z]{3})?[ \t]{0,4}$`, 'gm'));

/** Signs that a product is a supplement or medicine (so a magnesium page with no readable amount is
 *  "unreadable", not "absent"): a dose form in the title, supplement wording, a health category. */
export const DOSE_FORM_RE = lazy(() => new RegExp(String.raw`\b(?:capsules?|caps|vcaps|tablets?|tabs|softgels?|gummies|gummy|powder|liquid|drops|caplets?|lozenges?|chewables?|sachets?|stick packs?|effervescent|ampoules?|sprays?|oil|lotion|cream|gel|flakes|bath salts?|roll-on|balm|kapseln|tabletten|pulver|brausetabletten|gélules|comprimés|cápsulas|tabletas|comprimidos|polvo|capsule|compresse|bustine)\b|(?<![${LAT}])(?:${wordsAlt(DOSE_FORM_WORDS_EXTRA)})(?![${LAT}])`, 'i'));
export const SUPPLEMENT_WORD_RE = lazy(() => new RegExp(String.raw`(?<!regarding )\b(?:dietary supplements?|food supplements?|supplement facts|drug facts|nutrition facts|nahrungsergänzungsmittel|nahrungsergänzung|complément alimentaire|compléments alimentaires|suplemento alimenticio|suplemento dietético|integratore alimentare|antacid|laxative)\b|(?<![${LAT}])(?:${wordsAlt(SUPPLEMENT_WORDS_EXTRA)})(?![${LAT}])`, 'i'));
export const HEALTH_CATEGORY_RE = lazy(() => new RegExp(String.raw`\b(?:health|vitamins?|supplements?|minerals?|nutrition|pharmacy|medicine|wellness|sports nutrition|gesundheit|vitamine|mineralstoffe|nahrungsergänzung[${LAT}]{0,6}|apotheke|santé|compléments?|minéraux|salud|suplementos?|vitaminas|minerales|farmacia|integratori|salute)\b|(?<![${LAT}])(?:${wordsAlt(HEALTH_CATEGORY_WORDS_EXTRA)})(?![${LAT}])`, 'i'));
/** A unit that is swallowed or chewed, never a bath's or a skin product's (a capsule, a tablet, a
 *  softgel, a gummy): directions to take a number of them say the product is taken as a supplement. */
export const ORAL_UNIT_RE = /^(?:capsules?|caps|vcaps|veggie caps|tablets?|tabs|softgels?|gummies|gummy|caplets?|lozenges?|chewables?|kapseln?|tabletten?|gélules?|comprimés?|cápsulas?|comprimidos?|compresse|compressa|kapsel|kapslar|tabletter|kapsułki|kapsułka|tabletki|tabletka)$/i;
/** A direction that is the product's own: it opens with the verb, after at most a short label
 *  ("Men: take 3 capsules", "Directions: Take 2 tablets", "Einnahme: 2 Kapseln"), with no subject
 *  of its own before it ("Most people take 2 capsules", "Our founder takes 3 capsules"). A sentence
 *  without an English verb of taking (another language's direction) is left to the unit alone. */
export const OWN_TAKE_DIRECTION_RE = /^[\s*•-]{0,4}(?:[\p{L}'’ ]{1,30}:[ \t]{0,3})?(?:take|swallow|chew)(?![\p{L}])|^(?![\s\S]*(?<![\p{L}])(?:takes?|taking|swallow|chew|give)(?![\p{L}]))/iu;
/** An aisle whose products are not a person's supplements whatever their directions say: pets and
 *  animals, articles, recipes. */
export const NOT_SUPPLEMENT_AISLE_RE = /(?<![\p{L}])(?:pets?|dogs?|cats?|horses?|equine|animals?|veterinary|blog|blogs|journal|articles?|news|recipes?|haustier[\p{L}]{0,4}|hunde?|katzen?|tierbedarf|mascotas?|perros?|gatos?|animaux|chiens?|chats?)(?![\p{L}])/iu;
/** The product is not to be swallowed: a negative for "this is a supplement". */
export const NOT_INGESTIBLE_RE = /\b(?:do not (?:ingest|swallow|eat)(?! (?:the )?(?:desiccant|packet|silica))|not for (?:human )?consumption|not for internal use|nicht zum verzehr|ne pas ingérer|no ingerir|non ingerire)\b/i;

/** A tool or material made of the element (a fire starter, an anode rod), named in a title or an aisle. */
export const NON_CONSUMABLE_PRODUCT_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(NON_CONSUMABLE_PRODUCT_WORDS)})(?![${LAT}])`, 'i'));
/** A page's words that its product is not eaten nor a supplement. */
export const NOT_CONSUMED_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(NOT_CONSUMED_PHRASES)})(?![${LAT}])`, 'i'));

/** A product applied to the skin for the nutrient it carries (a magnesium oil, spray, lotion,
 *  gel; bath flakes named for the nutrient, issue 8 round 42): its label may state an amount per
 *  spray, so its page is the nutrient's product (unreadable without one, never absent). */
export const TRANSDERMAL_FORM_RE = /\b(?:oil|oils|spray|sprays|lotion|gel|cream|roll-on|balm|butter|flakes|huile|aceite|olio)\b/i;

/** A form put on the skin or in a bath, in the shops' languages ("Crème au ...", "Magnesiumöl",
 *  "sels de bain"): a page's "not for consumption" there is of not swallowing it. */
export const SKIN_FORM_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(SKIN_FORM_WORDS)})(?![${LAT}])`, 'i'));
/** Directions to swallow a number of the supplement's units ("Take 2 capsules", "chew 1 gummy"). */
export const TAKE_UNITS_RE = /\b(?:take|swallow|chew)[ \t]{1,2}(?:\d{1,2}|one|two|three|four)(?:[ \t]{0,2}(?:-|–|to|or)[ \t]{0,2}\d{1,2})?[ \t]{1,2}(?:capsules?|tablets?|softgels?|gummies|gummy|caplets?|lozenges?|chewables?|scoops?)\b/i;

/** Topical products. */
export const TOPICAL_RE = /\b(?:transdermal|topical|topically|on (?:your|the) skin|spray|sprays|lotion|body butter|bath flakes|bath salts?|roll-on|cream|gel|foot soak|auf die haut|sur la peau)\b/i;
export const ORAL_SPRAY_RE = /\b(?:oral spray|mouth spray|under the tongue|sublingual|swallow|capsules?|tablets?|softgels?|gummies|gummy)\b/i;

/** A label's own facts title, the words a panel is headed by (not a card's "Per 2 tablets" nor a
 *  "% NRV" after an amount): "Supplement Facts", "Nährwerte", "Valeurs nutritionnelles". */
export const FACTS_TITLE_RE = /supplement facts|nutrition facts|drug facts|nährwerte|nährwertangaben|nährwertinformation|valeurs nutritionnelles|informations nutritionnelles|información nutricional|valori nutrizionali|voedingswaarde|näringsvärde|informação nutricional/i;

/** Nutrition / facts panel headings. */
export const FACTS_HEADING_RE = lazy(() => new RegExp(String.raw`supplement facts|nutrition facts|drug facts|nährwerte|nährwertangaben|nährwertinformation|valeurs nutritionnelles|informations nutritionnelles|información nutricional|valori nutrizionali|amount per serving|serving size|per serving|pro tagesdosis|\bnrv\b|\bnrw\b|\bvnr\b|\bcomposition (?:pour|par)\b|\bcomposición (?:por|cada)\b|\b(?:pour|pro|por|cada|per) \d{1,2} (?:gélules?|comprimés?|kapseln|tabletten|cápsulas|comprimidos|capsules|tablets|softgels)\b|%\s{0,2}(?:${REF_ABBR_SRC()})\b|\b(?:1|one|per|pro|je|na)\s(?:${wordsAlt(UNIT_HEADER_WORDS())})(?![${LAT}])`, 'i'));

/** A heading over a product's composition ("Zusammensetzung", "Wirkstoffe & Hilfsstoffe",
 *  "Ingredients", "Skład", "Composition"), or over its facts panel. */
export const COMPOSITION_HEADING_RE = lazy(() => new RegExp(String.raw`^(?:composition|zusammensetzung|inhaltsstoffe|wirkstoffe?|zutaten|ingredients?|active ingredients?|other ingredients|ingrédients|composants|ingredientes|composición|ingredienti|composizione|principi? attiv[oi]|skład|substancj[ae] czynn[ae]|složení|samenstelling|ingrediënten|innehåll|ingredienser)(?![${LAT}])|${FACTS_HEADING_RE().source}`, 'i'));

/** A medicine's package leaflet heading a block ("Gebrauchsinformation: Information für Anwender"). */
export const LEAFLET_HEADING_RE = lazy(() => new RegExp(String.raw`^(?:${wordsAlt(LEAFLET_HEADINGS)})(?![${LAT}])`, 'i'));

/** A facts row naming a proprietary blend, whose parts' amounts the label keeps to itself:
 *  "ZMA Recovery Matrix (proprietary blend) 1,250 mg", "Proprietary Formula:", "Eigenmischung". */
export const PROPRIETARY_BLEND_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:proprietary[ \t]{1,2}(?:blend|formula|complex|matrix|mix)|eigenmischung|mélange[ \t]{1,2}exclusif|mezcla[ \t]{1,2}patentada|miscela[ \t]{1,2}proprietaria)(?![${LAT}])`, 'i'));

/** A product's ingredients list, headed by its word alone on a line or before a colon ("Zutaten",
 *  "Ingredients:", "Ingrédients :"). Not "Other ingredients" (the excipients). Group 1: the list
 *  on the same line. */
export const INGREDIENTS_HEAD_RE = lazy(() => new RegExp(String.raw`^[ \t]{0,3}(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|ingredienser|skład|složení|sastojci|ainesosat)(?![${LAT}])[ \t]{0,2}(?::[ \t]{0,3}(.{0,400}))?$`, 'i'));

/** A "Size: 90 Capsules - 140 mg" / "Strength: 400 mg" variant line, or the same row of a product
 *  information table copied as text, its cells apart by a tab or spaces ("Strength  200 Milligrams"). */
export const VARIANT_LINE_RE = /^\s{0,4}(?:size|strength|potency|dosage|stärke|dosierung|variant|option|taille|tamaño)(?:\s{0,2}:|\t[ \t]{0,8}(?=\d)| {2,8}(?=\d))/i;

/** An amount cell on a line of its own, with its marks and percentage after a space, a tab or " | "
 *  ("500 mg", "300 mg 71%", "300 mg\t71%", "90 mg‡", "50mg |"): a row's amount under its name. */
export const AMOUNT_CELL_LINE_RE = /^[ \t|]{0,4}\d{1,5}(?:[.,]\d{1,3})?[ \t]{0,2}(?:mg|mcg|µg|g)[*†‡]{0,3}(?:[ \t|]{1,4}<?\d{1,3}(?:[.,]\d)?[ \t]{0,2}%[*†‡]{0,3})?[ \t|]{0,4}$/i;

/** A line that is only an amount ("250 mg"). */
export const STANDALONE_AMOUNT_RE = /^\s{0,4}\d{1,5}(?:[.,]\d{1,2})?\s{0,2}(?:mg|mcg|µg|g)\s{0,4}$/i;

/** A cross-sell line: "Customers also bought: ...", "You may also like: ...", "Related products: ...",
 *  "Also compare: ..." (other products set beside this one: their amounts read as this product's
 *  made a 250 mg tablet 400; issue 8, round 37; with its colon or "with/to/similar": "Also compare
 *  our price: 400 mg per tablet" is the product's own line, review of round 37). Its amounts belong
 *  to other products. Anchored at
 *  the line start. A sports shop's "Stack it with" heading (or "Pair it with") is one too: the lines
 *  under it are its other products (a ZMA's "Magnesium Glycinate 200 mg Capsules" there was read as
 *  the ZMA's own amount; issue 8, round 40), but only as a heading or a card's line: the words after it
 *  hold no stop or colon ("Stack it with creatine for best results. Each serving provides 450 mg",
 *  "Pair it with a meal: take 2 capsules" are the product's own sentences; review of round 40). */
export const CROSS_SELL_LEAD_RE = lazy(() => new RegExp(String.raw`^[ \t*•-]{0,3}(?:customers (?:also|who) (?:bought|viewed|purchased)|people also (?:bought|viewed)|you (?:may|might) also (?:like|need)|related (?:products|items|drugs)|similar (?:products|items|drugs)|(?:also )?compare (?:similar|with|to)|also compare[ \t]{0,2}:|frequently (?:bought|purchased) together|recommended for you|complete your routine|shop (?:similar|related)|more from|pairs well with|goes well with|${wordsAlt(CROSS_SELL_HEADINGS_EXTRA)})(?![${LAT}])|^[ \t*•-]{0,3}(?:(?:stack|pair) (?:it|this|them) with|stacks well with)(?![${LAT}])[^.!?:;\n]{0,60}:?[ \t]*$`, 'i'));
/** A heading of other products that says so anywhere in it ("Practitioners who recommend this
 *  product also recommend", "Shoppers who viewed this also viewed", "Kunden kauften auch"): tested
 *  on short lines without a figure only (a heading), never on a line with an amount. */
export const CROSS_SELL_HEADING_RE = /(?<![a-zA-Z\u00C0-\u024F])(?:also (?:recommend(?:ed)?|bought|viewed|purchased|liked?|loved?)|kauften auch|auch gekauft|ont aussi (?:acheté|consulté|aimé)|también (?:compraron|vieron|recomiendan)|hanno (?:acquistato|visto) anche)(?![a-zA-Z\u00C0-\u024F])/i;

/** The rest of a label mark right after a percentage ("67% NRV) Magnesium"): skipped before the next
 *  row's name, so "NRV" is not read as a reference-value cue. Anchored on a short slice. */
export const PCT_MARK_TAIL_RE = lazy(() => new RegExp(String.raw`^\s{0,2}(?:dv|daily value|${REF_ABBR_SRC()}|rda)\b\*{0,3}\s{0,2}\)?`, 'i'));

/** In a sentence, before an amount: the shop's other product ("combined with our Magnesium Glycinate
 *  120 mg capsules", "try our ...", "pairs well with", "kombinierbar mit ..."). Its amount is that
 *  product's. ("Made with our patented form, 144 mg ..." is this product: no bare "with our".) */
/** A second person's possessive ending a text, right before the nutrient's name ("... dein "). */
export const YOUR_BEFORE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(YOUR_WORDS)})[ \t]{1,2}$`, 'i'));
/** An example's or an advice's words in a sentence (data's EXAMPLE_ADVICE_WORDS; round 62). */
export const EXAMPLE_ADVICE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(EXAMPLE_ADVICE_WORDS)})(?![${LAT}])`, 'i'));
/** The page's own product named in a sentence (data's OWN_FORMULA_WORDS). */
export const OWN_FORMULA_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(OWN_FORMULA_WORDS)})(?![${LAT}])`, 'i'));
export const OTHER_PRODUCT_CUE_RE = /\b(?:(?:try|also|and|or) our|our (?:other|new|sister)|combined? (?:it )?with|pairs? (?:well |nicely )?with|stack(?:s|ed)? (?:it )?with|kombinier(?:en|bar) mit|à associer (?:à|avec)|combiner avec|da abbinare (?:a|con)|combinar con|combineer met|combines? (?:well |nicely )?with|goes (?:well )?with|te combineren met|goed te combineren|combina bien con|si abbina (?:bene )?(?:a|con)|se combine (?:bien )?avec|lässt sich (?:gut )?kombinieren|passt (?:gut )?zu|går bra att kombinera med|łączy się (?:dobrze )?z)\b/i;

/** A cue before "our <Name>" that offers another of the shop's products ("Tip:", "also", "try",
 *  "pairs with", "adds"). */
export const OUR_CROSS_SELL_CUE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(OUR_CROSS_SELL_CUES)})(?![${LAT}])`, 'i'));
/** "our" and the capitalised name after it, up to the first word in lower case ("our Forgeline
 *  Magnesium Complex provides"), in the shops' languages; its words may stand apart by a comma or an
 *  ampersand ("Our Acme Iron, Zinc & Copper adds"; round 56: a pharmacist's tip naming another
 *  product of the shop was read as a calcium tablet's dose). */
export const OUR_NAME_RE = /\b(?:[Oo]ur|[Oo]ns|[Uu]nser(?:e|en|em)?|[Nn]otre|[Nn]os|[Nn]uestr[oa]|[Nn]ostr[oa]|[Oo]nze|[Vv]år|[Vv]ores)[ \t]{1,2}((?:\p{Lu}[\p{L}+&'’-]{0,25},?[ \t]{1,2}(?:[&+][ \t]{1,2})?){1,5})/u;

/** A statement of what a product contains: "contains", "active ingredient", "composition", in the
 *  shops' languages. */
export const COMPOSITION_CUE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:contains?|contiene|contengono|contient|enthält|enthalten|zawiera|obsahuje|bevat|innehåller|indeholder|inneholder|contém|active ingredients?|principio attivo|principi attivi|principe actif|principio activo|wirkstoffe?|substancja czynna|léčivá látka|werkzame stof|composition|composizione|composición|zusammensetzung|ingredients|skład|složení|samenstelling)(?![${LAT}])`, 'i'));

/** A drug label (OTC Drug Facts, a drug listing): there a compound's figure is the salt's weight, the
 *  drug's strength ("Active ingredient: Magnesium oxide 400 mg"). A pharmacy's listing of a
 *  prescription medicine says so in a badge, a line of its own ("Prescription Required", "Rx
 *  required: Yes"; not a sentence or a field that mentions it, "No doctor's prescription required",
 *  "Prescription Required: No", "Prescription required for Schedule H drugs only", nor a carousel
 *  item's "Pantocid 40 Tablet  Prescription Required  ₹150"; review 39: those had turned a
 *  supplement's compound figure into the salt's share; isDrugLabel also skips a badge answered "No" on the next
 *  line or under a cross-sell heading) or heads its strength
 *  "Salt composition"; a scheduled medicine names its schedule ("S0 medicine", "Schedule 2
 *  medicine"; not "not an S2 medicine"; issue 8, round 39: such a listing's "<element> Oxide 400 mg" and an antacid's
 *  "<element> Hydroxide 400 mg" were read as the element, the higher figure). */
export const DRUG_LABEL_RE = /\bdrug facts\b|\bdosage and administration\b|\bindications and usage\b|\bactive ingredients?\b[ \t]{0,3}(?:\((?:in each|per|each)[^)\n]{0,40}\))?[ \t]{0,3}(?:[:\n|]|$)|\bhuman otc drug\b|\brx only\b|^[ \t*•|-]{0,4}(?:prescription|rx)[ \t]{1,2}required(?:[ \t]{0,2}[:\-–][ \t]{0,2}yes)?[ \t.!*]{0,3}$|\bsalt composition\b|(?<!\bnot[ \t]{1,2}an?[ \t]{1,2})\b(?:S|schedule[ \t])[0-8][ \t]medicine\b/im;
/** A pharmacopoeia grade right after a compound's name or figure ("Magnesium Oxide USP 400 mg",
 *  "140 mg. U.S.P.", the Indian "<element> Oxide IP 400 mg"): a drug's strength, the salt's weight. */
export const PHARMACOPOEIA_RE = /\b(?:USP|U\.S\.P\.?|BP|IP|I\.P\.|Ph\.?\s?Eur\.?)(?![\p{L}])/u;
/** A footnote line that says the rows marked with its sign have no Daily Value: "† Daily Value not
 *  established", "* % Daily Value not established". Group 1: the mark. */
export const NO_DV_FOOTNOTE_RE = /^[ \t|]{0,3}([*†‡§¶#]{1,3})[ \t]{0,3}(?:%[ \t]{0,2})?(?:daily value|dv|%dv|nrv)[ \t]{0,3}(?:\(dv\)[ \t]{0,2})?(?:not|has not been|have not been)[ \t]{1,3}(?:established|determined)/i;
/** The mark right after an amount (in its cell or the next one): "500 mg *", "500 mg | †". */
export const MARK_AFTER_RE = /^[ \t]{0,3}(?:\|[ \t]{0,3})?([*†‡§¶#]{1,3})(?![*†‡§¶#])/;

/** Right before an amount, in its clause: a comparison ("than", "versus", "compared with") and
 *  another product's possessive ("... more than the leading national brand's 400 mg tablet",
 *  "compared with other brands' 250 mg"): the amount is the product compared with, not this one.
 *  ("Contains more than 400 mg" is a threshold; "our formula's 400 mg" names no comparison.) The
 *  possessive is the comparison's own object, in one clause with it: a comma, a dash or a bracket
 *  between them opens the product's own words ("Gentler than oxide, this brand's 400 mg capsules",
 *  "Compared to other forms, the Acme brand's 400 mg": read as another product's, the page's only
 *  amount was dropped; review of round 37). A brand alone is another only when the words name it
 *  so ("leading", "national", "store", "other"): "than oxide thanks to the brand's 400 mg" is the
 *  product's own. */
export const COMPARED_PRODUCT_BEFORE_RE = /\b(?:than|versus|vs\.?|compared (?:with|to))[ \t][^.;:!?\n,–—()]{0,60}?\b(?:brands|competitors?|others|(?:leading|national|top|best-?selling|major|big|popular|store|name|competing|other|rival|typical|average|cheaper|generic)[ \t](?:[a-z-]{1,20}[ \t]){0,2}?brand)(?:'s|’s|'|’)[ \t]{1,2}$/i;
/** Right before an amount, in its clause: other brands or products as the subject of a verb that
 *  gives it ("many \u201chigh potency\u201d brands use 500 mg of cheap oxide", "most competitors contain
 *  250 mg"; never "most of our formulas", "the", "this", "each" between): the amount is theirs, never this
 *  product's (issue 8, round 40: a "Compare:" line's 500 mg was read as a capsule whose facts are
 *  an image). Tested on the clause's last characters only. The verb's words run to the amount with no
 *  comma, dash or turn to the product ("ours", "this", "each", "but", "while"): "Other brands use
 *  fillers, this one gives 400 mg" is the product's own (review of round 40). */
export const OTHER_BRANDS_SUBJECT_BEFORE_RE = /(?<![\p{L}])(?:many|most|some|other|cheap(?:er)?|typical|leading|competing|rival|generic|store|big|popular|major|conventional|ordinary)[ \t](?:(?!(?:our|this|these|the|of|my|its|each|every)[ \t])[^\s.;:!?]{1,24}[ \t]){0,2}?(?:brands|competitors|products|formulas|supplements)[ \t]{1,2}(?:only[ \t]{1,2}|often[ \t]{1,2}|typically[ \t]{1,2}|usually[ \t]{1,2})?(?:use|contain|give|offer|provide|have|list|pack|add|claim|deliver)[ \t](?:(?!(?<![\p{L}])(?:ours?|we|this|each|every|but|while|whereas|yet)(?![\p{L}]))[^.;:!?\n,–—]){0,30}$/iu;
/** Later in the sentence of other brands' amount, the product says it gives the same ("Most products
 *  contain 400 mg per capsule, and so does ours", "... as does this one", "... ours too"): the amount
 *  is the product's own as well (review of round 40). */
export const OWN_TOO_AFTER_RE = /(?<![\p{L}])(?:(?:and[ \t]{1,2})?(?:so|as)[ \t]{1,2}(?:does|do)[ \t]{1,2}(?:ours|this[ \t]{1,2}(?:one|product|formula))|(?:ours|this[ \t]{1,2}one)[ \t]{1,2}(?:too|as[ \t]{1,2}well))(?![\p{L}])/iu;
/** The product's own brand as the possessive right before an amount ("our brand's 400 mg", "this
 *  brand's 400 mg"): never another product's, whatever comparison comes before it. */
export const OWN_BRAND_BEFORE_RE = /\b(?:our|this|my|its)[ \t]{1,2}(?:own[ \t]{1,2})?brand(?:'s|’s)[ \t]{1,2}$/i;
/** Words on a set's page that make its products alternatives, not taken together ("Choose your
 *  size", "take the night capsule instead of the tablet", "on alternate days", "never both on the
 *  same day"): their facts panels are not summed (review of round 34). */
export const SET_ALTERNATIVES_RE = /\b(?:choose (?:your|one|between|from)|select (?:your|a|one)\b|pick (?:your|one)|instead of|in place of|alternat(?:e|es|ing|ive|ively)\b|every other day|on (?:different|separate) days|never (?:both|together)|not (?:both|together)|either\b)/i;
/** The heading over a facts panel that makes it another product's, to set beside the product's own
 *  ("Compare with a typical drugstore brand", "vs. the leading brand"). */
export const COMPARED_PANEL_LEAD_RE = /\b(?:compare[ds]?|comparison|versus|vs\.?|typical|leading brand|other brands?|competitors?)\b/i;
/** A table whose amounts are per 100 g or ml (a food's or tea's table), not per serving. */
export const PER_100_BASIS_RE = /(?<![\p{L}\d])(?:per|pro|je|pour|por|para|\/)\s{0,2}100\s{0,2}(?:g|ml)\b/iu;
/** A bundle's title word, and the heading over its contents on a line of its own. */
export const BUNDLE_TITLE_RE = lazy(() => new RegExp(String.raw`(?<![${LAT}])(?:${wordsAlt(BUNDLE_TITLE_WORDS)})(?![${LAT}])`, 'i'));
export const BUNDLE_CONTENTS_RE = lazy(() => new RegExp(String.raw`^[ 	*•#-]{0,3}(?:${wordsAlt(BUNDLE_CONTENTS_HEADINGS)})[ 	]{0,3}:?[ 	]{0,3}$`, 'im'));

/** A count of a bundle's products opening a line and closing it or a part of it ("3 products ·
 *  save 22%", "2 Produkte"), built on first use. (A count that goes on in words is a stock or a
 *  cart line: "3 items left in stock", "2 items in your cart".) */
let bundleCountCache: RegExp | null = null;
export function bundleCountRe(): RegExp {
  return (bundleCountCache ??= new RegExp(String.raw`^[ 	]{0,3}(?:[2-9]|two|three|four|five|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)[ 	]{1,2}(?:${wordsAlt(BUNDLE_COUNT_WORDS)})[ 	]{0,3}(?:$|[·•|,;:–—/(+-])`, 'im'));
}

/** A Canadian Natural Product Number: "NPN 80075249", "NPN: 80057401", "NPN #80012345" (8 digits). */
export const NPN_RE = /\bNPN[ \t]{0,2}[:#]?[ \t]{0,2}(\d{8})\b/;

export const REGEXES = lazy((): readonly RegExp[] => [
  NPN_RE, PERMITTED_MAXIMUM_RE(), SHOULD_NOT_MORE_RE(), PRICE_CUE_RE(), EU_REFERENCE_FOOTNOTE_RE(), DAILY_VALUE_NAMED_RE, REFERENCE_ENTRY_RE, DRUG_LABEL_RE, PHARMACOPOEIA_RE, NO_DV_FOOTNOTE_RE, MARK_AFTER_RE,
  MAY_HOLD_DOSE_RE, AMOUNT_RE, PERCENT_RE, 
  RANGE_BEFORE_RE, RANGE_AFTER_RE(), PER_UNIT_AFTER_RE, PER_UNIT_BEFORE_RE, COUNT_UNITS_RE, REFERENCE_CUE_RE, REFERENCE_CUE_NL_RE, REFERENCE_CUE_PL_RE, REFERENCE_CUE_EXTRA_RE(), REFERENCE_DIET_RE(), REFERENCE_CUE_EXTRA_G_RE(), REFERENCE_PORTION_RE(), REFERENCE_LEVEL_G_RE(), PRODUCT_WORD_RE(), NUTRITION_HEADING_RE(), REFERENCE_AFTER_EXTRA_RE(), MONOGRAPH_CUE_RE, RESEARCH_CUE_RE, RESEARCH_REPORT_RE, SEVERAL_FORMS_RE, EXAMPLE_YIELD_BEFORE_RE, EXAMPLE_COMPOUND_WORD_RE,
  PACKAGE_CUE_RE, TOTAL_CUE_RE, SERVING_SIZE_RE, INLINE_SERVING_RE, SERVINGS_PER_CONTAINER_RE, SERVING_PAREN_RE(),
  SERVINGS_COUNT_RE, HEADER_CELL_SERVING_RE(), CONTENT_IN_HEAD_RE, SERVING_ALT_RE, COUNT_CONTAIN_RE(), ONE_UNIT_HEAD_RE, ONE_UNIT_CELL_RE, SHARE_HEAD_CELL_RE(), SENTENCE_SPLIT_RE, TOKEN_RE, CEILING_RE(), SUPPLY_RE(), SUPPLY_BASIS_AGAIN_RE(), CEILING_UNLESS_RE(), COUNT_THEN_DAILY_DOSE_RE(), URL_SEARCH_RE, URL_CART_RE, URL_ARTICLE_RE, URL_ADVICE_RE, URL_DRUG_INFO_RE,
  URL_CATEGORY_RE, URL_PRODUCT_RE, URL_QUESTION_SLUG_RE, ARTICLE_CUE_RE, CAUTION_YOU_G_RE, ...ARTICLE_MARKER_RES, ...AUTHOR_MARKER_RES(), QUESTION_HEADING_RE(), RECIPE_TIME_RE(), MONOGRAPH_HEADING_G_RE(), GLOSSED_REFERENCE_RE(), EU_REFERENCE_ABBR_RE(), RECIPE_FOOD_RE, COMPARISON_LINE_RE, PRODUCT_COLUMN_RE, BEST_HEADING_RE, YEAR_RE, BRAND_START_RE, PRONOUN_RE, COMMERCE_CUE_RE(), TOPICAL_RE, ORAL_SPRAY_RE,
  FACTS_HEADING_RE(), VARIANT_LINE_RE, STANDALONE_AMOUNT_RE, PCT_MARK_RE(), PRICE_WORD_RE(), PRICE_NUMBER_RE, CURRENCY_WORD_RE(), CURRENCY_SIGN_RE,
  DIRECTIONS_HEADING_RE(), 
  DOSE_FORM_RE(), SUPPLEMENT_WORD_RE(), HEALTH_CATEGORY_RE(), NOT_INGESTIBLE_RE, LISTING_RANGE_RE, LISTING_COUNT_RE(), LISTING_SHOWN_RE(), LOAD_MORE_RE(), REVIEW_LIST_BEFORE_RE(), ADD_TO_CART_G_RE(), SORT_BY_RE(), PRICE_LINE_G_RE(), NET_CONTENTS_RE, PER_DAY_AFTER_RE, DAILY_HEADER_RE(), ELEMENTAL_OF_RE, ELEMENTAL_OF_EXTRA_RE(), COLUMN_IN_LEAD_RE(), COLUMN_IN_CELL_RE(), TABLE_HEADING_EXTRA_RE(), FROM_LEAD_RE,
  THRESHOLD_BEFORE_RE, HOLDS_THRESHOLD_BEFORE_RE, HOLDS_OR_LAW_RE, PER_100_BEFORE_RE, PER_100_AFTER_RE, PER_BASIS_BEFORE_RE, FIRST_PERSON_RE, FACTS_IMAGE_CUE_RE(), EXAMPLE_ADVICE_RE(), OWN_FORMULA_RE(), BLEND_ROW_NAME_RE(), FIRST_PERSON_EXTRA_RE(), FIRST_PERSON_OPENER_RE(), REVIEW_HEADING_LINE_RE(), RATING_COUNT_RE(), QA_HEADING_LINE_RE(), QA_LINE_RE(), NON_CONSUMABLE_PRODUCT_RE(), NOT_CONSUMED_RE(), RATING_STARS_RE, RATING_WORDS_RE(), COMPANION_TAIL_RE(), VERIFIED_BUYER_LINE_RE(), SIGNED_QUOTE_LINE_RE, QUESTION_WORD_LEAD_RE, DOSE_CELL_RE(), COMPOSITION_HEADING_RE(), LEAFLET_HEADING_RE(), SHARE_CELL_RE(),
  PER_COUNT_AFTER_RE(), FOOD_POWDER_G_RE(), SERVING_OF_TAIL_RE(), ONE_UNIT_BASIS_G_RE(), SUBJECT_COUNT_BEFORE_RE, PER_COUNT_HEAD_RE(), CROSS_SELL_LEAD_RE(), PCT_MARK_TAIL_RE(), TOTAL_NAME_RE(), SOURCE_NAME_RE, PURE_WORDS_G_RE, ACTIVE_IN_EACH_RE, MEASURE_HEAD_RE(), DAY_DOSES_RE, COMPOSITION_CUE_RE(), OTHER_PRODUCT_CUE_RE, TRANSDERMAL_FORM_RE, AGE_ADULT_RE(), AGE_ADULT_NOUN_RE(), AGE_CHILD_RE(), LABEL_QUOTE_LEAD_RE,
  BUNDLE_TITLE_RE(), BUNDLE_CONTENTS_RE(), PROPRIETARY_BLEND_RE(), OUR_NAME_RE, OUR_CROSS_SELL_CUE_RE(), SKIN_FORM_RE(), TAKE_UNITS_RE, CROSS_SELL_HEADING_RE, INGREDIENTS_HEAD_RE(), PER_ONE_UNIT_RE, COMPOUNDS_NOUN_RE,
]);

/** Between two parts of a category path or breadcrumb: " > ", " › ", " » ", " / ". */
export const CRUMB_SEPARATOR_RE = / [>›»/] /;

/** Right after an amount in its sentence, whom it is for by sex: "350 mg magnesium per dag för män",
 *  "300 mg für Frauen", "320 mg for adult women" (an article or one word may stand between). */
export const SEX_GROUP_AFTER_RE = lazy(() => new RegExp(String.raw`^[^.;!?\d]{0,40}?(?<!\p{L})(?:${wordsAlt(SEX_GROUP_LEADS)})[ \t]{1,2}(?:\p{L}{1,10}[ \t]{1,2})?(?:${wordsAlt(SEX_GROUP_WORDS)})(?!\p{L})`, 'iu'));
/** A word of a product's audience (SEX_AUDIENCE_WORDS: "ideal", "suitable", "speciaal"). */
export const SEX_AUDIENCE_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt(SEX_AUDIENCE_WORDS)})(?!\p{L})`, 'iu'));
/** A product's name for one sex ("Magnesium for Women", "Magnesium für Frauen"). */
export const SEX_GROUP_RE = lazy(() => new RegExp(String.raw`(?<!\p{L})(?:${wordsAlt([...SEX_GROUP_WORDS, ...SEX_NAME_WORDS])})(?!\p{L})`, 'iu'));
