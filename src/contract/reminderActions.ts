/**
 * The data of the reminder cards' buttons and of the "innstillinger" card (Action.Execute), as
 * the bot reads them. Anyone in a conversation can send any data with a card's verb, so every id
 * and key is bounded here before it is looked up or stored; the card's other inputs are ignored.
 */
import { z } from "zod";
import { EVENT_KINDS, type EventKind } from "../domain/events.js";
import type { Subscription } from "../domain/conversations.js";
import { EventKind as EventKindSchema } from "./events.js";
import { EntityId, LeadTime, OccurrenceKey, OpaqueKey } from "./values.js";

/** "Utsett 1 time" / "Utsett til i morgen": the occurrence and the card it came from. */
export const SnoozeAction = z.object({
  eventId: EntityId,
  occurrenceKey: OccurrenceKey,
  /** The card's delivery id (event|occurrence|lead|conversation) or an earlier snooze's id. */
  source: OpaqueKey,
  until: z.enum(["1h", "tomorrow"]).optional(),
});
export type SnoozeAction = z.infer<typeof SnoozeAction>;

/** "Ikke send meg slike": the kind of the reminder's event. */
export const MuteKindAction = z.object({ kind: EventKindSchema });
export type MuteKindAction = z.infer<typeof MuteKindAction>;

/** "Kommer / Kommer ikke / Kanskje" and the card's refresh: the occurrence (the answer is read by the handler). */
export const RsvpAction = z.object({ eventId: EntityId, occurrenceKey: OccurrenceKey });
export type RsvpAction = z.infer<typeof RsvpAction>;

/** At most this many lead times per kind (a card input, not a schedule editor). */
export const MAX_PERSONAL_LEAD_TIMES = 5;

/** The lead times typed in one of the settings card's fields: comma-separated, blanks dropped. */
export function splitLeadTimes(raw: unknown): string[] {
  return typeof raw === "string"
    ? raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

const LeadTimeList = z
  .unknown()
  .transform(splitLeadTimes)
  .pipe(z.array(LeadTime).max(MAX_PERSONAL_LEAD_TIMES, `must list at most ${MAX_PERSONAL_LEAD_TIMES}`));

/** The settings the card saves: kinds (every kind, or none ticked, is "all"), lead times per kind, digest. */
export type ReminderSettings = Pick<Subscription, "kinds" | "leadTimes" | "digest">;

/**
 * The settings card's inputs: `kinds` (comma-separated; unknown kinds dropped), `lead_<kind>`
 * (lead times of the one grammar, within the range events have: at most 90 days before) and
 * `digest` (off, also, only). A refused lead time is named by its field and place,
 * `lead_meeting[1]`, so the card can quote it.
 */
export const ReminderSettingsAction = z
  .object({
    kinds: z.unknown(),
    digest: z.unknown(),
    ...(Object.fromEntries(EVENT_KINDS.map((kind) => [`lead_${kind}`, LeadTimeList])) as Record<
      `lead_${EventKind}`,
      typeof LeadTimeList
    >),
  })
  .transform((data): ReminderSettings => {
    const picked = String(data.kinds ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter((k): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k));
    const kinds = [...new Set(picked)];
    const leadTimes: Partial<Record<EventKind, string[]>> = {};
    for (const kind of EVENT_KINDS) {
      const items = data[`lead_${kind}`];
      if (items.length > 0) leadTimes[kind] = items;
    }
    const digest = data.digest === "also" || data.digest === "only" ? data.digest : undefined;
    // Every kind (or none ticked) is stored as "all kinds", so kinds added later are included.
    return { kinds: kinds.length === EVENT_KINDS.length ? [] : kinds, leadTimes, digest };
  });
