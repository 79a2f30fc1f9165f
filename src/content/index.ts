// Content script of the stores' pages that no narrower entry of the manifest takes (content.js: not
// the product folders it states, nor a store with a script of its own; scripts/lib/manifest.ts): it
// tests the whole address itself before it reads anything (stores/addresses.ts). Also the script
// "Check this page" injects, on any page.
import { pageByAddress } from '../extract/stores/addresses.ts';
import { startPage } from './first-read.ts';

startPage(pageByAddress);
