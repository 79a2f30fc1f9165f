// When to read the page again: once at start, whenever the product area changes, for as long as
// the page is open (a variant picked after reading the reviews, a facts tab filled in late), and
// after in-page navigation (the URL changes without a load). It must stay cheap on a busy page:
// - the first read is all that runs with the page's load; the watching itself (observer,
//   listeners) is set up once the page is idle, since a page's load is when its main thread is
//   busiest (issue 14); the page's changes in between are kept and judged then, as the watching
//   would have (a new address, a change in the product area);
// - the observer watches the product area only (carousels and ads elsewhere churn constantly),
//   plus the area's ancestors below <body> without their subtrees, to notice the area itself
//   being replaced;
// - a mutation only marks the page as changed: one read follows once it has settled, at most one
//   per interval, and the interval grows while reads find nothing new;
// - nothing is watched while the tab is hidden; coming back reads once;
// - navigation comes from the Navigation API where it exists (no timer at all); only where it
//   does not is the URL polled, and never while the tab is hidden.
// This code is not in the content script: it is part of the session's, which the background
// injects with its answer to the first read (session-main.ts), so that no page compiles it before
// its first message (issue 14); the page's changes since the first read are recorded until it
// watches (until-watched.ts).

import { firstArea } from '../extract/stores/product-areas.ts';
import { changesUntilWatched, type EarlyChanges, type NavigationLike } from './until-watched.ts';

/** quiet time after the last mutation before reading */
const SETTLE_MS = 600;
/** a page that never stops changing is still read this long after its first change */
const MAX_WAIT_MS = 2_000;
/** shortest and longest time between two reads caused by mutations */
const MIN_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 16_000;
/** URL poll where the Navigation API is missing */
const URL_POLL_MS = 1_000;
/** the latest the watching starts once the watcher is set up, on a page that is never idle: until
 *  it does, every change anywhere on the page (an ad, a carousel) is recorded, each a wake-up of
 *  this extension's code, where the watching observes the product area alone */
const IDLE_TIMEOUT_MS = 300;

/** The browser's idle callback, or the next task where there is none. */
function onIdle(setUp: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => setUp(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(setUp, 0);
}

export interface WatchOptions {
  /** reads the page; resolves to false when the reading did not change (so reads can slow down) */
  scan: (why: 'start' | 'navigation' | 'change' | 'shown') => unknown;
  /** selectors of the regions worth observing on this page, most specific first */
  productArea: () => readonly string[];
  /** false where nothing is read (a store's account or checkout page): no observer at all */
  shouldObserve: () => boolean;
  /** runs the watching's set-up later, when the page is idle (tests run it at once) */
  whenIdle?: (setUp: () => void) => void;
  /** the first read was made already, by the caller, at this address, before the watcher was set
   *  up: the page's first message leaves before any of the watching's code is compiled or run
   *  (issue 14); the page's navigations since are read once the watching starts */
  firstReadAt?: string;
  /** the page's changes recorded since the first read, by the caller (until-watched.ts: the content
   *  script records them while this code is injected); else recorded from now, where observed */
  early?: EarlyChanges | null;
}

export interface Watcher {
  stop(): void;
  /** Makes a change of the extension's own to the page (the note shown or taken away): the
   *  mutations it causes are no change of the product, and read nothing again. */
  ownChange(change: () => void): void;
}

export function watchPage({ scan, productArea, shouldObserve, whenIdle = onIdle, firstReadAt, early: recorded }: WatchOptions): Watcher {
  let observer: MutationObserver | undefined;
  let area: Element | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastScan = 0;
  let interval = MIN_INTERVAL_MS;
  let lastUrl = firstReadAt ?? document.URL;
  let poll: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  let watching = false;

  const run = (why: Parameters<WatchOptions['scan']>[0]) => {
    lastScan = Date.now();
    void Promise.resolve(scan(why)).then((changed) => {
      // Nothing new: a churning area is read less and less often; anything new resets the pace.
      interval = changed === false ? Math.min(interval * 2, MAX_INTERVAL_MS) : MIN_INTERVAL_MS;
    });
  };

  const onMutation = (records: readonly MutationRecord[]) => {
    // The area's ancestors are watched only to see the area replaced: while it stays, a node added
    // or removed beside it (an ad, a pop-up, this extension's own note) is no change of the product.
    if (area?.isConnected && records.every((r) => !area!.contains(r.target))) return;
    if (area && !area.isConnected) arm(); // the area was replaced: watch its successor
    changeSeen();
  };

  /** A change of the product: one read once the page has settled, at the pace allowed. */
  const changeSeen = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    clearTimeout(settle);
    const due = Math.max(
      Math.min(now + SETTLE_MS, firstPending + MAX_WAIT_MS),
      lastScan + interval,
    );
    settle = setTimeout(() => {
      firstPending = 0;
      if (!area) arm(); // the product area may have been rendered since: watch it alone
      run('change');
    }, due - now);
  };

  /** (Re)starts observing: the product area where the page has one, else the whole body. */
  function arm(): void {
    observer?.disconnect();
    observer = undefined;
    area = null;
    if (!shouldObserve() || document.visibilityState === 'hidden') return;
    area = firstArea(document, productArea());
    observer = new MutationObserver(onMutation);
    const root = area ?? document.body ?? document.documentElement;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    // The area's ancestors below <body>, their direct children only: a page that swaps the whole
    // area (single-page stores re-render it) is seen, at the cost of a callback per sibling change.
    // Not <body> and <html>: pages add and remove their own children there all the time (an
    // iframe, a pop-over, a script tag), each one a callback that wakes an idle tab (issue 14: an
    // Amazon page's iframe did); a store that replaces its whole app root does so when it
    // navigates, which the Navigation API (or the poll) reports.
    for (let el = root.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
      observer.observe(el, { childList: true });
    }
  }

  const onUrlMaybeChanged = () => {
    if (document.URL === lastUrl) return;
    lastUrl = document.URL;
    clearTimeout(settle);
    firstPending = 0;
    interval = MIN_INTERVAL_MS;
    run('navigation');
    arm();
  };

  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  const startPoll = () => {
    if (!nav && poll === undefined) poll = setInterval(onUrlMaybeChanged, URL_POLL_MS);
  };
  const stopPoll = () => {
    clearInterval(poll);
    poll = undefined;
  };

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(settle);
      firstPending = 0;
      observer?.disconnect();
      observer = undefined;
      stopPoll();
      return;
    }
    startPoll();
    // The page may have changed while hidden (unobserved): read it once, then watch again.
    if (document.URL !== lastUrl) onUrlMaybeChanged();
    else {
      if (shouldObserve()) run('shown');
      arm();
    }
  };

  /** Starts watching, once the first read is done and the page is idle; what changed in between
   *  is read now, as a navigation or a change would have been. */
  const startWatching = () => {
    if (stopped) return;
    watching = true;
    const changes = early?.take() ?? [];
    early?.stop();
    // currententrychange fires for every same-document navigation (pushState, replaceState,
    // back and forward within the page); popstate covers browsers with no Navigation API.
    nav?.addEventListener('currententrychange', onUrlMaybeChanged);
    window.addEventListener('popstate', onUrlMaybeChanged);
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState !== 'hidden') startPoll();
    arm();
    if (document.URL !== lastUrl) onUrlMaybeChanged();
    else if (!observer) return;
    else if (changes === 'many') changeSeen();
    else if (changes.length > 0) onMutation(changes);
  };

  if (firstReadAt !== undefined) lastScan = Date.now();
  else run('start');
  // A page where nothing is read (a store's search or account page) has nothing to observe: its
  // navigations alone are listened for, and at once (an idle callback costs more than that).
  const observed = shouldObserve();
  const early = recorded !== undefined ? recorded : observed ? changesUntilWatched() : null;
  if (observed) whenIdle(startWatching);
  else startWatching();

  return {
    stop() {
      stopped = true;
      early?.stop();
      if (!watching) return;
      clearTimeout(settle);
      stopPoll();
      observer?.disconnect();
      nav?.removeEventListener('currententrychange', onUrlMaybeChanged);
      window.removeEventListener('popstate', onUrlMaybeChanged);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    ownChange(change) {
      if (!watching) return early ? early.ownChange(change) : change();
      // the page's own changes still pending are seen as ever; the ones this change makes are not
      const pending = observer?.takeRecords() ?? [];
      try {
        change();
      } finally {
        observer?.takeRecords();
        if (pending.length > 0) onMutation(pending);
      }
    },
  };
}
