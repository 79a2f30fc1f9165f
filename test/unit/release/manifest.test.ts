// What the build adds to manifest.json (scripts/lib/manifest.ts): the host permissions a large
// page's reader needs are the stores' hosts the content script already runs on, and no other.
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import packageJson from '../../../package.json' with { type: 'json' };
import { targetManifest } from '../../../scripts/lib/manifest.ts';

describe('the built manifest\'s host permissions', () => {
  const storeHosts = baseManifest.content_scripts.flatMap((c) => c.matches);
  for (const target of ['chrome', 'firefox'] as const) {
    it(`${target}: exactly the hosts the content script runs on (no new site, no all-sites access)`, () => {
      const built = targetManifest(baseManifest, target, packageJson.version) as { host_permissions: string[] };
      expect([...built.host_permissions].sort()).toEqual([...new Set(storeHosts)].sort());
      expect(built.host_permissions).not.toContain('https://*/*');
      expect(built.host_permissions).not.toContain('<all_urls>');
    });
  }
});
