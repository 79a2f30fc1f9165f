// A fresh clone has no ../shared (the pages saved by others are not ours to publish): the tests
// that need them must skip with a notice, and CI proves it by pointing DOSE_GUARD_SHARED_DIR at an
// empty folder (issue 9, point 7). Under CI=true they must never skip silently.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = { dir: process.env.DOSE_GUARD_SHARED_DIR, ci: process.env.CI };
afterEach(() => {
  for (const [key, value] of [['DOSE_GUARD_SHARED_DIR', saved.dir], ['CI', saved.ci]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.resetModules();
  vi.restoreAllMocks();
});

async function harnessWith(env: { dir?: string; ci?: string }) {
  if (env.dir === undefined) delete process.env.DOSE_GUARD_SHARED_DIR;
  else process.env.DOSE_GUARD_SHARED_DIR = env.dir;
  if (env.ci === undefined) delete process.env.CI;
  else process.env.CI = env.ci;
  vi.resetModules();
  return import('./harness.ts');
}

describe('the shared folder', () => {
  it('is ../shared next to the repository by default', async () => {
    const h = await harnessWith({});
    expect(h.sharedPages).toBe(path.resolve(h.repoRoot, '../shared/pages'));
  });

  it('moves with DOSE_GUARD_SHARED_DIR; an empty one skips the tests on shared pages with a notice', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'dose-guard-no-shared-'));
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const h = await harnessWith({ dir: empty });
      expect(h.sharedPages).toBe(path.join(empty, 'pages'));
      expect(h.sharedPagesAvailable()).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[skip\] .* not found: tests on real store pages are skipped\.$/));
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses to skip under CI', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'dose-guard-no-shared-'));
    try {
      const h = await harnessWith({ dir: empty, ci: 'true' });
      expect(() => h.sharedPagesAvailable()).toThrow(/CI=true but .* is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
