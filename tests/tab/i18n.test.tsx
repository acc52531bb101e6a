// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../../src/tab/i18n/en.js";
import { langFromLocale, translator } from "../../src/tab/i18n/index.js";
import { nb } from "../../src/tab/i18n/nb.js";
import { fakeApi } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

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
  ] as const)("%s %s = %s", (lang, key, text) => {
    expect(translator(lang)(key)).toBe(text);
  });

  it("fills placeholders", () => {
    expect(translator("nb")("progressOf", { done: 2, total: 5 })).toBe("2 av 5 tiltak fullført");
    expect(translator("en")("progressOf", { done: 2, total: 5 })).toBe("2 of 5 measures done");
  });

  it("has every text in both languages, with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(en[key], key).not.toBe("");
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it.each([
    ["en-GB", "en"],
    ["en-us", "en"],
    ["nb-NO", "nb"],
    ["nn-NO", "nb"],
    ["de-DE", "nb"],
    [undefined, "nb"],
  ])("locale %s → %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it.each([
    ["", "Nettlesermodus", "Kommende"],
    ["?lang=en", "Browser mode", "Upcoming"],
  ])("renders the tab with %s in the right language", async (search, badge, tab) => {
    const { fetch } = fakeApi();
    renderApp(fetch, search);
    expect(screen.getByTestId("mode-badge").textContent).toBe(badge);
    expect(screen.getByRole("tab", { name: tab }).getAttribute("data-testid")).toBe("view-upcoming");
    await screen.findByTestId("tiltak-t1");
  });
});
