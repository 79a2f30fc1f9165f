// The extension's own script files that code names at run time, named once: the build writes them
// under these names (vite.config.ts), the background injects them, the bench finds them in traces.

/** Scripts the background injects into a page's content-script world when the content script asks
 *  (issue 14: code a page may never need, or not before its first message, is not compiled with
 *  the content script on every page):
 *  - gate: a large or heavy page's gate (src/content/gate-main.ts), the nutrient's names looked for
 *    where the store's adapter reads;
 *  - reader: a large page's reader (src/content/reader.ts), the store's adapter run in the page;
 *  - watch: the watcher (src/content/watch-main.ts), asked for once the first read is reported
 *    and the page is idle, on a page where something is read (elsewhere after its first navigation
 *    in place);
 *  - note: the note on the page (src/content/note-main.ts), asked for with the first verdict
 *    that shows one. */
export const INJECTED_SCRIPTS = { gate: 'gate.js', reader: 'reader.js', watch: 'watch.js', note: 'note.js' } as const;
export type InjectedScript = keyof typeof INJECTED_SCRIPTS;

/** The scripts a page's first read may need injected before it reports (the note comes later). */
export const READ_SCRIPTS = [INJECTED_SCRIPTS.gate, INJECTED_SCRIPTS.reader] as const;
