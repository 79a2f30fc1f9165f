// Evidence is the page's own words: a span of the page's text with whitespace folded and a table's
// cell separators read as the spaces a reader sees between cells, cut to whole words (never an
// ellipsis or a word Dose Guard wrote: what it assumed goes into Reading.assumptions).

/** The longest quote kept (the schema allows 500; a popup shows far less). */
export const MAX_QUOTE = 300;

/** Folds whitespace and cell separators (" | ", tabs, and the broken bar the directions reader puts
 *  for a copied table's tab or run of spaces) to single spaces. */
export function foldText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/ ?[|¦] ?/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A quote of at most `max` characters, cut at a word boundary. */
export function quote(s: string, max = MAX_QUOTE): string {
  return cutToWords(foldText(s), max);
}

/** A name as the page prints it ("Nature Made | Magnesium": a title's bar is its own), whitespace
 *  folded, at most `max` characters cut at a word boundary. */
export function clipName(s: string, max = MAX_QUOTE): string {
  return cutToWords(s.replace(/\s+/g, ' ').trim(), max);
}

function cutToWords(t: string, max: number): string {
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > 0 ? cut.slice(0, sp) : t.slice(0, max)).trim();
}

/** The part of a long text around [start, end): at most `max` characters, whole words. */
export function quoteAround(s: string, start: number, end: number, max = MAX_QUOTE): string {
  if (s.length <= max) return quote(s, max);
  const half = Math.floor((max - (end - start)) / 2);
  let a = Math.max(0, start - Math.max(0, half));
  let b = Math.min(s.length, end + Math.max(0, half));
  if (a > 0) while (a < start && !/\s/.test(s.charAt(a - 1))) a++;
  if (b < s.length) while (b > end && !/\s/.test(s.charAt(b))) b--;
  return quote(s.slice(a, b), max);
}
