// Walmart (walmart.com; Sam's Club, a Walmart company, shares the layout family). Product data is
// in script#__NEXT_DATA__: props.pageProps.initialData.data.product (name, brand,
// shortDescription) and .idml (nutritionFacts {keyNutrients, vitaminMinerals, servingInfo},
// directions, ingredients, longDescription, specifications) — seen on the real page
// walmart_hello-kitty-...html (all facts null there). Read with JSON.parse from the script's
// text: a content script cannot see the page's JS variables. Visible text is the fallback.
import type { StoreAdapter } from './common.ts';
import { NEXT_DATA, WALMART_SELECTORS } from './selectors.ts';
import { onDomains, STORE_HOSTS } from './product-areas.ts';
import { hostOf, readWithSelectors } from './common.ts';
import { dig, scriptJson } from '../dom.ts';
import { jsonToText } from './json-text.ts';

const NEXT_PATHS: readonly (readonly string[])[] = [
  ['props', 'pageProps', 'initialData', 'data'], // walmart.com product page (Next.js)
  ['props', 'pageProps', 'initialData'], // samsclub / older shape
];

export const walmart: StoreAdapter = {
  name: 'walmart',
  matchesUrl: (url) => onDomains(hostOf(url), STORE_HOSTS['walmart']!),
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'walmart', WALMART_SELECTORS, lex);
    const next = scriptJson(ix, NEXT_DATA, { test: (t: string) => lex.names(t) });
    let data: unknown = null;
    for (const p of NEXT_PATHS) {
      data = dig(next, p);
      if (data) break;
    }
    if (data) {
      const product = dig(data, ['product']);
      const name = dig(product, ['name']);
      const brand = dig(product, ['brand']);
      if (typeof name === 'string' && name.trim()) input.title = name.trim();
      if (typeof brand === 'string' && brand.trim()) input.brand = brand.trim();
      const idml = dig(data, ['idml']);
      const jt = jsonToText({ product: { shortDescription: dig(product, ['shortDescription']) }, idml });
      if (jt.facts.length) input.facts = [...jt.servingLines, ...jt.facts].join('\n');
      if (jt.directions.length) input.directions = [input.directions, ...jt.directions].filter(Boolean).join('\n');
      if (jt.description.length) input.body = [...jt.description, input.body].filter(Boolean).join('\n');
    }
    return input;
  },
};
