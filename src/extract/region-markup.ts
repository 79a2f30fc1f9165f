// A large page as the regions its store's adapter reads (issue 14): their markup, each region whole
// and in page order, inside its ancestors' opening tags, so that what the adapter asks of a region's
// place (a product card's, a carousel's, the page's chrome: dom.ts) reads as it does on the whole
// page. The background reads it as it reads a small page's markup (html-tree.ts, page-input.ts).
// The stores and their regions are data (stores/selectors.ts SENT_REGIONS).
import { PAGE_REGIONS, type SentRegions } from './stores/selectors.ts';

/** The regions' markup, or null when the page has none of the store's product areas or the markup
 *  would be over `cap` characters (the page is then read in place). Pure but for the DOM it reads. */
export function regionMarkup(doc: Document, sent: SentRegions, cap: number): string | null {
  // (one selector list: one pass over the page, its matches in page order and each once)
  const found = Array.from(doc.querySelectorAll([...PAGE_REGIONS, ...sent.regions].join(', ')));
  // (a page without the store's product area has the adapter read the whole page for it: read in place)
  const area = firstOf(doc, sent.areas);
  if (area === null) return null;
  if (!found.includes(area)) found.splice(positionOf(found, area), 0, area);
  const parts: string[] = ['<!DOCTYPE html>'];
  const open: Element[] = [];
  let size = 0;
  let last: Element | null = null;
  for (const el of found) {
    // (a region inside the last one taken is in its markup already)
    if (last?.contains(el)) continue;
    last = el;
    const chain = ancestorsOf(el);
    let shared = 0;
    while (shared < open.length && open[shared] === chain[shared]) shared++;
    while (open.length > shared) parts.push(closingTag(open.pop()!));
    for (const a of chain.slice(shared)) {
      parts.push(openingTag(a));
      open.push(a);
    }
    const html = el.outerHTML;
    size += html.length;
    if (size > cap) return null;
    parts.push(html);
  }
  while (open.length > 0) parts.push(closingTag(open.pop()!));
  return parts.join('');
}

function firstOf(doc: Document, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Where `el` goes among `found` (in page order): before the first that follows it (its own
 *  regions inside it among them). */
function positionOf(found: readonly Element[], el: Element): number {
  const i = found.findIndex((f) => (el.compareDocumentPosition(f) & FOLLOWING) !== 0);
  return i < 0 ? found.length : i;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (a DOM without the global `Node`, the tests', has the figure too). */
const FOLLOWING = 4;

/** The element's ancestors, the root first. */
function ancestorsOf(el: Element): Element[] {
  const chain: Element[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) chain.push(p);
  return chain.reverse();
}

/** The element's opening tag with its attributes, as the browser serialises it. */
function openingTag(el: Element): string {
  const shell = (el.cloneNode(false) as Element).outerHTML;
  return shell.slice(0, shell.length - closingTag(el).length);
}

function closingTag(el: Element): string {
  return `</${el.localName}>`;
}
