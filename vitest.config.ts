// Kept apart from vite.config.ts so unit tests never load the crx plugin.
import { defineConfig } from 'vitest/config';
import { letters } from './scripts/lib/letters-transform.ts';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        // the patterns as they ship: \p{L} rewritten into the letters' class (src/extract/letters.ts)
        plugins: [letters()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Two files at a time (vitest's default is one less than the cores: one, here): the
          // regex-safety file spends over a minute in recheck's own process while the other files
          // run beside it. The browser project stays one file at a time (below).
          maxWorkers: 2,
        },
      },
      {
        // the patterns as they ship: \p{L} rewritten into the letters' class (src/extract/letters.ts)
        plugins: [letters()],
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has 2 cores.
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
