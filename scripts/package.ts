// npm run package: builds Dose Guard, then writes what the stores take into release/:
//   dose-guard-<version>-chrome.zip    Chrome Web Store, Edge Add-ons, Opera add-ons
//   dose-guard-<version>-firefox.zip   addons.mozilla.org
//   dose-guard-<version>-source.zip    the source AMO asks for (bundled code), with BUILD.md
// The same sources give byte-identical zips (scripts/lib/zip.ts). Each browser package is
// checked (scripts/lib/package-checks.ts) before it is written, and the Firefox zip is linted
// by web-ext (and removed if the lint finds anything); any problem stops the command with the list.
//
// Options: --out DIR (default release/), --no-lint (skip web-ext lint; npm test lints),
// --sourcemaps (a debugging build with source maps, named -debug, never for a store).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readTree } from './lib/files.ts';
import { lintFirefoxPackage, lintLines } from './lib/lint-firefox.ts';
import { extensionVersion, type Target } from './lib/manifest.ts';
import { checkPackage, type PackageFiles } from './lib/package-checks.ts';
import { sourceArchiveEntries, uncommittedChanges } from './lib/source-archive.ts';
import { zip, type ZipEntry } from './lib/zip.ts';

const root = path.resolve(import.meta.dirname, '..');
const BUILD_DIR: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox' };

interface Written {
  file: string;
  bytes: number;
  sha256: string;
}

function entriesOf(files: PackageFiles): ZipEntry[] {
  return [...files].map(([name, data]) => ({ name, data }));
}

function write(outDir: string, file: string, data: Buffer): Written {
  writeFileSync(path.join(outDir, file), data);
  return { file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

function build(sourcemaps: boolean): void {
  // SOURCEMAP is set either way, so a value left in the shell cannot slip maps into a release.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SOURCEMAP: String(sourcemaps) } });
}

function browserPackage(target: Target, version: string, sourcemaps: boolean): { file: string; data: Buffer } {
  const files = readTree(path.join(root, BUILD_DIR[target]));
  const data = zip(entriesOf(files));
  const problems = checkPackage(files, data.length, { version, sourcemaps });
  if (problems.length > 0) throw new Error(`The ${target} package is not ready:\n- ${problems.join('\n- ')}`);
  return { file: `dose-guard-${version}-${target}${sourcemaps ? '-debug' : ''}.zip`, data };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'release' },
      'no-lint': { type: 'boolean', default: false },
      sourcemaps: { type: 'boolean', default: false },
    },
  });
  const outDir = path.resolve(root, values.out);
  const sourcemaps = values.sourcemaps;
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const version = extensionVersion(pkg.version);

  build(sourcemaps);
  mkdirSync(outDir, { recursive: true });
  const written: Written[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const { file, data } = browserPackage(target, version, sourcemaps);
    written.push(write(outDir, file, data));
  }
  written.push(write(outDir, `dose-guard-${version}-source.zip`, zip(sourceArchiveEntries(root, version))));

  if (!values['no-lint']) {
    const firefoxZip = path.join(outDir, written[1]!.file);
    const report = await lintFirefoxPackage(firefoxZip);
    const lines = lintLines(report);
    if (lines.length > 0) {
      rmSync(firefoxZip); // not a package to upload
      throw new Error(`web-ext lint on ${written[1]!.file} (removed):\n- ${lines.join('\n- ')}`);
    }
    console.log('web-ext lint: 0 errors, 0 warnings, 0 notices');
  }
  const changed = uncommittedChanges(root);
  if (changed.length > 0) {
    console.warn(`Note: ${changed.length} file(s) differ from the last commit (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}); these packages hold them as they are now. Commit before packaging a release.`);
  }
  for (const w of written) console.log(`${path.relative(root, path.join(outDir, w.file))}  ${(w.bytes / 1024).toFixed(1)} KB  sha256 ${w.sha256}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
