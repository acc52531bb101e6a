/**
 * New booking rules from an editor, merged with the stored ones. Each field's own rule (types,
 * ranges, half hours from 00:00 to 23:30, dates in 2000–2100) is checked where the value arrives,
 * by the wire contract (src/contract/borgertun.ts); here what needs the whole set.
 */
import { ValidationError } from "./errors.js";
import type { BookingRules } from "./booking.js";
import { minutesOf } from "./bookingSlots.js";

/** The rules with `patch` applied (missing fields keep `current`), or ValidationError when they do not fit together. */
export function mergeBookingRules(patch: Partial<BookingRules>, current: BookingRules): BookingRules {
  const next: BookingRules = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  next.weekdays = [...new Set(next.weekdays)].sort();
  next.closedDates = [...new Set(next.closedDates)].sort();
  if (minutesOf(next.openFrom)! >= minutesOf(next.openTo)!)
    throw new ValidationError([{ field: "openTo", message: "must be after openFrom" }]);
  return next;
}
