// What the build changes in the one manifest.json for each browser, as plain functions so the
// build (vite.config.ts), the package checks and the tests share them.
//
// The version comes from package.json alone: manifest.json carries none. Firefox MV3 runs the
// background as an event page (background.scripts), Chrome as a service worker, and Firefox
// wants an add-on id and its data-collection declaration.

export type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string }; content_scripts?: { matches: string[] }[] };

/** The add-on id addons.mozilla.org knows Dose Guard by: changing it makes a new add-on. */
export const GECKO_ID = 'dose-guard@dose-guard.example';

/**
 * Firefox 142 is the first, on desktop and on Android, to read data_collection_permissions
 * (the manifest's statement that nothing is collected), so it is the oldest we declare.
 */
export const FIREFOX_MIN_VERSION = '142.0';

/** Browsers accept one to four dot-separated integers (0 to 65535): "1.2.0-beta" is refused. */
export function extensionVersion(packageVersion: string): string {
  const parts = packageVersion.split('.');
  const valid = parts.length <= 4 && parts.every((p) => /^(0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535);
  if (!valid) {
    throw new Error(`package.json version "${packageVersion}" is not a browser extension version (one to four numbers, as in 1.2.0)`);
  }
  return packageVersion;
}

/**
 * The stores' hosts, as host permissions too: on a large page the background injects the page's
 * reader there (src/content/reader.ts; scripting.executeScript needs a host permission, and a
 * content script's matches grant none). The same hosts the content script already runs on: no new
 * site, and the same install prompt in both browsers.
 */
function storeHosts(base: Manifest): string[] {
  return [...new Set((base.content_scripts ?? []).flatMap((c) => c.matches))];
}

/** The manifest a browser gets, from manifest.json and package.json's version. */
export function targetManifest<M extends Manifest>(base: M, target: Target, packageVersion: string): Record<string, unknown> {
  const common = { ...base, version: extensionVersion(packageVersion), host_permissions: storeHosts(base) };
  if (target === 'chrome') return common;
  const { background, ...rest } = common;
  return {
    ...rest,
    background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // The profile is health data, and it never leaves the device.
        data_collection_permissions: { required: ['none'] },
      },
      // The popup and the options page are plain pages that fit a narrow screen, and every API
      // and manifest key Dose Guard uses exists on Android (test/unit/release/android.test.ts).
      gecko_android: { strict_min_version: FIREFOX_MIN_VERSION },
    },
  };
}
