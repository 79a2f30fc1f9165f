// Background service worker (an event page in Firefox). Listeners are registered synchronously
// at the top level, so a worker woken by an event finds them; all state is in storage.
import type { Runtime } from 'webextension-polyfill';
import browser from './browser.ts';
import { MsgSchema } from '../core/message.ts';
import { ContentToBackground, UiToBackground } from '../core/messages.ts';
import { unreadableReading } from '../core/unreadable.ts';
import { safeParse } from '../core/zod.ts';
import { translator } from '../i18n/index.ts';
import { PROFILE_KEY } from '../profile/store.ts';
import { NOTE_PREFS_KEY } from '../ui/prefs.ts';
import { loadScript, onContentMessage, onDataDeleted, onProfileChanged, onTabActivated, onTabClosed, onTabGone, onUiMessage, onWorkerStart } from './handlers.ts';
import { reconcileSites } from './sites.ts';
import { noNote } from './present.ts';

// (Chrome calls a listener's sendResponse, not the promise it returns: answered through it, and
// `true` keeps the channel open until then; Firefox takes the same)
browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
  const reply = route(message, sender);
  if (!reply) return false;
  void reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: errorText(error) }));
  return true;
}) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  // The note's preferences (a note closed, a site with notes off): every tab's note follows.
  if (NOTE_PREFS_KEY in changes && !(PROFILE_KEY in changes)) return void onProfileChanged();
  if (!(PROFILE_KEY in changes)) return;
  // "Delete all my data" removes the profile and every tab's result: read the open pages again.
  if (changes[PROFILE_KEY]?.newValue === undefined) void onDataDeleted();
  else void onProfileChanged();
});
browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // The tab is loading something else: the old page's verdict must not linger on it. (Without
  // the "tabs" permission the new URL is not given; the content script reports again anyway.)
  if (change.status === 'loading') void onTabGone(tabId);
});
browser.tabs.onActivated.addListener(({ tabId }) => void onTabActivated(tabId));
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html?welcome=1') });
  void reconcileSites().catch(logSitesError);
});
// Sites added with "Always check this site" (sites.ts): the script follows the permission, granted
// from the popup or taken back in the browser's own settings, and is checked once per browser start.
browser.permissions.onAdded.addListener(() => void reconcileSites().catch(logSitesError));
browser.permissions.onRemoved.addListener(() => void reconcileSites().catch(logSitesError));
browser.runtime.onStartup.addListener(() => void reconcileSites().catch(logSitesError));

function logSitesError(error: unknown): void {
  console.warn('[Dose Guard] could not update the sites to check', error);
}

// This worker may replace one that was stopped in the middle of an update: finish it, once the
// event that woke the worker has been taken in (a page waiting for its verdict comes first).
setTimeout(() => void onWorkerStart(), 50);

/** What the popup shows for a failed request, in the UI language: an error that carries its own
 *  message (`said`, src/core/message.ts) says it; any other (storage full, the browser's own
 *  errors) is quoted as the browser worded it. */
function errorText(error: unknown): string {
  const t = translator();
  const said = (error as { said?: unknown } | null)?.said;
  const parsed = safeParse(MsgSchema, said);
  if (parsed.success) return t.tr(parsed.data);
  return t.t('bg_request_failed', error instanceof Error ? error.message : String(error));
}

/** One listener for every message. It answers only what it validates, from senders it trusts. */
function route(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
  if (fromExtensionPage) {
    const parsed = safeParse(UiToBackground, message);
    if (!parsed.success) {
      console.warn('[Dose Guard] refused a malformed request', parsed.error.issues.slice(0, 3));
      return Promise.resolve({ ok: false, error: translator().t('bg_request_refused') });
    }
    return onUiMessage(parsed.data).catch((error: unknown) => ({ ok: false, error: errorText(error) }));
  }
  // Content scripts: the top frame of a tab only; the page's address as the browser knows it.
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  const parsed = safeParse(ContentToBackground, message);
  if (!parsed.success) {
    console.warn('[Dose Guard] refused a malformed page message', parsed.error.issues.slice(0, 3));
    // A reading the engine got wrong still comes from a page the user is looking at: say that
    // it could not be read ("?"), rather than nothing at all, which looks like "no magnesium".
    const url = sender.url;
    if (!isPageReading(message) || !url) return Promise.resolve(noNote());
    const epoch = (message as { epoch?: unknown }).epoch;
    return onContentMessage({
      type: 'page-reading', url, epoch: typeof epoch === 'number' && Number.isFinite(epoch) && epoch >= 0 ? epoch : 0,
      reading: unreadableReading({ key: 'bg_reading_refused' }),
    }, tabId, url);
  }
  // The address as the browser knows it; a page's own claim only where the browser gives none
  // (and never for a note's dismissal, which must name the page the user looked at).
  if (parsed.data.type === 'load-script') return loadScript(tabId, parsed.data.script);
  const url = sender.url ?? ('url' in parsed.data ? parsed.data.url : undefined);
  if (!url) return Promise.resolve(noNote());
  return onContentMessage(parsed.data, tabId, url);
}

/** A page's reading, or its text to read (a page-input over its caps, say): either way the page
 *  the user is looking at expects a verdict. */
function isPageReading(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'page-reading' || type === 'page-input' || type === 'page-html';
}
