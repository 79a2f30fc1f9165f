import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/profile.ts';
import { vi } from 'vitest';
import { nodeTranslator } from '../../../src/i18n/node.ts';

// A refused file's message as the options page shows it, in English.
const en = nodeTranslator('en');
import { MAX_IMPORT_BYTES, canonicalJson, exportFileName, exportJson, importFile, importJson } from '../../../src/profile/io.ts';

const profile: Profile = { ...DEFAULT_PROFILE, ageYears: 33, stack: [{ id: 'a', name: 'Mag', dailyMg: 150 }] };

describe('export and import', () => {
  it('exports the Profile object itself and imports it back unchanged', () => {
    const text = exportJson(profile);
    expect(JSON.parse(text)).toEqual(profile);
    expect(importJson(text)).toEqual({ ok: true, read: { profile, problems: [], fromVersion: 2, migrations: [] } });
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
    expect(!result.ok && en.tr(result.error)).toContain(words);
    expect(!result.ok && en.tr(result.error)).toContain('Dose Guard');
  });

  it('refuses a huge file', () => {
    expect(importJson(' '.repeat(1_000_001)).ok).toBe(false);
  });

  // Issue 9, point 6: the key check followed the prototype chain, so these "profiles" reset the
  // form to the defaults, and Save would have wiped the user's profile.
  it.each([
    ['constructor', '{"constructor": 1}'],
    ['toString', '{"toString": "x"}'],
    ['__proto__', '{"__proto__": {"ageYears": 30}}'],
    ['hasOwnProperty and valueOf', '{"hasOwnProperty": 1, "valueOf": 2}'],
  ])('refuses a file whose only key is an Object method (%s): own fields only', (_, text) => {
    const result = importJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && en.tr(result.error)).toContain('none of its fields');
  });

  it('imports a file holding a value that cannot be turned into text, dropping that value (found by npm run fuzz)', () => {
    const result = importJson(JSON.stringify({ ...profile, stack: [{ name: { length: { toString: 'x' } }, dailyMg: 1 }] }));
    expect(result.ok && result.read.profile.stack).toEqual([]);
    expect(result.ok && result.read.problems.map((p) => p.field)).toEqual(['stack[0]']);
  });

  it('refuses a file with no profile field, even one with the format version', () => {
    expect(importJson('{}').ok).toBe(false);
    expect(importJson('{"schemaVersion": 1}').ok).toBe(false);
  });

  it('checks the file size before reading the file', async () => {
    const text = vi.fn(async () => exportJson(profile));
    const result = await importFile({ size: MAX_IMPORT_BYTES + 1, text });
    expect(result.ok).toBe(false);
    expect(!result.ok && en.tr(result.error)).toContain('too large');
    expect(text).not.toHaveBeenCalled();
    const fine = await importFile({ size: 2_000, text });
    expect(fine.ok).toBe(true);
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
