// One long line never freezes the reader (issue 9, point 3): the background runs the reading
// engine's stages in slices of a few milliseconds, lets its other events run between slices, and
// gives up past a total budget with an "unreadable" reading that says why. Time here is a fake
// clock that each stage moves on: nothing is timed.
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../src/core/reading.ts';
import { readInSlices, READ_BUDGET, type SliceHost } from '../../../src/background/slices.ts';
import { documentInput, readInputSteps } from '../../../src/extract/index.ts';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';

const done = { status: 'found' } as unknown as Reading;

/** A reading of `stages` stages, each taking `ms` of the fake clock. */
function* stagesOf(host: { t: number }, stages: number, ms: number): Generator<void, Reading, void> {
  for (let i = 0; i < stages; i++) {
    host.t += ms;
    yield;
  }
  return done;
}

/** A fake host: a clock, and a log of when the page was let run. */
function fakeHost(): SliceHost & { t: number; yields: number[] } {
  const host = {
    t: 0,
    yields: [] as number[],
    now: () => host.t,
    async yieldToPage() {
      host.yields.push(host.t);
      host.t += 16; // the page runs a frame meanwhile; that time is not ours
    },
  };
  return host;
}

describe('reading in slices', () => {
  it('lets the page run whenever a slice has used its few milliseconds, and returns the reading', async () => {
    const host = fakeHost();
    const reading = await readInSlices(stagesOf(host, 40, 2), host);
    expect(reading).toBe(done);
    // 40 stages of 2 ms = 80 ms of work, in slices of READ_BUDGET.sliceMs (plus the stage that
    // crosses it)
    expect(host.yields.length).toBeGreaterThanOrEqual(Math.floor(80 / (READ_BUDGET.sliceMs + 2)) - 1);
    const slices = host.yields.map((t, i) => t - (i === 0 ? 0 : host.yields[i - 1]! + 16));
    expect(Math.max(...slices)).toBeLessThanOrEqual(READ_BUDGET.sliceMs + 2);
  });

  it('does not make a quick reading wait for the page', async () => {
    const host = fakeHost();
    await readInSlices(stagesOf(host, 2, 1), host);
    expect(host.yields).toEqual([]);
  });

  it('gives up past its budget with an unreadable reading whose reason says so', async () => {
    const host = fakeHost();
    let finished = false;
    function* endless(): Generator<void, Reading, void> {
      try {
        for (;;) {
          host.t += 3;
          yield;
        }
      } finally {
        finished = true;
      }
    }
    const reading = await readInSlices(endless(), host);
    expect(reading.status).toBe('unreadable');
    expect(reading.reason?.key).toBe('content_reading_gave_up');
    expect(reading.perServingMg).toBeNull();
    expect(finished, 'the engine is told to stop').toBe(true);
    // only our own work counts against the budget, not the page's time between slices
    const work = host.t - host.yields.length * 16;
    expect(work).toBeGreaterThanOrEqual(READ_BUDGET.totalMs);
    expect(work).toBeLessThan(READ_BUDGET.totalMs + 10);
  });

  it('turns an engine that throws into an unreadable reading, never a page error', async () => {
    const host = fakeHost();
    function* broken(): Generator<void, Reading, void> {
      yield;
      throw new Error('boom');
    }
    const reading = await readInSlices(broken(), host);
    expect(reading.status).toBe('unreadable');
    expect(reading.reason?.key).toBe('content_reading_failed');
  });

  it('reads what the page\'s adapter read to the same reading as a whole read of the page', async () => {
    // our own demo page of an iHerb product (200 mg per 2 capsules)
    const demo = JSON.parse(readFileSync('demo/pages.json', 'utf8'))[0] as { file: string; url: string };
    const { document } = parseHTML(readFileSync(`demo/pages/${demo.file}`, 'utf8'));
    const host = fakeHost();
    const url = demo.url;
    const { extractFromDocument } = await import('../../../src/extract/index.ts');
    const input = documentInput(document as unknown as Document, url);
    const reading = await readInSlices(readInputSteps(JSON.parse(JSON.stringify(input))), host);
    expect(reading.status).toBe('found');
    expect(reading).toEqual(extractFromDocument(document as unknown as Document, url));
  });
});
