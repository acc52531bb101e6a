/** Validation of booking requests and booking rules as they arrive (chat form, API). */
import { ValidationError } from "./errors.js";
import { isValidLocalDate } from "./time.js";
import type { BookingRequest, BookingRules } from "./booking.js";
import { minutesOf } from "./bookingSlots.js";

type Issues = { field: string; message: string }[];

function text(input: Record<string, unknown>, field: string, max: number, issues: Issues, required: boolean): string {
  const raw = input[field];
  const value = typeof raw === "string" ? raw.trim() : "";
  if (raw !== undefined && raw !== null && typeof raw !== "string") issues.push({ field, message: "must be text" });
  else if (required && !value) issues.push({ field, message: "is required" });
  else if (value.length > max) issues.push({ field, message: `must be at most ${max} characters` });
  return value;
}

/** A request body as a BookingRequest, or ValidationError naming every bad field. */
export function validateBookingRequest(input: Record<string, unknown>): BookingRequest {
  const issues: Issues = [];
  const date = text(input, "date", 10, issues, true);
  if (date && !isValidLocalDate(date)) issues.push({ field: "date", message: "must be a date YYYY-MM-DD" });
  const from = text(input, "from", 5, issues, true);
  if (from && minutesOf(from) === undefined) issues.push({ field: "from", message: "must be a time HH:mm" });
  const to = text(input, "to", 5, issues, true);
  if (to && minutesOf(to) === undefined) issues.push({ field: "to", message: "must be a time HH:mm" });
  const purpose = text(input, "purpose", 200, issues, true);
  const organisation = text(input, "organisation", 120, issues, true);
  let expectedPeople: number | undefined;
  const people = input.expectedPeople;
  if (people !== undefined && people !== null && people !== "") {
    const n = typeof people === "string" ? Number(people) : people;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 500)
      issues.push({ field: "expectedPeople", message: "must be a whole number from 1 to 500" });
    else expectedPeople = n;
  }
  const mic = input.microphones;
  if (mic !== undefined && typeof mic !== "boolean" && mic !== "true" && mic !== "false")
    issues.push({ field: "microphones", message: "must be true or false" });
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    date,
    from,
    to,
    purpose,
    organisation,
    ...(expectedPeople ? { expectedPeople } : {}),
    microphones: mic === true || mic === "true",
  };
}

/** New rules from an editor (every field optional: missing ones keep `current`). */
export function validateBookingRules(input: Record<string, unknown>, current: BookingRules): BookingRules {
  const issues: Issues = [];
  const next: BookingRules = { ...current, weekdays: [...current.weekdays], closedDates: [...current.closedDates] };
  if (input.weekdays !== undefined) {
    const w = input.weekdays;
    if (!Array.isArray(w) || w.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      issues.push({ field: "weekdays", message: "must be a list of ISO weekdays 1–7" });
    else next.weekdays = [...new Set(w as number[])].sort();
  }
  for (const field of ["openFrom", "openTo"] as const) {
    if (input[field] === undefined) continue;
    const v = input[field];
    if (typeof v !== "string" || minutesOf(v) === undefined || minutesOf(v)! % 30 !== 0)
      issues.push({ field, message: "must be a time HH:mm on the hour or half hour" });
    else next[field] = v;
  }
  if (minutesOf(next.openFrom)! >= minutesOf(next.openTo)!)
    issues.push({ field: "openTo", message: "must be after openFrom" });
  for (const [field, min, max] of [
    ["maxDaysAhead", 1, 730],
    ["maxMinutes", 30, 1440],
  ] as const) {
    if (input[field] === undefined) continue;
    const v = input[field];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max)
      issues.push({ field, message: `must be a whole number from ${min} to ${max}` });
    else next[field] = v;
  }
  if (next.maxMinutes % 30 !== 0) issues.push({ field: "maxMinutes", message: "must be a multiple of 30" });
  if (input.closedDates !== undefined) {
    const c = input.closedDates;
    if (!Array.isArray(c) || c.length > 1000 || c.some((d) => !isValidLocalDate(d)))
      issues.push({ field: "closedDates", message: "must be a list of dates YYYY-MM-DD" });
    else next.closedDates = [...new Set(c as string[])].sort();
  }
  if (input.closedOnPublicHolidays !== undefined) {
    if (typeof input.closedOnPublicHolidays !== "boolean")
      issues.push({ field: "closedOnPublicHolidays", message: "must be true or false" });
    else next.closedOnPublicHolidays = input.closedOnPublicHolidays;
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return next;
}
