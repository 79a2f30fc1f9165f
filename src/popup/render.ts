// The popup in one screen: the product, the answer (verdict, reason, the figures that add up) and
// the one action that matters, then sections one tap away (how the page was read, what to know,
// learn more, correct the figures, sources). Pure DOM building from data; no messaging here.
import type { Assessment } from '../core/assessment.ts';
import type { Translator } from '../i18n/format.ts';
import { h } from '../ui/dom.ts';
import type { PopupActions, PopupModel, RenderKit } from './context.ts';
import { firstRunForm, manualForm } from './forms.ts';
import { notesSections } from './notes-view.ts';
import { readingSection } from './reading-view.ts';
import { sourcesSection } from './sources-view.ts';
import { verdictCard } from './verdict-card.ts';

export function renderError(app: HTMLElement, message: string, t: Translator): void {
  app.replaceChildren(h('section', { class: 'plain' }, h('h2', {}, t.t('popup_error_title')), h('p', { class: 'error', role: 'alert' }, message)));
}

export function renderNoState(app: HTMLElement, url: string | undefined, scan: () => void, t: Translator): void {
  const web = url === undefined || /^https?:/.test(url);
  const check = h('button', { type: 'button', class: 'primary', id: 'check-page' }, t.t('popup_not_read_check'));
  check.addEventListener('click', scan);
  app.replaceChildren(h('section', { class: 'plain' },
    h('h2', {}, t.t('popup_not_read_title')),
    h('p', { class: 'muted' }, t.t('popup_not_read_stores')),
    web ? h('div', { class: 'action' }, check) : h('p', { class: 'muted' }, t.t('popup_not_read_cannot'))));
}

function productLine(model: PopupModel): HTMLElement | null {
  const { name, brand } = model.state.reading.product;
  if (!name) return null;
  const showBrand = brand && !name.toLowerCase().includes(brand.toLowerCase());
  return h('p', { class: 'product', title: name }, name, showBrand ? h('span', { class: 'brand' }, ` · ${brand}`) : null);
}

function absentCard(model: PopupModel, t: Translator): HTMLElement {
  const product = model.state.reading.pageKind === 'product';
  return h('section', { class: 'plain absent' },
    h('h2', {}, t.t('verdict_absent')),
    h('p', { class: 'muted' }, t.t(product ? 'popup_absent_product' : 'popup_absent_not_product')));
}

/** The one thing to do for this answer. */
function mainAction(model: PopupModel, a: Assessment, actions: PopupActions, kit: RenderKit): HTMLElement | null {
  const { t } = kit;
  const { state } = model;
  const kind = a.verdict.kind;
  if (kind === 'unknown' && !state.manual && !state.inStack) return manualForm(state, actions, kit, { first: true });
  const row = h('div', { class: 'action' });
  if (kind === 'check-profile') {
    const link = h('a', { href: '#', class: 'button primary', id: 'open-profile' }, t.t('popup_open_profile'));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      actions.openOptions();
    });
    row.append(link);
  }
  const known = state.reading.perServingMg !== null || state.manual !== null;
  if (state.inStack) {
    row.append(h('p', { class: 'in-list' }, h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓ '), t.t(model.justAdded ? 'popup_added' : 'popup_in_list')));
    const undo = h('button', { type: 'button', id: 'remove-from-list' }, t.t(model.justAdded ? 'popup_undo' : 'popup_remove'));
    undo.addEventListener('click', actions.removeFromStack);
    row.append(undo);
  } else if (known) {
    // "I take this" leads only where the answer is calm; beside a warning it is one choice among others.
    const lead = ['within', 'within-assumed', 'near'].includes(kind) && !row.children.length && !model.firstRun;
    const take = h('button', { type: 'button', id: 'take-this', class: lead ? 'primary' : undefined }, t.t('popup_take_this'));
    take.addEventListener('click', actions.addToStack);
    row.append(take);
    if (model.status) row.append(h('p', { class: 'status-inline' }, model.status));
  }
  return row.children.length ? row : null;
}

export function renderState(app: HTMLElement, model: PopupModel, actions: PopupActions, kit: RenderKit): void {
  const { state } = model;
  const a = state.assessment;
  const parts: (HTMLElement | null)[] = [productLine(model)];

  if (!a || (state.reading.status === 'absent' && !state.manual)) {
    parts.push(absentCard(model, kit.t));
    app.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    return;
  }

  if (model.firstRun) parts.push(firstRunForm(actions, kit));
  parts.push(verdictCard(model, a, kit));
  const action = mainAction(model, a, actions, kit);
  parts.push(action);
  const askedAmount = action?.classList.contains('enter') ?? false;

  parts.push(h('div', { class: 'sections' },
    readingSection(state, kit),
    ...notesSections(a, kit, model.firstRun, actions),
    askedAmount ? null : manualForm(state, actions, kit, { first: false }),
    // Last, once every mark above has its number.
    sourcesSection(kit.refs, kit.t, kit.sections)));
  app.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}
