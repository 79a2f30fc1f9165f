// What kind of page is this: a single product, or a search, category, article or cart page?
// From the URL first, then from structure (schema.org types, og:type, repeated product cards),
// and for plain text from wording (an article talks to "you" and has no shop cues).
import type { PageKind } from '../core/reading.ts';
import {
  ADD_TO_CART_G_RE, LISTING_RANGE_RE, PRICE_LINE_G_RE, SORT_BY_RE, ARTICLE_CUE_RE, COMMERCE_CUE_RE, PRONOUN_RE, URL_ARTICLE_RE, URL_CART_RE, URL_CATEGORY_RE, URL_PRODUCT_RE,
  URL_SEARCH_RE,
} from './text/patterns.ts';

/** Page kind from the URL alone; null when the URL does not tell. */
export function kindFromUrl(url: string | null | undefined): PageKind | null {
  if (!url) return null;
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    return null;
  }
  if (URL_CART_RE.test(path)) return 'cart';
  if (URL_PRODUCT_RE.test(path)) return 'product';
  if (URL_SEARCH_RE.test(path)) return 'search';
  if (URL_ARTICLE_RE.test(path)) return 'article';
  if (URL_CATEGORY_RE.test(path)) return 'category';
  return null;
}

/** Article or product, from plain text: an article addresses the reader and has no shop cues. */
export function kindFromText(text: string): PageKind | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const sample = text.slice(0, 20_000);
  const words = sample.split(/\s+/).length;
  const pronouns = (sample.match(PRONOUN_RE) ?? []).length;
  if (isListingText(sample)) return 'category';
  const commerce = COMMERCE_CUE_RE.test(sample);
  if (ARTICLE_CUE_RE.test(sample) && !commerce) return 'article';
  if (!commerce && words > 150 && pronouns / words > 0.02) return 'article';
  return null;
}

/** A listing (category or search results) from its text: a "Showing 1-12 of 48" count, the same
 *  "Add to basket" on three or more cards, or sorting/pagination controls over three or more
 *  name + price groups. A product page has one title and one price block (cross-sell lines
 *  "Name ... £8.99" are not price-only lines). */
export function isListingText(sample: string): boolean {
  if (LISTING_RANGE_RE.test(sample)) return true;
  const adds = (sample.match(ADD_TO_CART_G_RE) ?? []).length;
  if (adds >= 3) return true;
  const prices = (sample.match(PRICE_LINE_G_RE) ?? []).length;
  return prices >= 3 && SORT_BY_RE.test(sample);
}
