// A large page as the regions its store's adapter reads (issue 14): their markup, each region whole
// and in page order, inside its ancestors' opening tags, so that what the adapter asks of a region's
// place (its ancestors' names: a carousel's, a review's, the page's chrome: dom.ts) reads as on the
// whole page. The background reads it as it reads a small page's markup (html-tree.ts,
// page-input.ts). Where the adapter would look past the regions, at what surrounds them (a panel
// found by its box or a picture by the heading over it, a short product area that may be a card,
// an article's buy buttons), the page is not sent so, and is read in place. The stores and their
// regions are data (stores/selectors.ts SENT_REGIONS).
import { CARD_MAX_CHARS } from './dom.ts';
import { SENT_REGIONS_ELEMENTS } from './input-caps.ts';
import { MAX_OPENERS, OPENER_SELECTOR, openerTarget, SAFE_ID_RE } from './stores/openers.ts';
import { firstArea } from './stores/product-areas.ts';
import { ARTICLE_LD_TYPES, JSON_LD_SCRIPTS, PAGE_REGIONS, type SentRegions } from './stores/selectors.ts';

/** The regions' markup, or null when the page is to be read in place: the adapter would read more
 *  than its regions (sendable), or they come to more than `cap` characters. Pure but for the DOM
 *  it reads. */
export function regionMarkup(doc: Document, sent: SentRegions, cap: number): string | null {
  const area = firstArea(doc, sent.areas);
  if (area === null || !sendable(doc, area, sent)) return null;
  return markupOf(regionsOf(doc, area, sent), cap);
}

/** Does the adapter read nothing of this page but its regions? It has the store's product area (else
 *  the adapter reads the whole page for it) longer than a product card (else the adapter may take
 *  it for one and read a wider area), the store's facts panel (else the adapter looks for one by
 *  what surrounds it), and no structured data that calls it an article (whose kind the adapter
 *  then weighs by the whole page's buy buttons). */
function sendable(doc: Document, area: Element, sent: SentRegions): boolean {
  if ((area.textContent ?? '').length <= CARD_MAX_CHARS) return false;
  if (doc.querySelector(sent.facts.join(', ')) === null) return false;
  for (const ld of Array.from(doc.querySelectorAll(JSON_LD_SCRIPTS))) {
    const text = ld.textContent ?? '';
    if (ARTICLE_LD_TYPES.some((t) => text.includes(`"${t}"`))) return false;
  }
  return true;
}

/** The regions, in page order: what every adapter reads, the store's, its product area, and what
 *  the area's openers open (a dialog with the facts: common.ts factsInDialog). */
function regionsOf(doc: Document, area: Element, sent: SentRegions): Element[] {
  // (one selector list: one pass over the page, its matches in page order and each once)
  const found = Array.from(doc.querySelectorAll([...PAGE_REGIONS, ...sent.facts, ...sent.regions].join(', ')));
  const opened: Element[] = [];
  for (const opener of Array.from(area.querySelectorAll(OPENER_SELECTOR)).slice(0, MAX_OPENERS)) {
    const id = openerTarget(opener);
    const target = id && SAFE_ID_RE.test(id) ? doc.querySelector(`[id="${id}"]`) : null;
    if (target) opened.push(target);
  }
  for (const el of [area, ...opened]) if (!found.includes(el)) found.splice(positionOf(found, el), 0, el);
  return found;
}

/** Where `el` goes among `found` (in page order): before the first that follows it (its own
 *  regions inside it among them). */
function positionOf(found: readonly Element[], el: Element): number {
  const i = found.findIndex((f) => (el.compareDocumentPosition(f) & FOLLOWING) !== 0);
  return i < 0 ? found.length : i;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (a DOM without the global `Node`, the tests', has the figure too). */
const FOLLOWING = 4;

/** The markup of `regions` (in page order), each inside its ancestors' opening tags; null if it
 *  would be over `cap` characters or `SENT_REGIONS_ELEMENTS` elements (each region's elements are
 *  counted before it is serialised: a page-wide one costs no serialising), or a region stands in
 *  an element whose content the background reads as text (html-tree.ts: a <noscript>, a
 *  <textarea>), where it would be lost. */
function markupOf(regions: readonly Element[], cap: number): string | null {
  const parts: string[] = ['<!DOCTYPE html>'];
  const open: Element[] = [];
  let size = 0;
  let elementsLeft = SENT_REGIONS_ELEMENTS;
  let last: Element | null = null;
  const add = (part: string): boolean => {
    parts.push(part);
    size += part.length;
    return size <= cap;
  };
  for (const el of regions) {
    // (a region inside the last one taken is in its markup already)
    if (last?.contains(el)) continue;
    last = el;
    const chain = ancestorsOf(el);
    if (chain.some((a) => RAW_TEXT.has(a.localName))) return null;
    const inside = el.getElementsByTagName('*');
    if (inside[elementsLeft] !== undefined) return null;
    elementsLeft -= inside.length + 1;
    let shared = 0;
    while (shared < open.length && open[shared] === chain[shared]) shared++;
    while (open.length > shared) add(closingTag(open.pop()!));
    for (const a of chain.slice(shared)) {
      open.push(a);
      if (!add(openingTag(a))) return null;
    }
    if (!add(el.outerHTML)) return null;
  }
  while (open.length > 0) add(closingTag(open.pop()!));
  return size <= cap ? parts.join('') : null;
}

/** Elements whose content the background's parser reads as text, not elements. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** The element's ancestors, the root first. */
function ancestorsOf(el: Element): Element[] {
  const chain: Element[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) chain.push(p);
  return chain.reverse();
}

/** The element's opening tag with its attributes, written from them (never a copy of the element:
 *  copying a page's custom element runs the page's own code). */
function openingTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${tag}>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function closingTag(el: Element): string {
  return `</${el.localName}>`;
}
