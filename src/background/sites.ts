// "Always check this site" (issue 11): a site the user trusts gets the content script, through
// the browser's own optional host permission for that one site (asked by the popup on the click,
// in the click's user gesture) and a registered content script that survives restarts. The
// permission is the truth: a script is registered for every site whose permission is granted,
// and removed for every site whose permission is gone (given back in the options page, or taken
// back in the browser's own settings).
import browser from './browser.ts';
import { sitePattern, siteOfPattern, siteOfScriptId, siteScriptId } from '../core/sites.ts';
import { serial } from './serial.ts';

/** The content script the manifest loads on the stores, loaded the same way on an added site. */
function contentScriptFile(): string {
  return browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'content.js';
}

async function registeredSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((s) => siteOfScriptId(s.id)).filter((s): s is string => s !== null);
}

/** Sites whose permission is granted, but not the stores of the manifest's own content script
 *  (the browser lists those among the granted origins too; they need no second script). */
async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const stores = new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? []);
  return origins.filter((o) => !stores.has(o)).map(siteOfPattern).filter((s): s is string => s !== null);
}

async function register(sites: string[]): Promise<void> {
  if (!sites.length) return;
  await browser.scripting.registerContentScripts(sites.map((site) => ({
    id: siteScriptId(site),
    matches: [sitePattern(site)],
    js: [contentScriptFile()],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  })));
}

async function unregister(sites: string[]): Promise<void> {
  if (sites.length) await browser.scripting.unregisterContentScripts({ ids: sites.map(siteScriptId) });
}

/** The sites checked now: granted and registered, sorted. */
export async function listSites(): Promise<string[]> {
  const [granted, registered] = await Promise.all([grantedSites(), registeredSites()]);
  return granted.filter((s) => registered.includes(s)).sort();
}

/** Brings the scripts in line with the permissions: after the popup's grant, a permission added
 *  or removed in the browser, a start of the browser or an update of the extension. */
export function reconcileSites(): Promise<string[]> {
  // One at a time: the permission's event and the popup's message arrive together, and a script
  // registered twice under one id is refused.
  return serial(async () => {
    const [granted, registered] = await Promise.all([grantedSites(), registeredSites()]);
    await unregister(registered.filter((s) => !granted.includes(s)));
    await register(granted.filter((s) => !registered.includes(s)));
    return listSites();
  });
}

/** The options page's "Remove": the permission goes back to the browser, the script goes. */
export function removeSite(site: string): Promise<string[]> {
  return serial(async () => {
    await browser.permissions.remove({ origins: [sitePattern(site)] });
    await unregister((await registeredSites()).filter((s) => s === site));
    return listSites();
  });
}
