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

const t = translator();

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
  if (parsed.protocol !== 'https:') return h('p', { class: 'hint source' }, t.t('opt_stack_added_from', shown));
  return h('p', { class: 'hint source' }, t.t('opt_stack_added_from_link'), ' ', h('a', { href: parsed.href, target: '_blank', rel: 'noreferrer noopener' }, shown));
}

const formatMg = (mg: number) => t.mg(Math.round(mg * 10) / 10);

export function stackView(initial: StackRowValues[], errors: ErrorSlots, announce: (text: string) => void, onChange: () => void): StackView {
  const rows: RowHandle[] = [];
  const removed = new Set<string>();
  const list = h('ol', { class: 'stack', id: 'stack-list' });
  const empty = h('p', { class: 'empty hint', id: 'stack-empty' }, t.t('opt_stack_empty'));
  const total = h('p', { class: 'total', id: 'stack-total', 'aria-live': 'polite' });
  const addButton = h('button', { type: 'button', id: 'stack-add', class: 'secondary' }, t.t('opt_stack_add'));
  const question = h('p', { class: 'hint', id: 'stack-antacid-question' }, t.t('opt_stack_antacid_question'));
  const addMedicine = h('button', { type: 'button', id: 'stack-add-medicine', class: 'secondary', 'aria-describedby': question.id }, t.t('opt_stack_antacid_add'));

  function refresh(): void {
    empty.hidden = rows.length > 0;
    rows.forEach((row, index) => {
      const legend = row.element.querySelector('legend');
      const label = row.name() ? t.t('opt_stack_item_named', t.num(index + 1), row.name()) : t.t('opt_stack_item', t.num(index + 1));
      if (legend) legend.textContent = label;
      // Several "Remove" buttons: each says which item it removes (the visible word comes first).
      row.element.querySelector('button.remove')?.setAttribute('aria-label', t.t('opt_stack_remove_named', row.name() || t.t('opt_stack_item', t.num(index + 1))));
    });
    const daily = rows.map((r) => ({ dailyMg: rowDailyMg(r.read()) ?? 0, medicine: r.read().medicine }));
    const sum = stackTotal(daily);
    const incomplete = rows.some((r) => rowDailyMg(r.read()) === null);
    const line = sum.medicinesMg > 0
      ? t.t('opt_stack_total_split', formatMg(sum.totalMg), formatMg(sum.supplementsMg), formatMg(sum.medicinesMg))
      : t.t('opt_stack_total', formatMg(sum.totalMg));
    total.textContent = incomplete ? `${line} ${t.t('opt_stack_total_incomplete')}` : line;
  }

  function makeRow(values: StackRowValues): RowHandle {
    const base = `stack-${values.key.replace(/[^\w-]/g, '_')}`;
    const key = (field: string) => `stack.${values.key}.${field}`;
    const name = textField({ id: `${base}-name`, label: t.t('opt_stack_name'), value: values.name, inputmode: 'text', size: 'long' }, errors, key('name'));
    // How the label gives the amount: two choices as radio buttons (a menu cut its longer choice off).
    const modeName = `${base}-mode`;
    const byDay = checkControl({ id: `${base}-mode-day`, name: modeName, value: 'day', label: t.t('opt_stack_mode_day'), checked: values.mode === 'day', type: 'radio' });
    const byServing = checkControl({ id: `${base}-mode-serving`, name: modeName, value: 'serving', label: t.t('opt_stack_mode_serving'), hint: t.t('opt_stack_mode_serving_hint'), checked: values.mode === 'serving', type: 'radio' });
    const modeField = h('fieldset', { class: 'group mode' }, h('legend', {}, t.t('opt_stack_mode')), byDay.wrap, byServing.wrap);
    const mode = () => (byServing.input.checked ? 'serving' : 'day');
    const perDay = textField({ id: `${base}-mg`, label: t.t('opt_stack_mg_day'), value: values.mgPerDay, inputmode: 'decimal', unit: t.t('opt_unit_mg') }, errors, key('mgPerDay'));
    const perServing = textField({ id: `${base}-per-serving`, label: t.t('opt_stack_mg_serving'), value: values.mgPerServing, inputmode: 'decimal', unit: t.t('opt_unit_mg'), hint: t.t('opt_stack_mg_serving_hint') }, errors, key('mgPerServing'));
    const size = textField({ id: `${base}-units-serving`, label: t.t('opt_stack_units_serving'), value: values.unitsPerServing, inputmode: 'decimal', hint: t.t('opt_stack_units_serving_hint') }, errors, key('unitsPerServing'));
    const taken = textField({ id: `${base}-units-day`, label: t.t('opt_stack_units_day'), value: values.unitsPerDay, inputmode: 'decimal', hint: t.t('opt_stack_units_day_hint') }, errors, key('unitsPerDay'));
    const daily = h('p', { class: 'daily', id: `${base}-daily`, 'aria-live': 'polite' });
    const medicine = checkControl({
      id: `${base}-medicine`, name: `${base}-medicine`, value: 'yes', label: t.t('opt_stack_medicine'), checked: values.medicine,
    });
    const remove = h('button', { type: 'button', class: 'remove secondary', id: `${base}-remove` }, t.t('opt_stack_remove'));

    const read = (): StackRowValues => ({
      ...values,
      name: name.input.value,
      mode: mode(),
      mgPerDay: perDay.input.value,
      mgPerServing: perServing.input.value,
      unitsPerServing: size.input.value,
      unitsPerDay: taken.input.value,
      medicine: medicine.input.checked,
    });
    const showMode = () => {
      const serving = mode() === 'serving';
      perDay.wrap.hidden = serving;
      perServing.wrap.hidden = !serving;
      size.wrap.hidden = !serving;
      taken.wrap.hidden = !serving;
      daily.hidden = !serving;
      if (serving) {
        const mg = rowDailyMg(read());
        daily.textContent = mg === null ? t.t('opt_stack_daily_unknown') : t.t('opt_stack_daily', formatMg(mg));
      }
    };
    const onModeChange = () => {
      // Carry the amount across so switching does not lose what was typed.
      if (mode() === 'serving' && perServing.input.value === '' && perDay.input.value !== '') {
        perServing.input.value = perDay.input.value;
        size.input.value = '1';
        taken.input.value = '1';
      } else if (mode() === 'day' && perDay.input.value === '') {
        const mg = rowDailyMg({ ...read(), mode: 'serving' });
        if (mg !== null) perDay.input.value = String(mg);
      }
    };

    const element = h('li', { class: 'stack-row', 'data-key': values.key },
      h('fieldset', {},
        h('legend', {}, t.t('opt_stack_item', t.num(rows.length + 1))),
        h('div', { class: 'row-grid' }, name.wrap, modeField, perDay.wrap, perServing.wrap, size.wrap, taken.wrap, daily),
        h('div', { class: 'row-foot' }, medicine.wrap, remove),
        sourceLink(values.url)));
    element.addEventListener('input', () => {
      showMode();
      refresh();
      onChange();
    });
    element.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name !== modeName) return;
      onModeChange();
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
      const label = handle.name() || t.t('opt_stack_item', t.num(index + 1));
      refresh();
      onChange();
      announce(t.t('opt_stack_removed', label));
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
