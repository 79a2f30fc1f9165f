// Where the profile lives: browser.storage.local only (never sync: health data stays on this
// device). The background watches storage.onChanged for PROFILE_KEY and re-evaluates every open
// tab, so a save here is all it takes for badges and page notes to follow.
//
// Reading migrates old shapes and repairs field by field (readProfile), and reports what it
// repaired. It never writes: the background reads on every page, and writing there would wake
// storage.onChanged in a loop. A repaired profile is written back when the user saves on the
// options page (which shows what was repaired and asks them to check and save); until then
// every reader repairs the same stored data in the same way. The background's "I take this"
// also saves the repaired profile, since it loads, adds and saves.
import { DEFAULT_PROFILE, PROFILE_SCHEMA_VERSION, Profile } from '../core/profile.ts';
import { msg, type Msg } from '../core/message.ts';
import { fieldLabel } from './describe.ts';
import { readProfile, type ReadProfile } from './load.ts';

export const PROFILE_KEY = 'profile';

export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ClearableArea {
  clear(): Promise<void>;
}

export interface LoadedProfile extends ReadProfile {
  /** true when nothing was stored yet (first run, or after "Delete all my data") */
  isNew: boolean;
}

export async function loadProfile(area: StorageAreaLike): Promise<LoadedProfile> {
  const stored = (await area.get(PROFILE_KEY))[PROFILE_KEY];
  // Nothing stored is a first run (or "Delete all my data"): the defaults, with nothing to repair.
  if (stored === undefined) {
    return { profile: structuredClone(DEFAULT_PROFILE), problems: [], fromVersion: PROFILE_SCHEMA_VERSION, migrations: [], isNew: true };
  }
  return { ...readProfile(stored), isNew: false };
}

/** A profile refused by the schema: `message` names the field for logs, `said` tells the user. */
export class ProfileNotSaved extends Error {
  constructor(readonly field: string, detail: string, readonly said: Msg = msg('opt_error_not_saved_field', fieldLabel(field))) {
    super(`Not saved: ${field}: ${detail}`);
  }
}

/**
 * Writes the whole profile at once, after checking it against the schema: an invalid profile
 * throws and nothing is written (never half a profile).
 */
export async function saveProfile(area: StorageAreaLike, profile: Profile): Promise<void> {
  const checked = Profile.safeParse(profile);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ProfileNotSaved(issue?.path.join('.') || 'profile', issue?.message ?? 'invalid');
  }
  await area.set({ [PROFILE_KEY]: checked.data });
}

/** "Delete all my data": the profile and everything else this extension keeps, in both areas. */
export async function clearAllData(local: ClearableArea, session?: ClearableArea | null): Promise<void> {
  await local.clear();
  if (session) await session.clear();
}
