// Content script of the stores' product paths that a match pattern states exactly
// (content-product.js; the manifest's entry is built from the stores' addresses:
// scripts/lib/manifest.ts). The browser matched the address before injecting it, so it carries no
// address test: on a small page, that test and its code were about half a millisecond of its first
// read's four or five (issue 14).
import { startPage } from './first-read.ts';

startPage(() => 'product-path');
