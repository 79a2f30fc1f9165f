// Read nothing where there is nothing to read (issue 9, point 8): on the stores the content script
// runs on, the address decides first whether a product page can be there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORE_ADDRESSES, pageByAddress } from '../../../src/extract/stores/addresses.ts';
import { onDomains } from '../../../src/extract/stores/product-areas.ts';
import { NOT_AN_ASIN_RE } from './invented-addresses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');

interface Answer { url?: string | null; kind?: string }
function answers(file: string): Answer[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Answer[]) : [];
}
const fixtureDirs = readdirSync(path.join(root, 'test/fixtures')).map((d) => path.join(root, 'test/fixtures', d, 'answers.json'));
const known = [
  ...fixtureDirs.flatMap(answers),
  ...(JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8')) as { url: string }[]).map((p) => ({ url: p.url, kind: 'product' })),
  // pages saved by others, when present (their addresses only)
  ...answers(path.join(shared, 'pages/answers.json')),
  ...answers(path.join(shared, 'pages/answers-more.json')),
].flatMap((a) => (typeof a.url === 'string' && typeof a.kind === 'string' && pageByAddress(a.url) !== 'unlisted-host' ? [{ url: a.url, kind: a.kind }] : []));

/** A product's questions-and-answers page: an answer file may call it a product's page, but it holds
 *  no label, and the reader is kept off it (review 33). */
const ANSWERS_PAGE_RE = /amazon\.[a-z.]+\/ask\/questions\//i;

describe('the address decides before anything is read', () => {
  it('has a row for every store the content script runs on', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
    const hosts = manifest.content_scripts.flatMap((c) => c.matches).map((m) => new URL(m.replace('*.', 'www.').replace(/\*$/, '')).hostname);
    expect(hosts.filter((h) => !STORE_ADDRESSES.some((r) => onDomains(h, r.hosts)))).toEqual([]);
  });

  it("knows a store's hosts by their domain, and no look-alike", () => {
    expect(['www.iherb.com', 'kr.iherb.com', 'iherb.com'].map((h) => onDomains(h, ['iherb.com']))).toEqual([true, true, true]);
    expect(['fakeiherb.com', 'iherb.com.example.net', 'iherb.co', ''].map((h) => onDomains(h, ['iherb.com']))).toEqual([false, false, false, false]);
    expect(pageByAddress('https://WWW.IHERB.COM/pr/x/1')).toBe('product-path');
    expect(pageByAddress('https://www.notiherb.com/pr/x/1')).toBe('unlisted-host');
  });

  it('reads no questions-and-answers page on Amazon (/ask/questions/asin/<ASIN>): customers\' and sellers\' answers, no label', () => {
    expect(pageByAddress('https://www.amazon.com/ask/questions/asin/B0CQ4M7T2L')).toBe('other-path');
    expect(pageByAddress('https://www.amazon.com/ask/questions/asin/short')).toBe('other-path');
  });

  it('reads every product page we know of on those stores (one product\'s answers page excepted: no label there; and an invented address that is no ASIN)', () => {
    const products = known.filter((a) => a.kind === 'product' && !ANSWERS_PAGE_RE.test(a.url) && !NOT_AN_ASIN_RE.test(a.url));
    expect(products.length).toBeGreaterThan(30);
    expect(products.filter((a) => pageByAddress(a.url) !== 'product-path').map((a) => a.url)).toEqual([]);
  });

  it('reads Holland & Barrett\'s product pages by their item number, under a language or not, and not the rest of the shop', () => {
    for (const url of [
      'https://www.hollandandbarrett.com/shop/product/acme-magnesium-citrate-tablets-60012345',
      'https://www.hollandandbarrett.be/fr/shop/product/acme-magnesium-60012345',
      'https://www.hollandandbarrett.nl/nl/acme-magnesium-bisglycinaat-200mg-60-tabletten-6100003441',
      'https://www.hollandandbarrett.nl/acme-zink-citraat-25-mg-tabletten-082541?variant=2',
    ]) expect(pageByAddress(url), url).toBe('product-path');
    for (const url of [
      'https://www.hollandandbarrett.nl/',
      'https://www.hollandandbarrett.nl/nl/',
      'https://www.hollandandbarrett.nl/vitamines-supplementen/mineralen/magnesium/',
      'https://www.hollandandbarrett.com/search?query=magnesium-400',
      'https://www.hollandandbarrett.nl/nl/winkelwagen',
      'https://www.hollandandbarrett.com/checkout-2024',
    ]) expect(pageByAddress(url), url).toBe('other-path');
  });

  it('reads Amazon\'s product pages under the language the shopper chose (/-/en/dp/<ASIN>, /-/de/<slug>/dp/<ASIN>), and nothing else under it', () => {
    expect(pageByAddress('https://www.amazon.de/-/en/dp/B0BZ4R9K2T')).toBe('product-path');
    expect(pageByAddress('https://www.amazon.de/-/en/Vitaform-Magnesium-Bisglycinate/dp/B0BZ4R9K2T?th=1')).toBe('product-path');
    expect(pageByAddress('https://www.amazon.com/-/es/gp/product/B0BZ4R9K2T')).toBe('product-path');
    expect(pageByAddress('https://www.amazon.de/-/en/s?k=magnesium')).toBe('other-path');
  });

  it('reads nothing on the search, list and category pages we know of (Vitacost categories excepted: same shape as a product)', () => {
    // (not a page of kind "other": a store's product of something else, a fire starter at /dp/<ASIN>,
    // is at a product page's address, and the reading says what it is)
    const others = known.filter((a) => a.kind !== 'product' && a.kind !== 'other' && !/vitacost\.com\/[^/]+$/.test(a.url));
    expect(others.length).toBeGreaterThan(2);
    expect(others.filter((a) => pageByAddress(a.url) !== 'other-path').map((a) => a.url)).toEqual([]);
  });

  it.each([
    'https://www.iherb.com/account/orders',
    'https://checkout.iherb.com/cart',
    'https://secure.iherb.com/myaccount/profile',
    'https://www.iherb.com/search?kw=magnesium',
    'https://www.iherb.com/c/magnesium',
    'https://www.iherb.com/',
    'https://www.amazon.com/gp/css/order-history?ref_=nav_orders_first',
    'https://www.amazon.com/gp/cart/view.html',
    'https://www.amazon.com/s?k=magnesium+glycinate',
    'https://www.amazon.co.uk/your-account',
    'https://www.amazon.com/dp/short',
    'https://www.walmart.com/orders',
    'https://www.walmart.com/account/profile',
    'https://www.walmart.com/checkout',
    'https://www.walmart.com/search?q=magnesium',
    'https://www.target.com/orders',
    'https://www.target.com/co-cart',
    'https://www.target.com/s?searchTerm=magnesium',
    'https://www.target.com/c/vitamins-supplements-health/-/N-4y5yt',
    'https://www.vitacost.com/MyAccount/OrderHistory.aspx',
    'https://www.vitacost.com/checkout/shoppingcart',
    'https://www.vitacost.com/cart',
    'https://www.vitacost.com/login',
    'https://www.vitacost.com/productsearch.aspx?t=magnesium',
    'https://www.vitacost.com/',
  ])('reads nothing on %s', (url) => {
    expect(pageByAddress(url)).toBe('other-path');
  });

  it.each([
    'https://www.iherb.com/pr/now-foods-magnesium-citrate-200-mg-100-tablets/69347?rcode=ABC',
    'https://kr.iherb.com/pr/now-foods-magnesium-citrate-200-mg-100-tablets/69347',
    'https://www.amazon.de/gp/product/B0CX4MG500/ref=ox_sc_act_title_1',
    'https://www.amazon.com/gp/aw/d/B0CX4MG500',
    'https://www.walmart.com/ip/10315602',
    'https://www.vitacost.com/now-foods-magnesium-citrate-200-mg-250-tablets?csrc=GPF',
  ])('reads %s', (url) => {
    expect(pageByAddress(url)).toBe('product-path');
  });

  it('judges an address in any case as in lower case (the patterns are lower case, the path lowered)', () => {
    const pairs = [
      ['https://www.iherb.com/pr/now-foods-magnesium-citrate/12345', 'https://www.iherb.com/PR/Now-Foods-Magnesium-Citrate/12345'],
      ['https://www.amazon.com/dp/b0abcd1234', 'https://www.amazon.com/DP/B0ABCD1234'],
      ['https://www.vitacost.com/now-foods-magnesium-citrate', 'https://www.vitacost.com/NOW-Foods-Magnesium-Citrate'],
      ['https://www.vitacost.com/checkout', 'https://www.vitacost.com/CheckOut'],
    ];
    for (const [lower, mixed] of pairs) expect(pageByAddress(mixed!)).toBe(pageByAddress(lower!));
    expect(pairs.map(([, mixed]) => pageByAddress(mixed!))).toEqual(['product-path', 'product-path', 'product-path', 'other-path']);
  });

  it("takes a path in a store's product folder (\"/pr/\" and a name) as the pattern of that shape takes it, in any case, with any query or fragment", () => {
    const folders = STORE_ADDRESSES.flatMap((row) => (row.productFolders ?? []).map((folder) => ({ host: row.hosts[0]!, folder })));
    expect(folders.map((f) => f.folder)).toEqual(['/pr/', '/ip/', '/p/']);
    // paths of the characters that decide: the folder's letters, separators, a query and a fragment
    const piece = fc.constantFrom('/', 'p', 'P', 'r', 'R', 'i', 'I', 'x', '?', '#', '-', '1', '%2f', 'pr/', 'IP/');
    fc.assert(fc.property(fc.constantFrom(...folders), fc.array(piece, { maxLength: 8 }), fc.boolean(), ({ host, folder }, pieces, startInFolder) => {
      const path = `${startInFolder ? folder : '/'}${pieces.join('')}`;
      const shape = new RegExp(`^${folder.replaceAll('/', '\\/')}[^/?#]+`);
      const expected = shape.test(path.toLowerCase().replace(/#.*$/, '')) ? 'product-path' : 'other-path';
      expect(pageByAddress(`https://www.${host}${path}`), path).toBe(expected);
    }), { numRuns: 2000 });
  });

  /** The path and query as the address test reads them: as the browser resolves them ("/a/." is
   *  "/a/"), in lower case. */
  const pathAsRead = (url: string) => {
    const { pathname, search } = new URL(url);
    return (pathname + search).toLowerCase();
  };

  it("takes an Amazon path as the patterns of its shape take it: a language, a name, /dp/ or /gp/product/ or /gp/aw/d/ and a 10-character id", () => {
    const shapes = [
      /^\/(?:-\/[a-z]{2}(?:_[a-z]{2})?\/)?(?:[^/?#]+\/)?dp\/[a-z0-9]{10}(?:[/?#]|$)/,
      /^\/(?:-\/[a-z]{2}(?:_[a-z]{2})?\/)?gp\/(?:product|aw\/d)\/[a-z0-9]{10}(?:[/?#]|$)/,
    ];
    // paths of the pieces that decide: the folders' words, a language, ids of 9 to 11 characters, separators
    const piece = fc.constantFrom('/', '-', '-/', 'en', 'EN', '_gb', 'dp/', 'DP', 'gp/', 'product/', 'aw/', 'd/', 'b0c7sh4s4z', 'B073WRF56', '5', 'x', '?', '#', '%2f', 'ask/');
    fc.assert(fc.property(fc.array(piece, { maxLength: 9 }), (pieces) => {
      const url = `https://www.amazon.com/${pieces.join('')}`;
      const expected = shapes.some((re) => re.test(pathAsRead(url))) ? 'product-path' : 'other-path';
      expect(pageByAddress(url), url).toBe(expected);
    }), { numRuns: 5000 });
  });

  it('takes a Vitacost path as the patterns of its shape take it: one name at the root, not a page of the shop', () => {
    const slug = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/?(?:[?#].*)?$/;
    const accountWords = /^\/(?:login|logout|sign-?in|sign-?out|register|account|my-?account|cart|shopping-?cart|checkout|orders?|order-?history|search|wish-?list|help|contact-?us|returns?|subscriptions?|rewards|gift-?cards?)\/?(?:[?#].*)?$/;
    const piece = fc.constantFrom('/', '-', 'a', 'B1', '9', 'sign', 'in', 'cart', 'shopping', 'order', 's', 'gift', 'card', 'my', 'account', '?', '#', '.', '_', '%20');
    fc.assert(fc.property(fc.array(piece, { maxLength: 7 }), (pieces) => {
      const url = `https://www.vitacost.com/${pieces.join('')}`;
      const path = pathAsRead(url);
      const expected = slug.test(path) && !accountWords.test(path) ? 'product-path' : 'other-path';
      expect(pageByAddress(url), url).toBe(expected);
    }), { numRuns: 5000 });
  });

  it('reads any page of a host it has no table for (a shop the user asks to check)', () => {
    expect(pageByAddress('https://shop.example.com/account')).toBe('unlisted-host');
    expect(pageByAddress('not a url')).toBe('unlisted-host');
  });
});
