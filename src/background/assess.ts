// Recomputes a tab's assessment from its reading, the manual entry and the current profile.
import type { Warning } from '../core/assessment.ts';
import type { TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { evaluate } from '../rules/evaluate.ts';
import { stackItemFor } from '../rules/in-stack.ts';

/** The profile as read from storage, with the fields that had to be repaired on the way. */
export interface ProfileView {
  profile: Profile;
  repaired: string[];
}

export function assess(state: Omit<TabState, 'assessment' | 'inStack' | 'profileRepaired'>, view: ProfileView): TabState {
  const { profile, repaired } = view;
  const entry = stackItemFor(profile.stack, state.reading, state.url);
  const inStack = entry !== undefined;
  const hasMagnesium = state.reading.status !== 'absent' || state.manual !== null;
  const assessment = hasMagnesium
    ? evaluate(state.reading, profile, { manual: state.manual ?? undefined, inStack, inStackMg: entry?.dailyMg })
    : null;
  // A corrupt stored field (say, conditions) silently falling back to its default could drop a
  // warning and turn the verdict green: say so wherever the verdict is shown.
  if (assessment && repaired.length) assessment.warnings.unshift(repairedWarning(repaired));
  return { ...state, inStack, assessment, profileRepaired: repaired, updatedAt: Date.now() };
}

export const PROFILE_REPAIRED = 'profile-repaired';

function repairedWarning(fields: string[]): Warning {
  return {
    id: PROFILE_REPAIRED,
    severity: 'warning',
    title: 'Part of your saved profile could not be read',
    detail: `Dose Guard could not read ${fields.join(', ')} in your saved profile and used the default instead, so this check may miss something. Open your profile, check it and save it.`,
    source: 'Your profile, as stored on this device',
  };
}
