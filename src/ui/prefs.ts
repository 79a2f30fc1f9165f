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

// ---- The page note's preferences, read by the background (which decides whether a note shows)
// and set from the note itself and the options page. Kept apart from the profile: they are about
// the note, not about the user's health, and a stored profile missing them is not damaged.

export const NOTE_PREFS_KEY = 'notePrefs';

const Hosts = z.array(z.string().check(z.maxLength(253))).check(z.maxLength(200));
const Pages = z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(500));

export const NotePrefs = z.object({
  /** show the note for a plain, sure "within your limit" too (off: only answers that need a look) */
  plainOk: z.catch(z.boolean(), false),
  /** sites (host names) where the user asked for no notes */
  offSites: z.catch(Hosts, []),
  /** product pages (host + path, as normalizePageUrl gives them) whose note the user closed */
  dismissed: z.catch(Pages, []),
});
export type NotePrefs = z.infer<typeof NotePrefs>;

export const DEFAULT_NOTE_PREFS: NotePrefs = { plainOk: false, offSites: [], dismissed: [] };

export function readNotePrefs(stored: unknown): NotePrefs {
  const parsed = NotePrefs.safeParse(typeof stored === 'object' && stored !== null ? stored : {});
  return parsed.success ? parsed.data : { ...DEFAULT_NOTE_PREFS, offSites: [], dismissed: [] };
}

export async function loadNotePrefs(area: Pick<StorageAreaLike, 'get'>): Promise<NotePrefs> {
  return readNotePrefs((await area.get(NOTE_PREFS_KEY))[NOTE_PREFS_KEY]);
}

export async function saveNotePrefs(area: Pick<StorageAreaLike, 'set'>, prefs: NotePrefs): Promise<void> {
  await area.set({ [NOTE_PREFS_KEY]: NotePrefs.parse(prefs) });
}

/** The host name of a page address, lower case, or null for an address that has none. */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host || null;
  } catch {
    return null;
  }
}

/** Appends `item` to a list once, keeping the newest `max`. */
function remember(list: readonly string[], item: string, max: number): string[] {
  return [...list.filter((x) => x !== item), item].slice(-max);
}

export function withSiteOff(prefs: NotePrefs, host: string): NotePrefs {
  return { ...prefs, offSites: remember(prefs.offSites, host, 200) };
}

export function withDismissed(prefs: NotePrefs, pageKey: string): NotePrefs {
  return { ...prefs, dismissed: remember(prefs.dismissed, pageKey, 500) };
}
