// Which store a host belongs to, and where each store's product area is: the little of the stores'
// tables the content script itself needs on every store page (its watcher observes the product
// area, issue 14). The rest of the selectors (selectors.ts) are the gate's and the adapters', and
// load only with them, in the scripts the background injects into a large page.

/** The domains each store's adapter reads by address: their hosts and subdomains (kr.iherb.com).
 *  Domain names, not patterns: every store page asks, and a string compare compiles nothing. */
export const STORE_HOSTS: Readonly<Record<string, readonly string[]>> = {
  iherb: ['iherb.com'],
  amazon: ['com', 'ca', 'co.uk', 'de', 'fr', 'es', 'it', 'in', 'com.au', 'co.jp', 'nl', 'se', 'pl', 'com.mx', 'com.br'].map((tld) => `amazon.${tld}`),
  vitacost: ['vitacost.com'],
  walmart: ['walmart.com', 'walmart.ca', 'samsclub.com'],
  target: ['target.com'],
};

/** Is `host` (lower case) one of `domains` or a subdomain of one? (A plain loop: every store
 *  page's first read calls it, and each callback is one more function to compile there.) */
export function onDomains(host: string, domains: readonly string[]): boolean {
  for (const d of domains) if (host === d || (host.endsWith(d) && host[host.length - d.length - 1] === '.')) return true;
  return false;
}

/** The store whose adapter reads pages of this host, if one does by address. */
export function storeOfHost(host: string): string | null {
  const lower = host.toLowerCase();
  for (const [store, domains] of Object.entries(STORE_HOSTS)) if (onDomains(lower, domains)) return store;
  return null;
}

/** The store whose adapter reads `url`, by its address, as the engine picks it (index.ts: the same
 *  hosts), without loading the engine; 'generic' for a shop no adapter knows by host. */
export function storeAt(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // not an address: the generic adapter
  }
  return storeOfHost(host) ?? 'generic';
}

/** Each store's product area, most specific first: what its adapter reads when nothing else gave
 *  text, and what the watcher observes (carousels, menus and reviews elsewhere churn). */
export const PRODUCT_AREAS = {
  // no whole-body fallback: the overview block is the product text iHerb pages have
  iherb: ['#product-overview', '.product-grouping-wrapper', '.product-detail-container'],
  amazon: ['#dp-container', '#ppd', '#centerCol'],
  vitacost: ['#productDetailsContainer', '#productContainer', 'main', 'body'],
  walmart: ['main', '#maincontent', 'body'],
  target: ['main', '#pageBodyContainer', 'body'],
  shopify: ['main', '#MainContent', 'body'],
  generic: ['[itemtype*="schema.org/Product"]', 'main', '#main', '#content', 'article', 'body'],
} as const satisfies Record<string, readonly string[]>;

/** The product area's selectors of the store at `url` (the generic ones for a shop with no adapter). */
export function productAreaAt(url: string): readonly string[] {
  return (PRODUCT_AREAS as Record<string, readonly string[]>)[storeAt(url)] ?? PRODUCT_AREAS.generic;
}

/** The first element of `selectors` the page holds (its product area, most specific first), or null. */
export function firstArea(doc: Document, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  return null;
}
