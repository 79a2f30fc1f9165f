// Target (target.com). Pages are Next.js with one script#__NEXT_DATA__ (seen on the real search
// page target_search-vitamin_...html, canonical /s/vitamin). A product page (/p/<slug>/-/A-<tcin>)
// carries the item in that JSON: product.item.product_description (title, bullet_descriptions,
// downstream_description), item.enrichment.nutrition_facts.value_prepared_list[] (serving size,
// nutrients [{name, quantity, unit_of_measurement, percentages}]) and usage/directions text.
// Visible fallbacks: h1[data-test="product-title"], the "Details" and "Label info" tabs.
import type { StoreAdapter } from './common.ts';
import { NEXT_DATA, TARGET_SELECTORS } from './selectors.ts';
import { onDomains, STORE_HOSTS } from './product-areas.ts';
import { hostOf, readWithSelectors } from './common.ts';
import { dig, scriptJson } from '../dom.ts';
import { jsonToText } from './json-text.ts';

function findItem(next: unknown): unknown {
  // the item sits at different depths across releases; look for an object with product_description
  let found: unknown = null;
  let n = 0;
  const walk = (v: unknown, depth: number): void => {
    if (found || depth > 12 || ++n > 100_000 || !v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['product_description'] && (o['enrichment'] || o['tcin'])) {
      found = o;
      return;
    }
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(next, 0);
  return found;
}

export const target: StoreAdapter = {
  name: 'target',
  matchesUrl: (url) => onDomains(hostOf(url), STORE_HOSTS['target']!),
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'target', TARGET_SELECTORS, lex);
    if (input.pageKind !== 'product') return input;
    const item = findItem(scriptJson(ix, NEXT_DATA, { test: (t: string) => lex.names(t) }));
    if (item) {
      const title = dig(item, ['product_description', 'title']);
      const brand = dig(item, ['primary_brand', 'name']);
      if (typeof title === 'string') input.title = title.replace(/&#\d+;/g, "'");
      if (typeof brand === 'string') input.brand = brand;
      const jt = jsonToText(item);
      if (jt.facts.length) input.facts = [...jt.servingLines, ...jt.facts].join('\n');
      if (jt.directions.length) input.directions = [input.directions, ...jt.directions].filter(Boolean).join('\n');
      if (jt.description.length) input.body = [...jt.description, input.body].filter(Boolean).join('\n');
    }
    return input;
  },
};
