// What the popup remembers about how the user reads it, apart from the profile (it is not health
// data, and the background never needs it): which sections they keep open, and which teaching
// notes they have already been shown. Kept in storage.local under its own key, so "Delete all my
// data" clears it with the rest; read field by field like the profile, so a bad value falls back
// to its default and never stops the popup.
import { z } from '../core/zod.ts';
import type { StorageAreaLike } from '../profile/store.ts';

export const UI_PREFS_KEY = 'uiPrefs';

const Ids = z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50));

export const UiPrefs = z.object({
  /** the popup's sections the user opened (and did not close again), by id */
  openSections: z.catch(Ids, []),
  /** teaching notes (warning ids) the user has seen once: shown on demand after that */
  seenNotes: z.catch(Ids, []),
});
export type UiPrefs = z.infer<typeof UiPrefs>;

export const DEFAULT_UI_PREFS: UiPrefs = { openSections: [], seenNotes: [] };

/** Whatever is stored (nothing, an older shape, a broken value) becomes valid prefs. */
export function readUiPrefs(stored: unknown): UiPrefs {
  const parsed = UiPrefs.safeParse(typeof stored === 'object' && stored !== null ? stored : {});
  return parsed.success ? parsed.data : { ...DEFAULT_UI_PREFS };
}

export async function loadUiPrefs(area: Pick<StorageAreaLike, 'get'>): Promise<UiPrefs> {
  return readUiPrefs((await area.get(UI_PREFS_KEY))[UI_PREFS_KEY]);
}

export async function saveUiPrefs(area: Pick<StorageAreaLike, 'set'>, prefs: UiPrefs): Promise<void> {
  await area.set({ [UI_PREFS_KEY]: UiPrefs.parse(prefs) });
}

/** The prefs with section `id` open or closed. */
export function withSection(prefs: UiPrefs, id: string, open: boolean): UiPrefs {
  const rest = prefs.openSections.filter((s) => s !== id);
  return { ...prefs, openSections: open ? [...rest, id].slice(-50) : rest };
}

/** The prefs with these teaching notes marked as seen. */
export function withSeen(prefs: UiPrefs, ids: readonly string[]): UiPrefs {
  const add = ids.filter((id) => !prefs.seenNotes.includes(id));
  return add.length ? { ...prefs, seenNotes: [...prefs.seenNotes, ...add].slice(-50) } : prefs;
}
