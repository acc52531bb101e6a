import { defineConfig } from "vitest/config";

/**
 * Five projects, so the fast loop needs no storage, DOM or browser:
 * - unit: pure code (domain, qa, contract, cards, config, package, infra, the architecture rules).
 * - tab: the tab's components in jsdom (Fluent UI makes each file slow to import).
 * - integration: Table Storage repositories and the real service over HTTP, on one Azurite per run.
 * - stress: the reminder fault run and the fuzz run (about a minute, several processes each).
 * - e2e: Chromium and the Agents Playground against the real service.
 */
const integrationDirs = ["api", "server", "storage", "reminders"];
/** Tests of the composition root and process-level behaviour: they start the service or a child process. */
const rootIntegrationTests = ["tests/main.test.ts", "tests/service.test.ts", "tests/processGuards.test.ts"];
/** Long runs of many processes and thousands of requests: their own project, still part of `npm test`. */
const stressTests = ["tests/reminders/faultRun.test.ts", "tests/server/fuzz.test.ts"];
const shared = { testTimeout: 30_000, hookTimeout: 60_000, pool: "forks" as const };

export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/**/*.{ts,tsx}"],
      reporter: ["text-summary", "html"],
      reportsDirectory: "test-output/coverage",
    },
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: [
            "tests/e2e/**",
            "tests/tab/**",
            ...rootIntegrationTests,
            ...integrationDirs.map((d) => `tests/${d}/**`),
          ],
          // Pure modules: worker threads start faster than forks.
          pool: "threads",
        },
      },
      {
        test: {
          ...shared,
          name: "tab",
          include: ["tests/tab/**/*.test.{ts,tsx}"],
          // Most of this project's time went to importing Fluent UI and setting up jsdom again for every
          // file: the files of a worker share its modules and its window, and fileSetup.ts gives each
          // file a blank page and empty storage.
          isolate: false,
          setupFiles: ["tests/tab/fileSetup.ts"],
        },
      },
      {
        test: {
          ...shared,
          name: "integration",
          include: [...rootIntegrationTests, ...integrationDirs.map((d) => `tests/${d}/**/*.test.{ts,tsx}`)],
          exclude: stressTests,
          globalSetup: ["tests/setup/azurite.global.ts"],
        },
      },
      {
        test: {
          ...shared,
          name: "stress",
          include: stressTests,
          globalSetup: ["tests/setup/azurite.global.ts"],
          // Each file starts several processes: one at a time, so they do not starve each other.
          fileParallelism: false,
        },
      },
      {
        test: {
          ...shared,
          name: "e2e",
          include: ["tests/e2e/**/*.test.{ts,tsx}"],
          globalSetup: ["tests/setup/azurite.global.ts"],
        },
      },
    ],
  },
});
