import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.js";
import { useTabInBrowser } from "../support/tabInBrowser.js";
import { seriousViolations } from "../support/axe.js";

describe("the status tab in real Chromium, against the real service and Azurite", () => {
  const tab = useTabInBrowser();
  const open = tab.open;

  it("shows the seeded tiltak by area in browser mode", async () => {
    const page = await open("view=status");
    await page.getByTestId("tiltak-t16").waitFor();
    expect(await page.getByTestId("mode-badge").textContent()).toMatch(/Nettlesermodus/);
    expect(await page.locator('[data-testid^="tiltak-t"]').count()).toBe(16);
    const text = await page.textContent("body");
    for (const area of [
      "Kommunikasjon og involvering",
      "Utdanning for fremtiden",
      "Forskning som er nyttig og nyttiggjort",
      "Effektiv organisering",
      "Samarbeid mellom offentlig og privat sektor",
    ]) {
      expect(text).toContain(area);
    }
    expect(text).toContain("Utvikle en kommunikasjonsplan med informasjonspakke");
    await screenshot(page, "tab-status-light");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows groups and people, searchable as you type", async () => {
    const page = await open("view=representation");
    await page.getByTestId("search-box").fill("soraas");
    await page.getByText("Ingelin Søråas").first().waitFor();
    expect(await page.textContent("body")).toContain("Styringsgruppen");
    await page.getByTestId("search-box").fill("husradet");
    await page.getByText("Karen Haugvaldstad").first().waitFor();
    await screenshot(page, "tab-representation");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists upcoming events, the undated ones apart", async () => {
    const page = await open("view=upcoming");
    await page.getByTestId("undated").waitFor();
    const text = await page.textContent("body");
    expect(text).toMatch(/Fredagspresentasjon/);
    expect(await page.getByTestId("undated").textContent()).toMatch(/Alrek helsedager/);
    await screenshot(page, "tab-upcoming");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("edits status and notes with the keyboard alone, focus kept on the row, saved after a reload", async () => {
    const page = await open("view=status", { viewport: { width: 1280, height: 800 } });
    const pill = page.getByTestId("status-t03");
    await pill.waitFor();
    // The skip link is the first Tab stop and jumps to the content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hopp til innholdet");
    await pill.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitemradio", { name: "Pågår" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByTestId("save-result").filter({ hasText: "Lagret: Pågår." }).waitFor();
    expect(await page.getByTestId("status-badge-t03").textContent()).toBe("Pågår");
    expect(await page.getByTestId("progress-plan").textContent()).not.toContain(": 0 %");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("status-t03");

    await page.getByTestId("notes-button-t03").focus();
    await page.keyboard.press("Enter");
    const note = "Tatt opp i Alrekforum <b>ikke fet</b> & videre";
    await page.getByTestId("notes-text").waitFor();
    await page.keyboard.type(note);
    await screenshot(page, "tab-notes-dialog");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByTestId("notes-dialog").waitFor({ state: "detached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("notes-button-t03");
    await screenshot(page, "tab-status-after-keyboard-edit");

    await page.reload();
    await page.getByTestId("tiltak-t03").waitFor();
    expect(await page.getByTestId("status-badge-t03").textContent()).toBe("Pågår");
    expect(await page.getByTestId("notes-view-t03").textContent()).toBe(note);
    expect(await page.getByTestId("tiltak-t03").locator("b").count()).toBe(0);
    await page.context().close();
  });

  it("shows the history as a timeline that fits 320 px, axe clean", async () => {
    const page = await open("view=status", { viewport: { width: 320, height: 800 } });
    await page.getByTestId("history-t03").click();
    await page.getByTestId("history-timeline").waitFor();
    expect(await page.getByTestId("history-timeline").textContent()).toContain("Planlagt → Pågår");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "tab-history-320");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Lukk" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("history-t03");
    await page.context().close();
  });

  it("shows 'someone else changed this' on a stale save and keeps what the user typed", async () => {
    const first = await open("view=status");
    const second = await open("view=status");
    await Promise.all([
      first.getByTestId("notes-button-t05").waitFor(),
      second.getByTestId("notes-button-t05").waitFor(),
    ]);
    await second.getByTestId("notes-button-t05").click();
    await second.getByTestId("notes-text").fill("Skrevet samtidig");
    await first.getByTestId("notes-button-t05").click();
    await first.getByTestId("notes-text").fill("Lagret først");
    await first.getByTestId("notes-save").click();
    await first.getByTestId("notes-dialog").waitFor({ state: "detached" });
    await second.getByTestId("notes-save").click();
    const conflict = second.getByTestId("notes-problem");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Noen andre har endret dette/);
    expect(await conflict.textContent()).toContain("Lagret først");
    expect(await second.getByTestId("notes-text").inputValue()).toBe("Skrevet samtidig");
    await screenshot(second, "tab-conflict");
    await first.context().close();
    await second.context().close();
  });

  it.each([
    ["dark", "theme=dark&view=status", "tab-status-dark"],
    ["high contrast", "theme=contrast&view=status", "tab-status-contrast"],
  ])("renders the %s theme", async (_name, query, shot) => {
    const page = await open(query, { colorScheme: "dark" });
    await page.getByTestId("tiltak-t01").waitFor();
    const background = await page.evaluate(() => {
      const el = document.querySelector(".fui-FluentProvider") ?? document.body;
      return getComputedStyle(el).backgroundColor;
    });
    const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(page, shot);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["the side panel at 320 px", { width: 320, height: 800 }],
    ["a wide screen at 1920 px", { width: 1920, height: 1080 }],
  ])("has no axe violations in the status view in %s", async (_name, viewport) => {
    const page = await open("view=status", { viewport });
    await page.getByTestId("tiltak-t16").waitFor();
    await screenshot(page, `tab-status-${viewport.width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
