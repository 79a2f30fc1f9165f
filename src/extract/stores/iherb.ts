// iHerb (www.iherb.com and country hosts such as kr.iherb.com).
// Seen on real saved pages (shared/pages iherb_*): the facts panel is a froala table in
// div.supplement-facts-container; "Suggested use" is an h3 followed by div.prodOverviewDetail;
// the product area (div.product-grouping-wrapper.defer-block) stays display:none until the
// site's scripts run, so only textContent-based reads see it.
import type { StoreAdapter } from './common.ts';
import { IHERB_DETAIL_BLOCKS, IHERB_SELECTORS } from './selectors.ts';
import { onDomains, STORE_HOSTS } from './product-areas.ts';
import { hostOf, readWithSelectors } from './common.ts';
import { all, blockText, sectionAfterHeading } from '../dom.ts';
import { DIRECTIONS_HEADING_RE } from '../text/patterns.ts';

export const iherb: StoreAdapter = {
  name: 'iherb',
  matchesUrl: (url) => onDomains(hostOf(url), STORE_HOSTS['iherb']!),
  // the kr.iherb.com fragment page has no URL at all: recognise the markup
  matchesDocument: (ix) => ix.first(['h1#name[data-testid="product-name"]']) !== null && ix.first(['.product-detail-container, #product-overview, #iherb-product-zoom']) !== null,
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'iherb', IHERB_SELECTORS, lex);
    // the overview block (marketing text) is under the "Overview" heading
    const overview = sectionAfterHeading(ix, ix.first(['#product-overview']), /^overview$/i, 'h3');
    input.body = overview;
    // "Suggested use" may also be the heading inside its own div.prodOverviewDetail block (each block
    // told apart by its heading), outside the product area the directions were looked for in
    if (!input.directions && input.title) {
      const parts: string[] = [];
      for (const el of all(ix, IHERB_DETAIL_BLOCKS).slice(0, 12)) {
        const h = el.querySelector('h2, h3, h4, strong');
        if (!h || !DIRECTIONS_HEADING_RE().test((h.textContent ?? '').trim())) continue;
        const t = blockText(el, { maxChars: 5000 });
        if (t.length > 0) parts.push(t);
      }
      if (parts.length > 0) input.directions = parts.join('\n');
    }
    if (input.pageKind === 'other' && input.title) input.pageKind = 'product';
    return input;
  },
};
