// The page's half of a reading: what the store's adapter reads from the DOM (a LabelInput: plain
// strings, the page's own words), without the stages. The content script runs only this and sends
// the LabelInput to the background, which runs the stages (read.ts) there: the engine's cold cost
// (its code compiled, its patterns built) is then paid once per worker start, off the page's main
// thread, instead of on every page load (issue 14). Nothing here may import the stages.
import type { Nutrient } from '../core/reading.ts';
import { DEFAULT_NUTRIENT, READING_DATA } from '../data/reading-data.ts';
import { gate, type GateVerdict } from './gate.ts';
import { parseHtml } from './html-tree.ts';
import { clipInput } from './input-caps.ts';
import type { LabelInput } from './input.ts';
import { lexiconFor, type Lexicon } from './lexicon.ts';
import { mentionFor } from './mention.ts';
import { PageIndex } from './page-index.ts';
import { adapterFor, generic } from './stores/index.ts';

/** What the store's adapter reads from a page: its title, facts panel, directions and product text
 *  (the page's own words the stages read, and quote as evidence). */
export function documentInput(doc: Document, url: string, nutrient?: Nutrient, ix: PageIndex = new PageIndex(doc)): LabelInput {
  const lex = adapterLexicon(nutrient ?? DEFAULT_NUTRIENT);
  const adapter = adapterFor(url, ix);
  try {
    return adapter.read(ix, url, lex);
  } catch {
    // a store changed its markup in a way the adapter did not foresee: read it generically
    return generic.read(ix, url, lex);
  }
}

export { clipInput } from './input-caps.ts';

/** A small page's serialised markup (a `page-html` message, read in the background: html-tree.ts),
 *  read as the page would have read it (content/page-read.ts): the gate first (gate.ts), unless the
 *  user asked for the page to be read, then what the store's adapter reads, clipped as a page-input
 *  is. The gate runs here rather than in the page because a small page's markup is cheaper to send
 *  than the gate's code and names are to compile and run in it (issue 14). */
export function readPageHtml(html: string, url: string, opts: { gated: boolean; nutrient?: Nutrient }): HtmlReading {
  const doc = parseHtml(html) as unknown as Document;
  const verdict = opts.gated ? gate(doc, url, opts.nutrient) : 'read';
  return verdict === 'read' ? { gate: 'read', input: clipInput(documentInput(doc, url, opts.nutrient)) } : { gate: verdict };
}

export type HtmlReading = { gate: 'read'; input: LabelInput } | { gate: Exclude<GateVerdict, 'read'> };

/**
 * The lexicon as the adapters use it: they ask whether a text names the nutrient (`mention`,
 * `names`), which the gate has already built (mention.ts); the rest of the lexicon (the stages'
 * twenty-odd patterns) is built only if an adapter ever reaches for it. In the page, that is a few
 * milliseconds of set-up saved on every product page (issue 14). Reads as the whole lexicon does:
 * test/unit/core/page-input.test.ts reads every page of ours both ways.
 */
function adapterLexicon(nutrient: Nutrient): Lexicon {
  const { mention, names } = mentionFor(nutrient);
  const eager: Partial<Lexicon> = { data: READING_DATA[nutrient], mention, names };
  return new Proxy(eager as Lexicon, {
    get: (target, prop, receiver) => (prop in target ? Reflect.get(target, prop, receiver) : Reflect.get(lexiconFor(nutrient), prop)),
  });
}
