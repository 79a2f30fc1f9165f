// What the content script carries into every store page: its size is its compile time on each
// page (issue 14), so it loads the stores' addresses and product areas only, never the gate's names,
// the stores' selectors, the reading engine nor the nutrient's tables (compounds, label values,
// caps), which the background and the injected gate and reader hold.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STORE_SCRIPTS } from '../../../scripts/lib/manifest.ts';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src');

/** Every source file the module loads at run time (type-only imports left out), itself included. */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
      if (m[2]) continue;
      const target = path.resolve(path.dirname(file), m[3]!);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const rel = (files: Set<string>) => [...files].map((f) => path.relative(src, f).split(path.sep).join('/')).sort();

describe('the content script', () => {
  const loaded = rel(runtimeGraph(path.join(src, 'content/index.ts')));

  it('loads the stores\' addresses and product areas, and not the gate, its names or the selectors', () => {
    expect(loaded).toEqual(expect.arrayContaining(['extract/stores/addresses.ts', 'extract/stores/product-areas.ts']));
    // (injected into the pages that need them: gate-main.ts)
    expect(loaded.filter((f) => ['extract/gate.ts', 'extract/mention.ts', 'extract/stores/selectors.ts', 'data/mention-data.ts'].includes(f))).toEqual([]);
  });

  it('on the product folders the manifest states (product.ts): the same first read, without the stores\' addresses, with the folder\'s check', () => {
    const product = rel(runtimeGraph(path.join(src, 'content/product.ts')));
    expect(product).toContain('content/first-read.ts');
    expect(product).not.toContain('extract/stores/addresses.ts');
    expect(product.filter((f) => !loaded.includes(f))).toEqual(['content/product.ts']);
    expect(product).toContain('extract/stores/address-rules.ts');
  });

  it('on a store with a script of its own (store-<store>.ts): the same first read and the stores\' rules, without their table', () => {
    for (const store of STORE_SCRIPTS) {
      const own = rel(runtimeGraph(path.join(src, `content/store-${store}.ts`)));
      expect(own).toEqual(expect.arrayContaining(['content/first-read.ts', 'extract/stores/address-rules.ts']));
      expect(own).not.toContain('extract/stores/addresses.ts');
      expect(own.filter((f) => !loaded.includes(f))).toEqual([`content/store-${store}.ts`]);
    }
  });

  it('loads neither the watcher nor the note: the background injects each when a page needs it, after its first message (session-main.ts, note-main.ts)', () => {
    expect(loaded.filter((f) => ['content/watch.ts', 'content/note.ts', 'content/note-place.ts', 'content/note-main.ts'].includes(f))).toEqual([]);
    expect(rel(runtimeGraph(path.join(src, 'content/session-main.ts')))).toContain('content/watch.ts');
    expect(rel(runtimeGraph(path.join(src, 'content/note-main.ts')))).toContain('content/note.ts');
  });

  it('loads not the session (what a page runs after its first read): the background injects it with its answer (session-main.ts)', () => {
    expect(loaded.filter((f) => ['content/session.ts', 'content/session-main.ts', 'content/same-message.ts'].includes(f))).toEqual([]);
    // nor a large page's read in place (in-place-main.ts), injected where a page is large
    expect(loaded).not.toContain('content/in-place-read.ts');
    expect(rel(runtimeGraph(path.join(src, 'content/in-place-main.ts')))).toContain('content/in-place-read.ts');
    expect(rel(runtimeGraph(path.join(src, 'content/session-main.ts')))).toEqual(expect.arrayContaining(['content/session.ts', 'content/page-read.ts']));
  });

  it('loads none of the reading engine and no reading table beyond the nutrient\'s names', () => {
    const engine = loaded.filter((f) => /^extract\/(?:stages|text)\//.test(f) || f === 'extract/index.ts' || f === 'extract/read.ts');
    const tables = loaded.filter((f) => f === 'data/reading-data.ts' || /^data\/[^/]+\/(?:forms|label-values|reading|intakes|interactions|standards|foods)\.ts$/.test(f));
    expect(engine).toEqual([]);
    expect(tables).toEqual([]);
  });
});

describe("a large page's reader (injected where a large page is read in place)", () => {
  it('reads serving sizes without the directions reader, the largest part of the engine (text/serving.ts ReadsAsDirection)', () => {
    // (the stores' adapters ask serving.ts whether a block states a serving: what it loads, the reader loads)
    expect(rel(runtimeGraph(path.join(src, 'content/reader.ts')))).toContain('extract/text/serving.ts');
    expect(rel(runtimeGraph(path.join(src, 'extract/text/serving.ts')))).not.toContain('extract/text/directions.ts');
  });
});
