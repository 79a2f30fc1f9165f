// Loads the built extension (dist/) into Debian's Chromium and gives tests what a user sees:
// store pages served at their real addresses (no network), the badge, the popup, the options page.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../scripts/lib/browsers.mjs';
import { waitForPopup } from '../../scripts/lib/popup-states.mjs';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(repoRoot, 'dist');
/** The folder of material shared with us (../shared next to the repository); DOSE_GUARD_SHARED_DIR
 *  moves it, so CI can prove that a clone without it skips the tests that need it. */
export const sharedDir = process.env.DOSE_GUARD_SHARED_DIR ? path.resolve(process.env.DOSE_GUARD_SHARED_DIR) : path.resolve(repoRoot, '../shared');
/** Real store pages saved by others; read in place, never copied into the repo. */
export const sharedPages = path.join(sharedDir, 'pages');

/** Where the shared pages are absent (a user's fresh clone) tests skip; under CI it must be there. */
export function sharedPagesAvailable(): boolean {
  if (existsSync(sharedPages)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${sharedPages} is missing`);
  console.warn(`[skip] ${sharedPages} not found: tests on real store pages are skipped.`);
  return false;
}

export interface Loaded {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  /**
   * An extension page kept open for the tests' own calls to extension APIs (badge, storage,
   * tabs). Unlike a Worker handle it stays valid when the service worker is stopped, so tests
   * can stop the worker as often as they like and still read what the user sees.
   */
  probe: () => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** the built extension to load (default dist/) */
  extensionDir?: string;
  /** Chromium's UI language, as a language ("de") or a Linux locale name ("de_DE"): Chromium on
   *  Linux takes it from the LANGUAGE environment variable and ignores --lang. Languages other
   *  than English need Debian's chromium-l10n package (see chromiumHasLanguage). */
  language?: string;
}

/** Whether this Chromium can run in `language` ("de"): its translations are installed. */
export function chromiumHasLanguage(language: string): boolean {
  const dir = path.join(path.dirname(realpathSync(findBrowser('chromium'))), 'locales');
  const lib = '/usr/lib/chromium/locales';
  return [dir, lib].some((d) => existsSync(path.join(d, `${language}.pak`)));
}

/** The environment that sets Chromium's UI language (a locale name also sets LANG, for the
 *  region the browser reports in navigator.languages). */
function languageEnv(language: string): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LANGUAGE: language, LC_ALL: '' };
  if (language.includes('_')) env.LANG = `${language}.UTF-8`;
  return env;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Loaded> {
  const extensionDir = options.extensionDir ?? distDir;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`${path.relative(repoRoot, extensionDir) || extensionDir} is not built: run \`npm run build\` first`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-test-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser('chromium'),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    ...(options.language ? { env: languageEnv(options.language) } : {}),
  });
  // Nothing may leave the machine: every request not routed by a test fails.
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  const first = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  await installTabOpened(context).catch(async (error: unknown) => {
    // (no browser or profile folder left behind by a launch that failed)
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
    ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  let probePage: Page | undefined;
  const probe = async () => {
    if (probePage && !probePage.isClosed()) return probePage;
    probePage = await context.newPage();
    // A popup pointed at no tab: it shows an error and sends nothing, and gives the page chrome.*.
    await probePage.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=2147483000`);
    await probePage.waitForFunction(() => typeof chrome?.action?.getBadgeText === 'function' && document.readyState === 'complete');
    return probePage;
  };
  return {
    context,
    extensionId,
    worker,
    probe,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the tab the install opens (the options page's welcome: src/background/index.ts). Tests
 * find a page's tab as the active one (openProduct, newTab): a welcome tab opened after a test
 * brought its page to the front would take the front, and the test would watch the welcome tab's
 * badge (on a busy machine the worker can open it a second or more after the launch).
 */
async function installTabOpened(context: BrowserContext, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!context.pages().some((p) => p.url().includes('welcome=1'))) {
    if (Date.now() > end) throw new Error('the install opened no welcome tab');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A product's title, directions and facts panel in iHerb's layout (our own words): `mg` of
 *  magnesium per capsule, one capsule a day. */
export function iherbPanel(mg: number, name: string): string {
  return `<h1 id="name">${name}</h1>
  <h3>Suggested use</h3><div class="prodOverviewDetail"><p>Take 1 capsule daily.</p></div>
  <div class="supplement-facts-container"><table>
  <tr><td colspan="3"><strong>Supplement Facts</strong></td></tr>
  <tr><td colspan="3"><strong>Serving Size:</strong> 1 Capsule</td></tr>
  <tr><td></td><td>Amount Per Serving</td><td>% Daily Value</td></tr>
  <tr><td>Magnesium (as Magnesium Glycinate)</td><td>${mg} mg</td><td>${Math.round(mg / 4.2)}%</td></tr>
  </table></div>`;
}

/** Serves `body` at `url` (a real store address) for this context. */
export async function servePage(context: BrowserContext, url: string, body: string | Buffer): Promise<void> {
  await context.route(url, (route) => route.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' }));
}

export function readSharedPage(file: string): Buffer {
  return readFileSync(path.join(sharedPages, file));
}

/**
 * Runs `fn` in the probe page (extension APIs). Right after install Chromium may still be
 * settling the extension's pages; a context lost then is retried once on a fresh probe.
 */
export async function inExtension<A, R>(loaded: Loaded, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    const probe = await loaded.probe();
    try {
      return await probe.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg as unknown);
    } catch (error) {
      if (attempt > 0 || !/context was destroyed|Target page, context or browser has been closed/.test(String(error))) throw error;
      await probe.waitForLoadState().catch(() => undefined);
    }
  }
}

/** Opens an empty tab and returns its page and tab id. */
export async function newTab(loaded: Loaded): Promise<{ page: Page; tabId: number }> {
  await loaded.probe(); // opened first: opening it later would make it the active tab
  const page = await loaded.context.newPage();
  await page.bringToFront();
  const tabId = await inExtension(loaded, async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  }, null);
  if (tabId < 0) throw new Error('no tab found for a new page');
  return { page, tabId };
}

/** Opens `url` in a new tab and returns the page and its tab id. */
export async function openProduct(loaded: Loaded, url: string): Promise<{ page: Page; tabId: number }> {
  await loaded.probe(); // opened first: opening it later would make it the active tab
  const page = await loaded.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  // Without the "tabs" permission (we do not ask for it) tab URLs are hidden from the extension,
  // so the tab is found as the active one: the page just brought to the front.
  const tabId = await inExtension(loaded, async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  }, null);
  if (tabId < 0) throw new Error(`no tab found for ${url}`);
  return { page, tabId };
}

export async function badgeText(loaded: Loaded, tabId: number): Promise<string> {
  return inExtension(loaded, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the tab's badge satisfies `accept` (the content script and worker run async). */
export async function waitForBadge(loaded: Loaded, tabId: number, accept: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = await badgeText(loaded, tabId);
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`badge stayed "${text}"`);
}

/** The popup as a page, pointed at the product tab (the ?tabId= parameter only tests use). */
export async function openPopup(loaded: Loaded, tabId: number): Promise<Page> {
  const popup = await loaded.context.newPage();
  await popup.goto(`chrome-extension://${loaded.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await waitForPopup(popup);
  return popup;
}

export async function openOptions(loaded: Loaded): Promise<Page> {
  const page = await loaded.context.newPage();
  await page.goto(`chrome-extension://${loaded.extensionId}/src/options/index.html`);
  return page;
}

/** Writes a profile straight into storage, as the options page would. */
export async function setProfile(loaded: Loaded, profile: unknown): Promise<void> {
  await inExtension(loaded, (p) => chrome.storage.local.set({ profile: p }), profile);
}

/** The page note's preferences (src/ui/prefs.ts) as the options page saves them; `plainOk` shows
 *  the note for a plain, sure "within your limit" too (by default it shows only other answers). */
export async function setNotePrefs(loaded: Loaded, prefs: { plainOk?: boolean; offSites?: string[]; dismissed?: string[] }): Promise<void> {
  await inExtension(loaded, (p) => chrome.storage.local.set({ notePrefs: p }), prefs);
}


/**
 * A large version of a page: the same product with a store-sized menu under it (4,000 links), so
 * that the content script reads it in the page with the reader the background injects, not by
 * sending its markup (src/content/page-read.ts: SMALL_PAGE_ELEMENTS).
 */
export function asLargePage(body: Buffer): Buffer {
  const links = Array.from({ length: 4_000 }, (_, i) => `<li><a href="/c/aisle-${i}">Aisle ${i}</a></li>`).join('');
  return Buffer.from(body.toString('utf8').replace('</body>', `<footer><ul>${links}</ul></footer></body>`));
}

/** A whole profile as the options page saves it once the first-run questions are answered (an
 *  adult of 45: a profile with no age is judged by the adult limit only on an assumption, "OK?"):
 *  the defaults with `changes` on top. */
export function fullProfile(changes: Partial<Profile> = {}): Profile {
  return { ...structuredClone(DEFAULT_PROFILE), ageYears: 45, ...changes };
}

let cdpForProbe: CDPSession | undefined;
/**
 * Stops the extension's service worker at once (CDP ServiceWorker.stopAllWorkers, about 20 ms),
 * as Chromium does when it idles or is under memory pressure. Any message it was handling is
 * lost; the next event starts a new worker.
 */
export async function stopWorkerNow(loaded: Loaded): Promise<void> {
  const probe = await loaded.probe();
  if (!cdpForProbe) {
    cdpForProbe = await loaded.context.newCDPSession(probe);
    await cdpForProbe.send('ServiceWorker.enable');
  }
  await cdpForProbe.send('ServiceWorker.stopAllWorkers');
}

/**
 * The text of Dose Guard's note as the browser's accessibility tree exposes it: what a user (or
 * a screen reader) perceives. The note sits in a closed shadow root that page scripts, and so
 * Playwright's selectors, cannot enter; the accessibility tree is computed by the browser itself.
 * Returns '' when there is no note.
 */
export async function noteText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
    const texts = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    const start = texts.findIndex((t) => t.startsWith('Dose Guard: '));
    return start < 0 ? '' : texts.slice(start, start + 3).join(' ');
  } finally {
    await cdp.detach();
  }
}

/**
 * Evaluates `expression` in Dose Guard's content script world of `page` (its isolated world, where
 * chrome.runtime is ours): what a content script could send, sent from where it would be.
 */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Dose Guard');
    if (!world) throw new Error(`no Dose Guard world in the page (worlds: ${contexts.map((c) => c.name || c.auxData?.type).join(', ')})`);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The background's stored result for a tab (storage.session), once it has one. */
export async function waitForTabState(loaded: Loaded, tabId: number, timeoutMs = 15_000): Promise<{ url: string; reading: { status: string } }> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const state = await inExtension(loaded, async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    if (state) return state as { url: string; reading: { status: string } };
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no result stored for tab ${tabId}`);
}

export async function tabStateStored(loaded: Loaded, tabId: number): Promise<boolean> {
  return inExtension(loaded, async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined, tabId);
}
