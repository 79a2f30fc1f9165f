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
