import type { PageIndex } from '../page-index.ts';
// Shared reading steps for store adapters: structured data first (JSON-LD, embedded JSON),
// then the regions named by the adapter's selectors, then a generic search for a facts panel.
import type { PageKind } from '../../core/reading.ts';
import type { LabelInput } from '../input.ts';
import type { Lexicon } from '../lexicon.ts';
import { all, blockText, first, inNonLabelRegion, inOtherProductsRegion, inProductCard, isProductCardElement, jsonLd, namesNonLabelRegion, ldProduct, ldTypes, meta, sectionAfterHeading, textOf, typeOf } from '../dom.ts';
import { kindFromUrl } from '../page-kind.ts';
import { ADD_TO_CART_G_RE, BUNDLE_TITLE_RE, COMPARED_PANEL_LEAD_RE, COMPOSITION_CUE_RE, COMPOSITION_HEADING_RE, CROSS_SELL_HEADING_RE, CROSS_SELL_LEAD_RE, DIRECTIONS_HEADING_RE, FACTS_HEADING_RE, FACTS_TITLE_RE, LEAFLET_HEADING_RE, PERCENT_RE, PER_100_BASIS_RE, PRICE_CUE_RE, REFERENCE_ENTRY_RE, SET_ALTERNATIVES_RE, STOCK_STATE_RE, isReferenceCue, namesReferenceLevel, namesUpperLimit, NUTRITION_HEADING_RE } from '../text/patterns.ts';
import { findAmounts, isTitlePackageWeight } from '../text/amount.ts';
import { ingredientsOpenWithNutrient } from '../text/ingredients.ts';
import { parseServingSize } from '../text/serving.ts';

export type { Selectors } from './selectors.ts';
import { ARTICLE_LD_TYPES, BREADCRUMB_SELECTORS, type Selectors } from './selectors.ts';
import { MAX_OPENERS, OPENER_SELECTOR, openerTarget, SAFE_ID_RE } from './openers.ts';

export interface StoreAdapter {
  readonly name: string;
  /** hosts this adapter serves */
  matchesUrl(url: string): boolean;
  /** recognises the markup, when no adapter serves the URL's host: a platform (Shopify themes, any
   *  host), or a store's page on an unlisted host or saved without its URL (then several of the
   *  store's own landmarks must be there together) */
  matchesDocument?(ix: PageIndex): boolean;
  read(ix: PageIndex, url: string, lex: Lexicon): LabelInput;
}

export { DIRECTIONS_HEADING_RE } from '../text/patterns.ts';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Tables, and tables built of other elements with ARIA roles (`<div role="table">` with rows and
 *  cells of divs: a facts panel so built was never looked at, and a product's label went unread;
 *  issue 8, round 21). */
const TABLES = 'table, [role="table"]';

/** Finds a facts panel anywhere: a table or block whose text reads like Supplement Facts. A table
 *  that names the nutrient comes first: a specifications table above the panel ("Serving Size |
 *  1 Stick Pack") also says "serving", and taken for the panel it hides the real one. */
export function findFactsPanel(ix: PageIndex, lex: Lexicon, within?: Element | null): Element | null {
  let servingOnly: Element | null = null;
  for (const t of all(ix, TABLES, within)) {
    const s = t.textContent ?? '';
    if (s.length >= 20000 || !FACTS_HEADING_RE().test(s) || inOtherProductsRegion(t)) continue;
    if (lex.mention.test(s)) return factsBox(t, s) ?? t;
    if (!servingOnly && /serving/i.test(s)) servingOnly = t;
  }
  const list = factsList(ix, lex, within);
  if (list) return list;
  if (servingOnly) return factsBox(servingOnly, servingOnly.textContent ?? '') ?? servingOnly;
  const labelled = labelledFacts(ix, lex, within);
  if (labelled) return labelled;
  return first(ix, ['[class*="supplement-facts" i]', '[id*="supplement-facts" i]', '[class*="supplementFacts" i]', '[class*="nutrition-facts" i]', '[id*="nutrition-facts" i]', '[class*="nutritionFacts" i]'], within);
}

/** The most facts panels of one set's products read together. */
const MAX_SET_PANELS = 6;

/** A set sold as one (its title says "stack", "bundle", "kit", ...) whose product area shows each
 *  product's own facts panel naming the nutrient: every such panel, in page order (each product's
 *  rows are read, and the set's dose is theirs together; the first bottle's panel alone made a
 *  3-bottle stack's 275 mg a day read as 200: understated; issue 8, round 34). Null unless there
 *  are two or more, or when the title names no set (several panels under one product's title are
 *  its variants or other products'). Panels in another products' region (a rail, a comparison),
 *  headed as another product's, per 100 g, or repeating an earlier panel's amounts (a size, a
 *  language) are never counted; a set whose page makes its products alternatives yields the
 *  panel holding the most (review of round 34). */
export function setFactsPanels(ix: PageIndex, lex: Lexicon, title: string | null, area: Element | null): Element[] | null {
  if (!area || !title || !BUNDLE_TITLE_RE().test(title)) return null;
  // each panel kept, with its nutrient rows' amounts (what tells a repeat) and their sum
  const kept: { panel: Element; key: string; mg: number }[] = [];
  for (const t of all(ix, TABLES, area)) {
    const s = t.textContent ?? '';
    if (s.length >= 20000 || !FACTS_HEADING_RE().test(s) || !lex.mention.test(s) || inOtherProductsRegion(t)) continue;
    // (its lines as shown: raw text glues a row's cells, "citrate)300 mg23%")
    const shown = blockText(t, { maxChars: 30_000 });
    if (findAmounts(shown, 1).length === 0) continue;
    if (kept.some(({ panel: p }) => p === t || contains(p, t) || contains(t, p))) continue;
    // (a panel headed as another product's, set beside the set's own: "Compare with a typical brand")
    if (COMPARED_PANEL_LEAD_RE.test(panelLead(t))) continue;
    // (a food's table per 100 g, no serving of the set's: its amount is no part of the day's dose)
    if (PER_100_BASIS_RE.test(shown) && !/serving|portion|dose|dosis/i.test(shown)) continue;
    // (the same label again, for another size or in another language: its nutrient rows' amounts
    // are the earlier panel's, one product shown twice)
    const rowAmounts = nutrientRowAmounts(shown, lex);
    const key = rowAmounts.join('+');
    if (kept.some((k) => k.key === key)) continue;
    kept.push({ panel: t, key, mg: rowAmounts.reduce((a, b) => a + b, 0) });
    if (kept.length > MAX_SET_PANELS) return null;
  }
  if (kept.length < 2) return null;
  const box = (t: Element) => factsBox(t, t.textContent ?? '') ?? t;
  // (a set whose products are alternatives, a choice or taken on different days: summing overstates,
  // and the first panel may be the smaller one; the panel that holds the most is read, which never
  // understates any choice)
  if (SET_ALTERNATIVES_RE.test(area.textContent ?? '')) return [box(kept.reduce((a, b) => (b.mg > a.mg ? b : a)).panel)];
  return kept.map((k) => box(k.panel));
}

/** The text just over a panel: its caption and the heading or paragraph before it (or before its
 *  wrapper, when it opens one). */
function panelLead(t: Element): string {
  const parts: string[] = [];
  const cap = t.querySelector?.('caption');
  if (cap) parts.push(cap.textContent ?? '');
  let el: Element | null = t;
  if (el && !el.previousElementSibling && el.parentElement) el = el.parentElement;
  const prev = el?.previousElementSibling ?? null;
  if (prev) parts.push((prev.textContent ?? '').slice(0, 200));
  return parts.join('\n');
}

/** The amounts of a panel's lines that name the nutrient (the first on each), in mg. */
function nutrientRowAmounts(shown: string, lex: Lexicon): number[] {
  const out: number[] = [];
  for (const line of shown.split('\n')) {
    if (!lex.mention.test(line)) continue;
    const a = findAmounts(line, 1)[0];
    if (a) out.push(a.mg);
  }
  return out;
}

/** Words a label may hold beside the facts heading and still be the heading alone ("Supplement
 *  Facts panel"); any other ("Compare supplement facts", "Supplement facts of similar products")
 *  names a block of other products' facts (review of round 32: a comparison carousel's two cards
 *  summed for the product's dose, its own facts an image). */
const LABEL_REST_RE = /^(?:panel|label|table|tab|section|grid|box|block|info(?:rmation)?|details?|and|&|\(?\d{0,2}\)?)$/i;
function labelIsHeading(label: string): boolean {
  const rest = label.replace(new RegExp(FACTS_HEADING_RE().source, 'gi'), ' ').split(/[\s:·|/,-]+/).filter((w) => w.length > 0);
  return rest.every((w) => LABEL_REST_RE.test(w));
}

/** Regions named by an ARIA label looked at, and the longest label taken for a heading. */
const MAX_LABELLED = 300;
const LABEL_MAX = 60;

/** A panel built of nested blocks, no table or list, that names itself by its ARIA label
 *  (`<div role="region" aria-label="Supplement Facts">` over a grid of divs): the label is its
 *  heading; taken when its text names the nutrient with an amount (issue 8, round 32: a BigCommerce
 *  div grid was never found, the page unreadable). */
function labelledFacts(ix: PageIndex, lex: Lexicon, within?: Element | null): Element | null {
  for (const el of all(ix, '[aria-label]', within).slice(0, MAX_LABELLED)) {
    const label = (el.getAttribute('aria-label') ?? '').trim();
    if (label.length > LABEL_MAX || !FACTS_HEADING_RE().test(label) || !labelIsHeading(label)) continue;
    const s = el.textContent ?? '';
    if (s.length < 20000 && lex.mention.test(s) && findAmounts(blockText(el, { maxChars: 20_000 }), 1).length > 0) return el;
  }
  return null;
}

/** Openers looked at in the product's area, and the longest text one may have ("View Supplement Facts"). */
const OPENER_TEXT_MAX = 60;

/** The product's facts in a dialog its own area opens: "View Supplement Facts" in the product's
 *  block, pointing at a modal outside it (hidden until clicked, and skipped with the page's chrome as
 *  a quick view of another product would be). The opener, in the product's area and outside its
 *  carousels and cards, and named by the facts' heading, makes the dialog the product's own; a
 *  "Quick view" on another product's card never does (issue 8, round 24: the title's "500 mg per
 *  serving" was read per caplet, twice a day, for the modal's 2-caplet serving). */
export function factsInDialog(ix: PageIndex, lex: Lexicon, area: Element | null): Element | null {
  if (!area) return null;
  let found: Element | null = null;
  let foundText = '';
  for (const el of all(ix, OPENER_SELECTOR, area).slice(0, MAX_OPENERS)) {
    const t = (el.textContent ?? '').trim();
    // (an opener that names another region, "Compare Supplement Facts", opens no facts of this product)
    if (t.length === 0 || t.length > OPENER_TEXT_MAX || !FACTS_HEADING_RE().test(t) || inNonLabelRegion(el, area) || namesNonLabelRegion(el, true)) continue;
    const id = openerTarget(el);
    // (found through the page's index, as every lookup: the background's markup tree has no getElementById)
    const target = id && SAFE_ID_RE.test(id) ? first(ix, [`[id="${id}"]`]) : null;
    if (!target || target === el || contains(target, el) || namesNonLabelRegion(target)) continue;
    const panel = findFactsPanel(ix, lex, target);
    if (!panel || !lex.mention.test(panel.textContent ?? '')) continue;
    // (its text as shown: the raw text glues a row's cells, "Carbonate)50 mg4%")
    const text = blockText(panel, { maxChars: 30_000 });
    if (findAmounts(text, 1).length === 0) continue;
    // (openers of several dialogs whose facts differ, one per strength or flavour, say no one of
    // them is this page's product: none is read, as when there was no dialog; review of round 24:
    // the first, the 200 mg strength's, was read on a page set to the 400 mg one)
    if (found && text !== foundText) return null;
    found ??= panel;
    foundText = text;
  }
  return found;
}

/** Description lists looked at for a facts panel (a page's specifications, FAQ and panel: a few). */
const MAX_LISTS = 50;

/** A facts panel written as a description list ("<dt>davon Magnesium</dt><dd>400 mg (107 % NRV*)</dd>",
 *  a Shopware tab): a `dl` that names the nutrient with an amount, under facts wording in itself or
 *  in its box ("Nährwerte / pro Tagesdosis (2 Kapseln)" over the list). Read whole with its box when
 *  the box states the serving the list does not. Only tables were looked for: a shop whose
 *  description named the nutrient had its list, in another tab, never read (issue 8, round 19). */
function factsList(ix: PageIndex, lex: Lexicon, within?: Element | null): Element | null {
  for (const d of all(ix, 'dl', within).slice(0, MAX_LISTS)) {
    const s = d.textContent ?? '';
    // (its terms and values as shown, on lines of their own: raw text glues "Magnesiumoxid663 mg")
    if (s.length >= 20000 || !lex.mention.test(s) || findAmounts(blockText(d, { maxChars: 20_000 }), 1).length === 0) continue;
    // (a list of questions is an FAQ: its answers may quote another product's facts, "Magnesium
    // Junior: Nährwerte pro Kautablette: Magnesium 60 mg"; issue 8, review 19)
    const terms = all(ix, 'dt', d).map((t) => (t.textContent ?? '').trim());
    if (terms.some((t) => /\?$/.test(t))) continue;
    // (the facts wording heads the list, in a term, in its first row ("Pour | 2 gélules") or in its
    // box, never only in an answer's text)
    const firstRow = `${terms[0] ?? ''} ${(all(ix, 'dd', d)[0]?.textContent ?? '').trim()}`;
    const box = factsBox(d, s);
    if (FACTS_HEADING_RE().test([...terms, firstRow].join('\n')) || (box !== null && FACTS_HEADING_RE().test((box.textContent ?? '').replace(s, ' ')))) return box ?? d;
  }
  return null;
}

/** For an adapter whose own facts regions hold nothing (a store that moved its panel): a table in
 *  the product area that names the nutrient and states its serving size, in itself or in its box
 *  ("Supplement Facts / Serving Size 3 Tablets" over the rows). A comparison chart or a
 *  specifications table states no serving size of a label: it is never taken. */
export function findServedFactsPanel(ix: PageIndex, lex: Lexicon, within: Element | null): Element | null {
  for (const t of all(ix, TABLES, within)) {
    const s = t.textContent ?? '';
    // (never a table of other products: Amazon's "Compare with similar items", its row "Magnesium
    // 200 mg per 2 capsules" of another product read as a D3 drop's facts; round 73)
    if (s.length >= 20000 || !lex.mention.test(s) || !FACTS_HEADING_RE().test(s) || inOtherProductsRegion(t)) continue;
    if (parseServingSize(blockText(t, { maxChars: 20_000 }), true)) return t;
    const box = factsBox(t, s);
    if (box) return box;
  }
  return null;
}

/** A line that states what the product contains, naming the nutrient with an amount
 *  ("Each tablet contains: magnesium oxide 400 mg", "principio attivo: magnesio pidolato 1,5 g"). */
function statesComposition(text: string, lex: Lexicon, headed = false): boolean {
  let n = 0;
  // lines left under a composition heading of its own ("Each tablet contains:", "Composition"): its rows
  // (the text a section under such a heading, the heading left out: its first rows are under it)
  let rowsLeft = headed ? COMPOSITION_ROWS : 0;
  // (a row of a grid of divs puts each cell on a line of its own: the nutrient's name on one, its
  // amount on the next; issue 8, round 61)
  let named = false;
  for (const line of text.split('\n')) {
    if (++n > 2000) break;
    if (line.length > 400) {
      rowsLeft = 0;
      continue;
    }
    const cue = COMPOSITION_CUE_RE().test(line);
    // (the nutrient's name looked for under a cue only: the text may be a whole page's)
    const names = (cue || rowsLeft > 0) && lex.mention.test(line);
    if ((cue || rowsLeft > 0) && (names || (named && rowsLeft > 0)) && findAmounts(line).length > 0) return true;
    named = names && line.length <= GRID_CELL_MAX;
    rowsLeft = cue && (/:\s*$/.test(line) || line.trim().length <= COMPOSITION_HEADING_MAX) ? COMPOSITION_ROWS : Math.max(0, rowsLeft - 1);
  }
  return false;
}

/** A facts heading ("Nutrition facts", "Supplement Facts", "per 2 tablets") over rows, one of which
 *  names the nutrient with a percentage and no amount ("Magnesium 12%"): a facts list of shares of
 *  the daily value. */
function statesPercentFacts(text: string, lex: Lexicon): boolean {
  let n = 0;
  let rowsLeft = 0;
  for (const line of text.split('\n')) {
    if (++n > 2000) break;
    if (line.length > 400) {
      rowsLeft = 0;
      continue;
    }
    if (FACTS_HEADING_RE().test(line)) {
      rowsLeft = PERCENT_FACTS_ROWS;
      continue;
    }
    if (rowsLeft > 0 && line.length <= PERCENT_ROW_MAX && lex.mention.test(line) && new RegExp(PERCENT_RE.source).test(line)) return true;
    rowsLeft = Math.max(0, rowsLeft - 1);
  }
  return false;
}
/** How many lines under a facts heading are its rows, a multivitamin's twenty-odd nutrients. */
const PERCENT_FACTS_ROWS = 40;
/** A facts row is short: a longer line is prose. */
const PERCENT_ROW_MAX = 80;

/** A line of the text names the nutrient with an amount ("30 servings" or a scoop's "5 g" alone are
 *  none of its), in a sentence that is no reference value: "a guidance level of 400mg of supplemental
 *  magnesium a day", "The NRV for magnesium is 375mg" name no amount of the product (issue 8, round
 *  61: such a description kept the composition tab beside it unread). */
function namesNutrientAmount(text: string, lex: Lexicon): boolean {
  let n = 0;
  for (const line of text.split('\n')) {
    if (++n > 2000) break;
    if (line.length <= 2000 && lex.mention.test(line) && findAmounts(line, 1).length > 0 && line.split(SENTENCE_END_RE).some(namesOwnAmount)) return true;
  }
  return false;
}
/** A sentence's end: its mark and the space after it. */
const SENTENCE_END_RE = /(?<=[.!?])\s+/u;
/** A sentence with an amount that is no reference value's (an amount after its reference words)
 *  nor a package's weight ("One 200g pouch gives about 57 scoops"). */
function namesOwnAmount(sentence: string): boolean {
  const a = findAmounts(sentence).find((x) => !isTitlePackageWeight(x));
  if (!a) return false;
  const before = sentence.slice(0, a.start);
  return !(isReferenceCue(sentence) || namesReferenceLevel(before, sentence.slice(a.end)) || namesUpperLimit(before));
}

/** The text under the area's composition heading, else its nutrition heading, that states the
 *  composition (its heading the cue), or null. The second is looked for only when the first states
 *  none (on a large page this runs in the page). */
function composedSection(ix: PageIndex, area: Element, lex: Lexicon): string | null {
  for (const heading of [COMPOSITION_HEADING_RE(), NUTRITION_HEADING_RE()]) {
    const section = sectionAfterHeading(ix, area, heading);
    if (section !== null && statesComposition(section, lex, true)) return section;
  }
  return null;
}

/** An alt text this long at most is read as a facts panel's transcription. */
const ALT_FACTS_MAX_CHARS = 3000;

/** An alt text's words saying the label it shows is not this product's as sold: a comparison with
 *  other brands, a before/after or an old formula, a customer's photo (review of round 29: each,
 *  read as the panel, put another label's amount in place of this product's). */
const ALT_NOT_OWN_LABEL_RE = /\b(?:vs\.?|versus|compar(?:e|ed|es|ing|ison)|other brands?|leading brands?|competitors?|typical brands?|before\s{0,2}(?:&|and|\/)\s{0,2}after|(?:before|after)\s{0,2}:|(?:old|older|previous|former|original|discontinued|earlier)\s{1,2}(?:formula|formulation|label|version|recipe)|customers?|user|my)\b/i;
/** A heading over images that are not this product's label: others' products, customers' photos. */
const NOT_OWN_IMAGES_HEADING_RE = /\b(?:customers?|reviews?|user)\b/i;

/** The heading (h1-h4) last before el in the page, or null. */
function headingBefore(ix: PageIndex, el: Element): Element | null {
  let last: Element | null = null;
  for (const e of all(ix, 'h1, h2, h3, h4, img')) {
    if (e === el) return last;
    if (e.tagName.toUpperCase() !== 'IMG') last = e;
  }
  return null;
}

/** An image that is none of this product's own: in another product's card, a review or page chrome,
 *  or under a heading over others' products or customers' photos. */
function othersImage(ix: PageIndex, img: Element, own: Element | null): boolean {
  if (inNonLabelRegion(img, ix.doc.documentElement) || inProductCard(ix, img, own)) return true;
  const h = headingBefore(ix, img);
  if (!h || h.tagName.toUpperCase() === 'H1') return false;
  const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
  return CROSS_SELL_LEAD_RE().test(text) || CROSS_SELL_HEADING_RE.test(text) || NOT_OWN_IMAGES_HEADING_RE.test(text);
}

/** The facts panel as an image whose alt text transcribes it ("Supplement Facts. Serving Size: 3
 *  Capsules. ... Magnesium (as ...) 144 mg, 34% DV."): the alt text is the label's own words, read as
 *  the panel, one sentence a line, when it states a serving size and names the nutrient with an
 *  amount. Only the first facts image of the product's own is its label: never one in another
 *  product's card, a review or page chrome, nor a later image (a comparison chart, a kids' version,
 *  an old formula) after a label shown only as a picture; an alt text whose words say it is not this
 *  product's label (a comparison, before/after, a customer's photo) is none. An alt text that only
 *  names the picture stays a picture; issue 8, round 29 and its review. */
export function altTextFacts(ix: PageIndex, sel: Selectors, lex: Lexicon): string | null {
  const own = first(ix, ['h1']);
  const facts = new Set(sel.factsImages.flatMap((s) => all(ix, s)));
  // (the page's own first facts image, in the page's order: others' images before it are passed over)
  const img = all(ix, 'img').find((e) => facts.has(e) && !othersImage(ix, e, own));
  if (!img) return null;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (alt.length === 0 || alt.length > ALT_FACTS_MAX_CHARS || ALT_NOT_OWN_LABEL_RE.test(alt) || !parseServingSize(alt, true)) return null;
  const split = alt.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  // (two serving sizes are two products' panels in one picture, a set's: none is the dose alone)
  if (split.filter((l) => parseServingSize(l, true) !== null).length > 1) return null;
  const lines = split.join('\n');
  return namesNutrientAmount(lines, lex) ? lines : null;
}

/** How many lines under a composition heading ending in a colon are its rows ("Each tablet
 *  contains:" over "Potassium chloride 150 mg", "equiv. potassium 78.7 mg", ...). */
const COMPOSITION_ROWS = 12;
/** A grid's cell naming the nutrient, its amount on the next line, is this short at most. */
const GRID_CELL_MAX = 60;
/** A composition cue on a short line of its own is a heading ("Composition", "Skład"). */
const COMPOSITION_HEADING_MAX = 30;

/** A facts panel's box may hold its serving size above the table ("Supplement Facts / Serving
 *  Size: ½ Scoop (2.5 g)" then the rows): the nearest small block around the table that states a
 *  serving size the table does not, read whole. */
const FACTS_BOX_MAX_CHARS = 4000;
const FACTS_BOX_LEVELS = 3;
function factsBox(table: Element, tableText: string): Element | null {
  if (parseServingSize(tableText, true)) return null;
  let el: Element | null = table.parentElement;
  for (let n = 0; el && n < FACTS_BOX_LEVELS; n++, el = el.parentElement) {
    const tag = (el.tagName ?? '').toUpperCase();
    if (tag === 'BODY' || tag === 'MAIN' || tag === 'HTML') return null;
    const s = el.textContent ?? '';
    if (s.length > FACTS_BOX_MAX_CHARS) return null;
    // (its lines as shown: raw text glues "Serving Size: 2 Tablets<br>Servings ..." into one word)
    if (parseServingSize(blockText(el, { maxChars: FACTS_BOX_MAX_CHARS }), true)) return el;
  }
  return null;
}

/** The category path shown above the product ("Sports & Outdoors › Camping › Fire Starters"). */
function breadcrumb(ix: PageIndex): string | null {
  const t = textOf(first(ix, BREADCRUMB_SELECTORS));
  return t && t.length <= 400 ? t : null;
}

/** Product cards that make a page a listing. */
const LISTING_CARDS = 4;
/** Breadcrumb elements looked at (a page has one or two; each selector may find its parts too). */
const MAX_CRUMBS = 10;
/** How long a breadcrumb's text may be (as for the category path read from it). */
const MAX_CRUMB_CHARS = 400;

/** Does the element hold two or more of the elements found (bounded: it stops at the second)? */
function holdsTwo(outer: Element, found: readonly Element[]): boolean {
  let n = 0;
  for (const el of found) if (contains(outer, el) && ++n >= 2) return true;
  return false;
}

/** The elements a card selector finds, but for those in the breadcrumb: a shop's breadcrumb may
 *  mark its last item, the product itself, with the class its cards carry (Magento's
 *  `<li class="item product">`), and with three related products under the label it made four
 *  "cards" and a product page a category (issue 8, round 19). */
function cardsOutsideBreadcrumb(ix: PageIndex, selector: string): number {
  // (cards in a block marked as other products', a product page's "Kunden kauften auch" row
  // (Shopware's .product-detail-cross-selling holding a .cms-listing-row of .product-box cards), are
  // no listing: five of them made a product page a category, its 375 mg a day lost; review of round 30)
  const found = all(ix, selector).filter((el) => !inOtherProductsRegion(el));
  if (found.length === 0) return 0;
  // (a breadcrumb is a short trail that ends with one product at most: a wrapper or the body whose
  // class names one, "page-with-breadcrumbs", holds the page's cards and is none; issue 8, review 19)
  const crumbs = BREADCRUMB_SELECTORS.flatMap((s) => all(ix, s)).slice(0, MAX_CRUMBS)
    .filter((c) => (c.textContent ?? '').length <= MAX_CRUMB_CHARS && !holdsTwo(c, found));
  if (crumbs.length === 0) return found.length;
  // (counted up to what makes a listing: bounded work on a page of thousands of cards)
  let n = 0;
  for (const el of found) if (!crumbs.some((c) => contains(c, el)) && ++n >= LISTING_CARDS) break;
  return n;
}

/** Structured data says the page sells one product: a schema.org Product (or ProductGroup,
 *  DietarySupplement), or a Drug with an offer. A Drug without one is a drug-information page
 *  (a monograph describes the substance, its strengths and doses, and sells nothing). */
function hasProductData(ix: PageIndex): boolean {
  return jsonLd(ix).some((o) => {
    const types = [...ldTypes([o])];
    return types.some((t) => /^(?:Product|ProductGroup|DietarySupplement)$/.test(t)) || (types.includes('Drug') && o['offers'] !== undefined);
  });
}

/** schema.org types of one product. */
const PRODUCT_LD_TYPE_RE = /^(?:https?:\/\/schema\.org\/)?(?:Product|ProductGroup|DietarySupplement|IndividualProduct)$/;

/** A schema.org Product anywhere in the JSON-LD, nested ones too (a CollectionPage's mainEntity),
 *  but for a list's items (an ItemList's elements are a listing's products). */
function nestedProductData(ix: PageIndex): boolean {
  const seen = new Set<unknown>();
  let budget = 5_000;
  const walk = (x: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > 12 || !x || typeof x !== 'object' || seen.has(x)) return false;
    seen.add(x);
    if (Array.isArray(x)) return x.some((v) => walk(v, depth + 1));
    const o = x as Record<string, unknown>;
    if (typeOf(o).some((t) => PRODUCT_LD_TYPE_RE.test(t))) return true;
    return Object.entries(o).some(([k, v]) => k !== 'itemListElement' && walk(v, depth + 1));
  };
  return jsonLd(ix).some((o) => walk(o, 0));
}

/** Buy buttons a page of one product may show (its own, a bundle's); three or more are a listing's. */
const ONE_PRODUCT_BUTTONS = 2;

/** The page shows one product: a Product in its JSON-LD (nested ones too), exactly one microdata
 *  Product, Open Graph's product type or price, or a label's facts table with a buy button (and
 *  not the cart buttons of a listing). */
function showsOneProduct(ix: PageIndex): boolean {
  if (nestedProductData(ix)) return true;
  if (all(ix, '[itemscope][itemtype]').filter((el) => /schema\.org\/(?:Product|IndividualProduct)$/i.test(el.getAttribute('itemtype') ?? '')).length === 1) return true;
  if (meta(ix, ['og:type'])?.toLowerCase() === 'product' || OG_PRICE.some((p) => Boolean(meta(ix, [p])))) return true;
  const buttons = (offerSample(ix).match(ADD_TO_CART_G_RE()) ?? []).length;
  if (buttons === 0 || buttons > ONE_PRODUCT_BUTTONS) return false;
  return all(ix, 'table').some((t) => FACTS_TITLE_RE.test(`${factsHeadingBefore(t)} ${t.textContent ?? ''}`.slice(0, 2_000)));
}

/** The text of the heading right before a table (its facts title, "Supplement Facts"), or ''. */
function factsHeadingBefore(t: Element): string {
  let el = t.previousElementSibling;
  for (let i = 0; el && i < 3; i++, el = el.previousElementSibling) {
    if (/^(?:H[1-6]|P|DIV|STRONG|SPAN|CAPTION)$/.test(el.tagName)) return (el.textContent ?? '').slice(0, 200);
  }
  return t.querySelector('caption')?.textContent ?? '';
}

/** Characters of a page's text looked at for a buy button or a price. */
const OFFER_SAMPLE = 200_000;
const OFFER_SAMPLES = new WeakMap<PageIndex, string>();

/** The start of the page's text, where a buy button, a price or a stock word is looked for: taken
 *  once per page (the body's text of a 4 MB page costs milliseconds in the page's reader). */
function offerSample(ix: PageIndex): string {
  let text = OFFER_SAMPLES.get(ix);
  if (text === undefined) {
    text = (ix.doc.body?.textContent ?? '').slice(0, OFFER_SAMPLE);
    OFFER_SAMPLES.set(ix, text);
  }
  return text;
}

/** The page offers something: a buy button or a price in its text. A medicine's entry in a
 *  reference (schema.org Drug with no offers, "ficha técnica", a drug monograph) has neither: it is
 *  read as an article, no shop's page of one product (issue 8, round 35: a reference site's
 *  monograph was read as a product found). A shop's Drug page has its price and its cart button. */
function offersAnything(ix: PageIndex): boolean {
  return hasBuyButton(ix) || PRICE_CUE_RE().test(offerSample(ix));
}

/** The page has a buy button ("Add to cart") in its text. */
function hasBuyButton(ix: PageIndex): boolean {
  return offerSample(ix).search(ADD_TO_CART_G_RE()) >= 0;
}

/** The page sells one product whose buy button its script renders (absent from the markup): Open
 *  Graph's product type or price, a form that adds to the cart, or the shop's word of its stock
 *  ("Sold out", "Notify me when available"; review of round 42: such pages with a blog widget's or
 *  "Related articles"' Article in their JSON-LD read as articles, their dose absent). */
function sellsWithoutButton(ix: PageIndex): boolean {
  if (meta(ix, ['og:type']) === 'product' || OG_PRICE.some((p) => Boolean(meta(ix, [p])))) return true;
  if (ix.doc.querySelector('form[action*="/cart/add"], form[action*="add-to-cart"], [name="add-to-cart"]') !== null) return true;
  return STOCK_STATE_RE.test(offerSample(ix));
}

/** The page names itself a medicine's reference entry (its regulator's document, its ATC code). */
function namesReferenceEntry(ix: PageIndex): boolean {
  const title = ix.doc.title ?? '';
  if (REFERENCE_ENTRY_RE.test(title) || REFERENCE_ENTRY_RE.test(offerSample(ix))) return true;
  // (or a heading of the medicine's package leaflet, "Package leaflet: information for the user",
  // "Gebrauchsinformation: Information für Anwender": with no offer, a reference's copy of the
  // leaflet, no shop's page; round 57: a drug site's leaflet read as a 241 mg product; never on a
  // page that sells without a button in its text, out of stock or drawn by script)
  return !sellsWithoutButton(ix) && all(ix, 'h1, h2, h3').some((h) => LEAFLET_HEADING_RE().test((h.textContent ?? '').trim()));
}

/** schema.org types of an editorial page. */
const ARTICLE_LD_TYPE_RE = new RegExp(`^(?:${ARTICLE_LD_TYPES.join('|')})$`);

/** Open Graph's price of the one product a page sells ("product:price:amount"); a listing has none. */
const OG_PRICE = ['product:price:amount', 'og:price:amount'];

export function kindFromDocument(ix: PageIndex, sel: Selectors, url: string): PageKind {
  const byUrl = kindFromUrl(url, () => hasProductData(ix) || hasBuyButton(ix));
  const types = ldTypes(jsonLd(ix));
  const declaresArticle = [...types].some((t) => ARTICLE_LD_TYPE_RE.test(t));
  // (a short product-like path, "/p/<slug>", is also a newsletter's post: a page that declares itself
  // an article, with no product data and no buy button, is one, whatever its address says; a
  // roundup's prices of the products it compares do not make it a shop; issue 8, round 42: a
  // "best ... for sleep" roundup read as a product found)
  if (byUrl === 'product' && declaresArticle && !hasProductData(ix) && !hasBuyButton(ix) && !sellsWithoutButton(ix)) return 'article';
  if (byUrl) return byUrl;
  if (hasProductData(ix)) return 'product';
  if (declaresArticle || meta(ix, ['og:type']) === 'article') return 'article';
  if (types.has('Drug') && !offersAnything(ix) && namesReferenceEntry(ix)) return 'article';
  if ([...types].some((t) => t === 'SearchResultsPage')) return 'search';
  // (a page that declares itself a collection, with no product data of its own, is a category:
  // its tiles' amounts and directions are each another product's; issue 8, round 46: a category of
  // six tiles read as the first tile's 150 mg, twice a day)
  // (never on a page that shows one product: a Product nested in the JSON-LD (a CollectionPage's
  // mainEntity), a microdata Product, Open Graph's product or price, or a label's facts table beside
  // a buy button; a theme's or an SEO plugin's CollectionPage stamped on a product page made it a
  // category, its 400 mg a day absent; review of round 46)
  if (types.has('CollectionPage') && !showsOneProduct(ix)) return 'category';
  // the page declares itself one product (Open Graph's "product"; a listing's is "product.group"
  // or "website"): its "Customers also bought" cards do not make it a listing (issue 8, round 18:
  // a Magento product page with four cross-sell cards was read as a category, its 400 mg lost).
  // Only with the one price Open Graph gives a product: a theme that stamps "product" on every
  // page would make a listing of six cards one product, read at a card's amount (issue 8, review)
  if (meta(ix, ['og:type'])?.toLowerCase() === 'product' && meta(ix, OG_PRICE) !== null) return 'product';
  let cards = 0;
  for (const s of sel.cards) cards = Math.max(cards, cardsOutsideBreadcrumb(ix, s));
  if (cards >= LISTING_CARDS) {
    const title = `${ix.doc.title ?? ''} ${meta(ix, ['og:title']) ?? ''}`;
    return /search|results|suche|recherche|busca/i.test(title) || all(ix, '[data-component-type="s-search-result"]').length > 0 ? 'search' : 'category';
  }
  if (first(ix, sel.title)) return 'product';
  return 'other';
}

/** "Visit the NOW Foods Store" / "By NOW Foods" / "Brand: NOW Foods" -> "NOW Foods". */
function cleanBrand(s: string | null): string | null {
  if (!s) return null;
  let b = s.replace(/^(?:by|brand:|visit the)\s/i, '').trim();
  if (b.toLowerCase().endsWith(' store')) b = b.slice(0, -6).trim();
  return b.length > 0 ? b : null;
}

/** Native textContent is cheap; the block-structured walk is not. Read a region's structure only
 *  when its plain text names the element at all. */
function mentionsNutrient(el: Element | null, lex: Lexicon): boolean {
  return el !== null && lex.names(el.textContent ?? '');
}

/** The product area. A schema.org microdata Product element (itemscope) says which product the
 *  page is about, not where its label ends: when it holds neither a facts panel nor a directions
 *  heading (title, price and variants only), the next, wider area that contains it is read (still
 *  skipping carousels, sidebars, menus and footers). */
function productArea(ix: PageIndex, sel: Selectors, title: string | null, lex: Lexicon): Element | null {
  // (the first of its selectors that is no other product's card: a generic "article" may be one)
  let area: Element | null = null;
  for (const s of sel.productArea) {
    const el = first(ix, [s]);
    if (el && !isProductCardElement(ix, el)) {
      area = el;
      break;
    }
  }
  if (!area || !sel.scanForFacts) return area;
  const scoped = area.getAttribute('itemscope') !== null;
  if (scoped && !lex.mention.test(title ?? '') && !mentionsNutrient(area, lex)) {
    // a product named by its brand ("Magnorell 10 mmol"), whose scoped block (title, price, pack
    // sizes) never names the nutrient, must not hide the page's tabs, where its composition
    // stands: the wider area is taken only when its composition section names the nutrient (not
    // a menu link, nor another product's teaser beside a zinc tablet's composition), and is then
    // read only if it states a composition (readWithSelectors)
    return widerArea(ix, sel, area, (el) => compositionNamesNutrient(ix, el, lex)) ?? area;
  }
  if (findFactsPanel(ix, lex, area) || sectionAfterHeading(ix, area, DIRECTIONS_HEADING_RE())) return area;
  // (a page's <main> may hold only the gallery and the buy box, its label in tabs after it: the
  // wider area is read when it holds a facts panel; round 73, a shop's Supplement Facts table in
  // an accordion after <main> went unread and the page had no day)
  return widerArea(ix, sel, area, scoped ? () => true : (el) => factsOfPage(ix, lex, el)) ?? area;
}

/** A facts panel in `el` that is the page's own: in its tabs or accordions (a <details>, a tab panel,
 *  a block named as tabs or an accordion), no dialog's, comparison's or carousel's. Any other block
 *  after <main> may be another product's, whatever its class says ("bundle-and-save", "complementary-
 *  products", "routine-builder": the review of round 73's rules, a kids' gummy's 25 mg read for the
 *  product's 400 mg a day). */
function factsOfPage(ix: PageIndex, lex: Lexicon, el: Element): boolean {
  const panel = findFactsPanel(ix, lex, el);
  if (panel === null || inNonLabelRegion(panel, el)) return false;
  for (let p: Element | null = panel; p && p !== el; p = p.parentElement) {
    const named = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if ((p.tagName ?? '').toUpperCase() === 'DETAILS' || p.getAttribute('role') === 'tabpanel' || PAGE_SECTIONS_RE.test(named)) return true;
    // (or a section of the label itself: named so, "<section id="supplement-facts">", "<div
    // class="pdp-ingredients">", or headed by the facts' own heading; the review of round 74's rules)
    if (p.parentElement === el && (LABEL_SECTION_RE.test(named) || FACTS_HEADING_RE().test(firstHeading(p)))) return true;
  }
  return false;
}
/** Class or id words of a section of the product's label. */
const LABEL_SECTION_RE = /facts|nutrition|ingredient|supplement|composition|label/i;
/** The text of a block's first heading (h2-h4), or ''. */
function firstHeading(block: Element): string {
  return (block.querySelector('h2, h3, h4')?.textContent ?? '').slice(0, 120);
}
/** Class or id words of a page's own sections of tabs or accordions. */
const PAGE_SECTIONS_RE = /(?:^|[\s_-])(?:tabs?|accordions?|collaps\w*|product-?(?:info|details|tabs|information))(?:$|[\s_-])/i;

/** The text under the area's composition or facts headings names the nutrient. */
function compositionNamesNutrient(ix: PageIndex, el: Element, lex: Lexicon): boolean {
  const section = sectionAfterHeading(ix, el, COMPOSITION_HEADING_RE());
  return section !== null && lex.names(section);
}

/** The first of the adapter's product areas that contains this one and passes the test. */
function widerArea(ix: PageIndex, sel: Selectors, area: Element, ok: (el: Element) => boolean): Element | null {
  for (const s of sel.productArea) {
    const wider = first(ix, [s]);
    if (wider && wider !== area && contains(wider, area)) return ok(wider) ? wider : null;
  }
  return null;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p: Element | null = inner.parentElement; p; p = p.parentElement) if (p === outer) return true;
  return false;
}

export function readWithSelectors(ix: PageIndex, url: string, source: string, sel: Selectors, lex: Lexicon): LabelInput {
  const ld = ldProduct(jsonLd(ix));
  const title = textOf(first(ix, sel.title)) ?? ld?.name ?? meta(ix, ['og:title']) ?? (ix.doc.title ? ix.doc.title.trim() : null);
  const brand = cleanBrand(textOf(first(ix, sel.brand))) ?? ld?.brand ?? null;
  const pageKind = kindFromDocument(ix, sel, url);
  const input: LabelInput = { url, source, pageKind, title, brand, facts: null, directions: null, body: null, factsIsImage: false };
  // search, category, article and cart pages are not read further: they are "absent" by definition
  if (pageKind !== 'product' && pageKind !== 'other') return input;
  const area = productArea(ix, sel, title, lex);
  const factsSel = first(ix, sel.facts);
  // description regions are read (block structure) only when their plain text names the element
  const descEls: Element[] = [];
  for (const s of sel.description) for (const el of all(ix, s).slice(0, 5)) if (mentionsNutrient(el, lex)) descEls.push(el);
  const titleMg = lex.mention.test(title ?? '');
  if (!titleMg && !factsSel && descEls.length === 0) {
    // nothing the adapter knows names magnesium. Adapters for shops without fixed regions look
    // at the product area's text once (native textContent) before searching it for a panel.
    if (!sel.scanForFacts || !mentionsNutrient(area ?? ix.doc.documentElement, lex)) return input;
  }
  let factsEl = factsSel ?? (sel.scanForFacts ? findFactsPanel(ix, lex, area) : findServedFactsPanel(ix, lex, area));
  // (the panel's text, walked once: on a large page this runs in the page, issue 14)
  let factsText = factsEl ? blockText(factsEl, { maxChars: 30_000 }) : '';
  // (no panel with an amount in the area, perhaps only the link that opens it: the dialog it opens)
  if (!factsEl || findAmounts(factsText, 1).length === 0) {
    const inDialog = factsInDialog(ix, lex, area);
    if (inDialog) {
      factsEl = inDialog;
      factsText = blockText(inDialog, { maxChars: 30_000 });
    }
  }
  // (a set's products' panels, each its own label: read all of them)
  const setPanels = sel.scanForFacts && !factsSel ? setFactsPanels(ix, lex, title, area) : null;
  const facts = setPanels ? setPanels.map((el) => blockText(el, { maxChars: 30_000 })).join('\n') : factsEl ? factsText : altTextFacts(ix, sel, lex);
  const descParts: string[] = descEls.map((el) => blockText(el, { maxChars: 60_000, skipChrome: true }));
  if (ld?.description && lex.mention.test(ld.description)) descParts.push(ld.description);
  let body = descParts.filter((x) => x.length > 0).join('\n');
  if (sel.noAreaFallback) {
    // the adapter reads its own product text
  } else if (body.length === 0 && !facts && area && sel.description.length === 0 && mentionsNutrient(area, lex)) {
    body = blockText(area, { skipChrome: true, maxChars: 200_000 });
  } else if (descEls.length === 0 && !facts && area && mentionsNutrient(area, lex) && lex.mention.test(title ?? '')) {
    // a magnesium product whose description is not where the adapter expects (a one-line
    // structured-data description is no label): read the product area
    const areaText = blockText(area, { skipChrome: true, maxChars: 200_000 });
    // (the structured description is kept unless the visible text holds all of it: a shop may show
    // its first sentence only, with the facts and directions in the rest)
    const foldWs = (x: string): string => x.replace(/\s+/g, ' ');
    body = body.length > 0 && !foldWs(areaText).includes(foldWs(body).trim()) ? `${body}\n${areaText}` : areaText;
  } else if (descEls.length === 0 && body.length > 0 && findAmounts(body).length === 0 && !facts && area && sel.scanForFacts && mentionsNutrient(area, lex)) {
    // a product named by a short word ("Mag + Potassium Tablets") whose structured description
    // names the nutrient with no amount: that line is no label, and the area's text is read when it
    // states the composition ("Each tablet contains:" over its rows)
    const areaText = blockText(area, { skipChrome: true, maxChars: 200_000 });
    if (statesComposition(areaText, lex)) body = `${body}\n${areaText}`;
  } else if (descEls.length > 0 && !namesNutrientAmount(body, lex) && !facts && area && sel.scanForFacts) {
    // descriptions the adapter found that name the nutrient with no amount of it ("a blend of
    // magnesium bisglycinate, glycine ... 30 servings", a scoop's "5 g"), the composition in a tab
    // of its own under its heading ("Ingredients" over "Each 5 g scoop contains:" and its rows): that
    // section is read when it states the composition, never the rest of the area (a regulator's
    // "may recommend up to 500 mg a day" there is no label; issue 8, round 24: read as absent)
    // (or a tab headed by its nutrition words alone, "Nutrition" over "Typical values | Per scoop
    // (3.5g) | %NRV" and its rows in divs; issue 8, round 61: read with the description's reference
    // values as names of the product's amount, the tab was never read)
    const section = composedSection(ix, area, lex);
    // (the section's own heading is the cue: "Información nutricional" over "Por 100 g | Por
    // cucharadita rasa (2 g)" and its rows; issue 8, round 58: a tab's table was never read)
    if (section) body = `${body}\n${section}`;
  } else if (body.length === 0 && !facts && area && sel.scanForFacts && mentionsNutrient(area, lex)) {
    // a product named by its brand ("PIDOMAG 1,5 g/10 ml"): its text is read when it states the
    // nutrient in its composition ("Ogni flaconcino contiene: principio attivo: magnesio pidolato 1,5 g")
    const areaText = blockText(area, { skipChrome: true, maxChars: 200_000 });
    // (or whose ingredients list opens with the nutrient's compound, "Zutaten: Magnesiumcitrat, ...",
    // with no amount anywhere: then it is unreadable, never absent)
    // (or whose facts list the nutrient by its share of the daily value only, "Magnesium 12%" under
    // "Nutrition facts (per 2 tablets)": a product that holds the nutrient, read as a %DV estimate;
    // issue 8, round 56: read as absent)
    if (statesComposition(areaText, lex) || ingredientsOpenWithNutrient(areaText, lex) !== null || statesPercentFacts(areaText, lex)) body = areaText;
  }
  // the kind was only guessed from a heading: the product text may still show a listing or an
  // editorial page, which the engine looks for (read.ts, withKindFromBody), so that the page's
  // reader carries none of those rules (issue 14)
  if (body.length > 0 && kindFromUrl(url) === null && !hasProductData(ix)) input.kindFromBody = true;
  const relevant = lex.mention.test(title ?? '') || (facts !== null && lex.mention.test(facts)) || lex.mention.test(body);
  if (relevant) {
    // directions matter only once the page is about magnesium
    const dirParts: string[] = [];
    for (const s of sel.directions) for (const el of all(ix, s).slice(0, 5)) dirParts.push(blockText(el, { maxChars: 5000 }));
    const headed = sectionAfterHeading(ix, area, DIRECTIONS_HEADING_RE());
    if (headed) dirParts.push(headed);
    input.directions = dirParts.filter((x) => x.length > 0).join('\n') || null;
    // shops without fixed regions often put directions in a plain paragraph ("Conseils
    // d'utilisation : 2 gélules par jour."): read them from the product area's text
    // (the product area's text, not only the description that names the nutrient: "Suggested use:
    // take 2 capsules daily" often stands in a tab of its own)
    // (and when what stood under a directions heading states no intake: "Einnahme zusammen mit
    // anderen Arzneimitteln:" heads a leaflet's interactions, its dose under "3. Wie ist ...
    // einzunehmen?"; issue 8, round 46)
    // (the engine chooses, read.ts: this code also runs in the page, which carries no directions parser)
    if (sel.scanForFacts && area) {
      const areaText = blockText(area, { skipChrome: true, maxChars: 100_000 });
      if (input.directions) input.directionsElse = areaText;
      else input.directions = areaText;
    }
    input.factsIsImage = !facts && sel.factsImages.some((s) => all(ix, s).length > 0);
    if (!facts) input.category = breadcrumb(ix);
  }
  input.facts = facts;
  input.body = body || null;
  return input;
}
