import type { Clock } from "../domain/clock.js";
import { ConflictError } from "../domain/errors.js";
import type { LeaderLease, LeaseRepository } from "../domain/ledger.js";
import type { Versioned } from "../domain/repositories.js";

/** This instance does not lead (any more), so it must not post. */
export class NotLeaderError extends Error {
  override name = "NotLeaderError";
}

/** What {@link Leadership} needs. */
export interface LeadershipOptions {
  repo: LeaseRepository;
  /** Lease instants are compared by every instance: the shared (system) clock. */
  clock: Clock;
  /** Unique per process. */
  instanceId: string;
  leaseMs: number;
}

/**
 * One leader per storage account. The lease row is taken insert-if-absent or, once it lapsed, by
 * an ETag-conditional replace that raises the epoch; the holder renews it the same way. A lease
 * that reaches more than two lease lengths ahead was written by no runner and counts as lapsed,
 * as does a row that is not a lease at all (LeaseTable), so no stored value stops the reminders. The
 * others only read it until it lapses. The fencing check {@link fence} re-reads the row right
 * before every post, so an instance that lost the lease (stalled, or cut off from storage while
 * another took over) never posts. A write whose answer was lost is recognised on the re-read:
 * the row then names this instance and the epoch it wrote.
 */
export class Leadership {
  private held: Versioned<LeaderLease> | undefined;

  constructor(private readonly o: LeadershipOptions) {}

  /** The epoch this instance leads in, or undefined. */
  get epoch(): number | undefined {
    return this.held?.value.epoch;
  }

  /** Takes the lease when it is free or lapsed, renews it when ours: true when this instance leads now. */
  async hold(): Promise<boolean> {
    const found = await this.o.repo.read();
    if (!found) return this.write(1, () => this.o.repo.create(this.lease(1)));
    const { epoch, holder, until } = found.value;
    if (holder === this.o.instanceId) return this.write(epoch, () => this.o.repo.update(this.lease(epoch), found.etag));
    const left = Date.parse(until) - this.o.clock().getTime();
    // A lease further ahead than any runner writes (a bad row) must not stop every runner: taken over.
    if (left > 0 && left <= 2 * this.o.leaseMs) {
      this.held = undefined;
      return false;
    }
    return this.write(epoch + 1, () => this.o.repo.update(this.lease(epoch + 1), found.etag));
  }

  /**
   * The fencing check right before a post: the stored lease must still be ours, in our epoch,
   * with at least `marginMs` left; with less it is renewed first. Throws NotLeaderError if not.
   */
  async fence(marginMs: number): Promise<void> {
    const found = await this.o.repo.read();
    const epoch = this.held?.value.epoch;
    if (!found || found.value.holder !== this.o.instanceId || found.value.epoch !== epoch) {
      this.held = undefined;
      throw new NotLeaderError(`the reminder lease is held by ${found?.value.holder ?? "nobody"} now`);
    }
    if (Date.parse(found.value.until) - this.o.clock().getTime() >= marginMs) return;
    if (!(await this.write(epoch, () => this.o.repo.update(this.lease(epoch), found.etag))))
      throw new NotLeaderError("the reminder lease was taken over while renewing it");
  }

  /** Gives the lease up (a clean stop), so a follower takes over at its next look instead of after the lapse. */
  async release(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    if (held) await this.o.repo.update({ ...held.value, until: new Date(0).toISOString() }, held.etag).catch(() => {});
  }

  private lease(epoch: number): LeaderLease {
    const until = new Date(this.o.clock().getTime() + this.o.leaseMs).toISOString();
    return { holder: this.o.instanceId, epoch, until };
  }

  /** Writes the lease; after a 409/412 the row tells whether it was our own write that landed unseen. */
  private async write(epoch: number, write: () => Promise<Versioned<LeaderLease> | undefined>): Promise<boolean> {
    try {
      this.held = await write();
      if (this.held) return true;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    const found = await this.o.repo.read();
    const ours = found?.value.holder === this.o.instanceId && found.value.epoch === epoch;
    this.held = ours ? found : undefined;
    return ours;
  }
}
