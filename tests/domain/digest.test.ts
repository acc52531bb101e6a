import { describe, expect, it } from "vitest";
import { digestContent, digestDueNow, digestWeek } from "../../src/domain/digest.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import type { Tiltak } from "../../src/domain/tiltak.js";

const event = (id: string, kind: AlrekEvent["kind"], start: string): AlrekEvent => ({
  id,
  kind,
  title: id,
  start,
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
});
const sub = (kinds: AlrekEvent["kind"][] = []) => ({ targetId: "t", kinds, createdAt: "", createdBy: "" });

describe("weekly digest (pure)", () => {
  it.each([
    // [now, Monday, due (UTC)] — winter (UTC+1) and summer (UTC+2), and a Sunday evening belonging to the week before
    ["2027-01-06T12:00:00Z", "2027-01-04", "2027-01-04T07:00:00.000Z"],
    ["2026-06-14T21:30:00Z", "2026-06-08", "2026-06-08T06:00:00.000Z"],
    ["2026-06-14T22:30:00Z", "2026-06-15", "2026-06-15T06:00:00.000Z"],
    ["2026-03-30T06:30:00Z", "2026-03-30", "2026-03-30T06:00:00.000Z"],
  ])("at %s the week starts %s and the digest is due %s (Monday 08:00 Oslo)", (now, monday, due) => {
    const week = digestWeek(new Date(now));
    expect(week.monday).toBe(monday);
    expect(week.dueAt.toISOString()).toBe(due);
  });

  it.each([
    ["2027-01-04T06:59:00Z", false],
    ["2027-01-04T07:00:00Z", true],
    ["2027-01-04T13:00:00Z", true],
    ["2027-01-04T13:01:00Z", false],
    ["2027-01-05T07:00:00Z", false],
  ])("due at %s: %s", (now, due) => {
    expect(digestDueNow(new Date(now))).toBe(due);
  });

  it("lists the week's events with holidays marked, deadlines apart and tiltak changed last week; nothing to say is undefined", () => {
    const now = new Date("2026-04-06T06:01:00Z"); // Easter Monday 2026, 08:01 Oslo
    const events = [
      event("moete", "meeting", "2026-04-06T10:00"),
      event("frist", "deadline", "2026-04-10T12:00"),
      event("neste-uke", "meeting", "2026-04-13T10:00"),
    ];
    const tiltak = [
      { id: "a", text: "Endret", updatedAt: "2026-04-01T10:00:00Z" },
      { id: "b", text: "Gammel", updatedAt: "2026-03-20T10:00:00Z" },
    ] as Tiltak[];
    const content = digestContent(events, tiltak, sub(), now)!;
    expect(content.events.map((e) => [e.occurrence.eventId, e.holiday?.key])).toEqual([["moete", "easterMonday"]]);
    expect(content.deadlines.map((o) => o.eventId)).toEqual(["frist"]);
    expect(content.tiltak.map((t) => t.id)).toEqual(["a"]);
    expect(digestContent(events, [], sub(["conference"]), now)).toBeUndefined();
  });
});
