// Numbered migrations of the stored profile, one file per schema change. Each takes the data of
// the version before it to its own version; migrateProfile runs the ones a stored profile needs,
// in order. They only reshape: values are validated afterwards by parseProfile, field by field.
//
// Adding a migration: bump PROFILE_SCHEMA_VERSION in src/core/profile.ts, add
// `NNN-what-changed.ts` here exporting a Migration whose version is the new number, append it
// to MIGRATIONS, and add its tests (migrate, no-op, empty, corrupt) in test/unit/profile/.
import { PROFILE_SCHEMA_VERSION } from '../../core/profile.ts';
import type { FieldProblem } from '../parse.ts';
import { migration001 } from './001-legacy-fields.ts';
import { migration002 } from './002-standard-auto.ts';
import type { Migration } from './types.ts';

export type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

export interface Migrated {
  /** the reshaped data (still unvalidated), or the input itself when it is not an object */
  data: unknown;
  /** the version the input was read as; null when the input was not an object */
  fromVersion: number | null;
  /** names of the migrations that ran */
  applied: string[];
  problems: FieldProblem[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The version stored data claims: absent = 0 (the shape before versions existed). */
export function storedVersion(data: Record<string, unknown>): { version: number; problem?: FieldProblem } {
  if (!('schemaVersion' in data) || data.schemaVersion === undefined) return { version: 0 };
  const v = data.schemaVersion;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { version: v };
  // A garbled version number on an otherwise current profile: read it as current.
  return {
    version: PROFILE_SCHEMA_VERSION,
    problem: { field: 'schemaVersion', message: `unreadable version ${JSON.stringify(v)}; read as version ${PROFILE_SCHEMA_VERSION}`, action: 'reset' },
  };
}

export function migrateProfile(input: unknown, migrations: readonly Migration[] = MIGRATIONS, current = PROFILE_SCHEMA_VERSION): Migrated {
  if (!isPlainObject(input)) return { data: input, fromVersion: null, applied: [], problems: [] };
  const problems: FieldProblem[] = [];
  const { version, problem } = storedVersion(input);
  if (problem) problems.push(problem);
  if (version > current) {
    // Written by a newer Dose Guard (the user went back a version, or imported a newer file).
    // Read what this version understands; fields it does not know are reported by parseProfile.
    problems.push({ field: 'schemaVersion', message: `saved by a newer version (${version}); read as version ${current}`, action: 'reset' });
    return { data: { ...input, schemaVersion: current }, fromVersion: version, applied: [], problems };
  }
  let data: Record<string, unknown> = { ...input };
  const applied: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= version || migration.version > current) continue;
    try {
      data = migration.up(data);
      applied.push(migration.name);
    } catch (error) {
      // A migration must not throw; if one does, keep what we have and let parseProfile repair.
      problems.push({ field: '(profile)', message: `migration to version ${migration.version} failed: ${String(error)}`, action: 'reset' });
      data = { ...data, schemaVersion: migration.version };
    }
  }
  return { data, fromVersion: version, applied, problems };
}
