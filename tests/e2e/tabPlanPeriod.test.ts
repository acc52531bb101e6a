/** The ended plan period and the guided new period in real Chromium, against the real service and Azurite. */
import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.js";
import { useTabInBrowser } from "../support/tabInBrowser.js";
import { seriousViolations } from "../support/axe.js";

// The service runs at a fixed late-2026 moment, so Handlingsplan 2024–2025 has ended whatever the machine's date.
const LATE_2026 = () => new Date("2026-11-22T09:00:00.000Z");

describe("the ended plan period and a new one", () => {
  const tab = useTabInBrowser({}, { clock: LATE_2026 });
  const open = (query: string, viewport: { width: number; height: number }) => tab.open(query, { viewport });

  it.each([
    ["light", 320, 800],
    ["light", 1920, 1080],
    ["dark", 320, 800],
    ["dark", 1920, 1080],
    ["contrast", 320, 800],
    ["contrast", 1920, 1080],
  ])("says the period has ended and opens an axe-clean wizard (%s, %i px)", async (theme, width, height) => {
    const page = await open(`view=status&theme=${theme}`, { width, height });
    const notice = page.getByTestId("period-ended");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Planperioden 2024–2025 er avsluttet; ny plan er ikke lagt inn.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("new-period").click();
    const dialog = page.getByTestId("new-period-dialog");
    await dialog.waitFor();
    // Focus is inside the dialog from the start.
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="new-period-dialog"]') !== null);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, `new-period-${theme}-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("creates 2026–2027 with the chosen tiltak from the keyboard, and shows it", async () => {
    const page = await open("view=status", { width: 1280, height: 800 });
    await page.getByTestId("new-period").waitFor();
    await page.getByTestId("new-period").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("new-period-dialog").waitFor();
    expect(await page.getByTestId("new-period-id").inputValue()).toBe("2026-2027");
    // Every seeded tiltak is planned, so all 16 are chosen; leave t16 behind.
    await page.getByTestId("carry-t16").focus();
    await page.keyboard.press("Space");
    expect(await page.getByTestId("carry-over").textContent()).toContain("(15 valgt)");
    await page.getByTestId("new-period-create").focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: /Handlingsplan 2026–2027/ });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "status-heading");
    expect(await page.getByTestId("period-ended").count()).toBe(0);
    expect(await page.locator('[data-testid^="tiltak-t"]').count()).toBe(15);
    await screenshot(page, "new-period-created");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
