// What the reading engine (src/extract) needs to know about one nutrient, as data: the words that
// name it, the compounds it is sold as with the share of each that is the nutrient itself, the
// reference values labels print percentages of, and the caps on what a serving can honestly hold.
// The engine takes one ReadingData as a parameter and builds its matchers from it, so a second
// nutrient is a new entry here (and a folder of tables), never new code in the engine.
import type { Nutrient } from '../core/reading.ts';
import { MAGNESIUM_READING } from './magnesium/reading.ts';
import type { MentionData } from './mention-data.ts';

export type { NutrientName } from './mention-data.ts';
export { DEFAULT_NUTRIENT } from './mention-data.ts';

/** A hydrate or an exactly named salt of a compound, whose share differs from the anhydrous one. */
export interface ExactSalt {
  /** words that name it next to the compound's name ("hexahydrate"), or on their own ("epsom salt") */
  readonly names: readonly string[];
  /** fraction of its mass that is the element */
  readonly share: number;
}

export interface CompoundForm {
  /** canonical lower-case name used in Reading.form */
  readonly form: string;
  /** words that name it on labels (lower case, EN/DE/FR/ES/IT/PL/CS/HU/NL/Nordic), matched as whole words */
  readonly names: readonly string[];
  /** fraction of the compound's mass that is the element, when the label leaves the salt open
   *  (the highest plausible share of the anhydrous salt: an estimate never understates) */
  readonly share: number;
  /** the label names the hydrate or the exact salt: that one's share is used */
  readonly exactSalts?: readonly ExactSalt[];
}

export interface LabelValues {
  /** current US Daily Value (adults and children 4+), mg */
  readonly dv: number;
  /** pre-2016 US Daily Value, mg (a %DV on an old label gives at most this x % / 100 less) */
  readonly dvOld: number;
  readonly dvPregnancy: number;
  readonly dvChild1to3: number;
  /** EU Nutrient Reference Value, mg */
  readonly nrv: number;
}

/** What no page can honestly mean: a figure beyond these is a misreading or a page error, and the
 *  page is "unreadable" with the reason, never a verdict. */
export interface ServingCaps {
  /** the most of the element one serving plausibly holds, mg */
  readonly maxServingMg: number;
  /** the largest weight of a compound one capsule, tablet, softgel or gummy holds, mg: above it a
   *  "<compound> 500 mg" figure cannot be the element's own weight */
  readonly maxUnitFillMg: number;
  /** the same for a measure of powder or liquid (a scoop, a teaspoon, a sachet), mg */
  readonly maxMeasureFillMg: number;
  /** the most servings a day directions plausibly give (drops and sprays counted one by one) */
  readonly maxServingsPerDay: number;
  /** the most capsules or tablets a product's name figure may stand for (a title's "400 mg" is per
   *  serving, and a serving is often several units): a compound's weight in that many units may still
   *  be the element's own figure */
  readonly maxUnitsPerNamedServing: number;
  readonly source: string;
}

/** The names, other words and symbol (MentionData), and what reading a label needs besides. */
export interface ReadingData extends MentionData {
  readonly nutrient: Nutrient;
  /** short forms of the name that product names use, as a word of their own or joined by a hyphen
   *  ("Cal-Mag", "Tri-Mag Complex"): read in a product's title only, to tell that the page is about
   *  the nutrient (never a name in label text, where the short form is also a unit's or a word's) */
  readonly titleShortNames: readonly string[];
  readonly forms: readonly CompoundForm[];
  readonly labelValues: LabelValues;
  readonly caps: ServingCaps;
  /** other nutrients and ingredients a combination product names beside this one; a title naming
   *  them is not a single-nutrient product. A trailing "*" matches any word starting so ("multi*"). */
  readonly otherNutrients: readonly string[];
}

export const READING_DATA: Readonly<Record<Nutrient, ReadingData>> = {
  magnesium: MAGNESIUM_READING,
};
