// Tests in three projects: unit and component tests (jsdom); real-browser tests against the
// built site (Chromium via playwright-core), which build it first in their global setup; and
// the long endurance runs (`npm run test:long`), kept out of `npm test` to keep it fast.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import LongestFirst from './tests/browser/sequencer.ts';

const browser = {
  environment: 'node' as const,
  globalSetup: ['tests/browser/global-setup.ts'],
  setupFiles: ['tests/browser/wait-for-build.ts'],
  testTimeout: 120_000,
  hookTimeout: 60_000,
  // One Chromium serves every file; two files at a time. A third fills the cores (measured: 99%
  // busy) and starves the embed's timed height checks (500 ms after load) into failing.
  maxWorkers: 2,
  // Files share their worker's module cache (playwright-core, the data modules): each file
  // still opens its own pages, and closes them.
  isolate: false,
};

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Dates must not depend on the machine's time zone: run far from UTC to prove it.
      env: { TZ: 'America/Los_Angeles' },
      // The browser files start longest first (their recorded times), so the workers end together.
      sequence: { sequencer: LongestFirst },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
            // Node; a file that needs a DOM says so in its first line (`// @vitest-environment jsdom`).
            environment: 'node',
            // Files share their worker's module cache: the data, copy and map modules are imported
            // once per worker, not once per file (the unit project in 28 s instead of 54, measured).
            // A file's environment is still its own; what a test stubs it restores (App.testing.ts).
            isolate: false,
            // The unit tests first, on every core; then the browser tests, two files at a time.
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...browser, sequence: { groupOrder: 1 } },
        },
        {
          extends: true,
          test: {
            name: 'long',
            include: ['tests/long/**/*.test.ts'],
            ...browser,
            testTimeout: 600_000,
            sequence: { groupOrder: 2 },
          },
        },
      ],
    },
  }),
);
