// A page's HTML, as the browser serialises it (Element.outerHTML), back into a small tree that the
// store adapters can read in the background, where there is no DOM (issue 14): the content script
// sends the page's markup in one native call instead of running the adapters on the page's main
// thread. The tree offers only what the adapters use (stores/*, dom.ts, page-index.ts): tagName,
// getAttribute, childNodes, children, firstElementChild, next/previousElementSibling, parentElement,
// nodeType, nodeValue, textContent, querySelector(All), and the document's title, head, body and
// documentElement. The adapters read the same text from it as from the live page:
// test/unit/extract/html-tree.test.ts reads every page we have both ways.
//
// The browser's serialisation is regular: every element but the void ones has its end tag, text is
// escaped (&amp; &lt; &gt; &nbsp;), attribute values are quoted, and the raw-text elements (script,
// style...) hold their text unescaped up to their end tag. Markup written by hand is read too, as
// far as it keeps to these rules; anything else (an end tag with no start) is skipped, never thrown.
// Linear in the markup: one scan, each character visited a bounded number of times.
import { PageIndex } from './page-index.ts';

const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR', 'PARAM', 'KEYGEN', 'BASEFONT', 'BGSOUND', 'FRAME']);
/** elements whose text runs unescaped to their end tag */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'NOSCRIPT', 'PLAINTEXT']);
/** elements whose text runs to their end tag, with character references */
const ESCAPABLE_RAW_TEXT = new Set(['TITLE', 'TEXTAREA']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references: the ones a serialiser writes, and numeric ones (unknown names stay as written). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

abstract class TreeNode {
  parentElement: TreeElement | null = null;
  ownerDocument: TreeDocument | null = null;
  abstract readonly nodeType: number;
  abstract get textContent(): string;
}

class TreeText extends TreeNode {
  readonly nodeType = 3;
  constructor(readonly nodeValue: string) {
    super();
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

export class TreeElement extends TreeNode {
  readonly nodeType: number = 1;
  readonly childNodes: TreeNode[] = [];
  readonly children: TreeElement[] = [];
  nextElementSibling: TreeElement | null = null;
  previousElementSibling: TreeElement | null = null;
  constructor(
    readonly tagName: string,
    private readonly attrs: Map<string, string>,
  ) {
    super();
  }
  /** attributes met after the element was made (the root's, on its start tag) */
  addAttributes(from: ReadonlyMap<string, string>): void {
    for (const [k, v] of from) if (!this.attrs.has(k)) this.attrs.set(k, v);
  }
  get firstElementChild(): TreeElement | null {
    return this.children[0] ?? null;
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name.toLowerCase()) ?? null;
  }
  hasAttributes(): boolean {
    return this.attrs.size > 0;
  }
  get textContent(): string {
    // iterative (a deep page must not overflow the stack)
    const parts: string[] = [];
    const stack: TreeNode[] = [this];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node instanceof TreeText) parts.push(node.nodeValue);
      else if (node instanceof TreeElement) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
    return parts.join('');
  }
  querySelectorAll(selector: string): TreeElement[] {
    const index = this.ownerDocument?.index();
    if (!index) return [];
    return (index.all(selector, this as unknown as Element) as unknown as TreeElement[]).filter((el) => el !== this);
  }
  querySelector(selector: string): TreeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  append(node: TreeNode): void {
    node.parentElement = this;
    node.ownerDocument = this instanceof TreeDocument ? this : this.ownerDocument;
    if (node instanceof TreeElement) {
      const last = this.children[this.children.length - 1];
      if (last) last.nextElementSibling = node;
      node.previousElementSibling = last ?? null;
      this.children.push(node);
    }
    this.childNodes.push(node);
  }
}

/** A document over the tree: the root element and the lookups the adapters make on it. */
export class TreeDocument extends TreeElement {
  override readonly nodeType = 9;
  readonly documentElement: TreeElement;
  constructor(root: TreeElement) {
    super('#document', new Map());
    this.append(root);
    this.documentElement = root;
  }
  get head(): TreeElement | null {
    return this.documentElement.children.find((c) => c.tagName === 'HEAD') ?? null;
  }
  get body(): TreeElement | null {
    return this.documentElement.children.find((c) => c.tagName === 'BODY') ?? null;
  }
  get title(): string {
    const t = this.head?.children.find((c) => c.tagName === 'TITLE') ?? this.querySelector('title');
    return (t?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
  }
  private pageIndex: PageIndex | null = null;
  /** one index of the whole tree for every lookup (the tree never changes once parsed) */
  index(): PageIndex {
    this.pageIndex ??= new PageIndex(this as unknown as Document, { native: false });
    return this.pageIndex;
  }
  override querySelectorAll(selector: string): TreeElement[] {
    return this.index().all(selector) as unknown as TreeElement[];
  }
}

/** how far down the open elements an end tag looks for its start tag (a browser's markup closes
 *  the innermost one; a stray end tag is skipped after this many) */
const END_TAG_REACH = 64;

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

interface Tag { name: string; closing: boolean; attrs: Map<string, string>; selfClosing: boolean; end: number }

/**
 * The tag at `lt` (a "<"), read as the HTML tokenizer reads it: a name, then attributes whose name
 * runs to a space, "/", ">" or "=" (a quote may be part of it: `"=""` is an attribute a browser
 * keeps and writes back), each with a value quoted or not. Null when no tag starts there.
 */
function readTag(html: string, lt: number): Tag | null {
  let i = lt + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  if (!/[a-zA-Z]/.test(html[i] ?? '')) return null;
  const nameStart = i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toUpperCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (isSpace(html[i]) || html[i] === '/') {
      selfClosing = html[i] === '/';
      i++;
    }
    if (i >= html.length) return null;
    if (html[i] === '>') return { name, closing, attrs, selfClosing, end: i + 1 };
    selfClosing = false;
    const attrStart = i;
    i++; // (the first character may be "=")
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attr = html.slice(attrStart, i).toLowerCase();
    let value = '';
    let j = i;
    while (isSpace(html[j])) j++;
    if (html[j] === '=') {
      j++;
      while (isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return null;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        const from = j;
        while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
        value = html.slice(from, j);
        i = j;
      }
    }
    if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value));
  }
}

/**
 * The tree of serialised HTML (`document.documentElement.outerHTML`, or a whole file). Markup
 * outside the root html element (a doctype, a comment) is skipped; markup with no html element
 * gets one, as a browser's parser would give it.
 */
export function parseHtml(html: string): TreeDocument {
  const root = new TreeElement('HTML', new Map());
  // (made first: each element knows its document as it is added)
  const doc = new TreeDocument(root);
  let rootSeen = false;
  const open: TreeElement[] = [root];
  let i = 0;
  const text = (s: string) => {
    if (s.length > 0) open[open.length - 1]!.append(new TreeText(decodeEntities(s)));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      // a comment, doctype or processing instruction: skipped
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) + 3 : html.indexOf('>', lt) + 1;
      i = close > lt ? close : html.length;
      continue;
    }
    const t = readTag(html, lt);
    if (!t) {
      // a lone "<": text, as a browser reads it
      text('<');
      i = lt + 1;
      continue;
    }
    i = t.end;
    const tag = t.name;
    if (t.closing) {
      closeElement(open, tag);
      continue;
    }
    if (tag === 'HTML' && !rootSeen) {
      rootSeen = true;
      root.addAttributes(t.attrs);
      continue;
    }
    const el = new TreeElement(tag, t.attrs);
    open[open.length - 1]!.append(el);
    if (VOID.has(tag) || t.selfClosing) continue;
    if (RAW_TEXT.has(tag) || ESCAPABLE_RAW_TEXT.has(tag)) {
      const end = closingTag(html, i, tag);
      const inner = html.slice(i, end.start);
      if (inner.length > 0) el.append(new TreeText(RAW_TEXT.has(tag) ? inner : decodeEntities(inner)));
      i = end.after;
      continue;
    }
    open.push(el);
  }
  return doc;
}

/** Closes the innermost open element named `tag`, and any left open inside it. */
function closeElement(open: TreeElement[], tag: string): void {
  for (let at = open.length - 1; at > 0 && at >= open.length - END_TAG_REACH; at--) {
    if (open[at]!.tagName === tag) {
      open.length = at;
      return;
    }
  }
}

/** Where a raw-text element's end tag starts, and the index after it (the end of the markup when
 *  it has none). */
function closingTag(html: string, from: number, tag: string): { start: number; after: number } {
  const lower = `</${tag.toLowerCase()}`;
  let at = from;
  for (;;) {
    const k = html.indexOf('</', at);
    if (k < 0) return { start: html.length, after: html.length };
    if (html.slice(k, k + lower.length).toLowerCase() === lower && /[\s/>]/.test(html[k + lower.length] ?? '>')) {
      const close = html.indexOf('>', k);
      return { start: k, after: close < 0 ? html.length : close + 1 };
    }
    at = k + 2;
  }
}
