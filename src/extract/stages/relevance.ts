// Is this a page about one product of the nutrient at all? When no dose could be chosen, the
// answer decides between "unreadable" (a product of the nutrient whose amount cannot be read: the
// user is asked for it, never told it is safe) and "absent" (no such product here: a fire
// starter, a bath product, a page that only mentions the nutrient).
import type { Lexicon } from '../lexicon.ts';
import type { LabelInput } from '../input.ts';
import { kindFromUrl } from '../page-kind.ts';
import { findAmounts, type Amount } from '../text/amount.ts';
import { blendHoldsNutrient, ingredientsNameNutrient, ingredientsOpenWithNutrient } from '../text/ingredients.ts';
import type { DirectionsResult } from '../text/directions.ts';
import { FOOD_POWDER_G_RE, ADD_TO_CART_G_RE, INGREDIENTS_HEAD_RE, BUNDLE_CONTENTS_RE, FACTS_HEADING_RE, BUNDLE_TITLE_RE, bundleCountRe, DOSE_FORM_RE, HEALTH_CATEGORY_RE, NON_CONSUMABLE_PRODUCT_RE, NOT_CONSUMED_RE, NOT_INGESTIBLE_RE, NOT_SUPPLEMENT_AISLE_RE, ORAL_UNIT_RE, OWN_TAKE_DIRECTION_RE, SUPPLEMENT_WORD_RE, SKIN_FORM_RE, TAKE_UNITS_RE, TRANSDERMAL_FORM_RE } from '../text/patterns.ts';

/** A word of an address that is an id, no part of a name: a number of five digits or more
 *  ("6100071259", "990001"), or a code of ten letters and digits that mixes them more than a name
 *  with an amount does (an Amazon ASIN "B0C8LQ6ZNW"; never "500mg", "d3k2" nor "magnesium400"). */
const ADDRESS_ID_WORD_RE = /^(?:\d{5,24}|(?=[a-z\d]{8,24}$)[a-z]{0,4}\d{1,4}[a-z]{1,4}\d[a-z\d]{0,20})$/i;

/** How far after a powder's "of" word its phrase may still name the nutrient ("poudre de citrate de magnésium"). */
const POWDER_PHRASE_REACH = 40;
/** The end of a title's phrase: a comma, a dash, a bar, a bracket. */
const PHRASE_END_RE = /[,;|(–—]|\s-\s/;
/** A title with its foods' powders left out ("Porridge à la poudre d'amande" -> "Porridge à la "); a powder
 *  of the nutrient ("Poudre de magnésium") stays. */
function withoutFoodPowders(title: string, lex: Lexicon): string {
  const re = FOOD_POWDER_G_RE();
  re.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    // (a powder of the nutrient's compound stays, "Poudre de citrate de magnésium": the nutrient named in the
    // powder's own phrase, up to its comma or dash)
    const phrase = title.slice(m.index, m.index + m[0].length + POWDER_PHRASE_REACH).split(PHRASE_END_RE)[0] ?? '';
    if (lex.mention.test(m[1] ?? '') || lex.mention.test(phrase)) continue;
    out += title.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return out + title.slice(from);
}

/** The product's name as the page's address spells it: the last part of the path that is a name
 *  once its ids are dropped (an ASIN "/dp/B0C8LQ6ZNW" or "/990001" is none; a name ending in its
 *  product code, "/oil-spray-100ml-6100071259", is the name), words joined by "-", "_" or "+"
 *  ("/shop/magnesium-citrate-500mg-120-capsules/" -> "magnesium citrate 500mg 120 capsules"). */
export function addressName(url: string): string {
  let p: string;
  try {
    p = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  const parts = p.split('/').filter((x) => x.length > 0).reverse();
  for (const part of parts) {
    const words = part.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/).filter((w) => w.length > 0 && !ADDRESS_ID_WORD_RE.test(w));
    const name = words.join(' ');
    if (/\p{L}{3}/u.test(name)) return name.slice(0, 300);
  }
  return '';
}

/** The address names a supplement of the nutrient: its name with a dose form, an amount, a
 *  supplement or health word, another nutrient, or a product path ("/product/zma-zinc-magnesium-b6").
 *  The address alone never gives the dose (it may be the compound's weight or another pack's):
 *  the page is then "unreadable", with the address's amount seen. */
export function addressNamesSupplement(url: string, lex: Lexicon): boolean {
  const name = addressName(url);
  if (!lex.mention.test(name) || NOT_INGESTIBLE_RE.test(name)) return false;
  return kindFromUrl(url) === 'product' || DOSE_FORM_RE().test(name) || HEALTH_CATEGORY_RE().test(name) || SUPPLEMENT_WORD_RE().test(name)
    || lex.otherNutrient.test(name) || findAmounts(name.replace(/(\d) (mg|mcg|g)\b/gi, '$1$2')).length > 0;
}

/** The amounts the address names ("500mg"), seen but never used as a dose. */
export function addressAmounts(url: string): Amount[] {
  return findAmounts(addressName(url).replace(/(\d) (mg|mcg|g)\b/gi, '$1$2'));
}

/** A dose in mg / mcg in a title ("... Complex 400 mg") marks a supplement. */
const MG_IN_TITLE_RE = /\d\s{0,2}(?:mg|mcg|µg)\b/i;
/** Mentions in a title-less text page that make it about the nutrient. */
const MENTIONS_WITHOUT_TITLE = 3;
/** Characters of a page's text looked at for these cues. */
const SAMPLE = 200_000;

/** Does the page name a product of the nutrient: its title (its name or the short form product
 *  names use), an amount tied to it, a facts row, an ingredients list that opens with its
 *  compound, or (a text page without a title line) several mentions? */
export function aboutNutrient(input: LabelInput, body: string, keptAmounts: number, lex: Lexicon): boolean {
  const title = input.title ?? '';
  const facts = input.facts ?? '';
  // (a title may name it by its short form only: "Tri-Mag Complex - 90 Vegetable Capsules")
  return lex.mention.test(title)
    || lex.titleShortName.test(title)
    || addressNamesSupplement(input.url, lex)
    || keptAmounts > 0
    || (facts.length > 0 && lex.lineStartsWithName.test(facts))
    // (a product named by its brand whose ingredients list opens with the nutrient's compound)
    || ingredientsOpenWithNutrient(body, lex) !== null
    // (or names it further on, as a compound of its own, when the product's lead names it too: "Food
    // supplement with calcium, <element>, D3" over "Ingredients: calcium carbonate, <element> citrate";
    // a compound down the list alone may be a minor additive, no product of it)
    || (ingredientsNameNutrient(body, lex) !== null && headLines(body).some((l) => !INGREDIENTS_HEAD_RE().test(l) && lex.mention.test(l)))
    // (or a proprietary blend whose parts name its compound: an amount the label keeps to itself)
    || blendHoldsNutrient(`${facts}\n${body}`, lex) !== null
    // (or a label shown only as an image, under a description that names the nutrient among what the
    // product holds, outside an ingredients list: "a multi ... with calcium, D3, K2 and <element>")
    || (input.factsIsImage === true && namesOutsideIngredients(body, lex))
    || (title.length === 0 && lex.mention.test(headLines(body).map((l) => l.slice(0, headReach(l))).join('\n')) && (body.slice(0, SAMPLE).match(lex.mentionWordG) ?? []).length >= MENTIONS_WITHOUT_TITLE);
}

/** The page says its product holds none of the nutrient ("This product does not contain magnesium.")
 *  and names it nowhere as its own: not in its title or address, nor first in its ingredients, nor
 *  on a facts row (the review of round 73's rules: a sentence about another product had made a
 *  magnesium product absent). */
export function saysNoneOfNutrient(input: LabelInput, body: string, lex: Lexicon): boolean {
  if (!lex.statesNone.test(body) || lex.mention.test(input.title ?? '') || addressNamesSupplement(input.url, lex)) return false;
  return ingredientsOpenWithNutrient(body, lex) === null && !lex.lineStartsWithName.test(input.facts ?? '');
}

/** A heading over an ingredients list, "Other ingredients" too (its excipients name the nutrient's
 *  salts: "magnesium stearate"). */
const INGREDIENTS_LINE_RE = /ingredients?[ \t]{0,2}:?[ \t]{0,2}$/i;
/** Lines of the product text looked at for the nutrient named outside an ingredients list. */
const DESCRIPTION_LINES = 60;

/** Does the product text name the nutrient on a line that is neither an ingredients list nor under
 *  an ingredients heading? (A multi's description, "with calcium, vitamin D3, K2 and <element>",
 *  whose facts are an image: the product holds it, in an amount the page does not put in words;
 *  issue 8, round 34, read absent for unreadable.) */
function namesOutsideIngredients(body: string, lex: Lexicon): boolean {
  const lines = body.slice(0, SAMPLE).split('\n', DESCRIPTION_LINES);
  let prev = '';
  for (const line of lines) {
    const l = line.trim();
    if (l.length === 0) continue;
    if (lex.mention.test(l) && !INGREDIENTS_HEAD_RE().test(l) && !INGREDIENTS_LINE_RE.test(prev) && !/ingredients?\s{0,2}:/i.test(l)) return true;
    prev = l;
  }
  return false;
}

/** How far into a line of the head the page's own product is named: a page flattened onto one line
 *  names it near the start (after the shop's menu), its later text is the page's body ("Why pair
 *  with <element>?" under a vitamin D product: issue 8, round 32, read unreadable for absent). */
const HEAD_LINE_REACH = 400;

/** A page whose product comes after a long cookie banner or menu names it above its facts panel, or
 *  at its buy button: the head line reaches to its first facts heading, and at least to the end of
 *  the sentence after its first "Add to cart" (the product's lead); a line with no facts heading in
 *  its head is looked at whole, as before (review of round 32: a one-line page of the nutrient's
 *  product, its name past 400 characters of banner or menu and its facts an image, read absent,
 *  falsely reassuring, for unreadable). */
const CART_RE = new RegExp(ADD_TO_CART_G_RE().source, 'i');
const LEAD_MAX = 300;
const SENTENCE_END_RE = /[.!?](?:\s|$)/;
function headReach(line: string): number {
  const head = line.slice(0, HEAD_CHARS);
  const panel = FACTS_HEADING_RE().exec(head);
  const m = CART_RE.exec(head);
  let lead = 0;
  if (m) {
    const from = m.index + m[0].length;
    const end = SENTENCE_END_RE.exec(line.slice(from, from + LEAD_MAX));
    lead = from + (end ? end.index + 1 : 0);
  }
  return Math.max(HEAD_LINE_REACH, lead, panel ? panel.index : HEAD_CHARS);
}

/** How far down a page its head reaches: where it names its own product. */
const HEAD_LINES = 8;
const HEAD_CHARS = 2000;

/** The first lines of a page's text, where it names its own product (a page whose top names another
 *  product, a creatine, mentions the nutrient below only in its FAQ or cards). */
export function headLines(body: string): string[] {
  return body.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES);
}

/** Is this a supplement or medicine at all? Signs: a dose form in the title, a health category, a
 *  facts panel or facts wording, supplement wording, directions with dose units. "Do not ingest"
 *  or a non-health category (without a dose form in the title) say it is not. */
export function looksLikeSupplement(input: LabelInput, dirs: DirectionsResult, lex: Lexicon): boolean {
  // no title found (a text page opening with a sentence): its first words name the product
  const title = input.title ?? (input.body ?? '').slice(0, 120);
  const text = `${input.body ?? ''}\n${input.directions ?? ''}`.slice(0, SAMPLE);
  // ("Do not ingest" on a magnesium oil or spray applied to the skin: a product of the nutrient
  // whose amount the label may give; a bath soak is none)
  // (the product's name is its title, or its address's where the page shows no title line: "/shop/
  // product/brand-magnesium-oil-spray-100ml-6100071259")
  if (NOT_INGESTIBLE_RE.test(title) || NOT_INGESTIBLE_RE.test(text)) {
    const skinProduct = (name: string): boolean => lex.mention.test(name) && TRANSDERMAL_FORM_RE.test(name);
    return skinProduct(title) || (input.title == null && skinProduct(addressName(input.url)));
  }
  // a facts table with a row for the nutrient (in any supported language) is a label, whatever
  // the breadcrumb says
  if (lex.lineStartsWithName.test(input.facts ?? '')) return true;
  // (a food's powder, "Porridge à la poudre d'amande", is no dose form: its words are left out of the title's)
  const formInTitle = DOSE_FORM_RE().test(withoutFoodPowders(title, lex));
  const cat = input.category ?? '';
  const healthCat = cat.length > 0 && HEALTH_CATEGORY_RE().test(cat);
  // (a shop's own aisle, "Home > Recovery > ZMA Night Recovery", is no health word, but directions to
  // take a number of capsules or tablets say the product is swallowed as a supplement; issue 8,
  // round 40: a ZMA whose facts are an image read absent, falsely reassuring, for unreadable)
  // (only the product's own directions: an imperative to take, after at most a label ("Men:",
  // "Directions:"), never a sentence with its own subject ("Most people take 2 capsules daily" in a
  // blog, "Some readers also take 2 tablets"), nor "give" to an animal, nor under an aisle of pets,
  // articles or recipes; review of round 40)
  const oralDirections = dirs.range !== null && ORAL_UNIT_RE.test(dirs.range.unit)
    && dirs.texts.some((d) => OWN_TAKE_DIRECTION_RE.test(d)) && !NOT_SUPPLEMENT_AISLE_RE.test(cat);
  if (cat.length > 0 && !healthCat && !formInTitle && !oralDirections) return false;
  return formInTitle || addressNamesSupplement(input.url, lex) || healthCat || input.factsIsImage === true || MG_IN_TITLE_RE.test(title) || (input.facts ?? '').length > 0 || SUPPLEMENT_WORD_RE().test(text) || SUPPLEMENT_WORD_RE().test(title)
    || dirs.range !== null || dirs.openEnded || DOSE_FORM_RE().test(input.directions ?? '');
}

/** A product of the element that is not eaten: a tool or a material (a fire starter block, an anode
 *  rod) named so in its title or its shop's aisle, or a page that says its product is not for
 *  consumption nor a supplement, with no facts panel, no dose form in its title and no form put on
 *  the skin (an oil's "Not for consumption" keeps its reading). Its figures ("400mg-ish piles of shavings")
 *  are no dose (issue 8, round 56: read as a 400 mg supplement). */
export function isNonConsumable(input: LabelInput, body: string, lex: Lexicon): boolean {
  const title = input.title ?? '';
  const sample = body.slice(0, SAMPLE);
  // (a facts panel or facts wording, a dose form in the title or directions to swallow a number of
  // units keep the page's reading, whatever tool word its title or aisle holds: such a statement there
  // is of a part, a desiccant, and a tool's word there a brand's or an aisle's, "Anode Nutrition
  // Magnesium Glycinate - 120 Capsules"; review of round 56)
  if (lex.lineStartsWithName.test(input.facts ?? '') || DOSE_FORM_RE().test(title) || FACTS_HEADING_RE().test(sample) || TAKE_UNITS_RE.test(sample)) return false;
  if (NON_CONSUMABLE_PRODUCT_RE().test(title) || NON_CONSUMABLE_PRODUCT_RE().test(input.category ?? '')) return true;
  // (a form put on the skin, in the shops' languages: "Crème au ... Ne pas consommer" is of not
  // swallowing it)
  if (TRANSDERMAL_FORM_RE.test(title) || SKIN_FORM_RE().test(title)) return false;
  return NOT_CONSUMED_RE().test(sample);
}

/** A page selling several products as one (a bundle, a set, a stack): its title says so and a
 *  heading lists its contents ("What's in the bundle", "Im Set enthalten"). No single product's dose
 *  is on it: each product has its own, and adding them up would be a guess. */
export function isBundlePage(input: LabelInput, body: string): boolean {
  // (a text page names its product in its first lines, whichever line was taken for its title: a
  // menu's "Shop Bundles Magnesium ..." may be, above "The Deep Rest Bundle")
  // (the contents heading itself names no product: "What's in the bundle" under a one-product title)
  const head = headLines(body).join('\n');
  const headNames = headLines(body).filter((l) => !BUNDLE_CONTENTS_RE().test(l)).join('\n');
  // (but a title that states an amount is one product's own name, "... 400 mg - 120 Capsules": a
  // promotion's "Bundle & Save" or a cross-sell's "Complete your sleep stack" above it names no bundle)
  const title = input.title ?? '';
  const name = title.length === 0 || (input.source === 'text' && findAmounts(title, 1).length === 0) ? `${title}\n${headNames}` : title;
  if (!BUNDLE_TITLE_RE().test(name)) return false;
  // a heading over its contents, or a count of its products at the head ("3 products · save 22%")
  return BUNDLE_CONTENTS_RE().test(body.slice(0, SAMPLE)) || bundleCountRe().test(head);
}
