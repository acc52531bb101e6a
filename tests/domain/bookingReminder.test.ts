import { describe, expect, it } from "vitest";
import type { BookingStatus } from "../../src/domain/booking.js";
import {
  bookingInstants,
  bookingReminderId,
  bookingReminderPlan,
  type BookingReminderPlan,
} from "../../src/domain/bookingReminder.js";

// Thursday 3 December 2026, 10:00–12:00 Oslo (UTC+1): reminded Wednesday 2 December 09:00 = 08:00Z.
const booking = { id: "20261203-ab12cd34", date: "2026-12-03", from: "10:00", to: "12:00" };
const DUE = new Date("2026-12-02T08:00:00.000Z");

describe("when the requester of a Borgertun booking is reminded", () => {
  it.each<[string, BookingStatus, string, BookingReminderPlan]>([
    [
      "approved days before: at 09:00 the day before",
      "approved",
      "2026-11-25T09:00:00Z",
      { send: "later", dueAt: DUE },
    ],
    [
      "approved a minute before 09:00 the day before",
      "approved",
      "2026-12-02T07:59:00Z",
      { send: "later", dueAt: DUE },
    ],
    ["approved days before, now 09:00 the day before", "approved", "2026-12-02T08:00:00Z", { send: "now", dueAt: DUE }],
    ["approved after 09:00 the day before: at once", "approved", "2026-12-02T13:30:00Z", { send: "now", dueAt: DUE }],
    ["approved the same morning, 3 hours before", "approved", "2026-12-03T06:00:00Z", { send: "now", dueAt: DUE }],
    ["approved exactly 2 hours before", "approved", "2026-12-03T07:00:00Z", { send: "now", dueAt: DUE }],
    ["approved within 2 hours of the start", "approved", "2026-12-03T07:01:00Z", { send: "never", why: "startsSoon" }],
    ["after the start", "approved", "2026-12-03T09:30:00Z", { send: "never", why: "startsSoon" }],
    ["cancelled", "cancelled", "2026-12-02T08:00:00Z", { send: "never", why: "notApproved" }],
    ["pending", "pending", "2026-12-02T08:00:00Z", { send: "never", why: "notApproved" }],
    ["declined", "declined", "2026-12-02T08:00:00Z", { send: "never", why: "notApproved" }],
    ["another time proposed", "proposed", "2026-12-02T08:00:00Z", { send: "never", why: "notApproved" }],
  ])("%s (%s at %s)", (_what, status, now, expected) => {
    expect(bookingReminderPlan({ ...booking, status }, new Date(now))).toEqual(expected);
  });

  it.each([
    // The day before is the spring-forward Sunday: 09:00 is summer time (UTC+2).
    ["2026-03-30", "2026-03-29T07:00:00.000Z"],
    // The day before is the fall-back Sunday: 09:00 is winter time (UTC+1).
    ["2026-10-26", "2026-10-25T08:00:00.000Z"],
    // Across a month and a year.
    ["2027-01-01", "2026-12-31T08:00:00.000Z"],
  ])("a booking on %s is reminded at %s (09:00 Oslo the day before)", (date, dueAt) => {
    const aWeekBefore = new Date(Date.parse(dueAt) - 7 * 86_400_000);
    expect(bookingReminderPlan({ ...booking, date, status: "approved" }, aWeekBefore)).toEqual({
      send: "later",
      dueAt: new Date(dueAt),
    });
  });

  it("a moved booking has another reminder id; the same booking at the same time keeps its id", () => {
    expect(bookingReminderId(booking)).toBe("20261203-ab12cd34|2026-12-03T10:00");
    expect(bookingReminderId({ ...booking, from: "13:00" })).not.toBe(bookingReminderId(booking));
    expect(bookingReminderId({ ...booking, date: "2026-12-04" })).not.toBe(bookingReminderId(booking));
  });

  it.each([
    ["12:00", "2026-12-03T11:00:00.000Z"],
    ["24:00", "2026-12-03T23:00:00.000Z"],
  ])("a booking ending %s ends at %s", (to, end) => {
    expect(bookingInstants({ ...booking, to })).toEqual({
      start: new Date("2026-12-03T09:00:00.000Z"),
      end: new Date(end),
    });
  });
});
