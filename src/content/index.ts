// Content script: reads the product page's text, sends it to the background, and shows the
// verdict it gets back as a small note. Built as one classic script (see vite.config.ts).
//
// What it reads, and when: on a store it knows, only where the gate lets it (extract/gate.ts: an
// address where a product page can be, never account, order, checkout or search pages; and a
// product area that names the nutrient), so most store pages cost a few lookups and no more (a
// product page that does not name it is reported as having none, as the engine would); again when
// the product area changes or the page navigates in place (watch.ts). The message is delivered
// until the background acknowledges it (deliver.ts).
//
// The page's half of a reading only: the store's adapter turns the DOM into plain text, region by
// region (extract/page-input.ts), and the background runs the reading engine's stages on it
// (issue 14). The engine's cold cost (its code compiled, its patterns built) would otherwise be paid
// on every page load, each one a new content-script world; in the background it is paid once per
// worker start, off the page's main thread. The adapter's modules are bundled into this one classic
// script (vite.config.ts) and set up on first use, so a page the gate stops never runs their
// set-up.
import { gate, notNamedReading, storeAt, storeSelectors } from '../extract/gate.ts';
import { pageByAddress } from '../extract/stores/addresses.ts';
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import { extensionAlive, runtime } from './api.ts';
import { deliverer } from './deliver.ts';
import { removeNote, showNote, type NoteContent, type NoteOptions, type NoteWords } from './note.ts';
import { keepClearSelectors } from '../extract/stores/keep-clear.ts';
import { unreadableReading } from '../core/unreadable.ts';
import { PAGE_HTML_CAP } from '../extract/input-caps.ts';
import { watchPage, type Watcher } from './watch.ts';

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardLoaded: boolean | undefined;
}

if (!globalThis.__doseGuardLoaded && runtime) {
  globalThis.__doseGuardLoaded = true;
  start();
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Pages with at most this many elements are sent whole (a page-html message). Why this figure:
 *  serialising a page costs about as much per element as the floor's one text pass (npm run
 *  bench), and the message must be copied to the worker; on our own store pages and the real
 *  ones a product page this size serialises in under a millisecond, while the adapter's code alone
 *  takes several to compile and set up. Larger pages keep the cheaper read in the page. */
const SMALL_PAGE_ELEMENTS = 3_000;

/** The page's markup if it is small enough to send whole, else null. */
function smallPageMarkup(): string | null {
  if (document.getElementsByTagName('*').length > SMALL_PAGE_ELEMENTS) return null;
  const html = document.documentElement.outerHTML;
  return html.length <= PAGE_HTML_CAP ? html : null;
}

function start(): void {
  /** the last message delivered from this page, to send nothing when nothing changed */
  let lastSent = '';
  /** each read gets a number: a read overtaken by a newer one (a navigation) is dropped */
  let readId = 0;
  /** when this document started, or came back from the back/forward cache: the background drops
   *  a message from a document older than the newest one it heard from in this tab */
  let epoch = Math.round(performance.timeOrigin);
  const delivery = deliverer(runtime!, onMessage, extensionAlive);
  // (assigned below: its first read starts before watchPage returns)
  let watcher: Watcher | undefined;
  watcher = watchPage({
    scan: () => scan(false),
    productArea: () => storeSelectors(location.href).productArea,
    shouldObserve: () => pageByAddress(location.href) !== 'other-path',
  });

  runtime!.onMessage.addListener(onMessage);
  const noteOptions: NoteOptions = {
    keepClear: keepClearSelectors(storeAt(location.href)),
    // The background takes the page or site from the sender's address, not from anything sent.
    onDismiss: (scope) => void runtime!.sendMessage({ type: 'note-dismiss', scope } satisfies ContentToBackground).catch(() => undefined),
  };
  // Back/forward cache: the page comes back without a load, and its verdict was cleared.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    epoch = Date.now();
    lastSent = '';
    void scan(false);
  };
  window.addEventListener('pageshow', onPageShow);

  /** Reads the page and reports it; `force` reads whatever the address ("Check this page").
   *  Resolves to false when there was nothing new to report. */
  async function scan(force: boolean): Promise<boolean> {
    if (!extensionAlive()) {
      stop();
      return false;
    }
    const id = ++readId;
    const url = location.href;
    if (!force) {
      const verdict = gate(document, url);
      // (a page that never reported sends nothing: no message, no worker woken)
      if (verdict === 'not-a-product-address') return report({ type: 'no-product', url, epoch });
      // a product that does not name the nutrient: said so in one message, the engine never loaded
      if (verdict === 'nutrient-not-named') {
        hideNote();
        return report({ type: 'page-reading', url, epoch, reading: notNamedReading(url) });
      }
    }
    // A small page goes whole, as the browser serialises it: one native call here, and its adapter
    // runs in the background (a page-html message); a large one is read here, region by region.
    const markup = smallPageMarkup();
    if (markup !== null) return report({ type: 'page-html', url, epoch, html: markup });
    const page = await import('../extract/page-input.ts');
    if (id !== readId) return false;
    try {
      return report({ type: 'page-input', url, epoch, input: page.clipInput(page.documentInput(document, url)) });
    } catch (error) {
      // A page its adapter cannot read must never break the page itself, nor pass for one without
      // the nutrient: it is reported as unreadable, and the popup asks for the amount.
      console.debug('[Dose Guard] reading failed', error);
      return report({ type: 'page-reading', url, epoch, reading: unreadableReading({ key: 'content_reading_failed' }) });
    }
  }

  function report(message: ContentToBackground): boolean {
    const key = JSON.stringify(message);
    if (key === lastSent) return false;
    // A page that never reported has nothing to take back.
    if (message.type === 'no-product' && lastSent === '') return false;
    lastSent = key;
    if (message.type === 'no-product') hideNote();
    delivery.send(message);
    return true;
  }

  function onMessage(message: unknown): void {
    const msg = message as BackgroundToContent | undefined;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'rescan') {
      lastSent = '';
      void scan(true);
    } else if (msg.type === 'worker-started') {
      delivery.nudge();
    } else if (msg.type === 'verdict') {
      // A verdict for the page this tab showed before (sent while it moved on) is not this page's.
      if (typeof msg.url === 'string' && withoutHash(msg.url) !== withoutHash(location.href)) return;
      if (!msg.showNote) return hideNote();
      const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
      const words = (msg.words ?? {}) as Partial<Record<keyof NoteWords, unknown>>;
      const content: NoteContent = {
        level: msg.level,
        color: /^#[0-9a-f]{6}$/i.test(msg.color) ? msg.color : '#5f6368',
        badge: text(msg.badge, 8),
        headline: text(msg.headline, 200),
        detail: text(msg.detail, 400),
        words: {
          title: text(words.title, 300), hint: text(words.hint, 300), offSite: text(words.offSite, 300),
          details: text(words.details, 300), close: text(words.close, 300),
        },
      };
      const show = () => showNote(content, location.href, noteOptions);
      if (watcher) watcher.ownChange(show);
      else show();
    }
  }

  /** The note taken away: the extension's own change, which reads nothing again. */
  function hideNote(): void {
    if (watcher) watcher.ownChange(removeNote);
    else removeNote();
  }

  function stop(): void {
    // The extension was updated or removed under this page: leave nothing behind.
    readId++;
    delivery.cancel();
    watcher?.stop();
    removeNote();
    window.removeEventListener('pageshow', onPageShow);
    globalThis.__doseGuardLoaded = false;
    try {
      runtime?.onMessage.removeListener(onMessage);
    } catch {
      /* context already gone */
    }
  }
}
