// Property tests: the adversarial texts a hostile or broken page can hold (scripts/lib/adversarial.ts,
// the same the bench times) and random mixtures of them with label pieces, fed to every stage and
// to the whole engine. Nothing throws, every output stays within its bounds, every Reading is valid.
// (Speed is measured by `npm run bench`, never here.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/core/reading.ts';
import { extractFromText, Trace } from '../../../src/extract/index.ts';
import { choose } from '../../../src/extract/stages/choose.ts';
import { findStage, MAX_AMOUNTS_PER_LINE, MAX_AMOUNTS_PER_REGION } from '../../../src/extract/stages/find.ts';
import { rejectStage } from '../../../src/extract/stages/reject.ts';
import { readServing, servingStage } from '../../../src/extract/stages/serving.ts';
import { runSteps } from '../../../src/extract/stages/step.ts';
import { tieStage } from '../../../src/extract/stages/tie.ts';
import { ADVERSARIES } from '../../../scripts/lib/adversarial.ts';
import { lex } from './helpers.ts';

const SIZE = 60_000;

/** Every stage in turn on the same text (as facts, body and title), checking each output's bounds. */
function throughStages(text: string): void {
  const found = runSteps(findStage({ facts: text, body: text, title: text.slice(0, 200) }, lex, null));
  for (const fl of found.lines) expect(fl.amounts.length).toBeLessThanOrEqual(MAX_AMOUNTS_PER_LINE);
  const perRegion = (r: string) => found.lines.filter((fl) => fl.line.region === r && fl.kind !== 'variant' && fl.kind !== 'standalone').reduce((n, fl) => n + fl.amounts.length, 0);
  expect(perRegion('facts')).toBeLessThanOrEqual(MAX_AMOUNTS_PER_REGION);
  expect(perRegion('body')).toBeLessThanOrEqual(MAX_AMOUNTS_PER_REGION);
  const { tied } = runSteps(tieStage(found, lex, null));
  for (const t of tied) {
    expect(Number.isFinite(t.mg) && t.mg >= 0).toBe(true);
    expect(t.text.length).toBeLessThanOrEqual(500);
  }
  const { kept } = runSteps(rejectStage(tied, lex, null));
  const ls = readServing(text, text, text);
  const { dose } = choose(kept, { unit: ls.serving?.unit ?? null, units: ls.serving?.count ?? null }, ls.serving, lex, null);
  if (dose) {
    expect(dose.mg).toBeGreaterThan(0);
    expect(dose.mg).toBeLessThanOrEqual(lex.data.caps.maxServingMg);
    const s = servingStage(ls, dose, lex.data.caps);
    if (s.servingsPerDay) expect(s.servingsPerDay.max).toBeLessThanOrEqual(lex.data.caps.maxServingsPerDay);
  }
}

function validReading(text: string): void {
  const trace = new Trace();
  const r = extractFromText(text, undefined, { trace });
  const p = Reading.safeParse(r);
  expect(p.success ? true : p.error.issues).toBe(true);
  for (const e of r.evidence) expect(e.text.length).toBeLessThanOrEqual(300);
  expect(trace.entries.length).toBeLessThanOrEqual(5000);
}

describe('every stage on each adversarial text', () => {
  for (const a of ADVERSARIES) {
    it(a.name, () => {
      const text = a.make(SIZE);
      throughStages(text);
      validReading(text);
    }, 60_000);
  }
});

describe('random mixtures of adversarial chunks and label pieces', () => {
  const chunk = fc.tuple(fc.constantFrom(...ADVERSARIES), fc.integer({ min: 1, max: 400 })).map(([a, n]) => a.make(n));
  const piece = fc.constantFrom('Magnesium', ' (as ', 'citrate', ')', ' 200 mg', ' 1e+21 mg', ' -5 mg', ' 12,000 mg', '\n', ' | ', 'Serving Size: 2 Capsules\n',
    'Take 2 capsules daily.\n', '\u200f', '\u202e', ' 48%', ' † ', '† Daily Value not established\n', 'Ingredients (per 30 drops): ', 'NPN 80012345');
  const page = fc.array(fc.oneof(chunk, piece, fc.string({ maxLength: 12 })), { maxLength: 30 }).map((xs) => xs.join(''));
  it('the stages and the engine', () => fc.assert(fc.property(page, (text) => {
    throughStages(text);
    validReading(text);
  }), { numRuns: 150 }), 120_000);
});
