// The product paths the manifest states (scripts/lib/manifest.ts): there the browser matches the
// address, and the content script it injects (content-product.js) runs no address test (issue 14).
// So the manifest must never put that script where the address test would read nothing: what a
// match pattern takes is checked here as Chromium and Firefox take it (the path and the query, a
// "*" matching anything; both browsers were checked to agree, closing note of session 35).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import packageJson from '../../../package.json' with { type: 'json' };
import { PRODUCT_SCRIPT, productPathPatterns, targetManifest } from '../../../scripts/lib/manifest.ts';
import { parseHTML } from 'linkedom';
import { gate } from '../../../src/extract/gate.ts';
import { pageByAddress } from '../../../src/extract/stores/addresses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');

interface Entry { matches: string[]; exclude_matches?: string[]; js: string[]; run_at?: string }

/** Does a match pattern of ours ("https://host/path*", "https://*.domain/path*") take `url`? */
function takes(pattern: string, url: string): boolean {
  const p = /^(https):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern)!;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname;
  const hostOk = p[2] ? host === p[3] || host.endsWith(`.${p[3]}`) : host === p[3];
  const glob = new RegExp(`^${p[4]!.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
  return u.protocol === `${p[1]}:` && hostOk && glob.test(u.pathname + u.search);
}

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

describe('the product paths the manifest states', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    it(`${target}: get the script with no address test, and every other page of the stores the one with it, never both`, () => {
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

  it('are a fixed folder on a store host the content script runs on: a "*" only at the end, where the rule takes any name', () => {
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) {
      const store = stores.find((s) => p.startsWith(s.slice(0, -1)));
      expect(store, p).toBeDefined();
      expect(p.slice(store!.length - 1).slice(0, -1), p).not.toMatch(/[*?]/);
    }
    // iHerb, Walmart, Target and Amazon's fixed folders; Amazon's named pages (/<name>/dp/<id>) stay with the test
    expect(patterns).toEqual(expect.arrayContaining(['https://*.iherb.com/pr/*', 'https://www.walmart.com/ip/*', 'https://www.target.com/p/*', 'https://www.amazon.com/dp/*']));
    expect(patterns.filter((p) => p.includes('vitacost') || p.includes('hollandandbarrett') || p.includes('/*/'))).toEqual([]);
  });

  it('take no search, account or category page we know of; a page they take that the test would not read (an invented id in a product folder) the background refuses by the same test', () => {
    const taken = knownAddresses().filter((url) => patterns.some((p) => takes(p, url)));
    expect(taken.length).toBeGreaterThan(5);
    const beyond = taken.filter((url) => pageByAddress(url) !== 'product-path');
    // (Amazon's ids are 10 letters and digits: "/dp/B0EXAMPLE47" is in the folder, and no product's)
    expect(beyond.filter((url) => !/\/dp\/[a-z0-9]{11,}$/i.test(new URL(url).pathname))).toEqual([]);
    const { document } = parseHTML('<html><body><h1>Magnesium citrate 200 mg</h1></body></html>');
    for (const url of beyond) expect(gate(document as unknown as Document, url), url).toBe('not-a-product-address');
  });

  it('take no address whose path is outside their folders, whatever its query holds (an account page with "/dp/" in its query)', () => {
    for (const url of ['https://www.amazon.com/gp/css/order-history?x=/dp/B000000000', 'https://www.amazon.com/s?k=a/dp/B000000000', 'https://www.iherb.com/search?kw=/pr/x', 'https://www.walmart.com/orders?r=/ip/1', 'https://www.target.com/account?next=/p/x']) {
      expect(patterns.filter((p) => takes(p, url)), url).toEqual([]);
      expect(pageByAddress(url), url).toBe('other-path');
    }
  });
});
