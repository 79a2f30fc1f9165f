// A read of the page: what the content script sends for it (issue 14). Made by the content script
// for the page's first read (index.ts), and by the session for every read after it (session.ts).
//
// A small page's markup is sent whole (one native call), and the gate and the store's adapter
// read it in the background (extract/html-tree.ts), unless neither its address, its title nor its
// text holds a piece of the nutrient's names (extract/names-anywhere.ts: a page the gate would
// stop). A large page is read in place (in-place-read.ts), by code the background injects only then.
import type { AddressVerdict } from '../extract/stores/addresses.ts';
import { addressMayName, pastTitleMayName, titleMayName } from '../extract/names-anywhere.ts';
import { notNamedReading } from '../extract/not-named.ts';
import type { ContentToBackground } from '../core/messages.ts';
import { runtime } from './api.ts';
import { inPlaceRead } from './inject.ts';
import { unreadableReading } from '../core/unreadable.ts';
import { LIGHT_PAGE_BYTES, PAGE_HTML_CAP, SMALL_PAGE_ELEMENTS } from '../extract/input-caps.ts';

/** What a page reports for itself. */
export type PageMessage = Exclude<ContentToBackground, { type: 'load-script' | 'note-dismiss' }>;
/** What a read of the page sends. */
export type ReadMessage = Exclude<PageMessage, { type: 'no-product' }>;

/** A read of the page: its message; `stopped` when the gate stopped it (a product that does not
 *  name the nutrient: its note, if any, goes). */
export interface PageRead {
  message: ReadMessage;
  stopped: boolean;
}

/** The page's markup, as the browser serialises it, if a message may carry it, else null. (Sent as
 *  it is: taking a heavy page's inline svg icons out first, one pass over its markup, cost more
 *  than the bytes it saved: on the bench's 135 KB iHerb fragment, 0.3-0.4 ms to take out a fifth
 *  of its 128,000 characters, whose sending costs about 0.1 ms; without it, the content script's
 *  time until its message fell by 0.6 ms there.) */
export function pageMarkup(): string | null {
  const html = document.documentElement.outerHTML;
  return html.length > PAGE_HTML_CAP ? null : html;
}

/** Few enough elements to send the page whole? (Asked by index: the collection's length would
 *  count every element of a large page; the index walks no further than the limit, a fraction of a
 *  millisecond on a large page. One of few elements whose markup is over the cap, a megabyte of
 *  script, is found so once serialised, pageMarkup, and read in place.) */
function isSmallPage(): boolean {
  return document.getElementsByTagName('*')[SMALL_PAGE_ELEMENTS] === undefined;
}

/** Was the page's markup, as loaded, light enough to send without looking it over first? Its bytes
 *  as the browser counted them (nothing is serialised to know it); unknown, it is looked over. The
 *  loaded size is the document's first load: after an in-place navigation it still decides, as a
 *  hint. */
function isLightPage(): boolean {
  const loaded = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const bytes = loaded?.decodedBodySize ?? 0;
  return bytes > 0 && bytes <= LIGHT_PAGE_BYTES;
}

/** A small page's read, made at once (null for a large page: read in place, in-place-read.ts). The page
 *  goes whole, as the browser serialises it: one native call here, and the gate and its adapter run
 *  in the background (a page-html message). A page whose address or title holds a piece of the
 *  nutrient's names (most product pages of it) is sent at once, and so is a light one, whose look
 *  costs more than sending it; a heavy one (a toy's page whose product data is a 300 KB script)
 *  first gets one look over its text, since it costs more to serialise and send than to look over.
 *  A store's page that holds none is one the gate would stop (names-anywhere.ts), and says so in
 *  one small message (a shop of the user's own, with no adapter, is read whole, as the gate reads
 *  it). `force`: the user asked for the page to be read, whatever it names. */
export function smallPageRead(url: string, address: AddressVerdict, epoch: number, force: boolean): PageRead | null {
  if (!isSmallPage()) return null;
  // (the address first, a string in hand; then the title: asking the browser for the page's bytes
  // costs 0.1-0.3 ms, paid only by a page whose address and title name none, and the look past the
  // title, 0.9 ms cold on the bench's Korean iHerb fragment even where it ends at the third text,
  // only by a heavy one of those. A page's address names it wrongly at times, "magnetic": such a
  // page is sent, and the background's gate stops it)
  const atOnce = force || address !== 'product-path' || addressMayName(url) || titleMayName(document) || isLightPage();
  if (!atOnce && !pastTitleMayName(document)) {
    return { message: { type: 'page-reading', url, epoch, reading: notNamedReading(url) }, stopped: true };
  }
  const html = pageMarkup();
  return html === null ? null : { message: { type: 'page-html', url, epoch, html, ...(force ? { gatePassed: true } : {}), ...askedIf(force) }, stopped: false };
}

/** What a read the user asked for says so (messages.ts, `asked`): the background then reads it
 *  wherever it is. */
export function askedIf(force: boolean): { asked?: true } {
  return force ? { asked: true } : {};
}

/** A large page's read, in place, by code the background injects (in-place-read.ts); null when the
 *  read was overtaken by a newer one (`current()` false once it is). */
export async function largePageRead(url: string, epoch: number, force: boolean, current: () => boolean): Promise<PageRead | null> {
  const read = await inPlaceRead(runtime!);
  if (read) return read(url, epoch, force, current);
  // (the background could not inject it: the page cannot be read, and the popup says so)
  if (!current()) return null;
  return { message: unreadable(url, epoch), stopped: false };
}

/** What a page that cannot be read reports: the popup then asks for the amount. */
export function unreadable(url: string, epoch: number): ReadMessage {
  return { type: 'page-reading', url, epoch, reading: unreadableReading({ key: 'content_reading_failed' }) };
}
