// Content script of every page of the stores but their product paths that the manifest states
// (content.js): it tests the address itself before it reads anything (stores/addresses.ts). Also
// the script "Check this page" injects, on any page.
import { pageByAddress } from '../extract/stores/addresses.ts';
import { startPage } from './first-read.ts';

startPage(pageByAddress);
