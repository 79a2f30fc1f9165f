// Every store's selectors in one place, as data: where each store shows its product's title, facts
// panel, directions and description, and where its product area is. The adapters (iherb.ts,
// amazon.ts, ...) read pages with them; the gate (../gate.ts) looks at the same regions, before the
// engine runs, for the nutrient's name. Kept apart from the adapters' code so that the content
// script can ask where a store's product is without loading the reading engine. The hosts and the
// product areas are in product-areas.ts: the content script carries those alone.
import { PRODUCT_AREAS } from './product-areas.ts';

export interface Selectors {
  /** product title, best first */
  title: readonly string[];
  brand: readonly string[];
  /** the facts panel (Supplement Facts table or block) */
  facts: readonly string[];
  /** directions blocks */
  directions: readonly string[];
  /** description / bullets / details: product text that may state the amount */
  description: readonly string[];
  /** the product area, read (skipping carousels, menus, reviews) when nothing else gave text */
  productArea: readonly string[];
  /** repeated product cards: many of them mean a search or category page */
  cards: readonly string[];
  /** images whose alt text says the facts panel is a picture */
  factsImages: readonly string[];
  /** the adapter reads its own product text: never fall back to the whole product area */
  noAreaFallback?: boolean;
  /** no fixed facts region: search the product area for a table that reads like a facts panel */
  scanForFacts?: boolean;
  /** scripts whose JSON holds the product's data (Next.js stores), read besides the page's text */
  dataScripts?: readonly string[];
  /** other regions the adapter's own code reads product text from (the gate looks at them too) */
  alsoRead?: readonly string[];
}

/** Next.js stores (Walmart, Target) carry the product's data in this script's JSON. */
export const NEXT_DATA = 'script#__NEXT_DATA__';

export const IHERB_SELECTORS: Selectors = {
  title: [
    'h1#name', // product page 2023-2025
    '[data-testid="product-name"]', // same heading, by test id
  ],
  brand: [
    '[data-testid="product-brand-link"]', // "By <a><span><bdi>Brand</bdi></span></a>"
    '#brand a bdi',
  ],
  facts: [
    'div.supplement-facts-container', // Supplement Facts table (froala editor markup)
    '[class*="supplement-facts"]',
  ],
  directions: [],
  description: [], // the adapter reads the overview text under its "Overview" heading
  alsoRead: ['#product-overview'],
  noAreaFallback: true,
  productArea: PRODUCT_AREAS.iherb,
  cards: ['.product-cell-container', '.product-inner', '[data-testid="product-cell"]'],
  factsImages: ['img[alt*="Supplement Facts" i]'],
};

/** A large page of a store sent to the background as the regions its adapter reads, not read in
 *  the page by the adapter the background would inject (issue 14: on the bench's 4 MB iHerb page
 *  the adapter's 126 KB script took 6-10 ms to compile and 13 ms to read, where its regions, 22,000
 *  characters, take 3-4 ms to serialise and send). Only for a store whose adapter reads named
 *  regions alone, never a wide product area: Amazon's is 2.4 MB of a 2.7 MB page, and stays read
 *  in place. (extract/region-markup.ts) */
export interface SentRegions {
  /** the product area's selectors, most specific first: the first on the page is sent, as the
   *  adapter reads it (common.ts productArea; a megabyte-wide wrapper, iHerb's when the page has no
   *  overview, is too large to send, and the page is read in place) */
  areas: readonly string[];
  /** the facts panel's selectors: a page without one is read in place, as its adapter then looks
   *  for the panel by what surrounds it (a table's box, a picture's heading, a card's price),
   *  which the regions do not carry */
  facts: readonly string[];
  /** what else the adapter reads, beside what every adapter reads of a page (PAGE_REGIONS) */
  regions: readonly string[];
}

/** iHerb's blocks under the overview's headings, "Suggested use" among them (iherb.ts). */
export const IHERB_DETAIL_BLOCKS = 'div.prodOverviewDetail';

export const IHERB_SENT_REGIONS: SentRegions = {
  areas: IHERB_SELECTORS.productArea,
  facts: IHERB_SELECTORS.facts,
  regions: [...IHERB_SELECTORS.title, ...IHERB_SELECTORS.brand, ...IHERB_SELECTORS.factsImages, ...(IHERB_SELECTORS.alsoRead ?? []), IHERB_DETAIL_BLOCKS],
};

/** The stores whose large pages are sent as their regions (by the store's name, product-areas.ts). */
export const SENT_REGIONS: Readonly<Record<string, SentRegions>> = { iherb: IHERB_SENT_REGIONS };

/** The category path above a product (common.ts breadcrumb), on any store. */
export const BREADCRUMB_SELECTORS = ['#wayfinding-breadcrumbs_feature_div', 'nav[aria-label*="breadcrumb" i]', '[itemtype*="BreadcrumbList"]', '[class*="breadcrumb" i]'];

/** A page's structured data (schema.org JSON-LD). */
export const JSON_LD_SCRIPTS = 'script[type="application/ld+json"]';

/** What every adapter reads of a page, wherever it is (common.ts): its structured data, its title
 *  and meta tags, its breadcrumb. */
export const PAGE_REGIONS = [JSON_LD_SCRIPTS, 'head > title', 'meta[property]', 'meta[name]', ...BREADCRUMB_SELECTORS];

/** schema.org types of an editorial page (common.ts kindFromDocument). */
export const ARTICLE_LD_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'MedicalWebPage'];

export const AMAZON_SELECTORS: Selectors = {
  title: ['#productTitle', '#title'],
  brand: ['#bylineInfo', '#brand', 'tr.po-brand td.po-break-word'],
  facts: [
    '#nic-supplement-facts', // rare text Supplement Facts widget
    '#important-information .content table', // a facts table pasted into important information
  ],
  directions: [],
  description: [
    '#feature-bullets', // "About this item" bullets
    '#productOverview_feature_div', // Brand / Item Form / Unit Count table
    '#productDescription', // seller description
    '#aplus_feature_div', // A+ content (text parts only)
  ],
  productArea: PRODUCT_AREAS.amazon,
  // its sections (ingredients, directions, safety) are read into the product text
  // (under any id the wrapper has, "importantInformation_feature_div" too: round 61)
  alsoRead: ['[id^="important-information"]', '[id^="importantInformation"]'],
  cards: ['[data-component-type="s-search-result"]', '.s-result-item[data-asin]'],
  // a gallery image named as the facts panel (any product has gallery images: they alone say nothing)
  factsImages: ['#altImages img[alt*="facts" i]', '#imageBlock img[alt*="facts" i]', '#altImages img[alt*="label" i]'],
};

export const VITACOST_SELECTORS: Selectors = {
  title: ['#pdTitleBlock h1', 'h1[itemprop="name"]', 'h1'],
  brand: ['#pdTitleBlock .pBrandName a', '.pBrandName', '[itemprop="brand"]'],
  facts: ['#nutritionFacts table', 'table.nutrition-facts', '.sf-table', '#productDetails table'],
  directions: ['#productDetails .directions', '[id*="Directions"]'],
  description: ['#productDetails .productDetails', '#productDetails'],
  productArea: PRODUCT_AREAS.vitacost,
  cards: ['.product-block', '.pb-list-item'],
  factsImages: ['img[alt*="Supplement Facts" i]'],
};

export const WALMART_SELECTORS: Selectors = {
  title: [
    'h1#main-title', // 2023+ product page
    'h1[itemprop="name"]', // older product page
    '[data-testid="product-title"]', // samsclub.com
    'h1',
  ],
  brand: ['a[link-identifier="brandName"]', '[data-testid="product-brand"]'],
  facts: ['[data-testid="nutrition-facts"]', '.nutrition-facts', '[data-testid="supplement-facts"]'],
  directions: ['[data-testid="directions"]'],
  description: ['[data-testid="product-description-content"]', '#product-description-section', '[data-testid="product-highlights"]'],
  productArea: PRODUCT_AREAS.walmart,
  cards: ['[data-item-id]', '[data-testid="list-view"] > div', '.sc-pc-medium-desktop-card-canary'],
  factsImages: [],
  dataScripts: [NEXT_DATA],
};

export const TARGET_SELECTORS: Selectors = {
  title: ['h1[data-test="product-title"]', 'h1#pdp-product-title-id', 'h1'],
  brand: ['[data-test="@web/ProductDetailPageBrandLink"]', 'a[data-test="shopAllBrandLink"]'],
  facts: ['[data-test="item-details-label-info"]', '[data-test="nutritionFacts"]', '#tabContent-tab-Labelinfo'],
  directions: ['[data-test="item-details-directions"]'],
  description: ['[data-test="item-details-description"]', '[data-test="item-details-specifications"]', '#tabContent-tab-Details'],
  productArea: PRODUCT_AREAS.target,
  cards: ['[data-test="@web/site-top-of-funnel/ProductCardWrapper"]', '[data-test="product-grid"] > div', 'div[data-test*="ProductCard"]'],
  factsImages: [],
  dataScripts: [NEXT_DATA],
};

export const SHOPIFY_SELECTORS: Selectors = {
  title: [
    'h1.product__title', // Dawn and Online Store 2.0 themes
    '.product__title h1', // Dawn: heading inside the title block
    'h1.product-single__title', // Debut / Brooklyn (vintage themes)
    'h1.product_name',
    'h1',
  ],
  brand: ['.product__vendor', '.product-single__vendor', '[itemprop="brand"]'],
  facts: ['[class*="supplement-facts" i]', '.product__description table', '.rte table'],
  directions: ['[class*="directions" i]', '[id*="directions" i]', '[class*="suggested-use" i]'],
  description: [
    '.product__description', // Dawn
    '.product-single__description', // Debut
    '.product-description',
    '[class*="product__accordion"] .accordion__content', // Dawn collapsible tabs
  ],
  productArea: PRODUCT_AREAS.shopify,
  cards: ['.grid__item .card-wrapper', '.product-card', '.grid-product'],
  scanForFacts: true,
  factsImages: ['img[alt*="Supplement Facts" i]'],
};

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
    '.productView-description', // BigCommerce's description beside the buy box (round 34: its lead named the nutrient)
  ],
  productArea: PRODUCT_AREAS.generic,
  cards: ['li.product', '.add_to_cart_button', 'li.grid-tile', 'div.product.woolentor-grid-style-5', '.product-card', '.product-item', '.product-tile', '[data-test="product-card"]', '[data-component-type="s-search-result"]', '.product-grid-item', '.productCard',
    // Shopware 6 listing cards, in the listing's grid only (issue 8, round 18: a category page of ten
    // was read as a product); its product pages show the same .product-box in a cross-selling slider,
    // and five of them made one a category, its dose lost (issue 8, review)
    '.cms-listing-col .product-box',
    // (a listing row whose cards stand in it with no column wrapper; issue 8, round 30)
    '.cms-listing-row .product-box',
  ],
  scanForFacts: true,
  factsImages: ['img[alt*="Supplement Facts" i]', 'img[alt*="Nutrition Facts" i]'],
};

/** The selectors of each adapter, by its name. */
export const STORE_SELECTORS: Readonly<Record<string, Selectors>> = {
  iherb: IHERB_SELECTORS,
  amazon: AMAZON_SELECTORS,
  vitacost: VITACOST_SELECTORS,
  walmart: WALMART_SELECTORS,
  target: TARGET_SELECTORS,
  shopify: SHOPIFY_SELECTORS,
  generic: GENERIC_SELECTORS,
};
