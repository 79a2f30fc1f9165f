// Medicines and conditions that change what the user should know about a magnesium supplement:
// the keys of their wording (public/_locales), their timings as figures, and their sources.
// Tone: factual, short, never diagnostic; "talk to your doctor or pharmacist" where the source says so.
// Figures and sources transcribed in docs/magnesium-reference.md, sections 5 and 6.
import { msg } from '../../core/message.ts';
import type { ConditionRule, MedicationRule } from '../nutrients.ts';

const hours = (min: number, max: number) => ({ range: { min, max } });

export const MAGNESIUM_MEDICATIONS: MedicationRule[] = [
  {
    id: 'bisphosphonate',
    severity: 'warning',
    title: msg('rules_med_bisphosphonate_title', 2),
    detail: msg('rules_med_bisphosphonate_detail', 2),
    sources: ['nih-ods-interactions'],
  },
  {
    id: 'tetracycline',
    severity: 'warning',
    title: msg('rules_med_tetracycline_title', 2, hours(4, 6)),
    detail: msg('rules_med_tetracycline_detail', 2, hours(4, 6)),
    sources: ['nih-ods-interactions'],
  },
  {
    id: 'quinolone',
    severity: 'warning',
    title: msg('rules_med_quinolone_title', 2, hours(4, 6)),
    detail: msg('rules_med_quinolone_detail', 2, hours(4, 6)),
    sources: ['nih-ods-interactions'],
  },
  {
    id: 'levothyroxine',
    severity: 'warning',
    title: msg('rules_med_levothyroxine_title', 4),
    detail: msg('rules_med_levothyroxine_detail', 4),
    sources: ['levothyroxine-label'],
  },
  // Polyvalent cations (magnesium among them) bind these medicines in the gut.
  {
    id: 'integrase-inhibitor',
    severity: 'warning',
    title: msg('rules_med_integrase_inhibitor_title', 2, 6),
    detail: msg('rules_med_integrase_inhibitor_detail', 2, 6),
    sources: ['tivicay-label', 'biktarvy-label'],
  },
  {
    id: 'eltrombopag',
    severity: 'warning',
    title: msg('rules_med_eltrombopag_title', 2, 4),
    detail: msg('rules_med_eltrombopag_detail', 2, 4),
    sources: ['promacta-label'],
  },
  // The label speaks of antacids with magnesium and aluminium, not of supplements: said as such.
  {
    id: 'gabapentin',
    severity: 'caution',
    title: msg('rules_med_gabapentin_title', 2),
    detail: msg('rules_med_gabapentin_detail', { pct: 20 }, 2),
    sources: ['neurontin-label'],
  },
  {
    id: 'penicillamine',
    severity: 'warning',
    title: msg('rules_med_penicillamine_title'),
    detail: msg('rules_med_penicillamine_detail'),
    sources: ['penicillamine-label'],
  },
  {
    id: 'loop-diuretic',
    severity: 'info',
    title: msg('rules_med_loop_diuretic_title'),
    detail: msg('rules_med_loop_diuretic_detail'),
    sources: ['nih-ods-interactions'],
  },
  {
    id: 'thiazide-diuretic',
    severity: 'info',
    title: msg('rules_med_thiazide_diuretic_title'),
    detail: msg('rules_med_thiazide_diuretic_detail'),
    sources: ['nih-ods-interactions'],
  },
  // Less magnesium leaves in the urine, so what a supplement adds can build up.
  {
    id: 'potassium-sparing-diuretic',
    severity: 'caution',
    title: msg('rules_med_potassium_sparing_diuretic_title'),
    detail: msg('rules_med_potassium_sparing_diuretic_detail'),
    sources: ['nih-ods-interactions'],
  },
  {
    id: 'ppi',
    severity: 'info',
    title: msg('rules_med_ppi_title'),
    detail: msg('rules_med_ppi_detail', 1),
    sources: ['fda-ppi-2011', 'nih-ods-interactions'],
  },
];

export const MAGNESIUM_CONDITIONS: ConditionRule[] = [
  // The healthy-adult limit does not apply with impaired kidneys: the verdict is "ask your doctor"
  // whatever the dose (IOM 1997; NIH ODS).
  {
    id: 'kidney-disease',
    severity: 'danger',
    title: msg('rules_cond_kidney_disease_title'),
    detail: msg('rules_cond_kidney_disease_detail'),
    sources: ['iom-1997', 'nih-ods'],
    askDoctor: msg('verdict_reason_kidney_disease'),
  },
  // osteoporosis: a helpful note built from the bone facts and the food table (rules/warnings/helpful.ts)
  {
    id: 'type-2-diabetes',
    severity: 'info',
    title: msg('rules_cond_type_2_diabetes_title'),
    detail: msg('rules_cond_type_2_diabetes_detail'),
    sources: ['nih-ods'],
  },
  {
    id: 'gi-disease',
    severity: 'info',
    title: msg('rules_cond_gi_disease_title'),
    detail: msg('rules_cond_gi_disease_detail'),
    sources: ['nih-ods'],
  },
  {
    id: 'alcohol-dependence',
    severity: 'info',
    title: msg('rules_cond_alcohol_dependence_title'),
    detail: msg('rules_cond_alcohol_dependence_detail'),
    sources: ['nih-ods'],
  },
];

/** Carbonate, chloride, gluconate and oxide are the forms most often reported to cause diarrhea
 *  (NIH ODS, "Health Risks from Excessive Magnesium"). */
export const DIARRHEA_FORMS = {
  value: [
    { form: 'carbonate', name: msg('rules_form_carbonate') },
    { form: 'chloride', name: msg('rules_form_chloride') },
    { form: 'gluconate', name: msg('rules_form_gluconate') },
    { form: 'oxide', name: msg('rules_form_oxide') },
  ],
  sources: ['nih-ods' as const],
};

/** About 60% of the body's magnesium is in bone; too little and too much both harm it. */
export const BONE_FACTS = { value: { boneSharePct: 60 }, sources: ['castiglioni-2013' as const] };
