// Any other page: schema.org Product data, a Supplement Facts / Nährwerte / Valeurs
// nutritionnelles panel found by its wording, directions found by their heading, and the
// product area's text with menus, carousels and reviews skipped.
import type { StoreAdapter } from './common.ts';
import { GENERIC_SELECTORS } from './selectors.ts';
import { readWithSelectors } from './common.ts';

export const generic: StoreAdapter = {
  name: 'generic',
  matchesUrl: () => true,
  read: (ix, url, lex) => readWithSelectors(ix, url, 'generic', GENERIC_SELECTORS, lex),
};
