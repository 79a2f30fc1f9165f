// Per-tab results, kept in storage.session: the service worker may be stopped at any moment,
// so nothing lives only in a module global. Cleared when the tab closes or leaves the page.
import browser from './browser.ts';
import { TabState } from '../core/messages.ts';
import { safeParse } from '../core/zod.ts';
import { keptKey, keptOf, type Kept } from './kept-readings.ts';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return stateOf((await browser.storage.session.get(key(tabId)))[key(tabId)]);
}

function stateOf(raw: unknown): TabState | null {
  if (raw === undefined) return null;
  const parsed = safeParse(TabState, raw);
  return parsed.success ? parsed.data : null;
}

/** Stores the tab's state; with `epoch`, also as the newest document heard from in the tab, and
 *  `also` (the reading kept for the page's input: kept-readings.ts), all in one write: a page's
 *  reading is answered after as few round trips as can be, and never stored without its state. */
export async function setTabState(state: TabState, epoch?: number, also: Record<string, unknown> = {}): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state, ...(epoch === undefined ? {} : { [epochKey(state.tabId)]: epoch }), ...also });
}

/** The tab's state goes, and the reading kept for its page with it. */
export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), keptKey(tabId)]);
}

// The newest page document heard from in each tab (its epoch, see PageReadingMsg). Kept apart from
// the tab's state, which is cleared when the tab starts loading or leaves a product: a late
// message from the page before must not come back as the tab's state then either.
const epochKey = (tabId: number) => `epoch:${tabId}`;

/** What a page's message needs to know of its tab, read at once: the newest document heard from
 *  in it (null before any), and its state (validated only when asked for). */
export interface TabRecord {
  epoch: number | null;
  state(): TabState | null;
  /** the input or reading kept for the tab's newest page (kept-readings.ts) */
  kept(): Kept | null;
}

export async function tabRecord(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get([key(tabId), epochKey(tabId), keptKey(tabId)]);
  const seen = got[epochKey(tabId)];
  return { epoch: typeof seen === 'number' ? seen : null, state: () => stateOf(got[key(tabId)]), kept: () => keptOf(got[keptKey(tabId)]) };
}

/** A message from a document older than one already heard from in the tab is stale. */
export function isStale(record: TabRecord, epoch: number): boolean {
  return record.epoch !== null && epoch < record.epoch;
}

/** Records `epoch` as the newest document heard from in the tab (when it is not already). */
export async function noteEpoch(tabId: number, record: TabRecord, epoch: number): Promise<void> {
  if (record.epoch !== epoch) await browser.storage.session.set({ [epochKey(tabId)]: epoch });
}

/** The tab is closed: forget everything about it. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), epochKey(tabId), keptKey(tabId)]);
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
