// npm run demo: builds the extension, serves our own sample store pages at their store addresses
// (Playwright route interception: no network), and opens Chromium with the extension loaded.
// With a display it opens a window and waits until you close it; with --headless (or without a
// display) it saves screenshots of each product page and its popup, then exits.
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrowser } from './lib/browsers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = path.join(root, 'demo-output');
const pages = JSON.parse(readFileSync(path.join(root, 'demo/pages.json'), 'utf8'));
const profile = JSON.parse(readFileSync(path.join(root, 'demo/profile.json'), 'utf8'));

console.log('Building the extension…');
execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });

const executablePath = findBrowser('chromium');
const dist = path.join(root, 'dist');
const userDataDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: headless ? { width: 1280, height: 800 } : null,
});
// Nothing leaves the machine: only the sample pages are served, everything else is refused.
await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
for (const p of pages) {
  const body = readFileSync(path.join(root, 'demo/pages', p.file));
  await context.route(p.url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
}

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
// A sample profile (58, osteoporosis, takes alendronate and a calcium chew with 50 mg magnesium).
await worker.evaluate((p) => chrome.storage.local.set({ profile: p }), profile);
// Close the first-run welcome tab; the demo opens its own.
for (const page of context.pages()) if (page.url().includes('welcome=1')) await page.close();
console.log(`Dose Guard loaded (extension id ${extensionId}) with a sample profile: ${profile.ageYears}, ${profile.sex}, osteoporosis, on a bisphosphonate, already taking 50 mg/day.`);

if (headless) mkdirSync(outDir, { recursive: true });
for (const [i, p] of pages.entries()) {
  const page = await context.newPage();
  await page.goto(p.url);
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  // Wait for the verdict (badge) before taking pictures.
  let badge = '';
  for (let t = 0; t < 60 && !badge; t++) {
    badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (!badge) await page.waitForTimeout(150);
  }
  console.log(`${i + 1}. ${p.url}\n   expected: ${p.shows}\n   badge: ${badge || '(none)'}`);
  if (!headless) continue;
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, `${i + 1}-page.png`) });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForFunction(() => !document.querySelector('#app')?.textContent?.includes('Loading…'));
  await popup.screenshot({ path: path.join(outDir, `${i + 1}-popup.png`), fullPage: true });
  await popup.close();
}

if (headless) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  console.log(`Screenshots saved in ${outDir}`);
} else {
  console.log('Click the Dose Guard icon (puzzle piece → pin it) on each tab. Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
  rmSync(userDataDir, { recursive: true, force: true });
}
