import { describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_RULES, type Booking } from "../../src/domain/booking.js";
import { checkBooking, nearestFreeSlots, occupiedOn, ruleRefusal } from "../../src/domain/bookingRules.js";
import { slotStarts } from "../../src/domain/bookingSlots.js";
import { mergeBookingRules } from "../../src/domain/bookingInput.js";
import { ValidationError } from "../../src/domain/errors.js";
import type { AlrekEvent } from "../../src/domain/events.js";

// Wednesday 25 November 2026, 10:00 in Oslo.
const NOW = new Date("2026-11-25T09:00:00Z");
const rules = DEFAULT_BOOKING_RULES;
const event = (over: Partial<AlrekEvent>): AlrekEvent => ({
  id: "e1",
  kind: "meeting",
  title: "Fredagspresentasjon",
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
  place: "Borgertun",
  ...over,
});
const booking = (over: Partial<Booking>): Booking => ({
  id: "b1",
  date: "2026-12-11",
  from: "10:00",
  to: "12:00",
  purpose: "Kurs",
  organisation: "HVL",
  microphones: false,
  requester: { oid: "o", tid: "t", name: "N" },
  lang: "nb",
  status: "pending",
  createdAt: "",
  ...over,
});

describe("ruleRefusal", () => {
  it.each([
    [{ date: "2026-12-11", from: "10:00", to: "12:00" }, undefined],
    [{ date: "2026-12-25", from: "10:00", to: "12:00" }, "publicHoliday"],
    [{ date: "2026-12-12", from: "10:00", to: "12:00" }, "closedWeekday"],
    [{ date: "2026-12-11", from: "07:00", to: "09:00" }, "outsideHours"],
    [{ date: "2026-12-11", from: "15:00", to: "16:30" }, "outsideHours"],
    [{ date: "2026-12-11", from: "08:00", to: "12:30" }, "tooLong"],
    [{ date: "2027-03-01", from: "10:00", to: "12:00" }, "tooFarAhead"],
    [{ date: "2026-11-24", from: "10:00", to: "12:00" }, "past"],
    [{ date: "2026-12-11", from: "10:15", to: "12:00" }, "invalid"],
    [{ date: "2026-12-11", from: "12:00", to: "10:00" }, "invalid"],
    // Far outside the calendar's reach: answered from the dates as text, no instant built.
    [{ date: "9999-12-31", from: "10:00", to: "12:00" }, "tooFarAhead"],
    [{ date: "1000-01-01", from: "10:00", to: "12:00" }, "past"],
    [{ date: "0001-01-01", from: "10:00", to: "12:00" }, "past"],
    // A time of day ends at 23:59: "24:00" never ends a booking, even when the stored hours allow it.
    [{ date: "2026-12-11", from: "22:00", to: "24:00" }, "invalid"],
  ])("%j → %s", (slot, reason) => {
    expect(ruleRefusal(slot, rules, NOW)?.reason).toBe(reason);
  });

  it('refuses an end at "24:00" even under stored hours that reach it', () => {
    const late = { ...rules, openFrom: "00:00", openTo: "24:00", maxMinutes: 1440 };
    expect(ruleRefusal({ date: "2026-12-11", from: "22:00", to: "24:00" }, late, NOW)).toEqual({
      reason: "invalid",
      field: "to",
    });
    expect(ruleRefusal({ date: "2026-12-11", from: "22:00", to: "23:30" }, late, NOW)).toBeUndefined();
    const free = nearestFreeSlots({ date: "2026-12-11", from: "22:00", to: "24:00" }, late, []);
    expect(free.map((s) => s.to)).not.toContain("24:00");
  });

  it("keeps a public holiday open when the rules say so, and closes an extra date", () => {
    expect(
      ruleRefusal({ date: "2026-12-25", from: "10:00", to: "12:00" }, { ...rules, closedOnPublicHolidays: false }, NOW),
    ).toBeUndefined();
    expect(
      ruleRefusal({ date: "2026-12-11", from: "10:00", to: "12:00" }, { ...rules, closedDates: ["2026-12-11"] }, NOW)
        ?.reason,
    ).toBe("closedDate");
  });
});

describe("occupancy and free slots", () => {
  const events = [
    event({ start: "2026-12-04T12:00", end: "2026-12-04T13:00", recurrence: "FREQ=WEEKLY;BYDAY=FR" }),
    event({ id: "elsewhere", place: "Kantina", start: "2026-12-11T08:00", end: "2026-12-11T16:00" }),
    event({ id: "borgertun.b9", start: "2026-12-11T14:00", end: "2026-12-11T15:00" }),
  ];
  const bookings = [booking({}), booking({ id: "b2", from: "14:00", to: "15:00", status: "declined" })];

  it("counts recurring Borgertun events and pending/approved bookings, not other rooms, declined bookings or booking events", () => {
    expect(occupiedOn("2026-12-11", events, bookings).map((c) => `${c.kind}:${c.from}-${c.to}`)).toEqual([
      "booking:10:00-12:00",
      "event:12:00-13:00",
    ]);
  });

  it("refuses a collision with what collides and the nearest free slots of the same length", () => {
    const refusal = checkBooking(
      { date: "2026-12-11", from: "11:00", to: "13:00" },
      { rules, now: NOW, events, bookings },
    );
    expect(refusal).toMatchObject({
      reason: "conflict",
      conflicts: [{ title: "Kurs (HVL)" }, { title: "Fredagspresentasjon" }],
    });
    expect(refusal?.reason === "conflict" && refusal.freeSlots).toEqual([
      { date: "2026-12-11", from: "08:00", to: "10:00" },
      { date: "2026-12-11", from: "13:00", to: "15:00" },
      { date: "2026-12-11", from: "13:30", to: "15:30" },
    ]);
  });

  it("offers nothing when the day is full", () => {
    expect(
      nearestFreeSlots({ date: "2026-12-11", from: "08:00", to: "16:00" }, rules, [
        { kind: "event", id: "x", title: "x", from: "08:00", to: "16:00" },
      ]),
    ).toEqual([]);
  });

  it.each([
    [{ date: "2026-12-11", from: "09:00", to: "11:00" }, ["09:00", "09:30", "10:00", "10:30"]],
    [{ date: "2026-12-11", from: "15:30", to: "16:00" }, ["15:30"]],
  ])("slots of %j", (slot, starts) => {
    expect(slotStarts(slot)).toEqual(starts);
  });
});

describe("mergeBookingRules", () => {
  it("keeps what the patch leaves out, and sorts and dedupes the lists", () => {
    expect(mergeBookingRules({ weekdays: [5, 1, 1], closedDates: ["2026-12-31", "2026-12-24"] }, rules)).toEqual({
      ...rules,
      weekdays: [1, 5],
      closedDates: ["2026-12-24", "2026-12-31"],
    });
  });

  it.each([{ openFrom: "16:00" }, { openTo: "08:00" }, { openFrom: "12:00", openTo: "11:30" }])(
    "refuses hours that close before they open: %j",
    (patch) => {
      expect(() => mergeBookingRules(patch, rules)).toThrow(ValidationError);
    },
  );
});
