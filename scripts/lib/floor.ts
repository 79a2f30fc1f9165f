// Builds the floor extension (bench/floor: one text pass, one message, one badge) for npm run
// bench, with Dose Guard's content script matches and run_at, so both run on the same pages at the
// same moment. Written to bench-output/floor (not in the repository).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export async function buildFloor(root: string): Promise<string> {
  const src = path.join(root, 'bench/floor');
  const out = path.join(root, 'bench-output/floor');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [entry, file] of [['content.ts', 'content.js'], ['worker.ts', 'worker.js']] as const) {
    await build({
      configFile: false,
      logLevel: 'warn',
      // (not the repository's public/ folder: its _locales would need a default_locale)
      publicDir: false,
      build: {
        outDir: out,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: path.join(src, entry), formats: ['iife'], name: 'floor', fileName: () => file },
      },
    });
  }
  const manifest = JSON.parse(readFileSync(path.join(src, 'manifest.json'), 'utf8'));
  const ours = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; run_at?: string }[] };
  manifest.content_scripts[0].matches = ours.content_scripts.flatMap((c) => c.matches);
  manifest.content_scripts[0].run_at = ours.content_scripts[0]?.run_at ?? 'document_idle';
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return out;
}
