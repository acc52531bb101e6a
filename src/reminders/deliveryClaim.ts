import { randomUUID } from "node:crypto";
import type { ReminderDelivery, ReminderDeliveryRepository } from "../domain/conversations.js";
import { ConflictError } from "../domain/errors.js";
import type { PlannedDelivery } from "../domain/reminderSchedule.js";
import type { Versioned } from "../domain/repositories.js";

/** Who is claiming, when, and for how long. */
export interface ClaimContext {
  instanceId: string;
  now: Date;
  leaseMs: number;
  /** Claims that ended in failure allowed per delivery before it is left failed. */
  maxAttempts: number;
}

/** The result of trying to claim: either this instance owns the row (with its etag) or not. */
export type ClaimOutcome =
  | { claimed: true; delivery: Versioned<ReminderDelivery>; takeover: boolean }
  | { claimed: false; current?: ReminderDelivery };

/** True when a row's lease has run out (or it has none). */
function leaseLapsed(row: ReminderDelivery, now: Date): boolean {
  return !row.leaseUntil || new Date(row.leaseUntil) <= now;
}

/**
 * True when a row may be claimed now: pending or failed with tries left (and past `notBefore`),
 * or claimed under a lease that has run out.
 */
export function isReclaimable(row: ReminderDelivery, now: Date, maxAttempts: number): boolean {
  if (row.notBefore && new Date(row.notBefore) > now && row.status !== "claimed") return false;
  if (row.status === "pending") return true;
  if (row.status === "claimed") return leaseLapsed(row, now);
  if (row.status === "failed") return row.attempts < maxAttempts;
  return false;
}

/** True when the row will never be sent by anyone again: sent, missed, skipped, or failed for good. */
export function isFinal(row: ReminderDelivery, maxAttempts: number): boolean {
  return (
    row.status === "sent" ||
    row.status === "missed" ||
    row.status === "skipped" ||
    (row.status === "failed" && row.attempts >= maxAttempts)
  );
}

function fresh(planned: PlannedDelivery, status: ReminderDelivery["status"]): ReminderDelivery {
  return {
    id: planned.id,
    eventId: planned.eventId,
    occurrenceKey: planned.occurrenceKey,
    leadTime: planned.leadTime,
    targetId: planned.target.id,
    dueAt: planned.dueAt.toISOString(),
    status,
    attempts: 0,
  };
}

/**
 * Claims a delivery exactly once across instances: createEntity wins for the first writer (409
 * for everyone else); a row whose lease expired (or that is pending, or failed with tries left)
 * can be taken only by a conditional update with its etag, so of two instances racing, one gets
 * 412. Every claim gets a fresh `claimId`, so the owner can recognise its own writes later.
 */
export async function claimDelivery(
  repo: ReminderDeliveryRepository,
  planned: PlannedDelivery,
  ctx: ClaimContext,
): Promise<ClaimOutcome> {
  const lease = {
    status: "claimed" as const,
    claimedBy: ctx.instanceId,
    claimId: randomUUID(),
    leaseUntil: new Date(ctx.now.getTime() + ctx.leaseMs).toISOString(),
    notBefore: undefined,
  };
  const created = await repo.create({ ...fresh(planned, "claimed"), ...lease, attempts: 1 });
  if (created) return { claimed: true, delivery: created, takeover: false };
  const existing = await repo.get(planned.eventId, planned.id);
  if (!existing || !isReclaimable(existing.value, ctx.now, ctx.maxAttempts))
    return { claimed: false, current: existing?.value };
  try {
    const taken = await repo.update(
      { ...existing.value, ...lease, attempts: existing.value.attempts + 1 },
      existing.etag,
    );
    return { claimed: true, delivery: taken, takeover: existing.value.status === "claimed" };
  } catch (error) {
    if (error instanceof ConflictError) return { claimed: false, current: existing.value };
    throw error;
  }
}

/**
 * Records a reminder found too late as missed, unless it was sent or is being sent under a live
 * lease. Returns true when this call wrote "missed".
 */
export async function markMissed(
  repo: ReminderDeliveryRepository,
  planned: PlannedDelivery,
  ctx: ClaimContext,
): Promise<boolean> {
  const created = await repo.create({
    ...fresh(planned, "missed"),
    lastError: "found more than 6 h late or after the start",
  });
  if (created) return true;
  const existing = await repo.get(planned.eventId, planned.id);
  if (!existing) return false;
  const row = existing.value;
  // notBefore does not matter here: a reminder that is too late is missed whenever it was due again.
  const open =
    row.status === "pending" ||
    (row.status === "claimed" && leaseLapsed(row, ctx.now)) ||
    (row.status === "failed" && row.attempts < ctx.maxAttempts);
  if (!open) return false;
  try {
    await repo.update(
      {
        ...row,
        status: "missed",
        leaseUntil: undefined,
        claimId: undefined,
        notBefore: undefined,
        lastError: row.lastError ?? "lease expired too late to send",
      },
      existing.etag,
    );
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}
