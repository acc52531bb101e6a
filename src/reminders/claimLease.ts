import type { Clock } from "../domain/clock.js";
import type { ReminderDelivery, ReminderDeliveryRepository } from "../domain/conversations.js";
import { ConflictError } from "../domain/errors.js";
import type { Versioned } from "../domain/repositories.js";
import type { Logger } from "../logger.js";

/** Another instance owns the delivery row now (it took over a lapsed lease, or recorded it missed). */
export class LeaseLostError extends Error {
  constructor(readonly current: ReminderDelivery | undefined) {
    super(
      `the claim was taken over (row is ${current?.status ?? "gone"}${current?.claimedBy ? ` by ${current.claimedBy}` : ""})`,
    );
    this.name = "LeaseLostError";
  }
}

/** What a {@link ClaimLease} writes with. */
export interface ClaimLeaseOptions {
  repo: ReminderDeliveryRepository;
  /** The scheduler's clock: lease instants are compared by every instance. */
  clock: Clock;
  leaseMs: number;
  /** Background renewal stops after this long (real ms), so a claim whose work hangs is taken over. */
  maxHoldMs: number;
  log: Logger;
}

/**
 * One instance's claim on one delivery row. Every write is conditional on the row's ETag and
 * the writes of one claim go one at a time, so:
 * - `renew` right before a post re-checks the row: if another instance took it over, the post
 *   is not made;
 * - `keepAlive` renews in the background while the claim waits (throttle, Retry-After, post);
 *   a background renewal decides when its turn comes, not when it was queued: one queued behind
 *   a slow `settle` (a storage outage) must not turn the "sent" row back into "claimed", or the
 *   lease would lapse and another instance post again;
 * - a write whose answer was lost (the request reached storage, the response did not) is
 *   recognised by the claim's `claimId` when its retry gets 412, instead of being mistaken for
 *   a takeover.
 */
export class ClaimLease {
  private current: Versioned<ReminderDelivery>;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** A background renewal is waiting in the chain; another one would only repeat it. */
  private renewalQueued = false;
  private lostTo: LeaseLostError | undefined;

  constructor(
    claimed: Versioned<ReminderDelivery>,
    private readonly opts: ClaimLeaseOptions,
  ) {
    this.current = claimed;
  }

  /** The row as last written by this claim. */
  get row(): ReminderDelivery {
    return this.current.value;
  }

  /** Milliseconds of lease left, as last confirmed by storage (negative once it lapsed). */
  remainingMs(): number {
    const until = this.current.value.leaseUntil ? Date.parse(this.current.value.leaseUntil) : 0;
    return until - this.opts.clock().getTime();
  }

  /** Extends the lease to now + leaseMs with a conditional write; throws LeaseLostError if taken over. */
  renew(): Promise<void> {
    return this.write(() => {
      if (this.row.status !== "claimed") throw new Error(`claim already settled as ${this.row.status}`);
      return this.extended();
    });
  }

  private extended(): ReminderDelivery {
    return {
      ...this.row,
      status: "claimed",
      leaseUntil: new Date(this.opts.clock().getTime() + this.opts.leaseMs).toISOString(),
    };
  }

  /** A keep-alive renewal: skipped if, by its turn, the claim was settled or is no longer kept alive. */
  private renewInBackground(): Promise<void> {
    if (this.renewalQueued) return Promise.resolve();
    this.renewalQueued = true;
    return this.write(() => {
      this.renewalQueued = false;
      return this.timer && this.row.status === "claimed" ? this.extended() : undefined;
    });
  }

  /**
   * Renews every third of the lease until `stop` (or `maxHoldMs`); a failed renewal (storage
   * blip) is tried again next time.
   */
  keepAlive(): void {
    if (this.timer) return;
    const until = Date.now() + this.opts.maxHoldMs;
    this.timer = setInterval(
      () => {
        if (this.lostTo) return;
        if (Date.now() > until) {
          this.opts.log.warn("reminder claim held too long; left to lapse", { deliveryId: this.row.id });
          return this.stop();
        }
        this.renewInBackground().catch((error) => {
          if (!(error instanceof LeaseLostError))
            this.opts.log.debug("lease renewal failed; retried later", {
              deliveryId: this.row.id,
              error: String(error),
            });
        });
      },
      Math.max(50, Math.floor(this.opts.leaseMs / 3)),
    );
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Writes the claim's outcome (sent, failed, or pending when released): one conditional write. */
  settle(next: ReminderDelivery): Promise<void> {
    return this.write(() => next);
  }

  /** Queues a write; `next` runs when its turn comes and may return undefined for "nothing to write". */
  private write(next: () => ReminderDelivery | undefined): Promise<void> {
    const run = this.chain.then(() => {
      if (this.lostTo) throw this.lostTo;
      const row = next();
      return row ? this.writeNow(row) : undefined;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async writeNow(next: ReminderDelivery): Promise<void> {
    const { eventId, id, claimId } = this.row;
    for (let tries = 0; tries < 3; tries++) {
      try {
        this.current = await this.opts.repo.update(next, this.current.etag);
        return;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
      // 412: either another instance wrote the row, or an earlier write of ours landed unseen.
      const found = await this.opts.repo.get(eventId, id);
      if (!found || found.value.claimId !== claimId) {
        this.lostTo = new LeaseLostError(found?.value);
        throw this.lostTo;
      }
      this.current = found;
      if (found.value.status === "claimed") continue;
      // One of our own settles landed unseen: it is the write being made, or a renewal has nothing left to renew.
      if (found.value.status === next.status || next.status === "claimed") return;
      this.lostTo = new LeaseLostError(found.value);
      throw this.lostTo;
    }
    this.lostTo = new LeaseLostError(this.row);
    throw this.lostTo;
  }
}
