// Where a store keeps its product pages, decided from the address alone, before anything on the
// page is read. The content script runs on whole store domains (the manifest cannot be narrower
// and still follow in-page navigation), so without this it would read account, order, checkout
// and search pages too: pages with nothing to check and with the user's own data on them.
//
// One row per store the content script runs on (manifest.json content_scripts): the hosts, and
// the paths a product page can have. A path of a listed host that matches none is read no
// further. Hosts not listed (a shop the user asks to check with "Check this page") are always
// read: there the user has asked, and nothing says where products live.
import { AMAZON_IDS, hasProductId, inFolder, isRootName, VITACOST_NAMES, type AddressVerdict, type ProductIds, type RootNames } from './address-rules.ts';
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

export type { AddressVerdict };

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
  // pattern costs to compile, on every store page's first read; with its query, and no fragment)
  const path = (parsed.pathname + parsed.search).toLowerCase();
  const product = inFolder(row.productFolders ?? [], path)
    || (row.productIds !== undefined && hasProductId(row.productIds, path))
    || (row.rootNames !== undefined && isRootName(row.rootNames, path))
    || anyMatches(row.productPaths ?? [], path);
  return product ? 'product-path' : 'other-path';
}

function storeRow(host: string): StoreAddresses | null {
  for (const row of STORE_ADDRESSES) if (onDomains(host, row.hosts)) return row;
  return null;
}

function anyMatches(patterns: readonly RegExp[], path: string): boolean {
  for (const re of patterns) if (re.test(path)) return true;
  return false;
}
