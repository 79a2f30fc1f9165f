// A saved profile that could not be read in full: the fields that took their defaults, in the
// user's words ("your age", "your medicines"), never the stored names ("ageYears", "medications[1]").
import { msg, type Msg } from '../../core/message.ts';
import type { Warning } from '../../core/assessment.ts';
import type { RuleContext } from './context.ts';

/** The stored field (the part before any "." or "[") -> its name in words. Settings and the format
 *  version are missing on purpose: they change nothing the check relies on. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  '(profile)': 'rules_field_profile',
  ageYears: 'rules_field_age',
  sex: 'rules_field_sex',
  pregnant: 'rules_field_pregnant',
  lactating: 'rules_field_lactating',
  conditions: 'rules_field_conditions',
  medications: 'rules_field_medications',
  standard: 'rules_field_standard',
  doctorLimitMg: 'rules_field_doctor_limit',
  stack: 'rules_field_stack',
};
const IGNORED = new Set(['settings', 'schemaVersion']);

/** The repaired fields that matter to the check, each named once, in words. */
export function repairedFieldNames(fields: readonly string[]): Msg[] {
  const keys: string[] = [];
  for (const field of fields) {
    const top = field.split(/[.[]/, 1)[0]!;
    if (IGNORED.has(top)) continue;
    const key = FIELD_NAMES[top] ?? 'rules_field_other';
    if (!keys.includes(key)) keys.push(key);
  }
  return keys.map((key) => msg(key));
}

export function profileRepaired(ctx: RuleContext): Warning[] {
  if (!ctx.repaired.length) return [];
  return [{
    id: 'profile-repaired',
    severity: 'warning',
    title: msg('rules_repaired_title'),
    detail: msg('rules_repaired_detail', { list: ctx.repaired }),
    sources: ['your-profile'],
  }];
}
