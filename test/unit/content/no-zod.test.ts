// The content script runs in every store page: it must not pull zod (or any runtime code from
// src/core that builds zod schemas) into the page. From src/core it imports types, or modules
// that themselves import nothing at run time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/content');
const importsOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => /^\s*(?:import|export)\b.*\bfrom\s+['"]/.test(l));
const isTypeOnly = (line: string) => /^\s*(?:import|export) type\b/.test(line);

describe('src/content stays free of zod at runtime', () => {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(f, () => {
      for (const l of importsOf(path.join(dir, f))) {
        expect(l).not.toMatch(/['"]zod(?:\/[^'"]*)?['"]/);
        const core = /['"](\.\.\/core\/[^'"]+)['"]/.exec(l)?.[1];
        if (!core || isTypeOnly(l)) continue;
        const runtime = importsOf(path.join(dir, core)).filter((m) => !isTypeOnly(m));
        expect(runtime, `${f} imports ${core}, which imports at run time`).toEqual([]);
      }
    });
  }
});
