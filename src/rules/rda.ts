// The user's RDA (or AI for infants), mg/day from food and supplements together, from the US
// table (the only published RDA table in the reference). A range when the profile leaves it open:
// sex unspecified (female..male) or no age (all adult bands).
import type { Profile } from '../core/profile.ts';
import type { Range } from '../core/reading.ts';
import type { IntakeRow, NutrientData } from '../data/nutrients.ts';
import { bandFor } from './life-stage.ts';

export type Stage = 'pregnancy' | 'lactation';

export interface RdaInfo {
  mg: Range;
  kind: 'RDA' | 'AI';
  /** who it is for: "females 31-50 years", "pregnancy, 19-30 years", "adults 19+ (age not given)" */
  group: string;
  stage: Stage | null;
  source: string;
}

/** Below this age a pregnancy or breastfeeding setting is taken as a mistake and not used. */
export const PREGNANCY_MIN_AGE_YEARS = 9;

/** Pregnancy/lactation settings apply to a female or unspecified profile of 9+ years (or no age). */
export function stageApplies(profile: Profile): boolean {
  if (!profile.pregnant && !profile.lactating) return false;
  if (profile.sex === 'male') return false;
  return profile.ageYears === null || profile.ageYears >= PREGNANCY_MIN_AGE_YEARS;
}

export function rdaFor(data: NutrientData, profile: Profile): RdaInfo {
  if (stageApplies(profile)) return stageRda(data, profile.ageYears, profile.pregnant ? 'pregnancy' : 'lactation');
  const rows = profile.ageYears === null ? adultRows(data) : [bandFor(data.intakes, profile.ageYears)];
  const values: number[] = [];
  for (const row of rows) {
    if (profile.sex !== 'female') values.push(row.male);
    if (profile.sex !== 'male') values.push(row.female);
  }
  const first = rows[0]!;
  let group: string;
  if (profile.ageYears === null) {
    group = `${profile.sex === 'male' ? 'men' : profile.sex === 'female' ? 'women' : 'adults'} ${first.fromYears}+ (age not given)`;
  } else if (first.toYears !== null && first.toYears <= 1) {
    group = `infants ${first.label}`;
  } else if (first.male === first.female) {
    group = `children ${first.label}`;
  } else {
    group = `${profile.sex === 'male' ? 'males' : profile.sex === 'female' ? 'females' : 'people'} ${first.label}`;
  }
  return { mg: spread(values), kind: first.kind, group, stage: null, source: first.source };
}

/** The pregnancy or lactation RDA for an age (null = adult, any band). The table gives these for
 *  14-18, 19-30 and 31-50 years; a younger age takes the 14-18 row (IOM lists pregnancy as
 *  "18 years and under"), an older one the 31-50 row. */
export function stageRda(data: NutrientData, ageYears: number | null, stage: Stage): RdaInfo {
  const rows = data.intakes.filter((r) => r[stage] !== null);
  let chosen: IntakeRow[];
  let label: string;
  if (ageYears === null) {
    chosen = rows.filter((r) => r.fromYears >= data.assumedAdultAgeYears);
    label = 'age not given';
  } else {
    const inBand = rows.find((r) => ageYears >= r.fromYears && (r.toYears === null || ageYears < r.toYears));
    const row = inBand ?? (ageYears < rows[0]!.fromYears ? rows[0]! : rows[rows.length - 1]!);
    chosen = [row];
    label = row.label;
  }
  return {
    mg: spread(chosen.map((r) => r[stage]!)),
    kind: chosen[0]!.kind,
    group: `${stage}, ${label}`,
    stage,
    source: chosen[0]!.source,
  };
}

function adultRows(data: NutrientData): IntakeRow[] {
  return data.intakes.filter((r) => r.fromYears >= data.assumedAdultAgeYears);
}

function spread(values: number[]): Range {
  return { min: Math.min(...values), max: Math.max(...values) };
}
