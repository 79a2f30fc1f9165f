// A page's reading is delivered again only when it says something new (src/content/same-message.ts):
// the same reading again sends nothing, anything changed is sent.
import { describe, expect, it } from 'vitest';
import { sameMessage } from '../../../src/content/same-message.ts';

const html = (body: string) => ({ type: 'page-html', url: 'https://shop.example/p/1', epoch: 5, html: `<html><body>${body}</body></html>` });
const reading = (mg: number | null, evidence: string[]) => ({
  type: 'page-reading', url: 'https://shop.example/p/1', epoch: 5,
  reading: { status: mg === null ? 'absent' : 'found', perServingMg: mg, servingsPerDay: { min: 1, max: 2 }, evidence: evidence.map((quote) => ({ quote })) },
});

describe('the same message again', () => {
  it('is the same when every field says the same, however it was built', () => {
    expect(sameMessage(html('Magnesium 200 mg'), html('Magnesium 200 mg'))).toBe(true);
    expect(sameMessage(reading(200, ['200 mg']), reading(200, ['200 mg']))).toBe(true);
    expect(sameMessage(reading(null, []), reading(null, []))).toBe(true);
  });

  it('differs when the page changed by one character, a number, or a field', () => {
    expect(sameMessage(html('Magnesium 200 mg'), html('Magnesium 250 mg'))).toBe(false);
    expect(sameMessage(reading(200, ['200 mg']), reading(250, ['200 mg']))).toBe(false);
    expect(sameMessage(reading(200, ['200 mg']), reading(200, ['200 mg', 'twice daily']))).toBe(false);
    expect(sameMessage({ ...html('x'), epoch: 6 }, html('x'))).toBe(false);
    expect(sameMessage({ ...html('x'), gatePassed: true }, html('x'))).toBe(false);
  });

  it('tells a missing field from one set to undefined or null, and an array from an object', () => {
    expect(sameMessage({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameMessage({ a: null }, { a: undefined })).toBe(false);
    expect(sameMessage({ 0: 'x' }, ['x'])).toBe(false);
    expect(sameMessage(null, {})).toBe(false);
  });
});
