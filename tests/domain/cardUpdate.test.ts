import { describe, expect, it } from "vitest";
import { CANCELLED, cardStateNow } from "../../src/domain/cardUpdate.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { notAnswered, rsvpCounts } from "../../src/domain/rsvp.js";

const oneOff: AlrekEvent = {
  id: "e",
  kind: "meeting",
  title: "Møte",
  start: "2026-12-15T10:00",
  end: "2026-12-15T11:00",
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
};
const weekly: AlrekEvent = { ...oneOff, id: "w", recurrence: "FREQ=WEEKLY;BYDAY=TU" };

describe("what a posted card should show now", () => {
  it.each([
    ["a one-off event as it was", oneOff, "2026-12-15T10:00", "2026-12-15T09:00:00.000Z"],
    [
      "a one-off event moved (its key is its old start)",
      { ...oneOff, start: "2026-12-16T12:00" },
      "2026-12-15T10:00",
      "2026-12-16T11:00:00.000Z",
    ],
    ["a one-off event cancelled", { ...oneOff, cancelled: true }, "2026-12-15T10:00", CANCELLED],
    ["a deleted event", undefined, "2026-12-15T10:00", CANCELLED],
    [
      "one date of a series moved",
      { ...weekly, exceptions: [{ originalStart: "2026-12-22T10:00", newStart: "2026-12-23T14:00" }] },
      "2026-12-22T10:00",
      "2026-12-23T13:00:00.000Z",
    ],
    [
      "one date of a series cancelled",
      { ...weekly, exceptions: [{ originalStart: "2026-12-22T10:00", cancelled: true }] },
      "2026-12-22T10:00",
      CANCELLED,
    ],
    [
      "another date of the series, untouched",
      { ...weekly, exceptions: [{ originalStart: "2026-12-22T10:00", cancelled: true }] },
      "2026-12-29T10:00",
      "2026-12-29T09:00:00.000Z",
    ],
    [
      "a date no longer in the series",
      { ...weekly, recurrence: "FREQ=WEEKLY;BYDAY=WE" },
      "2026-12-22T10:00",
      CANCELLED,
    ],
  ])("%s", (_name, event, key, expected) => {
    expect(cardStateNow(event as AlrekEvent | undefined, key)).toBe(expected);
  });
});

describe("RSVP counts and who has not answered", () => {
  it("counts answers and leaves out members who answered or have no object id", () => {
    const entries = [
      { oid: "a", answer: "yes" as const },
      { oid: "b", answer: "maybe" as const },
    ];
    expect(rsvpCounts(entries)).toEqual({ yes: 1, no: 0, maybe: 1 });
    expect(notAnswered([{ id: "1", aadObjectId: "a" }, { id: "2", aadObjectId: "c" }, { id: "3" }], entries)).toEqual([
      { id: "2", aadObjectId: "c" },
    ]);
  });
});
