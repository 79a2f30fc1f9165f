// Recomputes a tab's assessment from its reading, the manual entry and the current profile.
import type { TabState } from '../core/messages.ts';
import type { Profile, StackItem } from '../core/profile.ts';
import type { Reading } from '../core/reading.ts';
import { evaluate } from '../rules/evaluate.ts';

/** A product counts as already taken when its page address or its name is in the stack. */
export function findInStack(stack: StackItem[], url: string, reading: Reading): StackItem | undefined {
  const page = normalizeUrl(url);
  const name = reading.product.name?.trim().toLowerCase();
  return stack.find((item) => (item.url && normalizeUrl(item.url) === page) || (name && item.name.trim().toLowerCase() === name));
}

export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}

export function assess(state: Omit<TabState, 'assessment' | 'inStack'>, profile: Profile): TabState {
  const inStack = Boolean(findInStack(profile.stack, state.url, state.reading));
  const hasMagnesium = state.reading.status !== 'absent' || state.manual !== null;
  const assessment = hasMagnesium
    ? evaluate(state.reading, profile, { manual: state.manual ?? undefined, inStack })
    : null;
  return { ...state, inStack, assessment, updatedAt: Date.now() };
}
