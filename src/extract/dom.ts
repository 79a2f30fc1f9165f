import type { PageIndex } from './page-index.ts';
import { COMPOSITION_HEADING_RE, DIRECTIONS_HEADING_RE, FACTS_HEADING_RE, LEAFLET_HEADING_RE, SPECIFICATIONS_HEADING_RE } from './text/patterns.ts';
// DOM reading helpers that work the same in browsers and in linkedom: querySelector(All),
// textContent, getAttribute, childNodes. Never innerText, getComputedStyle or geometry reads
// (they force a layout). Text keeps the block structure: one line per block, " | " between cells.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'IMG', 'PICTURE']);
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'TBODY', 'THEAD', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'DL', 'BLOCKQUOTE', 'PRE', 'HR', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'DETAILS', 'SUMMARY']);
/** a table's cells, and a term of a description list ("<dt>Magnesium</dt><dd>400 mg</dd>": one row) */
const CELL_TAGS = new Set(['TD', 'TH', 'DT']);
/** ARIA roles of a table's cells (`<div role="cell">`) */
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
/** a description list's value ends its row */
const ROW_END_TAGS = new Set(['DD']);
/** text-level formatting that may sit inside a word ("<b>Mag</b>nesium"): no space around it */
const INLINE_TEXT_TAGS = new Set(['B', 'I', 'EM', 'STRONG', 'SUP', 'SUB', 'SMALL', 'U', 'MARK', 'ABBR', 'BDI', 'BDO', 'WBR', 'FONT', 'S', 'Q', 'CITE', 'DFN', 'INS', 'DEL', 'KBD', 'CODE', 'VAR', 'TIME', 'DATA']);
/** class/id words of page regions that are not this product's label: carousels, reviews, menus.
 *  ("modal" of a dialog, "modal-dialog", "productModal", "quickViewModalContent", "modalbox": never
 *  the start of "modalita", "modalites", "modalidad", a directions tab's id, issue 8, round 22:
 *  "Modalità d'uso" went unread; review: "modal" followed by any letter let a quick-view dialog's
 *  other product be read as this one) */
const NOT_LABEL_RE = /carousel|recommend|similar|related|also-?(?:bought|viewed)|upsell|cross-?sell|review|breadcrumb|mega-?menu|\bmenu\b|navigation|\bnav\b|sponsored|compar(?:e|ison)|recently-?viewed|cookie|newsletter|footer|header|sidebar|modal(?!it|idad)|popup|cart-drawer|\bqa\b|question/i;

/** Is el inside a region that is not this product's label (a carousel, reviews, a menu, page
 *  chrome), up to `root`? */
export function inNonLabelRegion(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (CHROME_TAGS.has((p.tagName ?? '').toUpperCase())) return true;
    const cls = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (cls.length > 1 && NOT_LABEL_RE.test(cls)) return true;
  }
  return false;
}

/** Does a dialog's own class or id, or an opener's text, name a region that is not the product's
 *  label ("compareModal", "Compare Supplement Facts", "quick-view ... related")? A dialog's own
 *  words for being one ("modal", "popup", "dialog") say nothing either way. */
export function namesNonLabelRegion(el: Element, withText = false): boolean {
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/modal|popup|dialog/gi, ' ');
  if (own.trim().length > 0 && NOT_LABEL_RE.test(own)) return true;
  return withText && NOT_LABEL_RE.test((el.textContent ?? '').slice(0, 200));
}

/** class words of a heading over other products ("related-products__heading"), narrower than
 *  NOT_LABEL_RE: the block the heading opens holds those products' cards. */
const OTHER_PRODUCTS_HEAD_RE = /recommend|similar|related|also-?(?:bought|viewed)|upsell|cross-?sell|recently-?viewed|comparison/i;
const SUBHEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Is el inside a block whose class or id marks other products ("product-detail-cross-selling",
 *  "related-products", "also-bought")? A card there is a product page's carousel, never a listing's. */
export function inOtherProductsRegion(el: Element): boolean {
  // (up to the body, whose classes may name a whole theme's features)
  for (let p: Element | null = el; p && !['BODY', 'HTML'].includes((p.tagName ?? '').toUpperCase()); p = p.parentElement) {
    const cls = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (cls.length > 1 && OTHER_PRODUCTS_HEAD_RE.test(cls)) return true;
  }
  return false;
}

/** A block opened by a heading marked as other products' ("<section><h2 class="related-products__heading">
 *  Pairs well with</h2><ul>...cards...</ul>"): skipping the heading alone left the cards, their amounts
 *  with no heading to say whose they are (issue 8, round 23: a card's 200 mg read as the dose of a
 *  product whose facts are only a picture). */
function headsOtherProducts(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || !SUBHEADING_TAGS.has((first.tagName ?? '').toUpperCase())) return false;
  if (!OTHER_PRODUCTS_HEAD_RE.test(`${first.getAttribute('class') ?? ''} ${first.getAttribute('id') ?? ''}`)) return false;
  // (a heading's class alone is no proof: "recommended-intake__title" over the product's own
  // directions and facts table, "product-recommendation-heading" over its own description: only a
  // block of cards, a price in it or two card-marked items, and no table, is other products')
  return holdsCards(el);
}

/** class words of a product card ("card__heading", "grid__item", "product-tile") and of a price */
const CARD_CLASS_RE = /card|tile|product-?item|grid__item/i;
const PRICE_CLASS_RE = /price/i;
/** a price as a card shows it: "$24.00", "24,00 €", "£9.99", "19,90 zł" */
const PRICE_TEXT_RE = /[$€£]\s?\d{1,5}(?:[.,]\d{2})?(?!\d)|(?<!\d)\d{1,5}[.,]\d{2}\s?(?:€|zł|kr|Kč|CHF|lei)/u;

/** A price, or two card-marked elements, under el, and no table (a bounded walk). */
function holdsCards(el: Element): boolean {
  let cards = 0;
  let seen = 0;
  const stack: Element[] = [...Array.from(el.children ?? [])];
  while (stack.length > 0 && seen++ < 2000) {
    const c = stack.pop()!;
    const tag = (c.tagName ?? '').toUpperCase();
    if (tag === 'TABLE') return false;
    const cls = c.getAttribute('class') ?? '';
    if (PRICE_CLASS_RE.test(cls)) return !hasTable(el);
    if (CARD_CLASS_RE.test(cls)) cards++;
    const kids = Array.from(c.children ?? []);
    if (kids.length === 0 && PRICE_TEXT_RE.test(c.textContent ?? '')) return !hasTable(el);
    for (const k of kids) stack.push(k);
  }
  return cards >= 2;
}

/** How many levels above an image a product card's link and price may stand. */
const CARD_LEVELS = 6;
/** A card's text is short: a name, a price, a button. */
export const CARD_MAX_CHARS = 600;

/** Is el inside another product's card: an ancestor, below the one that holds the page's own title
 *  (`own`, its h1), with a link and a price in its short text ("<div class="swiper-slide"><img ...>
 *  <a href="/products/...">Other product</a> $9.99</div>")? The page's own gallery shows no price
 *  of its own below the title's block. */
export function inProductCard(ix: PageIndex, el: Element, own: Element | null): boolean {
  const ownBlocks = new Set<Element>();
  for (let q: Element | null = own; q; q = q.parentElement) ownBlocks.add(q);
  let p: Element | null = el.parentElement;
  for (let n = 0; p && n < CARD_LEVELS; p = p.parentElement, n++) {
    if (ownBlocks.has(p)) return false;
    const text = p.textContent ?? '';
    if (text.length <= CARD_MAX_CHARS && PRICE_TEXT_RE.test(text) && all(ix, 'a[href]', p).length > 0) return true;
  }
  return false;
}

/** Is el itself another product's card: short text with a price and a link, and no heading of a
 *  page's product (an h1) in it ("<article class="product-miniature"><a>Magnesio Marino 500 mg</a>
 *  9,95 €</article>" under "Combínalo con")? Never a product page's area (issue 8, round 47: a
 *  shop's first <article> was such a card, and the page was read as that card). */
export function isProductCardElement(ix: PageIndex, el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= CARD_MAX_CHARS && PRICE_TEXT_RE.test(text) && all(ix, 'a[href]', el).length > 0 && all(ix, 'h1', el).length === 0;
}

function hasTable(el: Element): boolean {
  return el.querySelector('table') !== null;
}

export interface TextOptions {
  /** skip nav/header/footer and carousel/review-like regions (for whole-page reads) */
  skipChrome?: boolean;
  /** stop after this many characters */
  maxChars?: number;
}

/** How far into a hidden tab panel its heading may stand. */
const TAB_HEAD_CHARS = 80;

/** A tab panel not shown yet that holds one of the product's own sections, headed by its
 *  composition or directions ("Zutaten", "Verzehrempfehlung"). Other hidden panels stay unread: a
 *  carousel's slides (role="tabpanel" aria-hidden) hold other products, a "Compare" tab other
 *  products' amounts, and a second facts panel another strength's ("Extra strength" beside the one
 *  shown) (issue 8, review 19: such a tab read 50 mg of a children's product as the dose). */
function isHiddenSectionTab(el: Element): boolean {
  if (el.getAttribute('role') !== 'tabpanel' && !besideTabList(el)) return isCollapsedSection(el);
  // (its heading: the first element in it, or else the start of its text)
  const first = el.firstElementChild;
  const head = ((first ? first.textContent : el.textContent) ?? '').trimStart().slice(0, TAB_HEAD_CHARS);
  if ((COMPOSITION_HEADING_RE().test(head) || DIRECTIONS_HEADING_RE().test(head)) && !FACTS_HEADING_RE().test(head)) return true;
  // (a medicine's package leaflet is the product's own document, its sections questions: "3. Wie ist
  // ... einzunehmen?"; issue 8, round 46)
  if (LEAFLET_HEADING_RE().test(head)) return true;
  // (or its tab names one: "<button role=tab aria-controls=panel-howto>How to use</button>",
  // "Beipackzettel", over a panel whose own first words are the directions themselves; issue 8,
  // rounds 50 and 51: Boots' "How to use" and a leaflet tab held the only directions)
  const label = tabLabel(el);
  if (label !== null && label.length <= TAB_HEAD_CHARS && !FACTS_HEADING_RE().test(label) && labelIsHeading(label, el, 1)) return true;
  return headsOwnSections(el);
}

/** The most words of a product's name after a tab's heading ("How to use Magnesium Citrate"). */
const TAB_NAME_TAIL_WORDS = 5;
/** A tab's name that IS a composition, directions or leaflet heading: the whole name, another such
 *  heading joined to it ("Directions & Warnings"), or the heading and a short tail of the product's
 *  own name (its words all in the page's h1 or title). Never a name that only starts with one: "How
 *  to use our app" is another thing's directions (review of rounds 50-51). */
function labelIsHeading(label: string, el: Element, joins: number): boolean {
  const name = label.trim();
  const m = [COMPOSITION_HEADING_RE(), DIRECTIONS_HEADING_RE(), LEAFLET_HEADING_RE()].map((re) => re.exec(name)).find((x) => x !== null);
  if (!m) return false;
  const rest = name.slice(m[0].length).replace(/^[\s:.\-–—|]+/, '').trim();
  if (rest === '') return true;
  // ("Directions & Warnings", "Nährwerte & Verzehrempfehlung": another section's heading joined)
  const joined = /^(?:&|\+|\/|,|and|und|et|y|e|en|och|i|oraz)\s*/i.exec(rest);
  if (joined) return joins > 0 && labelIsOrAnyHeading(rest.slice(joined[0].length).trim(), el, joins - 1);
  const words = rest.split(/\s+/);
  if (words.length > TAB_NAME_TAIL_WORDS) return false;
  const doc = el.ownerDocument;
  const productName = `${doc?.querySelector('h1')?.textContent ?? ''} ${doc?.title ?? ''}`.toLowerCase();
  return words.every((w) => productName.includes(w.toLowerCase()));
}
/** A joined part of a tab's name: a heading of the kinds above, or any short word of a section
 *  ("Warnings", "Nutrition facts"): only the first part need be the directions. */
function labelIsOrAnyHeading(rest: string, el: Element, joins: number): boolean {
  return labelIsHeading(rest, el, joins) || FACTS_HEADING_RE().test(rest) || /^[\p{L}' ]{1,30}$/u.test(rest);
}

/** How many levels up from a tab panel its tab is looked for. */
const TAB_LABEL_LEVELS = 3;

/** The words of the tab that switches a panel (role="tab" whose aria-controls is the panel's id, or
 *  whose id the panel's aria-labelledby names), looked for near the panel, never inside a panel. */
function tabLabel(el: Element): string | null {
  const id = el.getAttribute('id');
  const by = el.getAttribute('aria-labelledby');
  if (!id && !by) return null;
  let p = el.parentElement;
  for (let up = 0; p && up < TAB_LABEL_LEVELS; p = p.parentElement, up++) {
    const stack: Element[] = Array.from(p.children ?? []).filter((c) => c !== el);
    for (let n = 0; stack.length > 0 && n < TAB_WALK_ELEMENTS; n++) {
      const c = stack.pop()!;
      const role = c.getAttribute('role');
      if (role === 'tab' && ((id && c.getAttribute('aria-controls') === id) || (by && c.getAttribute('id') === by))) return (c.textContent ?? '').trim();
      if (role !== 'tabpanel') stack.push(...Array.from(c.children ?? []));
    }
  }
  return null;
}

/** A panel of tabs without the role: a sibling of the tab list (role="tablist") that switches it
 *  ("<ul role=tablist>Produktdetails | Beipackzettel</ul><div class=tabs__panel hidden>"). */
function besideTabList(el: Element): boolean {
  const parent = el.parentElement;
  return parent !== null && Array.from(parent.children ?? []).some((c) => c !== el && c.getAttribute('role') === 'tablist');
}

/** How many elements of a tab panel are looked at for its section headings. */
const TAB_WALK_ELEMENTS = 400;
const SECTION_HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'SUMMARY']);

/** A tab panel whose own sections (headings, or an accordion's summaries: a leaflet's "Zusammensetzung",
 *  "Dosierung und Art der Anwendung") include the product's composition or directions, and none is a
 *  facts panel's heading (another strength's facts in its own tab) nor a question (a Q&A's "Dosage?")
 *  (issue 8, round 35: a leaflet tab, hidden until clicked, held the only dose). */
function headsOwnSections(el: Element): boolean {
  let own = false;
  const stack: Element[] = [...Array.from(el.children ?? [])];
  for (let n = 0; stack.length > 0 && n < TAB_WALK_ELEMENTS; n++) {
    const c = stack.pop()!;
    if (SECTION_HEADING_TAGS.has((c.tagName ?? '').toUpperCase())) {
      const text = (c.textContent ?? '').trim();
      if (FACTS_HEADING_RE().test(text)) return false;
      if (text.length <= TAB_HEAD_CHARS && !text.endsWith('?') && (COMPOSITION_HEADING_RE().test(text) || DIRECTIONS_HEADING_RE().test(text))) own = true;
      continue;
    }
    stack.push(...Array.from(c.children ?? []));
  }
  return own;
}

/** A collapsed accordion panel of the product's own: the element right before it is the control
 *  that opens it (aria-expanded), and the control names its composition, its directions or its
 *  specifications ("Specifications" over rows "Count | 500 Softgels", "Directions | Take 2 softgels
 *  daily"). A panel under any other control ("Questions & Answers", "Reviews", "Compare") stays
 *  unread: other people's and other products' amounts are no dose (issue 8, round 33). */
function isCollapsedSection(el: Element): boolean {
  const control = el.previousElementSibling;
  if (!control || control.getAttribute('aria-expanded') === null) return false;
  // (the control is that heading alone, with at most a count or a mark after it: "Directions for the
  // kids' version", "Usage questions", "Ingredients of the bundled gummies" name another product's
  // or other people's words; review 33)
  const text = (control.textContent ?? '').trim();
  if (text.length > TAB_HEAD_CHARS) return false;
  const head = withoutControlTail(text);
  if (FACTS_HEADING_RE().test(head)) return false;
  return [COMPOSITION_HEADING_RE(), DIRECTIONS_HEADING_RE(), SPECIFICATIONS_HEADING_RE].some((re) => re.exec(head)?.[0].length === head.length);
}
/** What may close a disclosure control after its heading: a count ("(12)"), a colon, an arrow or sign. */
const CONTROL_COUNT_RE = /\(\d{1,5}\)$/;
const CONTROL_MARKS = ':+-–▾▸›>';
function withoutControlTail(text: string): string {
  let t = text.trimEnd();
  for (;;) {
    const count = CONTROL_COUNT_RE.exec(t);
    if (count) t = t.slice(0, count.index).trimEnd();
    else if (t.length > 0 && CONTROL_MARKS.includes(t[t.length - 1]!)) t = t.slice(0, -1).trimEnd();
    else return t;
  }
}

/** Text of an element with line breaks between blocks and " | " between table cells. */
export function blockText(root: Node | null | undefined, opts: TextOptions = {}): string {
  if (!root) return '';
  const max = opts.maxChars ?? 300_000;
  const parts: string[] = [];
  let size = 0;
  // iterative walk (deep pages must not overflow the stack)
  const stack: Node[] = [root];
  const closers: (string | null)[] = [null];
  while (stack.length > 0 && size < max) {
    const node = stack.pop()!;
    const closer = closers.pop() ?? null;
    if (closer !== null) {
      parts.push(closer);
      if (node === (null as unknown as Node)) continue;
    }
    // (each property read of a node is a call into the DOM: on a large page this walk runs in the
    // page, so each is read once; issue 14)
    const type = node.nodeType;
    if (type === 3) {
      const t = node.nodeValue ?? '';
      if (t.length > 0) {
        parts.push(t);
        size += t.length;
      }
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    // (an element without attributes, most of a table's cells and rows, is asked for none)
    const attributed = type === 1 && el.hasAttributes();
    if (attributed) {
      if (SKIP_TAGS.has(tag)) continue;
      // (a tab panel not shown yet is the page's own content, one click away: "Zutaten" or
      // "Anwendung" in a tab of its own; issue 8, round 19)
      if ((el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') && !isHiddenSectionTab(el)) {
        if (opts.skipChrome) continue;
      }
    } else if (type === 1 && SKIP_TAGS.has(tag)) continue;
    if (type === 1 && opts.skipChrome && node !== root) {
      if (CHROME_TAGS.has(tag)) continue;
      if (attributed) {
        const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
        if (cls.length > 1 && NOT_LABEL_RE.test(cls)) continue;
      }
      if (BLOCK_TAGS.has(tag) && headsOtherProducts(el)) continue;
    }
    // (a table built of divs with ARIA roles reads as one: its rows on lines, its cells apart)
    const role = attributed ? el.getAttribute('role') : null;
    const isCell = CELL_TAGS.has(tag) || (role !== null && CELL_ROLES.has(role));
    const isBlock = !isCell && (BLOCK_TAGS.has(tag) || role === 'row');
    // push a marker to close this element after its children
    if (isBlock || isCell || ROW_END_TAGS.has(tag)) {
      stack.push(null as unknown as Node);
      closers.push(isCell ? ' | ' : '\n');
      if (isBlock) parts.push('\n');
    } else if (type === 1 && !INLINE_TEXT_TAGS.has(tag)) {
      // <span>Magnesium</span><span>300 mg</span>: separate elements are separate words
      stack.push(null as unknown as Node);
      closers.push(' ');
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      closers.push(null);
    }
  }
  return tidy(parts.join(''));
}

/** Folds spaces within lines, drops empty lines, trims cell separators. */
export function tidy(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => trimPipes(l.replace(/[ \t\r\f\v]+/g, ' ')))
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Drops cell separators at both ends of a line (a loop, not a regex: linear on any input). */
function trimPipes(l: string): string {
  let a = 0;
  let b = l.length;
  while (a < b && (l[a] === ' ' || l[a] === '|')) a++;
  while (b > a && (l[b - 1] === ' ' || l[b - 1] === '|')) b--;
  return l.slice(a, b);
}

/** Removes <tags> from an HTML string in one pass. */
function stripTags(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) { out += s.slice(i); break; }
    const gt = s.indexOf('>', lt + 1);
    if (gt < 0) { out += s.slice(i); break; }
    out += s.slice(i, lt) + ' ';
    i = gt + 1;
  }
  return out;
}

export function first(ix: PageIndex, selectors: readonly string[], within?: Element | null): Element | null {
  return ix.first(selectors, within);
}

export function all(ix: PageIndex, selector: string, within?: Element | null): Element[] {
  return ix.all(selector, within);
}

export function textOf(el: Element | null): string | null {
  if (!el) return null;
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

export function meta(ix: PageIndex, names: readonly string[]): string | null {
  for (const n of names) {
    const el = ix.first([`meta[property="${n}"], meta[name="${n}"]`]);
    const c = el?.getAttribute('content');
    if (c && c.trim()) return c.trim();
  }
  return null;
}

/** Parses every JSON-LD block (read from the script's text) and returns all objects, @graph flattened. */
export function jsonLd(ix: PageIndex): Record<string, unknown>[] {
  return ix.once('jsonld', () => readJsonLd(ix));
}

function readJsonLd(ix: PageIndex): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of all(ix, 'script[type="application/ld+json"]')) {
    const raw = s.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    // only Product-like blocks matter; skip parsing the rest (cheap string test first)
    if (!/"@type"\s{0,3}:\s{0,3}\[?\s{0,3}"(?:Product|ProductGroup|Drug|DietarySupplement|Article|BlogPosting|NewsArticle|SearchResultsPage|CollectionPage)"|@graph/.test(raw)) continue;
    try {
      const v: unknown = JSON.parse(raw);
      const push = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(push);
        else if (x && typeof x === 'object') {
          const o = x as Record<string, unknown>;
          out.push(o);
          if (Array.isArray(o['@graph'])) (o['@graph'] as unknown[]).forEach(push);
        }
      };
      push(v);
    } catch {
      // malformed JSON-LD is common; ignore that block
    }
  }
  return out;
}

/** A JSON-LD object's @type(s). */
export function typeOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
}

export interface LdProduct {
  name: string | null;
  brand: string | null;
  description: string | null;
}

export function ldProduct(objs: Record<string, unknown>[]): LdProduct | null {
  const p = objs.find((o) => typeOf(o).some((t) => /^(?:Product|ProductGroup|Drug|DietarySupplement)$/.test(t)));
  if (!p) return null;
  const brand = p['brand'];
  const brandName = typeof brand === 'string' ? brand : brand && typeof brand === 'object' ? String((brand as Record<string, unknown>)['name'] ?? '') : '';
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? decodeEntities(v.trim()) : null);
  return { name: str(p['name']), brand: str(brandName), description: str(p['description']) };
}

export function ldTypes(objs: Record<string, unknown>[]): Set<string> {
  const s = new Set<string>();
  for (const o of objs) for (const t of typeOf(o)) s.add(t);
  return s;
}

/** Embedded JSON such as script#__NEXT_DATA__, parsed from the script's text. */
export function scriptJson(ix: PageIndex, selector: string, mustInclude?: { test(s: string): boolean }): unknown {
  const el = first(ix, [selector]);
  const raw = el?.textContent ?? '';
  if (!raw || raw.length > 8_000_000) return null;
  // parsing a large JSON blob is the costliest step on some pages: skip it when the text
  // cannot hold what we look for
  if (mustInclude && !mustInclude.test(raw)) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Follows a path of keys in parsed JSON; null when any step is missing. */
export function dig(v: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur ?? null;
}

/** HTML in JSON strings ("<p>Take 2 capsules</p>") to text with line breaks, without parsing it as DOM. */
export function htmlToText(s: string): string {
  return tidy(decodeEntities(stripTags(s.replace(/<\s*(?:br|\/p|\/li|\/div|\/tr|\/h\d)\s*\/?>/gi, '\n').replace(/<\/t[dh]>/gi, ' | '))));
}

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp|#x27|reg|trade|micro);/g, (_, e: string) => (
    { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ', '#x27': "'", reg: '®', trade: '™', micro: 'µ' }[e] ?? ''
  ));
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Blocks read after a heading, at most: its section (a list, a table, a note). */
const SECTION_BLOCKS = 4;

/** Text of the block that follows a heading matching `re` ("Suggested use", "Directions"). */
export function sectionAfterHeading(ix: PageIndex, within: Element | null, re: RegExp, headingSelector = 'h2, h3, h4, h5, strong, b, dt, summary, button'): string | null {
  const out: string[] = [];
  for (const h of all(ix, headingSelector, within)) {
    const t = (h.textContent ?? '').trim();
    if (t.length === 0 || t.length > 60 || !re.test(t)) continue;
    // the heading's container (heading + content), or the next sibling block
    let box: Element | null = h;
    for (let n = 0; n < 3 && box && (box.textContent ?? '').trim().length <= t.length + 5; n++) {
      const sib: Element | null = box.nextElementSibling;
      if (sib) {
        // the section runs to the next heading: "Directions" then a list and a dose table
        let size = 0;
        for (let k: Element | null = sib, m = 0; k && m < SECTION_BLOCKS && size < 4000 && !HEADING_TAGS.has((k.tagName ?? '').toUpperCase()); k = k.nextElementSibling, m++) {
          const t = blockText(k, { maxChars: 4000 });
          out.push(t);
          size += t.length;
        }
        box = null;
        break;
      }
      box = box.parentElement;
    }
    if (box && box !== h) out.push(blockText(box, { maxChars: 4000 }));
    if (out.join('').length > 8000) break;
  }
  const s = out.filter((x) => x.length > 0).join('\n');
  return s.length > 0 ? s : null;
}
