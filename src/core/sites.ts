// Sites the user asked Dose Guard to check with "Always check this site" (issue 11): what is
// asked of the browser for one site, and how its registered content script is named. Pure: the
// popup, the options page and the background all name a site the same way.

/** Prefix of the ids of the content scripts registered for added sites. */
export const SITE_SCRIPT_PREFIX = 'dose-guard-site-';

/** The site of an https page address ("shop.example.com"), or null for any other address. */
export function siteOfPage(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname && !u.port ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The host permission asked for one site: that host only, https only. */
export function sitePattern(site: string): string {
  return `https://${site}/*`;
}

/** The site of a granted origin pattern, when it is one site's ("https://shop.example.com/*"). */
export function siteOfPattern(pattern: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)\/\*$/i.exec(pattern);
  return m && !m[1]!.startsWith('.') && m[1]!.includes('.') ? m[1]!.toLowerCase() : null;
}

export const siteScriptId = (site: string): string => `${SITE_SCRIPT_PREFIX}${site}`;

export function siteOfScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) ? id.slice(SITE_SCRIPT_PREFIX.length) || null : null;
}
