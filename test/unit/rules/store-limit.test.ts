// A page never gets a green OK that the limit of the store's own region would not give (issue 11).
// End to end through evaluate(): what the badge, the headline and the reason say.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { daily, profile, text, verdictText } from './helpers.ts';

const DE = 'https://www.amazon.de/dp/B0TESTTEST';
const US_STORE = 'https://www.amazon.com/dp/B0TESTTEST';
const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });
const usBrowser = ['en-US', 'en'];
const germanBrowser = ['de-DE', 'de'];

describe('the store\'s region in the verdict', () => {
  it('a US shopper on amazon.de, 300 mg a day: not green, the reason names the EU limit of 250 mg', () => {
    const a = evaluate(daily(300), adult(), { locales: usBrowser, pageUrl: DE });
    expect(a.limitMg).toBe(350);
    expect(a.level).toBe('within-limit');
    const v = verdictText(a);
    expect(v).toMatchObject({ kind: 'within-assumed', badge: 'OK?' });
    expect(v.reason).toBe('On amazon.de the EU limit of 250 mg a day applies (EU upper limit, 4 years and over): 300 mg a day is over it.');
  });

  it('close to the store\'s limit is not green either (240 mg against 250 mg)', () => {
    const v = verdictText(evaluate(daily(240), adult(), { locales: usBrowser, pageUrl: DE }));
    expect(v.kind).toBe('within-assumed');
    expect(v.reason).toContain('240 mg a day is close to it');
  });

  it('well within the store\'s limit stays green (100 mg on amazon.de)', () => {
    expect(verdictText(evaluate(daily(100), adult(), { locales: usBrowser, pageUrl: DE })).kind).toBe('within');
  });

  it('the store\'s reason comes before an assumption about the page', () => {
    const v = verdictText(evaluate(daily(300, { servingsPerDay: null }), adult(), { locales: usBrowser, pageUrl: DE }));
    expect(v.kind).toBe('within-assumed');
    expect(v.reason).toContain('On amazon.de the EU limit');
  });

  it('a German-language browser with no profile on amazon.de, 300 mg a day: OVER against 250 mg', () => {
    const a = evaluate(daily(300), profile(), { locales: germanBrowser, pageUrl: DE });
    expect(a.limitMg).toBe(250);
    expect(text(a.limitSource)).toBe('EU upper limit, 4 years and over');
    expect(verdictText(a)).toMatchObject({ kind: 'over', badge: 'OVER' });
    expect(a.standard).toEqual({ used: 'eu', auto: { locale: 'de-DE', basis: 'country' } });
    expect(a.storeRegion).toBeNull(); // the store's standard is the one used
  });

  it('an EU shopper on amazon.com keeps their own, lower limit and needs no store notice', () => {
    const a = evaluate(daily(300), adult({ standard: 'eu' }), { locales: usBrowser, pageUrl: US_STORE });
    expect(verdictText(a).kind).toBe('over');
    expect(a.storeRegion).toMatchObject({ host: 'amazon.com', standard: 'us', limitMg: 350, level: 'within-limit' });
  });

  it('a UK shopper (400 mg guidance) on amazon.de, 300 mg: not green; the notice names both limits', () => {
    const a = evaluate(daily(300), adult({ standard: 'uk' }), { locales: ['en-GB'], pageUrl: DE });
    expect(verdictText(a).kind).toBe('within-assumed');
    expect(a.storeRegion).toMatchObject({ host: 'amazon.de', standard: 'eu', limitMg: 250, level: 'over-limit' });
    expect(text(a.storeRegion!.name)).toBe('EU limit');
    expect(text(a.storeRegion!.usedName)).toBe('UK guidance level');
  });

  it('the store\'s limit is read at the profile\'s age (a child of 6: EU 250 mg, US 110 mg, so US is the stricter)', () => {
    const a = evaluate(daily(100), profile({ ageYears: 6 }), { locales: usBrowser, pageUrl: DE });
    expect(a.limitMg).toBe(110);
    expect(a.storeRegion).toMatchObject({ limitMg: 250, level: 'within-limit' });
    expect(verdictText(a).kind).toBe('near');
  });

  it('a doctor\'s limit is the user\'s own: no store\'s standard replaces it', () => {
    const a = evaluate(daily(300), adult({ doctorLimitMg: 500 }), { locales: usBrowser, pageUrl: DE });
    expect(verdictText(a).kind).toBe('within');
    expect(a.storeRegion).toBeNull();
  });

  it('a store with no region (iHerb) and no address change nothing', () => {
    for (const pageUrl of ['https://www.iherb.com/pr/x/1', undefined]) {
      const a = evaluate(daily(300), adult(), { locales: usBrowser, pageUrl });
      expect(verdictText(a).kind).toBe('within');
      expect(a.storeRegion).toBeNull();
    }
  });

  it('a chosen standard is used whatever the browser\'s language', () => {
    const a = evaluate(daily(300), adult({ standard: 'us' }), { locales: germanBrowser });
    expect(a.limitMg).toBe(350);
    expect(a.standard).toEqual({ used: 'us', auto: null });
  });
});
