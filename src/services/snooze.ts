import { createHash } from "node:crypto";
import { ConflictError } from "../domain/errors.js";
import type { LedgerEntry, LedgerRepository } from "../domain/ledger.js";

const SNOOZE_GROUP = "snooze";

/** A snooze asked for on one card. */
export interface SnoozeRequest {
  targetId: string;
  eventId: string;
  /** The occurrence's own key (as the event has it, checked by the caller), not the card's text. */
  occurrenceKey: string;
  dueAt: Date;
  by: string;
}

/** The one snooze row of an occurrence in a conversation. */
function snoozeId(targetId: string, eventId: string, occurrenceKey: string): string {
  const digest = createHash("sha256").update(`${eventId}|${occurrenceKey}`).digest("base64url").slice(0, 22);
  return `${targetId}|${digest}`;
}

/**
 * Records a snooze, a "snooze" row of the reminders' delivery ledger: the reminder comes back
 * once at `dueAt`. There is one row per occurrence and conversation, so clicking again (on the
 * same card, or on the card that came back) moves the time of that row with a conditional write
 * instead of adding one; forged clicks cannot pile up rows. A row being posted at this moment
 * ("posting") is left alone.
 */
export async function snoozeReminder(
  repo: Pick<LedgerRepository, "create" | "get" | "update">,
  request: SnoozeRequest,
): Promise<Date> {
  const id = snoozeId(request.targetId, request.eventId, request.occurrenceKey);
  const row: LedgerEntry = {
    kind: "snooze",
    group: SNOOZE_GROUP,
    id,
    targetId: request.targetId,
    dueAt: request.dueAt.toISOString(),
    status: "pending",
    attempts: 0,
    eventId: request.eventId,
    occurrenceKey: request.occurrenceKey,
    createdBy: request.by,
  };
  if (await repo.create(row)) return request.dueAt;
  const existing = await repo.get(SNOOZE_GROUP, id);
  if (!existing || existing.value.status === "posting") return new Date(existing?.value.dueAt ?? request.dueAt);
  try {
    await repo.update(
      {
        ...existing.value,
        dueAt: row.dueAt,
        status: "pending",
        attempts: 0,
        notBefore: undefined,
        sentAt: undefined,
        lastError: undefined,
        createdBy: request.by,
      },
      existing.etag,
    );
    return request.dueAt;
  } catch (error) {
    if (error instanceof ConflictError) return new Date(existing.value.dueAt);
    throw error;
  }
}
