/**
 * The weekly digest "Uka i Alrek" (pure): which week, when it is due, and what it lists.
 * Monday 08:00 Europe/Oslo; found more than 6 hours late it is left for next week.
 */
import type { Subscription } from "./conversations.js";
import type { AlrekEvent, Occurrence } from "./events.js";
import { holidayOn, type PublicHoliday } from "./holidays.js";
import { expandAll } from "./occurrences.js";
import { subscriptionCovers } from "./reminderSchedule.js";
import type { Tiltak } from "./tiltak.js";
import { addDaysToDate, instantToZoned, OSLO, zonedToInstant } from "./time.js";

const DIGEST_TIME = "08:00";
/** After this long past Monday 08:00 the week's digest is no longer sent. */
export const DIGEST_LATE_MS = 6 * 3_600_000;

/** The digest week containing `now`: its Monday (YYYY-MM-DD), when the digest is due, and its bounds. */
export function digestWeek(now: Date): { monday: string; dueAt: Date; from: Date; to: Date } {
  const local = instantToZoned(now, OSLO);
  const monday = addDaysToDate(local.local.slice(0, 10), 1 - local.weekday);
  return {
    monday,
    dueAt: zonedToInstant(`${monday}T${DIGEST_TIME}`, OSLO),
    from: zonedToInstant(`${monday}T00:00`, OSLO),
    to: zonedToInstant(`${addDaysToDate(monday, 7)}T00:00`, OSLO),
  };
}

/** True while this week's digest may be sent: from Monday 08:00 for 6 hours. */
export function digestDueNow(now: Date): boolean {
  const { dueAt } = digestWeek(now);
  return now >= dueAt && now.getTime() - dueAt.getTime() <= DIGEST_LATE_MS;
}

/** What one conversation's digest lists; undefined when there is nothing to say. */
export interface DigestContent {
  /** The week's events (the conversation's kinds), deadlines left out, with holidays on their day. */
  events: { occurrence: Occurrence; holiday?: PublicHoliday }[];
  deadlines: Occurrence[];
  /** Public holidays in the week (also when no event falls on them). */
  holidays: PublicHoliday[];
  /** Tiltak changed in the seven days before the digest is due. */
  tiltak: Tiltak[];
}

export function digestContent(
  events: readonly AlrekEvent[],
  tiltak: readonly Tiltak[],
  subscription: Subscription,
  now: Date,
): DigestContent | undefined {
  const week = digestWeek(now);
  const occurrences = expandAll(events, week.from, week.to).filter((o) =>
    subscriptionCovers(subscription, o.event.kind),
  );
  const dayOf = (o: Occurrence) => instantToZoned(o.start, OSLO).local.slice(0, 10);
  const holidays = Array.from({ length: 7 }, (_, i) => holidayOn(addDaysToDate(week.monday, i))).filter(
    (h): h is PublicHoliday => Boolean(h),
  );
  const lastWeek = week.dueAt.getTime() - 7 * 86_400_000;
  const changed = tiltak.filter(
    (t) => t.updatedAt && Date.parse(t.updatedAt) >= lastWeek && Date.parse(t.updatedAt) < week.dueAt.getTime(),
  );
  const content: DigestContent = {
    events: occurrences
      .filter((o) => o.event.kind !== "deadline")
      .map((o) => ({ occurrence: o, holiday: holidayOn(dayOf(o)) })),
    deadlines: occurrences.filter((o) => o.event.kind === "deadline"),
    holidays,
    tiltak: changed,
  };
  // Holidays alone are not worth a post.
  return content.events.length + content.deadlines.length + content.tiltak.length > 0 ? content : undefined;
}
