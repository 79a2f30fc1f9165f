// The most a page may send the background of each region its adapter read (a `page-input`
// message, src/core/messages.ts). The content script clips every region to these before sending
// (clipInput), and the background refuses a message over them, so a hostile page cannot make the
// extension carry or read megabytes: the whole message stays under about 520,000 characters.
// Why these figures: the adapters already stop reading a region at its own bound (dom.ts blockText
// maxChars: a facts panel 30,000, a product area 200,000, directions 100,000), and on every page we
// have (../shared/pages, test/fixtures, demo/pages) the largest region read is under 3,000
// characters (a whole input under 4,000). The caps sit at the adapters' bounds, with room for the
// parts an adapter joins (a store's JSON text, Amazon's sections), so no page is read differently
// from before; the engine is linear in its input (npm run bench's scaling), so this bounds the
// worker's work too.
import type { LabelInput } from './input.ts';

export const LABEL_INPUT_CAPS = {
  url: 4_000,
  source: 40,
  title: 2_000,
  brand: 500,
  category: 1_000,
  facts: 40_000,
  directions: 110_000,
  directionsElse: 110_000,
  body: 250_000,
} as const;

/** The most markup a small page may send whole (a `page-html` message, read by its adapter in the
 *  background: html-tree.ts). The content script sends a page's markup only when the page is small
 *  (content/page-read.ts); a larger page is read in the page and sends its regions (clipInput). */
export const PAGE_HTML_CAP = 1_000_000;

/** The most markup a large page's regions may come to and still be sent (content/in-place-read.ts,
 *  region-markup.ts); over it, the page is read in place. Why this figure: serialising costs about
 *  as much per character as the floor's text pass reads, and the adapter's script costs a page about
 *  as much as 200,000 characters' serialising and sending (on the bench's 4 MB iHerb page, 25,000
 *  characters of regions: 3-4 ms, against 20 ms for the adapter's compile and read). */
export const SENT_REGIONS_CAP = 200_000;

/** The most elements a large page's regions may hold and still be sent: as many as a small page
 *  sent whole (SMALL_PAGE_ELEMENTS). Counted before a region is serialised, so that a page whose
 *  product area is a page-wide wrapper costs no serialising before it is read in place. */
export const SENT_REGIONS_ELEMENTS = 3_000;

/** Pages with at most this many elements are sent whole (a page-html message). Why this figure:
 *  serialising a page costs about as much per element as the floor's one text pass (npm run
 *  bench), and the message must be copied to the worker: on our own store pages and the real ones
 *  a page this size serialises in a millisecond or two, while the adapter's code alone takes
 *  several to compile and set up in the page. The big stores' 1-4 MB pages (10,000 elements and
 *  more) cost tens of milliseconds to serialise: they are read in the page. */
export const SMALL_PAGE_ELEMENTS = 3_000;

/** A small page whose markup as loaded is at most this many bytes is sent whole at once, with no
 *  look over its text for a piece of the nutrient's names first (content/page-read.ts; a page
 *  whose address or title holds one is sent at once without its bytes asked for): the look, its
 *  code run cold on the page's first read, costs more than serialising and sending a page this
 *  light (about 1.5 ms against a fraction of one, on our sample vitamin C page), and the
 *  background's gate says the same of it. A heavier one (a toy's page whose product data is a 300 KB
 *  script) is looked over first, since sending it costs more. (Measured again without this size:
 *  every small page looked over, and the browser not asked for the bytes, cost the vitamin C
 *  page's first read 1.2 ms more, 3.5 -> 4.7 ms, for 0.2-0.4 ms saved on pages whose title names
 *  the nutrient: A/B, 14-16 loads.) */
export const LIGHT_PAGE_BYTES = 100_000;

type TextField = 'title' | 'brand' | 'category' | 'facts' | 'directions' | 'directionsElse' | 'body';
const TEXT_FIELDS: readonly TextField[] = ['title', 'brand', 'category', 'facts', 'directions', 'directionsElse', 'body'];

/** `input` with each region cut to its cap (a region longer than its cap is read up to it, as an
 *  adapter's own bound would cut it). Pure. */
export function clipInput(input: LabelInput): LabelInput {
  const out: LabelInput = { ...input, url: input.url.slice(0, LABEL_INPUT_CAPS.url), source: input.source.slice(0, LABEL_INPUT_CAPS.source) };
  for (const f of TEXT_FIELDS) {
    const v = input[f];
    if (typeof v === 'string' && v.length > LABEL_INPUT_CAPS[f]) out[f] = v.slice(0, LABEL_INPUT_CAPS[f]);
  }
  return out;
}
