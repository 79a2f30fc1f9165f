// Whether two messages say the same thing, so that what was delivered is not delivered again when a
// page's change (a carousel, a late script) leaves what is read as it was. Compared value by value,
// strings by ===: a small page's message holds its whole markup, and a JSON key of it cost a large
// page about a millisecond per read (issue 14), while comparing two strings is a memory compare.

/** Plain data (what the content script sends: objects, arrays, strings, numbers, booleans, null). */
export function sameMessage(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameMessage((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
