// What tells that a text names a nutrient at all: its names, other words for it and its symbol.
// The part of the reading data (reading-data.ts) the gate in the content script needs, in a module
// of its own so the content script loads no other table (issue 14: its size is its compile time).
import type { Nutrient } from '../core/reading.ts';
import { MAGNESIUM_MENTION } from './magnesium/mention.ts';

export interface NutrientName {
  /** ISO 639-1 codes of the languages that print it this way */
  readonly langs: readonly string[];
  /** the name and its inflected forms, lower case. Matched as the start of a word, so a compound
   *  word ("Magnesiumcitrat", "magnezowy") is recognised too. */
  readonly words: readonly string[];
}

export interface MentionData {
  readonly names: readonly NutrientName[];
  /** other words that show a page talks about the nutrient without being its label name
   *  ("Milk of Magnesia"), and its chemical symbol as prose writes it ("Mg2+") */
  readonly mentions: readonly string[];
  readonly symbols: readonly string[];
}

export const MENTION_DATA: Readonly<Record<Nutrient, MentionData>> = {
  magnesium: MAGNESIUM_MENTION,
};

export { DEFAULT_NUTRIENT } from './mention-stems.ts';
