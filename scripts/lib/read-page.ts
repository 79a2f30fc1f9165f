// Reads a saved page (HTML via linkedom, or .txt as the page's visible text) into a Reading.
// Used by scripts/extract.ts, scripts/accuracy.ts and scripts/check.ts.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Reading } from '../../src/core/reading.ts';
import { extractFromDocument, extractFromText } from '../../src/extract/index.ts';

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

export function readPageFile(path: string, url?: string): Reading {
  const raw = readFileSync(path, 'utf8');
  if (/\.txt$/i.test(path)) return extractFromText(raw, url);
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  return extractFromDocument(doc, url ?? urlFromDocument(doc) ?? '');
}
