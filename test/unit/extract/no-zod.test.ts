// The extraction engine runs in the content script: it must not pull zod (or any runtime code
// from src/core, which builds zod schemas) into the page. Types only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './accuracy-lib.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const DIRS = ['src/extract', 'src/data/magnesium'];

describe('src/extract stays free of zod at runtime', () => {
  for (const f of DIRS.flatMap((d) => files(path.join(REPO_ROOT, d))).filter((f) => /extract|forms\.ts|label-values\.ts/.test(f))) {
    it(path.relative(REPO_ROOT, f), () => {
      const src = readFileSync(f, 'utf8');
      const imports = src.split('\n').filter((l) => /^\s*(?:import|export)\b.*\bfrom\s+['"]/.test(l));
      for (const l of imports) {
        expect(l, `${f}: ${l}`).not.toMatch(/['"]zod(?:\/[^'"]*)?['"]/);
        if (/['"][./]*\/core\//.test(l) || /['"]\.\.\/\.\.\/core\//.test(l)) expect(l, `${f}: runtime import from src/core`).toMatch(/^\s*(?:import|export) type\b/);
      }
    });
  }
});
