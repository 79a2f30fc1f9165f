// The stores' address rules, each a plain function of a path, with no table of the stores: the
// whole address test (addresses.ts) picks a store's row by the host and tries its rules; a content
// script whose store or product folder the manifest matched already runs its own rule alone
// (src/content/product.ts, store-*.ts; scripts/lib/manifest.ts), so the table is neither compiled
// nor searched on those pages (issue 14: the whole test and its code were about half a millisecond
// of a small page's first read of four or five). Each of those tests says what the whole test says
// on every address the manifest gives it (test/unit/release/content-scripts.test.ts).
//
// (plain loops and string searches, not patterns nor callbacks: every store page's first read runs
// these, and each pattern's first run and each callback cost it more to compile)

/** `product-path`: a product page can be here, read it. `other-path`: a page of a listed store
 *  where no product page is (account, order, checkout, search, category pages): read nothing.
 *  `unlisted-host`: no table for this host: read it. */
export type AddressVerdict = 'product-path' | 'other-path' | 'unlisted-host';

export interface ProductIds {
  /** the folders, in lower case with a "/" at each end ("/dp/", "/gp/product/") */
  folders: readonly string[];
  /** those of them one segment of a name (the product's slug) may come before: /<slug>/dp/<id> */
  afterName: readonly string[];
  /** the id's length, in letters and digits; the path goes on with a "/", a query, or nothing */
  length: number;
  /** a language the shopper chose may come first: "/-/en/", "/-/en_gb/" (two letters, then
   *  optionally "_" and two more) */
  language: boolean;
}

export interface RootNames {
  /** names of that shape that are pages of the shop, never a product (account, cart, search...) */
  except: readonly string[];
}

/** Where Amazon's product pages are: an id after a folder.
 *  /<slug>/dp/<ASIN>, /dp/<ASIN>, /gp/product/<ASIN>, and the mobile /gp/aw/d/<ASIN>. Not one
 *  product's questions and answers (/ask/questions/asin/<ASIN>): it holds customers' and sellers'
 *  answers only, no label, and their doses ("the kids' gummies: 1 a day") are no reading (review 33)
 *  (each also under the language the shopper chose, /-/en/dp/<ASIN> on amazon.de: round 36's
 *  English page of a German shop was left unread). */
export const AMAZON_IDS: ProductIds = { folders: ['/dp/', '/gp/product/', '/gp/aw/d/'], afterName: ['/dp/'], length: 10, language: true };

/** Where Vitacost's product pages are: a name at the root.
 *  A product is a bare slug with no file extension. Category pages have the same shape and are read
 *  too (the reading engine tells them apart); search (/productsearch.aspx), account and checkout
 *  pages do not have it. (A root name, with or without a "/" after it, and any query: letters and
 *  digits in words joined by single hyphens.) */
export const VITACOST_NAMES: RootNames = {
  // the shop's own pages of that shape, never a product
  except: [
    'login', 'logout', 'signin', 'sign-in', 'signout', 'sign-out', 'register', 'account', 'myaccount', 'my-account',
    'cart', 'shoppingcart', 'shopping-cart', 'checkout', 'order', 'orders', 'orderhistory', 'order-history', 'search',
    'wishlist', 'wish-list', 'help', 'contactus', 'contact-us', 'return', 'returns', 'subscription', 'subscriptions',
    'rewards', 'giftcard', 'gift-card', 'giftcards', 'gift-cards',
  ],
};

/** The test of content-amazon.js (every page of Amazon's shops). */
export function amazonAddress(url: string): AddressVerdict {
  return hasProductId(AMAZON_IDS, pathAndQuery(url)) ? 'product-path' : 'other-path';
}

/** The test of content-vitacost.js (every page of Vitacost). */
export function vitacostAddress(url: string): AddressVerdict {
  return isRootName(VITACOST_NAMES, pathAndQuery(url)) ? 'product-path' : 'other-path';
}

/** The test of content-product.js (the one-segment product folders a match pattern states: iHerb's
 *  /pr/, Walmart's /ip/, Target's /p/). A pattern takes the folder followed by anything; the
 *  store's rule (`inFolder`) takes the folder and a name only. So one check is left: a name follows
 *  the folder ("/pr/" alone, "/pr//x" and "/pr/?q" are no product's). */
export function nameInFolder(url: string): AddressVerdict {
  const path = pathAndQuery(url);
  const folderEnd = path.indexOf('/', 1);
  return folderEnd > 0 && inFolder([path.slice(0, folderEnd + 1)], path) ? 'product-path' : 'other-path';
}

/** The path and query of a page's address as the browser serialises it (document.URL), in lower
 *  case: what follows its host, up to a fragment. (new URL would parse the whole address again.) */
function pathAndQuery(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  if (pathStart < 0) return '/';
  const fragment = url.indexOf('#', pathStart);
  return (fragment < 0 ? url.slice(pathStart) : url.slice(pathStart, fragment)).toLowerCase();
}

/** Is `path` a name in one of `folders` (the folder, then at least one character of a name)? */
export function inFolder(folders: readonly string[], path: string): boolean {
  for (const folder of folders) {
    const next = path.charAt(folder.length);
    if (path.startsWith(folder) && next !== '' && next !== '/' && next !== '?') return true;
  }
  return false;
}

/** Is `path` one of `ids`' folders and an id, after a language, or a name, or both, or neither? */
export function hasProductId(ids: ProductIds, path: string): boolean {
  const language = ids.language ? languageEnd(path) : 0;
  return idFrom(ids, path, 0) || (language > 0 && idFrom(ids, path, language));
}

/** Is `path`, from `from`, one of `ids`' folders and an id, or a name's one segment and then one? */
function idFrom(ids: ProductIds, path: string, from: number): boolean {
  const query = path.indexOf('?');
  // (where the name's segment ends: its "/", before any query, with at least one character before it)
  const slash = path.charAt(from + 1) === '/' ? -1 : path.indexOf('/', from + 1);
  const nameEnd = slash > 0 && (query < 0 || slash < query) ? slash : -1;
  for (const folder of ids.folders) {
    if (idAt(path, from, folder, ids.length)) return true;
    if (nameEnd > 0 && ids.afterName.includes(folder) && idAt(path, nameEnd, folder, ids.length)) return true;
  }
  return false;
}

/** Where a language the shopper chose ends ("/-/en/": the index of its last "/"), or 0. */
function languageEnd(path: string): number {
  if (!path.startsWith('/-/') || !isLetter(path, 3) || !isLetter(path, 4)) return 0;
  if (path.charAt(5) === '/') return 5;
  return path.charAt(5) === '_' && isLetter(path, 6) && isLetter(path, 7) && path.charAt(8) === '/' ? 8 : 0;
}

/** Is `path`, at `at`, `folder` and then an id of `length` letters and digits, then its end, a
 *  "/" or a query? */
function idAt(path: string, at: number, folder: string, length: number): boolean {
  if (!path.startsWith(folder, at)) return false;
  const start = at + folder.length;
  for (let i = start; i < start + length; i++) if (!isLetterOrDigit(path, i)) return false;
  const next = path.charAt(start + length);
  return next === '' || next === '/' || next === '?';
}

/** Is `path` one name at the root ("/<name>", "/<name>/", and any query): letters and digits in
 *  words joined by single hyphens, and not one of the shop's own pages? */
export function isRootName(names: RootNames, path: string): boolean {
  const query = path.indexOf('?');
  const bare = query < 0 ? path : path.slice(0, query);
  const name = bare.endsWith('/') ? bare.slice(1, -1) : bare.slice(1);
  if (!bare.startsWith('/') || name === '' || name.startsWith('-') || name.endsWith('-') || name.includes('--')) return false;
  for (let i = 0; i < name.length; i++) if (!isLetterOrDigit(name, i) && name.charAt(i) !== '-') return false;
  return !names.except.includes(name);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
