// Brand shops on Shopify themes (any host). Recognised by markup: Shopify's CDN, the
// `Shopify` theme globals' script, or /products/<handle> URLs with a product JSON block.
// Structured data first: JSON-LD Product and the theme's product JSON
// (script[type="application/json"][data-product-json], script#ProductJson-*), whose
// "description" is HTML; then the description block of Dawn (.product__description) or older
// themes (.product-single__description, .rte).
import type { StoreAdapter } from './common.ts';
import { SHOPIFY_SELECTORS } from './selectors.ts';
import { readWithSelectors } from './common.ts';
import { all, htmlToText } from '../dom.ts';

export const shopify: StoreAdapter = {
  name: 'shopify',
  matchesUrl: () => false,
  matchesDocument: (ix) => ix.first(['link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], meta[name="shopify-digital-wallet"], script[data-product-json], script[id^="ProductJson"]']) !== null,
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'shopify', SHOPIFY_SELECTORS, lex);
    for (const s of all(ix, 'script[data-product-json], script[id^="ProductJson"]')) {
      try {
        const p = JSON.parse(s.textContent ?? '') as Record<string, unknown>;
        const d = typeof p['description'] === 'string' ? htmlToText(p['description']) : null;
        if (d && !(input.body ?? '').includes(d.slice(0, 60))) input.body = [input.body, d].filter(Boolean).join('\n');
        if (!input.brand && typeof p['vendor'] === 'string') input.brand = p['vendor'];
        if (typeof p['title'] === 'string' && !input.title) input.title = p['title'];
      } catch {
        // theme JSON that is not JSON: ignore
      }
    }
    return input;
  },
};
