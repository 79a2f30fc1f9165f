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
// reads the input as absent (test/unit/content/reader.test.ts), where the gate said so with no
// read: on every page we have, a page the gate stops is one the engine reads as absent, of the
// same kind and store (test/unit/extract/gate.test.ts). Such a page now costs a read, and its
// popup names the product the engine found; its note, if the page before it showed one, goes with
// the background's verdict rather than at once. Elsewhere the gate's own script runs first.
// (Its entry point is named for what it returns, the page's input: a reader of an older version
// left in this world by an update returns another shape, and is not taken for this one.)
import { clipInput, documentInput } from '../extract/page-input.ts';
import type {} from './inject.ts';

globalThis.__doseGuardReadPage ??= (url: string) => clipInput(documentInput(document, url));
