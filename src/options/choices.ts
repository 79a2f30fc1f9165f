// The words the options page uses for each stored value: plain names, with examples, for people
// who are not clinicians (public/_locales, `opt_choice_` keys). The medicines and their timings
// follow the sources of the interaction rules (src/data/magnesium/interactions.ts).
import type { Condition, Medication, Sex, Standard, StandardChoice } from '../core/profile.ts';
import { standardForLocales, type AutoStandard } from '../rules/region.ts';
import { MAGNESIUM_STANDARDS } from '../data/magnesium/standards.ts';
import { browserLocales, translator } from '../i18n/index.ts';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

const { t, mg, locale } = translator();

export const SEXES: Choice<Sex>[] = [
  { value: 'female', label: t('opt_choice_female') },
  { value: 'male', label: t('opt_choice_male') },
  { value: 'unspecified', label: t('opt_choice_sex_unspecified') },
];

export const CONDITION_CHOICES: Choice<Condition>[] = [
  { value: 'kidney-disease', label: t('opt_choice_kidney_disease'), hint: t('opt_choice_kidney_disease_hint') },
  { value: 'osteoporosis', label: t('opt_choice_osteoporosis'), hint: t('opt_choice_osteoporosis_hint') },
  { value: 'type-2-diabetes', label: t('opt_choice_type_2_diabetes'), hint: t('opt_choice_type_2_diabetes_hint') },
  { value: 'gi-disease', label: t('opt_choice_gi_disease'), hint: t('opt_choice_gi_disease_hint') },
  { value: 'alcohol-dependence', label: t('opt_choice_alcohol_dependence'), hint: t('opt_choice_alcohol_dependence_hint') },
];

export const MEDICATION_CHOICES: Choice<Medication>[] = [
  { value: 'bisphosphonate', label: t('opt_choice_bisphosphonate'), hint: t('opt_choice_bisphosphonate_hint') },
  { value: 'tetracycline', label: t('opt_choice_tetracycline'), hint: t('opt_choice_tetracycline_hint') },
  { value: 'quinolone', label: t('opt_choice_quinolone'), hint: t('opt_choice_quinolone_hint') },
  { value: 'levothyroxine', label: t('opt_choice_levothyroxine'), hint: t('opt_choice_levothyroxine_hint') },
  { value: 'integrase-inhibitor', label: t('opt_choice_integrase_inhibitor'), hint: t('opt_choice_integrase_inhibitor_hint') },
  { value: 'eltrombopag', label: t('opt_choice_eltrombopag'), hint: t('opt_choice_eltrombopag_hint') },
  { value: 'gabapentin', label: t('opt_choice_gabapentin'), hint: t('opt_choice_gabapentin_hint') },
  { value: 'penicillamine', label: t('opt_choice_penicillamine'), hint: t('opt_choice_penicillamine_hint') },
  { value: 'loop-diuretic', label: t('opt_choice_loop_diuretic'), hint: t('opt_choice_loop_diuretic_hint') },
  { value: 'thiazide-diuretic', label: t('opt_choice_thiazide_diuretic'), hint: t('opt_choice_thiazide_diuretic_hint') },
  { value: 'potassium-sparing-diuretic', label: t('opt_choice_potassium_sparing_diuretic'), hint: t('opt_choice_potassium_sparing_diuretic_hint') },
  { value: 'ppi', label: t('opt_choice_ppi'), hint: t('opt_choice_ppi_hint') },
];

/** The standard's limit for adults, as its table gives it. */
function adultLimit(standard: Standard): string {
  const rows = MAGNESIUM_STANDARDS[standard].rows;
  return mg(rows[rows.length - 1]?.limitMg ?? 0);
}

/** The short name of each standard, for "EU limit, from your browser's language German (Germany)". */
const STANDARD_NAMES: Record<Standard, string> = {
  us: t(MAGNESIUM_STANDARDS.us.name),
  eu: t(MAGNESIUM_STANDARDS.eu.name),
  uk: t(MAGNESIUM_STANDARDS.uk.name),
  canada: t(MAGNESIUM_STANDARDS.canada.name),
};

/** A browser language's name in the reader's language: "German (Germany)". */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Which standard "automatic" gives in this browser, and why. */
export function autoStandardHint(auto: AutoStandard): string {
  const name = STANDARD_NAMES[auto.standard];
  if (auto.locale === null) return t('opt_standard_auto_none', name);
  const language = languageName(auto.locale);
  if (auto.basis === 'country') return t('opt_standard_auto_country', name, language);
  if (auto.basis === 'language') return t('opt_standard_auto_language', name, language);
  return t('opt_standard_auto_default', name, language);
}

export const STANDARD_CHOICES: Choice<StandardChoice>[] = [
  { value: 'auto', label: t('opt_choice_std_auto'), hint: autoStandardHint(standardForLocales(browserLocales())) },
  { value: 'us', label: t('opt_choice_std_us'), hint: t('opt_choice_std_us_hint', adultLimit('us')) },
  { value: 'eu', label: t('opt_choice_std_eu'), hint: t('opt_choice_std_eu_hint', adultLimit('eu')) },
  { value: 'uk', label: t('opt_choice_std_uk'), hint: t('opt_choice_std_uk_hint', adultLimit('uk')) },
  { value: 'canada', label: t('opt_choice_std_canada'), hint: t('opt_choice_std_canada_hint', adultLimit('canada')) },
];

/** Store ids as kept in settings.disabledStores (the background and content script honour them). */
export const STORES: Choice<string>[] = [
  { value: 'iherb', label: 'iHerb' },
  { value: 'amazon', label: 'Amazon' },
  { value: 'vitacost', label: 'Vitacost' },
  { value: 'walmart', label: 'Walmart' },
  { value: 'target', label: 'Target' },
];
