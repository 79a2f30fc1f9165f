// A small page's markup goes whole to the background (content/page-read.ts; issue 14), and copying a
// message costs the page about as much per byte as serialising it. Inline SVG icons are often a
// large share of a store page's markup (a third of iHerb's on a product page) and hold nothing the
// engine reads: the DOM walk skips an svg element whole (dom.ts), and no adapter looks inside one.
// So a heavy page's icons are sent empty: the element stays (the tree and its text read exactly as
// before, its attributes with it), its contents do not.

/** An svg element that holds no other svg, script or style (one whose end cannot be told by its
 *  first closing tag is left whole). Its start tag's attribute values may hold a `>` (browsers
 *  before 2025 did not escape it): a quoted value is read whole. Bounded: the contents stop at the
 *  first `<` that opens one of those elements, so each try ends where the next could start (linear
 *  in the markup). A browser serialises tags in lower case and values in double quotes: no
 *  case-insensitive flag, no single quotes. */
const INLINE_SVG = /(<svg(?=[\s/>])(?:[^<>"]|"[^"]*")*>)(?:[^<]|<(?!\/?(?:svg|script|style)\b))*<\/svg>/g;

/** `html` with each inline svg element's contents left out. */
export function withEmptySvgs(html: string): string {
  return html.replace(INLINE_SVG, '$1</svg>');
}
