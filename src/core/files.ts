// The extension's own script files that code names at run time, named once: the build writes them
// under these names (vite.config.ts), the background injects them, the bench finds them in traces.

/** A large page's reader (src/content/reader.ts), injected by the background into the page. */
export const READER_SCRIPT = 'reader.js';
