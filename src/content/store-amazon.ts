// Content script of Amazon's pages (content-amazon.js; its manifest entry: scripts/lib/manifest.ts,
// STORE_SCRIPTS). The browser matched the store's host, so it tests only the store's own rule (a
// product id after its folders), and carries no table of the stores' addresses (issue 14).
import { amazonAddress } from '../extract/stores/address-rules.ts';
import { startPage } from './first-read.ts';

startPage(amazonAddress);
