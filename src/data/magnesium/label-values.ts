// Reference values printed as "% Daily Value" / "% NRV" on labels, used to turn a percentage
// into mg when it is the only figure (always marked as an estimate).
// Sources: /work/shared/reference/magnesium.md section 3:
//  - FDA Daily Value, adults and children 4+, current labels (2016 rule): 420 mg; older labels 400 mg.
//  - FDA pregnancy/lactation DV: 400 mg. Children 1-3 years: 80 mg.
//  - EU Nutrient Reference Value (Regulation (EU) 1169/2011, Annex XIII): 375 mg.
// Keyed by nutrient so another nutrient can be added as data.
import type { Nutrient } from '../../core/reading.ts';

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

export const LABEL_VALUES: Readonly<Record<Nutrient, LabelValues>> = {
  magnesium: { dv: 420, dvOld: 400, dvPregnancy: 400, dvChild1to3: 80, nrv: 375 },
};
