// The popup's sections: everything beyond the verdict, its figures and its one action is one tap
// away, in a section that opens in place and stays open the next time (src/ui/prefs.ts).
import { h } from '../ui/dom.ts';

export interface SectionMemory {
  isOpen(id: string): boolean;
  /** called when the user opens or closes a section */
  toggled(id: string, open: boolean): void;
}

export function section(id: string, title: string, meta: string | null, memory: SectionMemory, ...content: (Node | null)[]): HTMLDetailsElement {
  const details = h('details', { class: 'section', id: `section-${id}`, 'data-section': id },
    h('summary', {}, h('span', { class: 'section-title' }, title), meta ? h('span', { class: 'section-meta' }, meta) : null),
    h('div', { class: 'section-body' }, ...content));
  details.open = memory.isOpen(id);
  details.addEventListener('toggle', () => {
    // Opened by the popup itself for the moment (see openForNow), not by the user: not remembered.
    if (details.dataset.forNow) return void delete details.dataset.forNow;
    memory.toggled(id, details.open);
  });
  return details;
}

/** Opens a section for this view only, without remembering it as the user's choice. */
export function openForNow(details: HTMLDetailsElement): void {
  if (details.open) return;
  details.dataset.forNow = 'true';
  details.open = true;
}
