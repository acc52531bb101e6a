import { describe, expect, it } from "vitest";
import {
  iterateLocalStarts,
  MAX_PERIODS,
  parseRecurrence,
  RecurrenceError,
  recurrenceProblem,
} from "../../src/domain/recurrence.js";

const OSLO = "Europe/Oslo";
const take = (dtstart: string, rule: string, n = 50, from?: string) => {
  const out: string[] = [];
  for (const local of iterateLocalStarts(dtstart, rule, OSLO, from)) {
    out.push(local);
    if (out.length >= n) break;
  }
  return out;
};

describe("parseRecurrence", () => {
  it("parses the Fredagspresentasjoner rule", () => {
    expect(parseRecurrence("FREQ=MONTHLY;BYDAY=1FR")).toEqual({
      freq: "MONTHLY",
      interval: 1,
      byDay: [{ weekday: 5, ordinal: 1 }],
    });
  });

  it("takes the largest COUNT it promises (1000)", () => {
    expect(parseRecurrence("FREQ=DAILY;COUNT=1000").count).toBe(1000);
  });

  it("parses every supported part", () => {
    expect(parseRecurrence("RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=3;BYMONTH=3,10;BYDAY=-1SU;BYSETPOS=1")).toEqual({
      freq: "YEARLY",
      interval: 2,
      count: 3,
      byMonth: [3, 10],
      byDay: [{ weekday: 7, ordinal: -1 }],
      bySetPos: [1],
    });
    expect(parseRecurrence("FREQ=WEEKLY;BYDAY=MO,WE;WKST=MO;UNTIL=20261231").until).toEqual({
      kind: "date",
      date: "2026-12-31",
    });
    expect(parseRecurrence("FREQ=DAILY;UNTIL=20261231T110000Z").until).toEqual({
      kind: "utc",
      instant: new Date("2026-12-31T11:00:00Z"),
    });
    expect(parseRecurrence("FREQ=DAILY;UNTIL=20261231T120000").until).toEqual({
      kind: "local",
      local: "2026-12-31T12:00",
    });
  });

  it.each([
    ["", /empty/],
    ["BYDAY=FR", /FREQ is required/],
    ["FREQ=HOURLY", /FREQ=HOURLY is not supported/],
    ["FREQ=MONTHLY;BYHOUR=9", /BYHOUR is not supported/],
    ["FREQ=MONTHLY;INTERVAL=0", /INTERVAL value "0"/],
    ["FREQ=MONTHLY;COUNT=0", /COUNT value "0"/],
    ["FREQ=MONTHLY;COUNT=1001", /COUNT value "1001" must be a whole number from 1 to 1000/],
    ["FREQ=MONTHLY;COUNT=99999", /COUNT value "99999"/],
    ["FREQ=MONTHLY;INTERVAL=1000", /INTERVAL value "1000"/],
    ["FREQ=MONTHLY;COUNT=5;UNTIL=20261231", /COUNT and UNTIL/],
    ["FREQ=MONTHLY;UNTIL=2026-12-31", /UNTIL "2026-12-31"/],
    ["FREQ=MONTHLY;UNTIL=20260230", /UNTIL/],
    ["FREQ=MONTHLY;BYDAY=XX", /BYDAY value "XX"/],
    ["FREQ=MONTHLY;BYDAY=6FR", /ordinal/],
    ["FREQ=MONTHLY;BYDAY=0FR", /ordinal/],
    ["FREQ=WEEKLY;BYDAY=1FR", /needs FREQ=MONTHLY or FREQ=YEARLY/],
    ["FREQ=YEARLY;BYDAY=1FR", /needs BYMONTH/],
    ["FREQ=WEEKLY;BYMONTHDAY=3", /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ["FREQ=MONTHLY;BYMONTHDAY=32", /BYMONTHDAY value "32"/],
    ["FREQ=MONTHLY;BYMONTH=13", /BYMONTH value "13"/],
    ["FREQ=MONTHLY;FREQ=DAILY", /given twice/],
    ["FREQ=MONTHLY;BYDAY", /NAME=VALUE/],
    ["FREQ=WEEKLY;WKST=SU", /WKST=MO/],
  ])("rejects %j with a clear message", (rule, message) => {
    expect(() => parseRecurrence(rule)).toThrow(RecurrenceError);
    expect(recurrenceProblem(rule)).toMatch(message);
  });
});

describe("iterateLocalStarts", () => {
  it("expands the first Friday of every month through 2026–2027", () => {
    const starts = take("2024-01-05T12:00", "FREQ=MONTHLY;BYDAY=1FR", 24, "2026-01-01T00:00");
    expect(starts).toEqual(
      [
        "2026-01-02",
        "2026-02-06",
        "2026-03-06",
        "2026-04-03",
        "2026-05-01",
        "2026-06-05",
        "2026-07-03",
        "2026-08-07",
        "2026-09-04",
        "2026-10-02",
        "2026-11-06",
        "2026-12-04",
        "2027-01-01",
        "2027-02-05",
        "2027-03-05",
        "2027-04-02",
        "2027-05-07",
        "2027-06-04",
        "2027-07-02",
        "2027-08-06",
        "2027-09-03",
        "2027-10-01",
        "2027-11-05",
        "2027-12-03",
      ].map((d) => `${d}T12:00`),
    );
  });

  it("finds the fifth Friday only in months that have one", () => {
    expect(take("2026-01-01T09:00", "FREQ=MONTHLY;BYDAY=5FR;UNTIL=20261231")).toEqual([
      "2026-01-30T09:00",
      "2026-05-29T09:00",
      "2026-07-31T09:00",
      "2026-10-30T09:00",
    ]);
  });

  it("finds the last Friday and the last Sunday of the DST months", () => {
    expect(take("2026-01-01T10:00", "FREQ=MONTHLY;BYDAY=-1FR", 3)).toEqual([
      "2026-01-30T10:00",
      "2026-02-27T10:00",
      "2026-03-27T10:00",
    ]);
    expect(take("2026-01-01T12:00", "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", 4)).toEqual([
      "2026-03-29T12:00",
      "2026-10-25T12:00",
      "2027-03-28T12:00",
      "2027-10-31T12:00",
    ]);
  });

  it("honours COUNT from DTSTART, even when asked from a later point", () => {
    expect(take("2026-01-02T12:00", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3")).toEqual([
      "2026-01-02T12:00",
      "2026-02-06T12:00",
      "2026-03-06T12:00",
    ]);
    expect(take("2026-01-02T12:00", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3", 50, "2026-02-10T00:00")).toEqual([
      "2026-03-06T12:00",
    ]);
  });

  it.each([
    ["FREQ=WEEKLY;UNTIL=20260120", ["2026-01-06T08:30", "2026-01-13T08:30", "2026-01-20T08:30"]],
    ["FREQ=WEEKLY;UNTIL=20260120T072900Z", ["2026-01-06T08:30", "2026-01-13T08:30"]],
    ["FREQ=WEEKLY;UNTIL=20260120T083000", ["2026-01-06T08:30", "2026-01-13T08:30", "2026-01-20T08:30"]],
  ])("stops at %s", (rule, expected) => {
    expect(take("2026-01-06T08:30", rule)).toEqual(expected);
  });

  it.each([
    ["FREQ=DAILY;INTERVAL=3;COUNT=4", "2026-02-26T07:00", ["2026-02-26", "2026-03-01", "2026-03-04", "2026-03-07"]],
    [
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4",
      "2026-11-24T07:00",
      ["2026-11-24", "2026-11-26", "2026-12-08", "2026-12-10"],
    ],
    ["FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=3", "2026-01-31T07:00", ["2026-01-31", "2026-04-30", "2026-07-31"]],
    ["FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", "2026-01-31T07:00", ["2026-01-31", "2026-03-31", "2026-05-31"]],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=2", "2026-01-01T07:00", ["2026-01-30", "2026-02-27"]],
    ["FREQ=YEARLY;COUNT=3", "2024-02-29T07:00", ["2024-02-29", "2028-02-29", "2032-02-29"]],
    ["FREQ=DAILY;BYDAY=SA,SU;COUNT=3", "2026-11-22T07:00", ["2026-11-22", "2026-11-28", "2026-11-29"]],
  ])("%s from %s", (rule, dtstart, dates) => {
    expect(take(dtstart, rule)).toEqual(dates.map((d) => `${d}T07:00`));
  });

  it("skips a DTSTART that does not match the rule", () => {
    expect(take("2026-01-01T12:00", "FREQ=MONTHLY;BYDAY=1FR", 1)).toEqual(["2026-01-02T12:00"]);
  });

  it("jumps ahead for long-running rules without COUNT", () => {
    expect(take("2000-01-03T09:00", "FREQ=DAILY", 2, "2026-11-22T10:00")).toEqual([
      "2026-11-23T09:00",
      "2026-11-24T09:00",
    ]);
    expect(take("2000-01-03T09:00", "FREQ=WEEKLY;INTERVAL=2", 1, "2026-11-22T10:00")).toEqual(["2026-11-30T09:00"]);
  });

  it("gives up after MAX_PERIODS on a rule that never matches", () => {
    expect(MAX_PERIODS).toBeLessThanOrEqual(10_000);
    expect(take("2026-01-01T12:00", "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30")).toEqual([]);
  });
});
