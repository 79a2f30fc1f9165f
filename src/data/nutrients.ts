// The nutrient registry: every nutrient the safety rules know, keyed by its id. The rules read
// everything nutrient-specific (intakes, limits, interactions, foods, wording) from here, so adding
// a nutrient is a new folder of tables under src/data/<nutrient>/ plus tests, not new code paths.
// Types only at the top; the data lives beside it in src/data/magnesium/.
import type { Condition, Medication, Standard } from '../core/profile.ts';
import type { Nutrient } from '../core/reading.ts';
import type { Severity } from '../core/assessment.ts';
import { MAGNESIUM } from './magnesium/index.ts';

/** An age band, [fromYears, toYears). toYears null = no upper bound. Ages are in years (0.5 = 6 months). */
export interface AgeBand {
  fromYears: number;
  toYears: number | null;
  /** as the published table names it: "0-6 months", "1-3 years", "51+ years" */
  label: string;
}

/** One row of a Dietary Reference Intakes table (RDA or AI), mg/day from all sources together. */
export interface IntakeRow extends AgeBand {
  kind: 'RDA' | 'AI';
  male: number;
  female: number;
  /** null when the table has no pregnancy/lactation value for this band */
  pregnancy: number | null;
  lactation: number | null;
  source: string;
}

/** One row of a standard's upper limit for supplemental intake (supplements + medicines, never food). */
export interface LimitRow extends AgeBand {
  /** mg/day; null when the standard sets none for this band */
  limitMg: number | null;
  /** when limitMg is null: why, in plain words (shown to the user) */
  noLimitReason?: string;
  /** when the standard did not address this age at all, the standard whose figure is used instead
   *  (said openly in the summary, never silently) */
  fallback?: Standard;
  source: string;
}

export interface LimitStandard {
  id: Standard;
  /** "US", "EU", "UK", "Canada" */
  name: string;
  /** short citation used in limitSource: "US IOM 1997 / NIH ODS UL" */
  limitName: string;
  rows: LimitRow[];
  source: string;
}

export interface MedicationRule {
  id: Medication;
  severity: Severity;
  title: string;
  detail: string;
  source: string;
}

export interface ConditionRule {
  id: Condition;
  severity: Severity;
  title: string;
  detail: string;
  source: string;
}

export interface FoodRow {
  food: string;
  serving: string;
  mgMin: number;
  mgMax: number;
  source: string;
}

/** A fact with its figure(s) and source, used inside warning text. */
export interface SourcedFact<T> {
  value: T;
  source: string;
}

export interface NutrientData {
  id: Nutrient;
  /** lower case, as it reads in a sentence */
  name: string;
  intakes: IntakeRow[];
  standards: Record<Standard, LimitStandard>;
  defaultStandard: Standard;
  /** the age limits are looked up at when the profile has no age (an adult) */
  assumedAdultAgeYears: number;
  /** "within X% of the limit" counts as near-limit */
  nearLimitFraction: SourcedFact<number>;
  medications: MedicationRule[];
  conditions: ConditionRule[];
  /** forms (compound names, lower case) most often reported to cause diarrhea at high doses */
  diarrheaForms: SourcedFact<string[]>;
  /** the limit's critical effect, for the over-limit wording */
  ulCriticalEffect: SourcedFact<string>;
  /** for the bone hint (osteoporosis): share of body stores in bone, and the finding */
  bone: { boneSharePct: number; finding: string; source: string } | null;
  foods: FoodRow[];
  /** where the "per serving" convention comes from (servings-assumed warning) */
  labelConvention: SourcedFact<string>;
  /** the reference used for compound-weight estimates */
  elementalShare: SourcedFact<string>;
  /** the reference used for %DV / %NRV estimates */
  dailyValue: SourcedFact<string>;
}

export const NUTRIENT_DATA: Record<Nutrient, NutrientData> = {
  magnesium: MAGNESIUM,
};

export function nutrientData(id: Nutrient): NutrientData {
  const data = NUTRIENT_DATA[id];
  if (!data) throw new Error(`no reference data for nutrient "${String(id)}"`);
  return data;
}
