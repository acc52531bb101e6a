/** Time arithmetic on bookings: minutes of the day, the 30-minute slots a booking occupies. */
import type { BookingSlot } from "./booking.js";

/** Bookings start and end on the hour or half hour; the slot claims (one row per slot) rely on it. */
export const SLOT_MINUTES = 30;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * "HH:mm" → minutes after midnight, or undefined when malformed. "24:00" reads as 1440 for one
 * use only: an occupant clipped to the end of the asked day (an event running past midnight).
 * Requests and bookable hours never carry it (src/contract/values.ts `HalfHour`; bookingRules.ts).
 */
export function minutesOf(hhmm: string): number | undefined {
  if (hhmm === "24:00") return 1440;
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes after midnight → "HH:mm". */
export function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Length in minutes (negative or zero when `to` is not after `from`). */
export function slotLength(slot: BookingSlot): number {
  return (minutesOf(slot.to) ?? 0) - (minutesOf(slot.from) ?? 0);
}

/** The start times ("HH:mm") of the 30-minute slots a booking covers; the claim keys. */
export function slotStarts(slot: BookingSlot): string[] {
  const from = minutesOf(slot.from) ?? 0;
  const to = minutesOf(slot.to) ?? 0;
  const out: string[] = [];
  for (let m = Math.floor(from / SLOT_MINUTES) * SLOT_MINUTES; m < to; m += SLOT_MINUTES) out.push(hhmmOf(m));
  return out;
}

/** True when two intervals on the same date overlap (touching ends do not). */
export function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}
