// The page's reader, for a large page only (issue 14): the store's adapter, run in the page where
// the DOM is, injected by the background (scripting.executeScript, into the content script's own
// isolated world) when the content script asks for it (inject.ts). A small page never loads it: its
// markup is sent whole and read in the background (html-tree.ts); so the adapter's code is compiled
// only on the pages where reading the DOM in place is cheaper than copying it out. The page cannot
// see or call it (an isolated world's globals are the extension's own).
//
// Asked to, it runs the gate first (`gated`): a large page whose title or product area holds a piece
// of the nutrient's names is most likely read, so the content script asks for the reader alone, and the
// gate's own script is neither fetched nor compiled there (one round trip to the background and
// one script fewer).
import { gateStopReading } from '../extract/gate.ts';
import { clipInput, documentInput } from '../extract/page-input.ts';
import type {} from './inject.ts';

globalThis.__doseGuardRead ??= (url: string, gated: boolean) => {
  const stopped = gated ? gateStopReading(document, url) : null;
  return stopped ? { reading: stopped } : { input: clipInput(documentInput(document, url)) };
};
