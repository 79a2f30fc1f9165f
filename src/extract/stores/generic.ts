// Any other page: schema.org Product data, a Supplement Facts / Nährwerte / Valeurs
// nutritionnelles panel found by its wording, directions found by their heading, and the
// product area's text with menus, carousels and reviews skipped.
import type { StoreAdapter, Selectors } from './common.ts';
import { readWithSelectors } from './common.ts';

export const GENERIC_SELECTORS: Selectors = {
  title: [
    '[itemtype*="schema.org/Product"] [itemprop="name"]', // microdata product pages
    'h1.product_title', // WooCommerce
    'h1[class*="product" i]', // most themes name the product heading
    'main h1',
    'h1',
  ],
  brand: ['[itemprop="brand"] [itemprop="name"]', '[itemprop="brand"]'],
  facts: [],
  directions: ['[class*="directions" i]', '[id*="directions" i]', '[class*="suggested-use" i]', '[id*="suggested-use" i]'],
  description: [
    '[itemtype*="schema.org/Product"] [itemprop="description"]', // microdata
    '.woocommerce-product-details__short-description', // WooCommerce short description
    '#tab-description', // WooCommerce description tab
  ],
  productArea: ['[itemtype*="schema.org/Product"]', 'main', '#main', '#content', 'article', 'body'],
  cards: ['li.product', '.add_to_cart_button', 'li.grid-tile', 'div.product.woolentor-grid-style-5', '.product-card', '.product-item', '.product-tile', '[data-test="product-card"]', '[data-component-type="s-search-result"]', '.product-grid-item', '.productCard'],
  scanForFacts: true,
  factsImages: ['img[alt*="Supplement Facts" i]', 'img[alt*="Nutrition Facts" i]'],
};

export const generic: StoreAdapter = {
  name: 'generic',
  matchesUrl: () => true,
  read: (ix, url, lex) => readWithSelectors(ix, url, 'generic', GENERIC_SELECTORS, lex),
};
