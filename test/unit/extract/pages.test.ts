// The real store pages in ../shared/pages, read in place: every `certain` field of answers.json
// must match. Skips with a notice when the folder is absent, except under CI=true.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/core/reading.ts';
import { readPageFile } from '../../../scripts/lib/read-page.ts';
import { loadAnswers, PAGES_DIR, scoreAll } from './accuracy-lib.ts';

const present = existsSync(path.join(PAGES_DIR, 'answers.json'));
if (!present && process.env['CI'] !== 'true') console.log(`[skip] ${PAGES_DIR} not found: real-page accuracy tests skipped`);

describe.runIf(present || process.env['CI'] === 'true')('real store pages (shared/pages)', () => {
  it('the pages folder is there', () => {
    expect(present, `${PAGES_DIR}/answers.json is missing`).toBe(true);
  });
  it('every certain field is right', () => {
    const res = scoreAll(PAGES_DIR)!;
    // if this ever drops below 100%, list the exact misses here and report them
    expect(res.misses).toEqual([]);
    expect(res.right).toBe(res.total);
    expect(res.total).toBeGreaterThanOrEqual(100);
  }, 120_000);
  it('every page gives a Reading valid under the shared schema', () => {
    for (const a of loadAnswers(PAGES_DIR)!) {
      const r = readPageFile(path.join(PAGES_DIR, a.file), a.url ?? undefined);
      const p = Reading.safeParse(r);
      expect(p.success ? a.file : `${a.file}: ${JSON.stringify(p.error.issues)}`).toBe(a.file);
    }
  }, 120_000);
});
