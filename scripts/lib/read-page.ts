// Reads a saved page (HTML via linkedom, or .txt as the page's visible text) into a Reading.
// Used by scripts/extract.ts, scripts/accuracy.ts and scripts/check.ts.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Reading } from '../../src/core/reading.ts';
import { documentInput, extractFromDocument, extractFromText, type ReadOptions } from '../../src/extract/index.ts';
import { withChosenDirections } from '../../src/extract/read.ts';

/** The page's own URL from link[rel=canonical] or og:url, when it has one. */
export function urlFromDocument(doc: Document): string | null {
  const c = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!c) return null;
  try {
    return new URL(c).href;
  } catch {
    return null;
  }
}

export function readPageFile(path: string, url?: string, opts: ReadOptions = {}): Reading {
  const raw = readFileSync(path, 'utf8');
  if (/\.txt$/i.test(path)) return extractFromText(raw, url, opts);
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  return extractFromDocument(doc, url ?? urlFromDocument(doc) ?? '', opts);
}

/** The page's text as the engine reads it: a text file's own text; for HTML, the regions the
 *  store's adapter read (title, facts panel, directions, product text, breadcrumb). */
export function pageTextOf(path: string, url?: string): string {
  const raw = readFileSync(path, 'utf8');
  if (/\.txt$/i.test(path)) return raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  const input = withChosenDirections(documentInput(doc, url ?? urlFromDocument(doc) ?? ''));
  return [input.title, input.brand, input.category, input.facts, input.directions, input.body].filter((x) => x).join('\n');
}
