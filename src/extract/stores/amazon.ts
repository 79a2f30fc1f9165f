// Amazon (amazon.com, .co.uk, .de, .fr, .in, ...). Seen on real saved pages (shared/pages
// amazon_*): span#productTitle, a#bylineInfo, div#feature-bullets ("About this item"),
// div#important-information (Ingredients / Directions / Safety Information sections),
// div#productDescription, #productOverview_feature_div and #prodDetails tables. The Supplement
// Facts panel itself is usually only an image: then the amount is "unreadable" with what the
// title or bullets showed, never a guess.
import type { StoreAdapter } from './common.ts';
import { DIRECTIONS_HEADING_RE, findFactsPanel, hostOf, readWithSelectors } from './common.ts';
import { AMAZON_SELECTORS } from './selectors.ts';
import { onDomains, STORE_HOSTS } from './product-areas.ts';
import { all, blockText, first } from '../dom.ts';

export const amazon: StoreAdapter = {
  name: 'amazon',
  matchesUrl: (url) => onDomains(hostOf(url), STORE_HOSTS['amazon']!),
  // a saved page without its URL: several Amazon landmarks together (the title id alone is common)
  matchesDocument: (ix) => (ix.first(['#productTitle']) !== null && ix.first(['#dp-container, #ppd']) !== null
      && ix.first(['#feature-bullets, #productOverview_feature_div, input#ASIN, #averageCustomerReviews']) !== null)
    || ix.all('[data-component-type="s-search-result"][data-asin]').length >= 2,
  read(ix, url, lex) {
    const input = readWithSelectors(ix, url, 'amazon', AMAZON_SELECTORS, lex);
    // a Supplement Facts table in the A+ content (brand modules are HTML, comparison charts too):
    // read as the facts panel, so the A+ text's other tables are not taken for its rows
    if (!input.facts && input.pageKind === 'product' && (input.body !== null || lex.mention.test(input.title ?? ''))) {
      const aplus = first(ix, ['#aplus_feature_div', '#aplus', '#aplus3p_feature_div']);
      const panel = aplus ? findFactsPanel(ix, lex, aplus) : null;
      if (panel && panel.tagName.toLowerCase() === 'table') {
        input.facts = blockText(panel, { maxChars: 30_000 });
        input.factsIsImage = false;
      }
    }
    // #important-information: each section is a div.content with an h4 heading, in the store's
    // language ("Directions", "Gebrauchsanweisung", "Mode d'emploi", "Indicazioni"): the
    // directions, and every other section (ingredients, safety, legal) as product text
    const dirs: string[] = [];
    const body: string[] = [];
    for (const sec of all(ix, '#important-information .content, #important-information .a-section')) {
      if (sec.querySelector('.content') !== null) continue;
      const h = (sec.querySelector('h4, h3, h5')?.textContent ?? '').trim();
      const t = blockText(sec, { maxChars: 6000 });
      if (DIRECTIONS_HEADING_RE().test(h)) dirs.push(t);
      else if (h.length > 0) body.push(t);
    }
    if (dirs.length) input.directions = [input.directions, ...dirs].filter(Boolean).join('\n');
    if (body.length) input.body = [input.body, ...body].filter(Boolean).join('\n');
    if (/^amazon\.[a-z.]+\s*:/i.test(ix.doc.title ?? '') && all(ix, AMAZON_SELECTORS.cards[0]!).length > 0) input.pageKind = 'search';
    return input;
  },
};
