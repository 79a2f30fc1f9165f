// The cheapest test of all, for a page the content script would send whole (issue 14): could
// anything in it name the nutrient? Its text (title, body and scripts, structured data included)
// and its og:title are looked over once for a piece that every one of the nutrient's names holds
// (src/data/mention-stems.ts). Every text the gate reads (gate.ts) is part of these, so a page
// that holds no such piece is one the gate would stop: it is reported as naming none, and its
// markup is neither serialised nor sent (a 400 KB Walmart page of a toy: 300 KB of JSON). One whose
// address alone holds a piece is sent unlooked (addressMayName), and the background's gate stops it.
import type { Nutrient } from '../core/reading.ts';
import { DEFAULT_NUTRIENT, MENTION_STEMS } from '../data/mention-stems.ts';
import { escapeRe } from './words.ts';
import { firstArea } from './stores/product-areas.ts';

/** NodeFilter.SHOW_TEXT, a constant of the DOM standard (no NodeFilter global outside a page) */
const SHOW_TEXT = 4;

const patterns = new Map<Nutrient, RegExp>();

function stemsPattern(nutrient: Nutrient): RegExp {
  let re = patterns.get(nutrient);
  if (!re) {
    re = new RegExp(MENTION_STEMS[nutrient].map(escapeRe).join('|'), 'i');
    patterns.set(nutrient, re);
  }
  return re;
}

/** False only when `text` holds no piece of any of the nutrient's names: then no name is in it. */
export function mayHoldName(text: string, nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  return stemsPattern(nutrient).test(text);
}

/** Does the page's title hold a piece of the nutrient's names? A product page names its product
 *  there, and a string's own search compiles nothing. */
export function titleMayName(doc: Document, nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  return holdsStem(doc.title ?? '', nutrient);
}

/** Does the page's address hold a piece of the nutrient's names? Most stores put the product's name
 *  in its address (iHerb's /pr/now-foods-magnesium-citrate/..., Walmart's /ip/..., Amazon's
 *  /Magnesium-Glycinate/dp/...): a hint, like titleMayName, tested before anything of the page is
 *  touched. (A name written in another script is in the address percent-encoded: decoded first,
 *  part by part, so that a stray "%" elsewhere, "?q=100%", leaves the name's part decoded.) */
export function addressMayName(url: string, nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  return holdsStem(url.includes('%') ? url.split('/').map(decoded).join('/') : url, nutrient);
}

/** `part` percent-decoded, or as it is where it does not decode (a lone "%"). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Does `text` hold a piece of the nutrient's names? A string's own search: nothing compiled. */
function holdsStem(text: string, nutrient: Nutrient): boolean {
  const lower = text.toLowerCase();
  return MENTION_STEMS[nutrient].some((stem) => lower.includes(stem));
}

/** The most text of a product area looked over for a piece of the names (a larger one is left to
 *  the gate: copying and lowering it would cost more than the gate's script). */
const AREA_LOOK_MAX_CHARS = 200_000;

/** Does the page's product area (the first of `areaSelectors` present) hold a piece of the nutrient's
 *  names? A hint only, like titleMayName: a large page that says yes is most likely read, so its
 *  reader is asked for at once and reads it, ungated; one that says no is gated first. (A small
 *  page is not asked: the walk over its text, mayNameNutrient, stops at the first piece.) An area
 *  that holds scripts (Amazon's holds a megabyte of them) is not looked over: its text would be
 *  mostly code, and copying it costs more than the gate does. */
export function areaMayName(doc: Document, areaSelectors: readonly string[], nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  const area = firstArea(doc, areaSelectors);
  if (!area || area.getElementsByTagName('script')[0] !== undefined) return false;
  const text = area.textContent ?? '';
  return text.length <= AREA_LOOK_MAX_CHARS && holdsStem(text, nutrient);
}

/** False only when nothing in `doc` the gate could read holds a piece of the nutrient's names. */
export function mayNameNutrient(doc: Document, nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  // The page's title first (the pattern below is built only for a page whose title does not).
  return titleMayName(doc, nutrient) || pastTitleMayName(doc, nutrient);
}

/** mayNameNutrient for a page whose title holds no piece of the names: its og:title, then its
 *  text, node by node (for a caller that tested the title already). */
export function pastTitleMayName(doc: Document, nutrient: Nutrient = DEFAULT_NUTRIENT): boolean {
  const stems = stemsPattern(nutrient);
  // (the og:title the gate reads, found by tag: a selector costs its parse on every heavy page)
  for (const el of doc.getElementsByTagName('meta')) {
    const ogTitle = el.getAttribute('property') === 'og:title' || el.getAttribute('name') === 'og:title';
    if (ogTitle && stems.test(el.getAttribute('content') ?? '')) return true;
  }
  // Text node by text node, in the order textContent joins them (a page's title comes first): no
  // copy of the page's text is made, and a page that names it stops there. Each node is looked at
  // with the end of the one before, so a name split between two ("<b>M</b>agnesium") is found.
  const root = doc.documentElement;
  if (!root) return false;
  const carry = Math.max(0, ...MENTION_STEMS[nutrient].map((s) => s.length - 1));
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let tail = '';
  while (walker.nextNode()) {
    const text = walker.currentNode.nodeValue ?? '';
    // the node alone, then its start after the end of the ones before: no copy of a large node
    // (a store's 300 KB script) is made by joining it to what came before
    if (stems.test(text) || (tail.length > 0 && stems.test(tail + text.slice(0, carry)))) return true;
    if (carry > 0) tail = text.length >= carry ? text.slice(-carry) : (tail + text).slice(-carry);
  }
  return false;
}
