// What the page note must never cover on a store's product page: the product's title, its price
// and its buy button. One row per store (the reading's `source`), beside the adapters' selectors;
// the note is placed in a corner none of these is in, or folded to a small tab. Each selector is
// one alternative, with the layout it serves; a selector that finds nothing costs nothing.

export interface KeepClear {
  title: readonly string[];
  price: readonly string[];
  buy: readonly string[];
}

const GENERIC: KeepClear = {
  title: ['h1'],
  price: ['[itemprop="price"]', '[class*="product-price" i]', '[class*="price" i][class*="product" i]'],
  buy: [
    'form[action*="/cart/add"] button', // Shopify and most carts
    'button[name="add"]', // Shopify themes
    '[id*="add-to-cart" i]', '[class*="add-to-cart" i]', // the common names
    '[id*="buy-now" i]',
  ],
};

export const KEEP_CLEAR: Readonly<Record<string, KeepClear>> = {
  iherb: {
    title: ['#name', 'h1[data-testid="product-name"]'],
    // #product-price on the product page (2024); .product-price also marks the carousels' prices,
    // which are far from the corners and cost nothing to watch.
    price: ['#product-price', '#price', '.price-inner-text'],
    buy: ['#btn-add-to-cart', '.btn-add-to-cart', '.add-to-cart'],
  },
  amazon: {
    title: ['#productTitle', '#title'],
    price: ['#corePrice_feature_div', '#corePriceDisplay_desktop_feature_div', '#apex_desktop', '#price'],
    buy: ['#desktop_buybox', '#buybox', '#add-to-cart-button', '#buy-now-button', '#addToCart_feature_div'],
  },
  vitacost: {
    title: ['#pdTitleBlock h1', 'h1[itemprop="name"]'],
    price: ['#pdPriceBlock', '.pPrice', '.pOurPrice'],
    buy: ['#pdBuyBox', '#addToCartButton', '.addToCart'],
  },
  walmart: {
    title: ['h1#main-title', 'h1[itemprop="name"]'],
    price: ['[data-testid="price-wrap"]', '[itemprop="price"]'],
    buy: ['[data-testid="add-to-cart-section"]', '[data-testid="atc-buynow-container"]', '[data-automation-id="atc"]'],
  },
  target: {
    title: ['h1[data-test="product-title"]'],
    price: ['[data-test="product-price"]'],
    buy: ['[data-test="shippingButton"]', '[data-test="addToCartButton"]', '[data-test="orderPickupButton"]'],
  },
  shopify: GENERIC,
  generic: GENERIC,
};

const flat = (k: KeepClear) => [...k.title, ...k.price, ...k.buy];

/** The selectors to keep clear on a store's pages: the store's own, and the usual names to fall
 *  back on when none of the store's own finds anything (a new layout, an unknown shop). */
export function keepClearSelectors(store: string): { own: string[]; fallback: string[] } {
  return { own: flat(KEEP_CLEAR[store] ?? GENERIC), fallback: flat(GENERIC) };
}
