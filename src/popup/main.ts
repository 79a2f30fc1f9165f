// The popup: the answer for the page in the active tab, in one screen. It asks the background for
// the tab's state and reads the saved profile itself only to name what the user already takes
// and to know whether anything is saved yet (first run). Every change goes through the
// background, which answers with the tab's new state.
import browser from 'webextension-polyfill';
import type { TabState, TabStateReply, UiToBackground } from '../core/messages.ts';
import type { Sex } from '../core/profile.ts';
import { translator } from '../i18n/index.ts';
import { loadProfile, type LoadedProfile } from '../profile/store.ts';
import { stackItemFor } from '../rules/in-stack.ts';
import { loadUiPrefs, saveUiPrefs, withSection, withSeen, type UiPrefs } from '../ui/prefs.ts';
import { glossary, wireTerms } from '../ui/term.ts';
import type { PopupActions, PopupModel, RenderKit } from './context.ts';
import { renderError, renderNoState, renderState } from './render.ts';
import { SourceRefs, wireSourceMarks } from './sources-view.ts';

const t = translator();
const terms = glossary(t);
const app = document.getElementById('app')!;
const status = document.getElementById('status')!;

document.documentElement.lang = t.locale;
document.title = t.t('extName');
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t.t(el.dataset.i18n!);
document.getElementById('open-options')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});
wireTerms(document.body);
wireSourceMarks(app);

/** The page the popup is about. Tests and the demo open the popup as a page and name the tab with ?tabId=. */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
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
  if (!reply || reply.ok !== true) throw new Error(reply && 'error' in reply ? reply.error : t.t('popup_error_no_answer'));
  return reply;
}

// ---- what the popup remembers: open sections and teaching notes seen (writes one after another)
let prefs: UiPrefs;
/** the teaching notes seen before this popup opened: a note seen now stays where it is until the popup closes */
let seenAtOpen: readonly string[] = [];
let prefsWrite: Promise<void> = Promise.resolve();
function updatePrefs(change: (p: UiPrefs) => UiPrefs): void {
  const next = change(prefs);
  if (next === prefs) return;
  prefs = next;
  prefsWrite = prefsWrite.then(() => saveUiPrefs(browser.storage.local, prefs)).catch(() => undefined);
}

// ---- rendering
let shown: { state: TabState; justAdded: boolean; status: string | null } | null = null;
let saved: LoadedProfile | null = null;

function kit(): RenderKit {
  return {
    t,
    terms,
    refs: new SourceRefs(t),
    seenNotes: seenAtOpen,
    sections: {
      isOpen: (id) => prefs.openSections.includes(id),
      toggled: (id, open) => updatePrefs((p) => withSection(p, id, open)),
    },
  };
}

function render(state: TabState, justAdded = false, statusText: string | null = null): void {
  shown = { state, justAdded, status: statusText };
  const profile = saved!.profile;
  const model: PopupModel = {
    state,
    profile,
    firstRun: saved!.isNew,
    entry: state.inStack ? stackItemFor(profile.stack, state.reading, state.url) : undefined,
    justAdded,
    status: statusText,
  };
  // A render replaces the popup's content: the focus stays on the control the user was on.
  const focused = document.activeElement?.id;
  renderState(app, model, actions(state), kit());
  if (focused && !app.contains(document.activeElement)) document.getElementById(focused)?.focus();
  status.textContent = statusText ?? '';
}

/** After an action: the new state, the profile as now saved, and the focus where the user continues. */
async function after(reply: Promise<TabStateReply>, opts: { justAdded?: boolean; status?: string; focus?: string } = {}): Promise<void> {
  try {
    const { state } = await reply;
    saved = await loadProfile(browser.storage.local);
    if (!state) return renderError(app, t.t('popup_error_page_gone'), t);
    render(state, opts.justAdded ?? false, opts.status ?? null);
    const target = (opts.focus && document.getElementById(opts.focus)) || document.getElementById('headline');
    if (target && !target.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
    target?.focus();
  } catch (error) {
    renderError(app, (error as Error).message, t);
  }
}

/** What the popup's controls do for the page it shows. Each names that page, so an action meant
 *  for one product never lands on another the tab has moved to meanwhile. */
function actions(state: TabState): PopupActions {
  const { tabId, url } = state;
  return {
    manual: (perServingMg, servings) =>
      void after(ask({ type: 'manual-entry', tabId, url, perServingMg, servingsPerDay: { min: servings, max: servings } }), { status: t.t('popup_status_manual') }),
    clearManual: () => void after(ask({ type: 'clear-manual', tabId, url }), { status: t.t('popup_status_page_figures') }),
    addToStack: () => void after(ask({ type: 'add-to-stack', tabId, url }), { justAdded: true, status: t.t('popup_added'), focus: 'remove-from-list' }),
    removeFromStack: () => void after(ask({ type: 'remove-from-stack', tabId, url }), { status: t.t('popup_status_removed'), focus: 'take-this' }),
    saveBasics: (ageYears: number | null, sex: Sex) => void after(ask({ type: 'save-basics', tabId, url, ageYears, sex }), { status: t.t('popup_status_saved_basics') }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    notesSeen: (ids) => updatePrefs((p) => withSeen(p, ids)),
  };
}

async function scan(tabId: number): Promise<void> {
  try {
    await ask({ type: 'scan-tab', tabId });
  } catch (error) {
    // Without host access, reading a page needs the permission a click on the toolbar icon
    // grants for that tab (activeTab); browser pages (settings, stores of add-ons) never allow it.
    const denied = /cannot access|permission|cannot be scripted|extensions gallery/i.test((error as Error).message);
    return renderError(app, denied ? t.t('popup_error_needs_click') : t.t('popup_error_cannot_check', (error as Error).message), t);
  }
  // The script reports on its own; wait briefly for its reading.
  for (let i = 0; i < 20; i++) {
    const { state } = await ask({ type: 'get-tab-state', tabId });
    if (state) return render(state);
    await new Promise((r) => setTimeout(r, 150));
  }
  renderError(app, t.t('popup_error_could_not_read'), t);
}

/** The tab's result changed while the popup is open (the page read itself again, the profile was
 *  saved in the options page): show it, unless the user is typing in one of the popup's fields. */
function followChanges(tabId: number): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const key = `tab:${tabId}`;
    if (area !== 'session' || !(key in changes) || !shown) return;
    const next = changes[key]?.newValue as TabState | undefined;
    if (!next || next.updatedAt <= shown.state.updatedAt) return;
    if (document.activeElement?.matches('input, select, textarea')) return;
    void loadProfile(browser.storage.local).then((loaded) => {
      saved = loaded;
      render(next, shown?.justAdded ?? false, shown?.status ?? null);
    });
  });
}

async function main(): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  const [tab, loadedPrefs, loaded] = await Promise.all([targetTab(), loadUiPrefs(browser.storage.local), loadProfile(browser.storage.local)]);
  prefs = loadedPrefs;
  seenAtOpen = [...prefs.seenNotes];
  saved = loaded;
  app.removeAttribute('aria-busy');
  if (!tab) return renderError(app, t.t('popup_error_no_page'), t);
  const { state } = await ask({ type: 'get-tab-state', tabId: tab.id });
  if (state) render(state);
  else renderNoState(app, tab.url, () => void scan(tab.id), t);
  followChanges(tab.id);
}

main().catch((error: unknown) => {
  app.removeAttribute('aria-busy');
  renderError(app, t.t('popup_error_generic', (error as Error).message), t);
});
