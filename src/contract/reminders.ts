/** Reminders on the wire: GET /api/reminders/upcoming and GET /api/reminders/deliveries. */
import { z } from "zod";
import { BadRows } from "./badRows.js";
import { EventKind } from "./events.js";

/** One planned reminder; `target` says who gets it: every subscribed conversation covering the kind. */
export const UpcomingReminder = z
  .object({
    eventId: z.string(),
    occurrenceKey: z.string(),
    title: z.string(),
    kind: EventKind,
    leadTime: z.string(),
    dueAt: z.string(),
    occurrenceStart: z.string(),
    target: z.literal("subscribers"),
  })
  .strict();
export type UpcomingReminder = z.infer<typeof UpcomingReminder>;

/** Reminders due in the next 30 days, earliest first (at most 50); for editors, the events left out. */
export const UpcomingRemindersResponse = z.object({ reminders: z.array(UpcomingReminder), badRows: BadRows }).strict();
export type UpcomingRemindersResponse = z.infer<typeof UpcomingRemindersResponse>;

/** One reminder to one conversation and how its sending went. */
export const ReminderDelivery = z
  .object({
    id: z.string(),
    eventId: z.string(),
    occurrenceKey: z.string(),
    leadTime: z.string(),
    targetId: z.string(),
    dueAt: z.string(),
    status: z.enum(["pending", "claimed", "sent", "failed", "missed", "skipped"]),
    attempts: z.number().int().nonnegative(),
    lastError: z.string().optional(),
    leaseUntil: z.string().optional(),
    claimedBy: z.string().optional(),
    /** Random per claim (tells an instance's own writes from a takeover). */
    claimId: z.string().optional(),
    /** Not to be tried before this instant (after a long Retry-After, or backoff). */
    notBefore: z.string().optional(),
    sentAt: z.string().optional(),
    /** The id Teams gave the posted card (so it can be updated in place). */
    activityId: z.string().optional(),
    /** The occurrence start the posted card shows (ISO), or "cancelled" once it shows "Avlyst". */
    cardStart: z.string().optional(),
    /** How many in-place updates the card has had. */
    cardVersion: z.number().int().nonnegative().optional(),
  })
  .strict();
export type ReminderDelivery = z.infer<typeof ReminderDelivery>;

/** The newest deliveries first (at most 100); [] when the reminders module does not run. */
export const DeliveriesResponse = z.object({ deliveries: z.array(ReminderDelivery) }).strict();
export type DeliveriesResponse = z.infer<typeof DeliveriesResponse>;
