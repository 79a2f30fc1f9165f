// The content scripts the manifest gives the stores' pages (scripts/lib/manifest.ts; issue 14): where
// the browser matched more of the address, a script with a narrower test. On the product folders a
// pattern states (content-product.js), only that a name follows the folder
// (src/extract/stores/address-rules.ts); on a store with a script of its own (STORE_SCRIPTS:
// content-amazon.js, content-vitacost.js), that store's rule alone. So on every address each entry
// takes, its test must say what the whole address test says, or the manifest would put a page's read
// where the test reads nothing; and a page gets one entry's script, never two. What a pattern takes is decided here as Chromium and Firefox decide
// it (the path and the query, a "*" matching anything: matchesAny; both browsers were checked to
// agree, closing note of session 35).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import packageJson from '../../../package.json' with { type: 'json' };
import { matchesAny } from '../../../scripts/lib/bench-pages.ts';
import { PRODUCT_SCRIPT, STORE_SCRIPTS, productPathPatterns, storeScript, targetManifest } from '../../../scripts/lib/manifest.ts';
import { AMAZON_IDS, VITACOST_NAMES, amazonAddress, nameInFolder, vitacostAddress, type AddressVerdict } from '../../../src/extract/stores/address-rules.ts';
import { STORE_ADDRESSES, pageByAddress } from '../../../src/extract/stores/addresses.ts';
import { onDomains } from '../../../src/extract/stores/product-areas.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');

interface Entry { matches: string[]; exclude_matches?: string[]; js: string[]; run_at?: string }

const stores = baseManifest.content_scripts[0]!.matches;
const hostOf = (match: string) => new URL(match.replace('*.', 'www.').slice(0, -1)).hostname;
const rowOf = (store: string) => STORE_ADDRESSES.find((r) => r.store === store)!;
/** The manifest's store matches on `store`'s domains. */
const matchesOf = (store: string) => stores.filter((m) => onDomains(hostOf(m), rowOf(store).hosts));
const ownStores = STORE_SCRIPTS;
const patterns = productPathPatterns(stores.filter((m) => !ownStores.some((s) => matchesOf(s).includes(m))));

/** Each store script's test, which its entry (src/content/store-<store>.ts) runs: `<store>Address`. */
const STORE_TESTS: Record<string, (url: string) => AddressVerdict> = { amazon: amazonAddress, vitacost: vitacostAddress };

/** Every store address we know of: our fixtures' and demo pages', and the pages saved by others when present. */
function knownAddresses(): string[] {
  const read = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { url?: string | null }[]) : []);
  const fixtures = readdirSync(path.join(root, 'test/fixtures')).map((d) => path.join(root, 'test/fixtures', d, 'answers.json'));
  return [
    ...fixtures.flatMap(read),
    ...read(path.join(root, 'demo/pages.json')),
    ...read(path.join(shared, 'pages/answers.json')),
    ...read(path.join(shared, 'pages/answers-more.json')),
  ].flatMap((a) => (typeof a.url === 'string' ? [a.url] : []));
}

/** The entries of the built manifest whose script runs at `url`, as the browser picks them. */
function entriesAt(entries: Entry[], url: string): Entry[] {
  return entries.filter((e) => matchesAny(e.matches, url) && !matchesAny(e.exclude_matches ?? [], url));
}

describe('the content scripts of the built manifest', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    const built = targetManifest(baseManifest, target, packageJson.version) as { content_scripts: Entry[] };
    const entries = built.content_scripts;

    it(`${target}: the whole test first, then the product folders' script, then each store's own`, () => {
      // (the background injects the first entry's script where the user asks for a page to be read)
      expect(entries.map((e) => e.js)).toEqual([['content.js'], [PRODUCT_SCRIPT], ...ownStores.map((s) => [storeScript(s)])]);
      const [withTest, product, ...own] = entries;
      expect(withTest!.exclude_matches).toEqual(patterns);
      expect(product!.matches).toEqual(patterns);
      expect(own.map((e) => e.matches)).toEqual(ownStores.map(matchesOf));
      for (const e of entries) expect(e.run_at).toBe(baseManifest.content_scripts[0]!.run_at);
    });

    it(`${target}: every page of the stores gets exactly one script (each store's, the product folders', the whole test's)`, () => {
      const pages = [...knownAddresses(), ...stores.flatMap((m) => ['', 'pr/x', 'ip/1', 'p/x', 'dp/B000000000', 'search?q=1'].map((p) => m.replace('*.', 'www.').slice(0, -1) + p))];
      const onStores = pages.filter((url) => matchesAny(stores, url));
      expect(onStores.length).toBeGreaterThan(50);
      expect(onStores.filter((url) => entriesAt(entries, url).length !== 1)).toEqual([]);
      // each store script on its store's pages, and on no other page
      for (const store of ownStores) {
        expect(onStores.filter((url) => matchesAny(matchesOf(store), url)).length, store).toBeGreaterThan(0);
        const wrong = onStores.filter((url) => (entriesAt(entries, url)[0]!.js[0] === storeScript(store)) !== onDomains(new URL(url).hostname, rowOf(store).hosts));
        expect(wrong, store).toEqual([]);
      }
    });
  }
});

describe('a store with a script of its own', () => {
  it('has the one rule its script tests, and every host of it is one the manifest matches', () => {
    // (a rule added to the row would be one its script does not test)
    const rules = (store: string) => Object.entries(rowOf(store)).filter(([k, v]) => !['store', 'hosts'].includes(k) && v !== undefined);
    expect(rules('amazon')).toEqual([['productIds', AMAZON_IDS]]);
    expect(rules('vitacost')).toEqual([['rootNames', VITACOST_NAMES]]);
    expect(Object.keys(STORE_TESTS).sort()).toEqual([...ownStores].sort());
    for (const store of ownStores) {
      expect(matchesOf(store).length, store).toBeGreaterThan(0);
      // (the test this file checks is the one the script runs)
      expect(readFileSync(path.join(root, `src/content/store-${store}.ts`), 'utf8'), store).toMatch(new RegExp(`^startPage\\(${store}Address\\);$`, 'm'));
    }
  });

  it('on every page of it we know of, its test says what the whole test says', () => {
    for (const store of ownStores) {
      const known = knownAddresses().filter((url) => matchesAny(matchesOf(store), url));
      expect(known.length, store).toBeGreaterThan(3);
      expect(known.filter((url) => STORE_TESTS[store]!(url) !== pageByAddress(url)), store).toEqual([]);
    }
  });

  it('on any address of it, its test says what the whole test says (ids, languages, names, folders, queries, fragments, case)', () => {
    const pieces = fc.constantFrom('/', 'dp/', 'gp/', 'product/', 'aw/', 'd/', 'B0ABCDEFGH', 'b0abcdefg', '1234567890', '-/', 'en/', 'en_gb/', 'x', 'X',
      'now-foods', '-', '--', 'cart', 'magnesium-200-mg', '?', '?x=/dp/B0ABCDEFGH', '#', '#a', '=', '%2f', '.', '.aspx', 'é');
    const storeHosts = ownStores.flatMap((store) => matchesOf(store).map((host) => [store, host] as const));
    fc.assert(fc.property(fc.constantFrom(...storeHosts), fc.array(pieces, { maxLength: 8 }), ([store, host], path) => {
      // (as the browser serialises a page's address: document.URL, what the content script reads)
      const url = new URL(host.replace('*.', 'www.').slice(0, -1) + path.join('')).href;
      expect(STORE_TESTS[store]!(url), url).toBe(pageByAddress(url));
    }), { numRuns: 3000 });
  });
});

describe('the product folders the manifest states', () => {

  it('are a fixed one-segment folder on a store host the content script runs on, then "*"', () => {
    expect(patterns).toEqual(expect.arrayContaining(['https://*.iherb.com/pr/*', 'https://www.walmart.com/ip/*', 'https://www.target.com/p/*']));
    for (const p of patterns) {
      const store = stores.find((s) => p.startsWith(s.slice(0, -1)));
      expect(store, p).toBeDefined();
      expect(p.slice(store!.length - 1), p).toMatch(/^[a-z0-9-]+\/\*$/);
    }
    // (Amazon's rule wants an id after its folders, and /gp/product/ holds the cart's addresses too)
    expect(patterns.filter((p) => /amazon|vitacost|hollandandbarrett|apotheke|docmorris|doz/.test(p))).toEqual([]);
  });

  it('on every page we know of that a pattern takes, the folder\'s check says what the whole test says', () => {
    const taken = knownAddresses().filter((url) => matchesAny(patterns, url));
    expect(taken.length).toBeGreaterThan(5);
    expect(taken.filter((url) => nameInFolder(url) !== pageByAddress(url))).toEqual([]);
  });

  it('on any address a pattern takes, the folder\'s check says what the whole test says (the folder alone, an empty name, a query, a fragment)', () => {
    const tail = fc.array(fc.constantFrom('/', 'x', 'X', 'pr/', 'ip/', 'p/', 'dp/', 'handle-buy-box/', '?', '?x=/pr/y', '#', '#a', '=', '123', '-', '%2f', '.'), { maxLength: 7 });
    fc.assert(fc.property(fc.constantFrom(...patterns), tail, (pattern, pieces) => {
      // (as the browser serialises a page's address: document.URL, what the content script reads)
      const url = new URL(pattern.replace('*.', 'www.').slice(0, -1) + pieces.join('')).href;
      if (!matchesAny(patterns, url)) return;
      expect(nameInFolder(url), url).toBe(pageByAddress(url));
    }), { numRuns: 2000 });
  });

  it('take no address whose path is outside their folders, whatever its query holds', () => {
    for (const url of ['https://www.iherb.com/search?kw=/pr/x', 'https://www.walmart.com/orders?r=/ip/1', 'https://www.target.com/account?next=/p/x', 'https://www.iherb.com/PR/x']) {
      expect(matchesAny(patterns, url), url).toBe(false);
    }
  });
});
