// The one verdict (src/rules/verdict.ts): what the badge, the popup's headline and the page note
// say first, and the reason for every answer that is not plain. Never green when unsure.
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/message.ts';
import { VERDICT_KINDS } from '../../../src/core/assessment.ts';
import { readMessages } from '../../../src/i18n/node.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { decideVerdict, type VerdictFacts } from '../../../src/rules/verdict.ts';
import { daily, profile, reading, text, verdictText } from './helpers.ts';

const adult = (over = {}) => profile({ ageYears: 40, sex: 'female', ...over });

const base: VerdictFacts = { level: 'within-limit', absent: false, askDoctor: null, noLimitBand: null, repaired: [], unreadableReason: null, assumption: null };
const kidney = msg('verdict_reason_kidney_disease');
const age = [msg('rules_field_age')];
const assumed = msg('verdict_reason_compound');

describe('the decision, fact by fact', () => {
  // [what, facts, kind, badge]
  const table: [string, Partial<VerdictFacts>, string, string][] = [
    ['within, nothing assumed', {}, 'within', 'OK'],
    ['within on an assumption', { assumption: assumed }, 'within-assumed', 'OK?'],
    ['near', { level: 'near-limit' }, 'near', 'NEAR'],
    ['near on an assumption stays near (amber is not reassurance)', { level: 'near-limit', assumption: assumed }, 'near', 'NEAR'],
    ['over', { level: 'over-limit' }, 'over', 'OVER'],
    ['unknown', { level: 'unknown' }, 'unknown', '?'],
    ['no limit for the age', { level: 'no-limit', noLimitBand: msg('rules_band_infants') }, 'no-limit-for-age', 'ASK'],
    ['kidney disease, within', { askDoctor: kidney }, 'ask-doctor', 'ASK'],
    ['kidney disease, near', { level: 'near-limit', askDoctor: kidney }, 'ask-doctor', 'ASK'],
    ['kidney disease, over', { level: 'over-limit', askDoctor: kidney }, 'ask-doctor', 'ASK'],
    ['kidney disease, amount unknown', { level: 'unknown', askDoctor: kidney }, 'ask-doctor', 'ASK'],
    ['kidney disease outranks an unreadable profile field', { askDoctor: kidney, repaired: age }, 'ask-doctor', 'ASK'],
    ['profile repaired, within', { repaired: age }, 'check-profile', '!'],
    ['profile repaired, within on an assumption', { repaired: age, assumption: assumed }, 'check-profile', '!'],
    ['profile repaired, near', { level: 'near-limit', repaired: age }, 'check-profile', '!'],
    ['profile repaired, over: OVER already says stop', { level: 'over-limit', repaired: age }, 'over', 'OVER'],
    ['profile repaired, unknown: still ?', { level: 'unknown', repaired: age }, 'unknown', '?'],
    ['no magnesium product', { level: 'unknown', absent: true }, 'unknown', '?'],
  ];
  for (const [what, facts, kind, badge] of table) {
    it(`${what}: ${kind} (${badge})`, () => {
      const v = decideVerdict({ ...base, ...facts });
      expect(v.kind).toBe(kind);
      expect(text(v.badge)).toBe(badge);
      // every answer that is not plain says why, first
      expect(v.reason === null).toBe(['over', 'near', 'within'].includes(kind));
    });
  }

  it('every kind has a badge of at most 4 characters and a headline', () => {
    const english = readMessages('en');
    const seen = new Set<string>();
    for (const [, facts] of table) {
      const v = decideVerdict({ ...base, ...facts });
      seen.add(v.kind);
      expect(text(v.badge).length).toBeLessThanOrEqual(4);
      expect(english[v.headline.key]).toBeDefined();
    }
    expect([...seen].sort()).toEqual([...VERDICT_KINDS].sort());
  });
});

describe('never green when unsure (end to end)', () => {
  // [what, reading, reason must contain]
  const unsure: [string, Parameters<typeof reading>[0], string][] = [
    ['one serving a day assumed', { perServingMg: 100, servingsPerDay: null }, 'assumes one serving a day (100 mg)'],
    ['a compound-weight estimate', { perServingMg: 70, basis: 'compound-estimate', form: 'glycinate' }, 'weight of the compound'],
    ['a %DV estimate', { perServingMg: 105, basis: 'dv-estimate' }, 'worked out from a percentage'],
    ['a weak reading', { perServingMg: 100, confidence: 'weak' }, 'title or description'],
    ['a weak reading with the engine\'s reason', { perServingMg: 100, confidence: 'weak', reason: msg('rules_weak_detail') }, 'Supplement Facts panel'],
    ['a page that disagrees with itself', { perServingMg: 100, disagreement: { otherMg: 50, quote: 'Magnesium 50 mg' } }, 'two amounts per serving, 50 mg and 100 mg'],
  ];
  for (const [what, r, reason] of unsure) {
    it(`${what}: OK?, not OK, with the reason first`, () => {
      const v = verdictText(evaluate(reading(r), adult()));
      expect(v).toMatchObject({ kind: 'within-assumed', badge: 'OK?' });
      expect(v.headline).not.toBe('Within your daily limit');
      expect(v.reason).toContain(reason);
    });
  }
  it('no age in the profile (a first run): OK?, not OK, naming the adult limit it used', () => {
    const v = verdictText(evaluate(daily(100), profile({ ageYears: null })));
    expect(v).toMatchObject({ kind: 'within-assumed', badge: 'OK?' });
    expect(v.reason).toContain('adult limit of 350 mg');
    expect(verdictText(evaluate(daily(500), profile({ ageYears: null }))).kind, 'over the adult limit is over a child\'s too').toBe('over');
  });
  it('a repaired profile: "!" naming the fields in words, never the stored names', () => {
    const a = evaluate(daily(100), adult(), { repairedFields: ['ageYears', 'medications[1]', 'stack[0]', 'settings.pageNotes'] });
    const v = verdictText(a);
    expect(v).toMatchObject({ kind: 'check-profile', badge: '!' });
    expect(v.reason).toContain('your age, your medicines, and your list of what you already take');
    expect(JSON.stringify(a.warnings.map((w) => text(w.detail)))).not.toMatch(/ageYears|medications\[|stack\[|settings/);
  });
  it('only display settings repaired: the check is whole, the verdict stays OK', () => {
    expect(evaluate(daily(100), adult(), { repairedFields: ['settings.pageNotes', 'schemaVersion'] }).verdict.kind).toBe('within');
  });
  it('a typed-in amount assumes nothing: plain OK', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null, servingsPerDay: null }), adult(), { manual: { perServingMg: 100, servingsPerDay: { min: 1, max: 1 } } });
    expect(verdictText(a)).toMatchObject({ kind: 'within', badge: 'OK', headline: 'Within your daily limit', reason: null });
  });
  it('the unreadable page\'s own reason is the reason shown', () => {
    const a = evaluate(reading({ status: 'unreadable', perServingMg: null, reason: msg('rules_weak_detail') }), adult());
    expect(verdictText(a).reason).toContain('Supplement Facts panel');
  });
});
