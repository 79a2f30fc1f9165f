// The page's reader, for a large page only (issue 14): the store's adapter, run in the page where
// the DOM is, injected by the background (scripting.executeScript, into the content script's own
// isolated world) when the content script asks for it (inject.ts). A small page never loads it: its
// markup is sent whole and read in the background (html-tree.ts); so the adapter's code is compiled
// only on the pages where reading the DOM in place is cheaper than copying it out. The page cannot
// see or call it (an isolated world's globals are the extension's own).
//
// It reads; it never gates. The content script asks for it alone where the page's title or product
// area holds a piece of the nutrient's names (most such pages name it, and the gate would only add
// its own cost before the read); where a title only looks like a name ("Magnetic"), the engine
// reads the input as absent, as the gate would have said (test/unit/extract/gate.test.ts: the gate
// says what the engine says, on every page we have). Elsewhere the gate's own script runs first.
import { clipInput, documentInput } from '../extract/page-input.ts';
import type {} from './inject.ts';

globalThis.__doseGuardRead ??= (url: string) => clipInput(documentInput(document, url));
