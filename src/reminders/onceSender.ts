import { randomUUID } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import type { ConversationTarget, ConversationTargetRepository } from "../domain/conversations.js";
import { ConflictError } from "../domain/errors.js";
import { onceClaimable, type OnceSend } from "../domain/onceSend.js";
import type { Versioned } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import type { OnceSendRepository } from "../domain/onceSend.js";
import { DeliveryError, type ReminderSender } from "../domain/reminderSender.js";
import type { SendSlots } from "./sendSlots.js";

/** What to post, or undefined to skip (nothing to say, or no longer relevant). */
export type OnceContent = { card: object; text: string } | undefined;

/** Dependencies of {@link OnceSender}. */
export interface OnceSenderOptions {
  repo: Pick<OnceSendRepository, "create" | "get" | "update">;
  targets: Pick<ConversationTargetRepository, "get" | "setStatus">;
  sender: ReminderSender;
  slots?: Pick<SendSlots, "acquire">;
  clock: Clock;
  instanceId: string;
  /** 120 s by default; one post (20 s timeout) and its record fit well inside. */
  leaseMs?: number;
  log: Logger;
}

/** How one once-send ended for this instance. */
export type OnceOutcome = "sent" | "skipped" | "failed" | "not-mine";

/**
 * Sends a snoozed reminder or a digest once across instances, the way reminders are sent: the
 * claim is an insert-if-absent row or a conditional takeover of a lapsed one, the lease is
 * re-checked with a conditional write right before the post, and the outcome is recorded.
 */
export class OnceSender {
  constructor(private readonly o: OnceSenderOptions) {}

  /** Claims a row that may not exist yet (the digest: created by whoever comes first). */
  async claimNew(fresh: OnceSend): Promise<Versioned<OnceSend> | undefined> {
    const created = await this.o.repo.create({ ...fresh, ...this.lease(), attempts: 1 });
    if (created) return created;
    const existing = await this.o.repo.get(fresh.group, fresh.id);
    return existing ? this.claim(existing) : undefined;
  }

  /** Takes an existing row when it is due and free (a snooze, or a digest whose claimer died). */
  async claim(row: Versioned<OnceSend>): Promise<Versioned<OnceSend> | undefined> {
    if (!onceClaimable(row.value, this.o.clock())) return undefined;
    try {
      return await this.o.repo.update({ ...row.value, ...this.lease(), attempts: row.value.attempts + 1 }, row.etag);
    } catch (error) {
      if (error instanceof ConflictError) return undefined;
      throw error;
    }
  }

  /** Posts what `build` makes for the target (or records "skipped"), under the claim. */
  async deliver(
    claimed: Versioned<OnceSend>,
    build: (target: ConversationTarget) => Promise<OnceContent>,
  ): Promise<OnceOutcome> {
    let row = claimed;
    const target = await this.o.targets.get(row.value.targetId);
    const content = target && target.status === "active" ? await build(target) : undefined;
    try {
      if (!target || !content) {
        await this.o.repo.update(
          {
            ...row.value,
            status: "skipped",
            leaseUntil: undefined,
            lastError: target ? "nothing to send" : "conversation gone",
          },
          row.etag,
        );
        return "skipped";
      }
      if (this.o.slots) {
        const grant = await this.o.slots.acquire(target, 20_000);
        if (!grant.ok) throw new DeliveryError(`send slots ${grant.reason}`, 429);
      }
      // The re-check: an instance that lost its claim meanwhile gets a conflict here and does not post.
      row = await this.o.repo.update({ ...row.value, ...this.lease(row.value.claimId) }, row.etag);
      await this.o.sender.send(target, content.card, content.text);
      await this.record(
        {
          ...row.value,
          status: "sent",
          leaseUntil: undefined,
          notBefore: undefined,
          lastError: undefined,
          sentAt: this.o.clock().toISOString(),
        },
        row.etag,
      );
      return "sent";
    } catch (error) {
      if (error instanceof ConflictError) return "not-mine";
      const message = String((error as Error)?.message ?? error).slice(0, 500);
      this.o.log.warn("once-send failed", { group: row.value.group, id: row.value.id, error: message });
      if (error instanceof DeliveryError && error.targetGone && target) {
        await this.o.targets.setStatus(
          target.id,
          error.status === 403 ? "blocked" : "removed",
          this.o.clock().toISOString(),
        );
      }
      const notBefore = new Date(this.o.clock().getTime() + 60_000 * row.value.attempts).toISOString();
      await this.o.repo
        .update({ ...row.value, status: "failed", leaseUntil: undefined, notBefore, lastError: message }, row.etag)
        .catch(() => undefined);
      return "failed";
    }
  }

  /** "sent" after a post: tried a few times, since a lost record means a second post later. */
  private async record(row: OnceSend, etag: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.o.repo.update(row, etag);
        return;
      } catch (error) {
        if (error instanceof ConflictError || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  private lease(claimId: string = randomUUID()) {
    return {
      status: "claimed" as const,
      claimId,
      claimedBy: this.o.instanceId,
      leaseUntil: new Date(this.o.clock().getTime() + (this.o.leaseMs ?? 120_000)).toISOString(),
    };
  }
}
