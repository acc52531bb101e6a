import { describe, expect, it } from "vitest";
import {
  DurationFormatError,
  durationToMinutes,
  isValidDuration,
  parseDuration,
  subtractDuration,
} from "../../src/domain/duration.js";

const OSLO = "Europe/Oslo";

describe("parseDuration", () => {
  it.each([
    ["P7D", { days: 7, hours: 0, minutes: 0 }],
    ["PT1H", { days: 0, hours: 1, minutes: 0 }],
    ["P1DT2H30M", { days: 1, hours: 2, minutes: 30 }],
    ["PT90M", { days: 0, hours: 0, minutes: 90 }],
    ["P2W", { days: 14, hours: 0, minutes: 0 }],
    ["P1W2D", { days: 9, hours: 0, minutes: 0 }],
  ])("%s", (input, expected) => {
    expect(parseDuration(input)).toEqual(expected);
  });

  it.each(["", "P", "PT", "P1DT", "P1Y", "P1M", "PT30S", "7D", "p7d", "P-1D", "P1.5D", "PT1H2D"])(
    "rejects %j",
    (input) => {
      expect(() => parseDuration(input)).toThrow(DurationFormatError);
      expect(isValidDuration(input)).toBe(false);
    },
  );

  it("explains what is supported", () => {
    expect(() => parseDuration("P1Y")).toThrow(/"P1Y" is not a supported ISO 8601 duration.*P7D/);
  });

  it("measures nominal minutes", () => {
    expect(durationToMinutes(parseDuration("P1DT2H30M"))).toBe(1590);
  });
});

describe("subtractDuration", () => {
  it("counts days as calendar days in Oslo across spring-forward", () => {
    // 10:00 CEST on Monday 30 March 2026, one day before is 10:00 CET on Sunday 29 March... and
    // across the change itself, P1D before 10:00 on 29 March is 10:00 on 28 March (23 hours earlier).
    const at = new Date("2026-03-29T08:00:00Z"); // 10:00 CEST
    expect(subtractDuration(at, "P1D", OSLO).toISOString()).toBe("2026-03-28T09:00:00.000Z"); // 10:00 CET
  });

  it("counts days as calendar days across fall-back", () => {
    const at = new Date("2026-10-26T09:00:00Z"); // Monday 10:00 CET
    expect(subtractDuration(at, "P1D", OSLO).toISOString()).toBe("2026-10-25T09:00:00.000Z"); // Sunday 10:00 CET
    expect(subtractDuration(at, "P2D", OSLO).toISOString()).toBe("2026-10-24T08:00:00.000Z"); // Saturday 10:00 CEST
  });

  it("treats hours and minutes as exact time", () => {
    const at = new Date("2026-03-29T02:00:00Z"); // 04:00 CEST
    expect(subtractDuration(at, "PT3H", OSLO).toISOString()).toBe("2026-03-28T23:00:00.000Z"); // 00:00 CET
    expect(subtractDuration(at, { days: 0, hours: 0, minutes: 90 }, OSLO).toISOString()).toBe(
      "2026-03-29T00:30:00.000Z",
    );
  });

  it("combines days and time parts", () => {
    const at = new Date("2026-12-04T11:00:00Z"); // Friday 12:00
    expect(subtractDuration(at, "P7DT1H", OSLO).toISOString()).toBe("2026-11-27T10:00:00.000Z");
  });
});
