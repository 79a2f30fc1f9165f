// Recomputes a tab's assessment from its reading, the manual entry and the current profile.
import type { TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { evaluate } from '../rules/evaluate.ts';
import { stackItemFor } from '../rules/in-stack.ts';
import type { NotePrefs } from '../ui/prefs.ts';

/** The profile as read from storage, with the fields that had to be repaired on the way, and the
 *  page note's preferences (src/ui/prefs.ts: which notes the user asked not to see). */
export interface ProfileView {
  profile: Profile;
  repaired: string[];
  notes?: NotePrefs;
}

export function assess(state: Omit<TabState, 'assessment' | 'inStack' | 'profileRepaired'>, view: ProfileView): TabState {
  const { profile, repaired } = view;
  const entry = stackItemFor(profile.stack, state.reading, state.url);
  const inStack = entry !== undefined;
  const hasMagnesium = state.reading.status !== 'absent' || state.manual !== null;
  // A corrupt stored field (say, conditions) silently falling back to its default could drop a
  // warning and turn the verdict green: the rules name the fields and never give a calm verdict.
  const assessment = hasMagnesium
    ? evaluate(state.reading, profile, { manual: state.manual ?? undefined, inStack, inStackMg: entry?.dailyMg, repairedFields: repaired })
    : null;
  return { ...state, inStack, assessment, profileRepaired: repaired, updatedAt: Date.now() };
}
