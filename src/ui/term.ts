// Plain words for the few terms a shopper meets (upper limit, recommended amount, % Daily Value,
// elemental magnesium): each one, wherever it is shown, carries a one-line explanation that opens
// on hover, on keyboard focus and on a tap (a touch screen has no hover). The words to look for and
// the explanations are messages, so each language finds its own words in its own sentences.
import type { Translator } from '../i18n/format.ts';
import { h } from './dom.ts';

export interface Term {
  id: string;
  /** the ways the term is written in this language's texts, most specific first */
  words: string[];
  tip: string;
}

/** The terms, by message key: `words` lists the term's spellings separated by "|". */
const TERMS: readonly { id: string; words: string; tip: string }[] = [
  { id: 'ul', words: 'popup_term_ul', tip: 'popup_term_ul_tip' },
  { id: 'guidance', words: 'popup_term_guidance', tip: 'popup_term_guidance_tip' },
  { id: 'rda', words: 'popup_term_rda', tip: 'popup_term_rda_tip' },
  { id: 'ai', words: 'popup_term_ai', tip: 'popup_term_ai_tip' },
  { id: 'dv', words: 'popup_term_dv', tip: 'popup_term_dv_tip' },
  { id: 'elemental', words: 'popup_term_elemental', tip: 'popup_term_elemental_tip' },
];

export function glossary(t: Translator): Term[] {
  return TERMS.map((term) => ({
    id: term.id,
    words: t.t(term.words).split('|').map((w) => w.trim()).filter(Boolean),
    tip: t.t(term.tip),
  }));
}

let serial = 0;

/** A term the user can ask about: the word as a button, its explanation as the button's description. */
export function termButton(label: string, tip: string, id: string): HTMLElement {
  serial += 1;
  const tipId = `tip-${id}-${serial}`;
  return h('span', { class: 'term', 'data-term': id },
    h('button', { type: 'button', class: 'term-btn', 'aria-describedby': tipId }, label),
    h('span', { class: 'tip', role: 'tooltip', id: tipId }, tip));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with the first mention of each term not yet explained in this block (`explained`)
 * made a term button. Text stays text: nothing here parses HTML.
 */
export function withTerms(text: string, terms: readonly Term[], explained: Set<string>): (Node | string)[] {
  let best: { start: number; end: number; term: Term } | null = null;
  for (const term of terms) {
    if (explained.has(term.id)) continue;
    for (const word of term.words) {
      const m = new RegExp(`(^|[^\\p{L}])(${escape(word)})(?![\\p{L}])`, 'iu').exec(text);
      if (!m) continue;
      const start = m.index + m[1]!.length;
      if (!best || start < best.start) best = { start, end: start + m[2]!.length, term };
      break;
    }
  }
  if (!best) return [text];
  explained.add(best.term.id);
  return [
    text.slice(0, best.start),
    termButton(text.slice(best.start, best.end), best.term.tip, best.term.id),
    ...withTerms(text.slice(best.end), terms, explained),
  ].filter((part) => part !== '');
}

/**
 * One listener for every term in `root`: a tap or Enter opens or closes the explanation, Escape
 * closes it, and an open one is moved left when it would leave the window.
 */
export function wireTerms(root: HTMLElement): void {
  const close = (except?: Element) => {
    for (const open of root.querySelectorAll('.term[data-open]')) if (open !== except) open.removeAttribute('data-open');
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.('.term-btn');
    if (!button) return close();
    const term = button.parentElement!;
    const opening = !term.hasAttribute('data-open');
    close(term);
    term.toggleAttribute('data-open', opening);
    if (opening) keepInside(term.querySelector<HTMLElement>('.tip'));
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && root.querySelector('.term[data-open]')) {
      close();
      event.stopPropagation();
    }
  });
  root.addEventListener('focusin', (event) => {
    const tip = (event.target as Element).closest?.('.term')?.querySelector<HTMLElement>('.tip');
    keepInside(tip ?? null);
  });
  root.addEventListener('mouseover', (event) => {
    const tip = (event.target as Element).closest?.('.term')?.querySelector<HTMLElement>('.tip');
    keepInside(tip ?? null);
  });
}

/** Shifts an explanation left so it stays inside the popup's width (it opens under its word). */
function keepInside(tip: HTMLElement | null): void {
  if (!tip) return;
  tip.style.removeProperty('--shift');
  const width = document.documentElement.clientWidth;
  const box = tip.getBoundingClientRect();
  const over = box.right - (width - 8);
  if (over > 0) tip.style.setProperty('--shift', `${-Math.min(over, Math.max(0, box.left - 8))}px`);
}
