// What the build changes in the one manifest.json for each browser, as plain functions so the
// build (vite.config.ts), the package checks and the tests share them.
//
// The version comes from package.json alone: manifest.json carries none. Firefox MV3 runs the
// background as an event page (background.scripts), Chrome as a service worker, and Firefox
// wants an add-on id and its data-collection declaration.

import { STORE_ADDRESSES } from '../../src/extract/stores/addresses.ts';
import { onDomains } from '../../src/extract/stores/product-areas.ts';

export type Target = 'chrome' | 'firefox';
type ContentScripts = { matches: string[]; js?: string[]; run_at?: string; exclude_matches?: string[] };
type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string }; content_scripts?: ContentScripts[] };

/** The content script of the product folders the manifest states (src/content/product.ts). */
export const PRODUCT_SCRIPT = 'content-product.js';

/** Stores whose every page gets a content script of its own, content-<store>.js from
 *  src/content/store-<store>.ts, with the store's address rule alone (stores/address-rules.ts): the
 *  browser matched the host, so the script carries no table of the stores and tests no host (issue
 *  14: the whole test and its code were about half a millisecond of a small page's first read of
 *  four or five). The stores whose rule a match pattern cannot state: Amazon's ids, Vitacost's
 *  names at the root. */
export const STORE_SCRIPTS: readonly string[] = ['amazon', 'vitacost'];

/** The file of a store's own content script. */
export function storeScript(store: string): string {
  return `content-${store}.js`;
}

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

/**
 * The stores' product folders that a match pattern states: each store host's (a pattern of
 * manifest.json's content script) one-segment product folders (STORE_ADDRESSES `productFolders`:
 * iHerb's /pr/, Walmart's /ip/, Target's /p/). There the content script needs only check that a
 * name follows the folder (src/extract/stores/address-rules.ts, nameInFolder). A match pattern's
 * path is matched against the path and the query, and a "*" in it matches anything, "/" and "?"
 * included: only a fixed prefix is no broader than a folder ("/*" + "/dp/*" took "/gp/css/order-history?x=/dp/y",
 * an account page, in Chromium and Firefox alike). Amazon's folders are not stated so: its rule
 * wants a 10-character id after them, and its /gp/product/ holds the cart's own addresses too
 * ("/gp/product/handle-buy-box/..."); nor the stores whose rule is a pattern (Vitacost's names at
 * the root, the European shops). Amazon and Vitacost get a script of their own (STORE_SCRIPTS),
 * the European shops the content script with the whole test.
 */
export function productPathPatterns(storeMatches: readonly string[]): string[] {
  const patterns: string[] = [];
  for (const match of storeMatches) {
    const at = wholeHost(match);
    if (!at) continue;
    const row = STORE_ADDRESSES.find((r) => onDomains(at.host, r.hosts));
    for (const folder of row?.productFolders ?? []) if (ONE_SEGMENT.test(folder)) patterns.push(`${at.origin}${folder}*`);
  }
  return patterns;
}

/** A match pattern of a whole host ("https://*.iherb.com/*"): its origin as written and its domain;
 *  null for any other pattern. */
function wholeHost(match: string): { origin: string; host: string } | null {
  const at = /^(https:\/\/(?:\*\.)?([^/*]+))\/\*$/.exec(match);
  return at ? { origin: at[1]!, host: at[2]! } : null;
}

/** A folder of one segment ("/pr/"): what nameInFolder checks a name after. */
const ONE_SEGMENT = /^\/[a-z0-9-]+\/$/;

/** manifest.json's content script, split by what the browser can match: the stores of STORE_SCRIPTS
 *  get theirs, the product folders a match pattern states (productPathPatterns) the first read that
 *  checks only a name, and every other page of the stores the script with the whole address test.
 *  That one stays first: the background injects the first entry's script where the user asks for a
 *  page to be read. */
function contentScripts(base: Manifest): ContentScripts[] | undefined {
  const [stores, ...others] = base.content_scripts ?? [];
  if (!stores) return base.content_scripts;
  const own = STORE_SCRIPTS.map((store) => ({ ...stores, matches: storeMatches(stores.matches, store), js: [storeScript(store)] }));
  const rest = stores.matches.filter((m) => !own.some((o) => o.matches.includes(m)));
  // (a browser refuses an entry with no match, and "Check this page" needs the first entry's script)
  if (rest.length === 0) throw new Error('every store has a script of its own: content.js would have no page left');
  const products = productPathPatterns(rest);
  const withTest = { ...stores, matches: rest, ...(products.length > 0 ? { exclude_matches: [...(stores.exclude_matches ?? []), ...products] } : {}) };
  const folders = products.length > 0 ? [{ ...stores, matches: products, js: [PRODUCT_SCRIPT] }] : [];
  return [withTest, ...folders, ...own, ...others];
}

/** Those of `matches` (whole hosts: "https://host/*") on `store`'s domains (STORE_ADDRESSES). */
function storeMatches(matches: readonly string[], store: string): string[] {
  const row = STORE_ADDRESSES.find((r) => r.store === store);
  if (!row) throw new Error(`STORE_SCRIPTS names ${store}, which has no row in STORE_ADDRESSES`);
  const own = matches.filter((m) => {
    const at = wholeHost(m);
    return at !== null && onDomains(at.host, row.hosts);
  });
  // (its script would be built and shipped, and run nowhere)
  if (own.length === 0) throw new Error(`STORE_SCRIPTS names ${store}, none of whose hosts manifest.json's content script matches`);
  return own;
}

/** The manifest a browser gets, from manifest.json and package.json's version. */
export function targetManifest<M extends Manifest>(base: M, target: Target, packageVersion: string): Record<string, unknown> {
  const common = { ...base, content_scripts: contentScripts(base), version: extensionVersion(packageVersion), host_permissions: storeHosts(base) };
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
