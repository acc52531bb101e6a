import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/domain/errors.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import {
  applyEventPatch,
  cancelOccurrence,
  moveOccurrence,
  validateEventInput,
  type EventInput,
} from "../../src/domain/eventRules.js";

// Bodies here are already in shape; types, lengths, lead times and unknown fields are the wire
// contract's job (tests/contract/eventBodies.test.ts).
const valid: EventInput = {
  kind: "presentation",
  title: "Fredagspresentasjoner",
  titleEn: "Friday presentations",
  start: "2026-12-04T12:00",
  end: "2026-12-04T13:00",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  place: "Kantinen, Årstadveien 17",
  organiser: "Husrådet",
  groupId: "husradet",
  description: "Alle er invitert.",
  link: "https://www.alrek.no/",
  reminderLeadTimes: ["P7D", "PT1H"],
};

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error("expected a ValidationError");
};

describe("validateEventInput", () => {
  it("returns a clean event with defaults", () => {
    expect(validateEventInput(valid, { id: "e1", updatedAt: "2026-11-22T10:00:00.000Z", updatedBy: "Karen" })).toEqual({
      ...valid,
      id: "e1",
      timeZone: "Europe/Oslo",
      exceptions: [],
      cancelled: false,
      updatedAt: "2026-11-22T10:00:00.000Z",
      updatedBy: "Karen",
    });
  });

  it("accepts an event without a date, even a yearly one", () => {
    const e = validateEventInput({ kind: "meeting", title: "Partnermøtet", recurrence: "FREQ=YEARLY" }, { id: "p" });
    expect(e.start).toBeUndefined();
    expect(e.recurrence).toBe("FREQ=YEARLY");
  });

  it("stores text as given, never as markup", () => {
    const e = validateEventInput({ ...valid, title: "  <script>alert(1)</script> & «Alrek»  " }, { id: "x" });
    expect(e.title).toBe("<script>alert(1)</script> & «Alrek»");
  });

  it("ignores server-owned fields that a client echoes back", () => {
    const echoed = { ...valid, id: "other", etag: "W/1", updatedAt: "x" };
    expect(validateEventInput(echoed, { id: "e1" }).id).toBe("e1");
  });

  it("treats null and blank optional fields as absent", () => {
    const e = validateEventInput(
      { ...valid, start: "", end: null, recurrence: "", place: "  ", link: null, exceptions: null },
      { id: "e" },
    );
    expect([e.start, e.end, e.recurrence, e.place, e.link, e.exceptions]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      [],
    ]);
    expect(Object.keys(e)).not.toContain("place");
  });

  it("normalises the rule and accepts day-rule lead times", () => {
    const e = validateEventInput(
      { ...valid, recurrence: "rrule:freq=monthly;byday=1fr", reminderLeadTimes: ["D-1@09:00"] },
      { id: "e" },
    );
    expect([e.recurrence, e.reminderLeadTimes]).toEqual(["FREQ=MONTHLY;BYDAY=1FR", ["D-1@09:00"]]);
  });

  it.each<[string, Partial<EventInput>, string[]]>([
    ["title blank", { title: "   " }, ["title"]],
    ["start in wrong format", { start: "04.12.2026 12:00" }, ["start"]],
    ["start not a real date", { start: "2026-02-30T12:00", end: undefined }, ["start"]],
    ["end before start", { end: "2026-12-04T11:00" }, ["end"]],
    ["end equal to start", { end: "2026-12-04T12:00" }, ["end"]],
    ["end without start", { start: undefined }, ["end"]],
    ["bad recurrence", { recurrence: "FREQ=SOMETIMES" }, ["recurrence"]],
    ["RRULE: twice", { recurrence: "RRULE:RRULE:FREQ=YEARLY" }, ["recurrence"]],
    ["javascript link", { link: "javascript:alert(1)" }, ["link"]],
    ["link without scheme", { link: "www.alrek.no" }, ["link"]],
    ["unknown time zone", { timeZone: "Mars/Olympus" }, ["timeZone"]],
    [
      "bad exception",
      { exceptions: [{ originalStart: "2026-12-04", newStart: "2026-12-05T12:00", newEnd: "2026-12-05T11:00" }] },
      ["exceptions[0].originalStart", "exceptions[0].newEnd"],
    ],
  ])("rejects %s", (_label, over, fields) => {
    expect(fieldsOf(() => validateEventInput({ ...valid, ...over }, { id: "e" }))).toEqual(fields);
  });

  it.each<[string, string, RegExp | undefined]>([
    ["UNTIL in 9999", "FREQ=YEARLY;UNTIL=99991231", /UNTIL must be between 2000-01-01 and 2100-12-31/],
    ["UNTIL in 1999", "FREQ=WEEKLY;UNTIL=19991231T230000Z", /UNTIL must be between/],
    ["UNTIL as a local time in 2101", "FREQ=DAILY;UNTIL=21010101T000000", /UNTIL must be between/],
    ["COUNT reaching 3025", "FREQ=YEARLY;INTERVAL=999;COUNT=3", /COUNT=3 would run past 2100-12-31 \(3025-12-04\)/],
    ["COUNT reaching 2103 every 999 weeks", "FREQ=WEEKLY;INTERVAL=999;COUNT=1000", /would run past 2100-12-31/],
    ["the longest COUNT, daily", "FREQ=DAILY;COUNT=1000", undefined],
    ["UNTIL at the window's end", "FREQ=MONTHLY;BYDAY=1FR;UNTIL=21001231", undefined],
    ["no end at all", "FREQ=YEARLY;INTERVAL=999", undefined],
  ])("a series with %s: %s", (_label, recurrence, message) => {
    const run = () => validateEventInput({ ...valid, recurrence }, { id: "e" });
    if (!message) expect(run().recurrence).toBe(recurrence);
    else expect(run).toThrow(message);
  });

  it("accepts an http link", () => {
    expect(validateEventInput({ ...valid, link: "http://example.org/a" }, { id: "e" }).link).toBe(
      "http://example.org/a",
    );
  });
});

describe("applyEventPatch", () => {
  const existing: AlrekEvent = validateEventInput(valid, { id: "e1", updatedAt: "2026-01-01T00:00:00.000Z" });

  it("returns the new event and the changed fields", () => {
    const { event, changes } = applyEventPatch(
      existing,
      { place: "Borgertun", link: null, reminderLeadTimes: ["P1D"] },
      { updatedBy: "Karen" },
    );
    expect(event.place).toBe("Borgertun");
    expect(event.link).toBeUndefined();
    expect(event.updatedBy).toBe("Karen");
    expect(changes).toEqual([
      { field: "place", oldValue: "Kantinen, Årstadveien 17", newValue: "Borgertun" },
      { field: "link", oldValue: "https://www.alrek.no/", newValue: null },
      { field: "reminderLeadTimes", oldValue: '["P7D","PT1H"]', newValue: '["P1D"]' },
    ]);
  });

  it("reports no changes for an identical patch", () => {
    expect(applyEventPatch(existing, { title: "Fredagspresentasjoner" })).toEqual({ event: existing, changes: [] });
  });

  it("validates the merged result", () => {
    expect(fieldsOf(() => applyEventPatch(existing, { end: "2026-12-04T10:00" }))).toEqual(["end"]);
    expect(fieldsOf(() => applyEventPatch(existing, { start: null }))).toEqual(["end"]);
  });
});

describe("cancelOccurrence and moveOccurrence", () => {
  const series = validateEventInput(valid, { id: "e1" });

  it("cancels one occurrence by its original local start", () => {
    expect(cancelOccurrence(series, "2027-01-01T12:00").exceptions).toEqual([
      { originalStart: "2027-01-01T12:00", cancelled: true },
    ]);
  });

  it("moves one occurrence and replaces an earlier exception for the same key", () => {
    const cancelled = cancelOccurrence(series, "2027-01-01T12:00");
    const moved = moveOccurrence(cancelled, "2027-01-01T12:00", "2027-01-08T12:00", "2027-01-08T13:00");
    expect(moved.exceptions).toEqual([
      { originalStart: "2027-01-01T12:00", newStart: "2027-01-08T12:00", newEnd: "2027-01-08T13:00" },
    ]);
  });

  it.each([
    ["a time that is not an occurrence", () => cancelOccurrence(series, "2027-01-02T12:00"), ["occurrence"]],
    ["a malformed key", () => cancelOccurrence(series, "2027-01-01"), ["occurrence"]],
    ["a bad new start", () => moveOccurrence(series, "2027-01-01T12:00", "8. januar"), ["newStart"]],
    [
      "an end before the new start",
      () => moveOccurrence(series, "2027-01-01T12:00", "2027-01-08T12:00", "2027-01-08T11:00"),
      ["newEnd"],
    ],
    [
      "an event without date",
      () => cancelOccurrence({ ...series, start: undefined }, "2027-01-01T12:00"),
      ["occurrence"],
    ],
  ])("rejects %s", (_label, fn, fields) => {
    expect(fieldsOf(fn)).toEqual(fields);
  });
});
