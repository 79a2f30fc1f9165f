import path from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { launchWith, traceLoad } from './lib/bench-browser.ts';
import { contentThread, samplesOf } from './lib/trace.ts';
await build({ configFile: false, logLevel: 'warn', build: { outDir: '/tmp/dgx', emptyOutDir: false, target: 'es2022', minify: false, lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'doseGuard', fileName: () => 'content.js' } } });
const pages = JSON.parse(readFileSync('demo/pages.json', 'utf8'));
const p = pages[0];
const body = readFileSync(path.join('demo/pages', p.file));
const b = await launchWith('dose-guard', '/tmp/dgx');
const agg = new Map<string, number>();
try {
  await b.serve(p.url, body);
  for (let i = 0; i < 6; i++) {
    const { events } = await traceLoad(b, p.url, 1500, 0);
    const th = contentThread(events, b.origin)!;
    // per-function self time by the leaf frame, and the first frame of ours on the stack
    const profiles = new Map<string, any>();
    for (const e of events) if (e.pid === th.pid && e.tid === th.tid && e.name === 'Profile') profiles.set(String(e.id), { nodes: new Map(), samples: [], deltas: [] });
    for (const e of events) { if (e.pid !== th.pid || e.name !== 'ProfileChunk') continue; const pr = profiles.get(String(e.id)); if (!pr) continue; const d = e.args?.data ?? {}; for (const n of d.cpuProfile?.nodes ?? []) pr.nodes.set(n.id, n); pr.samples.push(...(d.cpuProfile?.samples ?? [])); pr.deltas.push(...(d.timeDeltas ?? [])); }
    for (const pr of profiles.values()) {
      for (let k = 0; k < pr.samples.length; k++) {
        let n = pr.nodes.get(pr.samples[k]); const dt = pr.deltas[k + 1] ?? 0;
        const leaf = n?.callFrame; let ours: any = null; let m = n;
        while (m) { if ((m.callFrame?.url ?? '').startsWith(b.origin)) { ours = m.callFrame; break; } m = pr.nodes.get(m.parent); }
        if (!ours) continue;
        const key = `${leaf.functionName || '(anon)'}@${(leaf.url ?? '').slice(-12)}:${leaf.lineNumber} <- ${ours.functionName || '(anon)'}:${ours.lineNumber}`;
        agg.set(key, (agg.get(key) ?? 0) + dt / 6);
      }
    }
  }
} finally { await b.close(); }
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of rows) console.log((v / 1000).toFixed(2), 'ms', k);
