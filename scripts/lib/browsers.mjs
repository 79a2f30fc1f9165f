// Finds Chromium and Firefox for the demo and the tests: CHROME_PATH / FIREFOX_PATH first, then
// the usual install paths. On a Debian machine run as root, a missing browser is installed
// from Debian's packages (test tools cannot download browsers here); elsewhere we stop with the
// one line that installs it.
import { existsSync, readFileSync } from 'node:fs';
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
