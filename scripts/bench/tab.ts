import { join } from "node:path";
import { launchBrowser } from "../../tests/support/browser.js";
import { measureJs } from "../tabBundleSize.js";
import { quantile } from "./loadGenerator.js";
import { root } from "./processes.js";

/** Gzipped size of the built tab's JavaScript, in bytes. */
export function tabBundleBytes(): number {
  return measureJs(join(root, "dist", "tab", "assets")).reduce((sum, s) => sum + s.gzipBytes, 0);
}

/**
 * Milliseconds from navigation until the status view is interactive (every tiltak rendered
 * with its controls), in real headless Chromium, a fresh browser context (cold cache) each time.
 */
export async function statusViewInteractiveMs(baseUrl: string, runs = 7): Promise<{ median: number; max: number }> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/tab/index.html?view=status`);
      await page.getByTestId("save-t16").waitFor({ state: "visible" });
      times.push(performance.now() - started);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), max: times[times.length - 1] };
}
