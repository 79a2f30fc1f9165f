import type { PageIndex } from '../page-index.ts';
// Store adapter registry: host match first, then markup match (Shopify themes, saved pages with
// no URL), then the generic adapter.
import type { StoreAdapter } from './common.ts';
import { amazon } from './amazon.ts';
import { generic } from './generic.ts';
import { iherb } from './iherb.ts';
import { shopify } from './shopify.ts';
import { STORE_SELECTORS } from './selectors.ts';
import { target } from './target.ts';
import { vitacost } from './vitacost.ts';
import { walmart } from './walmart.ts';

export type { StoreAdapter } from './common.ts';
export { generic };

export const ADAPTERS: readonly StoreAdapter[] = [iherb, amazon, vitacost, walmart, target, shopify, generic];

/** The URL's host picks the adapter. Markup decides only when no adapter serves the host: for
 *  platforms (Shopify on any host) and for a store's pages on a host not listed (another Amazon
 *  country) or saved without a URL; a store's markup needs several of its own landmarks together
 *  (Walgreens also uses h1#productTitle, and is not Amazon). */
export function adapterFor(url: string, ix?: PageIndex): StoreAdapter {
  for (const a of ADAPTERS) if (a !== generic && a.matchesUrl(url)) return a;
  if (ix) for (const a of ADAPTERS) if (a.matchesDocument?.(ix)) return a;
  return generic;
}

/** Selectors of the product area for a URL, best first, for the content script's in-page
 *  navigation observer (observe the first that exists; fall back to document.body). */
export function productAreaSelectors(url: string): readonly string[] {
  const a = adapterFor(url);
  return (STORE_SELECTORS[a.name] ?? STORE_SELECTORS['generic']!).productArea;
}
