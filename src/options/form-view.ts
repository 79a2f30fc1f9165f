// The profile form: six sections built from FormValues, read back into FormValues. Validation
// rules and messages are in src/profile/form.ts; this file only places them beside the fields.
// Every word is an `opt_` message.
import type { Condition, Medication, Sex, Standard } from '../core/profile.ts';
import type { FieldError, FormValues, StackRowValues } from '../profile/form.ts';
import { h } from '../ui/dom.ts';
import { CONDITION_CHOICES, MEDICATION_CHOICES, SEXES, STANDARD_CHOICES, STORES } from './choices.ts';
import { ErrorSlots, checkControl, errorElement, group, section, textField } from './fields.ts';
import { stackView } from './stack-view.ts';
import { labelHelp } from './label-help.ts';
import { readNumber } from '../profile/stack.ts';
import { translator } from '../i18n/index.ts';
import { DEFAULT_NOTE_PREFS, type NotePrefs } from '../ui/prefs.ts';

const t = translator();
const said = (e: FieldError | undefined) => (e ? t.tr(e.message) : null);

export interface FormView {
  sections: HTMLElement[];
  read(): FormValues;
  showErrors(errors: FieldError[]): void;
  /** shows or clears the messages of the control the user leaves */
  showErrorsForControl(el: Element, errors: FieldError[]): void;
  /** updates the messages already on screen (clears the ones now fixed) */
  refreshShownErrors(errors: FieldError[]): void;
  firstInvalid(errors: FieldError[]): HTMLElement | undefined;
  appendStack(rows: StackRowValues[]): void;
  /** keys of the stack rows shown, and of those the user removed */
  stackKeys(): Set<string>;
  removedStackKeys(): Set<string>;
  assignStackIds(ids: Array<string | undefined>): void;
  /** the page note's preferences as the form now has them */
  readNotePrefs(): NotePrefs;
}

function checked(form: HTMLElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** Pregnancy and breastfeeding are asked only of ages where the answer can be yes: outside them
 *  (and for a male profile) a tick is more likely a slip than an answer, so the question is not
 *  shown and its answer not saved. An empty age keeps the question. */
export const PREGNANCY_ASKED_AGES = { from: 12, to: 55 } as const;

export function asksPregnancy(age: string, sex: Sex): boolean {
  if (sex === 'male') return false;
  const n = readNumber(age);
  if (!n.ok) return true;
  return n.value >= PREGNANCY_ASKED_AGES.from && n.value <= PREGNANCY_ASKED_AGES.to;
}

export function formView(values: FormValues, root: HTMLElement, announce: (t: string) => void, onChange: () => void, notes: NotePrefs = DEFAULT_NOTE_PREFS): FormView {
  const errors = new ErrorSlots();

  // ---- About you
  const age = textField({
    id: 'age', label: t.t('opt_age'), value: values.age, inputmode: 'decimal', unit: t.t('opt_age_unit'), autocomplete: 'off',
    hint: t.t('opt_age_hint'),
  }, errors, 'age');
  const sexGroup = group(t.t('opt_sex'), null, ...SEXES.map((s) =>
    checkControl({ id: `sex-${s.value}`, name: 'sex', value: s.value, label: s.label, checked: values.sex === s.value, type: 'radio' }).wrap));
  const pregnancyError = errorElement('pregnancy-error');
  const pregnant = checkControl({ id: 'pregnant', name: 'pregnant', value: 'yes', label: t.t('opt_pregnant'), checked: values.pregnant, describedBy: 'pregnancy-error' });
  const lactating = checkControl({ id: 'lactating', name: 'lactating', value: 'yes', label: t.t('opt_lactating'), checked: values.lactating, describedBy: 'pregnancy-error' });
  errors.add('pregnancy', { controls: [pregnant.input, lactating.input], element: pregnancyError });
  const pregnancyGroup = group(t.t('opt_pregnancy'), null, pregnant.wrap, lactating.wrap, pregnancyError);
  pregnancyGroup.id = 'pregnancy-group';
  const sexNow = () => (checked(root, 'sex')[0] ?? 'unspecified') as Sex;
  const showPregnancy = () => {
    pregnancyGroup.hidden = !asksPregnancy(age.input.value, sexNow());
  };
  const about = section('about', t.t('opt_about_title'), null, age.wrap, h('div', { class: 'pair' }, sexGroup, pregnancyGroup));
  about.addEventListener('input', showPregnancy);
  about.addEventListener('change', showPregnancy);

  // ---- Health
  const health = section('health', t.t('opt_health_title'), t.t('opt_health_intro'),
    group(t.t('opt_conditions'), null, ...CONDITION_CHOICES.map((c) =>
      checkControl({ id: `condition-${c.value}`, name: 'condition', value: c.value, label: c.label, hint: c.hint, checked: values.conditions.includes(c.value) }).wrap)));

  // ---- Medicines
  const medicines = section('medicines', t.t('opt_medicines_title'), t.t('opt_medicines_intro'),
    group(t.t('opt_medicines_legend'), null, ...MEDICATION_CHOICES.map((m) =>
      checkControl({ id: `medication-${m.value}`, name: 'medication', value: m.value, label: m.label, hint: m.hint, checked: values.medications.includes(m.value) }).wrap)));

  // ---- Standard and limit
  const doctor = textField({
    id: 'doctor-limit', label: t.t('opt_doctor_limit'), value: values.doctorLimit, inputmode: 'decimal', unit: t.t('opt_doctor_limit_unit'),
    hint: t.t('opt_doctor_limit_hint'),
  }, errors, 'doctorLimit');
  const standard = section('standard', t.t('opt_standard_title'), t.t('opt_standard_intro'),
    group(t.t('opt_standard_legend'), null, ...STANDARD_CHOICES.map((s) =>
      checkControl({ id: `standard-${s.value}`, name: 'standard', value: s.value, label: s.label, hint: s.hint, checked: values.standard === s.value, type: 'radio' }).wrap)),
    doctor.wrap);

  // ---- What you already take, and how to read a label
  const stack = stackView(values.stack, errors, announce, onChange);
  const taken = section('taken', t.t('opt_taken_title'), t.t('opt_taken_intro'), labelHelp(), stack.element);

  // ---- Page notes and stores
  const knownStores = new Set(STORES.map((s) => s.value));
  const otherDisabled = values.disabledStores.filter((s) => !knownStores.has(s));
  const pageNotes = checkControl({
    id: 'page-notes', name: 'page-notes', value: 'yes', label: t.t('opt_page_notes'), checked: values.pageNotes,
    hint: t.t('opt_page_notes_hint'),
  });
  const plainOk = checkControl({
    id: 'notes-plain-ok', name: 'notes-plain-ok', value: 'yes', label: t.t('opt_notes_plain_ok'), checked: notes.plainOk,
    hint: t.t('opt_notes_plain_ok_hint'),
  });
  // Sites where the user said "Don't show notes on this site", in the note itself: untick to see notes there again.
  const offSites = notes.offSites.length
    ? group(t.t('opt_notes_off_sites'), t.t('opt_notes_off_sites_hint'), ...notes.offSites.map((host, i) =>
      checkControl({ id: `notes-off-${i}`, name: 'notes-off-site', value: host, label: host, checked: true }).wrap))
    : null;
  const forget = notes.dismissed.length
    ? checkControl({ id: 'notes-forget-closed', name: 'notes-forget-closed', value: 'yes', label: t.t('opt_notes_forget_closed', t.num(notes.dismissed.length)), checked: false }).wrap
    : null;
  const stores = section('stores', t.t('opt_stores_title'), null, pageNotes.wrap, plainOk.wrap, offSites, forget,
    group(t.t('opt_stores_legend'), t.t('opt_stores_hint'), ...STORES.map((s) =>
      checkControl({ id: `store-${s.value}`, name: 'store', value: s.value, label: s.label, checked: !values.disabledStores.includes(s.value) }).wrap)));

  const sections = [about, health, medicines, standard, taken, stores];
  root.replaceChildren(...sections);
  showPregnancy();

  const read = (): FormValues => ({
    age: age.input.value,
    sex: (checked(root, 'sex')[0] ?? 'unspecified') as Sex,
    // A question not asked has no answer.
    pregnant: !pregnancyGroup.hidden && pregnant.input.checked,
    lactating: !pregnancyGroup.hidden && lactating.input.checked,
    conditions: checked(root, 'condition') as Condition[],
    medications: checked(root, 'medication') as Medication[],
    standard: (checked(root, 'standard')[0] ?? 'us') as Standard,
    doctorLimit: doctor.input.value,
    stack: stack.read(),
    pageNotes: pageNotes.input.checked,
    disabledStores: [...STORES.filter((s) => !checked(root, 'store').includes(s.value)).map((s) => s.value), ...otherDisabled],
  });

  return {
    sections,
    read,
    showErrors(list) {
      errors.clearAll();
      for (const e of list) errors.show(e.key, t.tr(e.message));
    },
    showErrorsForControl(el, list) {
      for (const key of errors.keysFor(el)) errors.show(key, said(list.find((e) => e.key === key)));
    },
    refreshShownErrors(list) {
      for (const key of errors.shownKeys()) errors.show(key, said(list.find((e) => e.key === key)));
    },
    firstInvalid(list) {
      // In page order, not in the order the checks ran.
      const order = errors.keys();
      const first = [...list].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))[0];
      return first ? errors.firstControl(first.key) : undefined;
    },
    appendStack: stack.append,
    readNotePrefs: () => ({
      plainOk: plainOk.input.checked,
      offSites: checked(root, 'notes-off-site'),
      dismissed: checked(root, 'notes-forget-closed').length ? [] : [...notes.dismissed],
    }),
    stackKeys: stack.keys,
    removedStackKeys: () => stack.removed,
    assignStackIds: stack.assignIds,
  };
}
