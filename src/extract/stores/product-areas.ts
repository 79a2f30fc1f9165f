// Which store a host belongs to, and where each store's product area is: the little of the stores'
// tables the content script itself needs on every store page (its watcher observes the product
// area, issue 14). The rest of the selectors (selectors.ts) are the gate's and the adapters', and
// load only with them, in the scripts the background injects into a large page.

/** The hosts each store's adapter reads by address (the host name, lower case). */
export const STORE_HOSTS: Readonly<Record<string, RegExp>> = {
  iherb: /(?:^|\.)iherb\.com$/,
  amazon: /(?:^|\.)amazon\.(?:com|ca|co\.uk|de|fr|es|it|in|com\.au|co\.jp|nl|se|pl|com\.mx|com\.br)$/,
  vitacost: /(?:^|\.)vitacost\.com$/,
  walmart: /(?:^|\.)(?:walmart\.com|walmart\.ca|samsclub\.com)$/,
  target: /(?:^|\.)target\.com$/,
};

/** The store whose adapter reads pages of this host, if one does by address. */
export function storeOfHost(host: string): string | null {
  for (const [store, re] of Object.entries(STORE_HOSTS)) if (re.test(host.toLowerCase())) return store;
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
