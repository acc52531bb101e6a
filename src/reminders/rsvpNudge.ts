import type { Clock } from "../domain/clock.js";
import type { ConversationTargetRepository } from "../domain/conversations.js";
import type { LedgerRepository } from "../domain/ledger.js";
import { notAnswered, type RsvpEntry, type RsvpRepository } from "../domain/rsvp.js";
import type { ThreadSender } from "../domain/threadSender.js";

/** What the API offers editors about answers. */
export interface RsvpService {
  list(eventId: string, occurrenceKey: string): Promise<RsvpEntry[]>;
  /** Queues the one "Husk å svare" per occurrence: "already" when it was asked for before (by anyone). */
  nudge(
    eventId: string,
    occurrenceKey: string,
    by: string,
  ): Promise<{ threads: number; mentioned: number } | "already">;
}

/**
 * Answers, and the nudge: for every posted reminder of the occurrence in a group chat or channel
 * whose members have not all answered, a "nudge" row in the ledger, which the leader's one sender
 * posts (within Teams' limits) on its next pass as one reply mentioning who has not answered by
 * then. The insert-if-absent nudge row of the RSVP table makes it once per occurrence.
 */
export function createRsvpService(deps: {
  rsvp: RsvpRepository;
  ledger: Pick<LedgerRepository, "list" | "create">;
  targets: Pick<ConversationTargetRepository, "get">;
  threads?: ThreadSender;
  clock: Clock;
}): RsvpService {
  return {
    list: (eventId, key) => deps.rsvp.list(eventId, key),
    async nudge(eventId, key, by) {
      const now = deps.clock().toISOString();
      const rows = await deps.ledger.list(eventId);
      const posted = new Map<string, string>();
      for (const { value: d } of rows)
        if (d.kind === "reminder" && d.occurrenceKey === key && d.status === "sent" && d.activityId)
          posted.set(d.targetId, posted.get(d.targetId) ?? d.activityId);
      // Before any reminder is posted there is no thread to reply in: nothing is claimed, so the
      // one nudge is still there once the reminders have gone out.
      if (posted.size === 0) return { threads: 0, mentioned: 0 };
      if (!(await deps.rsvp.claimNudge(eventId, key, now, by))) return "already";
      const entries = await deps.rsvp.list(eventId, key);
      let threads = 0;
      let mentioned = 0;
      for (const [targetId, activityId] of posted) {
        const target = await deps.targets.get(targetId);
        if (!target || target.status !== "active" || target.conversationType === "personal" || !deps.threads) continue;
        const missing = notAnswered(await deps.threads.members(target), entries);
        if (missing.length === 0) continue;
        await deps.ledger.create({
          ...{ kind: "nudge", group: eventId, id: `${eventId}|${key}|nudge|${targetId}`, targetId, dueAt: now },
          ...{ status: "pending", attempts: 0, eventId, occurrenceKey: key, activityId, createdBy: by },
        });
        threads++;
        mentioned += missing.length;
      }
      return { threads, mentioned };
    },
  };
}
