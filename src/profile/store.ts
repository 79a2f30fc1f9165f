// Where the profile lives: browser.storage.local only (never sync: health data stays on this
// device). Reading repairs field by field (parseProfile) and reports what it repaired.
import type { Profile } from '../core/profile.ts';
import { parseProfile, type ParsedProfile } from './parse.ts';

export const PROFILE_KEY = 'profile';

export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export async function loadProfile(area: StorageAreaLike): Promise<ParsedProfile> {
  const stored = (await area.get(PROFILE_KEY))[PROFILE_KEY];
  if (stored === undefined) return parseProfile({});
  return parseProfile(stored);
}

export async function saveProfile(area: StorageAreaLike, profile: Profile): Promise<void> {
  await area.set({ [PROFILE_KEY]: profile });
}
