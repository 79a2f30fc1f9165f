// Where a store keeps its product pages, decided from the address alone, before anything on the
// page is read. The content script runs on whole store domains (the manifest cannot be narrower
// and still follow in-page navigation), so without this it would read account, order, checkout
// and search pages too: pages with nothing to check and with the user's own data on them.
//
// One row per store the content script runs on (manifest.json content_scripts): the hosts, and
// the paths a product page can have. A path of a listed host that matches none is read no
// further. Hosts not listed (a shop the user asks to check with "Check this page") are always
// read: there the user has asked, and nothing says where products live.
import { onDomains, STORE_HOSTS } from './product-areas.ts';

export interface StoreAddresses {
  /** the store, as the reading's `source` names it */
  store: string;
  /** the store's domains: its pages are at these hosts and their subdomains (onDomains) */
  hosts: readonly string[];
  /** paths (with the query) where a product page can be, in lower case: the path is lowered
   *  before they are tried */
  productPaths?: readonly RegExp[];
  /** folders where a product page can be, for a store whose product pages are all in one, each in
   *  lower case with a "/" at each end: a path in one is the folder and a name ("/pr/": as the
   *  pattern /^\/pr\/[^/?#]+/). This and the shapes below are tried with a string's own search,
   *  before `productPaths`: a pattern's first run costs a store page's first read a few tenths of
   *  a millisecond (issue 14), and a page of a store whose row has no pattern runs none. */
  productFolders?: readonly string[];
  /** for a store that names a product by an id after a folder (Amazon: /dp/<ASIN>) */
  productIds?: ProductIds;
  /** for a store whose products are a name at the root (Vitacost: /now-foods-magnesium-citrate-200-mg) */
  rootNames?: RootNames;
}

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

/** Where Amazon's product pages are: an id after a folder. Its pages get a content script of their
 *  own, which carries this rule alone (src/content/store-amazon.ts).
 *  /<slug>/dp/<ASIN>, /dp/<ASIN>, /gp/product/<ASIN>, and the mobile /gp/aw/d/<ASIN>. Not one
 *  product's questions and answers (/ask/questions/asin/<ASIN>): it holds customers' and sellers'
 *  answers only, no label, and their doses ("the kids' gummies: 1 a day") are no reading (review 33)
 *  (each also under the language the shopper chose, /-/en/dp/<ASIN> on amazon.de: round 36's
 *  English page of a German shop was left unread). */
export const AMAZON_IDS: ProductIds = { folders: ['/dp/', '/gp/product/', '/gp/aw/d/'], afterName: ['/dp/'], length: 10, language: true };

/** Where Vitacost's product pages are: a name at the root. Its pages get a content script of their
 *  own, which carries this rule alone (src/content/store-vitacost.ts).
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

export const STORE_ADDRESSES: readonly StoreAddresses[] = [
  {
    store: 'iherb',
    hosts: ['iherb.com'],
    // www.iherb.com/pr/<slug>/<id>, and the same under country hosts (kr.iherb.com/pr/...)
    productFolders: ['/pr/'],
  },
  {
    store: 'amazon',
    // the Amazon adapter's shops, and amazon.com.be (read by the generic adapter)
    hosts: [...STORE_HOSTS['amazon']!, 'amazon.com.be'],
    productIds: AMAZON_IDS,
  },
  {
    store: 'walmart',
    hosts: ['walmart.com'],
    // /ip/<slug>/<id> and /ip/<id>
    productFolders: ['/ip/'],
  },
  {
    store: 'target',
    hosts: ['target.com'],
    // /p/<slug>/-/A-<id>
    productFolders: ['/p/'],
  },
  { store: 'vitacost', hosts: ['vitacost.com'], rootNames: VITACOST_NAMES },
  // European shops (issue 11), read by the generic adapter (a facts table or label text on the
  // page). Each is a large seller of supplements in its countries whose product pages have an
  // address of their own, so the rest of the shop is left unread.
  {
    // Holland & Barrett (UK, Ireland, the Netherlands, Belgium): /shop/product/<slug>-<id>; its Dutch
    // and Belgian shops also name a product by its slug and item number alone, under their language
    // or not (/nl/<slug>-<id>, /<slug>-<id>). A category page of that shape is read too, and the
    // engine tells it apart (page-kind.ts), as on Vitacost.
    store: 'hollandandbarrett',
    hosts: ['hollandandbarrett.com', 'hollandandbarrett.ie', 'hollandandbarrett.nl', 'hollandandbarrett.be'],
    productPaths: [/^(?:\/[a-z]{2})?\/shop\/product\/[^/?#]+/, /^(?:\/[a-z]{2})?\/[a-z0-9]+(?:-[a-z0-9]+)*-\d{5,10}\/?(?:[?#]|$)/],
  },
  {
    // Shop Apotheke (Germany's largest online pharmacy): /<department>/<PZN>/<slug>.htm
    store: 'shop-apotheke',
    hosts: ['shop-apotheke.com'],
    productPaths: [/^\/[a-z0-9-]+\/\d{5,}\/[^/?#]+\.htm(?:[?#]|$)/],
  },
  {
    // DocMorris (Germany): /<slug>/<PZN, 8 digits>
    store: 'docmorris',
    hosts: ['docmorris.de'],
    productPaths: [/^\/[a-z0-9-]+\/\d{7,8}\/?(?:[?#]|$)/],
  },
  {
    // DOZ (Poland's largest pharmacy network online): /apteka/p<id>-<Slug>
    store: 'doz',
    hosts: ['doz.pl'],
    productPaths: [/^\/apteka\/p\d+-[^/?#]+/],
  },
];

/** `product-path`: a product page can be here, read it. `other-path`: a page of a listed store
 *  where no product page is (account, order, checkout, search, category pages): read nothing.
 *  `unlisted-host`: no table for this host: read it. */
export type AddressVerdict = 'product-path' | 'other-path' | 'unlisted-host';

export function pageByAddress(url: string): AddressVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unlisted-host';
  }
  const row = storeRow(parsed.hostname.toLowerCase());
  if (!row) return 'unlisted-host';
  // (in lower case, so the patterns need no case-insensitive flag: a flag that doubles what a
  // pattern costs to compile, on every store page's first read)
  const path = (parsed.pathname + parsed.search).toLowerCase();
  const product = inFolder(row.productFolders ?? [], path)
    || (row.productIds !== undefined && hasProductId(row.productIds, path))
    || (row.rootNames !== undefined && isRootName(row.rootNames, path))
    || anyMatches(row.productPaths ?? [], path);
  return product ? 'product-path' : 'other-path';
}

// The address tests of a page whose store the manifest matched already (a content script of the
// store's own, src/content/store-*.ts): the store's rule alone, with no table of the stores. Each says
// what pageByAddress says of any address of that store's hosts (test/unit/release/content-scripts.test.ts).

/** A product page is an id after a folder (AMAZON_IDS). */
export function idAddress(ids: ProductIds): (url: string) => AddressVerdict {
  return (url) => (hasProductId(ids, pathAndQuery(url).toLowerCase()) ? 'product-path' : 'other-path');
}

/** A product page is a name at the root (VITACOST_NAMES). */
export function rootNameAddress(names: RootNames): (url: string) => AddressVerdict {
  return (url) => (isRootName(names, pathAndQuery(url).toLowerCase()) ? 'product-path' : 'other-path');
}

/** The path and query of an address as the browser serialises it (document.URL): what follows its
 *  host, up to a fragment. (The page's own address: new URL would parse it all again.) */
function pathAndQuery(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  if (pathStart < 0) return '/';
  const fragment = url.indexOf('#', pathStart);
  return fragment < 0 ? url.slice(pathStart) : url.slice(pathStart, fragment);
}

// (plain loops, not callbacks: every store page's first read runs these, and each callback is one
// more function to compile there. A path with its query holds no "#": the fragment is not part of it.)

function storeRow(host: string): StoreAddresses | null {
  for (const row of STORE_ADDRESSES) if (onDomains(host, row.hosts)) return row;
  return null;
}

/** Is `path` a name in one of `folders` (the folder, then at least one character of a name)? */
function inFolder(folders: readonly string[], path: string): boolean {
  for (const folder of folders) {
    const next = path.charAt(folder.length);
    if (path.startsWith(folder) && next !== '' && next !== '/' && next !== '?') return true;
  }
  return false;
}

/** Is `path` one of `ids`' folders and an id, after a language, or a name, or both, or neither? */
function hasProductId(ids: ProductIds, path: string): boolean {
  const query = path.indexOf('?');
  const segmentsEnd = query < 0 ? path.length : query;
  const language = ids.language ? languageEnd(path) : 0;
  // (from after the shopper's language if there is one, then from the root)
  for (let from = language; ; from = 0) {
    // (where a name of one segment after `from` ends: the folder may follow it)
    const nameEnd = path.charAt(from + 1) === '/' ? -1 : path.indexOf('/', from + 1);
    for (const folder of ids.folders) {
      if (idAt(path, from, folder, ids.length)) return true;
      if (nameEnd > 0 && nameEnd < segmentsEnd && ids.afterName.includes(folder) && idAt(path, nameEnd, folder, ids.length)) return true;
    }
    if (from === 0) return false;
  }
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
function isRootName(names: RootNames, path: string): boolean {
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

function anyMatches(patterns: readonly RegExp[], path: string): boolean {
  for (const re of patterns) if (re.test(path)) return true;
  return false;
}
