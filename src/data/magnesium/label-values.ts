// Reference values printed as "% Daily Value" / "% NRV" on labels, used to turn a percentage
// into mg when it is the only figure (always marked as an estimate).
// Sources (Dose Guard's magnesium reference, docs/magnesium-reference.md, section 3 "Label values"):
//  - FDA Daily Value, adults and children 4+, current labels (2016 rule): 420 mg; older labels 400 mg.
//  - FDA pregnancy/lactation DV: 400 mg. Children 1-3 years: 80 mg.
//  - EU Nutrient Reference Value (Regulation (EU) 1169/2011, Annex XIII): 375 mg.
// Keyed by nutrient so another nutrient can be added as data.
import type { Nutrient } from '../../core/reading.ts';
import type { LabelValues } from '../reading-data.ts';

export type { LabelValues } from '../reading-data.ts';

export const LABEL_VALUES: Readonly<Record<Nutrient, LabelValues>> = {
  magnesium: { dv: 420, dvOld: 400, dvPregnancy: 400, dvChild1to3: 80, nrv: 375 },
};
