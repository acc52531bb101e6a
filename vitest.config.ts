import { defineConfig } from "vitest/config";

/**
 * Four projects, so the fast loop needs no storage, DOM or browser:
 * - unit: pure code (domain, qa, contract, cards, config, package, infra, the architecture rules).
 * - tab: the tab's components in jsdom (Fluent UI makes each file slow to import).
 * - integration: Table Storage repositories and the real service over HTTP, on one Azurite per run.
 * - e2e: Chromium and the Agents Playground against the real service.
 */
const integrationDirs = ["api", "server", "storage", "reminders"];
/** Tests of the composition root and process-level behaviour: they start the service or a child process. */
const rootIntegrationTests = ["tests/main.test.ts", "tests/service.test.ts", "tests/processGuards.test.ts"];
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
        },
      },
      {
        test: {
          ...shared,
          name: "integration",
          include: [...rootIntegrationTests, ...integrationDirs.map((d) => `tests/${d}/**/*.test.{ts,tsx}`)],
          globalSetup: ["tests/setup/azurite.global.ts"],
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
