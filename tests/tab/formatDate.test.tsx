// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { formatDateTime, formatMonthKey, formatRange, monthKey } from "../../src/tab/formatDate.js";

describe("dates in Europe/Oslo", () => {
  it.each([
    ["2026-12-04T11:00:00.000Z", "nb", "4. desember 2026 kl. 12.00"],
    ["2026-12-04T11:00:00.000Z", "en", "4 December 2026, 12:00"],
    // Summer time: UTC+2.
    ["2026-06-01T10:30:00.000Z", "nb", "1. juni 2026 kl. 12.30"],
    // Late evening UTC is already the next day in Oslo.
    ["2026-12-31T23:30:00.000Z", "en", "1 January 2027, 00:30"],
    // The DST change on 29 March 2026: 01:00 UTC is 03:00 CEST.
    ["2026-03-29T01:00:00.000Z", "nb", "29. mars 2026 kl. 03.00"],
  ] as const)("%s (%s) → %s", (iso, lang, text) => {
    expect(formatDateTime(iso, lang)).toBe(text);
  });

  it("formats a same-day range with one date", () => {
    expect(formatRange("2026-12-04T11:00:00Z", "2026-12-04T12:00:00Z", "nb")).toBe("4. desember 2026 kl. 12.00–13.00");
    expect(formatRange("2026-12-04T11:00:00Z", "2026-12-05T12:00:00Z", "en")).toBe(
      "4 December 2026, 12:00 – 5 December 2026, 13:00",
    );
  });

  it("groups by Oslo month", () => {
    expect(monthKey("2026-11-30T23:30:00Z")).toBe("2026-12");
    expect(formatMonthKey("2026-12", "nb")).toBe("desember 2026");
    expect(formatMonthKey("2027-01", "en")).toBe("January 2027");
  });
});
