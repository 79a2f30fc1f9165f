// Everything the safety rules know about magnesium, as one NutrientData entry of the registry
// (src/data/nutrients.ts). Each table carries its source; the figures are checked against
// /work/shared/reference/magnesium.md by test/unit/rules/data.test.ts.
import type { NutrientData } from '../nutrients.ts';
import { MAGNESIUM_INTAKES, NIH_ODS } from './intakes.ts';
import { MAGNESIUM_STANDARDS, NEAR_LIMIT_FRACTION, UL_CRITICAL_EFFECT } from './standards.ts';
import { BONE_FACTS, DIARRHEA_FORMS, MAGNESIUM_CONDITIONS, MAGNESIUM_MEDICATIONS } from './interactions.ts';
import { MAGNESIUM_FOODS } from './foods.ts';

export * from './intakes.ts';
export * from './standards.ts';
export * from './interactions.ts';
export * from './foods.ts';

export const MAGNESIUM: NutrientData = {
  id: 'magnesium',
  name: 'magnesium',
  intakes: MAGNESIUM_INTAKES,
  standards: MAGNESIUM_STANDARDS,
  defaultStandard: 'us',
  assumedAdultAgeYears: 19,
  nearLimitFraction: { value: NEAR_LIMIT_FRACTION, source: 'Dose Guard issue 4: within 10% of the limit counts as near' },
  medications: MAGNESIUM_MEDICATIONS,
  conditions: MAGNESIUM_CONDITIONS,
  diarrheaForms: DIARRHEA_FORMS,
  ulCriticalEffect: UL_CRITICAL_EFFECT,
  bone: BONE_FACTS,
  foods: MAGNESIUM_FOODS,
  labelConvention: {
    value: 'Supplement Facts panels give the amount per serving; the number of servings a day comes from the directions',
    source: 'US FDA, 21 CFR 101.36 (Supplement Facts panel)',
  },
  elementalShare: {
    value: 'highest plausible (anhydrous) share of magnesium in the compound',
    source: 'Elemental shares computed from the compounds\' formulas with standard atomic weights (agree with PubChem molar masses); src/data/magnesium/forms.ts',
  },
  dailyValue: {
    value: 'US Daily Value / EU Nutrient Reference Value',
    source: `US FDA Daily Value (21 CFR 101.9, 2016 rule; older labels 400 mg); EU Nutrient Reference Value (Regulation (EU) 1169/2011); ${NIH_ODS}`,
  },
};
