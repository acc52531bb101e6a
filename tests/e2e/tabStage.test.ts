import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.js";
import { useTabInBrowser } from "../support/tabInBrowser.js";
import { seriousViolations } from "../support/axe.js";
import { openInHost } from "../support/teamsHost.js";
import { client } from "../api/apiClient.js";

const FULL_HD = { width: 1920, height: 1080 };
const T = "/api/periods/2024-2025/tiltak";

describe("the meeting dashboard in real Chromium, against the real service and Azurite", () => {
  const tab = useTabInBrowser();
  const open = tab.open;

  it.each([
    ["light", "light"],
    ["dark", "dark"],
    ["high contrast", "contrast"],
  ])("fits one 1920×1080 stage without scrolling, large type, in the %s theme", async (_name, theme) => {
    const page = await open(`stage=1&theme=${theme}`, { viewport: FULL_HD });
    await page.getByTestId("dashboard").waitFor();
    await page.getByTestId("dashboard-updated").waitFor();
    const size = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      inner: window.innerHeight,
    }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    const fontPx = await page
      .locator(".dash-list li")
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(24);
    const text = await page.getByTestId("dashboard").textContent();
    expect(text).toContain("Trenger oppmerksomhet");
    expect(text).toContain("Planperioden 2024–2025 er avsluttet");
    expect(text).toMatch(/Oppdatert kl\. \d\d\.\d\d/);
    expect(await page.getByTestId("tile-progress").textContent()).toMatch(/pågår halvt/);
    await screenshot(page, `stage-dashboard-${theme}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a change saved through the API on an already open stage, highlighted, without a reload", async () => {
    const page = await open("stage=1", { viewport: FULL_HD });
    await page.getByTestId("dashboard-updated").waitFor();
    const navigations: string[] = [];
    page.on("framenavigated", (f) => navigations.push(f.url()));
    const api = client(tab.service.url);
    const row = (await api.get(T)).body.tiltak.find((t: { id: string }) => t.id === "t07");
    const saved = await api.patch(`${T}/t07`, { status: "stopped" }, { etag: row.etag });
    expect(saved.status).toBe(200);
    // The positive signal: the stopped tiltak appears under "Trenger oppmerksomhet", highlighted.
    const item = page.getByTestId("dash-attention").locator("li.just-changed", { hasText: row.text.slice(0, 30) });
    await item.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("tile-stopped").textContent()).toMatch(/^[1-9]/);
    expect(await page.getByTestId("dash-changes").textContent()).toContain("→ Stoppet");
    expect(navigations).toEqual([]);
    await screenshot(page, "stage-dashboard-live-change");
    await page.context().close();
  });

  it("puts the dashboard on the stage from the meeting side panel through teams-js", async () => {
    const page = await tab.browser.newPage({ viewport: { width: 360, height: 800 } });
    const host = await openInHost(page, tab.service.url, "/tab/index.html?view=status", {
      frameContext: "sidePanel",
      width: 320,
      height: 780,
    });
    const share = host.frame.getByTestId("share-to-stage");
    await share.waitFor();
    await share.click();
    await host.frame.getByText("Oversikten vises nå på scenen for alle i møtet.").waitFor();
    const calls = await host.calls();
    const shareCall = calls.find((c) => c.func === "meeting.shareAppContentToStage");
    expect(shareCall).toBeDefined();
    const [url, options] = shareCall!.args as [string, { sharingProtocol: string }];
    expect(url).toBe(`${tab.service.url}/tab/index.html?view=dashboard&stage=1&lang=nb`);
    expect(options.sharingProtocol).toBe("Collaborative");
    await screenshot(page, "side-panel-share-to-stage");
    await page.context().close();
  });

  it.each([
    [320, 800],
    [1920, 1080],
  ])("has no axe violations in the Oversikt view at %i px", async (width, height) => {
    const page = await open("view=dashboard", { viewport: { width, height } });
    await page.getByTestId("dashboard-updated").waitFor();
    await screenshot(page, `dashboard-view-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
