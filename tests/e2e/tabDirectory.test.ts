/**
 * Directory editing in real Chromium against the real service and Azurite (local mode: the caller
 * edits): axe in every theme at 320 and 1280 px with each dialog open, and the whole change of a
 * group's seats by keyboard alone, which the bot then answers with.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../support/browser.js";
import { useTabInBrowser } from "../support/tabInBrowser.js";
import { seriousViolations } from "../support/axe.js";
import { ask, said } from "../support/activities.js";

const tab = useTabInBrowser();

const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** Presses Tab until the element with `testId` has focus (a keyboard user's way there), at most `max` times. */
async function tabTo(page: Page, testId: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${testId}; focus is on ${await focusedTestId(page)}`);
}

describe("the directory editor", () => {
  it.each([
    ["light", 320, 800],
    ["light", 1280, 900],
    ["dark", 320, 800],
    ["dark", 1280, 900],
    ["contrast", 320, 800],
    ["contrast", 1280, 900],
  ])("is axe-clean with its tools and every dialog (%s, %i px)", async (theme, width, height) => {
    const page = await tab.open(`view=representation&theme=${theme}`, { viewport: { width, height } });
    await page.getByTestId("directory-tools").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByTestId("edit-group-husradet").click();
    await page.getByTestId("group-dialog").waitFor();
    await page.getByTestId("group-retire").click();
    await page.getByTestId("retire-confirm").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `directory-group-${theme}-${width}`);
    await page.getByTestId("group-cancel").click();
    await page.getByTestId("group-dialog").waitFor({ state: "detached" });

    await page.getByTestId("new-person").click();
    await page.getByTestId("person-dialog").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("person-cancel").click();

    await page.getByTestId("history-group-husradet").click();
    await page.getByTestId("history-dialog").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByTestId("history-dialog").waitFor({ state: "detached" });

    await page.getByTestId("import-directory").click();
    const dialog = page.getByTestId("import-dialog");
    await dialog.waitFor();
    const csv = await page.evaluate(async () => (await fetch("/api/directory/export.csv")).text());
    await page.getByTestId("import-file").setInputFiles({
      name: "katalog.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv.replace("Rullerer.", "Rullerer hvert år.")),
    });
    await page.getByTestId("import-plan").waitFor();
    expect(await page.getByTestId("import-changed").textContent()).toContain("Alrek helsedager");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `directory-import-${theme}-${width}`);
    await page.context().close();
  });

  it("changes Husrådet's members by keyboard alone; focus goes into the dialog and back, and the bot answers with them", async () => {
    const page = await tab.open("view=representation", { viewport: { width: 1280, height: 900 } });
    await page.getByTestId("edit-group-husradet").waitFor();
    await page.getByTestId("edit-group-husradet").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("group-dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="group-dialog"]') !== null);

    await tabTo(page, "seat-remove-karen-haugvaldstad");
    await page.keyboard.press("Enter");
    // Focus moved on to what follows, not lost: the list of people to add.
    expect(await focusedTestId(page)).toBe("seat-choose");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const chosen = await page.getByTestId("seat-choose").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    await tabTo(page, "seat-add");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid")?.startsWith("seat-unit-"));
    await page.keyboard.type("Etat for sykehjem");
    await tabTo(page, "group-save");
    await page.keyboard.press("Enter");
    await page.getByTestId("group-dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "edit-group-husradet");

    const name = chosen!.split(" – ")[0];
    const group = page.getByTestId("group-husradet");
    expect(await group.textContent()).toContain(name);
    expect(await group.textContent()).not.toContain("Karen Haugvaldstad");
    expect(said((await ask(tab.service.url, "Hvem sitter i Husrådet?"))[0])).toContain(name);
    await page.context().close();
  });

  it("creates a group by keyboard and moves focus to its heading", async () => {
    const page = await tab.open("view=representation", { viewport: { width: 320, height: 800 } });
    await page.getByTestId("new-group").waitFor();
    await page.getByTestId("new-group").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("group-dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "group-name");
    await page.keyboard.type("Faggruppe for rus og psykisk helse");
    await tabTo(page, "group-save");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id.startsWith("group-heading-faggruppe-for-rus"));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Faggruppe for rus og psykisk helse");
    expect(await focusedId(page)).toMatch(/^group-heading-faggruppe-for-rus-og-psykisk-helse-[0-9a-f]{6}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
