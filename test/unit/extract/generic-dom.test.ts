// The generic adapter on small shop pages in other languages and layouts (inline HTML, linkedom).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../src/extract/index.ts';

const read = (url: string, html: string) => extractFromDocument(parseHTML(html).document as unknown as Document, url);

describe('generic adapter', () => {
  it('a German shop with a div grid "Nährwerte" and "Verzehrempfehlung"; carousels and menus ignored', () => {
    const r = read('https://shop.example.de/produkt/magnesium-kapseln', `<html><body><nav><a>Magnesium 400 mg Pulver</a></nav><main><h1>Magnesium Kapseln hochdosiert</h1><div class="desc"><p>120 Kapseln</p><h3>Nährwerte</h3><div class="nutri"><div class="row"><span>pro Tagesdosis (2 Kapseln)</span></div><div class="row"><span>Magnesium</span><span>300 mg</span><span>80 %*</span></div></div><h3>Verzehrempfehlung</h3><p>Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren.</p></div><section class="related-products"><h2>Auch gekauft</h2><div>Magnesiumcitrat 500 mg</div></section></main></body></html>`);
    expect(r).toMatchObject({ status: 'found', source: 'generic', perServingMg: 300, serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 }, dailyMg: { min: 300, max: 300 } });
  });
  it('a French "Valeurs nutritionnelles" table with "pour 2 gélules" and directions in a paragraph', () => {
    const r = read('https://example.fr/produit/magnesium-marin', `<html><body><main><h1>Magnésium marin B6</h1><table><tr><td>Valeurs nutritionnelles</td><td>pour 2 gélules</td><td>% VNR</td></tr><tr><td>Magnésium</td><td>300 mg</td><td>80 %</td></tr><tr><td>Vitamine B6</td><td>1,4 mg</td><td>100 %</td></tr></table><p>Conseils d'utilisation : 2 gélules par jour.</p></main></body></html>`);
    expect(r).toMatchObject({ status: 'found', perServingMg: 300, serving: { count: 2, unit: 'capsule' }, servingsPerDay: { min: 1, max: 1 } });
  });
  it('an article page is absent even when it quotes doses', () => {
    const r = read('https://news.example.com/2024/05/magnesium-guide', `<html><head><meta property="og:type" content="article"></head><body><article><h1>How much magnesium?</h1><p>Nature Made Magnesium 250 mg is popular.</p></article></body></html>`);
    expect(r).toMatchObject({ status: 'absent', pageKind: 'article' });
  });
  it('a magnesium product whose panel is only an image is unreadable, never absent', () => {
    const r = read('https://shop.example.com/products/mag-400', `<html><body><main><h1>Magnesium Complex 400 mg / 250 mg</h1><img alt="Supplement Facts" src="f.jpg"></main></body></html>`);
    expect(r.status).toBe('unreadable');
    expect(r.seen).toContain('400 mg');
  });
});
