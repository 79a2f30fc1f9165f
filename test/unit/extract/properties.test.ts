// Property tests: any string in, a valid result or a clear "nothing found" out, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/core/reading.ts';
import { extractFromText } from '../../../src/extract/index.ts';
import { findAmounts } from '../../../src/extract/text/amount.ts';
import { lexiconFor } from '../../../src/extract/lexicon.ts';
import { findStage } from '../../../src/extract/stages/find.ts';
import { rejectStage } from '../../../src/extract/stages/reject.ts';
import { runSteps } from '../../../src/extract/stages/step.ts';
import { tieStage } from '../../../src/extract/stages/tie.ts';
import { classifyName } from '../../../src/extract/text/compound.ts';
import { parseDirections } from '../../../src/extract/text/directions.ts';
import { dvToMg } from '../../../src/extract/text/dv.ts';
import { parseNumber } from '../../../src/extract/text/numbers.ts';
import { parseServingSize, parseServingsPerContainer } from '../../../src/extract/text/serving.ts';

// strings built from label-like pieces, so the parsers' interesting paths are reached
const piece = fc.constantFrom('Magnesium', 'magnesio', ' (as ', 'citrate', ')', ' 200 mg', ' 1,000 mg', ' 187,5 mg', '<1 mg', ' 48%', ' | ',
  '\n', 'Serving Size: ', '2 Capsules', 'Take ', 'two', ' tablets', ' daily', ' twice', ' 1-3 times', ' per day', 'Täglich ', '2 Kapseln',
  'NRV', ' of elemental magnesium', 'Supplement Facts', '. ', 'each capsule', '(', '300-400 mg', 'up to ', 'one or more', ' per bottle');
const labelish = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), labelish);

const finiteNonNeg = (n: number) => Number.isFinite(n) && n >= 0;
const lex = lexiconFor('magnesium');

describe('text parsers never throw and return valid results', () => {
  it('findAmounts', () => fc.assert(fc.property(anyText, (s) => {
    for (const a of findAmounts(s)) {
      expect(finiteNonNeg(a.mg)).toBe(true);
      expect(a.end).toBeGreaterThan(a.start);
    }
  }), { numRuns: 400 }));
  it('parseNumber', () => fc.assert(fc.property(anyText, (s) => {
    const n = parseNumber(s);
    expect(n === null || Number.isFinite(n)).toBe(true);
  }), { numRuns: 400 }));
  it('parseDirections', () => fc.assert(fc.property(anyText, (s) => {
    const r = parseDirections(s);
    if (r.range) {
      expect(r.range.min).toBeGreaterThan(0);
      expect(r.range.min).toBeLessThanOrEqual(r.range.max);
    }
  }), { numRuns: 400 }));
  it('serving size, servings per container, %DV, names', () => fc.assert(fc.property(anyText, (s) => {
    const sv = parseServingSize(s);
    if (sv) expect(sv.count).toBeGreaterThan(0);
    const spc = parseServingsPerContainer(s);
    if (spc) expect(spc.count).toBeGreaterThan(0);
    const dv = dvToMg(s, lex.data.labelValues);
    if (dv) expect(finiteNonNeg(dv.mg)).toBe(true);
    expect(['elemental', 'compound']).toContain(classifyName(s, lex).kind);
  }), { numRuns: 400 }));
  it('candidates', () => fc.assert(fc.property(anyText, (s) => {
    const found = runSteps(findStage({ facts: s, body: s, title: s }, lex, null));
    const { tied } = runSteps(tieStage(found, lex, null));
    const { kept } = runSteps(rejectStage(tied, lex, null));
    for (const c of kept) expect(finiteNonNeg(c.mg)).toBe(true);
  }), { numRuns: 300 }));
  it('extractFromText always returns a Reading that passes the shared schema', () => fc.assert(fc.property(anyText, fc.option(fc.webUrl(), { nil: undefined }), (s, url) => {
    const r = extractFromText(s, url);
    const parsed = Reading.safeParse(r);
    expect(parsed.success ? true : parsed.error.issues).toBe(true);
    if (r.status !== 'found') expect(r.perServingMg).toBeNull();
  }), { numRuns: 300 }));
});
