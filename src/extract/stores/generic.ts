// Any other page: schema.org Product data, a Supplement Facts / Nährwerte / Valeurs
// nutritionnelles panel found by its wording, directions found by their heading, and the
// product area's text with menus, carousels and reviews skipped.
import type { StoreAdapter } from './common.ts';
import { GENERIC_SELECTORS } from './selectors.ts';
import { readWithSelectors } from './common.ts';
import { dig, scriptJson } from '../dom.ts';
import { jsonToText } from './json-text.ts';
import { NEXT_DATA } from './selectors.ts';

export const generic: StoreAdapter = {
  name: 'generic',
  matchesUrl: () => true,
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'generic', GENERIC_SELECTORS, lex);
    // a custom Next.js store that renders its facts only on the client: the page's data
    // (script#__NEXT_DATA__, props.pageProps) holds them, its directions and its description;
    // read only when the visible page shows no facts (issue 8, round 32)
    if (input.facts !== null || (input.pageKind !== 'product' && input.pageKind !== 'other')) return input;
    const props = dig(scriptJson(ix, NEXT_DATA, { test: (t: string) => lex.names(t) }), ['props', 'pageProps']);
    if (!props) return input;
    const product = dig(props, ['product']) ?? props;
    const jt = jsonToText(product);
    if (jt.facts.length === 0) return input;
    input.facts = [...jt.servingLines, ...jt.facts].join('\n');
    if (jt.directions.length) input.directions = [...jt.directions, input.directions].filter(Boolean).join('\n');
    if (jt.description.length) input.body = [...jt.description, input.body].filter(Boolean).join('\n');
    return input;
  },
};
