import { describe, expect, it } from "vitest";
import { applyEventPatch, confirmOccurrence, moveOccurrence, validateEventInput } from "../../src/domain/eventRules.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { publicHolidays } from "../../src/domain/holidays.js";
import {
  awaitsHolidayConfirmation,
  expandOccurrences,
  nextHeldOccurrence,
  occurrenceCutoff,
} from "../../src/domain/occurrences.js";
import { dueReminders, remindersFor } from "../../src/domain/reminderSchedule.js";
import { seedEvents } from "../../src/seed/events.js";

const friday = seedEvents.find((e) => e.id === "fredagspresentasjoner")!;
const at = (iso: string) => new Date(iso);
const oneOff = (start: string, extra: Partial<AlrekEvent> = {}): AlrekEvent => ({
  id: "x",
  kind: "meeting",
  title: "Møte",
  start,
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
  ...extra,
});

describe("first Fridays on a public holiday (seeded Fredagspresentasjoner)", () => {
  const holidays = expandOccurrences(friday, at("2024-01-01T00:00:00Z"), at("2036-01-01T00:00:00Z")).filter(
    (o) => o.holiday,
  );
  it.each([
    ["2026-04-03T00:00", "goodFriday", "langfredag"],
    ["2026-05-01T00:00", "labourDay", "arbeidernes dag (1. mai)"],
    ["2027-01-01T00:00", "newYear", "1. nyttårsdag"],
    ["2034-04-07T00:00", "goodFriday", "langfredag"],
  ])("%s falls on %s (%s)", (key, holiday, name) => {
    const o = holidays.find((x) => x.key === key);
    expect(o?.holiday?.key).toBe(holiday);
    expect(o?.holiday?.names.nb).toBe(name);
    expect(o && awaitsHolidayConfirmation(o)).toBe(true);
  });

  it("has no other holiday Fridays 2024–2035", () => {
    expect(holidays.map((o) => o.key)).toEqual([
      "2026-04-03T00:00",
      "2026-05-01T00:00",
      "2027-01-01T00:00",
      "2034-04-07T00:00",
    ]);
  });
});

describe("any date that is a public holiday in 2028–2035 (from holidays.ts)", () => {
  const cases = [2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].flatMap((y) =>
    publicHolidays(y).map((h) => [h.date, h.key] as const),
  );
  it.each(cases)("a meeting on %s is marked %s", (date, key) => {
    const [o] = expandOccurrences(oneOff(`${date}T10:00`), at(`${date}T00:00:00Z`), at(`${date}T23:00:00Z`));
    expect(o.holiday?.key === key || (date.endsWith("-05-17") && o.holiday?.key === "constitutionDay")).toBe(true);
  });
  it.each([["2028-05-16T10:00"], ["2031-12-27T10:00"], ["2035-01-02T10:00"]])(
    "a meeting on %s is not marked",
    (start) => {
      const [o] = expandOccurrences(
        oneOff(start),
        at(`${start.slice(0, 10)}T00:00:00Z`),
        at(`${start.slice(0, 10)}T23:00:00Z`),
      );
      expect(o.holiday).toBeUndefined();
    },
  );
});

describe("next, skipping unconfirmed holiday dates", () => {
  it.each([
    ["2026-11-22T12:00:00Z", "2026-12-04T00:00", []],
    ["2026-12-10T12:00:00Z", "2027-02-05T00:00", ["2027-01-01T00:00"]],
    ["2026-03-10T12:00:00Z", "2026-04-03T00:00", []],
    ["2026-03-10T12:00:00Z", "2026-06-05T00:00", ["2026-04-03T00:00", "2026-05-01T00:00"]],
  ])("after %s the next is %s", (now, expected, skipped) => {
    // The third row confirms langfredag 2026; the fourth does not.
    const event =
      now.startsWith("2026-03") && skipped.length === 0 ? confirmOccurrence(friday, "2026-04-03T00:00") : friday;
    const result = nextHeldOccurrence(event, at(now));
    expect(result.next?.key).toBe(expected);
    expect(result.skipped.map((o) => o.key)).toEqual(skipped);
  });

  it("a holiday date moved to another day is not held back", () => {
    const moved = moveOccurrence(friday, "2027-01-01T00:00", "2027-01-08T00:00");
    expect(nextHeldOccurrence(moved, at("2026-12-10T12:00:00Z")).next?.start).toEqual(at("2027-01-07T23:00:00Z"));
  });
});

describe("dates without a time", () => {
  it.each([
    [{ start: "2026-12-04" }, "2026-12-04T00:00", false],
    [{ start: "2026-12-04T15:30", timeSet: false }, "2026-12-04T00:00", false],
    [{ start: "2026-12-04T15:30" }, "2026-12-04T15:30", true],
  ])("%j is stored as %s (time set: %s)", (input, start, timeSet) => {
    const e = validateEventInput({ kind: "meeting", title: "Møte", ...input }, { id: "m" });
    expect(e.start).toBe(start);
    expect(e.timeSet !== false).toBe(timeSet);
  });

  it("refuses an end while the time is not set", () => {
    expect(() =>
      validateEventInput({ kind: "meeting", title: "Møte", start: "2026-12-04", end: "2026-12-04T13:00" }, { id: "m" }),
    ).toThrow(/end/);
  });

  it("a PATCH with a start time sets the time, and the series' exceptions follow", () => {
    const withCancel: AlrekEvent = { ...friday, exceptions: [{ originalStart: "2027-01-01T00:00", cancelled: true }] };
    const { event } = applyEventPatch(withCancel, { start: "2024-01-05T12:00", end: "2024-01-05T13:00" });
    expect(event.timeSet).toBeUndefined();
    expect(event.exceptions).toEqual([{ originalStart: "2027-01-01T12:00", cancelled: true }]);
    const [o] = expandOccurrences(event, at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(o).toMatchObject({ key: "2026-12-04T12:00", timeSet: true });
  });

  it("lasts the whole day for reminders", () => {
    const [o] = expandOccurrences(friday, at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(occurrenceCutoff(o)).toEqual(at("2026-12-04T23:00:00Z"));
  });

  it.each([
    [undefined, ["2026-12-03T08:00:00.000Z", "2026-12-04T07:00:00.000Z"]],
    [["P7D", "PT1H"], ["2026-11-27T08:00:00.000Z"]],
    [["D-2@10:00"], ["2026-12-02T09:00:00.000Z"]],
  ])("own lead times %j give day-based reminders %j", (leads, expected) => {
    const event: AlrekEvent = { ...friday, ...(leads ? { reminderLeadTimes: leads } : {}) };
    const [o] = expandOccurrences(event, at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));
    expect(remindersFor(o).map((r) => r.dueAt.toISOString())).toEqual(expected);
  });
});

describe("reminders skip unconfirmed holiday dates", () => {
  const targets = [{ id: "t1", status: "active" as const }] as never[];
  const subs = [{ targetId: "t1", kinds: [] }] as never[];
  const window = { from: at("2026-12-30T00:00:00Z"), to: at("2027-01-02T00:00:00Z") };
  it.each([
    ["unconfirmed", friday, 0],
    ["confirmed", confirmOccurrence(friday, "2027-01-01T00:00"), 2],
  ])("1 January 2027, %s: %i reminders", (_label, event, count) => {
    expect(dueReminders([event], subs, targets, window)).toHaveLength(count);
  });
});
