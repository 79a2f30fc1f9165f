// @vitest-environment jsdom
// A large page's reader (src/content/reader.ts), injected where the page's title holds a piece of the
// nutrient's names: it runs the gate itself, so a title that only looks like a name ("Magnetic")
// is said to have none, as the gate's own script would say, and a product that names it is read.
import { beforeAll, describe, expect, it } from 'vitest';

const IHERB = 'https://www.iherb.com/pr/demo-labs-product/12345';

beforeAll(async () => {
  await import('../../../src/content/reader.ts');
});

function page(title: string, body: string): void {
  document.title = title;
  document.body.innerHTML = body;
}

describe("the large page's reader", () => {
  it('says a page whose title only looks like a name has none, when asked to gate it', () => {
    page('Magnetic Lash Kit', '<h1>Magnetic Lash Kit</h1><p>Ten pairs of lashes, one liner.</p>');
    const result = globalThis.__doseGuardRead!(IHERB, true);
    expect('reading' in result && result.reading).toMatchObject({ status: 'absent', pageKind: 'product' });
  });

  it('reads a page that names the nutrient, gated or not', () => {
    page('Demo Labs, Magnesium Citrate, 200 mg', '<h1>Demo Labs, Magnesium Citrate, 200 mg</h1><div class="supplement-facts-container">Magnesium (as magnesium citrate) 200 mg</div>');
    for (const gated of [true, false]) {
      const result = globalThis.__doseGuardRead!(IHERB, gated);
      expect('input' in result && result.input.title, `gated: ${gated}`).toContain('Magnesium Citrate');
    }
  });

  it('reads a page it is not asked to gate (the gate passed, or the user asked) whatever it names', () => {
    page('Magnetic Lash Kit', '<h1>Magnetic Lash Kit</h1>');
    expect('input' in globalThis.__doseGuardRead!(IHERB, false)).toBe(true);
  });
});
