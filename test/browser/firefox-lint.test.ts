// Mozilla's own linter on the Firefox build: what addons.mozilla.org would report.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './harness.ts';

describe('web-ext lint on dist-firefox/', () => {
  it('reports no errors', () => {
    let out: string;
    try {
      out = execFileSync(path.join(repoRoot, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', path.join(repoRoot, 'dist-firefox'), '--output', 'json', '--no-config-discovery'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string }[]; warnings: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // zod must stay jitless and tree-shaken: no eval-like code in what Firefox loads.
    expect(report.warnings.filter((w) => w.code === 'DANGEROUS_EVAL')).toEqual([]);
  }, 90_000);
});
