// The answer: the verdict's headline, the reason for any answer that is not plain (first, right
// under the headline), and the figures that decide it, which always add up on screen: this
// product a day + what the user already takes = the total, against the limit.
import type { Assessment } from '../core/assessment.ts';
import type { NumRange } from '../core/message.ts';
import { h } from '../ui/dom.ts';
import { termButton, withTerms } from '../ui/term.ts';
import { VERDICT_COLOR } from '../ui/verdict.ts';
import type { PopupModel, RenderKit } from './context.ts';
import { figuresFor, type Figures } from './figures.ts';
import { openForNow, section } from './sections.ts';

export function verdictCard(model: PopupModel, a: Assessment, kit: RenderKit): HTMLElement {
  const { t } = kit;
  const { verdict } = a;
  const explained = new Set<string>();
  // (a first run is never a sure green: with no age the verdict itself is "within on an assumption")
  const accent = VERDICT_COLOR[verdict.kind];
  const figures = figuresFor(a, model.profile.stack, model.entry);
  return h('section', {
    class: 'verdict', style: `--accent:${accent}`, 'aria-labelledby': 'headline',
    'data-level': a.level, 'data-verdict': verdict.kind,
  },
  h('div', { class: 'verdict-head' },
    h('span', { class: 'chip', 'aria-hidden': 'true' }, t.tr(verdict.badge)),
    h('h2', { class: 'headline', id: 'headline' }, t.tr(verdict.headline))),
  // (said once: a verdict within the adult limit already gives the assumed adult as its reason)
  model.firstRun && verdict.reason?.key !== 'verdict_reason_age_assumed' ? h('p', { class: 'assumed-adult' }, t.t('popup_first_run_assumes_adult')) : null,
  verdict.reason ? h('p', { class: 'reason' }, ...withTerms(t.tr(verdict.reason), kit.terms, explained)) : null,
  figureList(model, a, figures, kit, explained),
  METER_KINDS.has(verdict.kind) ? meter(figures) : null);
}

/** Answers the total-against-limit drawing fits: where the limit is the one that applies. */
const METER_KINDS = new Set(['over', 'near', 'within', 'within-assumed']);

const perDay = (kit: RenderKit, amount: number | NumRange) => kit.t.t('popup_per_day', kit.t.mg(amount));

function figureList(model: PopupModel, a: Assessment, f: Figures, kit: RenderKit, explained: Set<string>): HTMLElement {
  const { t } = kit;
  const { state } = model;
  const dl = h('dl', { class: 'figures' });
  const row = (cls: string, op: string, label: Node | string, value: Node | string, note: Node | null = null, wide: Node | null = null) =>
    dl.append(h('div', { class: `fig fig-${cls}` },
      h('dt', {}, op ? h('span', { class: 'op', 'aria-hidden': 'true' }, op) : h('span', { class: 'op' }), label),
      h('dd', {}, h('span', { class: 'value' }, value), note),
      wide ? h('dd', { class: 'wide' }, wide) : null));

  // This product a day
  // (An assumed serving a day is the reason right above, when it is what the answer rests on.)
  const productNote = state.manual ? t.t('popup_fig_product_entered') : model.entry ? t.t('popup_fig_product_in_list') : null;
  row('product', '', t.t('popup_fig_product'), f.product ? perDay(kit, f.product) : t.t('popup_fig_not_known'),
    productNote ? h('span', { class: 'note' }, productNote) : null);

  // + what the user already takes; their list by name one tap away (open at once after "I take
  // this", so the product is seen in it), this product's entry marked as counted above
  const taken = f.items.length
    ? section('taking', t.t('popup_taking_show'), null, kit.sections,
      h('ul', { class: 'taken' }, ...f.items.map((item) =>
        h('li', { class: item.isThis ? 'this' : undefined },
          h('span', { class: 'name' }, item.name), ' ',
          h('span', { class: 'mg' }, item.isThis ? t.t('popup_taking_this_product') : perDay(kit, item.dailyMg))))))
    : null;
  if (taken) {
    taken.classList.add('inline');
    if (model.justAdded) openForNow(taken as HTMLDetailsElement);
  }
  row('taking', '+', t.t('popup_fig_taking'), perDay(kit, f.others), taken);

  // = the total, and how far it is from the limit
  // "Under" only beside a plain answer: beside "ask your doctor" or "check your profile" it would
  // read as reassurance the verdict does not give.
  const plain = a.verdict.kind === 'within' || a.verdict.kind === 'near';
  const gap = f.overBy !== null ? h('span', { class: 'gap over' }, t.t('popup_over_by', t.mg(f.overBy)))
    : f.underBy !== null && plain && !model.firstRun ? h('span', { class: 'gap under' }, t.t('popup_under_by', t.mg(f.underBy))) : null;
  const total = f.total ? perDay(kit, f.total)
    : f.others > 0 ? t.t('popup_total_at_least', perDay(kit, f.others)) : t.t('popup_fig_not_known');
  row('total', '=', t.t('popup_fig_total'), total, gap);

  // the limit, what it is, and its sources
  const doctor = a.limitSource.key === 'rules_limit_doctor';
  const label = doctor ? t.t('popup_fig_limit_doctor') : termButton(t.t('popup_fig_limit'), t.t('popup_term_ul_tip'), 'ul');
  if (!doctor) explained.add('ul');
  row('limit', '', label, a.limitMg === null ? t.t('popup_fig_limit_none') : perDay(kit, a.limitMg), null,
    h('span', {}, ...withTerms(t.tr(a.limitSource), kit.terms, explained), kit.refs.marks(a.limitSources)));
  return dl;
}

/** The total drawn against the limit (the figures say it in words; this is for the eye). */
function meter(f: Figures): HTMLElement | null {
  if (!f.total || f.limit === null || f.limit <= 0) return null;
  const scale = Math.max(f.limit * 1.25, f.total.max);
  const pct = (n: number) => `${Math.min(100, (n / scale) * 100).toFixed(1)}%`;
  return h('div', { class: 'meter', 'aria-hidden': 'true' },
    h('span', { class: 'fill', style: `width:${pct(f.total.max)}` }),
    f.total.min !== f.total.max ? h('span', { class: 'fill-min', style: `width:${pct(f.total.min)}` }) : null,
    h('span', { class: 'limit', style: `left:${pct(f.limit)}` }));
}
