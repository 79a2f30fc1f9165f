// Every regular expression of the engine, each nutrient's own included: the list the linear-time
// test checks (kept out of the entry point, so the content script does not build it).
import type { Nutrient } from '../core/reading.ts';
import { READING_DATA } from '../data/reading-data.ts';
import { lexiconFor } from './lexicon.ts';
import { bundleCountRe, REGEXES as PATTERN_REGEXES } from './text/patterns.ts';

export const REGEXES: readonly RegExp[] = [
  ...PATTERN_REGEXES(),
  // (the patterns built on first use)
  bundleCountRe(),
  ...(Object.keys(READING_DATA) as Nutrient[]).flatMap((n) => lexiconFor(n).regexes),
];
