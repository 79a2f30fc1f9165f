// The popup: the safety summary for the page in the active tab, every figure with the label
// text it came from, and every warning with its source.
import browser from 'webextension-polyfill';
import type { TabState, TabStateReply, UiToBackground } from '../core/messages.ts';
import { renderState, renderNoState, renderError } from './render.ts';

const app = document.getElementById('app')!;

document.getElementById('open-options')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  // Tests open the popup as a page and point it at a tab with ?tabId=.
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function ask(message: UiToBackground): Promise<TabStateReply> {
  const reply = (await browser.runtime.sendMessage(message)) as TabStateReply | { ok: false; error: string } | undefined;
  if (!reply || reply.ok !== true) throw new Error(reply && 'error' in reply ? reply.error : 'Dose Guard did not answer. Close and reopen the popup.');
  return reply;
}

async function main(): Promise<void> {
  const tab = await targetTab();
  if (!tab) return renderError(app, 'There is no page in this window to check.');
  const show = (state: TabState | null) =>
    state ? renderState(app, state, actions(state)) : renderNoState(app, tab.url, () => void scan(tab.id));
  show((await ask({ type: 'get-tab-state', tabId: tab.id })).state);
}

async function scan(tabId: number): Promise<void> {
  try {
    await ask({ type: 'scan-tab', tabId });
  } catch (error) {
    // Without host access, reading a page needs the permission a click on the toolbar icon
    // grants for that tab (activeTab); browser pages (settings, stores of add-ons) never allow it.
    const denied = /cannot access|permission|cannot be scripted|extensions gallery/i.test((error as Error).message);
    return renderError(app, denied
      ? 'Dose Guard can read this page only when you open it from the Dose Guard icon in the toolbar while the page is in front. Browser pages cannot be read at all.'
      : `This page cannot be checked: ${(error as Error).message}`);
  }
  // The script reports on its own; wait briefly for its reading.
  for (let i = 0; i < 20; i++) {
    const { state } = await ask({ type: 'get-tab-state', tabId });
    if (state) return renderState(app, state, actions(state));
    await new Promise((r) => setTimeout(r, 150));
  }
  renderError(app, 'Dose Guard could not read this page.');
}

/** What the popup's buttons do for the page it shows. Each names that page, so an action meant
 *  for one product never lands on another the tab has moved to meanwhile. */
function actions(shown: TabState) {
  const { tabId, url } = shown;
  const rerender = (reply: TabStateReply) => reply.state && renderState(app, reply.state, actions(reply.state));
  const guarded = (p: Promise<TabStateReply>) => p.then(rerender, (e: Error) => renderError(app, e.message));
  return {
    manual: (perServingMg: number, min: number, max: number) =>
      guarded(ask({ type: 'manual-entry', tabId, url, perServingMg, servingsPerDay: { min, max } })),
    clearManual: () => guarded(ask({ type: 'clear-manual', tabId, url })),
    addToStack: () => guarded(ask({ type: 'add-to-stack', tabId, url })),
  };
}

main().catch((error: unknown) => renderError(app, `Something went wrong: ${(error as Error).message}`));
