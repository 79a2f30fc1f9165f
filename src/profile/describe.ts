// Problems found while reading a profile, said in the user's words for the options page.
import type { FieldProblem } from './parse.ts';

const LABELS: Record<string, string> = {
  ageYears: 'age',
  sex: 'sex',
  pregnant: 'pregnancy answer',
  lactating: 'breastfeeding answer',
  conditions: 'health conditions',
  medications: 'medicines',
  standard: 'standard',
  doctorLimitMg: "doctor's limit",
  stack: 'list of what you already take',
  settings: 'settings',
  'settings.pageNotes': 'page notes setting',
  'settings.disabledStores': 'list of stores to run on',
  schemaVersion: 'format version',
};

const LIST_ITEMS: Record<string, string> = {
  stack: 'in your list of what you already take',
  conditions: 'among your health conditions',
  medications: 'among your medicines',
};

/** The user-facing name of a problem's field: `settings.pageNotes.x` -> 'page notes setting'. */
export function fieldLabel(field: string): string {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const label = LABELS[parts.slice(0, n).join('.')];
    if (label) return label;
  }
  return field;
}

export type ProblemSource = 'saved' | 'file';

export function describeProblem(problem: FieldProblem, source: ProblemSource = 'saved'): string {
  const yours = source === 'saved' ? 'your saved' : 'the file’s';
  const profileWord = source === 'saved' ? 'Your saved profile' : 'The file';
  if (problem.field === '(profile)') {
    return source === 'saved'
      ? 'We could not read your saved profile at all; it was reset to its defaults.'
      : 'The file does not hold a profile we can read.';
  }
  if (problem.field === 'schemaVersion' && problem.message.startsWith('saved by a newer version')) {
    return `${profileWord} comes from a newer version of Dose Guard. What this version understands was kept.`;
  }
  if (problem.action === 'ignored') {
    return `${profileWord} had a field this version does not use (${problem.field}); it was left out.`;
  }
  const item = /^(\w+)\[(\d+)\]/.exec(problem.field);
  if (problem.action === 'dropped' && item) {
    const where = LIST_ITEMS[item[1]!] ?? `in ${fieldLabel(item[1]!)}`;
    const place = source === 'saved' ? where.replace('your', 'your saved') : where.replace('your', 'the file’s');
    return `We could not read item ${Number(item[2]) + 1} ${place}; it was removed. Everything else was kept.`;
  }
  return `We could not read ${yours} ${fieldLabel(problem.field)}; it was reset to its default. Everything else was kept.`;
}

/** Problems worth telling the user about, in their words, without repeats. */
export function describeProblems(problems: readonly FieldProblem[], source: ProblemSource = 'saved'): string[] {
  return [...new Set(problems.map((p) => describeProblem(p, source)))];
}
