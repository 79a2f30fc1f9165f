// Which upper limit applies to this profile, and why: the selected standard's row for the age
// (adult when no age is given), a fallback named openly when the standard did not cover the age,
// or the doctor's limit, which replaces the standard's.
import type { Profile } from '../core/profile.ts';
import type { LimitRow, LimitStandard, NutrientData } from '../data/nutrients.ts';
import { bandFor } from './life-stage.ts';

export interface AppliedLimit {
  /** the limit compared against, mg/day; null = none set (level "no-limit") */
  limitMg: number | null;
  /** short label for Assessment.limitSource */
  limitSource: string;
  /** full citation for warnings */
  citation: string;
  /** what the selected standard alone gives at this age (before the doctor's limit) */
  standardLimitMg: number | null;
  standardLimitSource: string;
  standardCitation: string;
  /** the standard the user selected */
  standard: LimitStandard;
  /** the row used (of the fallback standard when there was one) */
  row: LimitRow;
  /** set when the selected standard has no figure for this age and another standard's is used */
  fallbackFrom: LimitStandard | null;
  /** the standard whose row is used */
  rowStandard: LimitStandard;
  /** when standardLimitMg is null: the reason, plain words */
  noLimitReason: string | null;
  doctor: boolean;
  ageAssumed: boolean;
  /** the age the tables were read at */
  ageYears: number;
  /** the adult limit under the selected standard (for "lower than the adult limit") */
  adultLimitMg: number | null;
}

export function resolveLimit(data: NutrientData, profile: Profile): AppliedLimit {
  const ageAssumed = profile.ageYears === null;
  const ageYears = profile.ageYears ?? data.assumedAdultAgeYears;
  const standard = data.standards[profile.standard] ?? data.standards[data.defaultStandard];
  let rowStandard = standard;
  let row = bandFor(standard.rows, ageYears);
  let fallbackFrom: LimitStandard | null = null;
  if (row.limitMg === null && row.fallback) {
    fallbackFrom = standard;
    rowStandard = data.standards[row.fallback];
    row = bandFor(rowStandard.rows, ageYears);
  }
  const standardLimitMg = row.limitMg;
  const standardLimitSource = fallbackFrom
    ? `${rowStandard.limitName}, ${row.label} (${fallbackFrom.name} sets no level for children)`
    : standardLimitMg === null
      ? `${rowStandard.limitName}: none set for ${row.label}`
      : `${rowStandard.limitName}, ${row.label}`;
  const standardCitation = fallbackFrom ? `${row.source}; ${fallbackFrom.source}` : row.source;
  const adultRow = bandFor(standard.rows, data.assumedAdultAgeYears);
  const base = {
    standardLimitMg,
    standardLimitSource,
    standardCitation,
    standard,
    row,
    fallbackFrom,
    rowStandard,
    noLimitReason: standardLimitMg === null ? (row.noLimitReason ?? `no limit is set for ${row.label}`) : null,
    ageAssumed,
    ageYears,
    adultLimitMg: adultRow.limitMg,
  };
  if (profile.doctorLimitMg !== null && profile.doctorLimitMg !== undefined) {
    return {
      ...base,
      limitMg: profile.doctorLimitMg,
      limitSource: "Your doctor's limit",
      citation: "Your doctor's limit, entered in your profile",
      doctor: true,
    };
  }
  return { ...base, limitMg: standardLimitMg, limitSource: standardLimitSource, citation: standardCitation, doctor: false };
}

/** "the 350 mg limit (US IOM 1997 / NIH ODS UL, age 9+)" or "your doctor's limit of 500 mg" */
export function limitPhrase(limit: AppliedLimit, mgText: string): string {
  return limit.doctor ? `your doctor's limit of ${mgText}` : `the ${mgText} limit (${limit.limitSource})`;
}
