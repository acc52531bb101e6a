/**
 * The setup every end-to-end test of the tab shares: the tab built, the real service on Azurite
 * and Chromium, started once per test file (side by side) and stopped after it.
 */
import { afterAll, beforeAll } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type NewPageOptions, type TestBrowser } from "./browser.js";
import { ensureTabBuilt } from "./tabBuild.js";
import { startTestService } from "./testService.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

/** The running service and browser of one test file; read them inside tests and hooks. */
export interface TabInBrowser {
  readonly service: Service;
  readonly browser: TestBrowser;
  /** A new page (its own browser context) on `/tab/index.html?<query>`. */
  open(query: string, options?: NewPageOptions): Promise<Page>;
}

/** Registers the file's beforeAll/afterAll; the arguments are startTestService's (settings, clock). */
export function useTabInBrowser(...serviceArgs: Parameters<typeof startTestService>): TabInBrowser {
  let service: Service | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    ensureTabBuilt();
    const started = await Promise.allSettled([
      startTestService(...serviceArgs).then((s) => (service = s)),
      launchBrowser().then((b) => (browser = b)),
    ]);
    for (const result of started) if (result.status === "rejected") throw result.reason;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not running (used outside a test?)`);
    return value;
  };
  const harness: TabInBrowser = {
    get service() {
      return running(service, "test service");
    },
    get browser() {
      return running(browser, "browser");
    },
    async open(query, options = {}) {
      const page = await harness.browser.newPage(options);
      await page.goto(`${harness.service.url}/tab/index.html?${query}`);
      return page;
    },
  };
  return harness;
}
