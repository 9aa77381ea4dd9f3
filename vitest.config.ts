import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
    projects: [
      // The unit tests run first, on their own: their builds must not compete with Chromium. Two files at a
      // time (Vitest's default is one on two cores), so that the long incremental-build file runs beside
      // the rest rather than after them.
      { test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, sequence: { groupOrder: 0 }, maxWorkers: 2 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // Builds the fixture sites, serves them and dist/, and starts the one Chromium every file connects to.
          globalSetup: ['e2e/serve-dist.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A browser under load (two cores, a build beside it) can take longer than the default second.
          expect: { poll: { timeout: 10_000 } },
          // Two files at a time: a page's layout and scripts run on one core, and much of a browser test waits
          // (a 2 s or 5 s hold, a print), which the other file fills. Tests within a file run in turn.
          maxWorkers: 2,
        },
      },
    ],
  },
});
