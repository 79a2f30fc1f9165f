// The note, injected by the background (scripting.executeScript, into the content script's own
// isolated world) with the first verdict that shows one (inject.ts; issue 14): most store pages
// never show a note, and its code (the card, its placement, what not to cover on each store, the
// check of the verdict's fields) is compiled only on the pages that do. The page cannot see or call it.
import type { VerdictMessage } from './inject.ts';
import { storeAt } from '../extract/stores/product-areas.ts';
import { keepClearSelectors } from '../extract/stores/keep-clear.ts';
import { removeNote, showNote, type NoteContent, type NoteWords } from './note.ts';

/** The note's content from the background's verdict, each field checked and bounded: a message is
 *  the background's, but the note shows only what it expects (a colour as a colour, text as text). */
export function noteContentOf(verdict: VerdictMessage): NoteContent {
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const words = (verdict.words ?? {}) as Partial<Record<keyof NoteWords, unknown>>;
  return {
    level: verdict.level,
    color: typeof verdict.color === 'string' && /^#[0-9a-f]{6}$/i.test(verdict.color) ? verdict.color : '#5f6368',
    badge: text(verdict.badge, 8),
    headline: text(verdict.headline, 200),
    detail: text(verdict.detail, 400),
    words: {
      title: text(words.title, 300), hint: text(words.hint, 300), offSite: text(words.offSite, 300),
      details: text(words.details, 300), close: text(words.close, 300),
    },
  };
}

globalThis.__doseGuardNote ??= {
  show: (verdict, pageKey, onDismiss) => showNote(noteContentOf(verdict), pageKey, { keepClear: keepClearSelectors(storeAt(location.href)), onDismiss }),
  remove: removeNote,
};
