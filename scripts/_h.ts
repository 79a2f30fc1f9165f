import { parseHTML } from 'linkedom';
import { extractFromDocument } from '../src/extract/index.ts';
const pages: [string, string, string][] = [
  ['woo', 'https://shop.example.com/product/magnesium-glycinate-120/', `<html><head><title>Magnesium Glycinate – Example Shop</title></head><body><div class="product"><h1 class="product_title entry-title">Magnesium Glycinate 120 Capsules</h1><p class="price">$24.00</p><div class="woocommerce-product-details__short-description"><p>Each capsule provides 100 mg of elemental magnesium as magnesium bisglycinate.</p></div><form class="cart"><button>Add to cart</button></form><div id="tab-description"><h2>Description</h2><p>Suggested use: take 2 capsules daily with food.</p></div></div><section class="related products"><h2>Related products</h2><ul><li class="product"><h2>Magnesium Citrate 200mg</h2><span>$18.00</span></li></ul></section></body></html>`],
  ['dl facts', 'https://shop.example.de/magnesium-kapseln.html', `<html><body><main><h1>Magnesium 400 Kapseln</h1><dl class="naehrwerte"><dt>Nährwerte pro Kapsel</dt><dd></dd><dt>Magnesium</dt><dd>400 mg (107 % NRV*)</dd></dl><h3>Verzehrempfehlung</h3><p>Täglich 1 Kapsel mit Flüssigkeit verzehren.</p></main></body></html>`],
  ['shopify image', 'https://brand.example.com/products/magnesium-complex', `<html><head><link rel="stylesheet" href="https://cdn.shopify.com/s/x.css"></head><body><main><h1 class="product__title">Magnesium Complex</h1><div class="product__description"><p>Our triple magnesium formula for sleep and recovery. 90 vegan capsules.</p><img alt="Supplement Facts" src="facts.jpg"></div></main></body></html>`],
  ['two tables', 'https://shop.example.com/products/cal-mag', `<html><body><main><h1>Cal-Mag 2:1</h1><table><tr><th>Supplement Facts</th></tr><tr><td>Serving Size 3 Tablets</td></tr><tr><td>Calcium (as carbonate)</td><td>1000 mg</td><td>77%</td></tr><tr><td>Magnesium (as oxide)</td><td>500 mg</td><td>119%</td></tr></table><p>Directions: Take 3 tablets daily with meals.</p></main></body></html>`],
];
for (const [n, url, h] of pages) {
  const r = extractFromDocument(parseHTML(h).document as unknown as Document, url);
  console.log(n.padEnd(14), r.source, r.status, r.perServingMg, r.basis, JSON.stringify(r.serving), JSON.stringify(r.servingsPerDay), JSON.stringify(r.dailyMg), r.confidence, r.reason?.key ?? '');
}
