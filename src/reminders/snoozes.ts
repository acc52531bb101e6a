import { createHash } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import { occurrenceNow } from "../domain/cardUpdate.js";
import type { Lang } from "../domain/dateFormat.js";
import { ConflictError } from "../domain/errors.js";
import type { Occurrence } from "../domain/events.js";
import type { OnceSend } from "../domain/onceSend.js";
import type { EventRepository } from "../domain/repositories.js";
import type { OnceSendTable } from "../storage/reminderTables/onceSendTable.js";
import type { OnceSender } from "./onceSender.js";
import { reminderText } from "./reminderCard.js";

export const SNOOZE_GROUP = "snooze";

/** A snooze asked for on one card. */
export interface SnoozeRequest {
  targetId: string;
  /** The card's source (delivery id or an earlier snooze's id): one snooze per card. */
  source: string;
  eventId: string;
  occurrenceKey: string;
  dueAt: Date;
  by: string;
}

/**
 * Records a snooze: the reminder comes back once at `dueAt`. Clicking again on the same card
 * before it came back moves the time (a conditional write); after it came back, the new card
 * has its own source and so its own snooze.
 */
export async function snoozeReminder(repo: Pick<OnceSendTable, "create" | "get" | "update">, request: SnoozeRequest): Promise<Date> {
  const id = `${request.targetId}|${createHash("sha256").update(request.source).digest("base64url").slice(0, 22)}`;
  const row: OnceSend = { group: SNOOZE_GROUP, id, targetId: request.targetId, dueAt: request.dueAt.toISOString(), status: "pending", attempts: 0, eventId: request.eventId, occurrenceKey: request.occurrenceKey, createdBy: request.by };
  if (await repo.create(row)) return request.dueAt;
  const existing = await repo.get(SNOOZE_GROUP, id);
  if (!existing || (existing.value.status !== "pending" && existing.value.status !== "failed")) return new Date(existing?.value.dueAt ?? request.dueAt);
  try {
    await repo.update({ ...existing.value, dueAt: row.dueAt, status: "pending", attempts: 0, notBefore: undefined }, existing.etag);
    return request.dueAt;
  } catch (error) {
    if (error instanceof ConflictError) return new Date(existing.value.dueAt);
    throw error;
  }
}

/** Sends snoozed reminders that are due, each once across instances (see OnceSender). */
export class SnoozeRunner {
  constructor(
    private readonly o: {
      repo: Pick<OnceSendTable, "open">;
      once: OnceSender;
      events: Pick<EventRepository, "list">;
      clock: Clock;
      renderCard: (occurrence: Occurrence, lang: Lang, extras?: { personal?: { source: string } }) => object;
    },
  ) {}

  async tick(): Promise<{ sent: number; skipped: number }> {
    const report = { sent: 0, skipped: 0 };
    const open = await this.o.repo.open(SNOOZE_GROUP);
    if (open.length === 0) return report;
    const events = (await this.o.events.list()).map((e) => e.value);
    for (const row of open) {
      const claimed = await this.o.once.claim(row);
      if (!claimed) continue;
      const outcome = await this.o.once.deliver(claimed, async (target) => {
        const found = occurrenceNow(events.find((e) => e.id === row.value.eventId), row.value.occurrenceKey ?? "");
        // Cancelled, gone, or already begun: nothing to come back to.
        if (!found || found.cancelled || found.occurrence.start <= this.o.clock()) return undefined;
        const lang = target.lang ?? "nb";
        return { card: this.o.renderCard(found.occurrence, lang, { personal: { source: row.value.id } }), text: reminderText(found.occurrence, lang) };
      });
      if (outcome === "sent") report.sent++;
      if (outcome === "skipped") report.skipped++;
    }
    return report;
  }
}
