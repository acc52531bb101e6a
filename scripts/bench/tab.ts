import { join } from "node:path";
import { launchBrowser } from "../../tests/support/browser.js";
import { firstLoadJs, measureJs } from "../tabBundleSize.js";
import { quantile } from "./loadGenerator.js";
import { root } from "./processes.js";

const dist = join(root, "dist", "tab");
const sumGzip = (sizes: { gzipBytes: number }[]) => sizes.reduce((sum, s) => sum + s.gzipBytes, 0);

/** Gzipped size of all the built tab's JavaScript (every page and lazy chunk), in bytes. */
export function tabBundleBytes(): number {
  return sumGzip(measureJs(join(dist, "assets")));
}

/** Gzipped JavaScript the tab loads for its first screen: the shell and, lazily, the first view. */
export function firstScreenBytes(view: "Dashboard" | "StatusView"): number {
  return sumGzip(firstLoadJs(dist, "index.html", [`components/${view}.tsx`]));
}

/** Median and max of `runs` page loads, each in a fresh browser context (cold cache). */
async function timePageLoads(
  url: string,
  ready: string,
  opts: { runs?: number; cpuThrottle?: number; viewport?: { width: number; height: number } } = {},
): Promise<{ median: number; max: number }> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < (opts.runs ?? 7); i++) {
      const page = await browser.newPage({ viewport: opts.viewport });
      if (opts.cpuThrottle) {
        // Chromium's own CPU slowdown, as DevTools' "4× slowdown": a slow meeting-room PC.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: opts.cpuThrottle });
      }
      const started = performance.now();
      await page.goto(url);
      await page.getByTestId(ready).waitFor({ state: "visible" });
      times.push(performance.now() - started);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), max: times[times.length - 1] };
}

/**
 * Milliseconds from navigation until the status view is interactive (every tiltak rendered
 * with its controls), in real headless Chromium, a fresh browser context (cold cache) each time.
 */
export function statusViewInteractiveMs(baseUrl: string, runs = 7): Promise<{ median: number; max: number }> {
  return timePageLoads(`${baseUrl}/tab/index.html?view=status`, "history-t16", { runs });
}

/** Milliseconds until the stage dashboard shows its data ("Oppdatert kl."), 1920×1080, cold cache. */
export function dashboardInteractiveMs(
  baseUrl: string,
  cpuThrottle?: number,
  runs = 7,
): Promise<{ median: number; max: number }> {
  return timePageLoads(`${baseUrl}/tab/index.html?stage=1`, "dashboard-updated", {
    runs,
    cpuThrottle,
    viewport: { width: 1920, height: 1080 },
  });
}

/** Runs and prints the tab's figures against a local-mode service at `baseUrl`. */
export async function printTabBench(baseUrl: string): Promise<void> {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const status = await statusViewInteractiveMs(baseUrl);
  const stage = await dashboardInteractiveMs(baseUrl);
  const slow = await dashboardInteractiveMs(baseUrl, 4);
  const ms = (r: { median: number; max: number }) => `median ${r.median.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`;
  console.log("Tab (Chromium, loopback, cold cache):");
  console.log(
    `  JavaScript for the first screen, gzipped: stage dashboard ${kb(firstScreenBytes("Dashboard"))}, status view ${kb(firstScreenBytes("StatusView"))} (target ≤ 150 KB); all chunks ${kb(tabBundleBytes())}`,
  );
  console.log(`  status view interactive after navigation: ${ms(status)} (target < 1000 ms)`);
  console.log(`  stage dashboard interactive: ${ms(stage)} (target < 500 ms)`);
  console.log(`  stage dashboard interactive with 4× CPU slowdown: ${ms(slow)} (target < 2000 ms)`);
}
