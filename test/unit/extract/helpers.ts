// Shared helpers of the extraction tests: read inline label text or HTML, with the trace.
import { parseHTML } from 'linkedom';
import type { Reading } from '../../../src/core/reading.ts';
import { extractFromDocument, extractFromText, Trace } from '../../../src/extract/index.ts';
import { lexiconFor } from '../../../src/extract/lexicon.ts';

export const lex = lexiconFor('magnesium');

/** Reads label text (a page's visible text). */
export function text(t: string, url?: string): Reading {
  return extractFromText(t, url);
}

/** Reads an HTML page served at `url`. */
export function html(url: string, page: string): Reading {
  return extractFromDocument(parseHTML(page).document as unknown as Document, url);
}

/** Reads label text with the trace, and returns both. */
export function traced(t: string, url?: string): { r: Reading; trace: Trace } {
  const trace = new Trace();
  return { r: extractFromText(t, url, { trace }), trace };
}

/** The reject stage's reasons for the amounts printed `raw` ("200 mg"). */
export function rejections(t: string, raw: string): string[] {
  return traced(t).trace.entries.filter((e) => e.stage === 'reject' && e.amount === raw).map((e) => e.why);
}
