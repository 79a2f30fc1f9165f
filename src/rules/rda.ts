// The user's recommended intake (RDA) or adequate intake (AI), mg/day from food and supplements
// together, from the intake table of the chosen standard: the US table under the US, UK and
// Canadian standards, EFSA's under the EU one; where a table sets none, the other one's, said so.
// A range when the profile leaves it open: sex unspecified (female..male) or no age (adult bands).
import { msg, type Msg } from '../core/message.ts';
import type { ResolvedProfile as Profile, Sex } from '../core/profile.ts';
import type { Range } from '../core/reading.ts';
import type { IntakeGap, IntakeRow, IntakeTable, NutrientData } from '../data/nutrients.ts';
import { uniqueSources, type SourceId } from '../data/sources.ts';
import { mgArg } from './format.ts';
import { bandFor } from './life-stage.ts';

export type Stage = 'pregnancy' | 'lactation';

export interface RdaInfo {
  mg: Range;
  kind: 'RDA' | 'AI';
  /** who it is for: "women, 31 to 50 years", "pregnancy, 19 to 30 years" */
  group: Msg;
  stage: Stage | null;
  sources: SourceId[];
  /** the sentence that states it, naming whose figure it is */
  sentence: Msg;
}

const isGap = (row: IntakeRow | IntakeGap): row is IntakeGap => 'fallback' in row;

/** Pregnancy/lactation settings apply to a female or unspecified profile old enough (or no age). */
export function stageApplies(data: NutrientData, profile: Profile): boolean {
  if (!profile.pregnant && !profile.lactating) return false;
  if (profile.sex === 'male') return false;
  return profile.ageYears === null || profile.ageYears >= data.pregnancyMinAgeYears;
}

export function intakeTable(data: NutrientData, profile: Profile): IntakeTable {
  const standard = data.standards[profile.standard] ?? data.standards[data.defaultStandard];
  return data.intakeTables[standard.intakes];
}

export function rdaFor(data: NutrientData, profile: Profile): RdaInfo {
  if (stageApplies(data, profile)) return stageRda(data, profile, profile.pregnant ? 'pregnancy' : 'lactation');
  const table = intakeTable(data, profile);
  if (profile.ageYears === null) {
    const rows = adultRows(data, table);
    const values = rows.flatMap((row) => bySex(row, profile.sex));
    const group = msg(profile.sex === 'female' ? 'rules_group_women_no_age' : profile.sex === 'male' ? 'rules_group_men_no_age' : 'rules_group_adults_no_age');
    return info(table, rows[0]!.kind, spread(values), group, null, null);
  }
  const found = bandFor(table.rows, profile.ageYears);
  const gap = isGap(found) ? found : null;
  const source = gap ? data.intakeTables[gap.fallback] : table;
  const row = gap ? asRow(bandFor(source.rows, profile.ageYears)) : (found as IntakeRow);
  const group = groupFor(data, row, profile.sex);
  return info(source, row.kind, spread(bySex(row, profile.sex)), group, null, gap ? { gap, table } : null);
}

/** The pregnancy or lactation intake for an age (null = adult, any band). The tables give these for
 *  some bands only; a younger age takes the youngest such row (IOM lists pregnancy as "18 years and
 *  under"), an older one the oldest. */
export function stageRda(data: NutrientData, profile: Pick<Profile, 'ageYears' | 'standard'>, stage: Stage): RdaInfo {
  const table = intakeTable(data, profile as Profile);
  const rows = table.rows.filter((r): r is IntakeRow => !isGap(r) && r[stage] !== null);
  const age = profile.ageYears;
  let chosen: IntakeRow[];
  let group: Msg;
  if (age === null) {
    chosen = adultRows(data, { ...table, rows });
    group = msg(stage === 'pregnancy' ? 'rules_group_pregnancy_no_age' : 'rules_group_breastfeeding_no_age');
  } else {
    const inBand = rows.find((r) => age >= r.fromYears && (r.toYears === null || age < r.toYears));
    const row = inBand ?? (age < rows[0]!.fromYears ? rows[0]! : rows[rows.length - 1]!);
    chosen = [row];
    group = msg(stage === 'pregnancy' ? 'rules_group_pregnancy' : 'rules_group_breastfeeding', row.label);
  }
  return info(table, chosen[0]!.kind, spread(chosen.map((r) => r[stage]!)), group, stage, null);
}

function info(table: IntakeTable, kind: 'RDA' | 'AI', mg: Range, group: Msg, stage: Stage | null, gap: { gap: IntakeGap; table: IntakeTable } | null): RdaInfo {
  const key = gap ? gap.gap.sentence : table.sentence[kind];
  if (!key) throw new Error(`intake table ${table.id} has no sentence for ${kind}`);
  return {
    mg,
    kind,
    group,
    stage,
    sources: gap ? uniqueSources(table.sources, gap.table.sources) : table.sources,
    sentence: msg(key, group, mgArg(mg)),
  };
}

/** "women, 31 to 50 years", "girls, 14 to 18 years", "children, 4 to 8 years", "babies, 0 to 6 months" */
function groupFor(data: NutrientData, row: IntakeRow, sex: Sex): Msg {
  if (row.toYears !== null && row.toYears <= 1) return msg('rules_group_babies', row.label);
  const adult = row.fromYears >= data.adultWordingFromYears;
  if (!adult && row.male === row.female) return msg('rules_group_children', row.label);
  const key = sex === 'female'
    ? (adult ? 'rules_group_women' : 'rules_group_girls')
    : sex === 'male'
      ? (adult ? 'rules_group_men' : 'rules_group_boys')
      : (adult ? 'rules_group_adults' : 'rules_group_young_people');
  return msg(key, row.label);
}

function asRow(row: IntakeRow | IntakeGap): IntakeRow {
  if (isGap(row)) throw new Error('an intake fallback points at another gap');
  return row;
}

/** The rows that cover adult ages (from the assumed adult age on). */
function adultRows<T extends IntakeRow | IntakeGap>(data: NutrientData, table: { rows: T[] }): IntakeRow[] {
  const from = data.assumedAdultAgeYears;
  return table.rows.filter((r): r is T & IntakeRow => !isGap(r) && (r.toYears === null || r.toYears > from));
}

function bySex(row: IntakeRow, sex: Sex): number[] {
  if (sex === 'female') return [row.female];
  if (sex === 'male') return [row.male];
  return [row.female, row.male];
}

function spread(values: number[]): Range {
  return { min: Math.min(...values), max: Math.max(...values) };
}
