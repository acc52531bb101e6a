/**
 * When reminders are due (pure; time is passed in).
 *
 * A lead time is a string in one of two forms (the grammar is in leadTime.ts):
 * - an ISO 8601 duration before the start ("P7D", "P1D", "PT1H"): day parts are calendar days in
 *   Europe/Oslo (P1D before 10:00 is 10:00 the day before, across DST too), hours/minutes exact;
 * - a day rule "D<n>@HH:mm": the wall-clock time HH:mm, n calendar days relative to the start's
 *   local date (n ≤ 0). "D-1@09:00" = the day before at 09:00, "D0@08:30" = the same morning at 08:30.
 * An event's own `reminderLeadTimes` replace the kind's defaults (ISO durations; day rules are
 * accepted too; an empty list means no reminders). Unparseable entries are ignored here (the API
 * validates them on write).
 *
 * Quiet hours: a reminder whose lead time is a day or more and that would fall in [20:00, 07:00)
 * local moves to 07:30: the next morning when it falls in the evening, the same morning when after
 * midnight. If 07:30 would not be before the event start, the original time is kept (a reminder at
 * night beats one after the event). Shorter lead times are sent on time.
 * A reminder that is not before the occurrence start (e.g. "D0@08:30" for an 08:00 event) is dropped.
 *
 * A date without a time ("klokkeslett ikke satt") has no start to count back from, so its reminders
 * are day-based: the event's own day rules, its whole-day durations as that many days before at
 * 09:00 ("P7D" = "D-7@09:00"), or else {@link DATE_ONLY_LEAD_TIMES}; it counts as "before" until
 * the end of that day. An occurrence on a public holiday that no editor has confirmed gets none.
 */
import { EVENT_ROWS, IGNORE_BAD_ROWS, reasonOf, SUBSCRIPTION_ROWS, type BadRowReporter } from "./badRows.js";
import type { ConversationTarget, Subscription } from "./conversations.js";
import { reminderDeliveryId } from "./conversations.js";
import { subtractDuration } from "./duration.js";
import type { AlrekEvent, EventKind, Occurrence } from "./events.js";
import { leadTimeProblem, parseLeadTime, type LeadTime } from "./leadTime.js";
import { awaitsHolidayConfirmation, expandAll, occurrenceCutoff } from "./occurrences.js";
import { subscriptionProblem } from "./storedValues.js";
import { addDaysToDate, instantToZoned, OSLO, zonedToInstant } from "./time.js";

/** Default lead times per kind (see the module comment for the notation). */
export const DEFAULT_LEAD_TIMES: Readonly<Record<EventKind, readonly string[]>> = {
  meeting: ["D-1@09:00", "PT1H"],
  workshop: ["D-1@09:00", "PT1H"],
  conference: ["P7D", "P1D"],
  deadline: ["P7D", "P1D"],
  presentation: ["D0@08:30"],
};

/** Reminders of an occurrence with a date and no time: the morning before and the same morning. */
export const DATE_ONLY_LEAD_TIMES: readonly string[] = ["D-1@09:00", "D0@08:00"];

/** Clock time used for a whole-day duration ("P7D") when the occurrence has no time. */
const DATE_ONLY_CLOCK = "09:00";

/** A reminder found more than this long after it was due is recorded as missed, not sent. */
export const MISSED_AFTER_MS = 6 * 60 * 60 * 1000;

const QUIET_START_MIN = 20 * 60;
const QUIET_END_MIN = 7 * 60;
const QUIET_MOVE_TO = "07:30";
const DAY_MS = 86_400_000;

export { parseLeadTime, type LeadTime } from "./leadTime.js";
export { occurrenceCutoff } from "./occurrences.js";

/** True for a lead time of a day or more: those respect quiet hours. */
export function isLongLeadTime(lead: LeadTime): boolean {
  return lead.kind === "duration" ? lead.minutes >= 24 * 60 : lead.dayOffset <= -1;
}

/** The lead times that apply to an event: its own, or its kind's defaults. */
export function leadTimesFor(event: AlrekEvent): readonly string[] {
  return event.reminderLeadTimes ?? DEFAULT_LEAD_TIMES[event.kind] ?? [];
}

/** The lead time as a day rule for a date without a time, or undefined when it needs a clock time (PT1H). */
function asDayRule(lead: LeadTime): LeadTime | undefined {
  if (lead.kind === "dayRule") return lead;
  if (lead.minutes % (24 * 60) !== 0) return undefined;
  const days = lead.minutes / (24 * 60);
  return { kind: "dayRule", text: lead.text, dayOffset: -days, time: DATE_ONLY_CLOCK };
}

/** The lead times of an occurrence, parsed; day-based for one without a time. */
function leadsOf(occurrence: Occurrence, conversationLeadTimes?: readonly string[]): LeadTime[] {
  const parsed = (texts: readonly string[]) => texts.map(parseLeadTime).filter((l): l is LeadTime => l !== undefined);
  // The event's own lead times win; then the conversation's choice for the kind; then the defaults.
  const chosen = occurrence.event.reminderLeadTimes ?? conversationLeadTimes;
  if (occurrence.timeSet) return parsed(chosen ?? leadTimesFor(occurrence.event));
  if (!chosen) return parsed(DATE_ONLY_LEAD_TIMES);
  return parsed(chosen)
    .map(asDayRule)
    .filter((l): l is LeadTime => l !== undefined);
}

/** One reminder of one occurrence. */
export interface PlannedReminder {
  leadTime: string;
  dueAt: Date;
}

/** Options for {@link remindersFor}. */
export interface ReminderOptions {
  /** Zone for calendar arithmetic and quiet hours; Europe/Oslo by default. */
  timeZone?: string;
  /** A conversation's own lead times for the kind; used when the event has none of its own. */
  leadTimes?: readonly string[];
}

function rawDueAt(start: Date, lead: LeadTime, timeZone: string): Date {
  if (lead.kind === "duration") return subtractDuration(start, lead.text, timeZone);
  const startDate = instantToZoned(start, timeZone).local.slice(0, 10);
  return zonedToInstant(`${addDaysToDate(startDate, lead.dayOffset)}T${lead.time}`, timeZone);
}

/** Moves a due time out of quiet hours, but never to or past the start. */
function outOfQuietHours(dueAt: Date, start: Date, timeZone: string): Date {
  const local = instantToZoned(dueAt, timeZone);
  const minuteOfDay = local.hour * 60 + local.minute;
  if (minuteOfDay >= QUIET_END_MIN && minuteOfDay < QUIET_START_MIN) return dueAt;
  const date = local.local.slice(0, 10);
  const morning = minuteOfDay >= QUIET_START_MIN ? addDaysToDate(date, 1) : date;
  const moved = zonedToInstant(`${morning}T${QUIET_MOVE_TO}`, timeZone);
  return moved < start ? moved : dueAt;
}

/** The reminders of one occurrence, earliest first, each strictly before the start. */
export function remindersFor(occurrence: Occurrence, opts: ReminderOptions = {}): PlannedReminder[] {
  const timeZone = opts.timeZone ?? OSLO;
  const seen = new Set<string>();
  const result: PlannedReminder[] = [];
  const cutoff = occurrenceCutoff(occurrence);
  for (const lead of leadsOf(occurrence, opts.leadTimes)) {
    const text = lead.text;
    if (seen.has(text)) continue;
    seen.add(text);
    let dueAt = rawDueAt(occurrence.start, lead, timeZone);
    if (isLongLeadTime(lead)) dueAt = outOfQuietHours(dueAt, cutoff, timeZone);
    if (dueAt < cutoff) result.push({ leadTime: text, dueAt });
  }
  return result.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** One reminder for one conversation, ready to claim and send. */
export interface PlannedDelivery {
  /** Deterministic: `reminderDeliveryId(eventId, occurrence.key, leadTime, target.id)`. */
  id: string;
  eventId: string;
  occurrenceKey: string;
  leadTime: string;
  dueAt: Date;
  occurrence: Occurrence;
  target: ConversationTarget;
}

/** How far ahead of `to` occurrences must be expanded so that every reminder due by `to` is seen. */
function horizonMs(events: readonly AlrekEvent[], extra: readonly string[] = []): number {
  let max = 0;
  for (const texts of [...events.map(leadTimesFor), DATE_ONLY_LEAD_TIMES, extra]) {
    for (const text of texts) {
      const lead = parseLeadTime(text);
      // A lead time beyond what the product offers (a bad row) must not stretch the horizon for all.
      if (!lead || leadTimeProblem(text)) continue;
      const ms = lead.kind === "duration" ? lead.minutes * 60_000 : -lead.dayOffset * DAY_MS;
      max = Math.max(max, ms);
    }
  }
  // A day for DST and day-rule times, a day for quiet-hours moves.
  return max + 2 * DAY_MS;
}

/** True when the subscription wants reminders for this kind (no kinds = all). */
export function subscriptionCovers(subscription: Subscription, kind: EventKind): boolean {
  return subscription.kinds.length === 0 || subscription.kinds.includes(kind);
}

/**
 * Deliveries due in (from, to] for the active, subscribed targets, earliest first.
 * Cancelled events and occurrences send nothing; moved occurrences are reminded at their new time;
 * an occurrence on a public holiday sends nothing until an editor confirms (or moves) it.
 */
export function dueReminders(
  events: readonly AlrekEvent[],
  subscriptions: readonly Subscription[],
  targets: readonly ConversationTarget[],
  window: { from: Date; to: Date },
  opts: ReminderOptions & { badRows?: BadRowReporter } = {},
): PlannedDelivery[] {
  const badRows = opts.badRows ?? IGNORE_BAD_ROWS;
  const active = new Map(targets.filter((t) => t.status === "active").map((t) => [t.id, t]));
  // A conversation that chose the weekly digest instead gets no separate reminders.
  const subs = subscriptions.filter((s) => active.has(s.targetId) && s.digest !== "only" && usable(s, badRows));
  if (subs.length === 0 || window.to <= window.from) return [];
  const own = subs.flatMap((s) => Object.values(s.leadTimes ?? {}).flat());
  const until = new Date(window.to.getTime() + horizonMs(events, own));
  const result: PlannedDelivery[] = [];
  for (const occurrence of expandAll(events, window.from, until, badRows)) {
    if (awaitsHolidayConfirmation(occurrence)) continue;
    // Each occurrence, and each conversation's own lead times, on its own: one that cannot be
    // computed is reported and skipped, and every other reminder is still planned.
    const shared = isolated(() => remindersFor(occurrence, opts), EVENT_ROWS, occurrence.eventId, badRows);
    for (const sub of subs) {
      if (!subscriptionCovers(sub, occurrence.event.kind)) continue;
      const own = sub.leadTimes?.[occurrence.event.kind];
      const reminders =
        own && !occurrence.event.reminderLeadTimes
          ? isolated(
              () => remindersFor(occurrence, { ...opts, leadTimes: own }),
              SUBSCRIPTION_ROWS,
              sub.targetId,
              badRows,
            )
          : shared;
      for (const reminder of reminders) {
        if (reminder.dueAt <= window.from || reminder.dueAt > window.to) continue;
        const target = active.get(sub.targetId)!;
        result.push({
          id: reminderDeliveryId(occurrence.eventId, occurrence.key, reminder.leadTime, target.id),
          eventId: occurrence.eventId,
          occurrenceKey: occurrence.key,
          leadTime: reminder.leadTime,
          dueAt: reminder.dueAt,
          occurrence,
          target,
        });
      }
    }
  }
  return result.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
}

/** False (and reported) for settings whose lead times the schedule cannot use. */
function usable(subscription: Subscription, badRows: BadRowReporter): boolean {
  const problem = subscriptionProblem(subscription);
  if (problem) badRows.bad({ table: SUBSCRIPTION_ROWS, id: subscription.targetId, reason: problem, found: "use" });
  return problem === undefined;
}

/** The reminders `plan` computes, or none (reported against the row) when it throws. */
function isolated(
  plan: () => PlannedReminder[],
  table: string,
  id: string,
  badRows: BadRowReporter,
): PlannedReminder[] {
  try {
    return plan();
  } catch (error) {
    badRows.bad({ table, id, reason: reasonOf(error), found: "use" });
    return [];
  }
}

/**
 * True when a reminder found at `now` is too late to send: > 6 h after due, or the event has begun.
 * Pass {@link occurrenceCutoff} as the start, so that a date without a time lasts the whole day.
 */
export function isMissed(dueAt: Date, occurrenceStart: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() > MISSED_AFTER_MS || now >= occurrenceStart;
}
