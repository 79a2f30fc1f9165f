// The two small forms of the popup. Entering the amount from the label starts from what the page
// said (servings a day from its directions, its serving size, in its own words) and says what it
// assumed where the page said nothing. The first-run form asks age and sex, in place, before the
// verdict: two fields and one button.
import type { TabState } from '../core/messages.ts';
import type { Sex } from '../core/profile.ts';
import { readNumber } from '../profile/stack.ts';
import { AGE_MAX, AGE_MIN } from '../profile/form.ts';
import { h } from '../ui/dom.ts';
import type { PopupActions, RenderKit } from './context.ts';
import { quoteBlock } from './reading-view.ts';
import { section } from './sections.ts';

/** The most servings a day and mg per serving the background accepts (src/core/messages.ts). */
const MAX_SERVINGS = 20;
const MAX_MG = 10_000;

function button(label: string, onClick: () => void, cls?: string, id?: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls, id }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Where the form's servings a day come from: the page's directions, the user's entry, or an assumption. */
function startingServings(state: TabState): { value: number; from: 'page' | 'entered' | 'assumed' } {
  if (state.manual) return { value: state.manual.servingsPerDay.max, from: 'entered' };
  const spd = state.reading.servingsPerDay;
  // A range in the directions ("1 to 2 a day") starts at its top: never understate.
  if (spd) return { value: spd.max, from: 'page' };
  return { value: 1, from: 'assumed' };
}

export function manualForm(state: TabState, actions: PopupActions, kit: RenderKit, { first }: { first: boolean }): HTMLElement {
  const { t } = kit;
  const { reading } = state;
  const servings = startingServings(state);
  const mgHint = h('p', { class: 'hint', id: 'manual-mg-hint' });
  const servingQuote = quoteBlock(reading.evidence.filter((e) => e.field === 'serving' || e.field === 'servingSize').map((e) => e.text), true);
  if (servingQuote) mgHint.append(h('span', { class: 'hint-label' }, t.t('popup_manual_serving_on_page')), ' ', servingQuote);
  else if (!first) mgHint.append(t.t('popup_manual_mg_hint'));

  const spdHint = h('p', { class: 'hint', id: 'manual-servings-hint' });
  const directions = quoteBlock(reading.evidence.filter((e) => e.field === 'servingsPerDay' || e.field === 'directions').map((e) => e.text), true);
  if (servings.from === 'page' && directions) {
    spdHint.append(h('span', { class: 'hint-label' }, t.t('popup_manual_servings_from_page')), ' ', directions);
    // Without a serving size on the page, the directions' capsules or tablets were counted one per serving.
    if (!reading.serving) spdHint.append(' ', h('span', { class: 'own-inline' }, t.t('popup_manual_servings_per_unit')));
  }
  else if (servings.from === 'assumed') spdHint.append(h('span', { class: 'own-inline' }, t.t('popup_manual_servings_assumed')));

  const describedBy = (hint: HTMLElement) => (hint.childNodes.length ? `${hint.id} manual-error` : 'manual-error');
  const mg = h('input', { type: 'text', id: 'manual-mg', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': describedBy(mgHint), size: '6' });
  const per = h('input', { type: 'text', id: 'manual-servings', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': describedBy(spdHint), size: '4' });
  per.value = String(servings.value);
  const entered = state.manual?.perServingMg ?? (first ? null : reading.perServingMg);
  if (entered !== null) mg.value = String(entered);

  const error = h('p', { class: 'error', id: 'manual-error', role: 'alert' });
  const form = h('form', { class: 'manual', novalidate: true },
    h('div', { class: 'manual-fields' },
      h('div', { class: 'field' }, h('label', { for: 'manual-mg' }, t.t('popup_manual_mg_label')),
        h('div', { class: 'input-row' }, mg, h('span', { class: 'unit', 'aria-hidden': 'true' }, t.t('popup_unit_mg')))),
      h('div', { class: 'field' }, h('label', { for: 'manual-servings' }, t.t('popup_manual_servings_label')), h('div', { class: 'input-row' }, per))),
    mgHint.childNodes.length || spdHint.childNodes.length
      ? h('div', { class: 'manual-hints' }, mgHint.childNodes.length ? mgHint : null, spdHint.childNodes.length ? spdHint : null) : null,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary' }, t.t('popup_manual_submit')),
      state.manual ? button(t.t('popup_manual_use_page'), actions.clearManual) : null),
    error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const m = readNumber(mg.value);
    const s = readNumber(per.value);
    const fail = (text: string, field: HTMLInputElement) => {
      error.textContent = text;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    mg.removeAttribute('aria-invalid');
    per.removeAttribute('aria-invalid');
    if (!m.ok || m.value <= 0 || m.value > MAX_MG) return fail(t.t('popup_manual_mg_error'), mg);
    if (!s.ok || s.value <= 0 || s.value > MAX_SERVINGS) return fail(t.t('popup_manual_servings_error'), per);
    error.textContent = '';
    actions.manual(m.value, s.value);
  });

  if (first) {
    // The reason above the figures already says to enter the amount: the form needs no heading of its own.
    return h('section', { class: 'enter', 'aria-label': t.t('popup_manual_title') }, form);
  }
  return section('correct', t.t('popup_correct_title'), null, kit.sections, h('p', { class: 'intro' }, t.t('popup_correct_intro')), form);
}

/** First run: nothing saved yet. Age and sex, then the verdict for this person. */
export function firstRunForm(actions: PopupActions, kit: RenderKit): HTMLElement {
  const { t } = kit;
  const age = h('input', { type: 'text', id: 'first-age', inputmode: 'decimal', autocomplete: 'off', size: '3', 'aria-describedby': 'first-error' });
  const sex = h('select', { id: 'first-sex' },
    h('option', { value: 'unspecified' }, t.t('popup_first_sex_choose')),
    h('option', { value: 'female' }, t.t('opt_choice_female')),
    h('option', { value: 'male' }, t.t('opt_choice_male')));
  const error = h('p', { class: 'error', id: 'first-error', role: 'alert' });
  const form = h('form', { class: 'first-run', novalidate: true, 'aria-labelledby': 'first-title' },
    h('h2', { id: 'first-title' }, t.t('popup_first_title')),
    h('div', { class: 'first-fields' },
      h('div', { class: 'field' }, h('label', { for: 'first-age' }, t.t('popup_first_age')), age),
      h('div', { class: 'field' }, h('label', { for: 'first-sex' }, t.t('popup_first_sex')), sex),
      h('button', { type: 'submit', class: 'primary' }, t.t('popup_first_submit'))),
    error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let ageYears: number | null = null;
    if (age.value.trim() !== '') {
      const n = readNumber(age.value);
      if (!n.ok || n.value < AGE_MIN || n.value > AGE_MAX) {
        error.textContent = t.t('popup_first_age_error', t.num(AGE_MIN), t.num(AGE_MAX));
        age.setAttribute('aria-invalid', 'true');
        age.focus();
        return;
      }
      ageYears = n.value;
    }
    actions.saveBasics(ageYears, sex.value as Sex);
  });
  return form;
}
