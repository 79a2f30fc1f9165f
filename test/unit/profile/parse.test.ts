import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import { parseProfile } from '../../../src/profile/parse.ts';

const full: Profile = {
  schemaVersion: 2,
  ageYears: 44,
  sex: 'female',
  pregnant: false,
  lactating: true,
  conditions: ['osteoporosis', 'type-2-diabetes'],
  medications: ['ppi', 'levothyroxine'],
  standard: 'uk',
  doctorLimitMg: 250,
  stack: [
    { id: 'a', name: 'Magnesium glycinate', dailyMg: 200, url: 'https://www.iherb.com/pr/x/1' },
    { id: 'b', name: 'Antacid', dailyMg: 85.5, medicine: true },
  ],
  settings: { pageNotes: false, disabledStores: ['amazon'] },
};

describe('parseProfile', () => {
  it('keeps a valid profile exactly, with no problems', () => {
    const { profile, problems } = parseProfile(structuredClone(full));
    expect(problems).toEqual([]);
    expect(profile).toEqual(full);
  });

  it('fills a missing field with its default and reports it, like a wrong one (issue 9, point 5)', () => {
    const { profile, problems } = parseProfile({ ageYears: 30 });
    expect(profile).toEqual({ ...DEFAULT_PROFILE, ageYears: 30 });
    const missing = Object.keys(DEFAULT_PROFILE).filter((f) => f !== 'ageYears' && f !== 'schemaVersion');
    expect(problems.map((p) => [p.field, p.action])).toEqual(missing.map((f) => [f, 'missing']));
  });

  it('reports a stored profile without its conditions (a user with kidney disease would get no warning)', () => {
    const { conditions: _dropped, ...withoutConditions } = structuredClone(full);
    const { profile, problems } = parseProfile(withoutConditions);
    expect(profile.conditions).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ field: 'conditions', action: 'missing' })]);
  });

  it('reports every field of an empty object as missing', () => {
    const { profile, problems } = parseProfile({});
    expect(profile).toEqual(DEFAULT_PROFILE);
    expect(problems.filter((p) => p.action === 'missing').map((p) => p.field).sort())
      .toEqual(Object.keys(DEFAULT_PROFILE).filter((f) => f !== 'schemaVersion').sort());
  });

  it('takes a field set to undefined for missing too', () => {
    const { problems } = parseProfile({ ...full, conditions: undefined });
    expect(problems).toEqual([expect.objectContaining({ field: 'conditions', action: 'missing' })]);
  });

  it('gives the defaults and one problem for a non-object', () => {
    for (const input of [null, 42, 'x', [1, 2], undefined]) {
      const { profile, problems } = parseProfile(input);
      expect(profile).toEqual(DEFAULT_PROFILE);
      expect(problems.map((p) => p.field)).toEqual(['(profile)']);
    }
  });

  it('resets only the bad field and names it', () => {
    const { profile, problems } = parseProfile({ ...full, ageYears: 400, standard: 'mars' });
    expect(profile).toEqual({ ...full, ageYears: null, standard: 'auto' });
    expect(problems.map((p) => [p.field, p.action])).toEqual([['ageYears', 'reset'], ['standard', 'reset']]);
  });

  it('drops only the bad stack items and reports each by index', () => {
    const stack = [
      full.stack[0],
      { name: '', dailyMg: 100 },
      'garbage',
      { name: 'Oxide', dailyMg: -5 },
      full.stack[1],
    ];
    const { profile, problems } = parseProfile({ ...full, stack });
    expect(profile.stack).toEqual(full.stack);
    expect(problems.map((p) => [p.field, p.action])).toEqual([['stack[1]', 'dropped'], ['stack[2]', 'dropped'], ['stack[3]', 'dropped']]);
    expect(problems[2]!.message).toContain('dailyMg');
    // everything else untouched
    expect({ ...profile, stack: [] }).toEqual({ ...full, stack: [] });
  });

  it('resets a stack that is not a list', () => {
    const { profile, problems } = parseProfile({ ...full, stack: { name: 'x' } });
    expect(profile.stack).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ field: 'stack', action: 'reset' })]);
  });

  it('keeps at most 100 stack items and reports the rest', () => {
    const stack = Array.from({ length: 102 }, (_, i) => ({ name: `item ${i}`, dailyMg: 1 }));
    const { profile, problems } = parseProfile({ ...full, stack });
    expect(profile.stack).toHaveLength(100);
    expect(problems.map((p) => p.field)).toEqual(['stack[100]', 'stack[101]']);
  });

  it('resets only the bad settings sub-field', () => {
    const { profile, problems } = parseProfile({ ...full, settings: { pageNotes: 'yes', disabledStores: ['amazon'] } });
    expect(profile.settings).toEqual({ pageNotes: true, disabledStores: ['amazon'] });
    expect(problems).toEqual([expect.objectContaining({ field: 'settings.pageNotes', action: 'reset' })]);
  });

  it('fills a missing settings sub-field and reports it, and reports unknown ones', () => {
    const { profile, problems } = parseProfile({ ...full, settings: { disabledStores: ['target'], theme: 'dark' } });
    expect(profile.settings).toEqual({ pageNotes: true, disabledStores: ['target'] });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'settings.pageNotes', action: 'missing' }),
      expect.objectContaining({ field: 'settings.theme', action: 'ignored' }),
    ]);
  });

  it('takes only own fields: a key named after an Object method is an unknown field, not a setting', () => {
    const { problems } = parseProfile({ ...full, settings: { ...full.settings, constructor: 1, toString: 2 } });
    expect(problems.map((p) => [p.field, p.action])).toEqual([['settings.constructor', 'ignored'], ['settings.toString', 'ignored']]);
  });

  it('resets settings that are not an object', () => {
    const { profile, problems } = parseProfile({ ...full, settings: [] });
    expect(profile.settings).toEqual(DEFAULT_PROFILE.settings);
    expect(problems.map((p) => p.field)).toEqual(['settings']);
  });

  it('drops unknown conditions and medications one by one and removes duplicates', () => {
    const { profile, problems } = parseProfile({
      ...full,
      conditions: ['kidney-disease', 'gout', 'kidney-disease'],
      medications: ['ppi', 7, 'quinolone'],
    });
    expect(profile.conditions).toEqual(['kidney-disease']);
    expect(profile.medications).toEqual(['ppi', 'quinolone']);
    expect(problems.map((p) => p.field)).toEqual(['conditions[1]', 'medications[1]']);
  });

  it('reports unknown top-level fields as ignored and drops them', () => {
    const { profile, problems } = parseProfile({ ...full, favouriteColour: 'blue' });
    expect(profile).toEqual(full);
    expect(problems).toEqual([expect.objectContaining({ field: 'favouriteColour', action: 'ignored' })]);
  });

  it('takes a value that cannot be turned into text or a number for a wrong value, never a crash (found by npm run fuzz)', () => {
    const poison = { length: { toString: 'x' } };
    const { profile, problems } = parseProfile({ ...full, stack: [full.stack[0], { name: poison, dailyMg: 1 }], settings: { pageNotes: false, disabledStores: poison } });
    expect(profile.stack).toEqual([full.stack[0]]);
    expect(profile.settings).toEqual({ pageNotes: false, disabledStores: [] });
    expect(problems.map((p) => [p.field, p.action])).toEqual([['stack[1]', 'dropped'], ['settings.disabledStores', 'reset']]);
  });

  it('does not share default objects between results', () => {
    const a = parseProfile({}).profile;
    a.stack.push({ name: 'x', dailyMg: 1 });
    a.settings.disabledStores.push('iherb');
    expect(parseProfile({}).profile).toEqual(DEFAULT_PROFILE);
    expect(DEFAULT_PROFILE.stack).toEqual([]);
  });
});
