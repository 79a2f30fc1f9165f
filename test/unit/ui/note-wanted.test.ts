// Which pages get a note (issue 10, point 7): the note is for answers that need a look. A plain,
// sure "within your limit" gets one only when the user asks; a site the user turned off and a
// product whose note they closed get none.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile.ts';
import type { TabState } from '../../../src/core/messages.ts';
import type { Reading } from '../../../src/core/reading.ts';
import { evaluate } from '../../../src/rules/evaluate.ts';
import { noteWanted } from '../../../src/background/note-wanted.ts';
import { DEFAULT_NOTE_PREFS, readNotePrefs, withDismissed, withSiteOff } from '../../../src/ui/prefs.ts';
import { normalizePageUrl } from '../../../src/rules/in-stack.ts';

const URL = 'https://www.iherb.com/pr/test-magnesium/1';
const reading = (perServingMg: number, servings: number | null): Reading => ({
  nutrient: 'magnesium', status: 'found', pageKind: 'product', source: 'iherb',
  product: { name: 'Test Magnesium', brand: null }, perServingMg, basis: 'elemental', form: null, route: 'oral',
  serving: { count: 1, unit: 'capsule' }, servingsPerContainer: 60, servingsPerDay: servings === null ? null : { min: servings, max: servings },
  dailyMg: servings === null ? null : { min: perServingMg * servings, max: perServingMg * servings },
  evidence: [], seen: null, confidence: 'label', assumptions: [], disagreement: null, licence: null, reason: null,
});
const state = (r: Reading, profile = DEFAULT_PROFILE): TabState => ({
  tabId: 1, url: URL, reading: r, manual: null, assessment: evaluate(r, profile), inStack: false, updatedAt: 0,
});

describe('which pages get a note', () => {
  // An adult: with no age in the profile, a dose within the adult limit is only "within on an assumption".
  const adult = { ...DEFAULT_PROFILE, ageYears: 40 };
  const ok = state(reading(100, 1), adult);
  const over = state(reading(200, 2));
  const assumed = state(reading(100, null));
  it('a plain OK: none, unless the user asked for notes on it', () => {
    expect(ok.assessment!.verdict.kind).toBe('within');
    expect(noteWanted(ok, adult)).toBe(false);
    expect(noteWanted(ok, adult, { ...DEFAULT_NOTE_PREFS, plainOk: true })).toBe(true);
  });
  it('an answer that needs a look (OVER, OK? ...): one', () => {
    expect(noteWanted(over, DEFAULT_PROFILE)).toBe(true);
    expect(assumed.assessment!.verdict.kind).toBe('within-assumed');
    expect(noteWanted(assumed, DEFAULT_PROFILE)).toBe(true);
  });
  it('none on a site the user turned off, nor on a product whose note they closed; others still', () => {
    expect(noteWanted(over, DEFAULT_PROFILE, withSiteOff(DEFAULT_NOTE_PREFS, 'www.iherb.com'))).toBe(false);
    expect(noteWanted(over, DEFAULT_PROFILE, withSiteOff(DEFAULT_NOTE_PREFS, 'www.amazon.com'))).toBe(true);
    const closed = withDismissed(DEFAULT_NOTE_PREFS, normalizePageUrl(`${URL}/`));
    expect(noteWanted(over, DEFAULT_PROFILE, closed)).toBe(false);
    expect(noteWanted({ ...over, url: 'https://www.iherb.com/pr/other-magnesium/2' }, DEFAULT_PROFILE, closed)).toBe(true);
  });
  it('none when notes are off, or for a page with no product of the nutrient', () => {
    expect(noteWanted(over, { ...DEFAULT_PROFILE, settings: { ...DEFAULT_PROFILE.settings, pageNotes: false } })).toBe(false);
    expect(noteWanted({ ...over, reading: { ...over.reading, status: 'absent' } }, DEFAULT_PROFILE)).toBe(false);
  });
  it('stored preferences that cannot be read fall back field by field', () => {
    expect(readNotePrefs({ plainOk: 'yes', offSites: ['www.iherb.com'] })).toEqual({ plainOk: false, offSites: ['www.iherb.com'], dismissed: [] });
    expect(readNotePrefs(null)).toEqual(DEFAULT_NOTE_PREFS);
  });
});
