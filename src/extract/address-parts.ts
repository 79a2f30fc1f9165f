// The parts of an address that pages are told apart by: which store (stores/addresses.ts,
// stores/product-areas.ts) and what kind of page (page-kind.ts).
/** An absolute address's host and its path with the query, both in lower case, or null when `url`
 *  is not one. Split by hand, not by the URL parser: every store page's first read asks, and the
 *  parser is one more interface its world would set up (the addresses asked about are the browser's
 *  own, already in normal form). */
export function addressParts(url: string): { host: string; path: string } | null {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || !/^[a-z][a-z\d+.-]*$/i.test(url.slice(0, scheme))) return null;
  const rest = url.slice(scheme + 3);
  let end = rest.length;
  for (const c of '/?#') {
    const at = rest.indexOf(c);
    if (at >= 0 && at < end) end = at;
  }
  const authority = rest.slice(rest.lastIndexOf('@', end) + 1, end);
  const host = authority.replace(/:\d*$/, '');
  if (host === '') return null;
  const hash = rest.indexOf('#', end);
  const tail = rest.slice(end, hash >= 0 ? hash : rest.length);
  return { host: host.toLowerCase(), path: (tail.startsWith('/') ? tail : `/${tail}`).toLowerCase() };
}
