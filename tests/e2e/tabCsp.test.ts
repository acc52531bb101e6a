import { describe, expect, it } from "vitest";
import { useTabInBrowser } from "../support/tabInBrowser.js";

describe("the tab under its Content-Security-Policy, in real Chromium", () => {
  const tab = useTabInBrowser();

  it.each([
    ["status", "view=status", "tiltak-t16"],
    ["representation", "view=representation", "search-box"],
    ["upcoming", "view=upcoming", "undated"],
  ])("renders the %s view with no CSP violation", async (_name, query, testId) => {
    const page = await tab.browser.newPage();
    // Registered before any page script runs, so a violation during startup is seen too.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${tab.service.url}/tab/index.html?${query}`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByTestId(testId).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.context().close();
  });

  it("blocks an inline script, which shows the policy is in force", async () => {
    const page = await tab.browser.newPage();
    await page.goto(`${tab.service.url}/tab/index.html?view=status`);
    await page.getByTestId("tiltak-t16").waitFor();
    // The violation event is the positive signal; had the script run, __inlineRan would be set by then.
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; directive: string }>((resolve) => {
          document.addEventListener(
            "securitypolicyviolation",
            (e) => {
              resolve({
                ran: Boolean((window as unknown as { __inlineRan?: boolean }).__inlineRan),
                directive: e.effectiveDirective,
              });
            },
            { once: true },
          );
          const script = document.createElement("script");
          script.textContent = "window.__inlineRan = true";
          document.body.append(script);
        }),
    );
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
    await page.context().close();
  });
});
