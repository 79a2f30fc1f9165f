// One pass over the page's elements, then every adapter lookup is answered from that list.
// Why: in linkedom (the CLI and the benchmark) each querySelector is a full-document scan, and a
// store adapter needs 30-odd lookups; one walk keeps the whole read near the cost of a single
// pass over the page. Supports the selector subset the adapters use: tag, #id, .class,
// [attr], [attr="v"], [attr*="v" i], [attr^="v"], [attr$="v"], descendant (space) and child (>).
// Uses only children/parentElement/getAttribute: the same in browsers and linkedom.

interface AttrTest { name: string; op: '' | '=' | '*=' | '^=' | '$='; value: string; i: boolean }
interface Compound { tag: string | null; id: string | null; classes: string[]; attrs: AttrTest[] }
interface Complex { parts: Compound[]; combinators: ('' | '>')[] }

const cache = new Map<string, Complex[] | null>();

function parseCompound(s: string): Compound | null {
  const c: Compound = { tag: null, id: null, classes: [], attrs: [] };
  let i = 0;
  const ident = (): string => {
    const m = /^[\w-]+/.exec(s.slice(i));
    const v = m ? m[0] : '';
    i += v.length;
    return v;
  };
  if (/^[a-zA-Z*]/.test(s)) {
    const t = s[0] === '*' ? (i++, '*') : ident();
    c.tag = t === '*' ? null : t.toUpperCase();
  }
  while (i < s.length) {
    const ch = s[i];
    if (ch === '#') { i++; c.id = ident(); }
    else if (ch === '.') { i++; c.classes.push(ident()); }
    else if (ch === '[') {
      const end = s.indexOf(']', i);
      if (end < 0) return null;
      const body = s.slice(i + 1, end);
      i = end + 1;
      const a = parseAttr(body);
      if (!a) return null;
      c.attrs.push(a);
    } else return null;
  }
  return c;
}

/** `name`, `name="v"`, `name*="v" i` ... parsed with string operations (selectors are our own). */
function parseAttr(body: string): AttrTest | null {
  const eq = body.indexOf('=');
  if (eq < 0) {
    const name = body.trim();
    return /^[\w:-]+$/.test(name) ? { name, op: '', value: '', i: false } : null;
  }
  const pre = body.slice(0, eq).trim();
  const opChar = pre.slice(-1);
  const op = (opChar === '*' || opChar === '^' || opChar === '$' ? `${opChar}=` : '=') as AttrTest['op'];
  const name = (op === '=' ? pre : pre.slice(0, -1)).trim();
  let rest = body.slice(eq + 1).trim();
  let i = false;
  if (rest.endsWith(' i')) {
    i = true;
    rest = rest.slice(0, -2).trim();
  }
  const q = rest[0];
  const value = (q === '"' || q === "'") && rest.endsWith(q) ? rest.slice(1, -1) : rest;
  return /^[\w:-]+$/.test(name) ? { name, op, value, i } : null;
}

/** Splits a complex selector into compounds and ">" (whitespace and ">" inside [...] kept). */
function tokens(part: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quote = '';
  for (const ch of part) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === '[') {
      depth++;
      cur += ch;
    } else if (ch === ']') {
      depth--;
      cur += ch;
    } else if (depth === 0 && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '>')) {
      if (cur) out.push(cur);
      cur = '';
      if (ch === '>') out.push('>');
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function parseSelector(sel: string): Complex[] | null {
  const hit = cache.get(sel);
  if (hit !== undefined) return hit;
  const out: Complex[] = [];
  for (const part of sel.split(',')) {
    const toks = tokens(part);
    const cx: Complex = { parts: [], combinators: [] };
    let comb: '' | '>' = '';
    for (const t of toks) {
      if (t === '>') { comb = '>'; continue; }
      const c = parseCompound(t);
      if (!c) { cache.set(sel, null); return null; }
      if (cx.parts.length > 0) cx.combinators.push(comb);
      cx.parts.push(c);
      comb = '';
    }
    if (cx.parts.length > 0) out.push(cx);
  }
  cache.set(sel, out);
  return out;
}

interface Entry { el: Element; tag: string; id: string; cls: string; parent: number }

/** The bucket of elements that have any attribute: a selector of attribute tests alone
 *  ("[itemprop=brand]") can only match there (a huge table's bare cells are skipped). */
const WITH_ATTRIBUTES = '@';

/** The position of the first value >= a in an ascending list (binary search). */
function firstAtOrAfter(list: readonly number[], a: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matchCompound(x: Entry, c: Compound): boolean {
  if (c.tag && c.tag !== x.tag) return false;
  if (c.id !== null && c.id !== x.id) return false;
  if (c.classes.length > 0) {
    if (!x.cls) return false;
    const toks = ` ${x.cls} `;
    for (const k of c.classes) if (!toks.includes(` ${k} `)) return false;
  }
  for (const a of c.attrs) {
    const v = a.name === 'class' ? x.cls : a.name === 'id' ? x.id : x.el.getAttribute(a.name);
    if (v === null || v === undefined) return false;
    if (a.op === '') continue;
    const have = a.i ? v.toLowerCase() : v;
    const want = a.i ? a.value.toLowerCase() : a.value;
    if (a.op === '=' && have !== want) return false;
    if (a.op === '*=' && (want === '' || !have.includes(want))) return false;
    if (a.op === '^=' && (want === '' || !have.startsWith(want))) return false;
    if (a.op === '$=' && (want === '' || !have.endsWith(want))) return false;
  }
  return true;
}

/** A selector engine implemented natively (browsers) answers lookups directly; a JS one
 *  (linkedom in the CLI and tests) scans the whole tree per call, so there one walk is shared. */
function hasNativeSelectors(doc: Document): boolean {
  try {
    return /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(doc.querySelectorAll));
  } catch {
    return false;
  }
}

export class PageIndex {
  readonly doc: Document;
  /** true when lookups go to the browser's own querySelector(All) */
  readonly native: boolean;
  private readonly entries: Entry[] = [];
  /** end (exclusive) of each entry's subtree in document order */
  private readonly ends: number[] = [];

  constructor(doc: Document, opts: { native?: boolean; maxElements?: number } = {}) {
    this.doc = doc;
    this.native = opts.native ?? hasNativeSelectors(doc);
    const maxElements = opts.maxElements ?? 500_000;
    const root = doc.documentElement;
    if (!root || this.native) return;
    // preorder walk by firstElementChild / nextElementSibling (cheap in browsers and linkedom)
    const parents: number[] = [];
    let node: Element | null = root;
    while (node && this.entries.length < maxElements) {
      const i = this.entries.length;
      const tag = (node.tagName ?? '').toUpperCase();
      const id = node.getAttribute('id') ?? '';
      const cls = node.getAttribute('class') ?? '';
      this.entries.push({ el: node, tag, id, cls, parent: parents.length ? parents[parents.length - 1]! : -1 });
      this.ends.push(i + 1);
      const f: Element | null = node.firstElementChild;
      if (f) {
        parents.push(i);
        node = f;
        continue;
      }
      let next: Element | null = node.nextElementSibling;
      while (!next && parents.length > 0) {
        const p = parents.pop()!;
        this.ends[p] = this.entries.length;
        next = this.entries[p]!.el.nextElementSibling;
      }
      node = next;
    }
    for (const p of parents) this.ends[p] = this.entries.length;
  }


  private matchAt(k: number, cx: Complex): boolean {
    const n = cx.parts.length;
    if (!matchCompound(this.entries[k]!, cx.parts[n - 1]!)) return false;
    let cur = k;
    for (let p = n - 2; p >= 0; p--) {
      const comb = cx.combinators[p];
      const want = cx.parts[p]!;
      let found = false;
      cur = this.entries[cur]!.parent;
      while (cur >= 0) {
        if (matchCompound(this.entries[cur]!, want)) { found = true; break; }
        if (comb === '>') break;
        cur = this.entries[cur]!.parent;
      }
      if (!found) return false;
    }
    return true;
  }

  private matchIndexes(selector: string, within?: Element | null): number[] {
    const cxs = parseSelector(selector);
    if (!cxs) return [];
    let a = 0;
    let b = this.entries.length;
    if (within) {
      const w = this.entries.findIndex((x) => x.el === within);
      if (w < 0) return [];
      a = w;
      b = this.ends[w]!;
    }
    const hits = new Set<number>();
    for (const cx of cxs) {
      const key = this.bucketKey(cx.parts[cx.parts.length - 1]!);
      if (key === null) {
        for (let k = a; k < b; k++) if (this.matchAt(k, cx)) hits.add(k);
        continue;
      }
      const bucket = this.buckets().get(key) ?? [];
      for (let j = firstAtOrAfter(bucket, a); j < bucket.length && bucket[j]! < b; j++) {
        if (this.matchAt(bucket[j]!, cx)) hits.add(bucket[j]!);
      }
    }
    return [...hits].sort((x, y) => x - y);
  }

  /** The narrowest bucket a selector's last compound can only match inside: its id, its first
   *  class, its tag, or the elements with attributes. Why: a page of tens of thousands of table cells made each of the
   *  adapters' 30-odd lookups a full scan; with buckets a lookup visits only its candidates. */
  private bucketKey(c: Compound): string | null {
    if (c.id !== null) return `#${c.id}`;
    if (c.classes.length > 0) return `.${c.classes[0]}`;
    if (c.tag) return c.tag;
    return c.attrs.length > 0 ? WITH_ATTRIBUTES : null;
  }

  private bucketMap: Map<string, number[]> | null = null;
  /** Entry indexes by tag, id and class, in document order; built on the first lookup. */
  private buckets(): Map<string, number[]> {
    if (this.bucketMap) return this.bucketMap;
    const map = new Map<string, number[]>();
    const add = (key: string, k: number) => {
      const list = map.get(key);
      if (list) list.push(k);
      else map.set(key, [k]);
    };
    this.entries.forEach((x, k) => {
      add(x.tag, k);
      if (x.el.hasAttributes?.() ?? true) add(WITH_ATTRIBUTES, k);
      if (x.id) add(`#${x.id}`, k);
      if (x.cls) for (const c of new Set(x.cls.split(/\s+/))) if (c) add(`.${c}`, k);
    });
    this.bucketMap = map;
    return map;
  }

  /** All elements matching a selector (comma lists allowed), in document order. */
  all(selector: string, within?: Element | null): Element[] {
    if (this.native) {
      try {
        return Array.from((within ?? this.doc).querySelectorAll(selector));
      } catch {
        return []; // a selector this engine does not support
      }
    }
    return this.matchIndexes(selector, within).map((k) => this.entries[k]!.el);
  }

  /** The first element matching the first selector that matches anything. */
  first(selectors: readonly string[], within?: Element | null): Element | null {
    if (this.native) {
      for (const s of selectors) {
        try {
          const el = (within ?? this.doc).querySelector(s);
          if (el) return el;
        } catch {
          // unsupported selector: try the next alternative
        }
      }
      return null;
    }
    for (const s of selectors) {
      const m = this.matchIndexes(s, within);
      if (m.length > 0) return this.entries[m[0]!]!.el;
    }
    return null;
  }

  private readonly memo = new Map<string, unknown>();
  /** Computes a page-wide value once per read (JSON-LD blocks are asked for by several steps). */
  once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }

  get size(): number {
    return this.entries.length;
  }
}
