// A build folder as the package sees it: every file, keyed by its path with forward slashes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function readTree(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [n, d] of readTree(full, name)) files.set(n, d);
    else if (entry.isFile()) files.set(name, readFileSync(full));
  }
  return files;
}
