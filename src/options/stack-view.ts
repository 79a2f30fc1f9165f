// "What you already take": one row per supplement or medicine with magnesium, each with its
// name, its amount (per day, or per serving x servings per day), whether it is a medicine, and a
// Remove button; the daily total underneath. Antacids and laxatives with magnesium count toward the
// same limit, and people seldom think of them as "magnesium": the list asks about them by name and
// offers a row already marked as a medicine. The arithmetic is in src/profile/stack.ts.
import { emptyRow, rowDailyMg, type StackRowValues } from '../profile/form.ts';
import { stackTotal } from '../profile/stack.ts';
import { translator } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { ErrorSlots, checkControl, textField } from './fields.ts';

export interface StackView {
  element: HTMLElement;
  read(): StackRowValues[];
  /** appends rows (e.g. items added from a store page while the form was being edited) */
  append(rows: StackRowValues[]): void;
  keys(): Set<string>;
  /** keys of rows the user removed on this page (not saved yet or saved) */
  removed: Set<string>;
  /** after a save: give rows that had no id the id they were saved with */
  assignIds(ids: Array<string | undefined>): void;
}

interface RowHandle {
  values: StackRowValues;
  element: HTMLLIElement;
  read(): StackRowValues;
  focus(): void;
  name(): string;
}

/** Shows the page address an item came from, as plain text in a link (https only). */
function sourceLink(url: string | null | undefined): HTMLElement | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const shown = `${parsed.host}${parsed.pathname}`.slice(0, 80);
  if (parsed.protocol !== 'https:') return h('p', { class: 'hint source' }, `Added from ${shown}`);
  return h('p', { class: 'hint source' }, 'Added from ', h('a', { href: parsed.href, target: '_blank', rel: 'noreferrer noopener' }, shown));
}

const t = translator();
const formatMg = (mg: number) => t.mg(Math.round(mg * 10) / 10);

export function stackView(initial: StackRowValues[], errors: ErrorSlots, announce: (text: string) => void, onChange: () => void): StackView {
  const rows: RowHandle[] = [];
  const removed = new Set<string>();
  const list = h('ol', { class: 'stack', id: 'stack-list' });
  const empty = h('p', { class: 'empty hint', id: 'stack-empty' }, 'Nothing yet. Add the supplements and medicines with magnesium that you take, or use “I take this” in the Dose Guard popup on a product page.');
  const total = h('p', { class: 'total', id: 'stack-total', 'aria-live': 'polite' });
  const addButton = h('button', { type: 'button', id: 'stack-add', class: 'secondary' }, 'Add a supplement or medicine');
  const question = h('p', { class: 'hint', id: 'stack-antacid-question' }, t.t('opt_stack_antacid_question'));
  const addMedicine = h('button', { type: 'button', id: 'stack-add-medicine', class: 'secondary', 'aria-describedby': question.id }, t.t('opt_stack_antacid_add'));

  function refresh(): void {
    empty.hidden = rows.length > 0;
    rows.forEach((row, index) => {
      const legend = row.element.querySelector('legend');
      const label = `Item ${index + 1}${row.name() ? `: ${row.name()}` : ''}`;
      if (legend) legend.textContent = label;
      // Several "Remove" buttons: each says which item it removes (the visible word comes first).
      row.element.querySelector('button.remove')?.setAttribute('aria-label', `Remove ${row.name() || `item ${index + 1}`}`);
    });
    const daily = rows.map((r) => ({ dailyMg: rowDailyMg(r.read()) ?? 0, medicine: r.read().medicine }));
    const sum = stackTotal(daily);
    const incomplete = rows.some((r) => rowDailyMg(r.read()) === null);
    if (rows.length === 0) total.textContent = 'Total: 0 mg of magnesium a day.';
    else {
      const parts = sum.medicinesMg > 0 ? ` (supplements ${formatMg(sum.supplementsMg)}, medicines ${formatMg(sum.medicinesMg)})` : '';
      total.textContent = `Total: ${formatMg(sum.totalMg)} of magnesium a day${parts}.${incomplete ? ' Items without a valid amount are not counted.' : ''}`;
    }
  }

  function makeRow(values: StackRowValues): RowHandle {
    const base = `stack-${values.key.replace(/[^\w-]/g, '_')}`;
    const key = (field: string) => `stack.${values.key}.${field}`;
    const name = textField({ id: `${base}-name`, label: 'Name', value: values.name, inputmode: 'text', size: 'long' }, errors, key('name'));
    const mode = h('select', { id: `${base}-mode`, name: `${base}-mode` },
      h('option', { value: 'day' }, 'mg per day'),
      h('option', { value: 'serving' }, 'mg per serving × servings per day'));
    mode.value = values.mode;
    const modeField = h('div', { class: 'field' }, h('label', { for: mode.id }, 'Amount given as'), h('div', { class: 'input-row' }, mode));
    const perDay = textField({ id: `${base}-mg`, label: 'Magnesium per day', value: values.mgPerDay, inputmode: 'decimal', unit: 'mg' }, errors, key('mgPerDay'));
    const perServing = textField({ id: `${base}-per-serving`, label: 'Magnesium per serving', value: values.mgPerServing, inputmode: 'decimal', unit: 'mg' }, errors, key('mgPerServing'));
    const servings = textField({ id: `${base}-servings`, label: 'Servings per day', value: values.servingsPerDay, inputmode: 'decimal' }, errors, key('servingsPerDay'));
    const daily = h('p', { class: 'daily', id: `${base}-daily` });
    const medicine = checkControl({
      id: `${base}-medicine`, name: `${base}-medicine`, value: 'yes', label: 'This is a medicine (an antacid or laxative)', checked: values.medicine,
    });
    const remove = h('button', { type: 'button', class: 'remove secondary', id: `${base}-remove` }, 'Remove');

    const read = (): StackRowValues => ({
      ...values,
      name: name.input.value,
      mode: mode.value === 'serving' ? 'serving' : 'day',
      mgPerDay: perDay.input.value,
      mgPerServing: perServing.input.value,
      servingsPerDay: servings.input.value,
      medicine: medicine.input.checked,
    });
    const showMode = () => {
      const serving = mode.value === 'serving';
      perDay.wrap.hidden = serving;
      perServing.wrap.hidden = !serving;
      servings.wrap.hidden = !serving;
      daily.hidden = !serving;
      if (serving) {
        const mg = rowDailyMg(read());
        daily.textContent = mg === null ? '= … mg a day' : `= ${formatMg(mg)} a day`;
      }
    };

    const element = h('li', { class: 'stack-row', 'data-key': values.key },
      h('fieldset', {},
        h('legend', {}, 'Item'),
        h('div', { class: 'row-grid' }, name.wrap, modeField, perDay.wrap, perServing.wrap, servings.wrap, daily),
        h('div', { class: 'row-foot' }, medicine.wrap, remove),
        sourceLink(values.url)));
    element.addEventListener('input', () => {
      showMode();
      refresh();
      onChange();
    });
    mode.addEventListener('change', () => {
      // Carry the amount across so switching does not lose what was typed.
      if (mode.value === 'serving' && perServing.input.value === '' && perDay.input.value !== '') {
        perServing.input.value = perDay.input.value;
        servings.input.value = '1';
      } else if (mode.value === 'day' && perDay.input.value === '') {
        const mg = rowDailyMg({ ...read(), mode: 'serving' });
        if (mg !== null) perDay.input.value = String(mg);
      }
      showMode();
      refresh();
      onChange();
    });
    const handle: RowHandle = { values, element, read, focus: () => name.input.focus(), name: () => name.input.value.trim() };
    remove.addEventListener('click', () => {
      const index = rows.indexOf(handle);
      rows.splice(index, 1);
      removed.add(values.key);
      element.remove();
      errors.removeWhere(`stack.${values.key}.`);
      const label = handle.name() || `item ${index + 1}`;
      refresh();
      onChange();
      announce(`Removed ${label}. Press Save to keep this change.`);
      (rows[index] ?? rows[index - 1])?.focus();
      if (!rows.length) addButton.focus();
    });
    showMode();
    return handle;
  }

  function append(values: StackRowValues[]): void {
    for (const v of values) {
      const row = makeRow(v);
      rows.push(row);
      list.append(row.element);
    }
    refresh();
  }

  const addRow = (values: StackRowValues) => {
    append([values]);
    rows[rows.length - 1]?.focus();
    onChange();
  };
  addButton.addEventListener('click', () => addRow(emptyRow()));
  addMedicine.addEventListener('click', () => addRow({ ...emptyRow(), medicine: true }));

  append(initial);
  const element = h('div', { class: 'stack-wrap' }, question, empty, list, h('div', { class: 'stack-foot' }, h('div', { class: 'stack-add' }, addButton, addMedicine), total));
  return {
    element,
    read: () => rows.map((r) => r.read()),
    append,
    keys: () => new Set(rows.map((r) => r.values.key)),
    removed,
    assignIds(ids) {
      rows.forEach((row, i) => {
        if (!row.values.id && ids[i]) row.values.id = ids[i];
      });
    },
  };
}
