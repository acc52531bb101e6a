import { describe, expect, it } from "vitest";
import type { AlrekEvent } from "../../src/domain/events.js";
import { expandAll, expandOccurrences, isOccurrenceKey, nextOccurrence } from "../../src/domain/occurrences.js";
import { offsetMinutes } from "../../src/domain/time.js";

const OSLO = "Europe/Oslo";
const event = (over: Partial<AlrekEvent> = {}): AlrekEvent => ({
  id: "fredag",
  kind: "presentation",
  title: "Fredagspresentasjoner",
  start: "2024-01-05T12:00",
  end: "2024-01-05T13:00",
  timeZone: OSLO,
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  exceptions: [],
  cancelled: false,
  ...over,
});
const iso = (s: string) => new Date(s);

describe("expandOccurrences", () => {
  it("keeps 12:00 local across both DST changes while the UTC offset moves +1 → +2 → +1", () => {
    const occ = expandOccurrences(event(), iso("2026-03-01T00:00:00Z"), iso("2026-12-01T00:00:00Z"));
    const rows = occ.map((o) => [
      o.key.slice(0, 10),
      o.start.toISOString().slice(11, 16),
      offsetMinutes(o.start, OSLO),
    ]);
    expect(rows).toEqual([
      ["2026-03-06", "11:00", 60],
      ["2026-04-03", "10:00", 120],
      ["2026-05-01", "10:00", 120],
      ["2026-06-05", "10:00", 120],
      ["2026-07-03", "10:00", 120],
      ["2026-08-07", "10:00", 120],
      ["2026-09-04", "10:00", 120],
      ["2026-10-02", "10:00", 120],
      ["2026-11-06", "11:00", 60],
    ]);
    expect(occ.every((o) => o.key.endsWith("T12:00") && !o.moved)).toBe(true);
    expect(occ).toHaveLength(9);
    expect(occ.every((o) => o.end!.getTime() - o.start.getTime() === 3_600_000)).toBe(true);
  });

  it("handles weekly occurrences across the last Sundays of March and October", () => {
    const weekly = event({ start: "2026-03-22T12:00", end: undefined, recurrence: "FREQ=WEEKLY;BYDAY=SU" });
    const march = expandOccurrences(weekly, iso("2026-03-20T00:00:00Z"), iso("2026-04-01T00:00:00Z"));
    expect(march.map((o) => o.start.toISOString())).toEqual(["2026-03-22T11:00:00.000Z", "2026-03-29T10:00:00.000Z"]);
    const october = expandOccurrences(weekly, iso("2026-10-17T00:00:00Z"), iso("2026-11-01T00:00:00Z"));
    expect(october.map((o) => o.start.toISOString())).toEqual(["2026-10-18T10:00:00.000Z", "2026-10-25T11:00:00.000Z"]);
    expect(october[0].end).toBeUndefined();
  });

  it("includes a start at `from` and excludes one at `to`", () => {
    const from = iso("2026-12-04T11:00:00Z");
    expect(expandOccurrences(event(), from, iso("2027-01-01T11:00:00Z")).map((o) => o.key)).toEqual([
      "2026-12-04T12:00",
    ]);
    expect(expandOccurrences(event(), iso("2026-11-07T00:00:00Z"), from)).toEqual([]);
  });

  it("leaves out cancelled occurrences and shows moved ones at their new time", () => {
    const e = event({
      exceptions: [
        { originalStart: "2026-12-04T12:00", cancelled: true },
        { originalStart: "2027-01-01T12:00", newStart: "2027-01-08T14:00", newEnd: "2027-01-08T15:30" },
        { originalStart: "2027-02-05T12:00", newStart: "2027-02-04T09:00" },
      ],
    });
    const occ = expandOccurrences(e, iso("2026-11-22T00:00:00Z"), iso("2027-03-01T00:00:00Z"));
    expect(occ.map((o) => [o.key, o.start.toISOString(), o.end?.toISOString(), o.moved])).toEqual([
      ["2027-01-01T12:00", "2027-01-08T13:00:00.000Z", "2027-01-08T14:30:00.000Z", true],
      ["2027-02-05T12:00", "2027-02-04T08:00:00.000Z", "2027-02-04T09:00:00.000Z", true],
    ]);
  });

  it("shows a moved occurrence in the window of its new time only", () => {
    const e = event({ exceptions: [{ originalStart: "2026-12-04T12:00", newStart: "2027-03-10T12:00" }] });
    expect(expandOccurrences(e, iso("2026-12-01T00:00:00Z"), iso("2026-12-31T00:00:00Z"))).toEqual([]);
    expect(expandOccurrences(e, iso("2027-03-09T00:00:00Z"), iso("2027-03-11T00:00:00Z")).map((o) => o.key)).toEqual([
      "2026-12-04T12:00",
    ]);
  });

  it("ignores an exception for a time that is not an occurrence", () => {
    const e = event({ exceptions: [{ originalStart: "2026-12-05T12:00", newStart: "2026-12-20T12:00" }] });
    expect(expandOccurrences(e, iso("2026-12-10T00:00:00Z"), iso("2026-12-31T00:00:00Z"))).toEqual([]);
  });

  it.each([
    ["a cancelled event", { cancelled: true }],
    ["an event without start", { start: undefined, end: undefined }],
    ["a yearly event without start", { start: undefined, end: undefined, recurrence: "FREQ=YEARLY" }],
  ])("yields nothing for %s", (_label, over) => {
    expect(expandOccurrences(event(over), iso("2000-01-01T00:00:00Z"), iso("2100-01-01T00:00:00Z"))).toEqual([]);
    expect(nextOccurrence(event(over), iso("2026-11-22T00:00:00Z"))).toBeUndefined();
  });

  it("expands a one-off event and lets it be cancelled or moved by its key", () => {
    const once = event({ recurrence: undefined, start: "2026-12-10T09:00", end: "2026-12-10T10:00" });
    const window = [iso("2026-12-01T00:00:00Z"), iso("2026-12-31T00:00:00Z")] as const;
    expect(expandOccurrences(once, ...window).map((o) => [o.key, o.start.toISOString(), o.moved])).toEqual([
      ["2026-12-10T09:00", "2026-12-10T08:00:00.000Z", false],
    ]);
    expect(
      expandOccurrences({ ...once, exceptions: [{ originalStart: "2026-12-10T09:00", cancelled: true }] }, ...window),
    ).toEqual([]);
  });

  it("expands a monthly rule that started decades ago to just the window's occurrences", () => {
    const old = event({ start: "1990-01-05T12:00", end: undefined });
    const occ = expandOccurrences(old, iso("2026-11-22T00:00:00Z"), iso("2027-11-22T00:00:00Z"));
    expect(occ).toHaveLength(12);
  });
});

describe("expandAll and nextOccurrence", () => {
  it("merges events sorted by start", () => {
    const a = event({ id: "a" });
    const b = event({
      id: "b",
      title: "Partnermøtet",
      kind: "meeting",
      recurrence: undefined,
      start: "2026-12-02T10:00",
      end: undefined,
    });
    const occ = expandAll([a, b], iso("2026-11-22T00:00:00Z"), iso("2027-01-03T00:00:00Z"));
    expect(occ.map((o) => [o.eventId, o.key])).toEqual([
      ["b", "2026-12-02T10:00"],
      ["a", "2026-12-04T12:00"],
      ["a", "2027-01-01T12:00"],
    ]);
  });

  it("finds the next occurrence strictly after an instant, honouring exceptions", () => {
    const now = iso("2026-11-22T12:00:00Z");
    expect(nextOccurrence(event(), now)?.key).toBe("2026-12-04T12:00");
    expect(nextOccurrence(event(), iso("2026-12-04T11:00:00Z"))?.key).toBe("2027-01-01T12:00");
    const cancelled = event({ exceptions: [{ originalStart: "2026-12-04T12:00", cancelled: true }] });
    expect(nextOccurrence(cancelled, now)?.key).toBe("2027-01-01T12:00");
    const movedEarlier = event({ exceptions: [{ originalStart: "2027-01-01T12:00", newStart: "2026-11-30T12:00" }] });
    expect(nextOccurrence(movedEarlier, now)?.start.toISOString()).toBe("2026-11-30T11:00:00.000Z");
    const ended = event({ recurrence: "FREQ=MONTHLY;BYDAY=1FR;COUNT=2" });
    expect(nextOccurrence(ended, now)).toBeUndefined();
  });

  it("recognises occurrence keys", () => {
    expect(isOccurrenceKey(event(), "2026-12-04T12:00")).toBe(true);
    expect(isOccurrenceKey(event(), "2026-12-04T13:00")).toBe(false);
    expect(isOccurrenceKey(event(), "2026-12-11T12:00")).toBe(false);
    expect(isOccurrenceKey(event({ start: undefined }), "2026-12-04T12:00")).toBe(false);
  });
});
