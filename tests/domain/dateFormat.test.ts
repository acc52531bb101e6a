import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, formatRange, formatTime } from "../../src/domain/dateFormat.js";

const at = (s: string) => new Date(s);

describe("date formatting in Europe/Oslo", () => {
  // Prove the machine's zone does not leak in: run everything with a far-away TZ.
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each([
    ["2026-12-04T11:00:00Z", "nb", "fredag 4. desember kl. 12.00"],
    ["2026-12-04T11:00:00Z", "en", "Friday 4 December, 12:00"],
    ["2026-07-03T10:05:00Z", "nb", "fredag 3. juli kl. 12.05"],
    ["2026-07-03T10:05:00Z", "en", "Friday 3 July, 12:05"],
    ["2026-11-22T23:30:00Z", "nb", "mandag 23. november kl. 00.30"],
    ["2026-03-29T01:00:00Z", "nb", "søndag 29. mars kl. 03.00"],
    ["2026-05-16T22:00:00Z", "nb", "søndag 17. mai kl. 00.00"],
    ["2026-05-16T22:00:00Z", "en", "Sunday 17 May, 00:00"],
    // nynorsk: its own weekdays, bokmål's months
    ["2026-11-23T11:00:00Z", "nn", "måndag 23. november kl. 12.00"],
    ["2026-11-24T11:00:00Z", "nn", "tysdag 24. november kl. 12.00"],
    ["2026-11-25T11:00:00Z", "nn", "onsdag 25. november kl. 12.00"],
    ["2026-11-26T11:00:00Z", "nn", "torsdag 26. november kl. 12.00"],
    ["2026-12-04T11:00:00Z", "nn", "fredag 4. desember kl. 12.00"],
    ["2026-12-05T11:00:00Z", "nn", "laurdag 5. desember kl. 12.00"],
    ["2026-05-16T22:00:00Z", "nn", "sundag 17. mai kl. 00.00"],
  ] as const)("formatDateTime(%s, %s) = %s", (instant, lang, expected) => {
    expect(formatDateTime(at(instant), lang)).toBe(expected);
  });

  it.each([
    ["nb", "fredag 4. desember", "fredag 4. desember 2026", "12.00", "desember 2026"],
    ["en", "Friday 4 December", "Friday 4 December 2026", "12:00", "December 2026"],
    ["nn", "fredag 4. desember", "fredag 4. desember 2026", "12.00", "desember 2026"],
  ] as const)("formats date, time and month in %s", (lang, date, dateWithYear, time, month) => {
    const instant = at("2026-12-04T11:00:00Z");
    expect(formatDate(instant, lang)).toBe(date);
    expect(formatDate(instant, lang, "Europe/Oslo", { withYear: true })).toBe(dateWithYear);
    expect(formatTime(instant, lang)).toBe(time);
    expect(formatMonth(instant, lang)).toBe(month);
  });

  it.each([
    ["nb", "2026-12-04T12:00:00Z", "fredag 4. desember kl. 12.00–13.00"],
    ["en", "2026-12-04T12:00:00Z", "Friday 4 December, 12:00–13:00"],
    ["nb", "2026-12-05T12:00:00Z", "fredag 4. desember kl. 12.00 – lørdag 5. desember kl. 13.00"],
    ["en", "2026-12-05T12:00:00Z", "Friday 4 December, 12:00 – Saturday 5 December, 13:00"],
    ["nn", "2026-12-05T12:00:00Z", "fredag 4. desember kl. 12.00 – laurdag 5. desember kl. 13.00"],
  ] as const)("formatRange in %s to %s", (lang, end, expected) => {
    expect(formatRange(at("2026-12-04T11:00:00Z"), at(end), lang)).toBe(expected);
  });

  it("formats a range without end as its start", () => {
    expect(formatRange(at("2026-12-04T11:00:00Z"), undefined, "nb")).toBe("fredag 4. desember kl. 12.00");
  });

  it("can use another zone when asked", () => {
    expect(formatDateTime(at("2026-12-04T11:00:00Z"), "en", "UTC")).toBe("Friday 4 December, 11:00");
  });
});
