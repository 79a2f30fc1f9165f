// What the content script (index.ts) hands the session (session.ts) in their isolated world, which
// the page cannot see (issue 14). The content script makes the page's first read, sends it and
// delivers it; the session is everything after: the listeners, the note, the watching, the reads
// that follow. Its code is injected by the background with the answer to the first read, so no
// store page compiles it before its first message, and a page where nothing is read (a search or
// an account page) compiles it only if it navigates in place, or the user asks for it to be read.
import type { Deliverer } from './deliver.ts';
import type { ReadMessage } from './page-read.ts';
import type { VerdictMessage } from './inject.ts';
import type { EarlyChanges } from './until-watched.ts';

export interface PageStart {
  /** when this document started: the background drops a message from a document older than the
   *  newest one it heard from in this tab */
  epoch: number;
  /** the address the first read was made at */
  url: string;
  /** false once the extension that made this page's start was updated or removed under it: an
   *  extension started again leaves it, and starts over */
  alive: () => boolean;
  /** what the first read sent, if anything */
  sent: ReadMessage | null;
  /** its delivery, retried until the background answers; null until something is sent */
  delivery: Deliverer | null;
  /** where the background's answers to what was sent go: the session's, once it runs; until then,
   *  kept in `verdict` */
  onVerdict: (verdict: VerdictMessage) => void;
  verdict: VerdictMessage | null;
  /** until the session runs: what the background says to the page (a new worker's nudge, a verdict
   *  it pushes, "read again") */
  listener: ((message: unknown) => void) | null;
  /** the page's changes since its first read, recorded until the watcher reads them (null where
   *  nothing was read) */
  early: EarlyChanges | null;
  /** the page came back from the back/forward cache before the session ran: read it again, as a
   *  new document */
  restored: boolean;
  /** nothing was read at this address, and the page has navigated in place since (or the browser
   *  has no Navigation API to say when it does): the session watches at once */
  navigated: boolean;
  /** the user asked for the page to be read ("Check this page") before the session ran */
  checkAsked: boolean;
  /** the session's code was asked for */
  sessionAsked: boolean;
  /** reads the session has made: a first read still under way when the session reads is dropped */
  sessionReads: number;
  /** the session, once it runs: reads the page whatever its address ("Check this page") */
  check?: () => void;
}

declare global {
  // eslint-disable-next-line no-var
  var __doseGuardPage: PageStart | undefined;
  /** a content script of this extension runs in this world (false once its session stopped) */
  // eslint-disable-next-line no-var
  var __doseGuardLoaded: boolean | undefined;
}
