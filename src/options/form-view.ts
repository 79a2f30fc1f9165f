// The profile form: six sections built from FormValues, read back into FormValues. Validation
// rules and messages are in src/profile/form.ts; this file only places them beside the fields.
import type { Condition, Medication, Sex, Standard } from '../core/profile.ts';
import type { FieldError, FormValues, StackRowValues } from '../profile/form.ts';
import { h } from '../ui/dom.ts';
import { CONDITION_CHOICES, MEDICATION_CHOICES, SEXES, STANDARD_CHOICES, STORES } from './choices.ts';
import { ErrorSlots, checkControl, errorElement, group, section, textField } from './fields.ts';
import { stackView } from './stack-view.ts';

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
}

function checked(form: HTMLElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

export function formView(values: FormValues, root: HTMLElement, announce: (t: string) => void, onChange: () => void): FormView {
  const errors = new ErrorSlots();

  // ---- About you
  const age = textField({
    id: 'age', label: 'Age', value: values.age, inputmode: 'decimal', unit: 'years', autocomplete: 'off',
    hint: 'Limits differ for children. Leave it empty if you prefer: the adult limit is then used.',
  }, errors, 'age');
  const sexGroup = group('Sex', null, ...SEXES.map((s) =>
    checkControl({ id: `sex-${s.value}`, name: 'sex', value: s.value, label: s.label, checked: values.sex === s.value, type: 'radio' }).wrap));
  const pregnancyError = errorElement('pregnancy-error');
  const pregnant = checkControl({ id: 'pregnant', name: 'pregnant', value: 'yes', label: 'I am pregnant', checked: values.pregnant, describedBy: 'pregnancy-error' });
  const lactating = checkControl({ id: 'lactating', name: 'lactating', value: 'yes', label: 'I am breastfeeding', checked: values.lactating, describedBy: 'pregnancy-error' });
  errors.add('pregnancy', { controls: [pregnant.input, lactating.input], element: pregnancyError });
  const pregnancyGroup = group('Pregnancy', null, pregnant.wrap, lactating.wrap, pregnancyError);
  const about = section('about', 'About you', null, age.wrap, h('div', { class: 'pair' }, sexGroup, pregnancyGroup));

  // ---- Health
  const health = section('health', 'Health', 'Tick any that apply. They change the warnings you see, not the limit.',
    group('Conditions', null, ...CONDITION_CHOICES.map((c) =>
      checkControl({ id: `condition-${c.value}`, name: 'condition', value: c.value, label: c.label, hint: c.hint, checked: values.conditions.includes(c.value) }).wrap)));

  // ---- Medicines
  const medicines = section('medicines', 'Medicines', 'Medicines that magnesium affects, or that affect magnesium. Tick the kinds you take; the examples are common names.',
    group('Medicines you take', null, ...MEDICATION_CHOICES.map((m) =>
      checkControl({ id: `medication-${m.value}`, name: 'medication', value: m.value, label: m.label, hint: m.hint, checked: values.medications.includes(m.value) }).wrap)));

  // ---- Standard and limit
  const doctor = textField({
    id: 'doctor-limit', label: 'Limit set by your doctor (optional)', value: values.doctorLimit, inputmode: 'decimal', unit: 'mg a day',
    hint: 'Magnesium from supplements and medicines per day. When given, it replaces the standard’s limit.',
  }, errors, 'doctorLimit');
  const standard = section('standard', 'Standard and limit', 'The upper limit counts magnesium from supplements and medicines only, not from food.',
    group('Standard for the daily limit', null, ...STANDARD_CHOICES.map((s) =>
      checkControl({ id: `standard-${s.value}`, name: 'standard', value: s.value, label: s.label, hint: s.hint, checked: values.standard === s.value, type: 'radio' }).wrap)),
    doctor.wrap);

  // ---- What you already take
  const stack = stackView(values.stack, errors, announce, onChange);
  const taken = section('taken', 'What you already take', 'Supplements and medicines with magnesium that you take every day. Product pages are checked with these added on top.', stack.element);

  // ---- Page notes and stores
  const knownStores = new Set(STORES.map((s) => s.value));
  const otherDisabled = values.disabledStores.filter((s) => !knownStores.has(s));
  const pageNotes = checkControl({
    id: 'page-notes', name: 'page-notes', value: 'yes', label: 'Show a small note on product pages', checked: values.pageNotes,
    hint: 'The toolbar badge and the popup always show the result.',
  });
  const stores = section('stores', 'Page notes and stores', null, pageNotes.wrap,
    group('Check product pages on these stores', 'Untick a store to keep Dose Guard off its pages.', ...STORES.map((s) =>
      checkControl({ id: `store-${s.value}`, name: 'store', value: s.value, label: s.label, checked: !values.disabledStores.includes(s.value) }).wrap)));

  const sections = [about, health, medicines, standard, taken, stores];
  root.replaceChildren(...sections);

  const read = (): FormValues => ({
    age: age.input.value,
    sex: (checked(root, 'sex')[0] ?? 'unspecified') as Sex,
    pregnant: pregnant.input.checked,
    lactating: lactating.input.checked,
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
      for (const e of list) errors.show(e.key, e.message);
    },
    showErrorsForControl(el, list) {
      for (const key of errors.keysFor(el)) errors.show(key, list.find((e) => e.key === key)?.message ?? null);
    },
    refreshShownErrors(list) {
      for (const key of errors.shownKeys()) errors.show(key, list.find((e) => e.key === key)?.message ?? null);
    },
    firstInvalid(list) {
      // In page order, not in the order the checks ran.
      const order = errors.keys();
      const first = [...list].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))[0];
      return first ? errors.firstControl(first.key) : undefined;
    },
    appendStack: stack.append,
    stackKeys: stack.keys,
    removedStackKeys: () => stack.removed,
    assignStackIds: stack.assignIds,
  };
}
