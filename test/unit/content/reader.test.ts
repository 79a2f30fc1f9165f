// @vitest-environment jsdom
// A large page's reader (src/content/reader.ts), injected where the page's title or product area
// holds a piece of the nutrient's names: it reads what the store's adapter reads, with no gate
// before it. A title that only looks like a name ("Magnetic") is read too, and the engine then says
// the page has none, as the gate would have: nothing the adapter read names the nutrient.
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputSteps } from '../../../src/extract/index.ts';
import { runSteps } from '../../../src/extract/stages/step.ts';

const IHERB = 'https://www.iherb.com/pr/demo-labs-product/12345';

beforeAll(async () => {
  await import('../../../src/content/reader.ts');
});

function page(title: string, body: string): void {
  document.title = title;
  document.body.innerHTML = body;
}

describe("the large page's reader", () => {
  it('reads a page that names the nutrient: its title and facts, for the engine', () => {
    page('Demo Labs, Magnesium Citrate, 200 mg', '<h1>Demo Labs, Magnesium Citrate, 200 mg</h1><div class="supplement-facts-container">Magnesium (as magnesium citrate) 200 mg</div>');
    const input = globalThis.__doseGuardReadPage!(IHERB);
    expect(input.title).toContain('Magnesium Citrate');
    expect(runSteps(readInputSteps(input)).perServingMg).toBe(200);
  });

  it('reads a page whose title only looks like a name, and the engine says it has none', () => {
    page('Magnetic Lash Kit', '<h1>Magnetic Lash Kit</h1><p>Ten pairs of lashes, one liner.</p>');
    const reading = runSteps(readInputSteps(globalThis.__doseGuardReadPage!(IHERB)));
    expect(reading).toMatchObject({ status: 'absent', pageKind: 'product', dailyMg: null });
  });
});
