// Firefox smoke test: the Firefox build (dist-firefox/) installed as a temporary add-on in
// Debian's firefox-esr, with web-ext. Playwright cannot drive stock Firefox, so the page itself
// reports what it sees: the note the content script puts on it after the background's verdict.
//
// Firefox cannot be pointed at a store's https address without a certificate, so this test runs
// a copy of the build whose content script also matches the local test server (the only change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrowser } from '../../scripts/lib/browsers.mjs';
import { repoRoot } from './harness.ts';

const distFirefox = path.join(repoRoot, 'dist-firefox');
const samplePage = readFileSync(path.join(repoRoot, 'demo/pages/sample-iherb_demo-magnesium-citrate-over-limit.html'), 'utf8');

// Posts what the page can see of Dose Guard: whether its note appeared (an element the page did
// not add itself; this script is the page's last). The note only appears once the background
// has answered the content script's reading with a verdict to show (its level stays inside a
// closed shadow root, out of the page's reach).
const REPORTER = `<script>
  const added = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
  const started = Date.now();
  const timer = setInterval(() => {
    const note = added.length > 0;
    if (note || Date.now() - started > 40000) {
      clearInterval(timer);
      fetch('/result', { method: 'POST', body: note ? 'note' : 'no-note' });
    }
  }, 200);
</script>`;

describe('Firefox ESR', () => {
  let server: Server;
  let port = 0;
  let firefox: ChildProcess | undefined;
  let addonDir = '';
  let profileDir = '';
  let result: Promise<string>;

  beforeAll(async () => {
    expect(existsSync(path.join(distFirefox, 'manifest.json')), 'dist-firefox is built').toBe(true);
    let resolveResult!: (value: string) => void;
    result = new Promise((resolve) => (resolveResult = resolve));
    server = createServer((req, res) => {
      if (req.method === 'POST' && req.url === '/result') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => { resolveResult(body); res.end('ok'); });
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(samplePage.replace('</body>', `${REPORTER}</body>`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;

    addonDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-ff-addon-'));
    cpSync(distFirefox, addonDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(addonDir, 'manifest.json'), 'utf8'));
    manifest.content_scripts[0].matches.push('http://127.0.0.1/*');
    writeFileSync(path.join(addonDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    profileDir = mkdtempSync(path.join(tmpdir(), 'dose-guard-ff-profile-'));

    const webExt = path.join(repoRoot, 'node_modules/.bin/web-ext');
    firefox = spawn(webExt, [
      'run', '--source-dir', addonDir, '--firefox', findBrowser('firefox'), '--firefox-profile', profileDir,
      '--no-input', '--no-reload', '--start-url', `http://127.0.0.1:${port}/product`, '--arg=--headless',
      '--pref', 'datareporting.policy.dataSubmissionEnabled=false', '--pref', 'app.update.enabled=false',
    ], { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    firefox.stdout?.resume();
    firefox.stderr?.resume();
  });

  afterAll(async () => {
    if (firefox?.pid) {
      try { process.kill(-firefox.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    rmSync(addonDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('reads the product page and shows the background\'s verdict on it', async () => {
    const level = await Promise.race([
      result,
      new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 90_000)),
    ]);
    expect(level).toBe('note');
  }, 120_000);
});
