// The note, injected by the background (scripting.executeScript, into the content script's own
// isolated world) with the first verdict that shows one (inject.ts; issue 14): most store pages
// never show a note, and its code (the card, its placement, what not to cover on each store) is
// compiled only on the pages that do. The page cannot see or call it.
import type {} from './inject.ts';
import { storeAt } from '../extract/stores/product-areas.ts';
import { keepClearSelectors } from '../extract/stores/keep-clear.ts';
import { removeNote, showNote } from './note.ts';

globalThis.__doseGuardNote ??= {
  show: (content, pageKey, onDismiss) => showNote(content, pageKey, { keepClear: keepClearSelectors(storeAt(location.href)), onDismiss }),
  remove: removeNote,
};
