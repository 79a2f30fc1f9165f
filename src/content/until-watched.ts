// What the content script keeps of the watching (watch.ts) while the watcher's code is not in the
// page yet (issue 14): the watcher comes with the session's code, which the background injects with
// its answer to the first read (session-main.ts), so no page compiles it before its first message.
// Until it watches, the page's changes since the first read are recorded here (from the first
// read's delivery, by the content script, which hands them to the session: page-start.ts), and a
// page where nothing is read waits here for its first navigation in place.

/** Most changes kept between the first read and the watching: past it, the page changed, wherever. */
const MAX_KEPT_CHANGES = 500;

/** The page's changes between the first read and the watching. */
export interface EarlyChanges {
  /** the changes kept, or 'many' past MAX_KEPT_CHANGES */
  take(): readonly MutationRecord[] | 'many';
  /** makes a change of the extension's own (the note), kept out of the page's changes */
  ownChange(change: () => void): void;
  stop(): void;
}

/** The page's changes between the first read and the watching, kept as they come (the product area
 *  is not looked up yet: it is the watching's to judge them), and nothing else done with them. */
export function changesUntilWatched(): EarlyChanges {
  let kept: MutationRecord[] = [];
  let many = false;
  const keep = (records: readonly MutationRecord[]) => {
    if (many) return;
    // (counted before they are kept: a batch of many thousand records is never spread into a call)
    if (kept.length + records.length > MAX_KEPT_CHANGES) {
      many = true;
      kept = [];
      return;
    }
    kept.push(...records);
  };
  const recorder = new MutationObserver(keep);
  recorder.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  return {
    take() {
      keep(recorder.takeRecords());
      return many ? 'many' : kept;
    },
    ownChange(change) {
      keep(recorder.takeRecords());
      try {
        change();
      } finally {
        // (the extension's own change: no change of the page's)
        recorder.takeRecords();
      }
    },
    stop: () => recorder.disconnect(),
  };
}

export interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

/** On a page where nothing is read (a store's search, category or account page: most store pages),
 *  the watching waits for the page's first navigation in place, and only then is set up (`then`):
 *  until one, it would have nothing to observe and nothing to read again, and its code is neither
 *  compiled nor run on such a page (issue 14). Returns the wait's cancel; null where there is no
 *  Navigation API (there the watcher polls the address, and is set up at once). */
export function afterFirstNavigation(then: () => void): (() => void) | null {
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (!nav) return null;
  const once = () => {
    nav.removeEventListener('currententrychange', once);
    then();
  };
  nav.addEventListener('currententrychange', once);
  return () => nav.removeEventListener('currententrychange', once);
}
