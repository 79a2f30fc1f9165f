// The product folders the manifest states (scripts/lib/manifest.ts): there the browser matches the
// address, and the content script it injects (content-product.js) tests only that a name follows
// the folder (src/extract/stores/folder-path.ts; issue 14). So on every address a pattern takes,
// that check must say what the whole address test says, or the manifest would put a page's read
// where the test reads nothing. What a pattern takes is decided here as Chromium and Firefox decide
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
import { PRODUCT_SCRIPT, productPathPatterns, targetManifest } from '../../../scripts/lib/manifest.ts';
import { pageByAddress } from '../../../src/extract/stores/addresses.ts';
import { nameInFolder } from '../../../src/extract/stores/folder-path.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');

interface Entry { matches: string[]; exclude_matches?: string[]; js: string[]; run_at?: string }

const stores = baseManifest.content_scripts[0]!.matches;
const patterns = productPathPatterns(stores);

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

describe('the product folders the manifest states', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    it(`${target}: get the script with the folder's check only, and every other page of the stores the one with the whole test, never both`, () => {
      const built = targetManifest(baseManifest, target, packageJson.version) as { content_scripts: Entry[] };
      const [withTest, product] = built.content_scripts;
      // (the background injects the first entry's script where the user asks for a page to be read)
      expect(withTest!.js).toEqual(['content.js']);
      expect(withTest!.matches).toEqual(stores);
      expect(product!.js).toEqual([PRODUCT_SCRIPT]);
      expect(product!.matches).toEqual(patterns);
      expect(withTest!.exclude_matches).toEqual(patterns);
      expect(product!.run_at).toBe(withTest!.run_at);
    });
  }

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
