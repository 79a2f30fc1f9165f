// Intakes of magnesium from food and supplements together, mg/day, by life stage, sex, pregnancy
// and lactation: the table each standard uses (the upper limits are in standards.ts).
//  - US: Institute of Medicine (1997) RDAs (AIs for infants), as reproduced by the NIH Office of
//    Dietary Supplements fact sheet. Used under the US, UK and Canadian standards (Health Canada's
//    tables adopt these values; the UK figures are not in our reference), and named as US values.
//  - EU: EFSA (2015) adequate intakes. EFSA sets none below 7 months: the US value is used there,
//    and the sentence says so.
// Figures transcribed in docs/magnesium-reference.md, sections 1 and 2.
import { msg } from '../../core/message.ts';
import type { IntakeTable, IntakeTableId } from '../nutrients.ts';

const months = (from: number, to: number) => msg('rules_band_months', from, to);
const years = (from: number, to: number) => msg('rules_band_years', from, to);
const yearsUnder = (from: number, to: number) => msg('rules_band_years_under', from, to);
const yearsPlus = (from: number) => msg('rules_band_years_plus', from);

/** Ordered by age; the bands are [fromYears, toYears). "1-3 years" covers ages 1 up to (not incl.) 4. */
const US: IntakeTable = {
  id: 'us',
  sentence: { RDA: 'rules_intake_us_rda', AI: 'rules_intake_us_ai' },
  sources: ['iom-1997', 'nih-ods'],
  rows: [
    { fromYears: 0, toYears: 0.5, label: months(0, 6), kind: 'AI', male: 30, female: 30, pregnancy: null, lactation: null },
    { fromYears: 0.5, toYears: 1, label: months(7, 12), kind: 'AI', male: 75, female: 75, pregnancy: null, lactation: null },
    { fromYears: 1, toYears: 4, label: years(1, 3), kind: 'RDA', male: 80, female: 80, pregnancy: null, lactation: null },
    { fromYears: 4, toYears: 9, label: years(4, 8), kind: 'RDA', male: 130, female: 130, pregnancy: null, lactation: null },
    { fromYears: 9, toYears: 14, label: years(9, 13), kind: 'RDA', male: 240, female: 240, pregnancy: null, lactation: null },
    { fromYears: 14, toYears: 19, label: years(14, 18), kind: 'RDA', male: 410, female: 360, pregnancy: 400, lactation: 360 },
    { fromYears: 19, toYears: 31, label: years(19, 30), kind: 'RDA', male: 400, female: 310, pregnancy: 350, lactation: 310 },
    { fromYears: 31, toYears: 51, label: years(31, 50), kind: 'RDA', male: 420, female: 320, pregnancy: 360, lactation: 320 },
    { fromYears: 51, toYears: null, label: yearsPlus(51), kind: 'RDA', male: 420, female: 320, pregnancy: null, lactation: null },
  ],
};

/** EFSA's bands are "7-11 months", "1 to <3 years", "3 to <10 years", "10 to <18 years", adults. In
 *  pregnancy and lactation the adequate intake is the adult women's. */
const EU: IntakeTable = {
  id: 'eu',
  sentence: { AI: 'rules_intake_eu_ai' },
  sources: ['efsa-2015'],
  rows: [
    { fromYears: 0, toYears: 7 / 12, label: months(0, 6), fallback: 'us', sentence: 'rules_intake_eu_gap' },
    { fromYears: 7 / 12, toYears: 1, label: months(7, 11), kind: 'AI', male: 80, female: 80, pregnancy: null, lactation: null },
    { fromYears: 1, toYears: 3, label: yearsUnder(1, 3), kind: 'AI', male: 170, female: 170, pregnancy: null, lactation: null },
    { fromYears: 3, toYears: 10, label: yearsUnder(3, 10), kind: 'AI', male: 230, female: 230, pregnancy: null, lactation: null },
    { fromYears: 10, toYears: 18, label: yearsUnder(10, 18), kind: 'AI', male: 300, female: 250, pregnancy: null, lactation: null },
    { fromYears: 18, toYears: null, label: yearsPlus(18), kind: 'AI', male: 350, female: 300, pregnancy: 300, lactation: 300 },
  ],
};

export const MAGNESIUM_INTAKES: Record<IntakeTableId, IntakeTable> = { us: US, eu: EU };
