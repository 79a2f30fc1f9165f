// Vitacost (vitacost.com). Product page: h1 in #pdTitleBlock, brand link above it, the
// "Product Details" tab (#productDetails) holding the description, "Directions:" paragraph,
// and a Supplement Facts table (table.nutrition-facts / .sf-table inside #nutritionFacts).
// JSON-LD Product is present on current pages and is read first by the shared reader.
import type { StoreAdapter } from './common.ts';
import { VITACOST_SELECTORS } from './selectors.ts';
import { onDomains, STORE_HOSTS } from './product-areas.ts';
import { hostOf, readWithSelectors } from './common.ts';

export const vitacost: StoreAdapter = {
  name: 'vitacost',
  matchesUrl: (url) => onDomains(hostOf(url), STORE_HOSTS['vitacost']!),
  read: (ix, url, lex) => readWithSelectors(ix, url, 'vitacost', VITACOST_SELECTORS, lex),
};
