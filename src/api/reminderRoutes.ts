import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { requireEditor, requireUser, sendJson } from "./http.js";
import { expandAll } from "../domain/occurrences.js";
import { remindersFor } from "../domain/reminderSchedule.js";
import type { AlrekEvent } from "../domain/events.js";
import { EVENT_ROWS, IGNORE_BAD_ROWS, reasonOf, type BadRowReporter } from "../domain/badRows.js";
import { badRowsFor } from "./badRows.js";
import type { UpcomingReminder, UpcomingRemindersResponse } from "../contract/index.js";

const DAY_MS = 86_400_000;
/** The upcoming list covers reminders due in the next 30 days, at most this many. */
const UPCOMING_DAYS = 30;
const UPCOMING_LIMIT = 50;
const DELIVERIES_LIMIT = 100;

/**
 * Reminders due in [now, now + days), from the events and their lead times (defaults per kind).
 * An event whose occurrences or reminders cannot be computed is reported to `badRows` and left out.
 */
export function upcomingReminders(
  events: readonly AlrekEvent[],
  now: Date,
  days = UPCOMING_DAYS,
  badRows: BadRowReporter = IGNORE_BAD_ROWS,
): UpcomingReminder[] {
  const until = new Date(now.getTime() + days * DAY_MS);
  // Occurrences up to 100 days after the window can have reminders inside it (lead times ≤ P90D).
  const occurrences = expandAll(events, now, new Date(until.getTime() + 100 * DAY_MS), badRows);
  const result: UpcomingReminder[] = [];
  for (const o of occurrences) {
    let reminders: ReturnType<typeof remindersFor>;
    try {
      reminders = remindersFor(o);
    } catch (error) {
      badRows.bad({ table: EVENT_ROWS, id: o.eventId, reason: reasonOf(error), found: "use" });
      continue;
    }
    for (const r of reminders) {
      if (r.dueAt < now || r.dueAt >= until) continue;
      result.push({
        eventId: o.eventId,
        occurrenceKey: o.key,
        title: o.event.title,
        kind: o.event.kind,
        leadTime: r.leadTime,
        dueAt: r.dueAt.toISOString(),
        occurrenceStart: o.start.toISOString(),
        target: "subscribers",
      });
    }
  }
  return result.sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(0, UPCOMING_LIMIT);
}

/**
 * GET /api/reminders/upcoming (anyone signed in) and /api/reminders/deliveries (editors only, like
 * the overview: it names conversations and carries the connector's error texts).
 */
export function registerReminderRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/reminders/upcoming", async (req, res) => {
    const user = await requireUser(ctx.auth, req);
    const { events, now } = await ctx.knowledge.snapshot();
    const reminders = upcomingReminders(events, now, UPCOMING_DAYS, ctx.badRows);
    sendJson(res, 200, {
      reminders,
      ...badRowsFor(user, ctx.badRows.list(EVENT_ROWS)),
    } satisfies UpcomingRemindersResponse);
  });
  server.get("/api/reminders/deliveries", async (req, res) => {
    await requireEditor(ctx.auth, req);
    const deliveries = ctx.deliveries ? await ctx.deliveries.list({ limit: DELIVERIES_LIMIT }) : [];
    sendJson(res, 200, { deliveries });
  });
}
