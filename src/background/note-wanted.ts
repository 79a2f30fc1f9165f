// Whether a page gets a note at all: the one rule, apart from the browser glue so it can be
// tested on its own. The verdict itself is the rules' (src/rules/verdict.ts).
import type { TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { normalizePageUrl } from '../rules/in-stack.ts';
import { DEFAULT_NOTE_PREFS, siteOf, type NotePrefs } from '../ui/prefs.ts';

/**
 * Whether this page gets a note: notes on, a product of the nutrient, and not a note the user
 * turned off (for this site, or closed for this product). A plain, sure "within your limit" gets
 * one only when the user asked for it: the note is for answers that need a look.
 */
export function noteWanted(state: TabState, profile: Profile, notes: NotePrefs = DEFAULT_NOTE_PREFS): boolean {
  const a = state.assessment;
  if (!profile.settings.pageNotes || state.reading.status === 'absent' || !a) return false;
  const site = siteOf(state.url);
  if (site && notes.offSites.includes(site)) return false;
  if (notes.dismissed.includes(normalizePageUrl(state.url))) return false;
  return a.verdict.kind !== 'within' || notes.plainOk;
}
