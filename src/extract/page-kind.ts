// What kind of page is this: a single product, or a search, category, article or cart page?
// From the URL first, then from structure (schema.org types, og:type, repeated product cards),
// and for plain text from wording (an article talks to "you" and has no shop cues).
import type { PageKind } from '../core/reading.ts';
import type { Lexicon } from './lexicon.ts';
import { findAmounts } from './text/amount.ts';
import { parseDirections } from './text/directions.ts';
import { isDiscrete } from './text/units.ts';
import {
  ARTICLE_MARKER_RES, AUTHOR_MARKER_RES, QUESTION_HEADING_RE, RECIPE_FOOD_RE, RECIPE_TIME_RE, MONOGRAPH_HEADING_G_RE, BEST_HEADING_RE, BRAND_START_RE, COMPARISON_LINE_RE, PRODUCT_COLUMN_RE, YEAR_RE,
  ADD_TO_CART_G_RE, CARD_BUTTON_LINE_G_RE, LISTING_COUNT_RE, REVIEW_LIST_BEFORE_RE, LISTING_RANGE_RE, LISTING_SHOWN_RE, LOAD_MORE_RE, PRICE_LINE_G_RE, SORT_BY_RE, ARTICLE_CUE_RE, CAUTION_YOU_G_RE, COMMERCE_CUE_RE, PRONOUN_RE, URL_ARTICLE_RE, URL_ADVICE_RE, URL_CART_RE, URL_DRUG_INFO_RE, URL_CATEGORY_RE, URL_PRODUCT_RE, URL_QUESTION_SLUG_RE,
  URL_SEARCH_RE, URL_ITEM_NUMBER_RE, FACTS_HEADING_RE, FACTS_TITLE_RE, SERVING_SIZE_RE, SERVINGS_PER_CONTAINER_RE, DIRECTIONS_HEADING_RE, LABEL_QUOTE_LEAD_RE,
} from './text/patterns.ts';
import { lazy } from './lazy.ts';

/** Page kind from the URL alone; null when the URL does not tell. `sells`, when given, says the
 *  page has a buy button: then a drug-information address ("/generics/<drug>") or an advice
 *  section's ("/advies/", "/consigli/") does not tell. */
export function kindFromUrl(url: string | null | undefined, sells?: () => boolean): PageKind | null {
  if (!url) return null;
  let pathname: string;
  let search: string;
  try {
    ({ pathname, search } = new URL(url));
  } catch {
    return null;
  }
  // (in lower case, so the address patterns need no case-insensitive flag: a flag that doubles what
  // a pattern costs to compile, on a large page's every read)
  const pathOnly = pathname.toLowerCase();
  const path = pathOnly + search.toLowerCase();
  if (URL_CART_RE.test(path)) return 'cart';
  // (a question in the address is an article's title, whatever the path says before it)
  if (URL_QUESTION_SLUG_RE.test(pathOnly.replace(/\.[a-z]{2,5}$/, ''))) return 'article';
  if (URL_PRODUCT_RE.test(path)) return 'product';
  if (URL_SEARCH_RE.test(path)) return 'search';
  if (URL_ARTICLE_RE.test(path)) return 'article';
  if (URL_DRUG_INFO_RE.test(path) || URL_ADVICE_RE.test(path)) return sells?.() || URL_ITEM_NUMBER_RE.test(pathOnly) ? null : 'article';
  if (URL_CATEGORY_RE.test(path)) return 'category';
  return null;
}

/** Article or product, from plain text: an article addresses the reader and has no shop cues. */
export function kindFromText(text: string, lex: Lexicon): PageKind | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const sample = text.slice(0, 20_000);
  const words = sample.split(/\s+/).length;
  const pronouns = (sample.replace(CAUTION_YOU_G_RE, ' ').match(PRONOUN_RE) ?? []).length;
  if (isListingText(sample)) return 'category';
  // (a review of one product that quotes its label's directions is about that product: read as
  // such, "other", never a shop's own page)
  if (isEditorialText(sample, lex)) return quotesOneLabel(sample, lex) ? 'other' : 'article';
  const commerce = COMMERCE_CUE_RE().test(sample);
  if (ARTICLE_CUE_RE.test(sample) && !commerce) return 'article';
  if (!commerce && words > 150 && pronouns / words > 0.02) return 'article';
  return null;
}

/** How many lines are looked at for a label's directions quoted in an article. */
const LABEL_QUOTE_LINES = 400;

/** An article that reviews one product and quotes its label: a line of the label's directions under
 *  their heading, in units one counts ("Label directions: 1 capsule in the morning and 2 capsules in
 *  the evening", "Suggested use: 2 tablets daily"), and no comparison of several products. A guide's
 *  advice gives amounts ("Dosage: 200-400 mg a day"), not a product's units. */
export function quotesOneLabel(sample: string, lex: Lexicon): boolean {
  let n = 0;
  // (the directions quoted, each once: several different ones are several products', a list's
  // "Suggested use: 1 capsule daily" under each of its picks; a line that gives an amount is a
  // guide's advice, "Dosage: 1 capsule of a 200 mg product daily"; review 25)
  const quoted = new Set<string>();
  for (const raw of sample.split('\n')) {
    if (++n > LABEL_QUOTE_LINES) break;
    const line = raw.trim().replace(LABEL_QUOTE_LEAD_RE, '');
    if (line.length > 300 || !DIRECTIONS_HEADING_RE().test(line) || !/^[^:\n]{0,40}:/.test(line)) continue;
    if (findAmounts(line).length > 0) return false;
    const r = parseDirections(line).range;
    if (r && !r.unitless && isDiscrete(r.unit)) quoted.add(`${r.unit} ${r.min}-${r.max}`);
  }
  return quoted.size === 1 && !comparesProducts(sample, lex);
}

/** A listing (category or search results) from its text: a "Showing 1-12 of 48" count, the same
 *  "Add to basket" on three or more cards, or sorting/pagination controls over three or more
 *  name + price groups. A product page has one title and one price block (cross-sell lines
 *  "Name ... £8.99" are not price-only lines). */
export function isListingText(sample: string): boolean {
  if (LISTING_RANGE_RE.test(sample)) return true;
  if (cartButtonsBeforeFacts(sample) >= 3) return true;
  const prices = (sample.match(PRICE_LINE_G_RE()) ?? []).length;
  if (prices >= 3 && SORT_BY_RE().test(sample)) return true;
  // (a brand's range page: three or more cards, each a price line and its own "Shop now" button,
  // with no cart button; issue 8, round 42: the first card's 200 mg read as the page's product)
  // (never on a page with a label's facts heading or its directions: a product page's bundle tiers,
  // "Buy 1 bottle $29.99 Buy now" x3, or its cross-sell rail of "Jetzt kaufen" cards; review of round
  // 42: read as a category, its 400 mg a day was absent)
  if (prices >= 3 && (sample.match(CARD_BUTTON_LINE_G_RE) ?? []).length >= 3 && !labelOwnFacts(sample)) return true;
  // (a listing's text flattened onto one line has no price lines: its sorting control with its count
  // of results, how many it shows and its button for more, "Magnesium 48 products Sort by: ... Load
  // more products Showing 8 of 48": the control and two of the others, as a product page may show
  // the control and one in its reviews or brand links, "Sort by: Newest ... Showing 10 of 64";
  // issue 8, round 36)
  // (never on a page with a label's facts heading, "Supplement Facts", "Pour 2 gélules", "Nährwerte":
  // a product's own, its control and counts its reviews' and brand links', "Avis clients Trier par :
  // Plus récents. Affichage 8 sur 48. Voir plus de produits de la marque (24 produits)"; read as a
  // listing, its dose was absent; review of round 36)
  if (!listingSortControl(sample) || FACTS_HEADING_RE().test(sample)) return false;
  return [LISTING_COUNT_RE(), LISTING_SHOWN_RE(), LOAD_MORE_RE()].filter((re) => re.test(sample)).length >= LISTING_CUES;
}
/** The add-to-cart buttons before the page's label's facts title (all of them when it has none).
 *  A product page's own button stands before its label, its cross-sells' after it ("Nährwerte pro
 *  Kapsel ... Kunden kauften auch ... In den Warenkorb" x4): counted on the whole page, a product
 *  flattened onto one line was read as a listing and its 400 mg a day as absent (issue 8, round 47). */
function cartButtonsBeforeFacts(sample: string): number {
  const facts = labelFactsTitleAt(sample);
  return (sample.slice(0, facts < 0 ? sample.length : facts).match(ADD_TO_CART_G_RE()) ?? []).length;
}
/** Where the page's own label's facts title stands, or -1: a title after the page's first cart
 *  button, that heads its line (or its sentence, on a page flattened onto one line), with an amount
 *  or a serving size within a few lines after it and no cart button between. A menu link
 *  ("Supplement Facts Explained"), a filter ("Filtern nach: ... Nährwerte pro Tagesdosis") or a
 *  card's quick view ("Quick view: Supplement Facts - ... 200 mg") is none: cut there, a listing of
 *  six cards counted no button and read as one product, a card's 42.3 mg its dose (review of round
 *  46). */
function labelFactsTitleAt(sample: string): number {
  const firstCart = sample.search(ADD_TO_CART_G_RE());
  if (firstCart < 0) return -1;
  for (const m of sample.matchAll(FACTS_TITLE_G_RE())) {
    if (m.index < firstCart) continue;
    const lineStart = sample.lastIndexOf('\n', m.index - 1) + 1;
    const before = sample.slice(lineStart, m.index);
    if (!/^[\s|#*•:–-]*$/.test(before) && !SENTENCE_END_RE.test(before)) continue;
    const body = sample.slice(m.index + m[0].length, m.index + m[0].length + FACTS_BODY_REACH);
    const cart = body.search(ADD_TO_CART_G_RE());
    const panel = cart < 0 ? body : body.slice(0, cart);
    if (SERVING_SIZE_RE.test(panel) || FACTS_AMOUNT_RE.test(panel)) return m.index;
  }
  return -1;
}
/** The facts titles, each in turn (matchAll works on a copy: no state is kept between calls). */
const FACTS_TITLE_G_RE = lazy(() => new RegExp(FACTS_TITLE_RE.source, 'gi'));
/** A sentence's end right before a title: on a page flattened onto one line, "... mit Wasser.
 *  Nährwerte pro Kapsel", the title heads its own part. */
const SENTENCE_END_RE = /[.!?][\s\u00a0]{1,3}$/;
/** How far after a facts title its panel's serving size or first amount is looked for. */
const FACTS_BODY_REACH = 160;
/** A label's amount ("200 mg", "1,5 g", "400 µg"). */
const FACTS_AMOUNT_RE = /\d(?:[.,]\d{1,3})?[ \t\u00a0]{0,2}(?:mg|mcg|µg|μg|g)\b/i;
/** The page shows one product's own label: its serving size or a line headed by its directions (not
 *  the facts heading's words alone: a range page's cards say "200 mg per capsule"). */
function labelOwnFacts(sample: string): boolean {
  return SERVING_SIZE_RE.test(sample) || sample.split('\n').some((l) => DIRECTIONS_HEADING_RE().test(l.trim()));
}
/** A sorting control that is not a review list's ("Customer reviews Sort by: Newest", "Bewertungen
 *  Sortieren nach"): one with no word of such a list in the text right before it (review of round
 *  36: a product page's reviews' control, "Showing 8 of 48" and its brand link's "24 products"
 *  read it as a listing, its dose absent). */
function listingSortControl(sample: string): boolean {
  for (const m of sample.matchAll(SORT_BY_G_RE())) {
    if (!REVIEW_LIST_BEFORE_RE().test(sample.slice(Math.max(0, m.index - REVIEW_SORT_REACH), m.index))) return true;
  }
  return false;
}
const SORT_BY_G_RE = lazy(() => new RegExp(SORT_BY_RE().source, 'gim'));
/** How far before a sorting control a review list's word makes it the list's. */
const REVIEW_SORT_REACH = 40;
/** How many of a listing's own cues (of three) beside its sorting control make one. */
const LISTING_CUES = 2;

/** A shop's page of one product: an add-to-cart button and a price line (a listing has several). */
export function sellsOneProduct(sample: string): boolean {
  // (search: the patterns are global, and test() would carry their lastIndex over)
  return sample.search(ADD_TO_CART_G_RE()) >= 0 && sample.search(PRICE_LINE_G_RE()) >= 0;
}

/** Distinct article markers in the text: a byline, "Medically reviewed by", "Updated <date>",
 *  an affiliate disclosure, "How we tested" / "Our top picks", a "Best ... of 2026" heading.
 *  On a shop's page of one product the author markers and question headings do not count: its shop
 *  cues outweigh them. */
export function articleMarkers(sample: string): number {
  let n = 0;
  for (const re of ARTICLE_MARKER_RES) if (re.test(sample)) n++;
  // (nor do its FAQ's question headings: "Why buffered glycinate?")
  if (!sellsOneProduct(sample)) for (const re of [...AUTHOR_MARKER_RES(), QUESTION_HEADING_RE()]) if (re.test(sample)) n++;
  // a recipe (its times and its kitchen measures of food) is editorial on its own
  if (RECIPE_TIME_RE().test(sample) && RECIPE_FOOD_RE.test(sample)) n += 2;
  // a drug monograph's sections (indications, contraindications, adverse effects, ...) on a page with
  // no cart button are one marker; a pharmacy's page of one product quoting its leaflet has its cart
  // button, and a labeler's own label reproduced (its "HOW SUPPLIED") carries no second marker
  // (issue 8, round 47: a French monograph, "Dernière mise à jour : 02/04/2025", read as a product)
  if (sample.search(ADD_TO_CART_G_RE()) < 0 && monographSections(sample) >= MONOGRAPH_SECTIONS) n++;
  let k = 0;
  for (const line of sample.split('\n')) {
    if (++k > 60) break;
    const l = line.trim();
    if (l.length <= 160 && BEST_HEADING_RE.test(l) && YEAR_RE.test(l)) {
      n++;
      break;
    }
  }
  return n;
}

/** How many distinct monograph sections make a monograph. */
const MONOGRAPH_SECTIONS = 4;
function monographSections(sample: string): number {
  const seen = new Set<string>();
  for (const m of sample.matchAll(MONOGRAPH_HEADING_G_RE())) seen.add(m[1]!.toLowerCase());
  return seen.size;
}

/** Several different products, each with its own amount: three or more comparison lines
 *  ("Best Budget: Nature Made Magnesium Oxide — 250 mg per tablet") or rows of a table with a
 *  product column ("NOW Magnesium Citrate | Capsule | 400 mg | ..."), with distinct names and at
 *  least two distinct amounts. A store's own facts rows name no brand before the nutrient. */
export function comparesProducts(sample: string, lex: Lexicon): boolean {
  const names = new Map<string, number>();
  let productCol = -1;
  let n = 0;
  for (const raw of sample.split('\n')) {
    if (++n > 3000) break;
    const line = raw.trim();
    if (line.length === 0 || line.length > 240) continue;
    if (line.includes('|')) {
      const cells = line.split('|').map((c) => c.trim());
      const amounts = findAmounts(line);
      if (amounts.length === 0) {
        const k = cells.findIndex((c) => PRODUCT_COLUMN_RE.test(c));
        productCol = k;
        continue;
      }
      const name = productCol >= 0 ? cells[productCol] ?? '' : '';
      if (name.length >= 3 && findAmounts(name).length === 0 && lex.mention.test(line) && brandBeforeName(name, lex)) {
        names.set(name.toLowerCase(), amounts[0]!.mg);
      }
      continue;
    }
    productCol = -1;
    if (!lex.mention.test(line)) continue;
    const m = COMPARISON_LINE_RE.exec(line);
    const name = m?.[1]?.trim() ?? '';
    if (!m || !brandBeforeName(name, lex)) continue;
    const a = findAmounts(m[2] ?? '')[0];
    if (a) names.set(name.toLowerCase(), a.mg);
  }
  return names.size >= 3 && new Set(names.values()).size >= 2;
}

/** A product name with a brand before the nutrient's name: "Thorne Magnesium Bisglycinate",
 *  "NOW Magnesium Citrate" (a facts row "Magnesium (as ...)" has none). */
function brandBeforeName(name: string, lex: Lexicon): boolean {
  const m = lex.mention.exec(name);
  if (!m || m.index === 0) return false;
  const before = name.slice(0, m.index).trim();
  return before.length > 0 && before.length <= 60 && before.split(/\s+/).length <= 4 && BRAND_START_RE.test(before);
}

/** Where the page's own facts panel starts: a serving size and a count of servings per container,
 *  both stated (a comparison states neither for its products); -1 when the page has none. */
export function ownPanelStart(sample: string): number {
  const size = sample.search(SERVING_SIZE_RE);
  const count = sample.search(SERVINGS_PER_CONTAINER_RE);
  return size < 0 || count < 0 ? -1 : Math.min(size, count);
}

/** An editorial page: two article markers, or a comparison of several products. Products listed
 *  after the page's own facts panel ("Similar products", "Customers also viewed") are the one
 *  product's neighbours, not a comparison: only the lines before the panel are compared. */
export function isEditorialText(sample: string, lex: Lexicon): boolean {
  if (articleMarkers(sample) >= 2) return true;
  const panel = ownPanelStart(sample);
  return comparesProducts(panel < 0 ? sample : sample.slice(0, panel), lex);
}
