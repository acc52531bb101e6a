import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.js";
import { useTabInBrowser } from "../support/tabInBrowser.js";
import { seriousViolations } from "../support/axe.js";

const THEMES = ["light", "dark", "contrast"] as const;
const WIDTHS = [
  [320, 800],
  [1920, 1080],
] as const;

describe("Kommende, Representasjon and the event form in real Chromium, against the real service", () => {
  const tab = useTabInBrowser();
  const open = (query: string, theme: string, width: number, height: number) =>
    tab.open(`${query}&theme=${theme}`, {
      viewport: { width, height },
      colorScheme: theme === "light" ? "light" : "dark",
    });
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");

  const cases = THEMES.flatMap((theme) => WIDTHS.map(([w, h]) => [theme, w, h] as const));

  it.each(cases)("Kommende has no axe violations (%s, %i px), its series opened", async (theme, width, height) => {
    const page = await open("view=upcoming", theme, width, height);
    const toggle = page.getByTestId("series-toggle-fredagspresentasjoner");
    await toggle.click();
    await page.getByTestId("series-dates-fredagspresentasjoner").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.textContent("body")).not.toMatch(/ISO-varighet|P7D|PT1H/);
    await screenshot(page, `upcoming-${theme}-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(cases)("Representasjon has no axe violations (%s, %i px), Husrådet first", async (theme, width, height) => {
    const page = await open("view=representation", theme, width, height);
    const pinned = page.getByTestId("pinned-groups");
    await pinned.waitFor();
    expect(await pinned.locator("h4").allTextContents()).toEqual(["Husrådet", "Styringsgruppen"]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `representation-${theme}-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(cases)("the event form has no axe violations (%s, %i px)", async (theme, width, height) => {
    const page = await open("view=upcoming", theme, width, height);
    await page.getByTestId("add-event").click();
    const form = page.getByTestId("event-form");
    await form.waitFor();
    await page.getByTestId("reminder-amount").fill("0");
    await page.getByTestId("reminder-add").click();
    await form.getByText("Skriv et helt tall").waitFor();
    expect(await form.textContent()).not.toMatch(/ISO|P7D|PT1H/);
    await screenshot(page, `event-form-${theme}-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("cancels one date and undoes it with the keyboard alone, focus kept on the row's button", async () => {
    const page = await open("view=upcoming", "light", 1280, 800);
    const toggle = page.getByTestId("series-toggle-fredagspresentasjoner");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("series-dates-fredagspresentasjoner").waitFor();
    // Tab from the toggle to the first date's "Avlys …" button.
    for (let i = 0; i < 10 && !(await focused(page)).startsWith("cancel-fredagspresentasjoner-"); i++)
      await page.keyboard.press("Tab");
    const cancelId = await focused(page);
    expect(cancelId).toMatch(/^cancel-fredagspresentasjoner-\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const key = cancelId.slice("cancel-fredagspresentasjoner-".length);
    expect(await page.getByTestId(cancelId).textContent()).toMatch(/^Avlys fredag \d{1,2}\. \p{L}+/u);
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe(`undo-fredagspresentasjoner-${key}`);
    expect(await page.getByTestId(`cancelled-fredagspresentasjoner-${key}`).textContent()).toBe("Avlyst");
    expect(await page.getByTestId("upcoming-result").textContent()).toMatch(/er avlyst\./);
    await screenshot(page, "upcoming-date-cancelled");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe(cancelId);
    expect(await page.getByTestId(`cancelled-fredagspresentasjoner-${key}`).count()).toBe(0);
    // The service agrees: the date is back with its reminders after a reload.
    await page.reload();
    await page.getByTestId("series-toggle-fredagspresentasjoner").click();
    await page.getByTestId(cancelId).waitFor();
    await page.context().close();
  });
});
