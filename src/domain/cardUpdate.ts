/**
 * Cards that follow the event (pure parts): what a posted reminder card should show now. Each
 * change to a posted card is a "card" row of the delivery ledger (domain/ledger.ts).
 */
import type { AlrekEvent, Occurrence } from "./events.js";
import { expandOccurrences } from "./occurrences.js";
import { isValidLocal, zonedToInstant } from "./time.js";

/** What a card shows: the occurrence's start (ISO instant) or "cancelled". */
export type CardState = string;
export const CANCELLED: CardState = "cancelled";

/**
 * The occurrence `key` of `event` (for a one-off event: its only occurrence) as it would be if not cancelled, plus whether it is cancelled
 * (the event, or this one date). Undefined when the event is gone or the key is not one of its dates.
 */
export function occurrenceNow(
  event: AlrekEvent | undefined,
  key: string,
): { occurrence: Occurrence; cancelled: boolean } | undefined {
  if (!event?.start) return undefined;
  // A one-off event has one occurrence: moving it changes its key (its start), not which it is.
  if (!event.recurrence) key = event.start;
  // A key from a card can be anything: only a local date-time can be one of a series' dates.
  else if (!isValidLocal(key)) return undefined;
  const exception = event.exceptions.find((e) => e.originalStart === key);
  const uncancelled: AlrekEvent = {
    ...event,
    cancelled: false,
    exceptions: event.exceptions.map((e) => (e.originalStart === key ? { ...e, cancelled: false } : e)),
  };
  const around = zonedToInstant(exception?.newStart ?? key, event.timeZone).getTime();
  const occurrence = expandOccurrences(uncancelled, new Date(around - 86_400_000), new Date(around + 86_400_000)).find(
    (o) => o.key === key,
  );
  if (!occurrence) return undefined;
  return { occurrence, cancelled: event.cancelled || Boolean(exception?.cancelled) };
}

/**
 * The occurrence `key` of `event` when a reminder about it may still come back (a snooze): it
 * exists, is not cancelled and has not begun at `now`. Undefined otherwise.
 */
export function upcomingOccurrence(event: AlrekEvent | undefined, key: string, now: Date): Occurrence | undefined {
  const found = occurrenceNow(event, key);
  return found && !found.cancelled && found.occurrence.start > now ? found.occurrence : undefined;
}

/** What the card of this occurrence should show now; a deleted event or a vanished date counts as cancelled. */
export function cardStateNow(event: AlrekEvent | undefined, key: string): CardState {
  const now = occurrenceNow(event, key);
  return !now || now.cancelled ? CANCELLED : now.occurrence.start.toISOString();
}
