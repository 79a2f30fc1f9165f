// The extension's own script files that code names at run time, named once: the build writes them
// under these names (vite.config.ts), the background injects them, the bench finds them in traces.

/** Scripts the background injects into a page's content-script world when the content script asks
 *  (issue 14: code a page may never need, or not before its first message, is not compiled with
 *  the content script on every page):
 *  - inPlace: a large page's read (src/content/in-place-main.ts), which asks for the two below;
 *  - gate: a large or heavy page's gate (src/content/gate-main.ts), the nutrient's names looked for
 *    where the store's adapter reads;
 *  - reader: a large page's reader (src/content/reader.ts), the store's adapter run in the page;
 *  - session: everything after the page's first read (src/content/session-main.ts: the listeners,
 *    the watcher and the reads it makes, the note's asking), injected with the answer to the
 *    first read (asked for if it did not come), or asked for where nothing was read once the page
 *    navigates in place, or the user asks for it to be read, or it comes back from the
 *    back/forward cache before its session ran;
 *  - note: the note on the page (src/content/note-main.ts), asked for with the first verdict
 *    that shows one. */
export const INJECTED_SCRIPTS = { inPlace: 'in-place.js', gate: 'gate.js', reader: 'reader.js', session: 'session.js', note: 'note.js' } as const;
export type InjectedScript = keyof typeof INJECTED_SCRIPTS;

/** The scripts a page's first read may need injected before it reports (the note comes later). */
export const READ_SCRIPTS = [INJECTED_SCRIPTS.inPlace, INJECTED_SCRIPTS.gate, INJECTED_SCRIPTS.reader] as const;
