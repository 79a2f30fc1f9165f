// A large page's read (issue 14): gated and read here, in place, since copying it out costs more
// than reading it, by code the background injects only then (inject.ts): the gate (gate-main.ts:
// the nutrient's names and the stores' selectors), then, if it passes, the store's adapter
// (reader.ts); or the adapter alone, with no gate, where the page's title or product area holds a
// piece of the names. A store whose adapter reads named regions alone (iHerb) has those regions
// sent instead, and read in the background as a small page is (region-markup.ts): no reader is
// injected there. Its own code, too, is injected where a page is large (in-place-main.ts): the
// content script, which every store page compiles, carries a small page's read only.
import { productAreaAt, storeAt } from '../extract/stores/product-areas.ts';
import { SENT_REGIONS } from '../extract/stores/selectors.ts';
import { regionMarkup } from '../extract/region-markup.ts';
import { SENT_REGIONS_CAP } from '../extract/input-caps.ts';
import { areaMayName, titleMayName } from '../extract/names-anywhere.ts';
import { runtime } from './api.ts';
import { pageGate, pageReader, type PageGate } from './inject.ts';
import type { Reading } from '../core/reading.ts';
import { askedIf, pageMarkup, unreadable, type PageRead } from './page-read.ts';

/** A large page (or one whose markup no message may carry), gated and read in place; null when
 *  the read was overtaken by a newer one (`current()` false once it is). `force`: the user asked
 *  for the page to be read, whatever it names. */
export async function readInPlace(url: string, epoch: number, force: boolean, current: () => boolean): Promise<PageRead | null> {
  // A large one is gated here, where its title and product area hold no piece of the nutrient's
  // names, by the gate the background injects (its code is far smaller than the reader's): a
  // product that does not name the nutrient is said so in one small message, and the page is
  // neither serialised nor read. Where they hold one (most likely read), the reader comes at once
  // and reads: one script and one message to the background fewer, and no gate before the read
  // (the engine says what the gate would of a page that only looks like it names it: reader.ts).
  // (the gate passed, or the user asked for the page to be read whatever it names)
  let gateDone = force;
  if (!force && !titleMayName(document) && !areaMayName(document, productAreaAt(url))) {
    const pageGateFn = await pageGate(runtime!);
    if (!current()) return null;
    const stopped = gateStops(pageGateFn, url);
    if (stopped) return { message: { type: 'page-reading', url, epoch, reading: stopped }, stopped: true };
    gateDone = true;
  }
  // A store whose adapter reads named regions alone (iHerb) has them sent, as a small page's markup
  // is, and read in the background: serialising them costs a fraction of the reader's compile.
  const regions = sentRegions(url);
  if (regions !== null) return { message: { type: 'page-html', url, epoch, html: regions, gatePassed: true, ...askedIf(force) }, stopped: false };
  // Else it is read here, region by region.
  const read = await pageReader(runtime!);
  if (!current()) return null;
  if (!read) {
    // no reader (the background could not inject it): the markup, if a message can carry it
    const html = pageMarkup();
    if (html !== null) return { message: { type: 'page-html', url, epoch, html, gatePassed: gateDone, ...askedIf(force) }, stopped: false };
    return { message: unreadable(url, epoch), stopped: false };
  }
  try {
    return { message: { type: 'page-input', url, epoch, input: read(url), ...askedIf(force) }, stopped: false };
  } catch (error) {
    // A page its adapter cannot read must never break the page itself, nor pass for one without
    // the nutrient: it is reported as unreadable, and the popup asks for the amount.
    console.debug('[Dose Guard] reading failed', error);
    return { message: unreadable(url, epoch), stopped: false };
  }
}

/** The markup of the regions the adapter of the store at `url` reads, if it reads named regions
 *  alone and the page can be sent so (region-markup.ts), else null. Read as the page is, with no gate: the
 *  gate passed, or the page's title or product area holds a piece of the names (and the engine
 *  says what the gate would of a page that only looks like it names it). */
function sentRegions(url: string): string | null {
  const sent = SENT_REGIONS[storeAt(url)];
  if (!sent) return null;
  try {
    return regionMarkup(document, sent, SENT_REGIONS_CAP);
  } catch (error) {
    // (a hostile page's markup: read in place, as before)
    console.debug('[Dose Guard] regions not sent', error);
    return null;
  }
}

/** What the gate says the page reports, or null: read it (no gate, or a gate that failed on a
 *  hostile page, reads on: the engine then decides, and never less safely). */
function gateStops(pageGateFn: PageGate | null, url: string): Reading | null {
  try {
    return pageGateFn?.(url) ?? null;
  } catch (error) {
    console.debug('[Dose Guard] gate failed', error);
    return null;
  }
}
