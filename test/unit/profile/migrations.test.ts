import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, PROFILE_SCHEMA_VERSION, type Profile } from '../../../src/core/profile.ts';
import { MIGRATIONS, migrateProfile, storedVersion } from '../../../src/profile/migrations/index.ts';
import { migration001 } from '../../../src/profile/migrations/001-legacy-fields.ts';
import { migration002 } from '../../../src/profile/migrations/002-standard-auto.ts';
import { readProfile } from '../../../src/profile/load.ts';

const current: Profile = {
  ...DEFAULT_PROFILE,
  ageYears: 52,
  sex: 'male',
  stack: [{ id: 'x', name: 'Mag', dailyMg: 100 }],
};

describe('the migration list', () => {
  it('is numbered 1..current with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: PROFILE_SCHEMA_VERSION }, (_, i) => i + 1));
  });
});

describe('storedVersion', () => {
  it('reads absent as 0, a number as itself, garbage as current with a problem', () => {
    expect(storedVersion({})).toEqual({ version: 0 });
    expect(storedVersion({ schemaVersion: 1 })).toEqual({ version: 1 });
    const bad = storedVersion({ schemaVersion: 'one' });
    expect(bad.version).toBe(PROFILE_SCHEMA_VERSION);
    expect(bad.problem?.field).toBe('schemaVersion');
  });
});

describe('migration 001: legacy fields to version 1', () => {
  it('migrates the version-0 shape', () => {
    const v0 = { age: 70, isPregnant: false, isBreastfeeding: false, supplements: [{ name: 'Mag oxide', mg: 250 }, { name: 'Antacid', mg: 100 }] };
    expect(migration001.up(v0)).toEqual({
      schemaVersion: 1,
      ageYears: 70,
      pregnant: false,
      lactating: false,
      stack: [{ id: 'legacy-1', name: 'Mag oxide', dailyMg: 250 }, { id: 'legacy-2', name: 'Antacid', dailyMg: 100 }],
    });
  });

  it('is a no-op (besides the version) on data already in version-1 names', () => {
    const { schemaVersion: _, ...withoutVersion } = current;
    expect(migration001.up(withoutVersion)).toEqual({ ...current, schemaVersion: 1 });
  });

  it('turns empty into an empty version-1 object', () => {
    expect(migration001.up({})).toEqual({ schemaVersion: 1 });
  });

  it('passes corrupt values through under their new names for parseProfile to judge', () => {
    const out = migration001.up({ age: 'old', supplements: [null, { name: 'ok', mg: 5 }, 3] });
    expect(out).toEqual({ schemaVersion: 1, ageYears: 'old', stack: [null, { id: 'legacy-2', name: 'ok', dailyMg: 5 }, 3] });
    const notAList = migration001.up({ supplements: 'lots' });
    expect(notAList).toEqual({ schemaVersion: 1, stack: 'lots' });
  });

  it('lets a version-1 field win over its legacy twin and appends legacy supplements to the stack', () => {
    const out = migration001.up({ age: 10, ageYears: 40, stack: [{ name: 'A', dailyMg: 1 }], supplements: [{ name: 'B', mg: 2 }] });
    expect(out).toEqual({ schemaVersion: 1, ageYears: 40, stack: [{ name: 'A', dailyMg: 1 }, { id: 'legacy-1', name: 'B', dailyMg: 2 }] });
  });

  it('does not modify its input', () => {
    const v0 = { age: 3, supplements: [{ name: 'x', mg: 1 }] };
    const copy = structuredClone(v0);
    migration001.up(v0);
    expect(v0).toEqual(copy);
  });
});

describe('migration 002: the old default standard "us" to "auto" (issue 11)', () => {
  const v1 = { ...current, schemaVersion: 1, standard: 'us' };

  it('turns a stored "us" (the old default, never told apart from a choice) into "auto"', () => {
    expect(migration002.up(v1)).toEqual({ ...current, schemaVersion: 2, standard: 'auto' });
  });

  it('keeps a standard that was never a default, so was chosen: eu, uk, canada', () => {
    for (const standard of ['eu', 'uk', 'canada']) {
      expect(migration002.up({ ...v1, standard })).toEqual({ ...current, schemaVersion: 2, standard });
    }
  });

  it('is a no-op (besides the version) on data that already says "auto"', () => {
    expect(migration002.up({ ...v1, standard: 'auto' })).toEqual({ ...current, schemaVersion: 2, standard: 'auto' });
  });

  it('turns empty into an empty version-2 object', () => {
    expect(migration002.up({})).toEqual({ schemaVersion: 2 });
  });

  it('passes a corrupt standard through for parseProfile to judge (and reset to "auto")', () => {
    expect(migration002.up({ standard: 7 })).toEqual({ schemaVersion: 2, standard: 7 });
    const read = readProfile({ ...v1, standard: 7 });
    expect(read.profile.standard).toBe('auto');
    expect(read.problems.map((p) => p.field)).toEqual(['standard']);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(v1);
    migration002.up(v1);
    expect(v1).toEqual(copy);
  });

  it('reads a stored version-1 profile on the US default as one that follows the browser, the rest unchanged', () => {
    const read = readProfile(v1);
    expect(read.fromVersion).toBe(1);
    expect(read.migrations).toEqual([migration002.name]);
    expect(read.problems).toEqual([]);
    expect(read.profile).toEqual({ ...current, standard: 'auto' });
  });
});

describe('migrateProfile', () => {
  it('migrates version 0 to current and says which ran', () => {
    const out = migrateProfile({ age: 30, supplements: [] });
    expect(out.fromVersion).toBe(0);
    expect(out.applied).toEqual([migration001.name, migration002.name]);
    expect(out.data).toEqual({ schemaVersion: 2, ageYears: 30, stack: [] });
    expect(out.problems).toEqual([]);
  });

  it('is a no-op on current data', () => {
    const out = migrateProfile(structuredClone(current));
    expect(out).toEqual({ data: current, fromVersion: 2, applied: [], problems: [] });
  });

  it('treats empty as version 0 and yields an empty current object', () => {
    expect(migrateProfile({}).data).toEqual({ schemaVersion: 2 });
  });

  it('passes non-objects through untouched', () => {
    for (const input of [null, 'x', 3, [1]]) expect(migrateProfile(input)).toEqual({ data: input, fromVersion: null, applied: [], problems: [] });
  });

  it('reads data from a newer version as current and says so', () => {
    const out = migrateProfile({ ...current, schemaVersion: 7, newThing: true });
    expect(out.fromVersion).toBe(7);
    expect(out.applied).toEqual([]);
    expect((out.data as Profile).schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
    expect(out.problems[0]?.field).toBe('schemaVersion');
  });

  it('survives a migration that throws', () => {
    const boom = { version: 1, name: 'boom', up: () => { throw new Error('bad'); } };
    const out = migrateProfile({ age: 1 }, [boom], 1);
    expect(out.problems).toHaveLength(1);
    expect(out.data).toEqual({ age: 1, schemaVersion: 1 });
  });

  it('runs several migrations in order', () => {
    const m1 = { version: 1, name: 'one', up: (o: Record<string, unknown>) => ({ ...o, trail: 'a', schemaVersion: 1 }) };
    const m2 = { version: 2, name: 'two', up: (o: Record<string, unknown>) => ({ ...o, trail: `${o.trail}b`, schemaVersion: 2 }) };
    expect(migrateProfile({}, [m2, m1], 2).data).toEqual({ trail: 'ab', schemaVersion: 2 });
    expect(migrateProfile({ schemaVersion: 1, trail: 'z' }, [m1, m2], 2).applied).toEqual(['two']);
  });
});

describe('readProfile (migrate, then parse)', () => {
  it('reads a legacy profile into the current schema', () => {
    const read = readProfile({ age: 65, isPregnant: false, supplements: [{ name: 'Mag citrate', mg: 150 }, { name: '', mg: 3 }] });
    expect(read.fromVersion).toBe(0);
    expect(read.profile).toEqual({ ...DEFAULT_PROFILE, ageYears: 65, stack: [{ id: 'legacy-1', name: 'Mag citrate', dailyMg: 150 }] });
    expect(read.problems.map((p) => p.field)).toEqual(['stack[1]']);
  });

  it('reads a corrupt value in a legacy profile under its new name and keeps the rest', () => {
    const read = readProfile({ age: -4, isBreastfeeding: true });
    expect(read.profile).toEqual({ ...DEFAULT_PROFILE, lactating: true });
    expect(read.problems.map((p) => p.field)).toEqual(['ageYears']);
  });

  it('does not take the fields a legacy shape never had for missing, but does for an object with no field of any shape', () => {
    expect(readProfile({ age: 65, supplements: [] }).problems).toEqual([]);
    const bare = readProfile({ ageYears: 65 });
    expect(bare.problems.map((p) => p.action)).toContain('missing');
    expect(bare.problems.map((p) => p.field)).toContain('conditions');
    expect(readProfile({}).problems.map((p) => p.field)).toContain('conditions');
  });

  it('reads a current profile unchanged', () => {
    expect(readProfile(structuredClone(current))).toEqual({ profile: current, problems: [], fromVersion: 2, migrations: [] });
  });
});
