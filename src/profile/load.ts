// One way to read a profile from anywhere (storage, an imported file, the `check` command):
// migrate the stored shape to the current version, then validate field by field.
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
  return {
    profile: parsed.profile,
    problems: [...migrated.problems, ...parsed.problems],
    fromVersion: migrated.fromVersion,
    migrations: migrated.applied,
  };
}
