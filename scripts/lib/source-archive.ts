// The source archive addons.mozilla.org asks for when an add-on's code is bundled or minified:
// the files of the repository that build it, and a BUILD.md that says how.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ZipEntry } from './zip.ts';

/**
 * The repository's own files: those git tracks, plus new ones not ignored (so a change not yet
 * committed is in the archive that matches the build). Never node_modules, builds or outputs.
 */
export function sourceFileNames(root: string): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new Error('The source archive lists the files git knows: run `npm run package` in a git clone of Dose Guard.');
  }
  const names = listed.split('\0').filter((n) => n !== '');
  // A file deleted but not yet committed is still listed by git: it is not part of the source.
  return [...new Set(names)].filter((n) => existsSync(path.join(root, n)) && statSync(path.join(root, n)).isFile()).sort();
}

/** Files changed but not committed: a package made now is not the source of any commit. */
export function uncommittedChanges(root: string): string[] {
  try {
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return status.split('\n').filter((line) => line.trim() !== '').map((line) => line.slice(3));
  } catch {
    return [];
  }
}

export function buildInstructions(version: string, nodeRange: string): string {
  return `# Building Dose Guard ${version} from this source

This archive holds the source of the Dose Guard add-on ${version} as it is in its repository.
The add-on's scripts are bundled and minified by Vite; nothing else is generated.

## Requirements

- Node.js ${nodeRange} with its npm (the release was built on Linux with Node.js 20).
- An internet connection for npm to fetch the build tools pinned in package-lock.json.

## The command

In the folder where this archive was unpacked:

\`\`\`sh
npm ci && npm run build
\`\`\`

\`dist-firefox/\` then holds the files of \`dose-guard-${version}-firefox.zip\` (and \`dist/\` those of
the Chrome package). \`npm run package\` writes the zips themselves, from a git clone.

## What is in the add-on

- \`src/\`: the add-on's TypeScript (content script, background, popup, options page).
- \`public/\`: icons and the English messages, copied as they are.
- \`manifest.json\` and \`vite.config.ts\` (with \`scripts/lib/manifest.ts\`): how the Firefox manifest is made.
- Third-party code in the bundle: \`webextension-polyfill\` and \`zod\`, at the versions in
  package-lock.json.
`;
}

export function sourceArchiveEntries(root: string, version: string): ZipEntry[] {
  const names = sourceFileNames(root);
  if (names.includes('BUILD.md')) throw new Error('BUILD.md is written into the source archive: the repository must not have its own');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  return [
    ...names.map((name) => ({ name, data: readFileSync(path.join(root, name)) })),
    { name: 'BUILD.md', data: Buffer.from(buildInstructions(version, pkg.engines?.node ?? '20'), 'utf8') },
  ];
}
