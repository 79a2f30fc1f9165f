// @vitest-environment jsdom
// A large iHerb page is sent to the background as the regions its adapter reads (issue 14:
// src/content/in-place-read.ts, src/extract/region-markup.ts), not read in the page by the adapter
// injected there. What the user sees must not change with the way the page is sent: on every
// iHerb page we have, ours and the real ones in ../shared/pages (skipped when absent, except under
// CI=true), the regions read exactly as the whole page does. The page side is jsdom (this file's
// environment), whose serialiser and selector engine follow the browser's.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentInput, extractFromDocument } from '../../../src/extract/index.ts';
import { readPageHtml } from '../../../src/extract/page-input.ts';
import { clipInput, SENT_REGIONS_CAP } from '../../../src/extract/input-caps.ts';
import { regionMarkup } from '../../../src/extract/region-markup.ts';
import { storeAt } from '../../../src/extract/stores/product-areas.ts';
import { SENT_REGIONS } from '../../../src/extract/stores/selectors.ts';
import { urlFromDocument } from '../../../scripts/lib/read-page.ts';
import { FIXTURES_DIR, PAGES_DIR, REPO_ROOT, SHARED_PRESENT, SHARED_REQUIRED } from './accuracy-lib.ts';

const IHERB = SENT_REGIONS['iherb']!;
const pageDoc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

interface Page { name: string; file: string; url: string }

/** The HTML pages of a folder whose answers (or markup) give an iHerb address. */
function iherbPages(dir: string): Page[] {
  const answers = ['answers.json', 'pages.json'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  const urls = new Map<string, string | null>();
  if (answers) for (const a of JSON.parse(readFileSync(answers, 'utf8')) as { file: string; url: string | null }[]) urls.set(a.file, a.url);
  const out: Page[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.html?$/.test(f))) {
    const file = path.join(dir, name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('iherb')) continue;
    const url = urls.get(name) ?? urlFromDocument(pageDoc(html));
    if (url && storeAt(url) === 'iherb') out.push({ name, file, url });
  }
  return out;
}

function ourPages(): Page[] {
  const demo = JSON.parse(readFileSync(path.join(REPO_ROOT, 'demo/pages.json'), 'utf8')) as { file: string; url: string }[];
  const fromDemo = demo.filter((d) => storeAt(d.url) === 'iherb').map((d) => ({ name: d.file, file: path.join(REPO_ROOT, 'demo/pages', d.file), url: d.url }));
  const folders = readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(FIXTURES_DIR, d.name));
  return [...fromDemo, ...folders.flatMap(iherbPages)];
}

/** What the background reads of the regions the page sends (null: it is read in place). */
function readRegions(whole: Document, url: string) {
  const html = regionMarkup(whole, IHERB, SENT_REGIONS_CAP);
  if (html === null) return null;
  const read = readPageHtml(html, url, { gated: false });
  if (read.gate !== 'read') throw new Error('the regions were gated');
  return { html, input: read.input };
}

/** The page reads the same sent as its regions as read whole in the page; false if it is read in
 *  place (its regions over the cap). */
function expectSameReading(page: Page): boolean {
  const whole = pageDoc(readFileSync(page.file, 'utf8'));
  const regions = readRegions(whole, page.url);
  if (regions === null) return false;
  // what the reader injected into the page would have sent, and what the user sees
  expect(regions.input, page.name).toEqual(clipInput(documentInput(whole, page.url)));
  expect(extractFromDocument(pageDoc(regions.html), page.url), page.name).toEqual(extractFromDocument(whole, page.url));
  return true;
}

describe('a large iHerb page sent as the regions its adapter reads', () => {
  const ours = ourPages();
  it('has pages of our own to check', () => {
    expect(ours.length).toBeGreaterThanOrEqual(20);
  });
  it('every one of them reads the same sent as its regions as read whole in the page', () => {
    const sent = ours.filter(expectSameReading);
    // (ours are small, none over the cap: all but those without a product area of the store's,
    // whose whole page the adapter reads)
    const withArea = ours.filter((p) => IHERB.areas.some((s) => pageDoc(readFileSync(p.file, 'utf8')).querySelector(s)));
    expect(sent.map((p) => p.name)).toEqual(withArea.map((p) => p.name));
    expect(sent.length).toBeGreaterThanOrEqual(20);
  }, 120_000);

  const shared = SHARED_PRESENT || SHARED_REQUIRED;
  if (!shared) console.warn('[region-markup] ../shared/pages is absent: the real iHerb pages are skipped');
  it.runIf(shared)('the real iHerb pages read the same as whole, the large one sent as a fraction of its markup', () => {
    const real = iherbPages(PAGES_DIR);
    expect(real.length).toBeGreaterThanOrEqual(3);
    // (those without the store's product area, a search and a category page, are read in place)
    const sent = real.filter(expectSameReading);
    const large = real.find((p) => p.name.includes('multivitamin'))!;
    expect(sent).toContain(large);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    const markup = readFileSync(large.file, 'utf8');
    const regions = readRegions(pageDoc(markup), large.url)!;
    expect(regions.input.facts).toMatch(/Magnesium/);
    expect(regions.html.length).toBeLessThan(markup.length / 50);
  }, 180_000);
});

describe('the regions of a page', () => {
  const product = (overview: string, rest = '') => `<!doctype html><html lang="en"><head><title>Acme, Magnesium, 200 mg</title>
    <script type="application/ld+json">{"@type":"Product","name":"Acme, Magnesium, 200 mg"}</script></head>
    <body><nav class="menu"><a href="/c/1">Vitamins</a></nav><div class="product-detail-container"><h1 id="name" data-testid="product-name">Acme, Magnesium, 200 mg</h1>
    <div id="product-overview">${overview}</div></div>${rest}<footer>Footer</footer></body></html>`;

  it('keeps each region inside its ancestors, their attributes as on the page, and leaves the rest out', () => {
    const html = regionMarkup(pageDoc(product('<h3>Overview</h3><p>Magnesium.</p>')), IHERB, SENT_REGIONS_CAP)!;
    const doc = pageDoc(html);
    expect(doc.querySelector('div.product-detail-container > h1#name')?.textContent).toBe('Acme, Magnesium, 200 mg');
    expect(doc.querySelector('div.product-detail-container > #product-overview p')?.textContent).toBe('Magnesium.');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('Acme, Magnesium, 200 mg');
    expect(html).not.toMatch(/Vitamins|Footer/);
  });

  it("keeps a facts panel in another product's card inside that card, where the adapter never takes it for the product's", () => {
    const card = '<div class="product-cell-container"><div class="supplement-facts-container"><table><tr><td>Magnesium 500 mg</td></tr></table></div></div>';
    const html = regionMarkup(pageDoc(product('<h3>Overview</h3><p>Magnesium.</p>', card)), IHERB, SENT_REGIONS_CAP)!;
    expect(pageDoc(html).querySelector('.product-cell-container > .supplement-facts-container')).not.toBeNull();
  });

  it('sends the product area the adapter reads: the overview, or the wider wrapper on a page without one', () => {
    const withOverview = regionMarkup(pageDoc(product('<p>Magnesium.</p>', '<div class="product-grouping-wrapper">Other products</div>')), IHERB, SENT_REGIONS_CAP)!;
    expect(withOverview).toContain('<div id="product-overview"><p>Magnesium.</p></div>');
    expect(withOverview).not.toContain('Other products');
    const page = product('<p>Magnesium.</p>').replace('id="product-overview"', 'class="product-grouping-wrapper"');
    expect(regionMarkup(pageDoc(page), IHERB, SENT_REGIONS_CAP)).toContain('<div class="product-grouping-wrapper"><p>Magnesium.</p></div>');
  });

  it('is null, and the page read in place, on a page without a product area of the store (the adapter reads the whole page)', () => {
    const page = pageDoc(product('<p>Magnesium.</p>').replace('id="product-overview"', 'id="overview-elsewhere"').replace('class="product-detail-container"', 'class="detail"'));
    expect(regionMarkup(page, IHERB, SENT_REGIONS_CAP)).toBeNull();
  });

  it('is null, and the page read in place, when the regions are larger than a message should carry', () => {
    const big = `<h3>Overview</h3><p>${'Magnesium glycinate. '.repeat(12_000)}</p>`;
    expect(regionMarkup(pageDoc(product(big)), IHERB, SENT_REGIONS_CAP)).toBeNull();
  });

  it("carries a hostile page's markup as the browser serialises it: nothing of it escapes its region", () => {
    const hostile = '<h3>Overview</h3><p title="&quot;></div><script>x()</script>">Magnesium &lt;/div&gt; 200 mg</p>';
    const html = regionMarkup(pageDoc(product(hostile)), IHERB, SENT_REGIONS_CAP)!;
    const doc = pageDoc(html);
    expect(doc.querySelectorAll('script:not([type])')).toHaveLength(0);
    expect(doc.querySelector('#product-overview p')?.textContent).toBe('Magnesium </div> 200 mg');
  });
});
