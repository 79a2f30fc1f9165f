// The nutrient registry: every nutrient the safety rules know, keyed by its id. The rules read
// everything nutrient-specific (intakes, limits, interactions, foods, the keys of their wording)
// from here, so adding a nutrient is a new folder of tables under src/data/<nutrient>/ plus its
// messages and tests, not new code paths. Every table names its sources by id (src/data/sources.ts);
// every text is a message key of public/_locales (the rules never hold a sentence).
import type { Msg } from '../core/message.ts';
import type { Condition, Medication, Standard } from '../core/profile.ts';
import type { Nutrient } from '../core/reading.ts';
import type { Severity } from '../core/assessment.ts';
import type { SourceId } from './sources.ts';
import { MAGNESIUM } from './magnesium/index.ts';

/** An age band, [fromYears, toYears). toYears null = no upper bound. Ages are in years (0.5 = 6 months). */
export interface AgeBand {
  fromYears: number;
  toYears: number | null;
  /** the band in words, as the published table names it ("1 to 3 years") */
  label: Msg;
}

/** The intake tables a standard can use: the US (IOM) RDAs and AIs, or the EU (EFSA) AIs. */
export type IntakeTableId = 'us' | 'eu';

/** One row of a table of recommended intakes (RDA) or adequate intakes (AI), mg/day from food and
 *  supplements together. */
export interface IntakeRow extends AgeBand {
  kind: 'RDA' | 'AI';
  male: number;
  female: number;
  /** null when the table gives no pregnancy/lactation value for this band */
  pregnancy: number | null;
  lactation: number | null;
}

/** A band the table sets no value for: another table's value is used, and the wording says so. */
export interface IntakeGap extends AgeBand {
  fallback: IntakeTableId;
  /** the sentence naming the fallback: "The EU sets no amount for ...; the US ... is ..." */
  sentence: string;
}

export interface IntakeTable {
  id: IntakeTableId;
  rows: (IntakeRow | IntakeGap)[];
  /** the sentence that states a value of this table, by kind ($GROUP$, $MG$) */
  sentence: Partial<Record<'RDA' | 'AI', string>>;
  sources: SourceId[];
}

/** One row of a standard's upper limit for supplemental intake (supplements + medicines, never food). */
export interface LimitRow extends AgeBand {
  /** mg/day; null when the standard sets none for this band */
  limitMg: number | null;
  /** when limitMg is null because the standard did not set one for this age: the standard whose
   *  figure is used instead, said openly (label and sentence keys below) */
  fallback?: { standard: Standard; label: string; sentence: string };
}

export interface LimitStandard {
  id: Standard;
  /** key of the limit's label, with the band as $AGES$: "US upper limit, 9 years and over" */
  label: string;
  /** key of the standard's short name, with no age: "EU limit" (where a store's limit is named) */
  name: string;
  /** which intake table goes with this standard (sources are never mixed silently) */
  intakes: IntakeTableId;
  rows: LimitRow[];
  sources: SourceId[];
}

export interface MedicationRule {
  id: Medication;
  severity: Severity;
  title: Msg;
  detail: Msg;
  sources: SourceId[];
}

export interface ConditionRule {
  id: Condition;
  severity: Severity;
  title: Msg;
  detail: Msg;
  sources: SourceId[];
  /** set when the healthy-adult limit does not apply to someone with this condition: the verdict
   *  is then "ask your doctor" whatever the dose, with this reason */
  askDoctor?: Msg;
}

export interface FoodRow {
  food: Msg;
  /** the serving, as a message: "1 oz (28 g)", "120 mL", "1 medium" */
  serving: Msg;
  mgMin: number;
  mgMax: number;
}

/** A figure or list with its sources. */
export interface SourcedFact<T> {
  value: T;
  sources: SourceId[];
}

export interface NutrientData {
  id: Nutrient;
  intakeTables: Record<IntakeTableId, IntakeTable>;
  standards: Record<Standard, LimitStandard>;
  defaultStandard: Standard;
  /** the age limits are looked up at when the profile has no age (an adult) */
  assumedAdultAgeYears: number;
  /** from this age the wording says "women" and "men" rather than "girls" and "boys" */
  adultWordingFromYears: number;
  /** below this age a pregnancy or breastfeeding setting is taken as a mistake and not used */
  pregnancyMinAgeYears: number;
  /** "within X of the limit" counts as near-limit (a fraction) */
  nearLimitFraction: SourcedFact<number>;
  /** the daily amount from which a dose is "very large": deaths are reported above it */
  veryLargeDoseMg: SourcedFact<number>;
  medications: MedicationRule[];
  conditions: ConditionRule[];
  /** forms most often reported to cause diarrhea at high doses: the form as Reading.form names it,
   *  and its name in words */
  diarrheaForms: SourcedFact<{ form: string; name: Msg }[]>;
  /** what the limit protects against (its critical effect), and who says so */
  limitBasis: SourcedFact<null>;
  /** the symptoms of too much of it, when to see a doctor */
  excessSymptoms: SourcedFact<null>;
  /** for the bone note (osteoporosis): share of body stores in bone */
  bone: SourcedFact<{ boneSharePct: number }> | null;
  foods: SourcedFact<FoodRow[]>;
  /** a product licensed under a scheme whose monograph allows more than the limit */
  licences: Record<'ca-npn', SourcedFact<{ adultMaxMg: number }>>;
  /** where the "per serving" convention comes from (servings-assumed warning) */
  labelConvention: SourcedFact<null>;
  /** the reference used for compound-weight estimates */
  elementalShare: SourcedFact<null>;
  /** the reference used for %DV / %NRV estimates */
  dailyValue: SourcedFact<null>;
}

export const NUTRIENT_DATA: Record<Nutrient, NutrientData> = {
  magnesium: MAGNESIUM,
};

export function nutrientData(id: Nutrient): NutrientData {
  const data = NUTRIENT_DATA[id];
  if (!data) throw new Error(`no reference data for nutrient "${String(id)}"`);
  return data;
}
