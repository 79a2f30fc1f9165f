// Extraction engine entry points. Pure parsing: runs the same in the content script, in unit
// tests and in Node. No zod here (types only from src/core).
import type { Reading } from '../core/reading.ts';
import { analyze } from './analyze.ts';
import { PageIndex } from './page-index.ts';
import { kindFromText, kindFromUrl } from './page-kind.ts';
import { adapterFor, generic } from './stores/index.ts';
import { DOSE_FORM_RE, FIRST_PERSON_RE, MAGNESIUM_WORD_RE } from './text/patterns.ts';

export type { Reading } from '../core/reading.ts';
export { REGEXES } from './text/patterns.ts';
export { productAreaSelectors } from './stores/index.ts';

/** Reads one page. `url` picks the store adapter; unknown hosts use the generic adapter. */
export function extractFromDocument(doc: Document, url: string): Reading {
  const ix = new PageIndex(doc);
  const adapter = adapterFor(url, ix);
  let input;
  try {
    input = adapter.read(ix, url);
  } catch {
    // a store changed its markup in a way the adapter did not foresee: read it generically
    input = generic.read(ix, url);
  }
  return analyze(input);
}

/** Reads label text pasted or saved as plain text (the page's visible text). */
export function extractFromText(text: string, url?: string): Reading {
  const t = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ') : '';
  const lines = t.split('\n');
  // the title: among the first lines, a short one naming the element, without sentence
  // punctuation, bullets or table cells ("Magnesium Citrate 120mg - 180 Capsules")
  let title: string | null = null;
  for (const l of lines.slice(0, 12)) {
    const s = l.trim();
    // (a first-person line is a review or a question, never the title)
    if (s.length === 0 || s.length > 100 || /[.!?:]$/.test(s) || /[|•■]/.test(s) || /^[-*–]/.test(s) || FIRST_PERSON_RE.test(s)) continue;
    if (MAGNESIUM_WORD_RE.test(s)) {
      title = s;
      break;
    }
  }
  // no line names the element: an early product-title line ("SunPure Vitamin D3 + K2 - 120 Capsules",
  // a dose form and a count) names the product, which then is not a magnesium product by its title
  if (title === null) {
    for (const l of lines.slice(0, 6)) {
      const s = l.trim();
      if (s.length < 8 || s.length > 120 || / [>›»/] .{1,60} [>›»/] /.test(s) || /[.!?:|]$/.test(s) || /^[-*–•]/.test(s)) continue;
      if (DOSE_FORM_RE.test(s) && /\d/.test(s)) {
        title = s;
        break;
      }
    }
  }
  // the category path: an early line of three or more parts joined by " > ", " › ", " / " or " » "
  let category: string | null = null;
  for (const l of lines.slice(0, 5)) {
    const s = l.trim();
    if (s.length <= 200 && s.split(/ [>›»/] /).length >= 3) {
      category = s;
      break;
    }
  }
  const kind = kindFromUrl(url) ?? kindFromText(t) ?? 'product';
  return analyze({
    url: url ?? '',
    source: 'text',
    pageKind: kind,
    title,
    brand: null,
    facts: null,
    directions: null,
    body: t,
    category,
  });
}
export function* readDocumentSteps(doc: Document, url: string): Generator<void, Reading, void> { yield; return extractFromDocument(doc, url); }
