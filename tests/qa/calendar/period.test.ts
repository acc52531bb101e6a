import { describe, expect, it } from "vitest";
import { monthOf, parsePeriod, resolvePeriod } from "../../../src/qa/calendar/period.js";
import { tokenize } from "../../../src/qa/normalize.js";

const NOW = new Date("2026-11-22T12:00:00Z"); // Sunday 22 November 2026, 13:00 in Oslo

describe("parsePeriod", () => {
  it.each([
    ["i desember", { unit: "namedMonth", month: 12 }],
    ["in December", { unit: "namedMonth", month: 12 }],
    ["neste måned", { unit: "month", offset: 1 }],
    ["this month", { unit: "month", offset: 0 }],
    ["denne uken", { unit: "week", offset: 0 }],
    ["next week", { unit: "week", offset: 1 }],
    ["i morgen", { unit: "day", offset: 1 }],
    ["today", { unit: "day", offset: 0 }],
  ] as const)("%s", (text, spec) => {
    expect(parsePeriod(tokenize(text), true)).toEqual(spec);
  });

  it("'may' is a month only with an event cue", () => {
    expect(parsePeriod(["may"], false)).toBeUndefined();
    expect(parsePeriod(["may"], true)).toEqual({ unit: "namedMonth", month: 5 });
  });

  it("tolerates a wrong letter in long month names only", () => {
    expect(monthOf("desmber")).toBe(12);
    expect(monthOf("septmber")).toBe(9);
    expect(monthOf("member")).toBeUndefined();
    expect(monthOf("jul")).toBeUndefined();
  });
});

describe("resolvePeriod in Europe/Oslo", () => {
  it("December 2026 starts at local midnight (UTC+1)", () => {
    const p = resolvePeriod({ unit: "namedMonth", month: 12 }, NOW, "nb");
    expect(p.from.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(p.to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(p.phrase).toBe("i desember 2026");
  });

  it("a passed month is next year's; the current month is this year's", () => {
    expect(resolvePeriod({ unit: "namedMonth", month: 3 }, NOW, "en").label).toBe("March 2027");
    expect(resolvePeriod({ unit: "namedMonth", month: 11 }, NOW, "en").label).toBe("November 2026");
  });

  it("next month wraps the year", () => {
    const december = new Date("2026-12-10T12:00:00Z");
    expect(resolvePeriod({ unit: "month", offset: 1 }, december, "nb").label).toBe("januar 2027");
  });

  it("a summer month starts at local midnight (UTC+2)", () => {
    expect(resolvePeriod({ unit: "namedMonth", month: 6 }, NOW, "nb").from.toISOString()).toBe(
      "2027-05-31T22:00:00.000Z",
    );
  });

  it("weeks run Monday to Sunday", () => {
    const p = resolvePeriod({ unit: "week", offset: 1 }, NOW, "nb");
    expect(p.from.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(p.label).toBe("neste uke (mandag 23. november – søndag 29. november)");
  });

  it("tomorrow just after midnight in Oslo is the next Oslo day", () => {
    const lateUtc = new Date("2026-11-22T23:30:00Z"); // 00:30 on Monday in Oslo
    expect(resolvePeriod({ unit: "day", offset: 1 }, lateUtc, "en").label).toBe("tomorrow (Tuesday 24 November)");
  });
});
