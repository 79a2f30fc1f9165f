// Problems found while reading a profile, as messages (src/core/message.ts) for the options page
// to render in the user's language. A field is named by the label the user sees for it on the
// options page, quoted in the message, so no sentence is built from a field's name.
import { msg, type Msg } from '../core/message.ts';
import type { FieldProblem } from './parse.ts';

/** Each stored field and the key of its label on the options page (or its own name). */
const LABELS: Record<string, string> = {
  ageYears: 'opt_age',
  sex: 'opt_sex',
  pregnant: 'opt_pregnant',
  lactating: 'opt_lactating',
  conditions: 'opt_conditions',
  medications: 'opt_medicines_legend',
  standard: 'opt_standard_legend',
  doctorLimitMg: 'opt_field_doctor_limit',
  stack: 'opt_taken_title',
  settings: 'opt_stores_title',
  'settings.pageNotes': 'opt_page_notes',
  'settings.disabledStores': 'opt_stores_legend',
  schemaVersion: 'opt_field_format_version',
};

/** The label of a problem's field as a message: `settings.pageNotes.x` -> the page notes setting's
 *  label; a field the options page has no label for is named as stored. */
export function fieldLabel(field: string): Msg {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const label = LABELS[parts.slice(0, n).join('.')];
    if (label) return msg(label);
  }
  return msg('opt_field_raw', field);
}

export type ProblemSource = 'saved' | 'file';

export function describeProblem(problem: FieldProblem, source: ProblemSource = 'saved'): Msg {
  const saved = source === 'saved';
  if (problem.field === '(profile)') return msg(saved ? 'opt_problem_unreadable_saved' : 'opt_problem_unreadable_file');
  if (problem.field === 'schemaVersion' && problem.message.startsWith('saved by a newer version')) {
    return msg(saved ? 'opt_problem_newer_saved' : 'opt_problem_newer_file');
  }
  if (problem.action === 'ignored') return msg(saved ? 'opt_problem_ignored_saved' : 'opt_problem_ignored_file', problem.field);
  const item = /^(\w+)\[(\d+)\]/.exec(problem.field);
  if (problem.action === 'dropped' && item) {
    return msg(saved ? 'opt_problem_item_saved' : 'opt_problem_item_file', Number(item[2]) + 1, fieldLabel(item[1]!));
  }
  return msg(saved ? 'opt_problem_reset_saved' : 'opt_problem_reset_file', fieldLabel(problem.field));
}

/** Problems worth telling the user about, without repeats. */
export function describeProblems(problems: readonly FieldProblem[], source: ProblemSource = 'saved'): Msg[] {
  const seen = new Map<string, Msg>();
  for (const p of problems) {
    const m = describeProblem(p, source);
    seen.set(JSON.stringify(m), m);
  }
  return [...seen.values()];
}
