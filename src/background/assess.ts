// Recomputes a tab's assessment from its reading, the manual entry and the current profile.
import type { TabState } from '../core/messages.ts';
import type { Profile } from '../core/profile.ts';
import { evaluate } from '../rules/evaluate.ts';
import { stackItemFor } from '../rules/in-stack.ts';

export function assess(state: Omit<TabState, 'assessment' | 'inStack'>, profile: Profile): TabState {
  const entry = stackItemFor(profile.stack, state.reading, state.url);
  const inStack = entry !== undefined;
  const hasMagnesium = state.reading.status !== 'absent' || state.manual !== null;
  const assessment = hasMagnesium
    ? evaluate(state.reading, profile, { manual: state.manual ?? undefined, inStack, inStackMg: entry?.dailyMg })
    : null;
  return { ...state, inStack, assessment, updatedAt: Date.now() };
}
