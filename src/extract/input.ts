// What a store adapter reads from a page (or what a text page is split into), before the stages:
// the title, the facts panel, the directions and the product text, each as the page's own words.
import type { PageKind } from '../core/reading.ts';
import type { Lexicon } from './lexicon.ts';
import { kindFromText, kindFromUrl } from './page-kind.ts';
import { ADD_TO_CART_G_RE, PRICE_LINE_G_RE, STOCK_STATE_RE, CROSS_SELL_LEAD_RE, CRUMB_SEPARATOR_RE, DOSE_FORM_RE, FIRST_PERSON_RE } from './text/patterns.ts';

export interface LabelInput {
  url: string;
  /** adapter name */
  source: string;
  pageKind: PageKind;
  title: string | null;
  brand: string | null;
  /** the facts panel, one row per line, cells separated by " | " */
  facts: string | null;
  /** directions / suggested use text */
  directions: string | null;
  /** the directions to read instead when `directions` (the text under a directions heading) states
   *  no intake: the product area's text, from adapters of shops without fixed regions. The engine
   *  makes the choice (read.ts), so that the page's reader carries no directions parser. */
  directionsElse?: string | null;
  /** description or page text (product area only) */
  body: string | null;
  /** the facts panel is known to exist only as an image */
  factsIsImage?: boolean;
  /** the store's category path (breadcrumb), when the page shows one */
  category?: string | null;
  /** the adapter only guessed the page's kind (from a heading, not its address or structured data):
   *  the engine looks at the product text for a listing or an editorial page (read.ts) */
  kindFromBody?: boolean;
}

/** Characters of a text page looked at for a buy button. */
const SELLS_SAMPLE = 20_000;
/** Lines looked at for a text page's title and category path. */
const TITLE_LINES = 12;
const PRODUCT_TITLE_LINES = 6;
const CATEGORY_LINES = 5;

/** A page's visible text (pasted, or saved as .txt) as the regions the stages read. */
export function textInput(text: string, url: string | undefined, lex: Lexicon): LabelInput {
  const t = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ') : '';
  const head = firstLines(t, TITLE_LINES);
  const sells = (): boolean => t.slice(0, SELLS_SAMPLE).search(ADD_TO_CART_G_RE()) >= 0 || STOCK_STATE_RE.test(t.slice(0, SELLS_SAMPLE));
  return {
    url: url ?? '',
    source: 'text',
    pageKind: kindFromUrl(url, sells) ?? kindFromText(t, lex) ?? 'product',
    // (the line under a category path names a product only on a page that sells: a recipe's "Torta al cacao
    // in polvere, ricca di magnesio" under "Home › Ricette › Dolci" is none; the review of the rules of rounds
    // 66-68: read as a product named for the nutrient, unreadable for absent)
    title: titleLine(head, lex) ?? (sells() || pricedHead(t) ? nameUnderPath(firstLines(t, PATH_NAME_LINES)) : null),
    brand: null,
    facts: null,
    directions: null,
    body: t,
    category: categoryLine(head.slice(0, CATEGORY_LINES)),
  };
}

/** The first n lines, without splitting the whole text (a page may be one huge line). */
function firstLines(t: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start <= t.length) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    // a line longer than any title is read only for its length
    out.push(end - start > 400 ? t.slice(start, start + 401) : t.slice(start, end));
    start = end + 1;
  }
  return out;
}

/** Among the first lines, a short one naming the element, without sentence punctuation, bullets
 *  or table cells ("<Element> Citrate 120mg - 180 Capsules"); else an early product-title line
 *  ("SunPure Vitamin D3 + K2 - 120 Capsules": a dose form and a count), which then names a product
 *  that is not the nutrient's. */
function titleLine(head: string[], lex: Lexicon): string | null {
  // (lines under "Frequently bought together" are other products' cards: the page's own title
  // is above them or nowhere)
  const cut = head.findIndex((l) => CROSS_SELL_LEAD_RE().test(l.trim()));
  const lines = cut >= 0 ? head.slice(0, cut) : head;
  // the line a category path above ends with is the product's own name, before any line that only
  // names the nutrient (a menu's "Shop Sleep & Stress Magnesium Gifts"; issue 8, round 30)
  const named = lineAfterPath(lines);
  if (named) return named;
  for (const l of lines) {
    const s = l.trim();
    // (a first-person line is a review or a question, never the title)
    // (nor a facts row: a percentage or a dot leader, "Magnesium (as citrate) ... 200 mg ... 48%";
    // nor a category path, "Home / Vitamins & Supplements / Magnesium")
    // (nor sentences: "Each capsule contains ... 140 mg. U.S.P. (Heavy), or 84.5 mg. Elemental ...")
    // (an abbreviation's stop is no sentence's end: "Tasman Mineral Co. Liquid Magnesium ...")
    if (s.length === 0 || s.length > 100 || /[.!?:]$/.test(s) || /[|•■%…]|\.\.\./.test(s) || /(?<!\b\p{Lu}\p{Ll}{0,2})[.!?] \p{Lu}/u.test(s) || /^[-*–]/.test(s) || FIRST_PERSON_RE.test(s) || isCategoryPath(s)) continue;
    if (lex.mention.test(s)) return s;
  }
  for (const l of lines.slice(0, PRODUCT_TITLE_LINES)) {
    const s = l.trim();
    if (s.length < 8 || s.length > 120 || / [>›»/] .{1,60} [>›»/] /.test(s) || /[.!?:|]$/.test(s) || /^[-*–•]/.test(s)) continue;
    if (DOSE_FORM_RE().test(s) && /\d/.test(s)) return s;
  }
  return null;
}

/** Lines looked at for a category path over the product's name, below a shop's long menu. */
const PATH_NAME_LINES = 30;
/** Lines after those where the product's price line may stand below its name. */
const PRICE_AFTER_NAME_LINES = 5;

/** A line that is only a price among the page's first lines, where a product's name and price stand. */
function pricedHead(t: string): boolean {
  return firstLines(t, PATH_NAME_LINES + PRICE_AFTER_NAME_LINES).join('\n').search(PRICE_LINE_G_RE()) >= 0;
}

/** The product's name on the line right under a category path, where no title was found in the
 *  first lines: a shop's menu of a dozen lines or more stands above ("Home / Vitamins & Supplements /
 *  Magnesium" over "Zechmoor Magnesium Oil Spray 100ml"; "Santé › Minéraux › Magnésium" over
 *  "Marque Magnésium Marin B6 - 60 comprimés"). A name, not a heading: it names a figure or a dose
 *  form, is no sentence, no facts row, no path, and does not repeat the path's last part (a category
 *  page's heading "Magnesium"). */
function nameUnderPath(lines: string[]): string | null {
  const cut = lines.findIndex((l) => CROSS_SELL_LEAD_RE().test(l.trim()));
  const head = cut >= 0 ? lines.slice(0, cut) : lines;
  for (let i = 0; i + 1 < head.length; i++) {
    const path = head[i]!.trim();
    if (!isCategoryPath(path)) continue;
    const s = head[i + 1]!.trim();
    const last = path.split(CRUMB_SEPARATOR_RE).pop()!.trim().toLowerCase();
    if (s.length < 8 || s.length > 200 || s.toLowerCase() === last || /[.!?:]$/.test(s) || /[|•■%…]|\.\.\./.test(s) || /^[-*–]/.test(s) || FIRST_PERSON_RE.test(s) || isCategoryPath(s)) continue;
    if (!/\d/.test(s) && !DOSE_FORM_RE().test(s)) continue;
    return s;
  }
  return null;
}

/** How many lines under a category path its last part is looked for. */
const PATH_TITLE_REACH = 3;

/** A category path ending in the product's name ("Home / Sleep & Stress / Acme Zinc 15mg – 60
 *  Capsules", its figures in the last part only, with a figure and a dose form there), with that
 *  name on a line of its own just under it: that line. */
function lineAfterPath(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (s.length > 300) continue;
    const parts = s.split(CRUMB_SEPARATOR_RE).map((p) => p.trim());
    const last = parts[parts.length - 1] ?? '';
    if (parts.length < 3 || last.length < 3 || parts.slice(0, -1).some((p) => p.length === 0 || /\d/.test(p))) continue;
    // (only a product's name, with a figure and a dose form: a path ending in its category, "Home /
    // Minerals / Zinc" over a "Zinc" heading, names no product, and the product's own line stays
    // the title)
    if (!/\d/.test(last) || !DOSE_FORM_RE().test(last)) continue;
    for (const l of lines.slice(i + 1, i + 1 + PATH_TITLE_REACH)) {
      if (l.trim().toLowerCase() === last.toLowerCase()) return l.trim();
    }
  }
  return null;
}

/** A category path: three or more parts joined by " > ", " › ", " / " or " » ", none with a figure
 *  ("1000 mg / 400 mg / 15 mg" is a product's amounts). */
function isCategoryPath(s: string): boolean {
  if (s.length > 200) return false;
  const parts = s.split(CRUMB_SEPARATOR_RE);
  return parts.length >= 3 && parts.every((p) => !/\d/.test(p));
}

/** The category path: an early line that is one. */
function categoryLine(lines: string[]): string | null {
  for (const l of lines) {
    const s = l.trim();
    if (isCategoryPath(s)) return s;
  }
  return null;
}
