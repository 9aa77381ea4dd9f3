import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A browser under load (two cores, a build beside it) can take longer than the default second.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
