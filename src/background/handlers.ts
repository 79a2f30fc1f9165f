// What the background does for each message and event. Every change of a tab's state goes
// through `update`, one at a time, so two messages for one tab never interleave.
import browser from 'webextension-polyfill';
import type { ContentToBackground, TabState, TabStateReply, UiToBackground, BackgroundToContent } from '../core/messages.ts';
import { loadProfile, saveProfile } from '../profile/store.ts';
import { assess } from './assess.ts';
import { stackItemFor } from '../rules/in-stack.ts';
import { allTabStates, getTabState, removeTabState, setTabState } from './tab-state.ts';
import { noteFor, showBadge, tellTab } from './present.ts';

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function currentProfile() {
  return (await loadProfile(browser.storage.local)).profile;
}

export function onPageReading(msg: ContentToBackground, tabId: number): Promise<BackgroundToContent> {
  return serial(async () => {
    const profile = await currentProfile();
    if (profile.settings.disabledStores.includes(msg.reading.source)) {
      // The user turned Dose Guard off for this store: keep nothing, show nothing.
      await removeTabState(tabId);
      await showBadge(tabId, null);
      return { type: 'verdict', level: 'unknown', color: '#5f6368', headline: '', detail: '', showNote: false };
    }
    const previous = await getTabState(tabId);
    // A manual entry belongs to the page it was typed on.
    const manual = previous && previous.url === msg.url ? previous.manual : null;
    const state = assess({ tabId, url: msg.url, reading: msg.reading, manual, updatedAt: Date.now() }, profile);
    await setTabState(state);
    await showBadge(tabId, state);
    return noteFor(state, profile);
  });
}

export function onUiMessage(msg: UiToBackground): Promise<TabStateReply> {
  return serial(async () => {
    switch (msg.type) {
      case 'get-tab-state': {
        const state = await getTabState(msg.tabId);
        return { ok: true, state, reason: state ? 'none' : 'not-scanned' };
      }
      case 'manual-entry':
      case 'clear-manual': {
        const state = await getTabState(msg.tabId);
        if (!state) return { ok: true, state: null, reason: 'not-scanned' };
        const manual = msg.type === 'manual-entry' ? { perServingMg: msg.perServingMg, servingsPerDay: msg.servingsPerDay } : null;
        const profile = await currentProfile();
        const next = assess({ ...state, manual }, profile);
        await publish(next, profile);
        return { ok: true, state: next };
      }
      case 'add-to-stack': {
        const state = await getTabState(msg.tabId);
        if (!state) return { ok: true, state: null, reason: 'not-scanned' };
        const { profile } = await loadProfile(browser.storage.local);
        const daily = state.manual
          ? state.manual.perServingMg * state.manual.servingsPerDay.max
          : state.reading.dailyMg?.max ?? state.reading.perServingMg;
        if (!daily || stackItemFor(profile.stack, state.reading, state.url)) return { ok: true, state };
        profile.stack.push({
          id: crypto.randomUUID(),
          name: state.reading.product.name ?? new URL(state.url).host,
          dailyMg: Math.round(daily * 10) / 10,
          url: state.url,
        });
        await saveProfile(browser.storage.local, profile);
        const next = assess(state, profile);
        await publish(next, profile);
        return { ok: true, state: next };
      }
      case 'scan-tab': {
        // Only on the user's click (activeTab): run the content script on a page outside the
        // supported stores. It reads the page and reports like anywhere else.
        const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'content.js';
        await browser.scripting.executeScript({ target: { tabId: msg.tabId }, files: [script] });
        return { ok: true, state: await getTabState(msg.tabId), reason: 'not-scanned' };
      }
    }
  });
}

async function publish(state: TabState, profile: Awaited<ReturnType<typeof currentProfile>>): Promise<void> {
  await setTabState(state);
  await showBadge(state.tabId, state);
  await tellTab(state.tabId, noteFor(state, profile));
}

/** The profile changed (options page, import, "I take this"): every open tab's verdict follows. */
export function onProfileChanged(): Promise<void> {
  return serial(async () => {
    const profile = await currentProfile();
    for (const state of await allTabStates()) {
      await publish(assess(state, profile), profile);
    }
  });
}

/** After "Delete all my data": clear every badge and ask each page to read itself again. */
export function onDataDeleted(): Promise<void> {
  return serial(async () => {
    await browser.storage.session.clear();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      await showBadge(tab.id, null);
      await tellTab(tab.id, { type: 'rescan' });
    }
  });
}

export function onTabGone(tabId: number): Promise<void> {
  return serial(async () => {
    await removeTabState(tabId);
    await showBadge(tabId, null);
  });
}
