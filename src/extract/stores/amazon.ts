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
    // (its wrapper's id as a page may give it, "importantInformation"; and one .content holding
    // every section under its own h4, read section by section: round 57, the directions were lost)
    // (or the wrapper itself, its h4 sections its own children: "<div id=important-information
    // class=a-section><h2>…<h4>Directions</h4><p>…"; issue 8, round 59: the directions were lost, and
    // a bullet's "60-day supply at one serving" was read as the day)
    for (const sec of all(ix, IMPORTANT_SECTIONS)) {
      if (sec.querySelector('.content') !== null || sec.querySelector('.a-section') !== null) continue;
      for (const [h, t] of headedSections(sec)) {
        if (DIRECTIONS_HEADING_RE().test(h)) dirs.push(t);
        else if (h.length > 0) body.push(t);
      }
    }
    if (dirs.length) input.directions = [input.directions, ...dirs].filter(Boolean).join('\n');
    if (body.length) input.body = [input.body, ...body].filter(Boolean).join('\n');
    if (/^amazon\.[a-z.]+\s*:/i.test(ix.doc.title ?? '') && all(ix, AMAZON_SELECTORS.cards[0]!).length > 0) input.pageKind = 'search';
    return input;
  },
};

/** The important-information sections, under any id of its wrapper the adapter reads (alsoRead:
 *  "important-information", "importantInformation", or either with a suffix, as Amazon's feature
 *  wrappers have, "importantInformation_feature_div"; issue 8, round 61: its Directions were never
 *  read, the third round to lose them to a wrapper's id). Wrappers nested in each other give each
 *  section once. */
const IMPORTANT_SECTIONS = (AMAZON_SELECTORS.alsoRead ?? []).map((id) => `${id}, ${id} .content, ${id} .a-section`).join(', ');
const SECTION_HEADING = 'h4, h3, h5';
/** (by its tag: the background's serialised tree has no matches()) */
const isSectionHeading = (e: Element): boolean => /^h[345]$/i.test(e.tagName);

/** A section's [heading, text] pairs: the section whole under its first heading, or, when its
 *  children hold several headings, each heading with the elements after it up to the next. */
function headedSections(sec: Element): [string, string][] {
  const heads = [...sec.children].filter(isSectionHeading);
  if (heads.length < 2) return [[(sec.querySelector(SECTION_HEADING)?.textContent ?? '').trim(), blockText(sec, { maxChars: 6000 })]];
  const out: [string, string][] = [];
  for (const c of sec.children) {
    if (isSectionHeading(c)) out.push([(c.textContent ?? '').trim(), (c.textContent ?? '').trim()]);
    else if (out.length > 0) out[out.length - 1]![1] += '\n' + blockText(c, { maxChars: 6000 });
  }
  return out;
}
