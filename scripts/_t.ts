import { readFileSync } from 'node:fs';
import { articleMarkers, comparesProducts, isListingText } from '../src/extract/page-kind.ts';
import { ARTICLE_CUE_RE, COMMERCE_CUE_RE, PRONOUN_RE } from '../src/extract/text/patterns.ts';
import { lexiconFor } from '../src/extract/lexicon.ts';
const t = readFileSync(process.argv[2]!, 'utf8');
const words = t.split(/\s+/).length; const p = (t.match(PRONOUN_RE) ?? []);
console.log({ listing: isListingText(t), markers: articleMarkers(t), compares: comparesProducts(t, lexiconFor()), cue: ARTICLE_CUE_RE.exec(t)?.[0], commerce: COMMERCE_CUE_RE.exec(t)?.[0], words, pron: p.length, ratio: p.length / words, p: p.join(',') });
