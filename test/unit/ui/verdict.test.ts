// The look of each verdict (src/ui keeps only the colours; the rules decide the verdict itself,
// see test/unit/rules/verdict.test.ts).
import { describe, expect, it } from 'vitest';
import { VERDICT_KINDS } from '../../../src/core/assessment.ts';
import { VERDICT_COLOR } from '../../../src/ui/verdict.ts';

describe('verdict colours', () => {
  it('every verdict has a colour, a hex value the page note accepts', () => {
    for (const kind of VERDICT_KINDS) expect(VERDICT_COLOR[kind]).toMatch(/^#[0-9a-f]{6}$/i);
  });
  it('green is for a plain, certain "within" only', () => {
    const green = VERDICT_COLOR.within;
    expect(VERDICT_KINDS.filter((k) => VERDICT_COLOR[k] === green)).toEqual(['within']);
  });
  it('"ask your doctor" looks as serious as "over"', () => {
    expect(VERDICT_COLOR['ask-doctor']).toBe(VERDICT_COLOR.over);
  });
});
