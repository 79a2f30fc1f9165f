// The badge and the page note are derived from the tab's stored state, never kept apart from it.
// A worker stopped halfway through an update (state written, badge or note not yet) leaves the
// stored state as the truth; these put the badge and note back in line with it, and doing so
// twice changes nothing. They run when a worker starts, when a tab comes to the front, and when
// the popup asks for a tab's state.
import type { TabState } from '../core/messages.ts';
import { assess, type ProfileView } from './assess.ts';
import { noteFor, showBadge, tellTab } from './present.ts';
import { allTabStates, getTabState, setTabState } from './tab-state.ts';

/**
 * Shows `state` on the toolbar and on the page. The note is sent without waiting for the page:
 * a page in the middle of loading may never answer, and the queue of updates must not wait on it
 * (the page's own content script asks again when it has read the page).
 */
export async function present(tabId: number, state: TabState, view: ProfileView): Promise<void> {
  await showBadge(tabId, state);
  void tellTab(tabId, noteFor(state, view.profile, view.notes));
}

/** The tab's badge and note, again, from its stored state. */
export async function reapply(tabId: number, view: ProfileView): Promise<TabState | null> {
  const state = await getTabState(tabId);
  // A tab that has no state keeps whatever badge it has: it may not be ours to clear (the tab
  // closed, or loads a page that reports next).
  if (state) await present(tabId, state, view);
  return state;
}

/**
 * On worker start: every tab's verdict, checked again against the current profile, stored
 * first and then shown. It finishes an update a stopped worker left half done, including a
 * profile change that reached only some tabs.
 */
export async function refreshAll(view: ProfileView): Promise<void> {
  for (const state of await allTabStates()) {
    const next = assess(state, view);
    if (sameVerdict(state, next)) await present(state.tabId, state, view);
    else {
      await setTabState(next);
      await present(next.tabId, next, view);
    }
  }
}

function sameVerdict(a: TabState, b: TabState): boolean {
  return JSON.stringify([a.assessment, a.inStack, a.profileRepaired]) === JSON.stringify([b.assessment, b.inStack, b.profileRepaired]);
}
