// The pieces of text every name of a nutrient holds (mention-data.ts: its names in every language,
// other words for it, its symbol), lower case: what the content script looks for in a page it would
// send whole, before it serialises it (src/extract/names-anywhere.ts). A few short strings instead of
// the names' tables, so that every store page does not compile those (issue 14). A test keeps them
// in step with the names: every name holds one of its nutrient's stems.
import type { Nutrient } from '../core/reading.ts';

export const MENTION_STEMS: Readonly<Record<Nutrient, readonly string[]>> = {
  // magnesium, magnésium, magnesio, magnez, magnézium, ...; the Czech and Slovak hořčík, horčík
  // (and their forms without diacritics); the Greek μαγνήσιο (issue 8, round 46); the symbol as prose writes it
  // (and the Korean 마그네슘, iHerb's kr. site; round 64)
  magnesium: ['magn', 'hořč', 'hoře', 'horč', 'hore', 'μαγν', 'mg2+', '마그네'],
};

/** The nutrient a page is read for when none is named (the only one so far). */
export const DEFAULT_NUTRIENT: Nutrient = 'magnesium';
