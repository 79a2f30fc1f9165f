// One way to read a profile from anywhere (storage, an imported file, the `check` command):
// migrate the stored shape to the current version, then validate field by field.
import { PROFILE_SCHEMA_VERSION } from '../core/profile.ts';
import { LEGACY_FIELDS } from './migrations/001-legacy-fields.ts';
import { migrateProfile } from './migrations/index.ts';
import { parseProfile, type ParsedProfile } from './parse.ts';

export interface ReadProfile extends ParsedProfile {
  /** the version the data was stored as (0 = before versions); null when it was not an object */
  fromVersion: number | null;
  /** names of the migrations that ran */
  migrations: string[];
}

export function readProfile(input: unknown): ReadProfile {
  const migrated = migrateProfile(input);
  const parsed = parseProfile(migrated.data);
  // A profile in an older shape lacks the fields its version never asked about: those gaps are
  // not damage. Any other gap is (the current shape is always written whole), and so is an
  // object holding no field at all: `{}` is no legacy profile.
  const legacy = migrated.fromVersion !== null && migrated.fromVersion < PROFILE_SCHEMA_VERSION && hasLegacyField(input);
  const problems = legacy ? parsed.problems.filter((p) => p.action !== 'missing') : parsed.problems;
  return {
    profile: parsed.profile,
    problems: [...migrated.problems, ...problems],
    fromVersion: migrated.fromVersion,
    migrations: migrated.applied,
  };
}

function hasLegacyField(input: unknown): boolean {
  return typeof input === 'object' && input !== null && LEGACY_FIELDS.some((f) => Object.hasOwn(input, f));
}
