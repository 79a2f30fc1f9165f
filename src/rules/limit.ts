// Which upper limit applies to this profile, and why: the selected standard's row for the age
// (adult when no age is given); where the standard sets none for a child's age, the fallback
// standard's row, named in the label; or the doctor's limit, which replaces the standard's.
import { msg, type Msg } from '../core/message.ts';
import type { ResolvedProfile } from '../core/profile.ts';
import type { LimitRow, LimitStandard, NutrientData } from '../data/nutrients.ts';
import { uniqueSources, type SourceId } from '../data/sources.ts';
import { bandFor } from './life-stage.ts';

export interface AppliedLimit {
  /** the limit compared against, mg/day; null = none set (level "no-limit") */
  limitMg: number | null;
  /** what the limit is, for Assessment.limitSource */
  label: Msg;
  sources: SourceId[];
  /** what the selected standard alone gives at this age (before the doctor's limit) */
  standardLimitMg: number | null;
  standardLabel: Msg;
  /** the used row's label without the fallback's explanation ("US upper limit, 1 to 3 years") */
  rowLabel: Msg;
  standardSources: SourceId[];
  /** the standard the user selected */
  standard: LimitStandard;
  /** the selected standard's row for the age */
  ownRow: LimitRow;
  /** the row whose figure is used (the fallback standard's when the selected one sets none) */
  row: LimitRow;
  /** set when the selected standard sets no figure for this age and another standard's is used */
  fallback: NonNullable<LimitRow['fallback']> | null;
  doctor: boolean;
  ageAssumed: boolean;
  /** the age the tables were read at */
  ageYears: number;
  /** the adult limit under the selected standard (for "lower than the adult limit") */
  adultLimitMg: number | null;
}

export function resolveLimit(data: NutrientData, profile: ResolvedProfile): AppliedLimit {
  const ageAssumed = profile.ageYears === null;
  const ageYears = profile.ageYears ?? data.assumedAdultAgeYears;
  const standard = data.standards[profile.standard] ?? data.standards[data.defaultStandard];
  const ownRow = bandFor(standard.rows, ageYears);
  const fallback = ownRow.limitMg === null && ownRow.fallback ? ownRow.fallback : null;
  const rowStandard = fallback ? data.standards[fallback.standard] : standard;
  const row = fallback ? bandFor(rowStandard.rows, ageYears) : ownRow;
  const standardLimitMg = row.limitMg;
  const standardLabel = fallback
    ? msg(fallback.label, row.label)
    : standardLimitMg === null
      ? msg('rules_limit_none', row.label)
      : msg(standard.label, row.label);
  const standardSources = uniqueSources(rowStandard.sources, standard.sources);
  const base = {
    standardLimitMg,
    standardLabel,
    rowLabel: standardLimitMg === null ? standardLabel : msg(rowStandard.label, row.label),
    standardSources,
    standard,
    ownRow,
    row,
    fallback,
    ageAssumed,
    ageYears,
    adultLimitMg: bandFor(standard.rows, data.assumedAdultAgeYears).limitMg,
  };
  if (profile.doctorLimitMg !== null && profile.doctorLimitMg !== undefined) {
    return { ...base, limitMg: profile.doctorLimitMg, label: msg('rules_limit_doctor'), sources: ['your-profile'], doctor: true };
  }
  return { ...base, limitMg: standardLimitMg, label: standardLabel, sources: standardSources, doctor: false };
}

/** "the limit of 350 mg a day (US upper limit, 9 years and over)" or "your doctor's limit of 500 mg a day" */
export function limitPhrase(limit: AppliedLimit): Msg {
  if (limit.limitMg === null) return msg('rules_limit_none', limit.row.label);
  return limit.doctor
    ? msg('rules_limit_phrase_doctor', { mg: limit.limitMg })
    : msg('rules_limit_phrase', { mg: limit.limitMg }, limit.label);
}
