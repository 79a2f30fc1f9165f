// Content script of Vitacost's pages (content-vitacost.js; its manifest entry: scripts/lib/manifest.ts,
// STORE_SCRIPTS). The browser matched the store's host, so it tests only the store's own rule (a
// name at the root), and carries no table of the stores' addresses (issue 14).
import { vitacostAddress } from '../extract/stores/address-rules.ts';
import { startPage } from './first-read.ts';

startPage(vitacostAddress);
