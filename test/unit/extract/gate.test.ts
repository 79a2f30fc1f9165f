// The gate in front of the engine (issue 14): on a store page that names the nutrient nowhere the
// store's adapter reads, the engine is not run at all. It must never hide a page the engine would
// have read: checked on every HTML page we have, real and our own, at its store address.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, readPageHtml } from '../../../src/extract/index.ts';
import { gate, storeSelectors } from '../../../src/extract/gate.ts';
import { notNamedReading } from '../../../src/extract/not-named.ts';
import { addressMayName, areaMayName, mayHoldName, mayNameNutrient } from '../../../src/extract/names-anywhere.ts';
import { pageByAddress } from '../../../src/extract/stores/addresses.ts';
import { DEFAULT_NUTRIENT, MENTION_DATA } from '../../../src/data/mention-data.ts';
import { READING_DATA } from '../../../src/data/reading-data.ts';
import { lexiconFor } from '../../../src/extract/lexicon.ts';
import { mentionFor } from '../../../src/extract/mention.ts';
import { storeAt } from '../../../src/extract/stores/product-areas.ts';
import { adapterFor } from '../../../src/extract/stores/index.ts';
import { NOT_AN_ASIN_RE } from '../content/invented-addresses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(root, '../shared');

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

interface Page { name: string; url: string; html: string }

function pagesIn(dir: string, addresses: Record<string, string> = {}): Page[] {
  const file = path.join(dir, 'answers.json');
  if (!existsSync(file)) return [];
  const present = new Set(readdirSync(dir));
  return (JSON.parse(readFileSync(file, 'utf8')) as { file: string; url: string | null }[])
    .filter((a) => /\.html?$/.test(a.file) && present.has(a.file) && (a.url ?? addresses[a.file]))
    .map((a) => ({ name: a.file, url: (a.url ?? addresses[a.file])!, html: readFileSync(path.join(dir, a.file), 'utf8') }));
}

const fixtureDirs = readdirSync(path.join(root, 'test/fixtures')).map((d) => path.join(root, 'test/fixtures', d));
const ours: Page[] = [
  ...fixtureDirs.flatMap((d) => pagesIn(d)),
  ...(JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8')) as { file: string; url: string }[])
    .map((d) => ({ name: d.file, url: d.url, html: readFileSync(path.join(root, 'demo/pages', d.file), 'utf8') })),
];
// pages saved by others, at their addresses (npm run bench serves them at the same ones)
const real: Page[] = pagesIn(path.join(shared, 'pages'), JSON.parse(readFileSync(path.join(root, 'bench/addresses.json'), 'utf8')) as Record<string, string>);

/** Each page's gate verdict and reading, computed once (the real pages are megabytes). */
interface Judged { verdict: string; status: string; pageKind: string; source: string; mayName: boolean }
const judged = new Map<Page, Judged>();
function judge(page: Page): Judged {
  let j = judged.get(page);
  if (!j) {
    const d = doc(page.html);
    const r = extractFromDocument(d, page.url);
    j = { verdict: gate(d, page.url), status: r.status, pageKind: r.pageKind, source: r.source, mayName: mayNameNutrient(d) };
    judged.set(page, j);
  }
  return j;
}

describe('the gate never hides a page the engine reads', () => {
  // (not at an address no store serves: the content script rightly reads nothing there)
  it.each([...ours.filter((p) => !NOT_AN_ASIN_RE.test(p.url)), ...real].map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const { verdict, status } = judge(page);
    if (status !== 'absent') expect(verdict).toBe('read');
  });

  it.each([...ours, ...real].map((p) => [p.name, p] as const))('%s: stopped, it says what the engine says', (_name, page) => {
    const j = judge(page);
    if (j.verdict !== 'nutrient-not-named') return;
    const said = notNamedReading(page.url);
    expect({ status: said.status, pageKind: said.pageKind, source: said.source }).toEqual({ status: j.status, pageKind: j.pageKind, source: j.source });
  });

  it('stops real store pages that name no magnesium where the store shows its product', () => {
    if (real.length === 0) return;
    const stopped = real.filter((p) => judge(p).verdict === 'nutrient-not-named').map((p) => p.name);
    // a bed frame, a makeup remover, a pasta sauce and a toy on Amazon and Walmart
    expect(stopped).toEqual(expect.arrayContaining([
      'amazon_amazon-basics-bed-frame-B073WRF565_NEG.html',
      'amazon_elf-skin-holy-hydration-makeup-remover-B0C7SH4S4Z_NEG.html',
      'walmart_hello-kitty-kids-makeup-train-case-5044151132_NEG.html',
    ]));
  });
});

describe("a small page's markup, gated in the background", () => {
  // A small page sends its markup and the background gates it (page-input.ts readPageHtml): its
  // tree (html-tree.ts) must give the gate the same answer the page's own document gives.
  it.each([...ours, ...real].map((p) => [p.name, p] as const))('%s: the same verdict as in the page', (_name, page) => {
    const inPage = judge(page).verdict;
    const read = readPageHtml(page.html, page.url, { gated: true });
    expect(read.gate).toBe(inPage);
    if (read.gate === 'read') expect(read.input.url).toBe(page.url);
  });

  it('reads a page the user asked about whatever the gate says', () => {
    const faucet = '<html><head><title>Acme faucet</title></head><body><main><h1>Acme faucet</h1></main></body></html>';
    const url = 'https://www.iherb.com/pr/acme-faucet/1';
    expect(readPageHtml(faucet, url, { gated: true }).gate).toBe('nutrient-not-named');
    expect(readPageHtml(faucet, url, { gated: false }).gate).toBe('read');
    expect(readPageHtml(faucet, 'https://www.iherb.com/account/orders', { gated: true }).gate).toBe('not-a-product-address');
  });
});

describe('what the gate looks at', () => {
  const iherb = 'https://www.iherb.com/pr/acme-vitamin-c-1000-mg/1';
  const menu = '<header><nav><a href="/c/magnesium">Magnesium</a></nav></header>';
  const overview = (text: string) => `<div id="product-overview"><h1 id="name">Acme, Vitamin C, 1,000 mg</h1><p>${text}</p></div>`;

  it('leaves a product unread when only the menu and a carousel name magnesium', () => {
    const page = `<html><head><title>Acme, Vitamin C</title></head><body>${menu}${overview('One capsule daily.')}<div class="carousel">Doctor's Best, Magnesium, 100 mg</div></body></html>`;
    expect(gate(doc(page), iherb)).toBe('nutrient-not-named');
  });

  it.each([
    ['the page title', '<title>Acme, Magnesium Citrate</title>', overview('One capsule daily.')],
    ['the product area', '', overview('Each capsule holds 200 mg of magnesium.')],
    ['the facts panel, outside the product area', '', `${overview('One capsule daily.')}<div class="supplement-facts-container">Magnesium 200 mg</div>`],
    ['structured data', '<script type="application/ld+json">{"@type":"Product","name":"Acme, Magnesium"}</script>', overview('One capsule daily.')],
  ])('reads a product named in %s', (_where, head, body) => {
    expect(gate(doc(`<html><head>${head}</head><body>${menu}${body}</body></html>`), iherb)).toBe('read');
  });

  it("reads a Next.js store's product named only in its data script", () => {
    const page = `<html><body><main><h1>Spring Valley Citrate</h1></main><script id="__NEXT_DATA__" type="application/json">{"props":{"name":"Magnesium Citrate 250 mg"}}</script></body></html>`;
    expect(gate(doc(page), 'https://www.walmart.com/ip/Spring-Valley-Citrate/1')).toBe('read');
  });

  it("looks past the product area where the adapter reads it only once a name was found: an Amazon product's scripts and carousels", () => {
    const amazon = 'https://www.amazon.com/dp/B000000000';
    const page = `<html><head><title>Amazon.com: Acme Makeup Remover</title></head><body><div id="dp-container"><span id="productTitle">Acme Makeup Remover</span>`
      + `<div id="feature-bullets">Removes makeup gently.</div><script>var ads = {"title": "Acme Magnesium Glycinate 400 mg"}</script>`
      + '<div class="carousel">Doctor\'s Best, Magnesium, 100 mg</div></div></body></html>';
    expect(gate(doc(page), amazon)).toBe('nutrient-not-named');
    // what the engine says of the same page
    expect(extractFromDocument(doc(page), amazon).status).toBe('absent');
  });

  it('reads the product area of a shop whose adapter searches it for a facts panel', () => {
    const page = '<html><head><title>Calm Tabs</title></head><body><main><h1>Calm Tabs</h1><table><tr><td>Magnesium</td><td>150 mg</td></tr></table></main></body></html>';
    expect(gate(doc(page), 'https://www.hollandandbarrett.com/shop/product/calm-tabs-60012345')).toBe('read');
  });

  it('reads names in other languages, as the engine does', () => {
    const page = `<html><body>${overview('Hořčík 300 mg v jedné tabletě.')}</body></html>`;
    expect(gate(doc(page), iherb)).toBe('read');
  });

  it('reads nothing at a store address where no product page is, and everything on a shop the user asked about', () => {
    const page = `<html><body>${overview('Magnesium 200 mg')}</body></html>`;
    expect(gate(doc(page), 'https://www.iherb.com/account/orders')).toBe('not-a-product-address');
    expect(gate(doc('<html><body><p>A faucet</p></body></html>'), 'https://shop.example/products/faucet')).toBe('read');
  });

  it("finds a store's regions by its address, and the generic ones elsewhere", () => {
    expect(storeSelectors('https://kr.iherb.com/pr/x/1').productArea).toContain('#product-overview');
    expect(storeSelectors('https://www.amazon.de/dp/B000000000').productArea).toContain('#dp-container');
    expect(storeSelectors('https://shop.example/p/1').productArea).toContain('main');
    expect(storeSelectors('not an address').productArea).toContain('main');
  });

  it.each([
    'https://www.iherb.com/pr/x/1', 'https://kr.iherb.com/pr/x/1', 'https://www.amazon.co.uk/dp/B000000000', 'https://www.vitacost.com/x',
    'https://www.walmart.com/ip/x/1', 'https://www.walmart.ca/en/ip/x/1', 'https://www.samsclub.com/p/x/1', 'https://www.target.com/p/x/-/A-1',
    'https://shop.example/products/x', 'not an address',
  ])('names the store the engine would pick at %s, without loading it', (url) => {
    expect(storeAt(url)).toBe(adapterFor(url).name);
  });
});

describe("the content script's look for a piece of a name, before it sends a small page whole", () => {
  // mayNameNutrient (names-anywhere.ts) stops a page before its markup is serialised: it must never
  // stop one the gate would read, on every page we have, at its store address.
  it.each([...ours, ...real].map((p) => [p.name, p] as const))('%s: never stops a page the gate reads', (_name, page) => {
    const { verdict, mayName } = judge(page);
    if (verdict === 'read' && pageByAddress(page.url) === 'product-path') expect(mayName).toBe(true);
  });

  it('stops a heavy toy page that names no magnesium anywhere, data script and all', () => {
    const toy = real.find((p) => p.name.startsWith('walmart_hello-kitty'));
    if (!toy) return;
    expect(judge(toy).mayName).toBe(false);
  });

  it('every name of the nutrient, in every language and case, holds one of its stems', () => {
    const data = MENTION_DATA[DEFAULT_NUTRIENT];
    for (const word of [...data.names.flatMap((n) => n.words), ...data.mentions, ...data.symbols]) {
      for (const written of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        expect(mayNameNutrient(doc(`<html><body><p>${written}</p></body></html>`)), written).toBe(true);
        // the gate tests a text for its names only when this holds (gate.ts)
        expect(mayHoldName(`Acme ${written} 300 mg`), written).toBe(true);
      }
    }
  });

  it('the reader names the nutrient with the very matcher the gate built (one set of names, built once)', () => {
    for (const nutrient of Object.keys(READING_DATA) as (keyof typeof READING_DATA)[]) {
      const reading = READING_DATA[nutrient];
      const mention = MENTION_DATA[nutrient];
      expect([reading.names, reading.mentions, reading.symbols]).toEqual([mention.names, mention.mentions, mention.symbols]);
      expect(lexiconFor(nutrient).names).toBe(mentionFor(nutrient).names);
      expect(lexiconFor(nutrient).mention).toBe(mentionFor(nutrient).mention);
    }
  });

  it.each([
    ['a name split between two elements', '<h1><span class="drop-cap">M</span>agnesium Citrate</h1>'],
    ['a name split across three elements', '<h1><b>M</b><i>a</i>gnesium Citrate</h1>'],
    ['a name split after a long text', `<p>${'Acme quality. '.repeat(2000)}M</p><p>agnesium citrate</p>`],
    ['a name only in a script', '<h1>Acme Citrate</h1><script type="application/json">{"name":"Magnesium Citrate"}</script>'],
    ['a name only in the og:title', '<meta property="og:title" content="Acme Magnesium"><h1>Acme Citrate</h1>'],
    ['a name only in an og:title given by name', '<meta name="og:title" content="Acme Magnesium"><h1>Acme Citrate</h1>'],
    ['a name only in the og:title after other metas', '<meta name="description" content="Acme"><meta property="og:type" content="product"><meta property="og:title" content="Acme Magnesium"><h1>Acme Citrate</h1>'],
    ['a Slovak name in capitals', '<h1>HORČÍK 300 MG</h1>'],
  ])('finds %s', (_where, html) => {
    expect(mayNameNutrient(doc(`<html><body>${html}</body></html>`))).toBe(true);
  });

  it('stops a page whose texts hold none', () => {
    expect(mayNameNutrient(doc('<html><head><title>Acme Faucet</title></head><body><h1>Acme Faucet</h1><p>Chrome finish, 2 handles.</p></body></html>'))).toBe(false);
    // (a name in a meta that is not the og:title the gate reads, only in an attribute: not read)
    expect(mayNameNutrient(doc('<html><head><title>Acme Faucet</title><meta name="keywords" content="magnesium"></head><body><h1>Acme Faucet</h1></body></html>'))).toBe(false);
  });
});

describe("the content script's hint that a large page will be read: its product area names the nutrient", () => {
  // areaMayName decides only whether a large page is gated before it is read (where the hint says
  // yes, the reader reads it at once, and the engine says what the gate would have: the tests above):
  // a wrong hint costs time, never a reading. It must say yes where the area names it.
  const AREA = ['#product-overview', '.product-detail-container'];
  const page = (area: string) => doc(`<html><head><title>Sleep support</title></head><body><nav>Vitamins</nav>${area}</body></html>`);

  it.each([
    ['a facts table in the area', '<div id="product-overview"><table><tr><td>Magnesium (as citrate)</td><td>200 mg</td></tr></table></div>'],
    ['the second selector when the first is missing', '<div class="product-detail-container"><p>Magnesio bisglicinato</p></div>'],
    ['a name in capitals, in another language', '<div id="product-overview"><p>HORČÍK 300 MG</p></div>'],
  ])('says yes for %s', (_what, area) => {
    expect(areaMayName(page(area), AREA)).toBe(true);
  });

  it.each([
    ['an area that names none', '<div id="product-overview"><p>Vitamin C 500 mg</p></div>'],
    ['no area at all', '<main><p>Magnesium 200 mg</p></main>'],
    ['an area holding scripts (looked over by the gate instead)', '<div id="product-overview"><script>var x = 1;</script><p>Magnesium 200 mg</p></div>'],
    ['an area too large to copy', `<div id="product-overview"><p>${'Acme quality. '.repeat(20_000)}Magnesium</p></div>`],
  ])('says no for %s', (_what, area) => {
    expect(areaMayName(page(area), AREA)).toBe(false);
  });
});

describe("the content script's hint that a small page names the nutrient: its address", () => {
  // addressMayName sends a small heavy page at once, without the look over its text (page-read.ts):
  // a wrong yes costs the send of a page the background's gate then stops, never a reading; a no
  // leaves the page to the look. It must say yes wherever a store's address names the product.
  it('says yes for every name of the nutrient in a store slug, as written or percent-encoded', () => {
    const data = MENTION_DATA[DEFAULT_NUTRIENT];
    for (const word of data.names.flatMap((n) => n.words)) {
      const slug = word.toLowerCase().replace(/\s+/g, '-');
      expect(addressMayName(`https://www.iherb.com/pr/acme-${slug}-200-mg/1234`), slug).toBe(true);
      expect(addressMayName(`https://kr.iherb.com/pr/acme-${encodeURIComponent(slug)}/1234`), slug).toBe(true);
      // (Amazon's slugs are capitalised, a few all in capitals)
      const capitalised = word.replace(/\s+/g, '-').replace(/(^|-)(\p{L})/gu, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
      expect(addressMayName(`https://www.amazon.com/Acme-${capitalised}-Capsules/dp/B0ACME0001`), capitalised).toBe(true);
      expect(addressMayName(`https://www.amazon.com/ACME-${capitalised.toUpperCase()}/dp/B0ACME0001`), capitalised).toBe(true);
    }
  });

  it('decodes the part that names it even where a stray "%" elsewhere does not decode', () => {
    expect(addressMayName('https://www.iherb.com/pr/acme-magnesium-100%-pure/1234')).toBe(true);
    const encoded = encodeURIComponent('마그네슘');
    expect(addressMayName(`https://kr.iherb.com/pr/acme-${encoded}/1234?q=100%`)).toBe(true);
  });

  it.each([
    ['a slug that names none', 'https://www.walmart.com/ip/hello-kitty-kids-makeup-train-case/5044151132'],
    ['an id alone', 'https://www.amazon.com/dp/B0ACME0001'],
    ['a lone percent sign that does not decode', 'https://www.iherb.com/pr/acme-100%-vitamin-c/1234'],
  ])('says no for %s', (_what, url) => {
    expect(addressMayName(url)).toBe(false);
  });
});
