import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Shared harness for the browser tests: Debian's headless Chromium (never a downloaded
 * browser), with every request that is not for this machine aborted inside the page, so a
 * test can never reach the internet even when the page under test asks for a CDN font.
 */

/** Where Chromium lives; Debian's package puts it here (scripts/ensureChromium.sh installs it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Screenshots land here; test-output/ is git-ignored. */
export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-output/screenshots");

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Chromium 156 builds its omnibox popup (a WebUI page with a dozen scripts) for every new
  // browser context, headless too; on two cores that work ran alongside each page under test
  // and added about 0.4 s to every tab load measured here. Nothing under test uses the omnibox.
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
];

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Options for a new page; a page is its own browser context, so pages share no cookies or storage. */
export interface NewPageOptions {
  colorScheme?: "light" | "dark" | "no-preference";
  viewport?: { width: number; height: number };
}

/** A launched browser; `blockedRequests` lists every URL the loopback guard refused, for assertions. */
export interface TestBrowser {
  browser: Browser;
  newPage(opts?: NewPageOptions): Promise<Page>;
  blockedRequests: string[];
  close(): Promise<void>;
}

/** True for URLs a test page may load: this machine, or inline data (data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  return LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Launches headless Chromium; every page it makes aborts requests to anything but loopback. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const blockedRequests: string[] = [];
  return {
    browser,
    blockedRequests,
    async newPage(opts: NewPageOptions = {}) {
      const context = await browser.newContext({
        colorScheme: opts.colorScheme ?? "light",
        viewport: opts.viewport ?? { width: 1400, height: 900 },
        serviceWorkers: "block",
      });
      // Routes cover fetches, scripts, fonts and WebSocket upgrades made over HTTP(S).
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (isLocalUrl(url)) return route.continue();
        blockedRequests.push(url);
        return route.abort("blockedbyclient");
      });
      await context.routeWebSocket(/.*/, (ws) => {
        if (isLocalUrl(ws.url().replace(/^ws/, "http"))) return ws.connectToServer();
        blockedRequests.push(ws.url());
        return ws.close();
      });
      const page = await context.newPage();
      page.on("close", () => void context.close().catch(() => undefined));
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Saves a full-page PNG as test-output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-zA-Z0-9._-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
