// npm run bench: figures, not assertions.
//  - The comparison with the floor (bench/floor: a minimal MV3 extension whose content script does
//    one text pass over the page and sends one message to a worker that sets a badge): Dose Guard's
//    dist/ and the floor, each in its own Debian Chromium, on the real pages in ../shared/pages
//    (HTML ones) and our own demo and store fixture pages, served at their store addresses, loads
//    interleaved (Dose Guard, floor, Dose Guard, ...), BENCH_LOADS (10) each. From a CDP trace of
//    each load: the content script's own cost on first run (compile + run + the work it schedules
//    until it has sent its message), long tasks and forced layouts of its own, and its wake-ups
//    while the tab sits idle (BENCH_IDLE_MS, 10 s, on one load per page). The worker's cold start:
//    the worker stopped, then woken by the page's message (time to script evaluated, and to the
//    answer the page gets). Ends with the one line
//    "bench: content Rx floor (worst Wx), worker cold Rx floor, idle wake-ups N/min, long tasks N,
//    forced layouts N, content KB gzip K": R is the worst ratio over the large pages (1 MB and
//    more; with none, the worst over every page), W the worst over every page.
//  - Bundle sizes, and the engine's scaling over adversarial texts of 10k, 100k and 1M characters
//    (scripts/lib/adversarial.ts): "scaling: 1M/100k ratio R.R, worst 1M ms N" (R.R is the largest
//    ratio over the texts: 10 is linear; below it, the engine's bounds cap the work).
// `npm run bench -- --scaling` prints only the scaling; `-- --compare` only the bundle and the
// comparison; `-- --warm` the engine's warm extraction time in the page against one bare text
// pass (the engine's hot path, without compile).
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { findBrowser } from './lib/browsers.mjs';
import { ADVERSARIES } from './lib/adversarial.ts';
import { compare } from './lib/bench-compare.ts';
import { extractFromText } from '../src/extract/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function bundleSizes(): void {
  // the figures are of the sources as they are now
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
  const files = walk(path.join(root, 'dist')).filter((f) => /\.(js|html|css)$/.test(f));
  console.log('## Bundle (dist/)');
  // (the content scripts, each with where the manifest runs it: a page gets one entry's)
  const manifest = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8')) as { content_scripts: { js: string[]; matches: string[] }[] };
  for (const entry of manifest.content_scripts) {
    for (const file of entry.js) {
      const content = readFileSync(path.join(root, 'dist', file));
      console.log(`${file} (runs on ${entry.matches.length} patterns: ${entry.matches[0]}${entry.matches.length > 1 ? ', ...' : ''}): ${kb(content.length)} raw, ${kb(gzipSync(content).length)} gzip`);
    }
  }
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`all JS/HTML/CSS: ${files.length} files, ${kb(total)} raw`);
  for (const f of files.filter((f) => f.endsWith('.js')).sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 6)) {
    console.log(`  ${path.relative(root, f)}: ${kb(statSync(f).size)}`);
  }
}

async function extractionBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(root, 'src/extract/index.ts'), formats: ['iife'], name: '__doseGuardBench' },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected build result');
  return (result.output[0] as { code: string }).code;
}

// Each operation is repeated until 20 ms have passed, so coarse timers still give real figures.
const IN_PAGE = `function (runs) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perOp = (fn) => {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do { fn(); n++; t = performance.now(); } while (t - t0 < 20);
    return (t - t0) / n;
  };
  const barePass = () => {
    // One bare pass over the page's text: every text node, concatenated.
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    const parts = [];
    while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
    return parts.join(' ').length;
  };
  let reading;
  const extract = () => { reading = globalThis.__doseGuardBench.extractFromDocument(document, location.href); };
  const bare = [];
  const ext = [];
  for (let i = 0; i < runs; i++) { bare.push(perOp(barePass)); ext.push(perOp(extract)); }
  const status = reading.status + (reading.perServingMg !== null ? ' ' + reading.perServingMg + ' mg' : '');
  return { bare: median(bare), ext: median(ext), status };
}`;

interface PageCase { name: string; url: string; body: Buffer }

function pages(): PageCase[] {
  const list: PageCase[] = [];
  const demo = JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8')) as { file: string; url: string }[];
  for (const d of demo) list.push({ name: d.file, url: d.url, body: readFileSync(path.join(root, 'demo/pages', d.file)) });
  const shared = path.resolve(root, '../shared/pages');
  if (existsSync(path.join(shared, 'answers.json'))) {
    const answers = JSON.parse(readFileSync(path.join(shared, 'answers.json'), 'utf8')) as { file: string; url: string | null }[];
    for (const a of answers) {
      if (!/\.html?$/.test(a.file)) continue;
      list.push({ name: a.file, url: a.url ?? `https://example.com/${encodeURIComponent(a.file)}`, body: readFileSync(path.join(shared, a.file)) });
    }
  } else {
    console.log('(../shared/pages not found: timing the demo pages only)');
  }
  return list;
}

async function timings(): Promise<void> {
  const code = await extractionBundle();
  console.log(`\n## Extraction vs one bare text pass, Chromium, median of ${RUNS} runs`);
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  console.log('page | size | bare pass ms | extraction ms | ratio | heap after (bench code included) | status');
  const ratios: number[] = [];
  for (const p of pages()) {
    const page = await context.newPage();
    await context.route(p.url, (route) => route.fulfill({ body: p.body, contentType: 'text/html; charset=utf-8' }));
    await page.goto(p.url, { waitUntil: 'load' }).catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.addScriptTag({ content: code });
    // Passed as a string: tsx would otherwise wrap the function with helpers the page lacks.
    const r = (await page.evaluate(`(${IN_PAGE})(${RUNS})`)) as { bare: number; ext: number; status: string };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const ratio = r.ext / r.bare;
    ratios.push(ratio);
    console.log(`${p.name.slice(0, 60)} | ${kb(p.body.length)} | ${r.bare.toFixed(3)} | ${r.ext.toFixed(3)} | ${ratio.toFixed(2)}x | ${kb(Math.max(0, after - before))} | ${r.status}`);
    await page.close();
  }
  await browser.close();
  ratios.sort((a, b) => a - b);
  console.log(`\nextraction / bare pass: median ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}x, worst ${ratios[ratios.length - 1]!.toFixed(2)}x`);
}

/** The median of `runs` timings of one read of `text`, ms. */
function timeRead(text: string, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractFromText(text);
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]!;
}

function scaling(): void {
  const sizes = [10_000, 100_000, 1_000_000];
  console.log('\n## Scaling over adversarial texts (Node, extractFromText, median of 3)');
  console.log(`text | ${sizes.map((n) => `${n / 1000}k ms`).join(' | ')} | 1M/100k`);
  // warm the engine up first, so the first text's small sizes are not compile time
  for (const a of ADVERSARIES) extractFromText(a.make(10_000));
  let worstRatio = 0;
  let worst1M = 0;
  for (const a of ADVERSARIES) {
    const ms = sizes.map((n) => timeRead(a.make(n), 3));
    // (a ratio over a time too small to measure says nothing: at least 1 ms is assumed)
    const ratio = ms[2]! / Math.max(1, ms[1]!);
    worstRatio = Math.max(worstRatio, ratio);
    worst1M = Math.max(worst1M, ms[2]!);
    console.log(`${a.name} | ${ms.map((x) => x.toFixed(1)).join(' | ')} | ${ratio.toFixed(1)}`);
  }
  console.log(`scaling: 1M/100k ratio ${worstRatio.toFixed(1)}, worst 1M ms ${Math.round(worst1M)}`);
}

if (process.argv.includes('--scaling')) scaling();
else if (process.argv.includes('--warm')) await timings();
else {
  bundleSizes();
  // (-- --compare: the comparison with the floor alone, without the scaling's minutes)
  if (!process.argv.includes('--compare')) scaling();
  await compare(root);
}
