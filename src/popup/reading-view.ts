// "How Dose Guard read this page": for each figure, the page's own words it came from, shown as
// quotes and nothing but the page's words; then, apart and marked as such, what Dose Guard
// worked out or assumed, in its own words.
import type { Evidence, Reading } from '../core/reading.ts';
import type { TabState } from '../core/messages.ts';
import { h } from '../ui/dom.ts';
import { quotePieces } from '../ui/quotes.ts';
import { withTerms } from '../ui/term.ts';
import type { RenderKit } from './context.ts';
import { section } from './sections.ts';

/** Which evidence backs which figure (Evidence.field). */
const FIELDS = {
  perServing: ['perServing', 'amount', 'compound', 'dv'],
  serving: ['serving', 'servingSize'],
  servingsPerDay: ['servingsPerDay', 'directions'],
  seen: ['seen'],
} as const;

const BASIS_KEY = {
  elemental: 'popup_basis_elemental',
  'compound-estimate': 'popup_basis_compound',
  'dv-estimate': 'popup_basis_dv',
} as const;

/** The page's words, each verbatim piece a quote: a block per evidence, or inline in a sentence. */
export function quoteBlock(texts: readonly string[], inline = false): HTMLElement | null {
  const pieces = texts.map(quotePieces).filter((p) => p.length);
  if (!pieces.length) return null;
  const quote = (p: string[]) => h(inline ? 'span' : 'blockquote', { class: inline ? 'quote-inline' : 'quote' }, ...p.flatMap((piece, i) => [i ? ' ' : '', h('q', {}, piece)]));
  return h(inline ? 'span' : 'div', { class: inline ? 'quotes-inline' : 'quotes' }, ...pieces.flatMap((p, i) => [i ? ' ' : '', quote(p)]));
}

function quotesFor(reading: Reading, fields: readonly string[]): string[] {
  return reading.evidence.filter((e: Evidence) => fields.includes(e.field)).map((e) => e.text);
}

export function readingSection(state: TabState, kit: RenderKit): HTMLElement | null {
  const { t } = kit;
  const { reading, manual } = state;
  if (reading.status === 'absent' && !manual) return null;
  const explained = new Set<string>();
  const rows = h('dl', { class: 'read' });
  const row = (label: string, value: (Node | string)[] | null, quotes: HTMLElement | null) => {
    if (!value && !quotes) return;
    rows.append(h('div', { class: 'read-row' }, h('dt', {}, label), h('dd', {}, value ? h('span', { class: 'value' }, ...value) : null, quotes)));
  };
  const own: string[] = [];

  if (manual) {
    row(t.t('popup_read_per_serving'), [t.mg(manual.perServingMg)], null);
    row(t.t('popup_read_servings'), [t.num(manual.servingsPerDay.max)], null);
    own.push(t.t('popup_own_entered'));
  } else {
    const amount = reading.perServingMg !== null
      ? withTerms(t.t(BASIS_KEY[reading.basis ?? 'elemental'], t.mg(reading.perServingMg)), kit.terms, explained)
      : [t.t('popup_fig_not_known')];
    row(t.t('popup_read_per_serving'), amount, quoteBlock(quotesFor(reading, FIELDS.perServing)));
    if (reading.disagreement) {
      row(t.t('popup_read_also_says'), [t.mg(reading.disagreement.otherMg)], quoteBlock([reading.disagreement.quote]));
    }
    row(t.t('popup_read_serving'), null, quoteBlock(quotesFor(reading, FIELDS.serving)));
    const spd = reading.servingsPerDay;
    row(t.t('popup_read_servings'), spd ? [spd.min === spd.max ? t.num(spd.min) : t.t('popup_range', t.num(spd.min), t.num(spd.max))] : null,
      quoteBlock(quotesFor(reading, FIELDS.servingsPerDay)));
    if (reading.status === 'unreadable') row(t.t('popup_read_seen'), null, quoteBlock(quotesFor(reading, FIELDS.seen)));

    if (reading.perServingMg !== null && spd && reading.dailyMg) {
      const servings = spd.min === spd.max ? t.num(spd.min) : t.t('popup_range', t.num(spd.min), t.num(spd.max));
      own.push(t.t('popup_own_worked_daily', t.mg(reading.perServingMg), servings, t.mg(reading.dailyMg)));
    }
    if (reading.perServingMg !== null && !spd) own.push(t.t('popup_own_one_serving'));
    for (const assumption of reading.assumptions) own.push(t.tr(assumption));
  }

  const ownBlock = own.length
    ? h('div', { class: 'own' },
      h('p', { class: 'own-label' }, t.t('popup_own_label')),
      h('ul', {}, ...own.map((line) => h('li', {}, ...withTerms(line, kit.terms, explained)))))
    : null;
  return section('reading', t.t('popup_read_title'), null, kit.sections,
    rows.children.length ? rows : null,
    ownBlock);
}
