// Every page with a known answer, found by one loop (as Readability loops over its test pages): the
// real pages in ../shared/pages (answers.json and answers-more.json, read in place) and every
// folder test/fixtures/<name>/ with an answers.json (our own synthetic pages). For each set: every
// certain field right, no understated dose, no falsely reassuring page, every Reading valid under
// the shared schema. A new page read wrongly becomes a new fixture file and answer, not new test code.
// The real pages skip with a notice when ../shared/pages is absent, except under CI=true.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/core/reading.ts';
import { readPageFile } from '../../../scripts/lib/read-page.ts';
import { answerSets, loadAnswers, PAGES_DIR, SHARED_PRESENT, SHARED_REQUIRED, scoreAll } from './accuracy-lib.ts';

if (!SHARED_PRESENT && !SHARED_REQUIRED) console.log(`[skip] ${PAGES_DIR} not found: real-page accuracy tests skipped`);

/** Fields of the real pages not read right yet, each with why (empty when every one is). */
const KNOWN_MISSES: Record<string, string> = {};

for (const set of answerSets()) {
  const run = !set.real || SHARED_PRESENT || SHARED_REQUIRED;
  describe.runIf(run)(set.name, () => {
    it('the answers are there', () => {
      expect(loadAnswers(set.dir, set.file), `${path.join(set.dir, set.file)} is missing`).not.toBeNull();
    });
    it('every certain field is right', () => {
      const res = scoreAll(set.dir, set.file)!;
      const misses = res.misses.map((m) => `${m.file}#${m.field}`).filter((k) => !(k in KNOWN_MISSES));
      expect(misses).toEqual([]);
      expect(res.total).toBeGreaterThan(0);
    }, 120_000);
    it('no understated dose and no falsely reassuring page', () => {
      const res = scoreAll(set.dir, set.file)!;
      expect(res.understated).toEqual([]);
      expect(res.falselyReassuring).toEqual([]);
    }, 120_000);
    it('every page gives a Reading valid under the shared schema', () => {
      for (const a of loadAnswers(set.dir, set.file)!) {
        const r = readPageFile(path.join(set.dir, a.file), a.url ?? undefined);
        const p = Reading.safeParse(r);
        expect(p.success ? a.file : `${a.file}: ${JSON.stringify(p.error.issues)}`).toBe(a.file);
      }
    }, 120_000);
  });
}

describe('the known misses are still misses', () => {
  it.runIf(SHARED_PRESENT)('each one listed is missed today (a fixed one is taken off the list)', () => {
    const missed = new Set(answerSets().filter((s) => s.real).flatMap((s) => scoreAll(s.dir, s.file)?.misses ?? []).map((m) => `${m.file}#${m.field}`));
    expect(Object.keys(KNOWN_MISSES).filter((k) => !missed.has(k))).toEqual([]);
  }, 120_000);
});
