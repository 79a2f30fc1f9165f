// Finds Chromium and Firefox for the demo and the tests: CHROME_PATH / FIREFOX_PATH first, then
// the usual install paths. On a Debian machine run as root, a missing browser is installed
// from Debian's packages (test tools cannot download browsers here); elsewhere we stop with the
// one line that installs it.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'], pkg: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
};

let aptUpdated = false;

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** @param {'chromium' | 'firefox'} name @returns {string} the executable's path */
export function findBrowser(name) {
  const { env, paths, pkg } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env}=${fromEnv} does not exist.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  if (isDebianRoot()) {
    console.error(`[dose-guard] ${name} not found; installing Debian's ${pkg} (apt-get)…`);
    const opts = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], opts);
    aptUpdated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], opts);
    const installed = paths.find((p) => existsSync(p));
    if (installed) return installed;
  }
  const hint = existsSync('/etc/debian_version') ? `sudo apt-get install -y ${pkg}` : `install ${name} and set ${env} to its path`;
  throw new Error(`No ${name} found. Install it with: ${hint}`);
}

/**
 * Chromium's interface language, which chrome.i18n (and so Dose Guard's text) follows. On Linux
 * Chromium takes it from the LANGUAGE environment variable (its --lang flag is ignored there), and
 * only for languages whose locale files are installed: Debian's chromium ships en-US alone, the
 * others come in chromium-l10n (installed here on a Debian machine run as root, as above).
 * Returns the environment for the browser process. Language codes as in _locales ("pt_BR").
 * @param {string} lang @param {string} chromiumPath @returns {Record<string, string>}
 */
export function chromiumLanguageEnv(lang, chromiumPath) {
  const env = { ...process.env, LANGUAGE: lang.replace('_', '-') };
  if (lang === 'en') return env;
  const localesDir = ['/usr/lib/chromium/locales', `${dirname(realpathSync(chromiumPath))}/locales`].find((d) => existsSync(d));
  const pak = lang.replace('_', '-');
  const has = () => localesDir !== undefined && (existsSync(`${localesDir}/${pak}.pak`) || existsSync(`${localesDir}/${pak.split('-')[0]}.pak`));
  if (!has() && isDebianRoot()) {
    console.error(`[dose-guard] Chromium has no ${lang} interface; installing Debian's chromium-l10n (apt-get)…`);
    const opts = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], opts);
    aptUpdated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-l10n'], opts);
  }
  if (!has()) throw new Error(`Chromium has no ${lang} interface here (no ${pak}.pak). On Debian: sudo apt-get install -y chromium-l10n`);
  return env;
}

export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
