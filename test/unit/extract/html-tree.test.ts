// The page's markup crosses to the background (issue 14), where html-tree.ts rebuilds the tree the
// store adapters read. Read through that tree, every page must give the adapters exactly what the
// page's own DOM gives them; and the tree must hold what a browser's serialisation says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentInput } from '../../../src/extract/index.ts';
import { decodeEntities, parseHtml } from '../../../src/extract/html-tree.ts';
import { FIXTURES_DIR, PAGES_DIR, SHARED_PRESENT } from './accuracy-lib.ts';

interface Page { name: string; url: string; html: string }

/** Every HTML page with an address that we have: the demo's, every fixture folder's, the real ones. */
function htmlPages(): Page[] {
  const pages: Page[] = [];
  const add = (dir: string, entries: { file: string; url?: string | null }[]) => {
    for (const e of entries) if (e.url && /\.html?$/.test(e.file) && existsSync(path.join(dir, e.file))) pages.push({ name: e.file, url: e.url, html: readFileSync(path.join(dir, e.file), 'utf8') });
  };
  add('demo/pages', JSON.parse(readFileSync('demo/pages.json', 'utf8')));
  for (const folder of readdirSync(FIXTURES_DIR)) {
    const answers = path.join(FIXTURES_DIR, folder, 'answers.json');
    if (existsSync(answers)) add(path.join(FIXTURES_DIR, folder), JSON.parse(readFileSync(answers, 'utf8')));
  }
  if (SHARED_PRESENT) for (const f of ['answers.json', 'answers-more.json']) if (existsSync(path.join(PAGES_DIR, f))) add(PAGES_DIR, JSON.parse(readFileSync(path.join(PAGES_DIR, f), 'utf8')));
  return pages;
}

const live = (html: string) => parseHTML(html).document as unknown as Document;

describe('a page read from its serialised markup, in the background', () => {
  const pages = htmlPages();
  it.each(pages)('$name: the adapter reads the same as from the page itself', ({ url, html }) => {
    const doc = live(html);
    const markup = doc.documentElement.outerHTML;
    expect(documentInput(parseHtml(markup) as unknown as Document, url)).toEqual(documentInput(doc, url));
  }, 60_000);

  it('covers our pages and, where ../shared is present, the real ones', () => {
    expect(pages.length).toBeGreaterThan(SHARED_PRESENT ? 100 : 50);
  });
});

describe('the tree of serialised HTML', () => {
  const doc = parseHtml('<html lang="fr"><head><title>A &amp; B</title></head><body><div id="x" class="a b" data-v="1 > 0">One<br>Two &lt;3&gt;&nbsp;mg<script>if (a < b && c) {}</script><!-- a <b>comment</b> --><p>Three</p></div></body></html>');
  const div = doc.body!.children[0]!;

  it('keeps the elements, their attributes and text as the page has them', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.title).toBe('A & B');
    expect(div.getAttribute('class')).toBe('a b');
    expect(div.getAttribute('data-v')).toBe('1 > 0');
    expect(div.children.map((c) => c.tagName)).toEqual(['BR', 'SCRIPT', 'P']);
    expect(div.textContent).toBe('OneTwo <3>\u00a0mgif (a < b && c) {}Three');
  });

  it('links siblings and parents as a DOM does', () => {
    expect(div.firstElementChild?.tagName).toBe('BR');
    expect(div.firstElementChild?.nextElementSibling?.tagName).toBe('SCRIPT');
    expect(div.children[2]!.previousElementSibling?.tagName).toBe('SCRIPT');
    expect(div.firstElementChild?.previousElementSibling).toBeNull();
    expect(div.children[2]!.parentElement).toBe(div);
    expect(div.childNodes.map((n) => n.nodeType)).toEqual([3, 1, 3, 1, 1]);
  });

  it('answers the selectors the adapters use', () => {
    expect(doc.querySelector('div#x.b > p')?.textContent).toBe('Three');
    expect(div.querySelectorAll('br, p').map((e) => e.tagName)).toEqual(['BR', 'P']);
    expect(doc.querySelector('[data-v*="1 >"]')).toBe(div);
  });

  it('skips stray end tags and closes what an end tag leaves open', () => {
    const d = parseHtml('<html><body><div><span>a</b></div><p>b</p></body></html>');
    expect(d.body!.children.map((c) => c.tagName)).toEqual(['DIV', 'P']);
    expect(d.body!.textContent).toBe('ab');
  });

  it('reads markup cut off mid-way without throwing', () => {
    const d = parseHtml('<html><body><div class="facts">Magnesium <b>100 mg</b><script>var x = "</scr');
    expect(d.body!.textContent).toBe('Magnesium 100 mgvar x = "</scr');
  });

  it('reads a deep page without overflowing the stack', () => {
    const depth = 100_000;
    const d = parseHtml(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`);
    expect(d.body!.textContent).toBe('deep');
  });

  it('decodes the character references a serialiser writes, and numeric ones', () => {
    expect(decodeEntities('5&nbsp;mg &amp; 10&#160;mg &#x2013; &lt;b&gt; &quot;x&quot; &unknown;')).toBe('5\u00a0mg & 10\u00a0mg \u2013 <b> "x" &unknown;');
  });
});

describe('the tree of any markup (properties)', () => {
  /** A random tree of elements and text, and the markup a browser's serialiser writes for it. */
  interface Node { tag: string; attrs: [string, string][]; kids: (Node | string)[] }
  const tags = ['div', 'p', 'span', 'table', 'tr', 'td', 'ul', 'li', 'b', 'h3', 'section'];
  const text = fc.string({ unit: fc.constantFrom('a', 'M', '1', '0', ' ', '<', '>', '&', '"', "'", '\u00a0', 'é', '|', '\n', '/', '='), maxLength: 12 });
  const { tree } = fc.letrec((tie) => ({
    tree: fc.record({
      tag: fc.constantFrom(...tags),
      attrs: fc.array(fc.tuple(fc.constantFrom('class', 'id', 'data-x', 'title'), text), { maxLength: 2 }),
      kids: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('tree')), { maxLength: 4 }),
    }) as fc.Arbitrary<Node>,
  }));
  const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
  const serialise = (n: Node | string): string => typeof n === 'string' ? escText(n)
    : `<${n.tag}${n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}>${n.kids.map(serialise).join('')}</${n.tag}>`;
  const textOf = (n: Node | string): string => (typeof n === 'string' ? n : n.kids.map(textOf).join(''));

  it('gives back the text and the elements a serialiser wrote, in order', () => {
    fc.assert(fc.property(tree, (root) => {
      const doc = parseHtml(`<html><head></head><body>${serialise(root)}</body></html>`);
      const el = doc.body!.firstElementChild!;
      expect(el.tagName).toBe(root.tag.toUpperCase());
      expect(el.textContent).toBe(textOf(root));
      // (an attribute written twice keeps its first value, as in a browser)
      for (const [k] of root.attrs) expect(el.getAttribute(k)).toBe(root.attrs.find(([a]) => a === k)![1]);
    }), { numRuns: 300 });
  });

  it('never throws on markup cut anywhere or mangled', () => {
    fc.assert(fc.property(tree, fc.nat(), fc.string({ maxLength: 40 }), (root, cut, junk) => {
      const markup = serialise(root);
      const at = cut % (markup.length + 1);
      const doc = parseHtml(`<html><body>${markup.slice(0, at)}${junk}${markup.slice(at)}`);
      expect(typeof doc.body?.textContent).toBe('string');
    }), { numRuns: 300 });
  });
});
