// npm run demo: builds the extension, serves our own sample store pages at their store addresses
// (Playwright route interception: no network), and opens Chromium with the extension loaded.
// With a display it opens a window and waits until you close it; with --headless (or without a
// display) it saves screenshots of each product page and its popup, the popup in every state it
// can be in (demo/states.json) in light and dark with its height, on one contact sheet too
// (demo-output/states/, demo-output/popup-states.png), then the store screenshots (1280 x 800:
// a sample page with the popup beside it, and the options page) for each store language
// (scripts/lib/store-languages.mjs) into demo-output/store/<lang>/, and exits.
// --lang=<code> runs one language only (the window, or the store screenshots).
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumLanguageEnv, findBrowser } from './lib/browsers.mjs';
import { STORE_LANGUAGES } from './lib/store-languages.mjs';
import { POPUP_MAX_HEIGHT, POPUP_WIDTH, openPopupPage, openState, popupContentHeight, popupStates, routeStatePages } from './lib/popup-states.mjs';

const root = path.resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const onlyLang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const outDir = path.join(root, 'demo-output');
const allPages = JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8'));
/** The samples opened on their own; the other pages serve the popup's states only. */
const pages = allPages.filter((p) => !p.statesOnly);
const profile = JSON.parse(readFileSync(path.join(root, 'demo/profile.json'), 'utf8'));

// Store screenshots: Chrome Web Store takes 1280 x 800. The page is shown at the width left
// beside the popup, which is shown at its own width.
const STORE_SHOT = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 780 };
const PAGE_BESIDE = { width: 880, height: STORE_SHOT.height };

console.log('Building the extension…');
execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
const executablePath = findBrowser('chromium');
const dist = path.join(root, 'dist');

/** Chromium with Dose Guard, the sample pages and the sample profile, its interface in `lang`. */
async function launch(lang) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    env: chromiumLanguageEnv(lang, executablePath),
    locale: lang.replace('_', '-'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: headless ? STORE_SHOT : null,
  });
  // Nothing leaves the machine: only the sample pages are served, everything else is refused.
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  await routeStatePages(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const uiLanguage = await worker.evaluate(() => chrome.i18n.getUILanguage());
  if (!uiLanguage.toLowerCase().replace('_', '-').startsWith(lang.toLowerCase().replace('_', '-'))) {
    throw new Error(`Chromium's interface is ${uiLanguage}, not ${lang}: its screenshots would be in the wrong language`);
  }
  // A sample profile (58, osteoporosis, takes alendronate and a calcium chew with 50 mg magnesium).
  await worker.evaluate((p) => chrome.storage.local.set({ profile: p }), profile);
  // Close the first-run welcome tab; the demo opens its own.
  for (const page of context.pages()) if (page.url().includes('welcome=1')) await page.close();
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const currentWorker = async () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? context.waitForEvent('serviceworker');
  return { context, worker, currentWorker, extensionId, close };
}

/** Opens each sample page and waits for its verdict (the badge). */
async function openSamples({ context, worker }) {
  const opened = [];
  for (const [i, p] of pages.entries()) {
    const page = await context.newPage();
    await page.goto(p.url);
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    let badge = '';
    for (let t = 0; t < 60 && !badge; t++) {
      badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      if (!badge) await page.waitForTimeout(150);
    }
    console.log(`${i + 1}. ${p.url}\n   expected: ${p.shows}\n   badge: ${badge || '(none)'}`);
    opened.push({ page, tabId, sample: p });
  }
  return opened;
}

async function openPopup({ context, extensionId }, tabId, size) {
  const popup = await context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForFunction(() => !document.querySelector('#app')?.textContent?.includes('Loading…'));
  return popup;
}

/** The screenshots of demo-output/: each page and its whole popup, and the options page. */
async function demoScreenshots(loaded, opened) {
  mkdirSync(outDir, { recursive: true });
  for (const [i, { page, tabId }] of opened.entries()) {
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `${i + 1}-page.png`) });
    const popup = await openPopup(loaded, tabId, { width: 400, height: 720 });
    await popup.screenshot({ path: path.join(outDir, `${i + 1}-popup.png`), fullPage: true });
    await popup.close();
  }
  const options = await loaded.context.newPage();
  await options.goto(`chrome-extension://${loaded.extensionId}/src/options/index.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
  await options.close();
}

/**
 * The popup in every state (demo/states.json), light and dark, each with the height its content
 * needs at 100% zoom (Chromium shows 600 px), and a contact sheet of them all. Each state stores
 * its own profile, so this runs after the other screenshots.
 */
async function stateScreenshots(loaded) {
  const dir = path.join(outDir, 'states');
  mkdirSync(dir, { recursive: true });
  const shots = [];
  for (const [i, state] of popupStates.entries()) {
    const { page, tabId } = await openState(loaded.context, loaded.currentWorker, state);
    const shot = { state, files: {}, height: 0 };
    for (const colorScheme of ['light', 'dark']) {
      const popup = await openPopupPage(loaded.context, loaded.extensionId, tabId, { colorScheme });
      shot.height = await popupContentHeight(popup);
      const file = path.join(dir, `${String(i + 1).padStart(2, '0')}-${state.id}-${colorScheme}.png`);
      await popup.screenshot({ path: file, fullPage: true });
      shot.files[colorScheme] = file;
      await popup.close();
    }
    // The page with its note as the shopper sees it: closed, then opened (pointer over it).
    if (state.verdict) {
      await page.bringToFront();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.mouse.move(1, 1);
      await page.waitForTimeout(700);
      const prefix = path.join(dir, `${String(i + 1).padStart(2, '0')}-${state.id}-page`);
      await page.screenshot({ path: `${prefix}.png` });
      // The note's host: the body's first child, fixed above everything (its contents are closed).
      const host = await page.evaluate(() => {
        const el = document.body.firstElementChild;
        if (!el || getComputedStyle(el).zIndex !== '2147483647') return null;
        const r = el.getBoundingClientRect();
        return { x: r.right - 60, y: r.top > 100 ? r.bottom - 26 : r.top + 26 };
      });
      if (host) {
        await page.mouse.move(host.x, host.y);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${prefix}-note-open.png` });
      }
    }
    await page.close();
    shots.push(shot);
    console.log(`   popup ${state.label.padEnd(11)} ${shot.height} px${shot.height > POPUP_MAX_HEIGHT ? '  (over the 600 px Chromium shows!)' : ''}`);
  }
  await contactSheet(loaded, shots, path.join(outDir, 'popup-states.png'));
  console.log(`Popup states saved in ${dir}, all on one sheet in ${path.join(outDir, 'popup-states.png')}`);
}

/** Every state side by side, light above dark, with the 600 px line drawn across. */
async function contactSheet(loaded, shots, file) {
  const cell = (s, scheme) => `<figure><img alt="" src="data:image/png;base64,${readFileSync(s.files[scheme]).toString('base64')}"></figure>`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #e8eaed; font: 13px/1.3 system-ui, sans-serif; color: #202124; }
    .grid { display: grid; grid-template-columns: repeat(${shots.length}, ${POPUP_WIDTH}px); gap: 12px 16px; align-items: start; }
    h2 { margin: 0; font-size: 14px; } h2 span { font-weight: 400; color: #5f6368; }
    figure { position: relative; margin: 0; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
    figure img { display: block; width: ${POPUP_WIDTH}px; }
    figure::after { content: "600 px"; position: absolute; left: 0; right: 0; top: ${POPUP_MAX_HEIGHT}px; border-top: 2px dashed #d93025; color: #d93025; font-size: 11px; text-align: right; }
  </style></head><body><div class="grid">
    ${shots.map((s) => `<h2>${s.state.label} <span>${s.height} px</span></h2>`).join('')}
    ${shots.map((s) => cell(s, 'light')).join('')}
    ${shots.map((s) => cell(s, 'dark')).join('')}
  </div></body></html>`;
  const sheet = await loaded.context.newPage();
  await sheet.setViewportSize({ width: shots.length * (POPUP_WIDTH + 16) + 32, height: 800 });
  await sheet.setContent(html);
  await sheet.screenshot({ path: file, fullPage: true });
  await sheet.close();
}

/** A store screenshot: the page on the left, the popup for it beside it, 1280 x 800. */
async function besideShot(loaded, { page, tabId }, file) {
  await page.bringToFront();
  await page.setViewportSize(PAGE_BESIDE);
  await page.waitForTimeout(300);
  const pagePng = (await page.screenshot()).toString('base64');
  const popup = await openPopup(loaded, tabId, POPUP);
  const popupPng = (await popup.screenshot()).toString('base64');
  await popup.close();
  const canvas = await loaded.context.newPage();
  await canvas.setViewportSize(STORE_SHOT);
  await canvas.setContent(`<!doctype html><body style="margin:0;display:flex;width:${STORE_SHOT.width}px;height:${STORE_SHOT.height}px;overflow:hidden;background:#dadce0">
    <img alt="" src="data:image/png;base64,${pagePng}" style="display:block;width:${PAGE_BESIDE.width}px;height:${PAGE_BESIDE.height}px">
    <div style="flex:1;display:flex;justify-content:center;padding-top:10px">
      <img alt="" src="data:image/png;base64,${popupPng}" style="display:block;width:${POPUP.width}px;height:${POPUP.height}px;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.35)">
    </div></body>`);
  await canvas.screenshot({ path: file });
  await canvas.close();
}

/** Every store screenshot for one language, into demo-output/store/<lang>/. */
async function storeScreenshots(loaded, opened, lang) {
  const dir = path.join(outDir, 'store', lang);
  mkdirSync(dir, { recursive: true });
  for (const [i, shown] of opened.entries()) {
    const name = shown.sample.file.replace(/^sample-|\.html$/g, '');
    await besideShot(loaded, shown, path.join(dir, `${i + 1}-${name}.png`));
  }
  const options = await loaded.context.newPage();
  await options.setViewportSize(STORE_SHOT);
  await options.goto(`chrome-extension://${loaded.extensionId}/src/options/index.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(dir, `${opened.length + 1}-options.png`) });
  await options.close();
  console.log(`Store screenshots (${lang}) saved in ${dir}`);
}

if (headless) {
  const languages = onlyLang ? [onlyLang] : STORE_LANGUAGES;
  for (const [n, lang] of languages.entries()) {
    const loaded = await launch(lang);
    console.log(`Dose Guard loaded (interface ${lang}) with a sample profile: ${profile.ageYears}, ${profile.sex}, osteoporosis, on a bisphosphonate, already taking 50 mg/day.`);
    const opened = await openSamples(loaded);
    if (n === 0) {
      await demoScreenshots(loaded, opened);
      console.log(`Screenshots saved in ${outDir}`);
    }
    await storeScreenshots(loaded, opened, lang);
    if (n === 0) await stateScreenshots(loaded);
    await loaded.close();
  }
} else {
  const loaded = await launch(onlyLang ?? STORE_LANGUAGES[0]);
  console.log(`Dose Guard loaded (extension id ${loaded.extensionId}) with a sample profile: ${profile.ageYears}, ${profile.sex}, osteoporosis, on a bisphosphonate, already taking 50 mg/day.`);
  await openSamples(loaded);
  console.log('Click the Dose Guard icon (puzzle piece → pin it) on each tab. Close the browser window to end the demo.');
  await new Promise((resolve) => loaded.context.on('close', resolve));
  await loaded.close();
}
