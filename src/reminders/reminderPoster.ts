import type { Clock } from "../domain/clock.js";
import type {
  ConversationTarget,
  DeliveryLogEntry,
  ReminderDelivery,
  ReminderDeliveryRepository,
} from "../domain/conversations.js";
import type { Lang } from "../domain/language.js";
import { ValidationError } from "../domain/errors.js";
import type { Occurrence } from "../domain/events.js";
import type { PlannedDelivery } from "../domain/reminderSchedule.js";
import type { Logger } from "../logger.js";
import { backoffDelay, realSleep, retryUntil } from "./backoff.js";
import { ClaimLease, LeaseLostError } from "./claimLease.js";
import type { ConversationPauses } from "./conversationPauses.js";
import { claimDelivery, type ClaimContext } from "./deliveryClaim.js";
import { reminderText } from "./reminderCard.js";
import { DeliveryError, type ReminderSender } from "../domain/reminderSender.js";
import type { SendSlots } from "./sendSlots.js";

/** Waits and retry limits of {@link ReminderPoster}; production defaults in {@link DEFAULT_POSTER_TIMING}. */
export interface PosterTiming {
  /** Real milliseconds, for waits (the scheduler clock decides leases and not-before times). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Posts per claim, the first included. */
  maxTries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  jitter: number;
  /** Longest Retry-After waited out while holding the claim (also at most half the lease left). */
  maxInlineWaitMs: number;
  /** Longest wait for send slots before the claim is released; at most a quarter of the lease. */
  slotWaitMs: number;
  /** How long recording "sent" is retried through a storage outage. */
  markPatienceMs: number;
  /** A failed claim may be tried again after this × its attempts. */
  failedRetryMs: number;
}

export const DEFAULT_POSTER_TIMING: PosterTiming = {
  now: Date.now,
  sleep: realSleep,
  random: Math.random,
  maxTries: 3,
  backoffBaseMs: 2_000,
  backoffMaxMs: 20_000,
  jitter: 0.2,
  maxInlineWaitMs: 10_000,
  slotWaitMs: 20_000,
  markPatienceMs: 5 * 60_000,
  failedRetryMs: 60_000,
};

/** What one claim ended in. "gone" = the conversation answered 403/404; "released" = given back for later. */
export type PostOutcome = "sent" | "failed" | "skipped" | "gone" | "released";

/** Dependencies of {@link ReminderPoster}. */
export interface ReminderPosterOptions {
  deliveries: ReminderDeliveryRepository;
  sender: ReminderSender;
  /** Cross-instance rate limits; without it posts are not throttled (tests of other concerns). */
  slots?: Pick<SendSlots, "acquire">;
  pauses: ConversationPauses;
  clock: Clock;
  leaseMs: number;
  log: Logger;
  /** `personal` adds snooze and "don't send me these" (personal chats). */
  renderCard: (occurrence: Occurrence, lang: Lang, extras?: { personal?: { source: string } }) => object;
  audit: (deliveryId: string, action: DeliveryLogEntry["action"], detail?: string) => Promise<void>;
  onTargetGone: (target: ConversationTarget, error: DeliveryError) => Promise<void>;
  timing?: Partial<PosterTiming>;
}

/**
 * Claims one delivery and posts it under a lease that is renewed in the background and
 * re-checked with a conditional write before every post; records the outcome, retrying that
 * write through storage outages. A Retry-After longer than the claim can be held releases the
 * claim with a not-before time instead of sitting on it.
 */
export class ReminderPoster {
  private readonly t: PosterTiming;
  private unmarked = 0;
  private stopping = false;

  constructor(private readonly o: ReminderPosterOptions) {
    this.t = { ...DEFAULT_POSTER_TIMING, ...o.timing };
  }

  /** From now on, claims are given back before their next post (a shutdown), so other instances need not wait for the lease. */
  stop(): void {
    this.stopping = true;
  }

  /** Posts that Teams accepted but whose "sent" is not recorded yet: the window a crash makes ambiguous. */
  unmarkedPosts(): number {
    return this.unmarked;
  }

  async deliver(
    planned: PlannedDelivery,
    ctx: ClaimContext,
  ): Promise<{ outcome: PostOutcome; current?: ReminderDelivery }> {
    const claim = await claimDelivery(this.o.deliveries, planned, ctx);
    if (!claim.claimed) return { outcome: "skipped", current: claim.current };
    await this.o.audit(planned.id, claim.takeover ? "takeover" : "claimed");
    // Held at most through slot waits, every retry and the record's patience; a hung post is let go.
    const maxHoldMs =
      this.t.slotWaitMs + this.t.maxTries * (this.t.backoffMaxMs + this.o.leaseMs) + this.t.markPatienceMs;
    const lease = new ClaimLease(claim.delivery, {
      repo: this.o.deliveries,
      clock: this.o.clock,
      leaseMs: this.o.leaseMs,
      maxHoldMs,
      log: this.o.log,
    });
    lease.keepAlive();
    try {
      return { outcome: await this.postUnderLease(planned, lease) };
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      this.o.log.warn("reminder claim taken over before it was posted; not posted", {
        deliveryId: planned.id,
        error: error.message,
      });
      await this.o.audit(planned.id, "lost-lease", error.message);
      return { outcome: "skipped" };
    } finally {
      lease.stop();
    }
  }

  private async postUnderLease(planned: PlannedDelivery, lease: ClaimLease): Promise<PostOutcome> {
    const { target } = planned;
    const lang: Lang = target.lang ?? "nb";
    const card = this.o.renderCard(
      planned.occurrence,
      lang,
      target.conversationType === "personal" ? { personal: { source: planned.id } } : undefined,
    );
    const text = reminderText(planned.occurrence, lang);
    for (let attempt = 1, slowLoops = 0; ; attempt++) {
      if (this.stopping) return this.release(lease, this.nowClock(), "instance stopping");
      // The re-check before every post: fails with LeaseLostError if another instance took the row.
      await this.storage(() => lease.renew(), this.o.leaseMs);
      if (this.o.slots) {
        const grant = await this.storage(
          () => this.o.slots!.acquire(target, Math.min(this.t.slotWaitMs, this.o.leaseMs / 4)),
          this.o.leaseMs,
        );
        if (!grant.ok) {
          const until = this.nowClock() + Math.max(0, grant.retryAt - this.t.now());
          if (grant.reason === "hourly") this.o.pauses.pause(target.id, until);
          return this.release(
            lease,
            until,
            grant.reason === "hourly" ? "hourly limit of the conversation reached" : "send slots busy",
          );
        }
      }
      if (this.stopping) return this.release(lease, this.nowClock(), "instance stopping");
      // Storage was slow while taking slots: not enough lease left for the post and its record. Two
      // thirds, so that a storage outage starting right after the post must outlast most of the lease
      // before another instance may take the row over (slot waits are capped at a quarter).
      if (lease.remainingMs() < (2 * this.o.leaseMs) / 3) {
        if (++slowLoops >= 3) return this.release(lease, this.nowClock(), "storage too slow to post safely");
        attempt--;
        continue;
      }
      let posted: { activityId?: string } | void;
      try {
        posted = await this.o.sender.send(target, card, text);
      } catch (raw) {
        const error = raw instanceof DeliveryError ? raw : new DeliveryError(String((raw as Error)?.message ?? raw), 0);
        const message = error.message.slice(0, 1000);
        this.o.log.warn("reminder not delivered", {
          deliveryId: planned.id,
          status: error.status,
          attempt,
          error: message,
        });
        if (error.targetGone) {
          await this.o.onTargetGone(target, error);
          await this.record(
            lease,
            { ...lease.row, status: "failed", leaseUntil: undefined, lastError: message },
            "failed",
            message,
          );
          return "gone";
        }
        if (error.retryable) {
          const wait = error.retryAfterMs ?? backoffDelay(attempt, this.backoff());
          if (error.status === 429) this.o.pauses.pause(target.id, this.nowClock() + wait);
          // Holding the claim through a long wait would stall it (and risk the lease): give it back.
          if (wait > Math.min(this.t.maxInlineWaitMs, lease.remainingMs() / 2))
            return this.release(lease, this.nowClock() + wait, message);
          if (attempt < this.t.maxTries) {
            await this.t.sleep(wait);
            continue;
          }
        }
        const notBefore = new Date(this.nowClock() + this.t.failedRetryMs * lease.row.attempts).toISOString();
        await this.record(
          lease,
          { ...lease.row, status: "failed", leaseUntil: undefined, notBefore, lastError: message },
          "failed",
          message,
        );
        return "failed";
      }
      // Counted from the moment Teams accepted until "sent" is stored (same microtask as the answer).
      this.unmarked++;
      try {
        const sent: ReminderDelivery = {
          ...lease.row,
          status: "sent",
          leaseUntil: undefined,
          notBefore: undefined,
          lastError: undefined,
          sentAt: this.o.clock().toISOString(),
          ...(posted?.activityId
            ? { activityId: posted.activityId, cardStart: planned.occurrence.start.toISOString() }
            : {}),
        };
        await this.record(lease, sent, "sent");
      } catch (error) {
        if (!(error instanceof LeaseLostError)) throw error;
        this.o.log.error(
          "reminder posted, but another instance took the claim before it was recorded: it may be posted twice",
          { deliveryId: planned.id },
        );
        await this.o.audit(planned.id, "lost-lease", "wanted sent");
      } finally {
        this.unmarked--;
      }
      return "sent";
    }
  }

  /** Gives the claim back (not counted as an attempt) to be claimed again from `untilMs`. */
  private async release(lease: ClaimLease, untilMs: number, reason: string): Promise<PostOutcome> {
    const row: ReminderDelivery = {
      ...lease.row,
      status: "pending",
      leaseUntil: undefined,
      notBefore: new Date(untilMs).toISOString(),
      attempts: Math.max(0, lease.row.attempts - 1),
      lastError: reason,
    };
    await this.record(lease, row, "released", `${reason}; not before ${row.notBefore}`);
    return "released";
  }

  /** Writes the claim's outcome, retrying through storage outages, then audits it. */
  private async record(
    lease: ClaimLease,
    row: ReminderDelivery,
    action: DeliveryLogEntry["action"],
    detail?: string,
  ): Promise<void> {
    await this.storage(() => lease.settle(row), row.status === "sent" ? this.t.markPatienceMs : this.o.leaseMs);
    await this.o.audit(row.id, action, detail);
  }

  private storage<T>(fn: () => Promise<T>, patienceMs: number): Promise<T> {
    return retryUntil(fn, {
      ...this.backoff(),
      baseMs: 250,
      maxMs: 2_000,
      now: this.t.now,
      sleep: this.t.sleep,
      deadline: this.t.now() + patienceMs,
      // A value that cannot be written (a key too long) stays so: retrying would only hold the conversation up.
      fatal: (error) => error instanceof LeaseLostError || error instanceof ValidationError,
      onRetry: (error, attempt) =>
        this.o.log.warn("reminder storage write failed; retrying", { attempt, error: String(error).slice(0, 200) }),
    });
  }

  private backoff() {
    return { baseMs: this.t.backoffBaseMs, maxMs: this.t.backoffMaxMs, jitter: this.t.jitter, random: this.t.random };
  }

  private nowClock(): number {
    return this.o.clock().getTime();
  }
}
