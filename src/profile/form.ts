// The options form as plain values (what the inputs hold, as typed) and the one place that turns
// them into a Profile. Every rule that can refuse a save lives here, with the message shown
// beside the field; the page only reads inputs and displays the result. Pure: no DOM.
import {
  DEFAULT_SETTINGS, PROFILE_SCHEMA_VERSION, Profile, type Condition, type Medication, type Sex, type StackItem, type Standard,
} from '../core/profile.ts';
import { msg, type Msg } from '../core/message.ts';
import { MAX_ITEM_DAILY_MG, MAX_SERVINGS_PER_DAY, dailyFromUnits, readNumber } from './stack.ts';

export const AGE_MIN = 0;
export const AGE_MAX = 120;
/** Bounds of the schema's doctorLimitMg: a daily magnesium limit a doctor may plausibly give. */
export const DOCTOR_LIMIT_MIN = 1;
export const DOCTOR_LIMIT_MAX = 5_000;
const NAME_MAX = 200;

export interface StackRowValues {
  /** stable key for the row in the page: the item's id, or a new one */
  key: string;
  /** kept from the stored item ("I take this" sets it) */
  id?: string;
  url?: string | null;
  name: string;
  /** how the amount is given: per day, or as the label gives it (per serving of so many tablets,
   *  of which the user takes so many a day) */
  mode: 'day' | 'serving';
  mgPerDay: string;
  mgPerServing: string;
  /** tablets or capsules in one serving, as the label's serving size says (1 for a powder or liquid) */
  unitsPerServing: string;
  /** tablets or capsules taken a day (servings, for a powder or liquid) */
  unitsPerDay: string;
  medicine: boolean;
}

export interface FormValues {
  age: string;
  sex: Sex;
  pregnant: boolean;
  lactating: boolean;
  conditions: Condition[];
  medications: Medication[];
  standard: Standard;
  doctorLimit: string;
  stack: StackRowValues[];
  pageNotes: boolean;
  disabledStores: string[];
}

/** Which input a message belongs to: 'age', 'doctorLimit', 'pregnancy', `stack.<key>.<field>`;
 *  the message as data, rendered in the user's language by the options page. */
export interface FieldError {
  key: string;
  message: Msg;
}

export type FormResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

export const MESSAGES = {
  age: msg('opt_error_age', AGE_MIN, AGE_MAX),
  doctorLimit: msg('opt_error_doctor_limit', DOCTOR_LIMIT_MIN, DOCTOR_LIMIT_MAX),
  pregnancy: msg('opt_error_pregnancy'),
  name: msg('opt_error_name'),
  nameLong: msg('opt_error_name_long', NAME_MAX),
  mg: msg('opt_error_mg'),
  mgHigh: msg('opt_error_mg_high', MAX_ITEM_DAILY_MG),
  unitsPerServing: msg('opt_error_units_per_serving', MAX_SERVINGS_PER_DAY),
  unitsPerDay: msg('opt_error_units_per_day', MAX_SERVINGS_PER_DAY),
} as const;

let counter = 0;
/** A key for a row that has no id yet (only unique within this page). */
export function newRowKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function emptyRow(): StackRowValues {
  return { key: newRowKey(), name: '', mode: 'day', mgPerDay: '', mgPerServing: '', unitsPerServing: '1', unitsPerDay: '1', medicine: false };
}

function numberText(n: number | null): string {
  return n === null ? '' : String(n);
}

export function rowFromItem(item: StackItem): StackRowValues {
  return {
    key: item.id ?? newRowKey(),
    id: item.id,
    url: item.url ?? null,
    name: item.name,
    mode: 'day',
    mgPerDay: numberText(item.dailyMg),
    mgPerServing: '',
    unitsPerServing: '1',
    unitsPerDay: '1',
    medicine: item.medicine === true,
  };
}

export function profileToForm(profile: Profile): FormValues {
  return {
    age: numberText(profile.ageYears),
    sex: profile.sex,
    pregnant: profile.pregnant,
    lactating: profile.lactating,
    conditions: [...profile.conditions],
    medications: [...profile.medications],
    standard: profile.standard,
    doctorLimit: numberText(profile.doctorLimitMg),
    stack: profile.stack.map(rowFromItem),
    pageNotes: profile.settings.pageNotes,
    disabledStores: [...profile.settings.disabledStores],
  };
}

/** The row's daily mg if its numbers are valid, else null (for the live "= N mg/day" and total). */
export function rowDailyMg(row: StackRowValues): number | null {
  const result = checkRowAmount(row);
  return 'dailyMg' in result ? result.dailyMg : null;
}

function checkRowAmount(row: StackRowValues): { dailyMg: number } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (row.mode === 'day') {
    const mg = readNumber(row.mgPerDay);
    if (!mg.ok || mg.value <= 0) return { errors: [{ key: `stack.${row.key}.mgPerDay`, message: MESSAGES.mg }] };
    if (mg.value > MAX_ITEM_DAILY_MG) return { errors: [{ key: `stack.${row.key}.mgPerDay`, message: MESSAGES.mgHigh }] };
    return { dailyMg: Math.round(mg.value * 10) / 10 };
  }
  const per = readNumber(row.mgPerServing);
  const size = readNumber(row.unitsPerServing);
  const taken = readNumber(row.unitsPerDay);
  const count = (n: typeof size) => n.ok && n.value > 0 && n.value <= MAX_SERVINGS_PER_DAY;
  if (!per.ok || per.value <= 0) errors.push({ key: `stack.${row.key}.mgPerServing`, message: MESSAGES.mg });
  if (!count(size)) errors.push({ key: `stack.${row.key}.unitsPerServing`, message: MESSAGES.unitsPerServing });
  if (!count(taken)) errors.push({ key: `stack.${row.key}.unitsPerDay`, message: MESSAGES.unitsPerDay });
  if (errors.length || !per.ok || !size.ok || !taken.ok) return { errors };
  const daily = dailyFromUnits(per.value, size.value, taken.value);
  if (daily > MAX_ITEM_DAILY_MG) return { errors: [{ key: `stack.${row.key}.mgPerServing`, message: MESSAGES.mgHigh }] };
  if (daily <= 0) return { errors: [{ key: `stack.${row.key}.mgPerServing`, message: MESSAGES.mg }] };
  return { dailyMg: daily };
}

/**
 * Turns the form into a Profile, or says what is wrong, field by field. All or nothing: with any
 * error there is no profile, so nothing can be saved half-way.
 * `makeId` gives new stack items their id (crypto.randomUUID in the page).
 */
export function formToProfile(values: FormValues, makeId: () => string = () => crypto.randomUUID()): FormResult {
  const errors: FieldError[] = [];

  let ageYears: number | null = null;
  if (values.age.trim() !== '') {
    const age = readNumber(values.age);
    if (!age.ok || age.value < AGE_MIN || age.value > AGE_MAX) {
      errors.push({ key: 'age', message: MESSAGES.age });
    } else ageYears = age.value;
  }

  if (values.sex === 'male' && (values.pregnant || values.lactating)) errors.push({ key: 'pregnancy', message: MESSAGES.pregnancy });

  let doctorLimitMg: number | null = null;
  if (values.doctorLimit.trim() !== '') {
    const limit = readNumber(values.doctorLimit);
    if (!limit.ok || limit.value < DOCTOR_LIMIT_MIN || limit.value > DOCTOR_LIMIT_MAX) {
      errors.push({ key: 'doctorLimit', message: MESSAGES.doctorLimit });
    } else doctorLimitMg = limit.value;
  }

  const stack: StackItem[] = [];
  for (const row of values.stack) {
    const name = row.name.trim();
    if (name === '') errors.push({ key: `stack.${row.key}.name`, message: MESSAGES.name });
    else if (name.length > NAME_MAX) errors.push({ key: `stack.${row.key}.name`, message: MESSAGES.nameLong });
    const amount = checkRowAmount(row);
    if ('errors' in amount) {
      errors.push(...amount.errors);
      continue;
    }
    const item: StackItem = { id: row.id ?? makeId(), name, dailyMg: amount.dailyMg };
    if (row.url) item.url = row.url;
    if (row.medicine) item.medicine = true;
    stack.push(item);
  }

  if (errors.length) return { ok: false, errors };

  const candidate = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    ageYears,
    sex: values.sex,
    pregnant: values.pregnant,
    lactating: values.lactating,
    conditions: [...new Set(values.conditions)],
    medications: [...new Set(values.medications)],
    standard: values.standard,
    doctorLimitMg,
    stack,
    settings: { ...DEFAULT_SETTINGS, pageNotes: values.pageNotes, disabledStores: [...new Set(values.disabledStores)] },
  };
  // The schema has the last word: anything the checks above missed still cannot be saved.
  const checked = Profile.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, errors: [{ key: String(issue?.path[0] ?? 'form'), message: msg('opt_error_invalid', issue?.message ?? '') }] };
  }
  return { ok: true, profile: checked.data };
}
