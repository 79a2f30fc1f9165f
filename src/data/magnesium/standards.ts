// Upper limits for SUPPLEMENTAL magnesium (supplements + medicines such as antacids and
// laxatives; never food), per selectable standard and age band. US is the default.
// Reference: /work/shared/reference/magnesium.md sections 1 and 2.
import type { Standard } from '../../core/profile.ts';
import type { LimitStandard } from '../nutrients.ts';
import { US_DRI_SOURCE } from './intakes.ts';

export const SCF_2001 =
  'EU Scientific Committee on Food (2001), tolerable upper intake level for magnesium, kept by EFSA (Tolerable upper intake levels for vitamins and minerals, 2006); German BfR 2017 advice';
export const EVM_2003 = 'UK Expert Group on Vitamins and Minerals (2003), Safe Upper Levels for Vitamins and Minerals';
export const HEALTH_CANADA = 'Health Canada, Natural Health Products monograph "Magnesium" (upper limits as IOM 1997)';

const INFANT_REASON = 'no upper limit is set for infants under 1 year';

export const MAGNESIUM_STANDARDS: Record<Standard, LimitStandard> = {
  us: {
    id: 'us',
    name: 'US',
    limitName: 'US IOM 1997 / NIH ODS UL',
    source: US_DRI_SOURCE,
    rows: [
      { fromYears: 0, toYears: 1, label: 'infants 0-12 months', limitMg: null, noLimitReason: INFANT_REASON, source: US_DRI_SOURCE },
      { fromYears: 1, toYears: 4, label: 'ages 1-3', limitMg: 65, source: US_DRI_SOURCE },
      { fromYears: 4, toYears: 9, label: 'ages 4-8', limitMg: 110, source: US_DRI_SOURCE },
      // 9+ includes pregnancy and lactation
      { fromYears: 9, toYears: null, label: 'age 9+', limitMg: 350, source: US_DRI_SOURCE },
    ],
  },
  eu: {
    id: 'eu',
    name: 'EU',
    limitName: 'EU SCF 2001 / EFSA UL',
    source: SCF_2001,
    rows: [
      { fromYears: 0, toYears: 1, label: 'infants 0-12 months', limitMg: null, noLimitReason: INFANT_REASON, source: SCF_2001 },
      // The SCF looked at toddlers and found too little data to set a level: an explicit "none".
      { fromYears: 1, toYears: 4, label: 'ages 1-3', limitMg: null, noLimitReason: 'the EU (SCF 2001, kept by EFSA) sets no upper limit for ages 1-3', source: SCF_2001 },
      // Readily dissociable salts and magnesium oxide, in supplements, water or fortified food;
      // applies to pregnancy and lactation too.
      { fromYears: 4, toYears: null, label: 'age 4+', limitMg: 250, source: SCF_2001 },
    ],
  },
  uk: {
    id: 'uk',
    name: 'UK',
    limitName: 'UK EVM 2003 safe upper level',
    source: EVM_2003,
    rows: [
      { fromYears: 0, toYears: 1, label: 'infants 0-12 months', limitMg: null, noLimitReason: INFANT_REASON, source: EVM_2003 },
      // The EVM's safe upper level is for adults; it gives no figure for children. Rather than
      // show no limit for a child, the US (IOM) child limit is used and the summary says so.
      { fromYears: 1, toYears: 18, label: 'children', limitMg: null, fallback: 'us', source: EVM_2003 },
      { fromYears: 18, toYears: null, label: 'adults', limitMg: 400, source: EVM_2003 },
    ],
  },
  canada: {
    id: 'canada',
    name: 'Canada',
    limitName: 'Health Canada (IOM) UL',
    source: HEALTH_CANADA,
    rows: [
      { fromYears: 0, toYears: 1, label: 'infants 0-12 months', limitMg: null, noLimitReason: INFANT_REASON, source: HEALTH_CANADA },
      { fromYears: 1, toYears: 4, label: 'ages 1-3', limitMg: 65, source: HEALTH_CANADA },
      { fromYears: 4, toYears: 9, label: 'ages 4-8', limitMg: 110, source: HEALTH_CANADA },
      { fromYears: 9, toYears: null, label: 'age 9+', limitMg: 350, source: HEALTH_CANADA },
    ],
  },
};

/** "Within 10% of the limit" is near-limit (issue 4). A product rule, not a published figure. */
export const NEAR_LIMIT_FRACTION = 0.1;

export const UL_CRITICAL_EFFECT = {
  value: 'The limit is set to avoid diarrhea, the first effect of too much magnesium from supplements (the lowest dose with effects in the IOM review was 360 mg a day)',
  source: US_DRI_SOURCE,
};
