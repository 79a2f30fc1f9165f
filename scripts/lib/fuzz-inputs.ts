// The inputs of `npm run fuzz` (scripts/fuzz.ts) and what each target promises about them.
// Input `i` of a target is a pure function of (seed, target, i): the first inputs of each target
// are a fixed catalogue of adversarial cases, the rest are generated.
import { parseHTML } from 'linkedom';
import { seededRandom } from './random.ts';
import { MsgSchema } from '../../src/core/message.ts';
import * as messages from '../../src/core/messages.ts';
import { DEFAULT_PROFILE, Profile } from '../../src/core/profile.ts';
import { Reading } from '../../src/core/reading.ts';
import { extractFromDocument, extractFromText } from '../../src/extract/index.ts';
import { importJson } from '../../src/profile/io.ts';
import { readProfile } from '../../src/profile/load.ts';
import { parseProfile } from '../../src/profile/parse.ts';
import { safeParse, type Schema } from '../../src/core/zod.ts';

type Rng = () => number;

export type Target = 'text' | 'document' | 'profile' | 'import' | 'messages';
/** One worker's share: inputs [from, to) of a target. */
export interface Job { target: Target; seed: number; from: number; to: number; budgetMs: number }
/** What a worker tells the main thread: an input starts (so a hang can be stopped), an input ended. */
export type Report =
  | { kind: 'start'; i: number }
  | { kind: 'done'; i: number; ms: number; failure?: string };

/** The worker's loop (started by fuzz-worker.mjs): each input generated, run, reported. */
export function work(job: Job, post: (r: Report) => void): void {
  for (let i = job.from; i < job.to; i++) {
    post({ kind: 'start', i });
    let failure: string | undefined;
    let ms = 0;
    let check: () => string | undefined;
    try {
      check = prepare(job.target, inputFor(job.target, job.seed, i));
    } catch (error) {
      post({ kind: 'done', i, ms, failure: `could not prepare the input: ${String(error)}`.slice(0, 300) });
      continue;
    }
    // An input over budget is run once more: a pause of the machine is not the code's.
    for (let attempt = 0; attempt < 2; attempt++) {
      const t = performance.now();
      try {
        failure = check();
      } catch (error) {
        failure = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 300);
      }
      ms = performance.now() - t;
      if (failure || ms <= job.budgetMs) break;
    }
    post({ kind: 'done', i, ms, failure });
  }
}

function rngFor(seed: number, target: string, i: number): Rng {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const c of `${target}#${i}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return seededRandom(h);
}
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, list: readonly T[]): T => list[int(r, list.length)]!;

// ---- text ---------------------------------------------------------------------------------

const WORDS = [
  'Magnesium', 'magnesium', 'MAGNESIUM', 'Mg', 'mg', 'MG', 'milligrams', 'g', 'mcg', 'µg', 'IU', '%', 'DV', '%DV', 'NRV', 'RI',
  'Serving Size', 'Servings Per Container', 'Supplement Facts', 'Nutrition Facts', 'Amount Per Serving', '% Daily Value',
  'capsule', 'capsules', 'tablet', 'tablets', 'softgel', 'gummies', 'scoop', 'scoops', 'tsp', 'ml', 'drops', 'caplet',
  'Take', 'take', 'daily', 'twice', 'three times', 'per day', 'a day', 'with meals', 'at bedtime', 'or as directed',
  '(as magnesium citrate)', '(as oxide)', 'glycinate', 'bisglycinate', 'elemental', 'from', 'up to', 'or', 'to', 'and',
  'adults', 'children', 'Do not exceed', 'per 100 g', 'Suggested use:', 'Directions:', 'Warnings:', 'Ingredients:',
  '|', '•', ':', ';', '-', '–', '—', '(', ')', '/', 'x', '×', '*', '†', '.', ',', '\n', '\n\n', '\t', ' ', '  ',
  '½', '¼', '٣', '٢٠٠', '二百', 'Магний', 'Magnésium', 'Magnesio', '\u00a0', '\u200b', '\ufeff', '\u202e', '<b>', '&amp;',
  'NPN 80075249', 'Calcium', 'Zinc', 'Vitamin D3', '1,000', '1.000,5', 'NaN', 'Infinity', '-5', '1e9', '0', '00',
];

function number(r: Rng): string {
  switch (int(r, 8)) {
    case 0: return String(int(r, 10));
    case 1: return String(int(r, 1000));
    case 2: return (r() * 1000).toFixed(int(r, 4));
    case 3: return String(int(r, 10) ** int(r, 30));
    case 4: return `${int(r, 9)},${String(int(r, 1000)).padStart(3, '0')}`;
    case 5: return `-${int(r, 500)}`;
    case 6: return '9'.repeat(1 + int(r, 40));
    default: return `${int(r, 100)}.${int(r, 100)}`;
  }
}

function text(r: Rng, tokens: number): string {
  const out: string[] = [];
  for (let k = 0; k < tokens; k++) out.push(r() < 0.3 ? number(r) : pick(r, WORDS), r() < 0.7 ? ' ' : '');
  return out.join('');
}

/** A size: mostly small, sometimes a page's worth. */
const tokens = (r: Rng) => (r() < 0.9 ? 1 + int(r, 60) : r() < 0.9 ? 100 + int(r, 900) : 2_000 + int(r, 8_000));

/** Pathological texts: a page may hold any of these, and must be read quickly or given up. */
const ADVERSARIAL_TEXT: readonly (() => string)[] = [
  () => '',
  () => ' \n\t '.repeat(1000),
  () => Array.from({ length: 16_000 }, (_, i) => `Magnesium ${i % 500} mg`).join(', '), // one huge line of amounts (280k)
  () => Array.from({ length: 16_000 }, (_, i) => `${i % 500} mg`).join(' | '),
  () => '9'.repeat(300_000),
  () => 'mg '.repeat(100_000),
  () => '('.repeat(50_000) + 'Magnesium 100 mg' + ')'.repeat(50_000),
  () => '\n'.repeat(200_000),
  () => 'Take 1 capsule '.repeat(20_000),
  () => Array.from({ length: 10_000 }, (_, i) => `| Magnesium (as citrate) | ${i} mg | ${i}% |`).join('\n'),
  () => '1 '.repeat(150_000),
  () => 'Magnesium'.repeat(30_000),
  () => 'a'.repeat(100_000) + '!',
  () => 'Serving Size 1 capsule\n'.repeat(10_000),
  () => `Supplement Facts\nServing Size 1 Capsule\nMagnesium ${'1'.repeat(400)} mg`,
  () => 'Magnesium 1e308 mg. Take 1e308 capsules daily.',
  () => 'Magnesium -400 mg. Take -2 capsules daily.',
  () => 'Magnesium 200 mg per capsule. Take 1000000 capsules a day.',
  () => '\ud800\udc00\ud800'.repeat(10_000) + ' Magnesium 100 mg',
  () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => i % 0xd7ff)),
];

// ---- documents ----------------------------------------------------------------------------

const HOSTS = ['https://www.iherb.com/pr/x/1', 'https://www.amazon.com/x/dp/B000000001', 'https://www.walmart.com/ip/1', 'https://www.target.com/p/x/-/A-1',
  'https://www.vitacost.com/x-y-z', 'https://shop.example.com/products/x', 'https://www.iherb.com/account', 'not a url', ''];
const TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'th', 'li', 'ul', 'h1', 'h2', 'h3', 'section', 'b', 'script', 'style', 'template', 'noscript'];
const ATTRS = ['id="product-overview"', 'class="supplement-facts-container"', 'id="productTitle"', 'id="feature-bullets"', 'class="prodOverviewDetail"',
  'data-testid="product-name"', 'itemprop="description"', 'hidden', 'style="display:none"', 'class="a-section"', 'id="name"'];

function html(r: Rng, depth: number): string {
  const n = 1 + int(r, depth > 0 ? 6 : 2);
  let out = '';
  for (let k = 0; k < n; k++) {
    if (depth <= 0 || r() < 0.4) {
      out += text(r, 1 + int(r, 20)).replace(/</g, r() < 0.5 ? '<' : '&lt;');
      continue;
    }
    const tag = pick(r, TAGS);
    const attr = r() < 0.4 ? ` ${pick(r, ATTRS)}` : '';
    out += `<${tag}${attr}>${html(r, depth - 1)}${r() < 0.9 ? `</${tag}>` : ''}`;
  }
  return out;
}

function jsonLd(r: Rng): string {
  const value = r() < 0.5
    ? { '@context': 'https://schema.org', '@type': pick(r, ['Product', 'ItemList', 'BreadcrumbList', 42, null]), name: text(r, 8), description: text(r, tokens(r)), offers: json(r, 3) }
    : json(r, 4);
  const body = r() < 0.9 ? JSON.stringify(value) : JSON.stringify(value).slice(0, int(r, 50));
  return `<script type="application/ld+json">${body.replace(/</g, '\\u003c')}</script>`;
}

const ADVERSARIAL_HTML: readonly (() => string)[] = [
  ...ADVERSARIAL_TEXT.map((t) => () => `<h1 id="name">Magnesium</h1><div class="supplement-facts-container"><table><tr><td>Supplement Facts</td></tr><tr><td>${escape(t())}</td></tr></table></div>`),
  () => '<div>'.repeat(5_000) + 'Magnesium 100 mg' + '</div>'.repeat(5_000),
  () => `<table>${'<tr><td>Magnesium</td><td>100 mg</td><td>24%</td></tr>'.repeat(20_000)}</table>`,
  () => `<script type="application/ld+json">${'['.repeat(5_000)}${']'.repeat(5_000)}</script>`,
  () => `<script type="application/ld+json">{"@type":"Product","description":"${'Magnesium 100 mg. '.repeat(20_000)}"}</script>`,
  () => `<meta name="description" content="${'Magnesium 200 mg '.repeat(10_000)}"><title>${'x'.repeat(100_000)}</title>`,
  () => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { initialData: { data: { product: { nutritionFacts: deep(2_000) } } } } } })}</script>`,
  () => '<template>'.repeat(2_000),
  () => '',
];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function deep(n: number): unknown {
  let v: unknown = 'Magnesium 100 mg';
  for (let k = 0; k < n; k++) v = { a: v };
  return v;
}

// ---- JSON values (profiles, files, messages) ------------------------------------------------

const KEYS = [
  ...Object.keys(DEFAULT_PROFILE), 'age', 'isPregnant', 'isBreastfeeding', 'supplements', 'pageNotes', 'disabledStores', 'name', 'dailyMg',
  'mg', 'id', 'url', 'medicine', 'type', 'tabId', 'reading', 'status', 'level', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  'valueOf', 'prototype', '', ' ', 'schemaVersion', '0', 'length',
];
const LEAVES: readonly unknown[] = [null, true, false, 0, -0, 1, -1, 0.5, 1e308, -1e308, 2 ** 53, 'kidney-disease', 'ppi', 'us', 'eu', 'female',
  'male', '', 'x', '1', 'NaN', '__proto__', [], {}, 'over-limit', 'found', 'unreadable', 'magnesium', '#b3261e',
  // objects that cannot be turned into a string or a number, as JSON can carry them
  { toString: 'x', valueOf: 1 }, { length: { toString: 'x' } }, { length: 1e9 }];

function json(r: Rng, depth: number): unknown {
  const roll = r();
  if (depth <= 0 || roll < 0.35) return r() < 0.7 ? pick(r, LEAVES) : r() < 0.5 ? (r() - 0.5) * 10 ** int(r, 12) : text(r, 1 + int(r, 6));
  if (roll < 0.6) return Array.from({ length: int(r, 6) }, () => json(r, depth - 1));
  const o: Record<string, unknown> = {};
  for (let k = int(r, 8); k > 0; k--) Object.defineProperty(o, pick(r, KEYS), { value: json(r, depth - 1), enumerable: true, configurable: true, writable: true });
  return o;
}

/** A valid value with one part replaced, at any depth: the near misses validators must catch. */
function mutate(r: Rng, value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6 || r() < 0.25) return json(r, 2);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return json(r, 2);
  const key = pick(r, keys);
  const action = r();
  if (action < 0.15) delete (copy as Record<string, unknown>)[key];
  else if (action < 0.25) addOwnKey(copy, pick(r, KEYS), json(r, 2));
  else (copy as Record<string, unknown>)[key] = mutate(r, (copy as Record<string, unknown>)[key], depth + 1);
  return copy;
}

/** `key` set on `copy` as an own property, as JSON.parse would make it; but not an array's length,
 *  which no JSON text can set, and whose redefinition throws in the harness itself (an object that
 *  cannot be made a number, a negative or a huge length) before the input reaches Dose Guard. */
export function addOwnKey(copy: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  if (Array.isArray(copy) && key === 'length') return;
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
}

const VALID_READING = extractFromText('Magnesium Citrate 200 mg\nSupplement Facts\nServing Size 2 Capsules\nMagnesium (as citrate) 200 mg 48%\nTake 2 capsules twice daily.', 'https://www.iherb.com/pr/x/1');

/** A valid sample of each message schema, to mutate. */
const SAMPLES: Record<string, unknown> = {
  PageReadingMsg: { type: 'page-reading', url: 'https://www.iherb.com/pr/x/1', epoch: 1_700_000_000_000, reading: VALID_READING },
  PageInputMsg: { type: 'page-input', url: 'https://www.iherb.com/pr/x/1', epoch: 1_700_000_000_000, input: { url: 'https://www.iherb.com/pr/x/1', source: 'iherb', pageKind: 'product', title: 'Magnesium Citrate 200 mg', brand: null, facts: 'Magnesium (as citrate) | 200 mg | 48%', directions: 'Take 2 capsules daily.', body: null, factsIsImage: false, category: null } },
  NoProductMsg: { type: 'no-product', url: 'https://www.iherb.com/account', epoch: 1_700_000_000_000 },
  GetTabStateMsg: { type: 'get-tab-state', tabId: 3 },
  ManualEntryMsg: { type: 'manual-entry', tabId: 3, url: 'https://x', perServingMg: 100, servingsPerDay: { min: 1, max: 2 } },
  ClearManualMsg: { type: 'clear-manual', tabId: 3, url: 'https://x' },
  AddToStackMsg: { type: 'add-to-stack', tabId: 3, url: 'https://x' },
  ScanTabMsg: { type: 'scan-tab', tabId: 3 },
  DataDeletedMsg: { type: 'data-deleted' },
  VerdictMsg: { type: 'verdict', level: 'over-limit', color: '#b3261e', headline: 'Over', detail: 'x', showNote: true },
  RescanMsg: { type: 'rescan' },
  TabState: { tabId: 3, url: 'https://x', reading: VALID_READING, manual: null, assessment: null, inStack: false, updatedAt: 1 },
  TabStateReply: { ok: true, state: null },
  ErrorReply: { ok: false, error: 'x' },
};

interface SafeParser { safeParse(v: unknown): { success: boolean } }
const SCHEMAS: [string, SafeParser][] = Object.entries(messages as Record<string, unknown>)
  .filter((e): e is [string, SafeParser] => typeof (e[1] as Partial<SafeParser>)?.safeParse === 'function');

// ---- inputs and runs ------------------------------------------------------------------------

export type Input =
  | { kind: 'text'; text: string; url?: string }
  | { kind: 'document'; html: string; url: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'file'; text: string }
  | { kind: 'message'; schema: number; value: unknown };

export function inputFor(target: string, seed: number, i: number): Input {
  const r = rngFor(seed, target, i);
  switch (target) {
    case 'text':
      return { kind: 'text', text: i < ADVERSARIAL_TEXT.length ? ADVERSARIAL_TEXT[i]!() : text(r, tokens(r)), url: r() < 0.5 ? pick(r, HOSTS) : undefined };
    case 'document': {
      const body = i < ADVERSARIAL_HTML.length ? ADVERSARIAL_HTML[i]!() : (r() < 0.3 ? jsonLd(r) : '') + html(r, 1 + int(r, 5));
      return { kind: 'document', html: `<!doctype html><html><head><title>${escape(text(r, 6))}</title></head><body>${body}</body></html>`, url: pick(r, HOSTS) };
    }
    case 'profile': {
      if (i === 0) return { kind: 'value', value: { stack: Array.from({ length: 10_000 }, (_, k) => ({ name: `x${k}`, dailyMg: k })) } };
      if (i === 1) return { kind: 'value', value: JSON.parse(`${'['.repeat(3_000)}${']'.repeat(3_000)}`) };
      return { kind: 'value', value: r() < 0.5 ? mutate(r, structuredClone(DEFAULT_PROFILE)) : json(r, 5) };
    }
    case 'import': {
      if (i === 0) return { kind: 'file', text: ' '.repeat(2_000_000) };
      if (i === 1) return { kind: 'file', text: '{"a":'.repeat(10_000) };
      const roll = r();
      const value = roll < 0.5 ? mutate(r, structuredClone(DEFAULT_PROFILE)) : json(r, 5);
      const raw = JSON.stringify(value) ?? 'null';
      return { kind: 'file', text: roll < 0.9 ? raw : r() < 0.5 ? raw.slice(0, int(r, raw.length + 1)) : text(r, tokens(r)) };
    }
    default: {
      const schema = int(r, SCHEMAS.length);
      const name = SCHEMAS[schema]![0];
      const sample = SAMPLES[name] ?? pick(r, Object.values(SAMPLES));
      return { kind: 'message', schema, value: r() < 0.7 ? mutate(r, structuredClone(sample)) : json(r, 5) };
    }
  }
}

/**
 * Readies one input and returns its run: the run returns a broken promise, or undefined when all
 * held (throws are caught by the caller). Only the run is timed: parsing a page's HTML is the
 * browser's work, not Dose Guard's.
 */
export function prepare(target: string, input: Input): () => string | undefined {
  if (input.kind === 'document') {
    const doc = parseHTML(input.html).document as unknown as Document;
    return () => checkReading(extractFromDocument(doc, input.url));
  }
  return () => run(target, input);
}

function run(target: string, input: Input): string | undefined {
  switch (input.kind) {
    case 'text':
      return checkReading(extractFromText(input.text, input.url));
    case 'document':
      return undefined; // prepared apart (see prepare)
    case 'value': {
      for (const read of [parseProfile(input.value), readProfile(input.value)]) {
        const checked = Profile.safeParse(read.profile);
        if (!checked.success) return `the profile read is not a valid profile: ${checked.error.issues[0]?.path.join('.')}`;
      }
      return undefined;
    }
    case 'file': {
      const result = importJson(input.text);
      if (result.ok && !Profile.safeParse(result.read.profile).success) return 'an import gave an invalid profile';
      if (!result.ok && !safeParse(MsgSchema, result.error).success) return 'an import refused without a message';
      return undefined;
    }
    case 'message': {
      const [name, schema] = SCHEMAS[input.schema]!;
      // through the receivers' own path (src/core/zod.ts safeParse)
      const result = safeParse(schema as unknown as Schema, input.value);
      if (typeof result.success !== 'boolean') return `${name}.safeParse gave no verdict`;
      return undefined;
    }
  }
  return `unknown target ${target}`;
}

/** What every reading must be, whatever the page: valid for the background, and no amount the
 *  page cannot honestly mean. */
function checkReading(reading: unknown): string | undefined {
  const parsed = Reading.safeParse(reading);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `a reading the background would refuse: ${issue?.path.join('.')}: ${issue?.message}`;
  }
  const r = parsed.data;
  if (r.status !== 'found' && r.perServingMg !== null) return `a ${r.status} reading with an amount`;
  for (const n of [r.perServingMg, r.dailyMg?.min, r.dailyMg?.max, r.servingsPerDay?.max]) {
    if (n !== null && n !== undefined && !Number.isFinite(n)) return 'a non-finite figure';
  }
  return undefined;
}
