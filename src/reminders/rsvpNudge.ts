import type { Clock } from "../domain/clock.js";
import type { ConversationTargetRepository, ReminderDeliveryRepository } from "../domain/conversations.js";
import type { AlrekEvent } from "../domain/events.js";
import type { EventRepository } from "../domain/repositories.js";
import { notAnswered, type RsvpEntry, type RsvpRepository } from "../domain/rsvp.js";
import type { Logger } from "../logger.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { TEXT } from "../domain/reminderTexts.js";
import type { ThreadSender } from "../domain/threadSender.js";
import type { SendSlots } from "./sendSlots.js";

/** What the API offers editors about answers; built by the reminder runtime. */
export interface RsvpService {
  list(eventId: string, occurrenceKey: string): Promise<RsvpEntry[]>;
  /** The one "Husk å svare" per occurrence: "already" when it was sent before (by anyone). */
  nudge(
    eventId: string,
    occurrenceKey: string,
    by: string,
  ): Promise<{ threads: number; mentioned: number } | "already">;
}

/**
 * Answers, and the nudge: in the thread of every posted reminder of the occurrence (group chats
 * and channels), one reply mentioning the members who have not answered. The insert-if-absent
 * nudge row makes it once per occurrence across instances; it is written before posting, so a
 * failure leaves it unsent rather than sent twice. Each reply takes send slots like every other
 * post, so a nudge to many conversations stays within Teams' limits.
 */
export function createRsvpService(deps: {
  rsvp: RsvpRepository;
  deliveries: Pick<ReminderDeliveryRepository, "list">;
  targets: Pick<ConversationTargetRepository, "get">;
  events: Pick<EventRepository, "list">;
  threads?: ThreadSender;
  /** Cross-instance rate limits, shared with reminders and card updates. */
  slots?: Pick<SendSlots, "acquire">;
  clock: Clock;
  log: Logger;
}): RsvpService {
  return {
    list: (eventId, key) => deps.rsvp.list(eventId, key),
    async nudge(eventId, key, by) {
      // Before any reminder is posted there is no thread to reply in: nothing is claimed, so the
      // one nudge is still there once the reminders have gone out.
      const deliveries = await deps.deliveries.list(eventId);
      if (!deliveries.some((d) => d.occurrenceKey === key && d.status === "sent" && d.activityId))
        return { threads: 0, mentioned: 0 };
      if (!(await deps.rsvp.claimNudge(eventId, key, deps.clock().toISOString(), by))) return "already";
      const [entries, events] = await Promise.all([deps.rsvp.list(eventId, key), deps.events.list()]);
      const event: AlrekEvent | undefined = events.find((e) => e.value.id === eventId)?.value;
      const posted = new Map<string, string>();
      for (const d of deliveries)
        if (d.occurrenceKey === key && d.status === "sent" && d.activityId && !posted.has(d.targetId))
          posted.set(d.targetId, d.activityId);
      let threads = 0;
      let mentioned = 0;
      for (const [targetId, activityId] of posted) {
        const target = await deps.targets.get(targetId);
        if (!target || target.status !== "active" || target.conversationType === "personal" || !deps.threads) continue;
        try {
          const missing = notAnswered(await deps.threads.members(target), entries);
          if (missing.length === 0) continue;
          const lang = target.lang ?? "nb";
          if (deps.slots) {
            const grant = await deps.slots.acquire(target, 20_000);
            if (!grant.ok) throw new Error(`send slots ${grant.reason}`);
          }
          const title = escapeMarkdown(lang === "en" ? (event?.titleEn ?? event?.title ?? "") : (event?.title ?? ""));
          await deps.threads.reply(target, activityId, TEXT[lang].nudge(title), missing);
          threads++;
          mentioned += missing.length;
        } catch (error) {
          deps.log.warn("rsvp nudge not posted", { targetId, error: String(error).slice(0, 300) });
        }
      }
      return { threads, mentioned };
    },
  };
}
