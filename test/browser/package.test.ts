// `npm run package` as a person releasing Dose Guard runs it: two runs from the same sources give
// byte-identical packages, the packages pass what the stores check (web-ext lint on the Firefox
// zip: no error, warning or notice), and the source archive rebuilds the Firefox add-on exactly.
// It rebuilds dist/ and dist-firefox/ (to the same bytes), so it runs with the browser tests,
// one file at a time.
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintFirefoxPackage, lintLines } from '../../scripts/lib/lint-firefox.ts';
import { checkPackage, manifestFiles, MAX_PACKAGE_BYTES, pngSize } from '../../scripts/lib/package-checks.ts';
import { readTree } from '../../scripts/lib/files.ts';
import { repoRoot } from './harness.ts';

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const NAMES = ['chrome', 'firefox', 'source'].map((kind) => `dose-guard-${version}-${kind}.zip`);

let work = '';
const runs: string[] = [];

function runPackage(outDir: string): void {
  execFileSync('npm', ['run', '--silent', 'package', '--', '--no-lint', '--out', outDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

function unzipped(file: string): Map<string, Buffer> {
  return new Map(new AdmZip(file).getEntries().map((e) => [e.entryName, e.getData()]));
}

const pathOf = (run: number, name: string) => path.join(runs[run]!, name);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dose-guard-package-'));
  for (const run of ['first', 'second']) {
    const out = path.join(work, run);
    runPackage(out);
    runs.push(out);
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes the Chrome and Firefox packages and the source archive, named by package.json\'s version', () => {
    expect(readdirSync(runs[0]!).sort()).toEqual([...NAMES].sort());
  });

  it('gives byte-identical zips when run twice on the same sources', () => {
    for (const name of NAMES) {
      expect(readFileSync(pathOf(1, name)).equals(readFileSync(pathOf(0, name))), name).toBe(true);
    }
  });

  it('packages exactly the build, for each browser', () => {
    expect([...unzipped(pathOf(0, NAMES[0]!)).keys()].sort()).toEqual([...readTree(path.join(repoRoot, 'dist')).keys()].sort());
    expect([...unzipped(pathOf(0, NAMES[1]!)).keys()].sort()).toEqual([...readTree(path.join(repoRoot, 'dist-firefox')).keys()].sort());
  });
});

describe('the Chrome package (Chrome, Edge, Opera)', () => {
  const files = () => unzipped(pathOf(0, NAMES[0]!));
  const manifest = () => JSON.parse(files().get('manifest.json')!.toString('utf8')) as Record<string, unknown>;

  it('passes every package check: named files, 128 px icon, no remote code, no source maps, size', () => {
    const bytes = readFileSync(pathOf(0, NAMES[0]!)).length;
    expect(checkPackage(files(), bytes, { version })).toEqual([]);
  });

  it('has its 128 px icon as a 128 x 128 PNG', () => {
    const icon = (manifest().icons as Record<string, string>)['128']!;
    expect(pngSize(files().get(icon)!)).toEqual({ width: 128, height: 128 });
  });

  it('holds every file its manifest names, and no source map', () => {
    const names = manifestFiles(manifest());
    expect(names).toEqual(expect.arrayContaining(['content.js', 'src/popup/index.html', 'src/options/index.html', '_locales/en/messages.json']));
    expect(names.filter((n) => !files().has(n))).toEqual([]);
    expect([...files().keys()].filter((n) => n.endsWith('.map'))).toEqual([]);
  });

  it('ships no \\p{L} in any script, nor does the Firefox package (issue 14)', () => {
    // V8 builds the Unicode property set of each \p{L} of a script it compiles: the build writes
    // it as the letters' class (scripts/lib/letters-transform.ts, src/extract/letters.ts; \p{Lu} and
    // \p{Ll} are left: their classes would add ~9 KB to the package).
    for (const name of [NAMES[0]!, NAMES[1]!]) {
      const scripts = [...unzipped(pathOf(0, name))].filter(([n]) => /\.(?:js|html)$/.test(n));
      expect(scripts.map(([n]) => n), name).toEqual(expect.arrayContaining(['content.js', 'reader.js', 'background.js']));
      expect(scripts.filter(([, data]) => /\\[pP]\{L\}/.test(data.toString('utf8'))).map(([n]) => `${name}: ${n}`)).toEqual([]);
    }
  });

  it(`is under the ${MAX_PACKAGE_BYTES / 1024} KB the README states`, () => {
    expect(readFileSync(pathOf(0, NAMES[0]!)).length).toBeLessThanOrEqual(MAX_PACKAGE_BYTES);
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`under ${MAX_PACKAGE_BYTES / 1024} KB`);
  });
});

describe('the Firefox package', () => {
  it('passes web-ext lint with 0 errors, 0 warnings and 0 notices', async () => {
    const report = await lintFirefoxPackage(pathOf(0, NAMES[1]!));
    expect(lintLines(report)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 60_000);

  it('declares its add-on id, desktop and Android, and that it collects no data', () => {
    const manifest = JSON.parse(unzipped(pathOf(0, NAMES[1]!)).get('manifest.json')!.toString('utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe(manifest.browser_specific_settings.gecko.strict_min_version);
    expect(manifest.version).toBe(version);
  });
});

describe('the source archive', () => {
  const files = () => unzipped(pathOf(0, NAMES[2]!));

  it('holds the repository\'s sources and a BUILD.md with the command, and no dependencies or builds', () => {
    const names = [...files().keys()];
    expect(names).toEqual(expect.arrayContaining(['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'src/background/index.ts']));
    expect(names.filter((n) => /^(node_modules|dist|dist-firefox|release|demo-output)\//.test(n))).toEqual([]);
    expect(files().get('BUILD.md')!.toString('utf8')).toContain('npm ci && npm run build');
  });

  it('rebuilds, with BUILD.md\'s command, the very files of the Firefox package', () => {
    const dir = path.join(work, 'from-source');
    new AdmZip(pathOf(0, NAMES[2]!)).extractAllTo(dir);
    // `npm ci` would fetch the same pinned packages; the repository's own copy stands in for it.
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const rebuilt = readTree(path.join(dir, 'dist-firefox'));
    const packaged = unzipped(pathOf(0, NAMES[1]!));
    expect([...rebuilt.keys()].sort()).toEqual([...packaged.keys()].sort());
    expect([...packaged].filter(([name, data]) => !rebuilt.get(name)?.equals(data)).map(([name]) => name)).toEqual([]);
  }, 60_000);
});
