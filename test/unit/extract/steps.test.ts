// The incremental entry points (issue 9 point 3): readTextSteps and readDocumentSteps yield between
// the stages and every few hundred lines, so the content script can run a read in slices of one
// frame; run to the end they return the same Reading as extractFromText / extractFromDocument.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText, readDocumentSteps, readTextSteps } from '../../../src/extract/index.ts';
import { STAGES } from '../../../src/extract/trace.ts';

function drain<T>(g: Generator<string, T>): { steps: string[]; value: T } {
  const steps: string[] = [];
  for (;;) {
    const r = g.next();
    if (r.done) return { steps, value: r.value };
    steps.push(r.value);
  }
}

const LABEL = 'Acme Magnesium Capsules\nSupplement Facts\nServing Size: 2 Capsules\nMagnesium (as citrate) | 200 mg | 48%\nSuggested use: Take 2 capsules daily.';

describe('readTextSteps', () => {
  it('yields between the stages, in their order, and returns the same Reading as extractFromText', () => {
    const { steps, value } = drain(readTextSteps(LABEL));
    expect(value).toEqual(extractFromText(LABEL));
    const order = [...new Set(steps)];
    expect(order).toEqual(STAGES.filter((s) => order.includes(s)));
    for (const s of ['page', 'find', 'tie', 'reject', 'serving', 'choose', 'confidence']) expect(steps, s).toContain(s);
  });
  it('yields within a stage on a long page, every few hundred lines', () => {
    // (lines with no amount: a region's amounts are capped, MAX_AMOUNTS_PER_REGION, and the stage
    // stops once the cap is reached; its lines are what it yields between)
    const long = `${LABEL}\n${'Magnesium is a mineral the body needs, here and there.\n'.repeat(3000)}`;
    const { steps } = drain(readTextSteps(long));
    expect(steps.filter((s) => s === 'find').length).toBeGreaterThan(5);
  });
});

describe('readDocumentSteps', () => {
  it('yields and returns the same Reading as extractFromDocument', () => {
    const page = '<html><body><main><h1>Acme Magnesium Capsules</h1><table><tr><td>Serving Size: 2 Capsules</td></tr><tr><td>Magnesium (as citrate)</td><td>200 mg</td><td>48%</td></tr></table><p>Directions: Take 2 capsules daily.</p></main></body></html>';
    const doc = () => parseHTML(page).document as unknown as Document;
    const url = 'https://shop.example.com/products/acme-magnesium';
    const { steps, value } = drain(readDocumentSteps(doc(), url));
    expect(value).toEqual(extractFromDocument(doc(), url));
    expect(value).toMatchObject({ status: 'found', perServingMg: 200, dailyMg: { min: 200, max: 200 } });
    expect(steps.length).toBeGreaterThan(5);
  });
});
