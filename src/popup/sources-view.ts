// Sources, each printed once: a figure or a warning carries small numbered marks, and the Sources
// section lists every source once by its plain name, as a link to its publisher where it has one.
// A link opens in a new tab when the user clicks it; Dose Guard itself fetches nothing.
import type { SourceId } from '../core/assessment.ts';
import { SOURCES } from '../data/sources.ts';
import type { Translator } from '../i18n/format.ts';
import { h } from '../ui/dom.ts';
import { section, type SectionMemory } from './sections.ts';

const anchor = (id: SourceId) => `source-${id}`;

export class SourceRefs {
  private order: SourceId[] = [];

  constructor(private readonly t: Translator) {}

  /** Numbered marks for these sources (numbers given in order of first mention). */
  marks(ids: readonly SourceId[]): HTMLElement | null {
    const unique = [...new Set(ids)];
    if (!unique.length) return null;
    const links = unique.map((id) => {
      if (!this.order.includes(id)) this.order.push(id);
      const n = this.order.indexOf(id) + 1;
      const name = this.t.t(SOURCES[id].name);
      return h('a', { class: 'ref', href: `#${anchor(id)}`, 'aria-label': this.t.t('popup_source_mark', String(n), name), 'data-source': id }, String(n));
    });
    return h('span', { class: 'refs' }, ...links.flatMap((link, i) => (i ? [',', link] : [link])));
  }

  listed(): readonly SourceId[] {
    return this.order;
  }
}

export function sourcesSection(refs: SourceRefs, t: Translator, memory: SectionMemory): HTMLElement | null {
  const ids = refs.listed();
  if (!ids.length) return null;
  const list = h('ol', { class: 'sources' }, ...ids.map((id) => {
    const source = SOURCES[id];
    const name = t.t(source.name);
    return h('li', { id: anchor(id), tabindex: '-1' }, source.url
      ? h('a', { href: source.url, target: '_blank', rel: 'noreferrer noopener' }, name)
      : h('span', {}, name));
  }));
  return section('sources', t.t('popup_sources_title'), t.num(ids.length), memory,
    list,
    h('p', { class: 'fine' }, t.t('popup_sources_note')));
}

/** A click on a numbered mark opens the Sources section and moves to that source. */
export function wireSourceMarks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest?.('a.ref');
    if (!mark) return;
    event.preventDefault();
    const target = root.querySelector<HTMLElement>(`#${anchor(mark.getAttribute('data-source') as SourceId)}`);
    const details = target?.closest('details');
    if (details && !details.open) details.open = true;
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  });
}
