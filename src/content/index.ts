// Content script: reads the product page's text, sends it to the background, and shows the
// verdict it gets back as a small note. Built as one classic script (see vite.config.ts).
//
// What it reads, and when: on a store it knows, only where the address lets it (an address where a
// product page can be, never account, order, checkout or search pages: stores/addresses.ts), and
// where the gate lets it (extract/gate.ts: a product area that names the nutrient), so most store
// pages cost one address test and no more (a product page that does not name it is reported as
// having none, as the engine would); again when the product area changes or the page navigates in
// place (watch.ts). The message is delivered until the background acknowledges it (deliver.ts).
//
// The page's half of a reading only, and as little of it as the page's size allows (issue 14):
// the reading engine's stages run in the background, where they stay compiled from one page to
// the next. A small page's markup is sent whole (one native call), and the gate and the store's
// adapter read it there (extract/html-tree.ts), unless its text holds no piece of the nutrient's
// names (extract/names-anywhere.ts: a page the gate would stop); its message leaves before the
// rest of this script is set up (firstRead). A large page is gated and read here, in place, since
// copying it out costs more than reading it, by code the background injects only then (inject.ts):
// the gate (gate-main.ts: the nutrient's names and the stores' selectors), then, if it passes, the
// store's adapter (reader.ts); or the adapter alone, with no gate, where the page's title or
// product area holds a piece of the names. The note's code, too, is injected only with the first
// verdict that shows one (note-main.ts), by the background as it answers; and the watcher's once
// the first read is reported and the page is idle (watch-main.ts). So this script carries the
// address test, the first read and its delivery: what every store page needs before its first
// message, and the least it can compile.
import { pageByAddress, type AddressVerdict } from '../extract/stores/addresses.ts';
import { productAreaAt } from '../extract/stores/product-areas.ts';
import { areaMayName, mayNameNutrient, titleMayName } from '../extract/names-anywhere.ts';
import { notNamedReading } from '../extract/not-named.ts';
import { withEmptySvgs } from '../extract/markup-trim.ts';
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import { extensionAlive, runtime } from './api.ts';
import { deliverer, sendNow } from './deliver.ts';
import { unreadableReading } from '../core/unreadable.ts';
import { LIGHT_PAGE_BYTES, PAGE_HTML_CAP, SMALL_PAGE_ELEMENTS } from '../extract/input-caps.ts';
import { noteApi, pageGate, pageReader, watchApi, type PageGate, type VerdictMessage } from './inject.ts';
import type { Reading } from '../core/reading.ts';
import { sameMessage } from './same-message.ts';
import { afterFirstNavigation, changesUntilWatched, onIdle, type EarlyChanges } from './until-watched.ts';
import type { Watcher } from './watch.ts';

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardLoaded: boolean | undefined;
}

if (!globalThis.__doseGuardLoaded && runtime) {
  globalThis.__doseGuardLoaded = true;
  const epoch = Math.round(performance.timeOrigin);
  start(epoch, firstRead(epoch));
}

/** The page's first read: a small page's message and the promise of sending it; or no message, a
 *  large page's (read in place). */
interface FirstRead {
  message: ContentToBackground | null;
  sent?: Promise<unknown>;
}

/** The page's first read. A small page's is made and sent before anything else in this script is
 *  set up, so its message leaves before the code of the listeners, of the delivery's retries and
 *  of the watching is compiled (issue 14: on a small page they had cost more than the read
 *  itself); start() retries it if need be. Null where nothing is read. */
function firstRead(epoch: number): FirstRead | null {
  const url = document.URL;
  const address = pageByAddress(url);
  if (address === 'other-path') return null;
  const message = smallPageMessage(url, address, epoch, false);
  return message ? { message, sent: sendNow(runtime!, message) } : { message: null };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The page's markup, if a message may carry it, else null; a heavy page's with its inline icons
 *  sent empty (markup-trim.ts: nothing the background reads, often a third of the bytes to copy). */
function pageMarkup(): string | null {
  const html = document.documentElement.outerHTML;
  if (html.length > PAGE_HTML_CAP) return null;
  return html.length > LIGHT_PAGE_BYTES ? withEmptySvgs(html) : html;
}

/** Few enough elements to send the page whole (`loaded`: its bytes as loaded). (Asked by index: the
 *  collection's length would count every element of a large page; the index walks no further than
 *  the limit, a millisecond on a large page. A page loaded over the markup cap in bytes is not
 *  counted: its markup is most likely over the cap in characters too, and either way it reads the
 *  same in place: html-tree.test.ts. The loaded size is the document's first load: after an
 *  in-place navigation it still decides, as a hint.) */
function isSmallPage(loaded: number): boolean {
  if (loaded > PAGE_HTML_CAP) return false;
  return document.getElementsByTagName('*')[SMALL_PAGE_ELEMENTS] === undefined;
}

/** Was the page's markup, as loaded (`loaded` bytes), light enough to send without looking it over
 *  first? (Unknown, it is looked over.) */
function isLightPage(loaded: number): boolean {
  return loaded > 0 && loaded <= LIGHT_PAGE_BYTES;
}

/** The bytes of the document's markup as loaded, or 0 if unknown: the browser's own count, nothing
 *  is serialised to know it. */
function loadedBytes(): number {
  const loaded = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return loaded?.decodedBodySize ?? 0;
}

/** A small page's message, made at once (null for a large page: read in place). The page goes
 *  whole, as the browser serialises it: one native call here, and the gate and its adapter run in
 *  the background (a page-html message); but a heavy one (a toy's page whose product data is a
 *  300 KB script) first gets one look over its text for a piece of the nutrient's names, since it
 *  costs more to serialise and send than to look over. A store's page that holds none is one the
 *  gate would stop (names-anywhere.ts), and says so in one small message (a shop of the user's
 *  own, with no adapter, is read whole, as the gate reads it). `force`: the user asked for the
 *  page to be read, whatever it names. */
function smallPageMessage(url: string, address: AddressVerdict, epoch: number, force: boolean): ContentToBackground | null {
  const bytes = loadedBytes();
  if (!isSmallPage(bytes)) return null;
  // (a light page is sent at once: the look costs more than sending it. The look ends at the
  // first text that holds a piece of the names, the title first; no other hint is asked first: on a
  // page that names none, a hint's "no" is paid on top of the whole look)
  if (!force && address === 'product-path' && !isLightPage(bytes) && !mayNameNutrient(document)) {
    return { type: 'page-reading', url, epoch, reading: notNamedReading(url) };
  }
  const html = pageMarkup();
  return html === null ? null : { type: 'page-html', url, epoch, html, ...(force ? { gatePassed: true } : {}) };
}

function start(firstEpoch: number, first: FirstRead | null): void {
  /** the last message delivered from this page, to send nothing when nothing changed */
  let lastSent: ContentToBackground | null = null;
  /** each note shown or taken away gets a number: a note whose code arrives after a newer verdict
   *  is not shown */
  let noteId = 0;
  /** each read gets a number: a read overtaken by a newer one (a navigation) is dropped */
  let readId = 0;
  /** when this document started, or came back from the back/forward cache: the background drops
   *  a message from a document older than the newest one it heard from in this tab */
  let epoch = firstEpoch;
  const delivery = deliverer(runtime!, onMessage, extensionAlive);
  let watcher: Watcher | undefined;
  let stopped = false;
  // The first read before anything else is set up: a small page's message left before start() was
  // called (firstRead), and is delivered from here; the watcher is set up once the first read is reported
  // (a large page's, after the gate and the reader the background injects), and watches once the
  // page is idle (issue 14: the verdict comes sooner; the watching's cost follows it). Nothing can
  // arrive for the listeners before this task ends. What the page did meanwhile is in the read, or
  // is seen by the watcher: a navigation since the read's address is read once it watches.
  // A page where nothing is read waits for its first navigation in place before any of the
  // watching's code runs (until-watched.ts, afterFirstNavigation).
  // The watcher's code is the background's to inject, once the page is idle (watch-main.ts): until
  // it runs, the page's changes are recorded (until-watched.ts), and read by it as it starts. With no
  // watcher (the background could not inject it), the first verdict stays the page's.
  const firstUrl = document.URL;
  let cancelWait: (() => void) | null = null;
  let early: EarlyChanges | null = null;
  const shouldObserve = () => pageByAddress(document.URL) !== 'other-path';
  const startWatching = () => {
    cancelWait = null;
    const observed = shouldObserve();
    early = observed ? changesUntilWatched() : null;
    const setUp = () => void watchApi(runtime!).then((api) => {
      if (stopped || !api) return early?.stop();
      watcher = api.watch({ scan: () => scan(false), productArea: () => productAreaAt(document.URL), shouldObserve, firstReadAt: firstUrl, early, whenIdle: (now) => now() });
    });
    // (a page where nothing is read has nothing to observe: its navigations are listened for at once)
    if (observed) onIdle(setUp);
    else setUp();
  };
  void Promise.resolve(scan(false, first)).finally(() => {
    if (stopped) return;
    if (pageByAddress(firstUrl) === 'other-path') cancelWait = afterFirstNavigation(startWatching);
    if (!cancelWait) startWatching();
  });

  runtime!.onMessage.addListener(onMessage);
  // The background takes the page or site from the sender's address, not from anything sent.
  const onDismiss = (scope: 'page' | 'site') => void runtime!.sendMessage({ type: 'note-dismiss', scope } satisfies ContentToBackground).catch(() => undefined);
  // Back/forward cache: the page comes back without a load, and its verdict was cleared.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    epoch = Date.now();
    lastSent = null;
    void scan(false);
  };
  window.addEventListener('pageshow', onPageShow);

  /** Reads the page and reports it; `force` reads whatever the address ("Check this page").
   *  False (or a promise of it) when there was nothing new to report. A small page is read and
   *  sent at once (the first read, made and sent already: `first`); a large one in place
   *  (readInPlace), whose code a small page never compiles. */
  function scan(force: boolean, first: FirstRead | null = null): boolean | Promise<boolean> {
    // (the first read follows the script's start, by this extension: alive)
    if (readId > 0 && !extensionAlive()) {
      stop();
      return false;
    }
    const id = ++readId;
    // (document.URL is location.href, read without making the page's Location object: every
    // store page pays for each web API this script touches before its message)
    const url = document.URL;
    const address = pageByAddress(url);
    // (a page that never reported sends nothing: no message, no worker woken)
    if (!force && address === 'other-path') return report({ type: 'no-product', url, epoch });
    const message = first ? first.message : smallPageMessage(url, address, epoch, force);
    if (!message) return readInPlace(id, url, force);
    // (a small page the gate stops takes its note away, as a large one's does: reportStopped)
    if (message.type === 'page-reading') hideNote();
    return report(message, first?.sent);
  }

  /** A large page (or one whose markup no message may carry), read `id`: gated and read in place. */
  async function readInPlace(id: number, url: string, force: boolean): Promise<boolean> {
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
      if (id !== readId) return false;
      const stopped = gateStops(pageGateFn, url);
      if (stopped) return reportStopped(url, stopped);
      gateDone = true;
    }
    // Then it is read here, region by region.
    const read = await pageReader(runtime!);
    if (id !== readId) return false;
    if (!read) {
      // no reader (the background could not inject it): the markup, if a message can carry it
      const html = pageMarkup();
      if (html !== null) return report({ type: 'page-html', url, epoch, html, gatePassed: gateDone });
      return report({ type: 'page-reading', url, epoch, reading: unreadableReading({ key: 'content_reading_failed' }) });
    }
    try {
      return report({ type: 'page-input', url, epoch, input: read(url) });
    } catch (error) {
      // A page its adapter cannot read must never break the page itself, nor pass for one without
      // the nutrient: it is reported as unreadable, and the popup asks for the amount.
      console.debug('[Dose Guard] reading failed', error);
      return report({ type: 'page-reading', url, epoch, reading: unreadableReading({ key: 'content_reading_failed' }) });
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

  /** A product the gate stops (no name of the nutrient where it is read), said in one small message. */
  function reportStopped(url: string, reading: Reading): boolean {
    hideNote();
    return report({ type: 'page-reading', url, epoch, reading });
  }

  /** `sent`: the message's first attempt, made already (the first read). */
  function report(message: ContentToBackground, sent?: Promise<unknown>): boolean {
    if (sameMessage(message, lastSent)) return false;
    // A page that never reported has nothing to take back.
    if (message.type === 'no-product' && lastSent === null) return false;
    lastSent = message;
    if (message.type === 'no-product') hideNote();
    delivery.send(message, sent);
    return true;
  }

  function onMessage(message: unknown): void {
    const msg = message as BackgroundToContent | undefined;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'rescan') {
      lastSent = null;
      void scan(true);
    } else if (msg.type === 'worker-started') {
      delivery.nudge();
    } else if (msg.type === 'verdict') {
      // A verdict for the page this tab showed before (sent while it moved on) is not this page's.
      if (typeof msg.url === 'string' && withoutHash(msg.url) !== withoutHash(document.URL)) return;
      if (!msg.showNote) return hideNote();
      void showNote(msg, document.URL);
    }
  }

  /** The note shown, its code asked for first if this page has not shown one yet (the note's code
   *  checks the verdict's fields: note-main.ts): the extension's own change, which reads nothing again. */
  async function showNote(verdict: VerdictMessage, pageKey: string): Promise<void> {
    const id = ++noteId;
    const note = await noteApi(runtime!);
    // (no note code: the badge and the popup still say the verdict)
    if (!note || id !== noteId || !extensionAlive()) return;
    ownChange(() => note.show(verdict, pageKey, onDismiss));
  }

  /** The note taken away, if this page ever showed one. */
  function hideNote(): void {
    noteId++;
    const note = globalThis.__doseGuardNote;
    if (note) ownChange(note.remove);
  }

  function ownChange(change: () => void): void {
    if (watcher) watcher.ownChange(change);
    else if (early) early.ownChange(change);
    else change();
  }

  function stop(): void {
    // The extension was updated or removed under this page: leave nothing behind.
    stopped = true;
    readId++;
    delivery.cancel();
    cancelWait?.();
    early?.stop();
    watcher?.stop();
    noteId++;
    globalThis.__doseGuardNote?.remove();
    window.removeEventListener('pageshow', onPageShow);
    globalThis.__doseGuardLoaded = false;
    try {
      runtime?.onMessage.removeListener(onMessage);
    } catch {
      /* context already gone */
    }
  }
}
