import { describe, expect, it } from "vitest";
import {
  EntityId,
  EventCancelBody,
  EventCreateBody,
  EventPatchBody,
  HalfHour,
  LeadTime,
  LocalDate,
  LocalDateTime,
  OccurrenceKey,
  OpaqueKey,
  TiltakPatchBody,
} from "../../src/contract/index.js";
import { issuesFor } from "./issues.js";

const WINDOW = "must be between 2000-01-01 and 2100-12-31";

describe("dates: real dates in the years 2000–2100", () => {
  it.each(["2000-01-01", "2026-02-28", "2028-02-29", "2100-12-31"])("LocalDate accepts %s", (date) => {
    expect(issuesFor(LocalDate, date)).toEqual([]);
  });

  it.each<[unknown, string]>([
    ["0202-12-10", WINDOW],
    ["1000-01-01", WINDOW],
    ["1999-12-31", WINDOW],
    ["2101-01-01", WINDOW],
    ["9999-12-31", WINDOW],
    ["0000-01-01", WINDOW],
    ["2026-02-30", "must be a date YYYY-MM-DD"],
    ["+10000-01-01", "must be a date YYYY-MM-DD"],
    ["2026-1-1", "must be a date YYYY-MM-DD"],
    ["2026-12-10T10:00", "must be a date YYYY-MM-DD"],
    ["x".repeat(100_000), "must be a date YYYY-MM-DD"],
    ["", "is required"],
    [undefined, "is required"],
    [20261210, "must be text"],
  ])("LocalDate refuses %j: %s", (value, message) => {
    expect(issuesFor(LocalDate, value)).toEqual([["body", message]]);
  });

  it.each<[string, string | undefined]>([
    ["2000-01-01T00:00", undefined],
    ["2100-12-31T23:59", undefined],
    ["0202-12-10T10:00", WINDOW],
    ["9999-12-31T23:59", WINDOW],
    ["2026-12-10T24:00", "must be a local date and time YYYY-MM-DDTHH:mm"],
    ["2026-12-10", "must be a local date and time YYYY-MM-DDTHH:mm"],
  ])("LocalDateTime %s: %s", (value, message) => {
    expect(issuesFor(LocalDateTime, value)).toEqual(message ? [["body", message]] : []);
  });
});

describe("an event's dates at the door (the domain checks their format with the whole event)", () => {
  const valid = { kind: "meeting", title: "Møte", start: "2026-12-10T10:00", end: "2026-12-10T11:00" };

  it.each<[string, Record<string, unknown>, string]>([
    ["a start in 0202 (a typo for 2026)", { start: "0202-12-10T10:00", end: undefined }, "start"],
    ["a start in 1000", { start: "1000-01-01T10:00", end: undefined }, "start"],
    ["a start in 9999", { start: "9999-12-31T10:00", end: undefined }, "start"],
    ["a date-only start in 9999", { start: "9999-12-31", end: undefined }, "start"],
    ["an end in 9999", { end: "9999-12-31T11:00" }, "end"],
    [
      "an occurrence moved to 9999",
      { exceptions: [{ originalStart: "2026-12-10T10:00", newStart: "9999-12-31T10:00" }] },
      "exceptions[0].newStart",
    ],
    [
      "a moved end in 9999",
      { exceptions: [{ originalStart: "2026-12-10T10:00", newStart: "2026-12-11T10:00", newEnd: "9999-12-31T11:00" }] },
      "exceptions[0].newEnd",
    ],
    [
      "an exception for 1000",
      { exceptions: [{ originalStart: "1000-01-01T10:00", cancelled: true }] },
      "exceptions[0].originalStart",
    ],
  ])("refuses %s", (_label, over, field) => {
    expect(issuesFor(EventCreateBody, { ...valid, ...over })).toEqual([[field, WINDOW]]);
    expect(issuesFor(EventPatchBody, over)).toEqual([[field, WINDOW]]);
  });

  it("refuses cancelling an occurrence outside the window", () => {
    expect(issuesFor(EventCancelBody, { occurrence: "9999-12-31T10:00" })).toEqual([["occurrence", WINDOW]]);
  });

  it.each(["2026-12-10T10:00", "2026-12-10", "", "10.12.2026"])(
    "leaves the format of %j to the domain's event rules",
    (start) => {
      expect(issuesFor(EventPatchBody, { start })).toEqual([]);
    },
  );

  it("a tiltak's due date follows the same rule", () => {
    expect(issuesFor(TiltakPatchBody, { dueDate: "0202-06-30" })).toEqual([["dueDate", WINDOW]]);
    expect(issuesFor(TiltakPatchBody, { dueDate: "2026-06-30" })).toEqual([]);
  });
});

describe("a booking's time of day: whole or half hours from 00:00 to 23:30", () => {
  it.each(["00:00", "08:30", "16:00", "23:30"])("accepts %s", (time) => {
    expect(issuesFor(HalfHour, time)).toEqual([]);
  });

  it.each(["24:00", "23:59", "10:15", "9:00", "25:00", "10:00:00", "1000", "-1:00", "x".repeat(10_000)])(
    "refuses %j",
    (time) => {
      expect(issuesFor(HalfHour, time)).toEqual([
        ["body", "must be a time HH:mm on the hour or half hour, from 00:00 to 23:30"],
      ]);
    },
  );
});

describe("lead times: the grammar, within 1 minute to 90 days before", () => {
  it.each(["P90D", "PT1M", "P12W6D", "D-90@09:00", "D0@08:30"])("accepts %s", (lead) => {
    expect(issuesFor(LeadTime, lead)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ["P3000000D", /at most 90 days/],
    ["P91D", /at most 90 days/],
    ["PT99999999999999999999M", /at most 20 characters/],
    [`P${"9".repeat(400)}D`, /at most 20 characters/],
    ["P999999999999999999D", /at most 90 days/],
    ["D-999@09:00", /at most 90 days/],
    ["PT0M", /longer than zero/],
    ["D-1@24:00", /is not a lead time/],
  ])("refuses %s", (lead, message) => {
    const issues = issuesFor(LeadTime, lead);
    expect(issues).toHaveLength(1);
    expect(issues[0][1]).toMatch(message);
  });
});

describe("ids and keys: bounded in length and shape", () => {
  it.each([
    "fredagspresentasjoner",
    "alrekforum-beho-desember-3f9a1c",
    "20270114-0a1b2c3d",
    "borgertun.20270114-0a1b2c3d",
    "x".repeat(100),
  ])("EntityId accepts %s", (id) => {
    expect(issuesFor(EntityId, id)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["100 KB", "x".repeat(100_000)],
    ["101 characters", "x".repeat(101)],
    ["empty", ""],
    ["a slash", "a/b"],
    ["a line break", "a\nb"],
    ["a space", "a b"],
    ["a pipe (delivery ids)", "event|2026-12-10T10:00"],
    ["a leading dot", ".hidden"],
    ["a number", 42],
    ["an object", { id: "x" }],
  ])("EntityId refuses %s", (_label, id) => {
    expect(issuesFor(EntityId, id)).toHaveLength(1);
  });

  it.each<[unknown, number]>([
    ["2026-12-10T10:00", 0],
    ["2026-12-10T10:00:00", 1],
    ["2026-12-10", 1],
    ["x".repeat(100_000), 1],
    [null, 1],
  ])("OccurrenceKey %j has %i issue(s)", (key, count) => {
    expect(issuesFor(OccurrenceKey, key)).toHaveLength(count);
  });

  it.each<[unknown, number]>([
    ["meeting|2026-12-10T10:00|PT1H|" + "Y29udmVyc2F0aW9u".repeat(10), 0],
    ["1765432109876", 0],
    ["x".repeat(512), 0],
    ["x".repeat(513), 1],
    ["x".repeat(100_000), 1],
    ["a\u0000b", 1],
    ["a\nb", 1],
    ["", 1],
  ])("OpaqueKey %#: %i issue(s)", (key, count) => {
    expect(issuesFor(OpaqueKey, key)).toHaveLength(count);
  });
});
