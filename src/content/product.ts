// Content script of the stores' product folders that a match pattern states (content-product.js;
// the manifest's entry is built from the stores' addresses: scripts/lib/manifest.ts). The browser
// matched the folder before injecting it, so it carries no table of the stores' addresses: one
// check that a name follows the folder (address-rules.ts). On a small page, the whole test and its
// code were about half a millisecond of its first read's four or five (issue 14).
import { nameInFolder } from '../extract/stores/address-rules.ts';
import { startPage } from './first-read.ts';

startPage(nameInFolder);
