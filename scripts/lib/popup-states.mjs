// The popup's states (demo/states.json), set up in a browser the same way for the demo's
// screenshots and for the browser tests that measure them: the state's profile stored (or none,
// for a first run), its page opened at its store address, the verdict awaited on the badge.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The popup's width in Chromium (body width of src/popup/popup.css) and the most height
 *  Chromium gives a popup before it scrolls. */
export const POPUP_WIDTH = 380;
export const POPUP_MAX_HEIGHT = 600;

export const demoPages = JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8'));
export const popupStates = JSON.parse(readFileSync(path.join(root, 'demo/states.json'), 'utf8')).states;

/** A page Dose Guard does not read (the "other site" state). */
const OTHER_SITE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Domain</title></head><body><h1>Example Domain</h1><p>A page that is not a store.</p></body></html>';

/** The demo page a state opens: { url, body }. */
export function statePage(state) {
  if (/^https?:/.test(state.page)) return { url: state.page, body: OTHER_SITE };
  const page = demoPages.find((p) => p.file.includes(state.page));
  if (!page) throw new Error(`demo/states.json: no page in demo/pages.json matches "${state.page}"`);
  return { url: page.url, body: readFileSync(path.join(root, 'demo/pages', page.file)) };
}

export function stateProfile(state) {
  return state.profile ? JSON.parse(readFileSync(path.join(root, 'demo', state.profile), 'utf8')) : null;
}

/** Serves every state's page at its address (Playwright route interception: no network). */
export async function routeStatePages(context) {
  const seen = new Set();
  for (const state of popupStates) {
    const { url, body } = statePage(state);
    if (seen.has(url)) continue;
    seen.add(url);
    await context.route(url, (route) => route.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' }));
  }
}

/**
 * Opens a state: clears what earlier states left (profile, tab results, remembered popup
 * sections), stores the state's profile, opens its page in a new tab and waits until the badge
 * shows the state's verdict. Returns the page and its tab id.
 * `worker` is a function returning the extension's service worker (it may have been restarted).
 */
export async function openState(context, worker, state, { uiPrefs = null } = {}) {
  const profile = stateProfile(state);
  const sw = await worker();
  await sw.evaluate(async ({ profile, uiPrefs }) => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    if (profile) await chrome.storage.local.set({ profile });
    if (uiPrefs) await chrome.storage.local.set({ uiPrefs });
  }, { profile, uiPrefs });
  const { url } = statePage(state);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  const tabId = await (await worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (tabId < 0) throw new Error(`no tab for ${url}`);
  const end = Date.now() + 15_000;
  let badge = '';
  let stored = false;
  while (Date.now() < end) {
    const w = await worker();
    badge = await w.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    stored = await w.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined, tabId);
    // A page Dose Guard does not read has no result at all: give its content script (none) a moment.
    if (state.badge === '' ? stored || /^https?:/.test(state.page) : badge === state.badge) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  if (badge !== state.badge) throw new Error(`state ${state.id}: the badge shows "${badge}", not "${state.badge}"`);
  return { page, tabId };
}

/**
 * Opens the popup as a page pointed at `tabId` (the ?tabId= parameter only tests and the demo
 * use), at the popup's width, and waits until it has rendered.
 */
export async function openPopupPage(context, extensionId, tabId, { colorScheme = 'light', height = POPUP_MAX_HEIGHT } = {}) {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: POPUP_WIDTH, height });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.querySelector('#app')?.getAttribute('aria-busy') !== 'true' && !document.querySelector('#app')?.textContent?.includes('Loading…'));
  return popup;
}

/** The height the popup's content needs at 100% zoom: what Chromium sizes the popup window to. */
export async function popupContentHeight(popup) {
  return popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}
