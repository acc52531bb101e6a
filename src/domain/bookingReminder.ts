/**
 * When the requester of an approved Borgertun booking is reminded of it (pure; the instant is
 * passed in): the day before at 09:00 Europe/Oslo. A booking approved after that time is reminded
 * as soon as possible, unless it starts within 2 hours: the approval notice is then recent enough,
 * and a reminder arriving as people walk in helps nobody. Public holidays need no rule: Borgertun
 * cannot be booked on them (bookingRules.ts), and the day before one is an ordinary day here.
 */
import type { Booking, BookingSlot } from "./booking.js";
import { addDaysToDate, OSLO, zonedToInstant } from "./time.js";

/** Oslo wall-clock time of the reminder, on the day before the booking. */
export const BOOKING_REMINDER_TIME = "09:00";

/** A booking that starts sooner than this is not reminded any more. */
export const BOOKING_REMINDER_MIN_LEAD_MS = 2 * 3_600_000;

/** What to do about one booking's reminder at an instant. */
export type BookingReminderPlan =
  /** Not yet: wait until `dueAt`. */
  | { send: "later"; dueAt: Date }
  /** Due (at `dueAt`, possibly long ago, e.g. approved after it): send now. */
  | { send: "now"; dueAt: Date }
  /** Not approved (pending, declined, cancelled, proposed), or it starts within 2 hours (or has begun). */
  | { send: "never"; why: "notApproved" | "startsSoon" };

/** The plan for `booking` at `now`. */
export function bookingReminderPlan(
  booking: Pick<Booking, "status" | "date" | "from" | "to">,
  now: Date,
): BookingReminderPlan {
  if (booking.status !== "approved") return { send: "never", why: "notApproved" };
  const { start } = bookingInstants(booking);
  if (start.getTime() - now.getTime() < BOOKING_REMINDER_MIN_LEAD_MS) return { send: "never", why: "startsSoon" };
  const dueAt = zonedToInstant(`${addDaysToDate(booking.date, -1)}T${BOOKING_REMINDER_TIME}`, OSLO);
  return now < dueAt ? { send: "later", dueAt } : { send: "now", dueAt };
}

/**
 * The reminder's once-send id: the booking and its start, so a booking that is moved gets a
 * reminder of its own time and a row made for the old time is no longer its reminder.
 */
export function bookingReminderId(booking: Pick<Booking, "id" | "date" | "from">): string {
  return `${booking.id}|${booking.date}T${booking.from}`;
}

/** Start and end of a slot as instants (an end of "24:00" is midnight after the date). */
export function bookingInstants(slot: BookingSlot): { start: Date; end: Date } {
  const end = slot.to === "24:00" ? `${addDaysToDate(slot.date, 1)}T00:00` : `${slot.date}T${slot.to}`;
  return { start: zonedToInstant(`${slot.date}T${slot.from}`, OSLO), end: zonedToInstant(end, OSLO) };
}
