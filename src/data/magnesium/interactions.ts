// Medications and conditions that change what the user should know about a magnesium
// supplement, with the wording shown and its source. Reference: magnesium.md sections 5 and 6.
// Tone: factual, short, never diagnostic; "talk to your doctor or pharmacist" where the source says so.
import type { ConditionRule, MedicationRule } from '../nutrients.ts';
import { IOM_1997, NIH_ODS, US_DRI_SOURCE } from './intakes.ts';

export const NIH_ODS_INTERACTIONS = `${NIH_ODS}, section "Interactions with Medications"`;
export const FDA_PPI_2011 =
  'FDA Drug Safety Communication (2011): low magnesium levels can be associated with long-term use of proton pump inhibitor drugs (PPIs)';
export const LEVOTHYROXINE_LABEL = 'Levothyroxine product labeling (prescribing information: separate from mineral supplements and antacids by 4 hours)';
export const CASTIGLIONI_2013 = 'Castiglioni S, et al. (2013), "Magnesium and Osteoporosis: Current State of Knowledge and Future Research Directions", Nutrients';

export const MAGNESIUM_MEDICATIONS: MedicationRule[] = [
  {
    id: 'bisphosphonate',
    severity: 'warning',
    title: 'Bisphosphonates: take at least 2 hours apart',
    detail: 'Magnesium can lower the absorption of bisphosphonates (osteoporosis medicines such as alendronate). Take them at least 2 hours apart; talk to your doctor or pharmacist about the timing.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'tetracycline',
    severity: 'warning',
    title: 'Tetracycline antibiotics: 2 hours before or 4-6 hours after',
    detail: 'Magnesium can bind tetracycline antibiotics (such as doxycycline) and make them work less well. Take the antibiotic at least 2 hours before or 4-6 hours after magnesium; talk to your doctor or pharmacist.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'quinolone',
    severity: 'warning',
    title: 'Quinolone antibiotics: 2 hours before or 4-6 hours after',
    detail: 'Magnesium can bind quinolone antibiotics (such as ciprofloxacin or levofloxacin) and make them work less well. Take the antibiotic at least 2 hours before or 4-6 hours after magnesium; talk to your doctor or pharmacist.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'levothyroxine',
    severity: 'warning',
    title: 'Levothyroxine: keep 4 hours apart',
    detail: 'Mineral supplements and antacids can lower the absorption of levothyroxine. Take them at least 4 hours apart; talk to your doctor or pharmacist.',
    source: LEVOTHYROXINE_LABEL,
  },
  {
    id: 'loop-diuretic',
    severity: 'info',
    title: 'Loop diuretics increase magnesium loss',
    detail: 'Loop diuretics (such as furosemide) can increase the magnesium lost in urine and lower magnesium levels. Talk to your doctor about your magnesium intake.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'thiazide-diuretic',
    severity: 'info',
    title: 'Thiazide diuretics increase magnesium loss',
    detail: 'Thiazide diuretics (such as hydrochlorothiazide) can increase the magnesium lost in urine and lower magnesium levels. Talk to your doctor about your magnesium intake.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'potassium-sparing-diuretic',
    severity: 'caution',
    title: 'Potassium-sparing diuretics reduce magnesium loss',
    detail: 'Potassium-sparing diuretics (such as amiloride or spironolactone) reduce the magnesium lost in urine. Talk to your doctor or pharmacist before adding a magnesium supplement.',
    source: NIH_ODS_INTERACTIONS,
  },
  {
    id: 'ppi',
    severity: 'info',
    title: 'Long-term PPIs can lower magnesium',
    detail: 'Proton pump inhibitors (such as omeprazole) taken for more than a year can cause low magnesium levels. Talk to your doctor; they may check your magnesium level.',
    source: `${FDA_PPI_2011}; ${NIH_ODS_INTERACTIONS}`,
  },
];

export const MAGNESIUM_CONDITIONS: ConditionRule[] = [
  {
    id: 'kidney-disease',
    severity: 'danger',
    title: 'Kidney disease: ask your doctor before taking magnesium',
    detail: 'With reduced kidney function the body cannot clear extra magnesium well, and large amounts from supplements, antacids or laxatives can build up to harmful levels. Take a magnesium supplement only if your doctor advises it.',
    source: US_DRI_SOURCE,
  },
  // osteoporosis: a helpful note built from the bone facts and the food table (rules/warnings/helpful.ts)
  {
    id: 'type-2-diabetes',
    severity: 'info',
    title: 'Type 2 diabetes and magnesium',
    detail: 'People with type 2 diabetes are more likely to have low magnesium, because more is lost in urine. Talk to your doctor about your magnesium intake.',
    source: NIH_ODS,
  },
  {
    id: 'gi-disease',
    severity: 'info',
    title: 'Digestive disease and magnesium',
    detail: "Conditions such as Crohn's disease, celiac disease or bowel surgery can reduce magnesium absorption. Talk to your doctor about your magnesium intake.",
    source: NIH_ODS,
  },
  {
    id: 'alcohol-dependence',
    severity: 'info',
    title: 'Alcohol and magnesium',
    detail: 'Heavy long-term drinking is linked with low magnesium. Talk to your doctor about your magnesium intake.',
    source: NIH_ODS,
  },
];

/** NIH ODS: carbonate, chloride, gluconate and oxide are the forms most often reported to cause diarrhea. */
export const DIARRHEA_FORMS = {
  value: ['carbonate', 'chloride', 'gluconate', 'oxide'],
  source: `${NIH_ODS} (Health Risks from Excessive Magnesium)`,
};

export const BONE_FACTS = {
  boneSharePct: 60,
  finding: 'both too little and too much magnesium harm bone',
  source: CASTIGLIONI_2013,
};

