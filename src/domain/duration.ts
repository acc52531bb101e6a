import { addDaysToLocal, instantToZoned, zonedToInstant } from "./time.js";

/** A parsed ISO 8601 duration; weeks are folded into days. */
export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Raised for a duration outside the supported subset (PnW, PnD, TnH, TnM). */
export class DurationFormatError extends Error {
  constructor(readonly input: string) {
    super(
      `"${input}" is not a supported ISO 8601 duration; use weeks, days, hours and minutes such as "P7D", "P2W", "PT1H", "PT90M" or "P1DT2H30M"`,
    );
    this.name = "DurationFormatError";
  }
}

const DURATION_RE = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * Parses "P7D", "P2W", "PT1H", "PT90M", "P1DT2H30M" and the like.
 * Years, months and seconds are rejected: reminders are days, hours and minutes before an event.
 */
export function parseDuration(input: string): Duration {
  const m = typeof input === "string" ? DURATION_RE.exec(input) : null;
  // "P" alone, "PT" alone and a trailing "T" match the pattern but mean nothing.
  if (!m || input === "P" || input.endsWith("T") || m.slice(1).every((g) => g === undefined)) {
    throw new DurationFormatError(String(input));
  }
  const [w, d, h, min] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
  return { days: w * 7 + d, hours: h, minutes: min };
}

/** True when `input` parses with {@link parseDuration}. */
export function isValidDuration(input: unknown): input is string {
  if (typeof input !== "string") return false;
  try {
    parseDuration(input);
    return true;
  } catch {
    return false;
  }
}

/** Nominal length in minutes, counting a day as 24 hours (for limits such as "at most P90D"). */
export function durationToMinutes(d: Duration): number {
  return d.days * 1440 + d.hours * 60 + d.minutes;
}

/**
 * The instant `duration` before `instant`. Day parts are calendar days in `timeZone` (P1D before
 * 10:00 is 10:00 local the day before, even across a DST change); hour and minute parts are exact.
 */
export function subtractDuration(instant: Date, duration: Duration | string, timeZone: string): Date {
  const d = typeof duration === "string" ? parseDuration(duration) : duration;
  let base = instant;
  if (d.days > 0) {
    const local = instantToZoned(instant, timeZone).local;
    base = zonedToInstant(addDaysToLocal(local, -d.days), timeZone);
    // Keep seconds/milliseconds, which the wall-clock round trip drops.
    base = new Date(base.getTime() + (instant.getTime() % 60_000));
  }
  return new Date(base.getTime() - (d.hours * 60 + d.minutes) * 60_000);
}
