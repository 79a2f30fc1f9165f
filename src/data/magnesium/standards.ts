// Upper limits for SUPPLEMENTAL magnesium (supplements + medicines such as antacids and
// laxatives; never food), per selectable standard and age band. US is the default.
// Where a standard sets no figure for a child (EU ages 1-3, UK children), the US child limit is
// used and both the limit's label and the child's note say so: a child is never left without a
// limit. Only babies under 1 year have none (no standard sets one).
// Figures transcribed in docs/magnesium-reference.md, sections 1 and 2.
import { msg } from '../../core/message.ts';
import type { Standard } from '../../core/profile.ts';
import type { LimitStandard } from '../nutrients.ts';

const infants = msg('rules_band_infants');
const years = (from: number, to: number) => msg('rules_band_years', from, to);
const yearsPlus = (from: number) => msg('rules_band_years_plus', from);

export const MAGNESIUM_STANDARDS: Record<Standard, LimitStandard> = {
  // Institute of Medicine (1997) ULs, as the NIH Office of Dietary Supplements fact sheet gives them.
  us: {
    id: 'us',
    label: 'rules_limit_us',
    name: 'rules_standard_us',
    intakes: 'us',
    sources: ['iom-1997', 'nih-ods'],
    rows: [
      { fromYears: 0, toYears: 1, label: infants, limitMg: null },
      { fromYears: 1, toYears: 4, label: years(1, 3), limitMg: 65 },
      { fromYears: 4, toYears: 9, label: years(4, 8), limitMg: 110 },
      // 9+ includes pregnancy and lactation
      { fromYears: 9, toYears: null, label: yearsPlus(9), limitMg: 350 },
    ],
  },
  // Scientific Committee on Food (2001), kept by EFSA (2006): readily dissociable salts and
  // magnesium oxide in supplements, water or fortified food; from age 4, pregnancy and lactation
  // included. For ages 1-3 the committee found too little data and set none.
  eu: {
    id: 'eu',
    label: 'rules_limit_eu',
    name: 'rules_standard_eu',
    intakes: 'eu',
    sources: ['scf-2001'],
    rows: [
      { fromYears: 0, toYears: 1, label: infants, limitMg: null },
      {
        fromYears: 1, toYears: 4, label: years(1, 3), limitMg: null,
        fallback: { standard: 'us', label: 'rules_limit_fallback_eu', sentence: 'rules_child_fallback_eu' },
      },
      { fromYears: 4, toYears: null, label: yearsPlus(4), limitMg: 250 },
    ],
  },
  // Expert Group on Vitamins and Minerals (2003): a GUIDANCE level for adults; the group found the
  // data too weak to set a safe upper level, and gave no figure for children.
  uk: {
    id: 'uk',
    label: 'rules_limit_uk',
    name: 'rules_standard_uk',
    intakes: 'us',
    sources: ['evm-2003'],
    rows: [
      { fromYears: 0, toYears: 1, label: infants, limitMg: null },
      {
        fromYears: 1, toYears: 18, label: years(1, 17), limitMg: null,
        fallback: { standard: 'us', label: 'rules_limit_fallback_uk', sentence: 'rules_child_fallback_uk' },
      },
      { fromYears: 18, toYears: null, label: yearsPlus(18), limitMg: 400 },
    ],
  },
  // Health Canada's Dietary Reference Intakes tables (which adopt the IOM values). Not the natural
  // health product monograph: that licenses adult products up to 500 mg a day (see `licences`).
  canada: {
    id: 'canada',
    label: 'rules_limit_canada',
    name: 'rules_standard_canada',
    intakes: 'us',
    sources: ['health-canada-dri'],
    rows: [
      { fromYears: 0, toYears: 1, label: infants, limitMg: null },
      { fromYears: 1, toYears: 4, label: years(1, 3), limitMg: 65 },
      { fromYears: 4, toYears: 9, label: years(4, 8), limitMg: 110 },
      { fromYears: 9, toYears: null, label: yearsPlus(9), limitMg: 350 },
    ],
  },
};

/** Within 10% of the limit counts as near it: Dose Guard's own rule, not a published figure. */
export const NEAR_LIMIT_FRACTION = 0.1;
