// When to read the page again: once at start, while late content arrives (store pages render
// their facts panel after load), and after in-page navigation (the URL changes without a load).
// The observer is debounced and runs only for a short window after each start or navigation,
// so a busy page never makes us re-read it continuously.
const SETTLE_MS = 600;
const WATCH_WINDOW_MS = 12_000;
const URL_POLL_MS = 1_000;

/** `productArea` names the regions worth observing on this store, most specific first. */
export function watchPage(scan: () => void, productArea: () => readonly string[] = () => []): () => void {
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let windowEnd: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let lastUrl = location.href;

  const scheduleScan = () => {
    clearTimeout(debounce);
    debounce = setTimeout(scan, SETTLE_MS);
  };

  const openWindow = () => {
    observer?.disconnect();
    observer = new MutationObserver(scheduleScan);
    // Scoped to the product area where the store has one: ads and carousels elsewhere on the
    // page churn constantly and say nothing about this product.
    const area = productArea().map((s) => document.querySelector(s)).find((el) => el !== null);
    observer.observe(area ?? document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    clearTimeout(windowEnd);
    windowEnd = setTimeout(() => observer?.disconnect(), WATCH_WINDOW_MS);
  };

  const onUrlMaybeChanged = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    scheduleScan();
    openWindow();
  };

  // The Navigation API tells us at once where it exists; polling covers the rest (Firefox ESR).
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onUrlMaybeChanged);
  window.addEventListener('popstate', onUrlMaybeChanged);
  const poll = setInterval(onUrlMaybeChanged, URL_POLL_MS);

  scan();
  openWindow();

  return () => {
    clearTimeout(debounce);
    clearTimeout(windowEnd);
    clearInterval(poll);
    observer?.disconnect();
    nav?.removeEventListener('navigatesuccess', onUrlMaybeChanged);
    window.removeEventListener('popstate', onUrlMaybeChanged);
  };
}
