// The Firefox manifest declares Firefox for Android (browser_specific_settings.gecko_android).
// That is honest only if everything Dose Guard relies on exists there at the version it names:
// each manifest key and permission, and each extension API the code calls. MDN's compatibility
// data (the source addons.mozilla.org's linter uses too) answers both. web-ext lint cannot check
// the API calls itself: in the minified bundle `browser` is renamed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import packageJson from '../../../package.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, targetManifest } from '../../../scripts/lib/manifest.ts';

const root = path.resolve(import.meta.dirname, '../../..');
type Browser = 'firefox' | 'firefox_android';
interface CompatNode { __compat?: { support: Partial<Record<Browser, SupportStatement | SupportStatement[]>> }; [key: string]: unknown }
interface SupportStatement { version_added: string | boolean | null; version_removed?: string; flags?: unknown[] }

// Read as plain JSON: through vitest's transform the 20 MB file takes 15 s to import.
const bcd = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')) as {
  webextensions: { api: Record<string, CompatNode>; manifest: CompatNode };
};
const firefoxManifest = targetManifest(baseManifest, 'firefox', packageJson.version);

/** True when the current support statement says `browser` has it at `version` without a flag. */
function supported(node: CompatNode, browser: Browser, version: string): boolean {
  const entry = node.__compat?.support[browser];
  const current = Array.isArray(entry) ? entry[0] : entry;
  if (!current || current.flags || current.version_removed) return false;
  const added = current.version_added;
  if (typeof added !== 'string') return added === true;
  return /^\d/.test(added) && Number.parseFloat(added.replace('≤', '')) <= Number.parseFloat(version);
}

/** The manifest's keys and permissions that MDN's data knows, as paths ("action.default_popup"). */
function manifestFeatures(value: unknown, node: CompatNode, prefix: string[] = []): { path: string; node: CompatNode }[] {
  if (Array.isArray(value)) {
    // A list of permissions names features (storage, activeTab); a list of objects (content_scripts) holds keys.
    return value.flatMap((item) => (typeof item === 'string'
      ? (node[item] ? [{ path: [...prefix, item].join('.'), node: node[item] as CompatNode }] : [])
      : manifestFeatures(item, node, prefix)));
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childNode = node[key] as CompatNode | undefined;
    if (!childNode || key === '__compat') return [];
    const here = childNode.__compat ? [{ path: [...prefix, key].join('.'), node: childNode }] : [];
    return [...here, ...manifestFeatures(child, childNode, [...prefix, key])];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}

/** `browser.tabs.query`, `chrome.storage.session`... as called in src/ (before minification). */
function apisCalled(): string[] {
  const code = sourceFiles(path.join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const calls = [...code.matchAll(/\b(?:browser|chrome)\.([a-z]+)\.([a-zA-Z]+)/g)].map((m) => `${m[1]}.${m[2]}`);
  // src/i18n reaches the i18n API through a variable (browser.i18n or chrome.i18n, whichever exists).
  return [...new Set([...calls, 'i18n.getMessage', 'i18n.getUILanguage'])].sort();
}

describe('Firefox for Android, as the Firefox manifest declares', () => {
  const api = bcd.webextensions;

  it('declares Android with the same minimum version as desktop Firefox', () => {
    expect(firefoxManifest.browser_specific_settings).toMatchObject({
      gecko: { strict_min_version: FIREFOX_MIN_VERSION },
      gecko_android: { strict_min_version: FIREFOX_MIN_VERSION },
    });
  });

  it('finds the manifest keys and permissions it checks (the walk is not empty)', () => {
    const paths = manifestFeatures(firefoxManifest, api.manifest).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([
      'action.default_popup', 'options_ui.open_in_tab', 'background.scripts', 'content_scripts',
      'permissions.storage', 'permissions.activeTab', 'permissions.scripting',
      'browser_specific_settings.gecko.data_collection_permissions',
    ]));
  });

  for (const browser of ['firefox', 'firefox_android'] as const) {
    it(`${browser} ${FIREFOX_MIN_VERSION} has every manifest key and permission Dose Guard uses`, () => {
      const missing = manifestFeatures(firefoxManifest, api.manifest)
        // gecko_android is read by Android only; desktop ignores it by design.
        .filter((f) => !(browser === 'firefox' && f.path.startsWith('browser_specific_settings.gecko_android')))
        .filter((f) => !supported(f.node, browser, FIREFOX_MIN_VERSION))
        .map((f) => f.path);
      expect(missing).toEqual([]);
    });

    it(`${browser} ${FIREFOX_MIN_VERSION} has every extension API the code calls`, () => {
      const called = apisCalled();
      expect(called).toEqual(expect.arrayContaining(['runtime.sendMessage', 'storage.session', 'tabs.query', 'scripting.executeScript']));
      const missing = called.filter((name) => {
        const [ns, member] = name.split('.') as [string, string];
        const node = api.api[ns]?.[member] as CompatNode | undefined;
        return !node || !supported(node, browser, FIREFOX_MIN_VERSION);
      });
      expect(missing).toEqual([]);
    });
  }
});
