// The words the options page uses for each stored value: plain names, with examples, for people
// who are not clinicians. Wording follows /work/shared/reference/magnesium.md section 5.
import type { Condition, Medication, Sex, Standard } from '../core/profile.ts';
import { MAGNESIUM_STANDARDS } from '../data/magnesium/standards.ts';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export const SEXES: Choice<Sex>[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'unspecified', label: 'Prefer not to say' },
];

export const CONDITION_CHOICES: Choice<Condition>[] = [
  {
    value: 'kidney-disease',
    label: 'Kidney disease',
    hint: 'Kidneys that work less well cannot clear extra magnesium; take magnesium supplements only on medical advice.',
  },
  { value: 'osteoporosis', label: 'Osteoporosis or osteopenia', hint: 'Thinning bones.' },
  { value: 'type-2-diabetes', label: 'Type 2 diabetes', hint: 'Linked with low magnesium.' },
  {
    value: 'gi-disease',
    label: 'Gut disease, such as Crohn’s or celiac disease',
    hint: 'Also after bowel surgery: less magnesium is absorbed.',
  },
  { value: 'alcohol-dependence', label: 'Alcohol dependence', hint: 'Linked with low magnesium.' },
];

export const MEDICATION_CHOICES: Choice<Medication>[] = [
  {
    value: 'bisphosphonate',
    label: 'Bisphosphonates for osteoporosis',
    hint: 'Such as alendronate (Fosamax) or risedronate. Magnesium makes them absorb less: take them at least 2 hours apart.',
  },
  {
    value: 'tetracycline',
    label: 'Tetracycline antibiotics',
    hint: 'Such as doxycycline or minocycline. Take the antibiotic 2 hours before or 4 to 6 hours after magnesium.',
  },
  {
    value: 'quinolone',
    label: 'Quinolone antibiotics',
    hint: 'Such as ciprofloxacin or levofloxacin. Take the antibiotic 2 hours before or 4 to 6 hours after magnesium.',
  },
  {
    value: 'levothyroxine',
    label: 'Levothyroxine for the thyroid',
    hint: 'Such as Synthroid or Eltroxin. Keep it 4 hours apart from minerals and antacids.',
  },
  {
    value: 'loop-diuretic',
    label: 'Loop diuretics (water pills)',
    hint: 'Such as furosemide (Lasix) or bumetanide. They make you lose more magnesium.',
  },
  {
    value: 'thiazide-diuretic',
    label: 'Thiazide diuretics (water pills)',
    hint: 'Such as hydrochlorothiazide or chlorthalidone. They make you lose more magnesium.',
  },
  {
    value: 'potassium-sparing-diuretic',
    label: 'Potassium-sparing diuretics (water pills)',
    hint: 'Such as spironolactone or amiloride. They make you keep more magnesium.',
  },
  {
    value: 'ppi',
    label: 'Proton pump inhibitors for heartburn or reflux',
    hint: 'Such as omeprazole (Prilosec) or esomeprazole (Nexium). Taken for over a year they can lower magnesium.',
  },
];

function adultLimit(standard: Standard): string {
  const rows = MAGNESIUM_STANDARDS[standard].rows;
  const adult = rows[rows.length - 1];
  return adult?.limitMg ? `${adult.limitMg} mg a day from supplements and medicines (${adult.label})` : '';
}

export const STANDARD_CHOICES: Choice<Standard>[] = [
  { value: 'us', label: 'United States (default)', hint: `Institute of Medicine / NIH: ${adultLimit('us')}.` },
  { value: 'eu', label: 'European Union', hint: `EU Scientific Committee on Food / EFSA: ${adultLimit('eu')}.` },
  { value: 'uk', label: 'United Kingdom', hint: `Expert Group on Vitamins and Minerals: ${adultLimit('uk')}.` },
  { value: 'canada', label: 'Canada', hint: `Health Canada: ${adultLimit('canada')}.` },
];

/** Store ids as kept in settings.disabledStores (the background and content script honour them). */
export const STORES: Choice<string>[] = [
  { value: 'iherb', label: 'iHerb' },
  { value: 'amazon', label: 'Amazon' },
  { value: 'vitacost', label: 'Vitacost' },
  { value: 'walmart', label: 'Walmart' },
  { value: 'target', label: 'Target' },
];
