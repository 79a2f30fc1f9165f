// Vitacost (vitacost.com). Product page: h1 in #pdTitleBlock, brand link above it, the
// "Product Details" tab (#productDetails) holding the description, "Directions:" paragraph,
// and a Supplement Facts table (table.nutrition-facts / .sf-table inside #nutritionFacts).
// JSON-LD Product is present on current pages and is read first by the shared reader.
import type { StoreAdapter, Selectors } from './common.ts';
import { hostOf, readWithSelectors } from './common.ts';

export const VITACOST_SELECTORS: Selectors = {
  title: ['#pdTitleBlock h1', 'h1[itemprop="name"]', 'h1'],
  brand: ['#pdTitleBlock .pBrandName a', '.pBrandName', '[itemprop="brand"]'],
  facts: ['#nutritionFacts table', 'table.nutrition-facts', '.sf-table', '#productDetails table'],
  directions: ['#productDetails .directions', '[id*="Directions"]'],
  description: ['#productDetails .productDetails', '#productDetails'],
  productArea: ['#productDetailsContainer', '#productContainer', 'main', 'body'],
  cards: ['.product-block', '.pb-list-item'],
  factsImages: ['img[alt*="Supplement Facts" i]'],
};

export const vitacost: StoreAdapter = {
  name: 'vitacost',
  matchesUrl: (url) => /(?:^|\.)vitacost\.com$/.test(hostOf(url)),
  read: (ix, url, lex) => readWithSelectors(ix, url, 'vitacost', VITACOST_SELECTORS, lex),
};
