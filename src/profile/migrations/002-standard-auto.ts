// Migration 2: version 1 -> 2 (issue 11).
// Version 2 adds the standard "auto", which follows the browser's language and region, and makes
// it the default. In version 1 "us" was the default every profile started with: a stored "us"
// cannot be told apart from a US standard chosen on purpose, and most stored "us" were never
// chosen (a German shopper was judged by the US limit without knowing). So "us" becomes "auto":
// a US browser keeps the US limit, and any other shopper gets their own region's limit, which
// the options page names, with the choice one click away. "eu", "uk" and "canada" were never a
// default, so they were chosen: they stay. Anything else is left for parseProfile to judge.
import type { Migration } from './types.ts';

/** The default of version 1: the value that meant "never chosen". */
const OLD_DEFAULT = 'us';

export const migration002: Migration = {
  version: 2,
  name: 'standard "us" (the old default) to "auto" (follows the browser)',
  up(old) {
    const next: Record<string, unknown> = { ...old, schemaVersion: 2 };
    if (next.standard === OLD_DEFAULT) next.standard = 'auto';
    return next;
  },
};
