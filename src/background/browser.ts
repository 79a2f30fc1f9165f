// The extension API for the background, without webextension-polyfill: Chrome's MV3 `chrome.*` and
// Firefox's `browser.*` both return promises for every call the background makes. The polyfill
// cost every worker start several milliseconds (issue 14): bundled into the one background script,
// its module interop copied each property of its wrapper, which set up every API namespace the
// browser has. The one difference it smoothed over, a message listener that answers with a
// promise, is handled where the listener is added (index.ts).
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

const browser: Browser = (g.browser ?? g.chrome)!;
export default browser;
