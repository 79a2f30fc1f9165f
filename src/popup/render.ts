// Renders a tab's state. Pure DOM building from data; no messaging here.
import type { TabState } from '../core/messages.ts';
import type { Reading } from '../core/reading.ts';
import type { SourceId, Warning } from '../core/assessment.ts';
import { SOURCES } from '../data/sources.ts';
import { translator } from '../i18n/index.ts';
import { h } from '../ui/dom.ts';
import { VERDICT_COLOR } from '../ui/verdict.ts';

const t = translator();
const formatMg = (mg: number) => t.mg(mg);
const formatRange = (range: { min: number; max: number }, unit: 'mg' | '' = 'mg') =>
  unit ? t.mg(range) : range.min === range.max ? t.num(range.min) : `${t.num(range.min)}–${t.num(range.max)}`;

export interface PopupActions {
  manual(perServingMg: number, min: number, max: number): void;
  clearManual(): void;
  addToStack(): void;
}

const BASIS_TEXT: Record<string, string> = {
  elemental: 'magnesium, as stated on the label',
  'compound-estimate': 'estimated from the compound weight (highest plausible share)',
  'dv-estimate': 'estimated from the % Daily Value',
};

function evidence(reading: Reading, ...fields: string[]): HTMLElement | null {
  const item = reading.evidence.find((e) => fields.includes(e.field));
  return item ? h('span', { class: 'from' }, 'from the page: ', h('q', {}, item.text)) : null;
}

export function renderError(app: HTMLElement, message: string): void {
  app.replaceChildren(h('h1', {}, 'Dose Guard'), h('p', { class: 'error', role: 'alert' }, message));
}

export function renderNoState(app: HTMLElement, url: string | undefined, scan: () => void): void {
  const web = url === undefined || /^https?:/.test(url);
  app.replaceChildren(
    h('h1', {}, 'Dose Guard'),
    h('p', {}, 'Dose Guard has not read this page.'),
    h('p', { class: 'muted' }, 'It reads supplement product pages on iHerb, Amazon, Vitacost, Walmart and Target by itself. On any other shop, it reads the page only when you ask.'),
    web ? h('div', { class: 'actions-row' }, button('Check this page for magnesium', scan, true)) : h('p', { class: 'muted' }, 'This kind of page cannot be checked.'),
  );
}

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: primary ? 'primary' : undefined }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function renderState(app: HTMLElement, state: TabState, actions: PopupActions): void {
  const { reading, assessment: a } = state;
  const parts: (HTMLElement | null)[] = [h('h1', {}, 'Dose Guard')];

  if (reading.status === 'absent' && !state.manual) {
    parts.push(
      h('div', { class: 'verdict', style: '--accent:#5f6368' }, h('p', { class: 'headline' }, 'No magnesium product found on this page')),
      h('p', { class: 'muted' }, reading.pageKind === 'product'
        ? 'This product\'s label, as shown on the page, lists no magnesium.'
        : 'This does not look like a single product page (a search, category or article page). Open a product to check it.'),
    );
    app.replaceChildren(...parts.filter(Boolean) as HTMLElement[]);
    return;
  }

  if (a) {
    const { verdict } = a;
    parts.push(h('div', { class: 'verdict', style: `--accent:${VERDICT_COLOR[verdict.kind]}`, 'data-level': a.level, 'data-verdict': verdict.kind },
      h('p', { class: 'headline' }, t.tr(verdict.headline)),
      verdict.reason ? h('p', { class: 'reason' }, t.tr(verdict.reason)) : null,
      a.limitMg !== null && a.totalDailyMg
        ? h('p', {}, `${formatRange(a.totalDailyMg)} a day of supplemental magnesium, against a limit of ${formatMg(a.limitMg)}.`)
        : null,
    ));
  }

  if (reading.product.name) parts.push(h('p', { class: 'product' }, reading.product.name, reading.product.brand ? h('span', { class: 'muted' }, ` · ${reading.product.brand}`) : null));
  if (reading.route === 'topical') parts.push(h('p', { class: 'muted' }, 'The page says this is applied to the skin, not swallowed.'));

  // When the page's amount is unreadable, entering it is the one thing to do: it comes first.
  const askFirst = reading.status === 'unreadable' && !state.manual;
  if (askFirst) parts.push(correction(state, actions));
  parts.push(figures(state));
  if (a && a.warnings.length) parts.push(h('h2', {}, 'What to know'), warnings(a.warnings));
  if (!askFirst) parts.push(correction(state, actions));

  const row = h('div', { class: 'actions-row' });
  if (state.inStack) row.append(h('span', { class: 'muted' }, '✓ In your supplements (counted once)'));
  else if (reading.perServingMg !== null || state.manual) row.append(button('I take this', actions.addToStack));
  parts.push(row);
  app.replaceChildren(...parts.filter(Boolean) as HTMLElement[]);
}

function figures(state: TabState): HTMLElement {
  const { reading, assessment: a, manual } = state;
  const dl = h('dl', { class: 'figures' });
  const row = (label: string, value: string, from?: HTMLElement | null) => dl.append(h('dt', {}, label), h('dd', {}, value, from ?? null));

  if (manual) {
    row('Per serving', `${formatMg(manual.perServingMg)} (you entered it)`);
    row('Servings a day', `${formatRange(manual.servingsPerDay, '')} (you entered it)`);
  } else if (reading.perServingMg !== null) {
    row('Per serving', `${formatMg(reading.perServingMg)}, ${BASIS_TEXT[reading.basis ?? 'elemental']}`, evidence(reading, 'perServing', 'amount', 'compound', 'dv'));
    if (reading.serving) row('Serving size', servingText(reading.serving), evidence(reading, 'serving', 'servingSize'));
    row('Servings a day', reading.servingsPerDay ? formatRange(reading.servingsPerDay, '') : 'not stated on the page; 1 assumed',
      evidence(reading, 'servingsPerDay', 'directions'));
  } else {
    row('Per serving', 'not readable from this page', reading.seen ? h('span', { class: 'from' }, 'seen on the page: ', h('q', {}, reading.seen)) : null);
  }
  if (a) {
    if (a.productDailyMg) row('This product a day', formatRange(a.productDailyMg));
    if (a.stackDailyMg > 0) row('Already taking', `${formatMg(a.stackDailyMg)} a day`, h('span', { class: 'from' }, 'from your supplements list'));
    if (a.totalDailyMg) row('Total a day', formatRange(a.totalDailyMg));
    row('Your limit', a.limitMg === null ? 'none set' : `${formatMg(a.limitMg)} a day`, h('span', { class: 'from' }, t.tr(a.limitSource), ' · ', ...sourceLinks(a.limitSources)));
  }
  return dl;
}

function warnings(list: Warning[]): HTMLElement {
  return h('ul', { class: 'warnings' }, ...list.map((w) =>
    h('li', { 'data-severity': w.severity, 'data-id': w.id },
      h('div', { class: 'w-title' }, t.tr(w.title)),
      h('div', {}, t.tr(w.detail)),
      w.sources.length
        ? h('div', { class: 'source' }, t.t(w.sources.length === 1 ? 'src_label_one' : 'src_label_many'), ' ', ...sourceLinks(w.sources))
        : null)));
}

/** Each source by its short name, a link to its publisher where there is one; the full citation on hover. */
function sourceLinks(ids: readonly SourceId[]): (HTMLElement | string)[] {
  return ids.flatMap((id, i) => {
    const source = SOURCES[id];
    const name = t.t(source.name);
    const el = source.url
      ? h('a', { href: source.url, target: '_blank', rel: 'noreferrer noopener', title: source.citation }, name)
      : h('span', { title: source.citation }, name);
    return i === 0 ? [el] : ['; ', el];
  });
}

function correction(state: TabState, actions: PopupActions): HTMLElement {
  const unreadable = state.reading.status === 'unreadable' && !state.manual;
  const form = h('form', { class: 'manual', novalidate: true });
  const mg = h('input', { type: 'number', id: 'manual-mg', min: '0.1', max: '10000', step: 'any', required: true, inputmode: 'decimal' });
  const per = h('input', { type: 'number', id: 'manual-servings', min: '0.25', max: '20', step: 'any', required: true, value: '1', inputmode: 'decimal' });
  if (state.manual) {
    mg.value = String(state.manual.perServingMg);
    per.value = String(state.manual.servingsPerDay.max);
  } else if (state.reading.perServingMg !== null) {
    mg.value = String(state.reading.perServingMg);
    per.value = String(state.reading.servingsPerDay?.max ?? 1);
  }
  const error = h('p', { class: 'error', role: 'alert' });
  form.append(
    h('label', { for: 'manual-mg' }, 'Magnesium per serving (mg)', mg),
    h('label', { for: 'manual-servings' }, 'Servings a day', per),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Use these figures'),
      state.manual ? button('Use the page\'s figures', actions.clearManual) : null),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const m = Number(mg.value);
    const s = Number(per.value);
    if (!(m > 0 && m <= 10_000)) return void (error.textContent = 'Enter the magnesium per serving in mg, as printed on the label (a number above 0).');
    if (!(s > 0 && s <= 20)) return void (error.textContent = 'Enter how many servings you take a day (for example 1 or 2).');
    actions.manual(m, s, s);
  });
  const intro = unreadable
    ? h('p', {}, 'Enter the amount from the label (Supplement Facts, "Magnesium … mg") to check it.')
    : h('p', { class: 'muted' }, 'If the label says otherwise, enter its figures.');
  if (unreadable) return h('section', {}, h('h2', {}, 'Enter the amount'), intro, form);
  return h('details', { open: Boolean(state.manual) }, h('summary', {}, 'Correct the figures'), intro, form);
}

function servingText(serving: { count: number; unit: string }): string {
  const { count, unit } = serving;
  // Units are read in the singular ("capsule"); a label says "2 capsules".
  const plural = count !== 1 && /^[a-z]+$/i.test(unit) && !/s$/i.test(unit) && !['g', 'mg', 'ml', 'oz', 'tsp', 'tbsp'].includes(unit.toLowerCase());
  return `${count} ${plural ? `${unit}s` : unit}`;
}
