// Extraction engine entry points. Pure parsing: runs the same in the content script, in unit
// tests and in Node. No zod here (types only from src/core).
//  - readDocumentSteps / readTextSteps: incremental reads, generators that yield between stages
//    and every so many lines or amounts (the content script runs them with a time budget per
//    frame); their return value is the Reading
//  - extractFromDocument / extractFromText: the same, run to the end
//  - documentInput (page-input.ts, the only part the content script runs) / readInputSteps (the
//    background's): one read split in two, the page's DOM read into plain text, then the stages
import type { Reading } from '../core/reading.ts';
import type { Nutrient } from '../core/reading.ts';
import { textInput, type LabelInput } from './input.ts';
import { lexiconFor } from './lexicon.ts';
import { PageIndex } from './page-index.ts';
import { readSteps } from './read.ts';
import { runSteps, type Step } from './stages/step.ts';
import { documentInput } from './page-input.ts';
import type { Trace } from './trace.ts';

export type { Reading } from '../core/reading.ts';
export type { Step } from './stages/step.ts';
export type { LabelInput } from './input.ts';
export { Trace, formatTrace } from './trace.ts';
export { productAreaSelectors } from './stores/index.ts';
export { documentInput, readPageHtml } from './page-input.ts';
export { notNamedReading } from './not-named.ts';

export interface ReadOptions {
  /** collect the narration of every decision (the extract command's --why) */
  trace?: Trace;
  nutrient?: Nutrient;
}

/** Reads one page, step by step. `url` picks the store adapter; unknown hosts use the generic one. */
export function* readDocumentSteps(doc: Document, url: string, opts: ReadOptions = {}): Generator<Step, Reading> {
  const lex = lexiconFor(opts.nutrient);
  const ix = new PageIndex(doc);
  yield 'page';
  const input = documentInput(doc, url, opts.nutrient, ix);
  opts.trace?.note('page', `adapter ${input.source}, page kind ${input.pageKind}`);
  yield 'page';
  return yield* readSteps(input, lex, opts.trace ?? null);
}

/** Reads what a store's adapter read from a page (documentInput, run in the page), step by step:
 *  the background's half of a page's reading (issue 14). */
export function* readInputSteps(input: LabelInput, opts: ReadOptions = {}): Generator<Step, Reading> {
  return yield* readSteps(input, lexiconFor(opts.nutrient), opts.trace ?? null);
}

/** Reads label text pasted or saved as plain text (the page's visible text), step by step. */
export function* readTextSteps(text: string, url?: string, opts: ReadOptions = {}): Generator<Step, Reading> {
  const lex = lexiconFor(opts.nutrient);
  const input = textInput(text, url, lex);
  opts.trace?.note('page', `text, page kind ${input.pageKind}${input.title ? `, title «${input.title}»` : ''}`);
  yield 'page';
  return yield* readSteps(input, lex, opts.trace ?? null);
}

/** Reads one page to the end. */
export function extractFromDocument(doc: Document, url: string, opts: ReadOptions = {}): Reading {
  return runSteps(readDocumentSteps(doc, url, opts));
}

/** Reads label text to the end. */
export function extractFromText(text: string, url?: string, opts: ReadOptions = {}): Reading {
  return runSteps(readTextSteps(text, url, opts));
}
