// Everything the safety rules know about magnesium, as one NutrientData entry of the registry
// (src/data/nutrients.ts). Each table names its sources; the figures are checked against the
// published tables (docs/magnesium-reference.md) by the tests in test/unit/rules/.
import type { NutrientData } from '../nutrients.ts';
import { MAGNESIUM_INTAKES } from './intakes.ts';
import { MAGNESIUM_STANDARDS, NEAR_LIMIT_FRACTION } from './standards.ts';
import { BONE_FACTS, DIARRHEA_FORMS, MAGNESIUM_CONDITIONS, MAGNESIUM_MEDICATIONS } from './interactions.ts';
import { MAGNESIUM_FOODS } from './foods.ts';

export * from './intakes.ts';
export * from './standards.ts';
export * from './interactions.ts';
export * from './foods.ts';

export const MAGNESIUM: NutrientData = {
  id: 'magnesium',
  intakeTables: MAGNESIUM_INTAKES,
  standards: MAGNESIUM_STANDARDS,
  defaultStandard: 'us',
  assumedAdultAgeYears: 19,
  adultWordingFromYears: 18,
  // Dose Guard's own guard against a mistaken tick: the intake tables start pregnancy at 14 years.
  pregnancyMinAgeYears: 9,
  nearLimitFraction: { value: NEAR_LIMIT_FRACTION, sources: ['dose-guard'] },
  // Deaths from too much magnesium are reported mostly above 5,000 mg a day from laxatives or
  // antacids, usually with impaired kidneys (NIH ODS, "Health Risks from Excessive Magnesium").
  veryLargeDoseMg: { value: 5000, sources: ['nih-ods'] },
  medications: MAGNESIUM_MEDICATIONS,
  conditions: MAGNESIUM_CONDITIONS,
  diarrheaForms: DIARRHEA_FORMS,
  // The US UL rests on osmotic diarrhea in healthy people (IOM 1997): a little over it is a risk
  // of diarrhea and cramps, not of poisoning.
  limitBasis: { value: null, sources: ['iom-1997'] },
  // Low blood pressure, nausea, vomiting, flushing, urine retention, ileus, depression, lethargy,
  // then muscle weakness, difficulty breathing, irregular heartbeat and cardiac arrest (NIH ODS).
  excessSymptoms: { value: null, sources: ['nih-ods'] },
  bone: BONE_FACTS,
  foods: MAGNESIUM_FOODS,
  licences: {
    // Health Canada's magnesium monograph licenses adult products up to 500 mg a day, above the
    // 350 mg of its DRI tables; the limit still comes from the DRI tables.
    'ca-npn': { value: { adultMaxMg: 500 }, sources: ['health-canada-monograph', 'health-canada-dri'] },
  },
  labelConvention: { value: null, sources: ['us-supplement-facts'] },
  elementalShare: { value: null, sources: ['elemental-shares'] },
  dailyValue: { value: null, sources: ['us-daily-value', 'eu-food-information'] },
};
