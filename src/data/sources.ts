// Every source a figure or a rule of Dose Guard comes from, in one registry: id -> the published
// citation (verbatim, with its year and the table or section used), its public address where we
// have one, and a short plain name (a `src_` message) for the UI. Warnings, limits and intakes
// carry source ids only; the popup shows each source once by its name, linked to its address, and
// the `check` command prints the full citation. The figures themselves, and which table each comes
// from, are collected in docs/magnesium-reference.md.
//
// An address is given only where it is the publisher's own stable one (a DOI, the NIH fact sheet,
// the official law texts); the others are cited by title, which finds them.

export const SOURCE_IDS = [
  'iom-1997',
  'nih-ods',
  'nih-ods-interactions',
  'nih-ods-foods',
  'scf-2001',
  'efsa-2015',
  'evm-2003',
  'health-canada-dri',
  'health-canada-monograph',
  'fda-ppi-2011',
  'levothyroxine-label',
  'tivicay-label',
  'biktarvy-label',
  'promacta-label',
  'neurontin-label',
  'penicillamine-label',
  'castiglioni-2013',
  'us-supplement-facts',
  'us-daily-value',
  'eu-food-information',
  'elemental-shares',
  'dose-guard',
  'your-profile',
  'your-entry',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  /** the publication as it is cited: authors or agency, year, title, and the table or section used */
  citation: string;
  /** the publisher's address, or null when we cite it by title only */
  url: string | null;
  /** message key of its short plain name in the UI ("NIH fact sheet on magnesium") */
  name: string;
}

const NIH_FACT_SHEET = 'NIH Office of Dietary Supplements. Magnesium: Fact Sheet for Health Professionals';
const NIH_URL = 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/';

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'iom-1997': {
    citation: 'Institute of Medicine (1997). Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. National Academies Press. Magnesium chapter: RDA and AI by life stage; tolerable upper intake level (UL) for magnesium from supplements and medicines, set on osmotic diarrhea (lowest dose with effects 360 mg/day).',
    url: 'https://doi.org/10.17226/5776',
    name: 'src_iom_1997',
  },
  'nih-ods': {
    citation: `${NIH_FACT_SHEET}. Tables of recommended intakes (RDA, AI) and of upper intake levels (UL) for supplemental magnesium, after IOM 1997; section "Health Risks from Excessive Magnesium".`,
    url: NIH_URL,
    name: 'src_nih_ods',
  },
  'nih-ods-interactions': {
    citation: `${NIH_FACT_SHEET}. Section "Interactions with Medications".`,
    url: NIH_URL,
    name: 'src_nih_ods_interactions',
  },
  'nih-ods-foods': {
    citation: `${NIH_FACT_SHEET}. Table of selected food sources of magnesium (USDA FoodData Central).`,
    url: NIH_URL,
    name: 'src_nih_ods_foods',
  },
  'scf-2001': {
    citation: 'Scientific Committee on Food (2001). Opinion on the Tolerable Upper Intake Level of Magnesium; published in EFSA (2006), Tolerable Upper Intake Levels for Vitamins and Minerals. UL 250 mg/day of readily dissociable magnesium salts and magnesium oxide in supplements, water and fortified food, from age 4, pregnancy and lactation included; none set for ages 1-3.',
    url: null,
    name: 'src_scf_2001',
  },
  'efsa-2015': {
    citation: 'EFSA Panel on Dietetic Products, Nutrition and Allergies (2015). Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 13(7):4186. Adequate intakes: men 350 mg/day, women 300 mg/day (the same in pregnancy and lactation), children 170-300 mg/day by age.',
    url: 'https://doi.org/10.2903/j.efsa.2015.4186',
    name: 'src_efsa_2015',
  },
  'evm-2003': {
    citation: 'Expert Group on Vitamins and Minerals (2003). Safe Upper Levels for Vitamins and Minerals. Food Standards Agency. Magnesium: a guidance level of 400 mg/day from supplements for adults (the data were too weak to set a safe upper level); none given for children.',
    url: null,
    name: 'src_evm_2003',
  },
  'health-canada-dri': {
    citation: 'Health Canada. Dietary Reference Intakes tables, reference values for elements: magnesium UL from supplements and medicines 65 mg/day (1-3 years), 110 mg/day (4-8 years), 350 mg/day (9 years and over), as the Institute of Medicine (1997).',
    url: null,
    name: 'src_health_canada_dri',
  },
  'health-canada-monograph': {
    citation: 'Health Canada, Natural and Non-prescription Health Products Directorate. Natural health product monograph "Magnesium": licensed products for adults of up to 500 mg of magnesium a day.',
    url: null,
    name: 'src_health_canada_monograph',
  },
  'fda-ppi-2011': {
    citation: 'US Food and Drug Administration (2011). FDA Drug Safety Communication: Low magnesium levels can be associated with long-term use of Proton Pump Inhibitor drugs (PPIs).',
    url: null,
    name: 'src_fda_ppi_2011',
  },
  'levothyroxine-label': {
    citation: 'Levothyroxine sodium, US prescribing information (product labeling): take at least 4 hours apart from mineral supplements and antacids.',
    url: null,
    name: 'src_levothyroxine_label',
  },
  'tivicay-label': {
    citation: 'Tivicay (dolutegravir), US prescribing information, "Drug Interactions": take 2 hours before or 6 hours after antacids, laxatives or supplements with polyvalent cations such as magnesium.',
    url: null,
    name: 'src_tivicay_label',
  },
  'biktarvy-label': {
    citation: 'Biktarvy (bictegravir, emtricitabine, tenofovir alafenamide), US prescribing information, "Drug Interactions": antacids, laxatives and supplements with magnesium.',
    url: null,
    name: 'src_biktarvy_label',
  },
  'promacta-label': {
    citation: 'Promacta (eltrombopag), US prescribing information, "Drug Interactions": take at least 2 hours before or 4 hours after products with polyvalent cations, magnesium included.',
    url: null,
    name: 'src_promacta_label',
  },
  'neurontin-label': {
    citation: 'Neurontin (gabapentin), US prescribing information, "Drug Interactions": antacids with aluminum and magnesium hydroxide lower its bioavailability by about 20%; take it at least 2 hours after them.',
    url: null,
    name: 'src_neurontin_label',
  },
  'penicillamine-label': {
    citation: 'Cuprimine and Depen (penicillamine), US prescribing information: mineral supplements and antacids lower its absorption.',
    url: null,
    name: 'src_penicillamine_label',
  },
  'castiglioni-2013': {
    citation: 'Castiglioni S, Cazzaniga A, Albisetti W, Maier JAM (2013). Magnesium and Osteoporosis: Current State of Knowledge and Future Research Directions. Nutrients 5(8):3022-3033.',
    url: 'https://doi.org/10.3390/nu5083022',
    name: 'src_castiglioni_2013',
  },
  'us-supplement-facts': {
    citation: 'US Code of Federal Regulations, 21 CFR 101.36, Nutrition labeling of dietary supplements (the Supplement Facts panel gives the amount per serving; the directions give the servings a day).',
    url: 'https://www.ecfr.gov/current/title-21/section-101.36',
    name: 'src_us_supplement_facts',
  },
  'us-daily-value': {
    citation: 'US Code of Federal Regulations, 21 CFR 101.9, Daily Values (2016 rule: magnesium 420 mg for adults and children 4 and over; 400 mg on older labels).',
    url: 'https://www.ecfr.gov/current/title-21/section-101.9',
    name: 'src_us_daily_value',
  },
  'eu-food-information': {
    citation: 'Regulation (EU) No 1169/2011 on the provision of food information to consumers, Annex XIII: Nutrient Reference Value for magnesium 375 mg.',
    url: 'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
    name: 'src_eu_food_information',
  },
  'elemental-shares': {
    citation: 'Share of magnesium in each compound by mass, computed from its chemical formula with standard atomic weights; agrees with PubChem molar masses (docs/magnesium-reference.md, section 4).',
    url: null,
    name: 'src_elemental_shares',
  },
  'dose-guard': {
    citation: 'Dose Guard\'s own rules, not a published figure: within 10% of the limit counts as close to it, and where a page gives two amounts the higher is used, so a dose is never understated.',
    url: null,
    name: 'src_dose_guard',
  },
  'your-profile': {
    citation: 'Your profile, as saved on this device (age, health, medicines, your doctor\'s limit, what you already take).',
    url: null,
    name: 'src_your_profile',
  },
  'your-entry': {
    citation: 'The figures you entered from the product label.',
    url: null,
    name: 'src_your_entry',
  },
};

/** The sources in the order given, each once. */
export function uniqueSources(...lists: readonly (readonly SourceId[])[]): SourceId[] {
  const out: SourceId[] = [];
  for (const list of lists) for (const id of list) if (!out.includes(id)) out.push(id);
  return out;
}
