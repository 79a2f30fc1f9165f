// A quote of the page is shown in the page's own words and nothing else. The reading's evidence is
// a span of the page's text; a table row can still arrive as "cell | cell | cell" (the reading
// joins a row's cells with bars). The bars are not the page's words: the row is shown as its cells,
// each a verbatim piece of the page.

/** The verbatim pieces of one evidence text, in order, without the cell separators. */
export function quotePieces(text: string): string[] {
  return text
    .split(/\s+\|\s+|^\|\s*|\s*\|$/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece !== '');
}
