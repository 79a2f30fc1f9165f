// The content script runs in every store page: it must not pull zod (or any runtime code from
// src/core, which builds zod schemas) into the page. Types only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/content');

describe('src/content stays free of zod at runtime', () => {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(f, () => {
      const imports = readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => /^\s*(?:import|export)\b.*\bfrom\s+['"]/.test(l));
      for (const l of imports) {
        expect(l).not.toMatch(/['"]zod(?:\/[^'"]*)?['"]/);
        if (/['"]\.\.\/core\//.test(l)) expect(l, `${f}: runtime import from src/core`).toMatch(/^\s*(?:import|export) type\b/);
      }
    });
  }
});
