import type { ConversationTargetRepository, ReminderDelivery } from "../domain/conversations.js";
import type { LedgerEntry, LedgerRepository } from "../domain/ledger.js";
import type { EventRepository } from "../domain/repositories.js";
import type { BadRowEntry, BadRowLog } from "../services/badRowLog.js";
import { rsvpCounts, type RsvpCounts, type RsvpRepository } from "../domain/rsvp.js";

/** Occurrences in the overview, newest reminder first. */
const MAX_OCCURRENCES = 50;

/** What the editors' overview shows per reminder: where it went, when, and how it ended. */
interface OverviewDelivery {
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
interface OverviewOccurrence {
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

/**
 * GET /api/reminders/overview, from the ledger's reminder rows (a card's updates are its card rows).
 * Its bad rows are what this instance has met: the reads here report every reminder table's, so a
 * follower lists them as the leader does.
 */
export async function deliveryOverview(deps: {
  ledger: Pick<LedgerRepository, "list">;
  targets: Pick<ConversationTargetRepository, "list">;
  rsvp: Pick<RsvpRepository, "list">;
  events: Pick<EventRepository, "list">;
  /** Read only for what they report: only the leader's passes read them, but any instance may answer. */
  alsoRead?: { list(): Promise<unknown> }[];
  badRows?: Pick<BadRowLog, "list">;
}): Promise<DeliveryOverview> {
  const [rows, targets, events] = await Promise.all([
    deps.ledger.list(),
    deps.targets.list(),
    deps.events.list(),
    ...(deps.alsoRead ?? []).map((repo) => repo.list()),
  ]);
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const eventById = new Map(events.map((e) => [e.value.id, e.value]));
  const updates = new Map<string, number>();
  for (const { value: c } of rows)
    if (c.kind === "card" && c.status === "sent")
      updates.set(c.deliveryId ?? "", (updates.get(c.deliveryId ?? "") ?? 0) + 1);
  const groups = new Map<string, LedgerEntry[]>();
  for (const { value: d } of rows) {
    if (d.kind !== "reminder") continue;
    const key = `${d.eventId}|${d.occurrenceKey}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const newest = [...groups.values()]
    .map((list) => list.sort((x, y) => y.dueAt.localeCompare(x.dueAt)))
    .sort((x, y) => y[0].dueAt.localeCompare(x[0].dueAt))
    .slice(0, MAX_OCCURRENCES);
  const occurrences = await Promise.all(
    newest.map(async (list): Promise<OverviewOccurrence> => {
      const { eventId = "", occurrenceKey = "" } = list[0];
      const event = eventById.get(eventId);
      return {
        eventId,
        occurrenceKey,
        title: event?.title ?? eventId,
        kind: event?.kind ?? "",
        rsvp: rsvpCounts(await deps.rsvp.list(eventId, occurrenceKey)),
        deliveries: list.map((d) => {
          const target = targetById.get(d.targetId);
          const gone = d.status === "failed" && target !== undefined && target.status !== "active";
          return {
            targetId: d.targetId,
            conversationName: target?.name,
            conversationType: target?.conversationType,
            leadTime: d.leadTime ?? "",
            dueAt: d.dueAt,
            ...(d.sentAt ? { sentAt: d.sentAt } : {}),
            state: gone ? "gone" : d.status,
            cardUpdates: (d.cardVersion ?? 0) + (updates.get(d.id) ?? 0),
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

/** GET /api/reminders/deliveries: the newest reminder rows in the shape the API has always had ("posting" shown as "claimed"). */
export async function recentDeliveries(
  ledger: Pick<LedgerRepository, "list">,
  limit: number,
): Promise<ReminderDelivery[]> {
  const rows = (await ledger.list()).map((r) => r.value).filter((r) => r.kind === "reminder");
  return rows
    .sort((a, b) => b.dueAt.localeCompare(a.dueAt))
    .slice(0, limit)
    .map(({ kind: _k, group, epoch: _e, by, posts: _p, deliveryId: _d, bookingId: _b, createdBy: _c, ...r }) => ({
      ...r,
      eventId: r.eventId ?? group,
      occurrenceKey: r.occurrenceKey ?? "",
      leadTime: r.leadTime ?? "",
      status: r.status === "posting" ? "claimed" : r.status,
      ...(by ? { claimedBy: by } : {}),
    }));
}
