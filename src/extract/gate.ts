// The gate in front of the reading engine: the cheapest tests that tell, before any of the engine is
// loaded, whether a page can hold anything for it to read. First the address (a store's account,
// order, checkout or search pages hold no product: stores/addresses.ts), then the nutrient's names
// in what the store's adapter would read: its title, facts panel, description and product area
// (stores/selectors.ts), the page's title and its structured data. The engine reads a page as
// about the nutrient only when one of these names it; where none does, it could only say "absent",
// so the page is left unread (test/unit/extract/gate.test.ts checks this on every page we have).
// Native lookups and textContent only: no layout, and a small fraction of one pass over the page.
import type { Nutrient } from '../core/reading.ts';
import { DEFAULT_NUTRIENT } from '../data/mention-stems.ts';
import type { Reading } from '../core/reading.ts';
import { mentionFor } from './mention.ts';
import { mayHoldName } from './names-anywhere.ts';
import { notNamedReading } from './not-named.ts';
import { pageByAddress } from './stores/addresses.ts';
import { storeAt } from './stores/product-areas.ts';
import { STORE_SELECTORS, type Selectors } from './stores/selectors.ts';

/** read: run the engine. Otherwise why not: the address holds no product page, or nothing the
 *  store's adapter reads names the nutrient. */
export type GateVerdict = 'read' | 'not-a-product-address' | 'nutrient-not-named';

/** Description blocks the adapters read, per selector (common.ts reads the first five). */
const DESCRIPTION_BLOCKS = 5;

/** The selectors of the store at `url` (the generic ones for a shop with no adapter of its own). */
export function storeSelectors(url: string): Selectors {
  return STORE_SELECTORS[storeAt(url)] ?? STORE_SELECTORS['generic']!;
}

/** Should the engine read this page? */
export function gate(doc: Document, url: string, nutrient: Nutrient = DEFAULT_NUTRIENT): GateVerdict {
  const address = pageByAddress(url);
  if (address === 'other-path') return 'not-a-product-address';
  // a shop with no table is read only when the user asked ("Check this page"): read it all
  if (address === 'unlisted-host') return 'read';
  // The names' pattern (every name in every language: about 1.4 ms to build on a page's first
  // read) is built only for a text that holds a piece of one (names-anywhere.ts): most pages the
  // gate stops hold none, and a text without a piece holds no name.
  let names: ((text: string) => boolean) | null = null;
  for (const text of adapterTexts(doc, storeSelectors(url))) {
    if (!mayHoldName(text, nutrient)) continue;
    names ??= mentionFor(nutrient).names;
    if (names(text)) return 'read';
  }
  return 'nutrient-not-named';
}

/** What a page the gate stops reports in the page (the nutrient named nowhere its adapter reads),
 *  or null: read it. Its address was tested already: the content script reports an address where no
 *  product page is on its own. */
export function gateStopReading(doc: Document, url: string, nutrient: Nutrient = DEFAULT_NUTRIENT): Reading | null {
  return gate(doc, url, nutrient) === 'nutrient-not-named' ? notNamedReading(url, nutrient) : null;
}

/** The texts a store's adapter reads the nutrient from, cheapest first, each as the page has it. */
function* adapterTexts(doc: Document, sel: Selectors): Generator<string> {
  yield doc.title ?? '';
  for (const el of doc.querySelectorAll('meta[property="og:title"], meta[name="og:title"]')) yield el.getAttribute('content') ?? '';
  const title = first(doc, sel.title);
  if (title) yield title.textContent ?? '';
  // structured data: the product's name and description (JSON-LD), the store's own JSON
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) yield el.textContent ?? '';
  for (const s of sel.dataScripts ?? []) yield doc.querySelector(s)?.textContent ?? '';
  const facts = first(doc, sel.facts);
  if (facts) yield facts.textContent ?? '';
  for (const s of sel.description) for (const el of [...safeAll(doc, s)].slice(0, DESCRIPTION_BLOCKS)) yield el.textContent ?? '';
  for (const s of sel.alsoRead ?? []) for (const el of safeAll(doc, s)) yield el.textContent ?? '';
  // The product area, the largest text by far (an Amazon product's holds a megabyte of its
  // scripts), only where the adapter reads it before any text above names the nutrient: it
  // searches it for a facts panel (scanForFacts), or opens the dialog of a facts region that
  // holds no amount (common.ts, readWithSelectors). Elsewhere it reads the area only once one of
  // the texts above named the nutrient, and the gate has let the page through by then.
  if (!sel.scanForFacts && !facts) return;
  const area = first(doc, sel.productArea);
  if (area) yield area.textContent ?? '';
}

/** The first element of the first selector that matches anything (as the adapters pick). */
function first(doc: Document, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    try {
      const el = doc.querySelector(s);
      if (el) return el;
    } catch {
      // a selector this browser does not support: the next one
    }
  }
  return null;
}

function safeAll(doc: Document, selector: string): ArrayLike<Element> & Iterable<Element> {
  try {
    return doc.querySelectorAll(selector);
  } catch {
    return [];
  }
}
