import { describe, expect, it } from 'vitest';
import { describeProblem, describeProblems, fieldLabel } from '../../../src/profile/describe.ts';
import { parseProfile } from '../../../src/profile/parse.ts';
import { readProfile } from '../../../src/profile/load.ts';
import { DEFAULT_PROFILE } from '../../../src/core/profile.ts';

describe('problems in the user’s words', () => {
  it('says which field was reset and that the rest was kept', () => {
    const { problems } = parseProfile({ ...DEFAULT_PROFILE, ageYears: 'old' });
    expect(describeProblems(problems)).toEqual(['We could not read your saved age; it was reset to its default. Everything else was kept.']);
  });

  it('names a dropped stack item by its position from 1', () => {
    const { problems } = parseProfile({ ...DEFAULT_PROFILE, stack: [{ name: 'ok', dailyMg: 1 }, { name: 'bad' }] });
    expect(describeProblems(problems)).toEqual([
      'We could not read item 2 in your saved list of what you already take; it was removed. Everything else was kept.',
    ]);
  });

  it('names settings sub-fields', () => {
    expect(fieldLabel('settings.pageNotes')).toBe('page notes setting');
    expect(fieldLabel('settings.disabledStores.3')).toBe('list of stores to run on');
    expect(fieldLabel('doctorLimitMg')).toBe("doctor's limit");
  });

  it('speaks of the file when importing', () => {
    const text = describeProblem({ field: 'standard', message: 'x', action: 'reset' }, 'file');
    expect(text).toBe('We could not read the file’s standard; it was reset to its default. Everything else was kept.');
  });

  it('explains unknown fields and newer versions', () => {
    const read = readProfile({ ...DEFAULT_PROFILE, schemaVersion: 9, extra: 1 });
    expect(describeProblems(read.problems)).toEqual([
      'Your saved profile comes from a newer version of Dose Guard. What this version understands was kept.',
      'Your saved profile had a field this version does not use (extra); it was left out.',
    ]);
  });

  it('names a missing field as one that could not be read', () => {
    const { conditions: _c, ...rest } = DEFAULT_PROFILE;
    expect(describeProblems(parseProfile(rest).problems)).toEqual([
      'We could not read your saved health conditions; it was reset to its default. Everything else was kept.',
    ]);
  });

  it('says when nothing could be read', () => {
    expect(describeProblems(parseProfile('garbage').problems)).toEqual(['We could not read your saved profile at all; it was reset to its defaults.']);
  });
});
