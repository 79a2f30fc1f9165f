import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import { PROFILE_KEY, ProfileNotSaved, clearAllData, loadProfile, saveProfile, type StorageAreaLike } from '../../../src/profile/store.ts';
import { nodeTranslator } from '../../../src/i18n/node.ts';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const area: StorageAreaLike & { clear(): Promise<void> } = {
    async get(keys) {
      if (keys === null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) { writes++; Object.assign(data, structuredClone(items)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k]; },
    async clear() { for (const k of Object.keys(data)) delete data[k]; },
  };
  return { area, data, writes: () => writes };
}

describe('profile storage', () => {
  it('loads defaults when nothing is stored, and says it is new', async () => {
    const { area } = memoryArea();
    const loaded = await loadProfile(area);
    expect(loaded.profile).toEqual(DEFAULT_PROFILE);
    expect(loaded.isNew).toBe(true);
    expect(loaded.problems).toEqual([]);
  });

  it('saves and loads back', async () => {
    const { area } = memoryArea();
    const profile: Profile = { ...DEFAULT_PROFILE, ageYears: 20, stack: [{ name: 'x', dailyMg: 3 }] };
    await saveProfile(area, profile);
    const loaded = await loadProfile(area);
    expect(loaded.profile).toEqual(profile);
    expect(loaded.isNew).toBe(false);
  });

  it('repairs on load without writing', async () => {
    const { area, data, writes } = memoryArea({ [PROFILE_KEY]: { ...DEFAULT_PROFILE, ageYears: 999, standard: 'eu' } });
    const loaded = await loadProfile(area);
    expect(loaded.profile).toEqual({ ...DEFAULT_PROFILE, standard: 'eu' });
    expect(loaded.problems.map((p) => p.field)).toEqual(['ageYears']);
    expect(writes()).toBe(0);
    expect((data[PROFILE_KEY] as { ageYears: number }).ageYears).toBe(999);
  });

  it('reports a stored profile that lost a field, or all of them, as a problem, never as a first run (issue 9, point 5)', async () => {
    const { conditions: _c, ...noConditions } = { ...DEFAULT_PROFILE, conditions: ['kidney-disease'] };
    const partial = await loadProfile(memoryArea({ [PROFILE_KEY]: noConditions }).area);
    expect(partial.isNew).toBe(false);
    expect(partial.problems).toEqual([expect.objectContaining({ field: 'conditions', action: 'missing' })]);
    const empty = await loadProfile(memoryArea({ [PROFILE_KEY]: {} }).area);
    expect(empty.isNew).toBe(false);
    expect(empty.problems.length).toBeGreaterThan(0);
    expect(empty.problems.every((p) => p.action === 'missing')).toBe(true);
  });

  it('migrates a legacy stored profile on load', async () => {
    const { area } = memoryArea({ [PROFILE_KEY]: { age: 70, supplements: [{ name: 'Mag', mg: 100 }] } });
    const loaded = await loadProfile(area);
    expect(loaded.fromVersion).toBe(0);
    expect(loaded.profile.ageYears).toBe(70);
  });

  it('refuses to save an invalid profile and writes nothing', async () => {
    const { area, writes } = memoryArea();
    await expect(saveProfile(area, { ...DEFAULT_PROFILE, ageYears: -1 })).rejects.toThrow(/ageYears/);
    // ...and tells the user which answer, by its label on the options page
    const refused = await saveProfile(area, { ...DEFAULT_PROFILE, ageYears: -1 }).catch((e: unknown) => e);
    expect(refused instanceof ProfileNotSaved && nodeTranslator('en').tr(refused.said)).toBe('Not saved: the answer to “Age” cannot be stored. Check it and press Save again.');
    expect(writes()).toBe(0);
  });

  it('drops unknown keys when saving', async () => {
    const { area, data } = memoryArea();
    await saveProfile(area, { ...DEFAULT_PROFILE, extra: 1 } as Profile);
    expect(data[PROFILE_KEY]).toEqual(DEFAULT_PROFILE);
  });

  it('deletes everything in both areas', async () => {
    const local = memoryArea({ [PROFILE_KEY]: DEFAULT_PROFILE, other: 1 });
    const session = memoryArea({ 'tab:1': {} });
    await clearAllData(local.area, session.area);
    expect(local.data).toEqual({});
    expect(session.data).toEqual({});
  });
});
