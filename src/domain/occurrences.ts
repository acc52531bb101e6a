/**
 * Turning events (one-off or recurring, with exceptions) into concrete occurrences.
 * An occurrence belongs to a window when its start lies in [from, to).
 */
import { EVENT_ROWS, IGNORE_BAD_ROWS, reasonOf, type BadRowReporter } from "./badRows.js";
import type { AlrekEvent, EventException, Occurrence } from "./events.js";
import { awaitsConfirmation } from "./holidayRule.js";
import { holidayOn } from "./holidays.js";
import { iterateLocalStarts } from "./recurrence.js";
import { addDaysToLocal, addMinutesToLocal, instantToZoned, localMinutesBetween, zonedToInstant } from "./time.js";

/** Local starts of the event's own schedule (ignoring exceptions), from about `fromLocal` on. */
function* scheduledKeys(event: AlrekEvent & { start: string }, fromLocal?: string): Generator<string> {
  if (!event.recurrence) {
    yield event.start;
    return;
  }
  yield* iterateLocalStarts(event.start, event.recurrence, event.timeZone, fromLocal);
}

/** True when `key` (an original local start) is an occurrence of the event's schedule. */
export function isOccurrenceKey(event: AlrekEvent, key: string): boolean {
  if (!event.start) return false;
  if (!event.recurrence) return key === event.start;
  for (const local of scheduledKeys(event as AlrekEvent & { start: string }, key)) return local === key;
  return false;
}

/** True unless the event has a date without a time ("klokkeslett ikke satt"). */
export function hasTime(event: AlrekEvent): boolean {
  return event.timeSet !== false;
}

function build(event: AlrekEvent, key: string, exception: EventException | undefined): Occurrence {
  const timeSet = hasTime(event);
  // A date-only occurrence moved to another day keeps having no time: only its date counts.
  const startLocal = timeSet ? (exception?.newStart ?? key) : `${(exception?.newStart ?? key).slice(0, 10)}T00:00`;
  let endLocal = timeSet && exception?.newStart ? exception.newEnd : undefined;
  if (timeSet && !endLocal && event.start && event.end) {
    // Keep the wall-clock length, so a 12:00–13:00 event stays 12:00–13:00 after a DST change.
    endLocal = addMinutesToLocal(startLocal, localMinutesBetween(event.start, event.end));
  }
  const holiday = holidayOn(startLocal);
  return {
    eventId: event.id,
    event,
    key,
    start: zonedToInstant(startLocal, event.timeZone),
    ...(endLocal ? { end: zonedToInstant(endLocal, event.timeZone) } : {}),
    moved: Boolean(exception?.newStart),
    timeSet,
    ...(holiday ? { holiday } : {}),
    confirmed: exception?.confirmed === true,
  };
}

/**
 * True when the occurrence falls on a public holiday and no editor has confirmed it: it is shown
 * marked, but left out of "next" answers and gets no reminders.
 */
export function awaitsHolidayConfirmation(o: Occurrence): boolean {
  return awaitsConfirmation(o);
}

/**
 * When an occurrence is over for reminders: its start, or for a date without a time the end of
 * that day (a reminder the same morning is still before it).
 */
export function occurrenceCutoff(o: Occurrence): Date {
  if (o.timeSet) return o.start;
  const date = instantToZoned(o.start, o.event.timeZone).local.slice(0, 10);
  return zonedToInstant(`${addDaysToLocal(`${date}T00:00`, 1)}`, o.event.timeZone);
}

function exceptionsByKey(event: AlrekEvent): Map<string, EventException> {
  return new Map((event.exceptions ?? []).map((e) => [e.originalStart, e]));
}

/** Moved occurrences, wherever their new time falls, that still belong to the schedule. */
function movedOccurrences(event: AlrekEvent): Occurrence[] {
  return (event.exceptions ?? [])
    .filter((e) => !e.cancelled && e.newStart && isOccurrenceKey(event, e.originalStart))
    .map((e) => build(event, e.originalStart, e));
}

/**
 * Occurrences of one event starting in [from, to), sorted by start. Cancelled events and events
 * without a start (date not set) yield nothing; cancelled occurrences are left out and moved ones
 * appear at their new time, keyed by their original local start.
 */
export function expandOccurrences(event: AlrekEvent, from: Date, to: Date): Occurrence[] {
  if (event.cancelled || !event.start || to <= from) return [];
  const exceptions = exceptionsByKey(event);
  // A day's margin either side of the wall-clock window covers any zone offset.
  const fromLocal = addDaysToLocal(instantToZoned(from, event.timeZone).local, -1);
  const toLocal = addDaysToLocal(instantToZoned(to, event.timeZone).local, 1);
  const result: Occurrence[] = [];
  for (const key of scheduledKeys(event as AlrekEvent & { start: string }, fromLocal)) {
    if (key > toLocal) break;
    if (exceptions.has(key) && (exceptions.get(key)!.cancelled || exceptions.get(key)!.newStart)) continue;
    const occurrence = build(event, key, exceptions.get(key));
    if (occurrence.start >= from && occurrence.start < to) result.push(occurrence);
  }
  for (const occurrence of movedOccurrences(event)) {
    if (occurrence.start >= from && occurrence.start < to) result.push(occurrence);
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * All occurrences of all events starting in [from, to), sorted by start (then title). An event
 * that cannot be expanded (a stored value the read checks did not foresee) is left out and
 * reported, so it costs only itself.
 */
export function expandAll(
  events: readonly AlrekEvent[],
  from: Date,
  to: Date,
  badRows: BadRowReporter = IGNORE_BAD_ROWS,
): Occurrence[] {
  return events
    .flatMap((e) => {
      try {
        return expandOccurrences(e, from, to);
      } catch (error) {
        badRows.bad({ table: EVENT_ROWS, id: e.id, reason: reasonOf(error), found: "use" });
        return [];
      }
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.event.title.localeCompare(b.event.title, "nb"));
}

/** The first occurrence starting strictly after `after`, or undefined (none, or beyond the expansion cap). */
export function nextOccurrence(event: AlrekEvent, after: Date): Occurrence | undefined {
  if (event.cancelled || !event.start) return undefined;
  const exceptions = exceptionsByKey(event);
  const fromLocal = addDaysToLocal(instantToZoned(after, event.timeZone).local, -1);
  let best: Occurrence | undefined;
  for (const key of scheduledKeys(event as AlrekEvent & { start: string }, fromLocal)) {
    const e = exceptions.get(key);
    if (e?.cancelled || e?.newStart) continue;
    const occurrence = build(event, key, e);
    if (occurrence.start > after) {
      best = occurrence;
      break;
    }
  }
  for (const moved of movedOccurrences(event)) {
    if (moved.start > after && (!best || moved.start < best.start)) best = moved;
  }
  return best;
}

/** Most occurrences {@link nextHeldOccurrence} passes over (a monthly series meets a few holidays a year). */
const MAX_SKIPPED = 24;

/**
 * The first occurrence after `after` that is not waiting for a holiday confirmation, and the
 * holiday occurrences passed over on the way (earliest first), so an answer can mention them.
 */
export function nextHeldOccurrence(event: AlrekEvent, after: Date): { next?: Occurrence; skipped: Occurrence[] } {
  const skipped: Occurrence[] = [];
  let from = after;
  for (let i = 0; i <= MAX_SKIPPED; i++) {
    const o = nextOccurrence(event, from);
    if (!o || !awaitsHolidayConfirmation(o)) return { ...(o ? { next: o } : {}), skipped };
    skipped.push(o);
    from = o.start;
  }
  return { skipped };
}
