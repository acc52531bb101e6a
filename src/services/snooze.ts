import { createHash } from "node:crypto";
import { ConflictError } from "../domain/errors.js";
import type { LedgerEntry, LedgerRepository } from "../domain/ledger.js";

const SNOOZE_GROUP = "snooze";

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
 * Records a snooze, a "snooze" row of the reminders' delivery ledger: the reminder comes back
 * once at `dueAt`. Clicking again on the same card before it came back moves the time (a
 * conditional write); after it came back, the new card has its own source and so its own snooze.
 */
export async function snoozeReminder(
  repo: Pick<LedgerRepository, "create" | "get" | "update">,
  request: SnoozeRequest,
): Promise<Date> {
  const id = `${request.targetId}|${createHash("sha256").update(request.source).digest("base64url").slice(0, 22)}`;
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
  if (!existing || (existing.value.status !== "pending" && existing.value.status !== "failed"))
    return new Date(existing?.value.dueAt ?? request.dueAt);
  try {
    await repo.update(
      { ...existing.value, dueAt: row.dueAt, status: "pending", attempts: 0, notBefore: undefined },
      existing.etag,
    );
    return request.dueAt;
  } catch (error) {
    if (error instanceof ConflictError) return new Date(existing.value.dueAt);
    throw error;
  }
}
