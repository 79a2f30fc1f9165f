// The page's session: everything after its first read (issue 14). The content script (index.ts)
// makes the first read, sends it and delivers it; the background injects this code with its answer
// (session-main.ts), or when the content script asks for it (a page where nothing was read, once it
// navigates in place or the user asks for it to be read). From then on, the page is read again
// when its product area changes or it navigates in place (watch.ts, part of this script), or when
// the user asks ("Check this page"), and the background's verdicts are shown as a small note.
import { pageByAddress } from '../extract/stores/addresses.ts';
import { productAreaAt } from '../extract/stores/product-areas.ts';
import type { BackgroundToContent, ContentToBackground } from '../core/messages.ts';
import { extensionAlive, runtime } from './api.ts';
import { deliverer } from './deliver.ts';
import { noteApi, type VerdictMessage } from './inject.ts';
import { largePageRead, smallPageRead, type PageMessage, type PageRead } from './page-read.ts';
import type { PageStart } from './page-start.ts';
import { sameMessage } from './same-message.ts';
import { afterFirstNavigation } from './until-watched.ts';
import { watchPage, type Watcher } from './watch.ts';

const withoutHash = (url: string) => url.replace(/#.*$/, '');

export function startSession(page: PageStart): void {
  /** the last message delivered from this page, to send nothing when nothing changed */
  let lastSent: ContentToBackground | null = page.sent;
  /** each note shown or taken away gets a number: a note whose code arrives after a newer verdict
   *  is not shown */
  let noteId = 0;
  /** each read gets a number: a read overtaken by a newer one (a navigation) is dropped */
  let readId = 0;
  /** when this document started, or came back from the back/forward cache: the background drops
   *  a message from a document older than the newest one it heard from in this tab */
  let epoch = page.epoch;
  const delivery = (page.delivery ??= deliverer(runtime!, (verdict) => page.onVerdict(verdict), extensionAlive));
  let watcher: Watcher | undefined;

  // (what the content script listened with until now: the session's listener replaces it)
  if (page.listener) runtime!.onMessage.removeListener(page.listener);
  page.listener = null;
  runtime!.onMessage.addListener(onMessage);
  // The background takes the page or site from the sender's address, not from anything sent.
  const onDismiss = (scope: 'page' | 'site') => void runtime!.sendMessage({ type: 'note-dismiss', scope } satisfies ContentToBackground).catch(() => undefined);
  // Back/forward cache: the page comes back without a load, and its verdict was cleared: it is read
  // again, as a new document.
  const readRestored = () => {
    epoch = Date.now();
    lastSent = null;
    void scan(false);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) readRestored();
  };
  window.addEventListener('pageshow', onPageShow);
  page.onVerdict = onMessage;
  page.check = () => {
    lastSent = null;
    void scan(true);
  };
  // the answer to the first read, if it came before this code ran
  if (page.verdict) onMessage(page.verdict);
  page.verdict = null;
  // (back from the back/forward cache before this code ran)
  if (page.restored) {
    page.restored = false;
    readRestored();
  }

  // The watcher is set up now that the first read is reported, and watches once the page is idle
  // (issue 14: the verdict comes sooner; the watching's cost follows it): its code comes with this
  // session's, so no second script is asked for and no second wake-up waits on the background. What
  // the page did meanwhile is in the read, or is seen by the watcher: the page's changes since the
  // first read, recorded by the content script (until-watched.ts), are read by it as it starts, and
  // a navigation since the read's address is read then too. A page where nothing was read waits
  // for its first navigation in place before the watching starts (afterFirstNavigation), unless it
  // has navigated already.
  let cancelWait: (() => void) | null = null;
  const shouldObserve = () => pageByAddress(document.URL) !== 'other-path';
  const startWatching = () => {
    cancelWait = null;
    // (the changes the content script recorded since the first read, if it recorded them: else the
    // watcher records its own until it watches)
    const early = page.early ?? undefined;
    page.early = null;
    watcher = watchPage({ scan: () => scan(false), productArea: () => productAreaAt(document.URL), shouldObserve, firstReadAt: page.url, early });
  };
  if (pageByAddress(page.url) === 'other-path' && !page.navigated) cancelWait = afterFirstNavigation(startWatching);
  if (!cancelWait) startWatching();
  if (page.checkAsked) page.check();

  /** Reads the page and reports it; `force` reads whatever the address ("Check this page").
   *  False (or a promise of it) when there was nothing new to report. A small page is read and
   *  sent at once; a large one in place (in-place-read.ts). */
  function scan(force: boolean): boolean | Promise<boolean> {
    if (!extensionAlive()) {
      stop();
      return false;
    }
    const id = ++readId;
    page.sessionReads++;
    // (document.URL is location.href, read without making the page's Location object)
    const url = document.URL;
    const address = pageByAddress(url);
    // (a page that never reported sends nothing: no message, no worker woken)
    if (!force && address === 'other-path') return report({ type: 'no-product', url, epoch });
    const small = smallPageRead(url, address, epoch, force);
    if (small) return reportRead(small);
    return largePageRead(url, epoch, force, () => id === readId).then((read) => read !== null && reportRead(read));
  }

  /** A read reported; a product the gate stops (no name of the nutrient where it is read) takes
   *  its note away. */
  function reportRead(read: PageRead): boolean {
    if (read.stopped) hideNote();
    return report(read.message);
  }

  function report(message: PageMessage): boolean {
    if (sameMessage(message, lastSent)) return false;
    // A page that never reported has nothing to take back.
    if (message.type === 'no-product' && lastSent === null) return false;
    lastSent = message;
    if (message.type === 'no-product') hideNote();
    delivery.send(message);
    return true;
  }

  function onMessage(message: unknown): void {
    const msg = message as BackgroundToContent | undefined;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'rescan') {
      page.check!();
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
    else if (page.early) page.early.ownChange(change);
    else change();
  }

  function stop(): void {
    // The extension was updated or removed under this page: leave nothing behind.
    readId++;
    delivery.cancel();
    cancelWait?.();
    page.early?.stop();
    watcher?.stop();
    noteId++;
    globalThis.__doseGuardNote?.remove();
    window.removeEventListener('pageshow', onPageShow);
    globalThis.__doseGuardLoaded = false;
    globalThis.__doseGuardPage = undefined;
    try {
      runtime?.onMessage.removeListener(onMessage);
    } catch {
      /* context already gone */
    }
  }
}
