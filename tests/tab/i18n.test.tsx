// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../../src/tab/i18n/en.js";
import { langFromLocale, translator } from "../../src/tab/i18n/index.js";
import { nb } from "../../src/tab/i18n/nb.js";
import { nn } from "../../src/tab/i18n/nn.js";
import { rememberedLang, rememberLang } from "../../src/tab/langChoice.js";
import { formatDateTime, formatWeekdayDay } from "../../src/tab/formatDate.js";
import { describeRecurrence } from "../../src/tab/eventSeries.js";
import { fakeApi } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("i18n", () => {
  it.each([
    ["nb", "browserMode", "Nettlesermodus"],
    ["en", "browserMode", "Browser mode"],
    ["nb", "conflictTitle", "Noen andre har endret dette"],
    ["en", "conflictTitle", "Someone else changed this"],
    ["nb", "dateNotSet", "Dato ikke satt"],
    ["en", "dateNotSet", "Date not set"],
    ["nb", "printReport", "Skriv ut rapport"],
    ["en", "downloadCsv", "Download CSV"],
    ["nn", "browserMode", "Nettlesarmodus"],
    ["nn", "conflictTitle", "Nokon andre har endra dette"],
    ["nn", "dateNotSet", "Dato ikkje sett"],
    ["nn", "viewUpcoming", "Komande"],
  ] as const)("%s %s = %s", (lang, key, text) => {
    expect(translator(lang)(key)).toBe(text);
  });

  it("fills placeholders", () => {
    expect(translator("nb")("progressOf", { done: 2, total: 5 })).toBe("2 av 5 tiltak fullført");
    expect(translator("en")("progressOf", { done: 2, total: 5 })).toBe("2 of 5 measures done");
  });

  it.each([
    ["en", en],
    ["nn", nn],
  ] as const)("has every text in %s, with bokmål's placeholders", (_lang, other) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(other).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(other[key], key).not.toBe("");
      expect(placeholders(other[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it("writes nynorsk dates and repetitions", () => {
    expect(formatWeekdayDay("2026-12-05T11:00:00Z", "nn")).toBe("laurdag 5. desember");
    expect(formatDateTime("2026-12-04T11:00:00Z", "nn")).toBe("4. desember 2026 kl. 12.00");
    expect(describeRecurrence("FREQ=MONTHLY;BYDAY=1FR", "nn")).toBe("første fredag i månaden");
    expect(describeRecurrence("FREQ=WEEKLY;BYDAY=MO,TU", "nn")).toBe("kvar måndag og tysdag");
    expect(describeRecurrence("FREQ=WEEKLY;INTERVAL=2", "nn")).toBe("annankvar veke");
  });

  it.each([
    ["en-GB", "en"],
    ["en-us", "en"],
    ["nb-NO", "nb"],
    ["nn-NO", "nn"],
    ["nn", "nn"],
    ["nno", "nn"],
    ["nb", "nb"],
    ["de-DE", "nb"],
    [undefined, "nb"],
  ])("locale %s → %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it.each([
    ["", "Nettlesermodus", "Kommende"],
    ["?lang=en", "Browser mode", "Upcoming"],
    ["?lang=nn", "Nettlesarmodus", "Komande"],
    ["?lang=xx", "Nettlesermodus", "Kommende"],
  ])("renders the tab with %s in the right language", async (search, badge, tab) => {
    const { fetch } = fakeApi();
    renderApp(fetch, search);
    expect(screen.getByTestId("mode-badge").textContent).toBe(badge);
    expect(screen.getByRole("tab", { name: tab }).getAttribute("data-testid")).toBe("view-upcoming");
    await screen.findByTestId("tiltak-t1");
  });

  it("changes language from the header, and remembers the choice for the next visit", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "");
    await screen.findByTestId("tiltak-t1");
    fireEvent.change(screen.getByTestId("lang-choice"), { target: { value: "nn" } });
    await waitFor(() => expect(screen.getByTestId("mode-badge").textContent).toBe("Nettlesarmodus"));
    expect(screen.getByRole("tab", { name: "Komande" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("nn");
    expect(rememberedLang()).toBe("nn");

    cleanup();
    renderApp(fetch, "");
    expect(screen.getByTestId("mode-badge").textContent).toBe("Nettlesarmodus");
    expect((screen.getByTestId("lang-choice") as HTMLSelectElement).value).toBe("nn");
    await screen.findByTestId("tiltak-t1");
  });

  it("lets ?lang= win over the remembered choice", async () => {
    rememberLang("nn");
    const { fetch } = fakeApi();
    renderApp(fetch, "?lang=en");
    expect(screen.getByTestId("mode-badge").textContent).toBe("Browser mode");
    await screen.findByTestId("tiltak-t1");
  });

  it.each([["nb"], ["nn"], ["en"]] as const)("ignores a remembered value that is no language (%s kept)", (lang) => {
    rememberLang(lang);
    expect(rememberedLang()).toBe(lang);
    localStorage.setItem("alrek.tab.lang", "<script>");
    expect(rememberedLang()).toBeUndefined();
  });
});
