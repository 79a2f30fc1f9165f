// The pages npm run bench loads: the real store pages in ../shared/pages (HTML ones, read in place),
// our own demo pages and our store fixtures, each with the address it is served at. Pages whose
// store no content script runs on (neither Dose Guard's nor the floor's) are listed too, and skipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface BenchPage {
  /** file name, as the table shows it */
  name: string;
  url: string;
  body: Buffer;
  /** where it comes from: shared (real), demo or fixture (ours) */
  origin: 'shared' | 'demo' | 'fixture';
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function benchPages(root: string, sharedDir: string): { pages: BenchPage[]; missingShared: boolean } {
  const pages: BenchPage[] = [];
  const shared = path.join(sharedDir, 'pages');
  const answersFile = path.join(shared, 'answers.json');
  const missingShared = !existsSync(answersFile);
  if (!missingShared) {
    const addresses = readJson<Record<string, string>>(path.join(root, 'bench/addresses.json'));
    for (const a of readJson<{ file: string; url: string | null }[]>(answersFile)) {
      if (!/\.html?$/.test(a.file)) continue;
      const url = a.url ?? addresses[a.file];
      if (!url) throw new Error(`bench/addresses.json has no address for ${a.file}`);
      pages.push({ name: a.file, url, body: readFileSync(path.join(shared, a.file)), origin: 'shared' });
    }
  }
  for (const d of readJson<{ file: string; url: string }[]>(path.join(root, 'demo/pages.json'))) {
    pages.push({ name: d.file, url: d.url, body: readFileSync(path.join(root, 'demo/pages', d.file)), origin: 'demo' });
  }
  const fixtures = path.join(root, 'test/fixtures/stores');
  if (existsSync(path.join(fixtures, 'answers.json'))) {
    const present = new Set(readdirSync(fixtures));
    for (const a of readJson<{ file: string; url: string | null }[]>(path.join(fixtures, 'answers.json'))) {
      if (!a.url || !present.has(a.file) || !/\.html?$/.test(a.file)) continue;
      pages.push({ name: a.file, url: a.url, body: readFileSync(path.join(fixtures, a.file)), origin: 'fixture' });
    }
  }
  return { pages, missingShared };
}

/** Does a content script with these match patterns run at `url`? (scheme://host/path globs) */
export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(p);
    if (!m) return false;
    const u = new URL(url);
    const [, scheme, host, pathGlob] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    if (host !== '*') {
      if (host!.startsWith('*.')) {
        const base = host!.slice(2);
        if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
      } else if (u.hostname !== host) return false;
    }
    const re = new RegExp(`^${pathGlob!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(u.pathname + u.search);
  });
}
