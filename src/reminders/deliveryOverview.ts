import type { ConversationTargetRepository, ReminderDeliveryRepository } from "../domain/conversations.js";
import type { EventRepository } from "../domain/repositories.js";
import type { BadRowEntry, BadRowLog } from "../services/badRowLog.js";
import { rsvpCounts, type RsvpCounts, type RsvpRepository } from "../domain/rsvp.js";

/** Occurrences in the overview, newest reminder first. */
const MAX_OCCURRENCES = 50;

/** What the editors' overview shows per reminder: where it went, when, and how it ended. */
export interface OverviewDelivery {
  targetId: string;
  conversationName?: string;
  conversationType?: string;
  leadTime: string;
  dueAt: string;
  sentAt?: string;
  /** The delivery's status, or "gone" when the conversation blocked or removed the bot. */
  state: string;
  /** Times the posted card was updated after a change. */
  cardUpdates: number;
  lastError?: string;
}

/** One occurrence with its reminders and RSVP counts. */
export interface OverviewOccurrence {
  eventId: string;
  occurrenceKey: string;
  title: string;
  kind: string;
  rsvp: RsvpCounts;
  deliveries: OverviewDelivery[];
}

/** GET /api/reminders/overview. */
export interface DeliveryOverview {
  occurrences: OverviewOccurrence[];
  /** Conversations that blocked or removed the bot, with when. */
  unreachable: { targetId: string; name?: string; conversationType: string; status: string; since?: string }[];
  /** Stored rows that views and reminder ticks skip (table, id, what is wrong), for editors to fix. */
  badRows: BadRowEntry[];
}

export async function deliveryOverview(deps: {
  deliveries: Pick<ReminderDeliveryRepository, "list">;
  targets: Pick<ConversationTargetRepository, "list">;
  rsvp: Pick<RsvpRepository, "list">;
  events: Pick<EventRepository, "list">;
  badRows?: Pick<BadRowLog, "list">;
}): Promise<DeliveryOverview> {
  const [deliveries, targets, events] = await Promise.all([
    deps.deliveries.list(),
    deps.targets.list(),
    deps.events.list(),
  ]);
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const eventById = new Map(events.map((e) => [e.value.id, e.value]));
  const groups = new Map<string, typeof deliveries>();
  for (const d of deliveries) {
    const key = `${d.eventId}|${d.occurrenceKey}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const newest = [...groups.values()]
    .map((rows) => rows.sort((x, y) => y.dueAt.localeCompare(x.dueAt)))
    .sort((x, y) => y[0].dueAt.localeCompare(x[0].dueAt))
    .slice(0, MAX_OCCURRENCES);
  const occurrences = await Promise.all(
    newest.map(async (rows): Promise<OverviewOccurrence> => {
      const { eventId, occurrenceKey } = rows[0];
      const event = eventById.get(eventId);
      return {
        eventId,
        occurrenceKey,
        title: event?.title ?? eventId,
        kind: event?.kind ?? "",
        rsvp: rsvpCounts(await deps.rsvp.list(eventId, occurrenceKey)),
        deliveries: rows.map((d) => {
          const target = targetById.get(d.targetId);
          const gone = d.status === "failed" && target !== undefined && target.status !== "active";
          return {
            targetId: d.targetId,
            conversationName: target?.name,
            conversationType: target?.conversationType,
            leadTime: d.leadTime,
            dueAt: d.dueAt,
            ...(d.sentAt ? { sentAt: d.sentAt } : {}),
            state: gone ? "gone" : d.status,
            cardUpdates: d.cardVersion ?? 0,
            ...(d.lastError ? { lastError: d.lastError } : {}),
          };
        }),
      };
    }),
  );
  const unreachable = targets
    .filter((t) => t.status !== "active")
    .map((t) => ({
      targetId: t.id,
      name: t.name,
      conversationType: t.conversationType,
      status: t.status,
      since: t.removedAt,
    }))
    .sort((x, y) => (y.since ?? "").localeCompare(x.since ?? ""));
  // Listed last: the reads above have just reported what they met.
  return { occurrences, unreachable, badRows: deps.badRows?.list() ?? [] };
}
