import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import { canonicalJson, exportFileName, exportJson, importJson } from '../../../src/profile/io.ts';

const profile: Profile = { ...DEFAULT_PROFILE, ageYears: 33, stack: [{ id: 'a', name: 'Mag', dailyMg: 150 }] };

describe('export and import', () => {
  it('exports the Profile object itself and imports it back unchanged', () => {
    const text = exportJson(profile);
    expect(JSON.parse(text)).toEqual(profile);
    expect(importJson(text)).toEqual({ ok: true, read: { profile, problems: [], fromVersion: 1, migrations: [] } });
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2025-03-04T10:00:00Z'))).toBe('dose-guard-profile-2025-03-04.json');
  });

  it('imports a file with a byte order mark', () => {
    expect(importJson(`\uFEFF${exportJson(profile)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', 'it is not JSON'],
    ['a list', '[1,2]', 'does not hold a profile'],
    ['null', 'null', 'does not hold a profile'],
    ['an unrelated object', '{"name":"package","version":"1.0"}', 'none of its fields'],
  ])('refuses %s with a clear error', (_, text, words) => {
    const result = importJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(words);
    expect(!result.ok && result.error).toContain('Dose Guard');
  });

  it('refuses a huge file', () => {
    expect(importJson(' '.repeat(1_000_001)).ok).toBe(false);
  });

  it('imports a partly bad file with its problems named', () => {
    const result = importJson(JSON.stringify({ ...profile, ageYears: 'x' }));
    expect(result.ok && result.read.profile).toEqual({ ...profile, ageYears: null });
    expect(result.ok && result.read.problems.map((p) => p.field)).toEqual(['ageYears']);
  });

  it('imports a legacy (version 0) file', () => {
    const result = importJson(JSON.stringify({ age: 50, supplements: [{ name: 'Mag', mg: 100 }] }));
    expect(result.ok && result.read.profile.stack).toEqual([{ id: 'legacy-1', name: 'Mag', dailyMg: 100 }]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson(undefined)).toBeUndefined();
  });
});
