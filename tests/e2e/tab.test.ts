import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startTestService } from "../support/testService.js";
import { launchBrowser, screenshot, type TestBrowser } from "../support/browser.js";
import { ensureTabBuilt } from "../support/tabBuild.js";
import { seriousViolations } from "../support/axe.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

describe("the status tab in real Chromium, against the real service and Azurite", () => {
  let service: Service;
  let browser: TestBrowser;
  const open = async (query: string, opts: Parameters<TestBrowser["newPage"]>[0] = {}): Promise<Page> => {
    const page = await browser.newPage(opts);
    await page.goto(`${service.url}/tab/index.html?${query}`);
    return page;
  };

  beforeAll(async () => {
    ensureTabBuilt();
    service = await startTestService();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it("shows the seeded tiltak by area in browser mode", async () => {
    const page = await open("view=status");
    await page.getByTestId("tiltak-t16").waitFor();
    expect(await page.getByTestId("mode-badge").textContent()).toMatch(/Nettlesermodus/);
    expect(await page.locator('[data-testid^="tiltak-t"]').count()).toBe(16);
    const text = await page.textContent("body");
    for (const area of ["Kommunikasjon og involvering", "Utdanning for fremtiden", "Forskning som er nyttig og nyttiggjort", "Effektiv organisering", "Samarbeid mellom offentlig og privat sektor"]) {
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

  it("saves an edit that is still there after a reload, user text shown as text", async () => {
    const page = await open("view=status");
    await page.getByTestId("status-t03").selectOption({ label: "Pågår" });
    const note = "Tatt opp i Alrekforum <b>ikke fet</b> & videre";
    await page.getByTestId("notes-t03").fill(note);
    await page.getByTestId("save-t03").click();
    await expect.poll(async () => page.getByTestId("save-result-t03").textContent()).not.toBe("");
    await page.reload();
    await page.getByTestId("tiltak-t03").waitFor();
    expect(await page.getByTestId("status-badge-t03").textContent()).toBe("Pågår");
    expect(await page.getByTestId("notes-t03").inputValue()).toBe(note);
    expect(await page.getByTestId("tiltak-t03").locator("b").count()).toBe(0);
    await page.context().close();
  });

  it("shows 'someone else changed this' on a stale save and keeps what the user typed", async () => {
    const first = await open("view=status");
    const second = await open("view=status");
    await Promise.all([first.getByTestId("tiltak-t05").waitFor(), second.getByTestId("tiltak-t05").waitFor()]);
    await first.getByTestId("notes-t05").fill("Lagret først");
    await first.getByTestId("save-t05").click();
    await expect.poll(async () => first.getByTestId("save-result-t05").textContent()).not.toBe("");
    await second.getByTestId("notes-t05").fill("Skrevet samtidig");
    await second.getByTestId("save-t05").click();
    const conflict = second.getByTestId("conflict-message");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Noen andre har endret dette/);
    expect(await conflict.textContent()).toContain("Lagret først");
    expect(await second.getByTestId("notes-t05").inputValue()).toBe("Skrevet samtidig");
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

  it("uses the large meeting-stage layout", async () => {
    const page = await open("stage=1&lang=en", { viewport: { width: 1920, height: 1080 } });
    await page.getByTestId("stage-layout").waitFor();
    await page.getByTestId("tiltak-t01").waitFor();
    expect(await page.getByTestId("save-t01").count()).toBe(0);
    await screenshot(page, "tab-meeting-stage");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
