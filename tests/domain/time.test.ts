import { describe, expect, it } from "vitest";
import {
  addDaysToDate,
  addDaysToLocal,
  addMinutesToLocal,
  cachedFormatterCount,
  instantToZoned,
  isValidTimeZone,
  isValidLocal,
  localMinutesBetween,
  MAX_CACHED_FORMATTERS,
  offsetMinutes,
  zonedToInstant,
} from "../../src/domain/time.js";

const OSLO = "Europe/Oslo";

describe("zonedToInstant", () => {
  it.each([
    ["2026-01-15T12:00", "2026-01-15T11:00:00.000Z"], // winter, UTC+1
    ["2026-07-15T12:00", "2026-07-15T10:00:00.000Z"], // summer, UTC+2
    ["2026-03-29T01:59", "2026-03-29T00:59:00.000Z"], // just before spring-forward
    ["2026-03-29T03:00", "2026-03-29T01:00:00.000Z"], // just after spring-forward
    ["2026-12-31T23:30", "2026-12-31T22:30:00.000Z"],
  ])("%s in Oslo is %s", (local, iso) => {
    expect(zonedToInstant(local, OSLO).toISOString()).toBe(iso);
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    // 02:30 does not exist on 2026-03-29; it becomes 03:30 CEST.
    const instant = zonedToInstant("2026-03-29T02:30", OSLO);
    expect(instant.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(instantToZoned(instant, OSLO).local).toBe("2026-03-29T03:30");
  });

  it("takes the first of two readings in the fall-back overlap", () => {
    // 02:30 happens twice on 2026-10-25: first in CEST (00:30Z), then in CET (01:30Z).
    expect(zonedToInstant("2026-10-25T02:30", OSLO).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("rejects malformed and impossible local times", () => {
    expect(() => zonedToInstant("2026-02-30T10:00", OSLO)).toThrow(RangeError);
    expect(() => zonedToInstant("2026-02-03 10:00", OSLO)).toThrow(/YYYY-MM-DDTHH:mm/);
  });

  it.each([
    [Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1)],
    [Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1)],
  ])("round-trips every quarter hour of the DST-change months (from %i)", (from, to) => {
    for (let t = from; t < to; t += 900_000) {
      const local = instantToZoned(new Date(t), OSLO).local;
      const back = zonedToInstant(local, OSLO).getTime();
      // Only the repeated fall-back hour may map to the earlier reading.
      if (back !== t) {
        expect(local.startsWith("2026-10-25T02")).toBe(true);
        expect(t - back).toBe(3_600_000);
      }
    }
  });
});

describe("instantToZoned", () => {
  it("gives wall-clock parts and ISO weekday", () => {
    expect(instantToZoned(new Date("2026-12-04T11:00:00Z"), OSLO)).toEqual({
      year: 2026,
      month: 12,
      day: 4,
      hour: 12,
      minute: 0,
      weekday: 5,
      local: "2026-12-04T12:00",
    });
    expect(instantToZoned(new Date("2026-11-22T23:30:00Z"), OSLO).weekday).toBe(1); // Monday 00:30
    expect(instantToZoned(new Date("2026-11-22T12:00:00Z"), OSLO).weekday).toBe(7); // Sunday
  });

  it("reports the Oslo offset in winter and summer", () => {
    expect(offsetMinutes(new Date("2026-01-01T12:00:00Z"), OSLO)).toBe(60);
    expect(offsetMinutes(new Date("2026-06-01T12:00:00Z"), OSLO)).toBe(120);
  });
});

describe("local calendar helpers", () => {
  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-11-22", 0, "2026-11-22"],
  ])("addDaysToDate(%s, %i) = %s", (date, n, expected) => {
    expect(addDaysToDate(date, n)).toBe(expected);
  });

  it("adds days keeping the wall-clock time, and adds minutes", () => {
    expect(addDaysToLocal("2026-03-28T10:00", 1)).toBe("2026-03-29T10:00");
    expect(addMinutesToLocal("2026-12-31T23:30", 45)).toBe("2027-01-01T00:15");
    expect(localMinutesBetween("2026-03-29T01:00", "2026-03-29T04:00")).toBe(180);
  });

  it.each(["2026-11-22T10:00", "2024-02-29T23:59"])("accepts %s", (s) => expect(isValidLocal(s)).toBe(true));
  it.each(["2026-11-22", "2026-13-01T10:00", "2025-02-29T10:00", "2026-11-22T24:00", "2026-11-22T10:00Z", 42])(
    "rejects %s",
    (s) => expect(isValidLocal(s)).toBe(false),
  );
});

describe("zone names and the formatter cache", () => {
  it.each(["Europe/Oslo", "UTC", "America/New_York", "Asia/Tokyo"])("knows %s", (zone) =>
    expect(isValidTimeZone(zone)).toBe(true),
  );

  it.each(["Mars/Olympus", "europe/oslo", "", "Europe/Oslo\u0000", "x".repeat(10_000)])("does not know %j", (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
    expect(() => offsetMinutes(new Date(), zone)).toThrow(RangeError);
  });

  it("keeps at most MAX_CACHED_FORMATTERS formatters, whatever zones are asked for", () => {
    for (let i = 0; i < 2000; i++) {
      expect(isValidTimeZone(`Bogus/Zone_${i}`)).toBe(false);
      expect(() => instantToZoned(new Date(), `Bogus/Zone_${i}`)).toThrow(RangeError);
    }
    for (const zone of Intl.supportedValuesOf("timeZone")) instantToZoned(new Date("2026-01-01T00:00:00Z"), zone);
    expect(cachedFormatterCount()).toBe(MAX_CACHED_FORMATTERS);
    // A zone evicted by the flood comes back with the same answer.
    expect(instantToZoned(new Date("2026-07-15T10:00:00Z"), OSLO).local).toBe("2026-07-15T12:00");
    expect(cachedFormatterCount()).toBe(MAX_CACHED_FORMATTERS);
  });
});
