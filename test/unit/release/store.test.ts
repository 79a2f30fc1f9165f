// Each store language has its listing, and the listing says what the extension says: the same
// name and short description as its messages (within Chrome's 132 characters), and a reason for
// every permission the manifest asks for.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { MAX_DESCRIPTION_CHARS } from '../../../scripts/lib/package-checks.ts';
import { STORE_LANGUAGES } from '../../../scripts/lib/store-languages.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** The text under a "## Heading" of the listing, up to the next heading. */
function section(listing: string, heading: string): string {
  const match = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(listing);
  return match?.[1]?.trim() ?? '';
}

describe('store listings', () => {
  it('include English', () => {
    expect(STORE_LANGUAGES).toContain('en');
  });

  for (const lang of STORE_LANGUAGES) {
    describe(lang, () => {
      const listingPath = path.join(root, 'docs/store', lang, 'listing.md');
      const messagesPath = path.join(root, 'public/_locales', lang, 'messages.json');

      it('has its listing and its interface messages', () => {
        expect(existsSync(listingPath), listingPath).toBe(true);
        expect(existsSync(messagesPath), messagesPath).toBe(true);
      });

      it('gives the extension\'s own name and short description, the latter within 132 characters', () => {
        const listing = readFileSync(listingPath, 'utf8');
        const messages = JSON.parse(readFileSync(messagesPath, 'utf8')) as Record<string, { message: string }>;
        expect(section(listing, 'Name')).toBe(messages.extName!.message);
        expect(section(listing, 'Short description')).toBe(messages.extDescription!.message);
        expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
        expect(section(listing, 'Long description').length).toBeGreaterThan(200);
      });

      it('justifies every permission and every store host the manifest asks for', () => {
        const justifications = section(readFileSync(listingPath, 'utf8'), 'Permission justifications');
        for (const permission of baseManifest.permissions) expect(justifications, permission).toContain(`**${permission}**`);
        const hosts = baseManifest.content_scripts.flatMap((c) => c.matches).map((m) => new URL(m.replace('*.', 'x.')).hostname.replace(/^(www|x)\./, ''));
        for (const host of new Set(hosts)) {
          const [site, ...domain] = host.split('.');
          expect(justifications, host).toContain(site!);
          expect(justifications, host).toContain(`.${domain.join('.')}`);
        }
      });
    });
  }
});
