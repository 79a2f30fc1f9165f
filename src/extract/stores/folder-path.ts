// The address test of a page the manifest matched in a store's product folder (the content script
// of those paths, src/content/product.ts, carries no other: issue 14). A match pattern takes the
// folder followed by anything; the store's rule (addresses.ts, `productFolders`) takes the folder
// and a name only. So one check is left: a name follows the folder ("/pr/" alone, "/pr//x" and
// "/pr/?q" are no product's). The manifest's patterns are one-segment folders only
// (scripts/lib/manifest.ts), which is what this reads.
import type { AddressVerdict } from './addresses.ts';

/** Is `url` (a page's whole address, as the browser serialises it) a name in the one-segment
 *  folder its path starts with? As addresses.ts's rule for that folder says, in any case. */
export function nameInFolder(url: string): AddressVerdict {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  const folderEnd = pathStart < 0 ? -1 : url.indexOf('/', pathStart + 1);
  const next = folderEnd < 0 ? '' : url.charAt(folderEnd + 1);
  return next !== '' && next !== '/' && next !== '?' && next !== '#' ? 'product-path' : 'other-path';
}
