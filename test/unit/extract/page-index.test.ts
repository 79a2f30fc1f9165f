// The page index answers the adapters' lookups from one walk of the page (src/extract/page-index.ts):
// it must find exactly what the browser's own querySelectorAll finds, in document order, whichever
// bucket (id, class, tag, attributes) it looks in.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PageIndex } from '../../../src/extract/page-index.ts';

const page = `<html><head><script type="application/ld+json">{}</script><meta property="og:type" content="product"></head><body>
  <nav aria-label="Breadcrumb"><a href="/">Home</a><a href="#top">Top</a></nav>
  <main id="productDetails" class="pd  main">
    <h1 itemprop="name">Magnesium</h1>
    <div class="tabs	wide" data-target="#facts"><button aria-controls="facts">Facts</button></div>
    <section id="facts" class="facts"><table class="nutrition-facts"><tr><td>Magnesium</td><td>100 mg</td></tr></table>
      <div role="table"><div class="row"><span>Zinc</span></div></div></section>
    <div id="Directions-tab" class="directions"><p>Take 1 daily.</p></div>
    <ul class="breadcrumbs"><li class="pb-list-item"><span itemprop="brand">Acme</span></li></ul>
  </main>
  <aside class="related"><table><tr><td>Other</td></tr></table><h1>Other product</h1></aside>
</body></html>`;

const selectors = [
  'table, [role="table"]',
  '#productDetails table',
  '#productDetails > h1',
  'h1[itemprop="name"], h1',
  '[itemprop="brand"]',
  '[class*="breadcrumb" i]',
  'nav[aria-label*="breadcrumb" i]',
  'a[href^="#"], [data-target], [aria-controls]',
  '[id*="Directions"]',
  '.tabs',
  '.wide',
  '.pd.main',
  'script[type="application/ld+json"]',
  'meta[property="og:type"], meta[name="og:type"]',
  '.facts .row span',
  'td',
  '#missing, .missing, [data-missing]',
];

describe('the page index finds what querySelectorAll finds', () => {
  const { document } = parseHTML(page);
  const doc = document as unknown as Document;
  const index = new PageIndex(doc, { native: false });
  const names = (els: readonly Element[]) => els.map((e) => `${e.tagName}:${e.textContent?.trim().slice(0, 12) ?? ''}`);
  for (const sel of selectors) {
    it(sel, () => {
      expect(names(index.all(sel))).toEqual(names(Array.from(doc.querySelectorAll(sel))));
    });
  }
  it('within an element, and the first match of the first selector that matches', () => {
    const aside = doc.querySelector('aside')!;
    expect(names(index.all('table, h1', aside))).toEqual(names(Array.from(aside.querySelectorAll('table, h1'))));
    expect(index.first(['.missing', '[itemprop="brand"]', 'h1'])?.textContent).toBe('Acme');
  });
});
