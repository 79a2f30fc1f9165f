// The page's first read, shared by the content scripts (index.ts, product.ts, store-*.ts): reads the
// product page once, sends what it read to the background, and delivers it until the background
// answers. Each is built as one classic script (see vite.config.ts).
//
// What it reads, and when: on a store it knows, only where the address lets it (an address where a
// product page can be, never account, order, checkout or search pages: stores/addresses.ts), and
// where the gate lets it (extract/gate.ts: a product area that names the nutrient), so most store
// pages cost one address test and no more (a product page that does not name it is reported as
// having none, as the engine would). Where the manifest matched a store's product folder
// (product.ts), the test is one check that a name follows the folder; on a store with a script of
// its own (store-*.ts), the store's rule alone; neither compiles the stores' table. How a page is
// read, small or large: page-read.ts.
//
// Only the page's first read is this script's (issue 14): everything after it, the session
// (session.ts: the listeners, the note, the watching, the reads that follow), is code the
// background injects with its answer to the first read (session-main.ts), so a store page's first
// message leaves before that code is compiled, and a page where nothing is read (most store pages)
// never compiles it unless it navigates in place or the user asks for it to be read. What the
// first read leaves for the session: page-start.ts. The message is delivered until the background
// acknowledges it (deliver.ts).
import type { AddressVerdict } from '../extract/stores/addresses.ts';
import type { BackgroundToContent } from '../core/messages.ts';
import { extensionAlive, runtime } from './api.ts';
import { deliverer, sendNow } from './deliver.ts';
import { injected } from './inject.ts';
import { largePageRead, smallPageRead, type ReadMessage } from './page-read.ts';
import type { PageStart } from './page-start.ts';
import { afterFirstNavigation, changesUntilWatched } from './until-watched.ts';

/** Starts the page's first read, once per page; `addressOf` says what the page's address is. */
export function startPage(addressOf: (url: string) => AddressVerdict): void {
  const earlier = globalThis.__doseGuardPage;
  if (globalThis.__doseGuardLoaded && earlier?.alive()) {
    // Injected again by "Check this page", where no session answered the background's ask: a page
    // where nothing was read, or one whose session's code has not come. The session reads it.
    askCheck(earlier);
  } else if (runtime && (!globalThis.__doseGuardLoaded || earlier)) {
    // (a page whose start an extension since updated or removed left behind starts over)
    globalThis.__doseGuardLoaded = true;
    globalThis.__doseGuardPage = firstRead(addressOf);
  }
}

/** The page's first read, made and sent before anything else in this script is set up (its message
 *  leaves before the code of the delivery's retries is run); what it leaves for the session. */
function firstRead(addressOf: (url: string) => AddressVerdict): PageStart {
  const url = document.URL;
  const epoch = Math.round(performance.timeOrigin);
  const address = addressOf(url);
  const small = address === 'other-path' ? null : smallPageRead(url, address, epoch, false);
  const sent = small ? sendNow(runtime!, asFirst(small.message)) : undefined;
  const page: PageStart = {
    epoch, url, alive: extensionAlive, sent: null, delivery: null, verdict: null, listener: null, early: null,
    restored: false, navigated: false, checkAsked: false, sessionAsked: false, sessionReads: 0,
    onVerdict: (verdict) => {
      // (the background injects the session's code before it answers: this is where it could not)
      page.verdict = verdict;
      loadSession(page);
    },
  };
  if (small) deliver(page, small.message, sent);
  else if (address !== 'other-path') {
    // (dropped if the session reads first: "Check this page")
    void largePageRead(url, epoch, false, () => page.sessionReads === 0).then((read) => read && deliver(page, read.message));
  } else {
    // Nothing is read here: the session's code comes if the page navigates in place. (No
    // Navigation API to say when: it comes now, and its watcher polls the address.)
    const navigated = () => {
      page.navigated = true;
      loadSession(page);
    };
    if (!afterFirstNavigation(navigated)) navigated();
  }
  return page;
}

/** The first read's message, as sent: it asks for the session's code with the answer. */
function asFirst(message: ReadMessage): ReadMessage {
  return { ...message, first: true };
}

/** `message` delivered until the background answers (`sent`: its first attempt, made already);
 *  and, until the session runs, what follows a read as it did when this script did it all: the
 *  page's changes recorded, the background listened to, a return from the back/forward cache
 *  read again. */
function deliver(page: PageStart, message: ReadMessage, sent?: Promise<unknown>): void {
  page.sent = message;
  page.delivery ??= deliverer(runtime!, (verdict) => page.onVerdict(verdict), extensionAlive);
  page.delivery.send(asFirst(message), sent);
  if (page.check) return;
  page.early = changesUntilWatched();
  page.listener = (message) => {
    const msg = message as BackgroundToContent | undefined;
    if (msg?.type === 'worker-started') page.delivery?.nudge();
    else if (msg?.type === 'verdict') page.onVerdict(msg);
    else if (msg?.type === 'rescan') askCheck(page);
  };
  runtime!.onMessage.addListener(page.listener);
  // (left in place: once the session runs, it is the session's to read a restored page)
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted || page.check) return;
    page.restored = true;
    askSession(page);
  });
}

/** The session's code, asked of the background once (it starts itself as it runs: session-main.ts). */
function loadSession(page: PageStart): void {
  if (page.sessionAsked) return;
  page.sessionAsked = true;
  void injected(runtime!, 'session', () => page.check);
}

/** The session's code, asked for again: an earlier ask may have found no worker to answer it. */
function askSession(page: PageStart): void {
  page.sessionAsked = false;
  loadSession(page);
}

function askCheck(page: PageStart): void {
  page.checkAsked = true;
  if (page.check) page.check();
  else askSession(page);
}
