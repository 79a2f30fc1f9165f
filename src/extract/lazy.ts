// A value built on its first use, then kept. The engine's patterns are built this way (issue 14): a
// large page's reader imports the modules that hold them all, but a product page's read uses few
// (1 of the 38 patterns its modules built as they loaded, on the 3.9 MB iHerb page), and building
// one (its words joined and escaped, the pattern parsed) costs even when it is never tried.

export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
