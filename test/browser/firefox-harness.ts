// Loads the Firefox build (dist-firefox/, unmodified) into Debian's firefox-esr as a temporary
// add-on, over WebDriver BiDi with puppeteer-core, and gives tests what a user sees: store pages
// at their real https addresses (answered by request interception: no network), the badge, the
// popup and options pages, the note on the page, and the background stopped as Firefox stops an
// idle one. The recipe is ../shared/TOOLCHAIN.md's "Firefox" section, proven on this machine.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../scripts/lib/browsers.mjs';
import { GECKO_ID } from '../../scripts/lib/manifest.ts';
import { repoRoot } from './harness.ts';

export const distFirefox = path.join(repoRoot, 'dist-firefox');

/** What browser.* calls see in an extension page (the polyfill's types would drag in its runtime). */
type ExtensionApi = any;
declare const browser: ExtensionApi;

export interface NoteSeen {
  /** The note's text as rendered (innerText of the note in its closed shadow root). */
  text: string;
  /** The note's box lies inside the window, with a size: a user can see it. */
  inView: boolean;
}

export interface FirefoxLoaded {
  browser: Browser;
  /** Answers `url` with `body` (HTML) on every page the harness opens; other requests fail. */
  serve(url: string, body: string | Buffer): void;
  /** Opens a store page in a new tab and returns it with its tab id. */
  openStorePage(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens one of the add-on's own pages (path inside the add-on, with any query). */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser.*` is the add-on's API. */
  extension<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  badgeText(tabId: number): Promise<string>;
  waitForBadge(tabId: number, accept: (text: string) => boolean): Promise<string>;
  /** The popup pointed at a tab, once it shows a verdict (its data-level element). */
  popupLevel(tabId: number): Promise<string>;
  note(tabId: number): Promise<NoteSeen | null>;
  /** Stops the background as Firefox does when it idles; returns its state afterwards. */
  stopBackground(): Promise<string>;
  backgroundState(): Promise<string>;
  close(): Promise<void>;
}

const POLL_MS = 150;
const WAIT_MS = 15_000;

async function poll<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const end = Date.now() + WAIT_MS;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)} after ${WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
    value = await read();
  }
  return value;
}

export async function launchFirefox(): Promise<FirefoxLoaded> {
  if (!existsSync(path.join(distFirefox, 'manifest.json'))) throw new Error('dist-firefox/ is not built: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(path.join(distFirefox, 'manifest.json'), 'utf8'));
  if (manifest.browser_specific_settings?.gecko?.id !== GECKO_ID) throw new Error(`dist-firefox/ is not Dose Guard's Firefox build (id ${GECKO_ID})`);
  // The add-on's moz-extension:// host is random per profile; fixing it before launch lets tests address its pages.
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}/`;
  const browserInstance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets BiDi navigate a tab to a moz-extension:// page and reach Firefox's own (parent
    // process) scope for stopBackground; without it both are refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browserInstance.installExtension(distFirefox);

  const served = new Map<string, Buffer>();
  const answer = (request: HTTPRequest) => {
    const body = served.get(request.url());
    // Nothing leaves the machine: only the pages a test serves are answered.
    if (body) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else void request.abort();
  };

  async function navigateExtensionPage(page: Page, url: string): Promise<void> {
    // page.goto refuses moz-extension:// URLs over BiDi (TOOLCHAIN.md); the frame's BiDi
    // browsing context navigates there. Internal to puppeteer-core, pinned at 25.16.0.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
    await frame.browsingContext.navigate(url, 'complete');
  }

  const control = await browserInstance.newPage();
  await navigateExtensionPage(control, `${base}src/options/index.html`);

  const extension: FirefoxLoaded['extension'] = (fn, ...args) => control.evaluate(fn as never, ...(args as unknown as never[])) as never;

  const chromeScope = async <T>(fn: string, ...args: string[]): Promise<T> => {
    // BiDi script.callFunction in Firefox's browser window (moz:scope chrome), where
    // ChromeUtils and WebExtensionPolicy exist. Arguments and result are plain strings.
    // The BiDi connection is internal to puppeteer-core (pinned at 25.16.0).
    const connection = (browserInstance as unknown as { connection: unknown }).connection as { send(method: string, params: object): Promise<{ result: any }> };
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0].context as string;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: fn, awaitPromise: true, target: { context },
      arguments: args.map((value) => ({ type: 'string', value })),
    });
    if (result.type !== 'success') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    return result.result.value as T;
  };

  const backgroundState = () => chromeScope<string>(`(id) => String(WebExtensionPolicy.getByID(id).extension.backgroundState)`, GECKO_ID);

  const loaded: FirefoxLoaded = {
    browser: browserInstance,
    serve(url, body) {
      served.set(url, Buffer.isBuffer(body) ? body : Buffer.from(body));
    },
    async openStorePage(url) {
      const page = await browserInstance.newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url, { waitUntil: 'load' });
      // The add-on sees the tab's URL on the stores it reads (its content-script hosts).
      const tabId = await poll(`tab for ${url}`, () => extension(async (u: string) =>
        ((await browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === u)?.id ?? -1, url), (id) => id >= 0);
      return { page, tabId };
    },
    async openExtensionPage(pathAndQuery) {
      const page = await browserInstance.newPage();
      await navigateExtensionPage(page, base + pathAndQuery);
      return page;
    },
    extension,
    badgeText: (tabId) => extension((id: number) => browser.action.getBadgeText({ tabId: id }) as Promise<string>, tabId),
    waitForBadge: (tabId, accept) => poll(`badge of tab ${tabId}`, () => loaded.badgeText(tabId), accept),
    async popupLevel(tabId) {
      const popup = await loaded.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      try {
        return await poll('popup verdict', () => popup.evaluate(() => document.querySelector('[data-level]')?.getAttribute('data-level') ?? ''), (l) => l !== '');
      } finally {
        await popup.close();
      }
    },
    async note(tabId) {
      // The note lives in a closed shadow root: the page cannot read it, and neither can a test
      // from the page. A script the add-on injects can: Firefox gives extension scripts
      // Element.openOrClosedShadowRoot. Its innerText is what is rendered, as a user sees it.
      return extension(async (id: number) => {
        const [injection] = await browser.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            // The host is a plain element the page cannot pre-define; it is the one whose closed
            // shadow root holds the note.
            type Host = HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null };
            const host = ([...document.body.children] as Host[]).find((el) => el.openOrClosedShadowRoot?.querySelector('.note[role=status]')) ?? null;
            const root = host?.openOrClosedShadowRoot;
            if (!host || !root) return null;
            const text = [...root.children].filter((el) => el.tagName !== 'STYLE').map((el) => (el as HTMLElement).innerText).join('\n').trim();
            const box = host.getBoundingClientRect();
            const inView = box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
            return { text, inView };
          },
        });
        return (injection?.result ?? null) as NoteSeen | null;
      }, tabId);
    },
    async stopBackground() {
      // What Firefox does to an idle event page (and about:debugging's "Terminate background
      // script"), without waiting the 30 s idle timeout: ext-backgroundPage.js's terminateBackground.
      await chromeScope<string>(`async (id) => {
        await WebExtensionPolicy.getByID(id).extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
        return 'done';
      }`, GECKO_ID);
      return backgroundState();
    },
    backgroundState,
    async close() {
      await browserInstance.close();
    },
  };
  return loaded;
}
