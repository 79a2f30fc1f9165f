// US intakes for magnesium: RDA (or AI for infants) by life stage, sex, pregnancy and lactation,
// mg/day from ALL sources (food + supplements). Reproduced from the published table; see
// /work/shared/reference/magnesium.md section 1. The upper limits are in standards.ts.
import type { IntakeRow } from '../nutrients.ts';

export const IOM_1997 =
  'IOM (1997), Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride (National Academies Press), magnesium chapter';
export const NIH_ODS =
  'NIH Office of Dietary Supplements, Magnesium: Fact Sheet for Health Professionals (https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/)';
export const US_DRI_SOURCE = `${IOM_1997}; ${NIH_ODS}`;

const src = US_DRI_SOURCE;

/** Ordered by age; the bands are [fromYears, toYears). "1-3 years" covers ages 1 up to (not incl.) 4. */
export const MAGNESIUM_INTAKES: IntakeRow[] = [
  { fromYears: 0, toYears: 0.5, label: '0-6 months', kind: 'AI', male: 30, female: 30, pregnancy: null, lactation: null, source: src },
  { fromYears: 0.5, toYears: 1, label: '7-12 months', kind: 'AI', male: 75, female: 75, pregnancy: null, lactation: null, source: src },
  { fromYears: 1, toYears: 4, label: '1-3 years', kind: 'RDA', male: 80, female: 80, pregnancy: null, lactation: null, source: src },
  { fromYears: 4, toYears: 9, label: '4-8 years', kind: 'RDA', male: 130, female: 130, pregnancy: null, lactation: null, source: src },
  { fromYears: 9, toYears: 14, label: '9-13 years', kind: 'RDA', male: 240, female: 240, pregnancy: null, lactation: null, source: src },
  { fromYears: 14, toYears: 19, label: '14-18 years', kind: 'RDA', male: 410, female: 360, pregnancy: 400, lactation: 360, source: src },
  { fromYears: 19, toYears: 31, label: '19-30 years', kind: 'RDA', male: 400, female: 310, pregnancy: 350, lactation: 310, source: src },
  { fromYears: 31, toYears: 51, label: '31-50 years', kind: 'RDA', male: 420, female: 320, pregnancy: 360, lactation: 320, source: src },
  { fromYears: 51, toYears: null, label: '51+ years', kind: 'RDA', male: 420, female: 320, pregnancy: null, lactation: null, source: src },
];
