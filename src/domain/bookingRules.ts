/**
 * The rules a Borgertun request must meet, and what already occupies the room. Pure: the
 * current instant, the rules, the events and the bookings are passed in.
 */
import type { AlrekEvent } from "./events.js";
import { holidayOn } from "./holidays.js";
import { expandOccurrences } from "./occurrences.js";
import { addDaysToDate, instantToZoned, isoWeekday, isValidLocalDate, OSLO, zonedToInstant } from "./time.js";
import {
  isBookingEventId,
  type Booking,
  type BookingConflict,
  type BookingRefusal,
  type BookingRules,
  type BookingSlot,
} from "./booking.js";
import { hhmmOf, minutesOf, overlaps, SLOT_MINUTES, slotLength } from "./bookingSlots.js";

/**
 * The latest end of a booking, 23:30: a time of day is 00:00–23:59 everywhere in the app (the
 * contract refuses "24:00" for bookings and bookable hours), so a booking always ends on its date.
 */
const LAST_END = 24 * 60 - SLOT_MINUTES;

/** Events without an end are taken to last this long in the room. */
const DEFAULT_EVENT_MINUTES = 60;

/** The first rule the slot breaks (shape, past, how far ahead, length, day, hours), or undefined. */
export function ruleRefusal(slot: BookingSlot, rules: BookingRules, now: Date): BookingRefusal | undefined {
  if (!isValidLocalDate(slot.date)) return { reason: "invalid", field: "date" };
  const from = minutesOf(slot.from);
  const to = minutesOf(slot.to);
  if (from === undefined || from % SLOT_MINUTES !== 0) return { reason: "invalid", field: "from" };
  if (to === undefined || to % SLOT_MINUTES !== 0 || to <= from || to > LAST_END)
    return { reason: "invalid", field: "to" };
  // Dates are compared as text first, so a date far outside the calendar's reach (9999-12-31,
  // 1000-01-01) is "too far ahead" or "past" without building an instant for it.
  const today = instantToZoned(now, OSLO).local.slice(0, 10);
  if (slot.date < today) return { reason: "past" };
  if (slot.date > addDaysToDate(today, rules.maxDaysAhead))
    return { reason: "tooFarAhead", maxDaysAhead: rules.maxDaysAhead };
  if (zonedToInstant(`${slot.date}T${slot.from}`, OSLO) <= now) return { reason: "past" };
  if (to - from > rules.maxMinutes) return { reason: "tooLong", maxMinutes: rules.maxMinutes };
  const holiday = rules.closedOnPublicHolidays ? holidayOn(slot.date) : undefined;
  if (holiday) return { reason: "publicHoliday", holiday: holiday.names };
  if (rules.closedDates.includes(slot.date)) return { reason: "closedDate" };
  const [y, m, d] = slot.date.split("-").map(Number);
  if (!rules.weekdays.includes(isoWeekday(y, m, d))) return { reason: "closedWeekday" };
  if (from < minutesOf(rules.openFrom)! || to > minutesOf(rules.openTo)!)
    return { reason: "outsideHours", openFrom: rules.openFrom, openTo: rules.openTo };
  return undefined;
}

/** What is in Borgertun on the slot's date: Alrek events placed there, and pending/approved bookings. */
export function occupiedOn(
  date: string,
  events: readonly AlrekEvent[],
  bookings: readonly Booking[],
  excludeBookingId?: string,
): BookingConflict[] {
  const dayStart = zonedToInstant(`${date}T00:00`, OSLO);
  const dayEnd = zonedToInstant(`${addDaysToDate(date, 1)}T00:00`, OSLO);
  const out: BookingConflict[] = [];
  // An occurrence that began the day before may still run into this day.
  const lookBehind = new Date(dayStart.getTime() - 86_400_000);
  for (const event of events) {
    if (isBookingEventId(event.id) || !/borgertun/i.test(event.place ?? "")) continue;
    for (const o of expandOccurrences(event, lookBehind, dayEnd)) {
      const end = o.end ?? new Date(o.start.getTime() + DEFAULT_EVENT_MINUTES * 60_000);
      if (end <= dayStart) continue;
      out.push({
        kind: "event",
        id: event.id,
        title: event.title,
        from: clipLocal(o.start, date),
        to: clipLocal(end, date),
      });
    }
  }
  for (const b of bookings) {
    if (b.id === excludeBookingId || b.date !== date || (b.status !== "pending" && b.status !== "approved")) continue;
    out.push({ kind: "booking", id: b.id, title: `${b.purpose} (${b.organisation})`, from: b.from, to: b.to });
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

/** Local "HH:mm" of an instant, clipped to the date (before the day → 00:00, after → 24:00). */
function clipLocal(instant: Date, date: string): string {
  const local = instantToZoned(instant, OSLO).local;
  if (local.slice(0, 10) < date) return "00:00";
  if (local.slice(0, 10) > date) return "24:00";
  return local.slice(11);
}

/** The occupants that overlap the slot. */
export function conflictsWith(slot: BookingSlot, occupied: readonly BookingConflict[]): BookingConflict[] {
  const want = { from: minutesOf(slot.from)!, to: minutesOf(slot.to)! };
  return occupied.filter((c) => overlaps(want, { from: minutesOf(c.from)!, to: minutesOf(c.to)! }));
}

/** Up to `limit` free slots of the same length on the same day within bookable hours, nearest the asked start first, then sorted by time. */
export function nearestFreeSlots(
  slot: BookingSlot,
  rules: BookingRules,
  occupied: readonly BookingConflict[],
  limit = 3,
): BookingSlot[] {
  const length = slotLength(slot);
  const asked = minutesOf(slot.from)!;
  const candidates: BookingSlot[] = [];
  const close = Math.min(minutesOf(rules.openTo)!, LAST_END);
  for (let m = minutesOf(rules.openFrom)!; m + length <= close; m += SLOT_MINUTES) {
    const candidate = { date: slot.date, from: hhmmOf(m), to: hhmmOf(m + length) };
    if (m !== asked && conflictsWith(candidate, occupied).length === 0) candidates.push(candidate);
  }
  return candidates
    .sort(
      (a, b) =>
        Math.abs(minutesOf(a.from)! - asked) - Math.abs(minutesOf(b.from)! - asked) || a.from.localeCompare(b.from),
    )
    .slice(0, limit)
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Every check at once: the rules, then collisions (with the free slots that day). */
export function checkBooking(
  slot: BookingSlot,
  ctx: {
    rules: BookingRules;
    now: Date;
    events: readonly AlrekEvent[];
    bookings: readonly Booking[];
    excludeBookingId?: string;
  },
): BookingRefusal | undefined {
  const broken = ruleRefusal(slot, ctx.rules, ctx.now);
  if (broken) return broken;
  const occupied = occupiedOn(slot.date, ctx.events, ctx.bookings, ctx.excludeBookingId);
  const conflicts = conflictsWith(slot, occupied);
  if (conflicts.length === 0) return undefined;
  return { reason: "conflict", conflicts, freeSlots: nearestFreeSlots(slot, ctx.rules, occupied) };
}
