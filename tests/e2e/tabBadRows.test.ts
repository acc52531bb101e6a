import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser.js";
import { ensureTabBuilt } from "../support/tabBuild.js";
import { seriousViolations } from "../support/axe.js";
import { rawTables } from "../support/rawRows.js";

type Service = Awaited<ReturnType<typeof startTestService>>;
const THEMES = ["light", "dark", "contrast"] as const;
const WIDTHS = [
  [320, 800],
  [1920, 1080],
] as const;

describe("stored rows no view can show, as editors see them in real Chromium", () => {
  let service: Service;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureTabBuilt();
    service = await startTestService();
    browser = await launchBrowser();
    // An editor's typo for 2026, written past the door as an old row would be.
    await rawTables(service.tablePrefix).put("events", {
      partitionKey: "event",
      rowKey: "alrekforum-skrivefeil",
      id: "alrekforum-skrivefeil",
      kind: "meeting",
      title: "Alrekforum BEHO – skrivefeil i året",
      start: "0202-12-10T10:00",
      timeZone: "Europe/Oslo",
      exceptions: "[]",
      cancelled: false,
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const cases = THEMES.flatMap((theme) => WIDTHS.map(([w, h]) => [theme, w, h] as const));

  it.each(cases)(
    "Kommende names the event and what is wrong, the overview lists the row; no axe violations (%s, %i px)",
    async (theme, width, height) => {
      const page = await browser.newPage({
        viewport: { width, height },
        colorScheme: theme === "light" ? "light" : "dark",
      });
      await page.goto(`${service.url}/tab/index.html?view=upcoming&theme=${theme}`);
      const note = page.getByTestId("bad-row-alrekforum-skrivefeil");
      await note.waitFor();
      expect(await note.textContent()).toContain("Hva er galt: start: 0202-12-10T10:00 is outside the years 1900–2199");
      await page.getByTestId("show-deliveries").click();
      const skipped = page.getByTestId("skipped-rows");
      await skipped.waitFor();
      expect(await skipped.textContent()).toContain("alrekforum-skrivefeil");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `bad-rows-${theme}-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      // The link in the overview leads to the entry in Kommende, whose button opens the form.
      await skipped.getByRole("link", { name: "alrekforum-skrivefeil" }).click();
      await page.getByTestId("fix-alrekforum-skrivefeil").click();
      await page.getByTestId("event-form").waitFor();
      await page.context().close();
    },
  );
});
