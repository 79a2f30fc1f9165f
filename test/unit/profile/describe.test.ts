import { describe, expect, it } from 'vitest';
import { describeProblem, describeProblems, fieldLabel } from '../../../src/profile/describe.ts';
import { parseProfile } from '../../../src/profile/parse.ts';
import { readProfile } from '../../../src/profile/load.ts';
import { DEFAULT_PROFILE } from '../../../src/core/profile.ts';
import { nodeTranslator } from '../../../src/i18n/node.ts';
import type { FieldProblem } from '../../../src/profile/parse.ts';

// What the options page shows: the messages rendered in English.
const en = nodeTranslator('en');
const said = (problems: readonly FieldProblem[], source?: 'saved' | 'file') => describeProblems(problems, source).map(en.tr);

describe('problems in the user’s words (options page, English)', () => {
  it('says which field was reset and that the rest was kept', () => {
    const { problems } = parseProfile({ ...DEFAULT_PROFILE, ageYears: 'old' });
    expect(said(problems)).toEqual(['We could not read your saved answer to “Age”; it was reset to its default. Everything else was kept.']);
  });

  it('names a dropped stack item by its position from 1', () => {
    const { problems } = parseProfile({ ...DEFAULT_PROFILE, stack: [{ name: 'ok', dailyMg: 1 }, { name: 'bad' }] });
    expect(said(problems)).toEqual([
      'We could not read item 2 of “What you already take” in your saved profile; it was removed. Everything else was kept.',
    ]);
  });

  it('names a field by its label on the options page, a settings sub-field by its setting, an unknown one as stored', () => {
    expect(en.tr(fieldLabel('settings.pageNotes'))).toBe('Show a small note on product pages');
    expect(en.tr(fieldLabel('settings.disabledStores.3'))).toBe('Check product pages on these stores');
    expect(en.tr(fieldLabel('doctorLimitMg'))).toBe('Limit set by your doctor');
    expect(en.tr(fieldLabel('stack.0.dailyMg'))).toBe('What you already take');
    expect(en.tr(fieldLabel('mystery'))).toBe('mystery');
  });

  it('speaks of the file when importing', () => {
    const text = en.tr(describeProblem({ field: 'standard', message: 'x', action: 'reset' }, 'file'));
    expect(text).toBe('We could not read the file’s answer to “Standard for the daily limit”; it was reset to its default. Everything else was kept.');
  });

  it('explains unknown fields and newer versions', () => {
    const read = readProfile({ ...DEFAULT_PROFILE, schemaVersion: 9, extra: 1 });
    expect(said(read.problems)).toEqual([
      'Your saved profile comes from a newer version of Dose Guard. What this version understands was kept.',
      'Your saved profile had a field this version does not use (extra); it was left out.',
    ]);
  });

  it('names a missing field as one that could not be read', () => {
    const { conditions: _c, ...rest } = DEFAULT_PROFILE;
    expect(said(parseProfile(rest).problems)).toEqual([
      'We could not read your saved answer to “Conditions”; it was reset to its default. Everything else was kept.',
    ]);
  });

  it('says when nothing could be read', () => {
    expect(said(parseProfile('garbage').problems)).toEqual(['We could not read your saved profile at all; it was reset to its defaults.']);
  });

  it('says a repeated problem once', () => {
    const p: FieldProblem = { field: 'sex', message: 'x', action: 'reset' };
    expect(said([p, { ...p }])).toHaveLength(1);
  });
});
