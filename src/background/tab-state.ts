// Per-tab results, kept in storage.session: the service worker may be stopped at any moment,
// so nothing lives only in a module global. Cleared when the tab closes or leaves the page.
import browser from 'webextension-polyfill';
import { TabState } from '../core/messages.ts';
import { safeParse } from '../core/zod.ts';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  if (raw === undefined) return null;
  const parsed = safeParse(TabState, raw);
  return parsed.success ? parsed.data : null;
}

export async function setTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

// The newest page document heard from in each tab (its epoch, see PageReadingMsg). Kept apart from
// the tab's state, which is cleared when the tab starts loading or leaves a product: a late
// message from the page before must not come back as the tab's state then either.
const epochKey = (tabId: number) => `epoch:${tabId}`;

/** True when `epoch` is older than a document already heard from in the tab; else records it. */
export async function isStale(tabId: number, epoch: number): Promise<boolean> {
  const seen = (await browser.storage.session.get(epochKey(tabId)))[epochKey(tabId)];
  if (typeof seen === 'number' && epoch < seen) return true;
  if (seen !== epoch) await browser.storage.session.set({ [epochKey(tabId)]: epoch });
  return false;
}

/** The tab is closed: forget everything about it. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), epochKey(tabId)]);
}

export async function allTabStates(): Promise<TabState[]> {
  const all = await browser.storage.session.get(null);
  const states: TabState[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith('tab:')) continue;
    const parsed = safeParse(TabState, v);
    if (parsed.success) states.push(parsed.data);
  }
  return states;
}
