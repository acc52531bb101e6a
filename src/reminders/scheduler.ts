import type { BadRowReporter } from "../domain/badRows.js";
import type { Clock } from "../domain/clock.js";
import type {
  ConversationTargetRepository,
  DeliveryLogEntry,
  DeliveryLogRepository,
  ReminderDeliveryRepository,
  SubscriptionRepository,
} from "../domain/conversations.js";
import { goneStatusOf } from "../domain/conversations.js";
import type { Lang } from "../domain/language.js";
import type { Occurrence } from "../domain/events.js";
import { dueReminders, isMissed, occurrenceCutoff, type PlannedDelivery } from "../domain/reminderSchedule.js";
import type { EventRepository } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import { ConversationPauses } from "./conversationPauses.js";
import { isFinal, markMissed, type ClaimContext } from "./deliveryClaim.js";
import { ReminderPoster, type PosterTiming } from "./reminderPoster.js";
import type { DeliveryError, ReminderSender } from "../domain/reminderSender.js";
import type { SendSlots } from "./sendSlots.js";

/** Dependencies and settings of {@link ReminderScheduler}. */
export interface ReminderSchedulerOptions {
  events: Pick<EventRepository, "list">;
  subscriptions: Pick<SubscriptionRepository, "list">;
  targets: Pick<ConversationTargetRepository, "list" | "setStatus">;
  deliveries: ReminderDeliveryRepository;
  /** Optional audit trail; failures to write it are logged, never fatal. */
  deliveryLog?: Pick<DeliveryLogRepository, "append">;
  /** One post, no retries of its own (the scheduler decides about retries). */
  sender: ReminderSender;
  /** Cross-instance rate limits (Teams' per-conversation and per-app limits). */
  slots?: Pick<SendSlots, "acquire">;
  clock: Clock;
  /** Unique per process (e.g. host name + pid): recorded as `claimedBy`. */
  instanceId: string;
  tickMs?: number;
  /** Lease of a claim; renewed while the claim is worked on. At least 3× the post timeout; 120 s by default. */
  leaseMs?: number;
  /** Claims per delivery that may end in failure before it is left failed; 3 by default. */
  maxAttempts?: number;
  /** How far back a tick looks for reminders (to send or to record missed); 24 h by default. */
  lookbackMs?: number;
  /** Conversations served in parallel in one tick (each conversation's reminders go in order). */
  concurrency?: number;
  /** Waits and retries of one claim (tests use virtual time). */
  timing?: Partial<PosterTiming>;
  log: Logger;
  /** Where an event or a conversation's settings that the schedule cannot use is reported (and skipped). */
  badRows?: BadRowReporter;
  /** `personal` adds snooze and "don't send me these" (personal chats). */
  renderCard: (occurrence: Occurrence, lang: Lang, extras?: { personal?: { source: string } }) => object;
}

/** Counts of what one tick did. `skipped` = claimed or done by another instance, or not yet due again. */
export interface TickReport {
  planned: number;
  sent: number;
  failed: number;
  missed: number;
  skipped: number;
  /** Claims given back for later (long Retry-After, rate limits). */
  released: number;
}

/**
 * Sends due reminders exactly once across any number of instances. Each tick plans the reminders
 * due in (now − lookback, now], records those more than 6 h late as missed, and for the rest
 * claims the delivery row, posts, and records the outcome (see ReminderPoster).
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  /** Set by stop(): no new claims; claims held are given back before their next post. */
  private shuttingDown = false;
  private readonly pauses = new ConversationPauses();
  private readonly poster: ReminderPoster;
  /** Deliveries known to be done for good (sent, missed, failed out): not read again. id → due ms. */
  private readonly done = new Map<string, number>();

  constructor(private readonly opts: ReminderSchedulerOptions) {
    this.poster = new ReminderPoster({
      deliveries: opts.deliveries,
      sender: opts.sender,
      slots: opts.slots,
      pauses: this.pauses,
      clock: opts.clock,
      leaseMs: this.leaseMs,
      log: opts.log,
      renderCard: opts.renderCard,
      audit: (id, action, detail) => this.audit(id, action, detail),
      onTargetGone: (target, error) => this.markTargetGone(target.id, error),
      timing: opts.timing,
    });
  }

  /** Ticks now and then every `tickMs` (60 s by default), never overlapping itself. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      this.running = this.tick().catch((error) =>
        this.opts.log.error("reminder tick failed", { error: String(error) }),
      );
      await this.running;
      this.running = undefined;
      if (!this.stopped) this.timer = setTimeout(loop, this.opts.tickMs ?? 60_000);
    };
    this.timer = setTimeout(loop, 0);
  }

  /** Stops ticking and waits for a running tick to finish; claims not yet posted are given back. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.shuttingDown = true;
    this.poster.stop();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Posts accepted by Teams whose "sent" is not stored yet (0 = a crash now cannot cause a repeat). */
  unmarkedPosts(): number {
    return this.poster.unmarkedPosts();
  }

  /** Forgets that a conversation was paused (it was re-installed). */
  resume(targetId: string): void {
    this.pauses.clear(targetId);
  }

  /** One pass; public so tests can drive the scheduler with a fake clock. */
  async tick(): Promise<TickReport> {
    const now = this.opts.clock();
    const [events, subscriptions, targets] = await Promise.all([
      this.opts.events.list(),
      this.opts.subscriptions.list(),
      this.opts.targets.list(),
    ]);
    const window = { from: new Date(now.getTime() - (this.opts.lookbackMs ?? 86_400_000)), to: now };
    for (const [id, due] of this.done) if (due <= window.from.getTime()) this.done.delete(id);
    const planned = dueReminders(
      events.map((e) => e.value),
      subscriptions,
      targets,
      window,
      { badRows: this.opts.badRows },
    );
    const report: TickReport = { planned: planned.length, sent: 0, failed: 0, missed: 0, skipped: 0, released: 0 };
    const byTarget = new Map<string, PlannedDelivery[]>();
    for (const p of planned) byTarget.set(p.target.id, [...(byTarget.get(p.target.id) ?? []), p]);
    // Instances start at different conversations, so they spread out instead of all contending for the same ones.
    const groups = rotate([...byTarget.values()], Math.floor(Math.random() * byTarget.size));
    const workers = Array.from({ length: Math.min(this.opts.concurrency ?? 8, groups.length) }, async () => {
      for (let group = groups.shift(); group; group = groups.shift()) {
        try {
          await this.deliverGroup(group, report);
        } catch (error) {
          // Storage trouble: this conversation waits for the next tick; the others go on.
          this.opts.log.warn("reminder delivery interrupted", {
            targetId: group[0].target.id,
            error: String(error).slice(0, 300),
          });
        }
      }
    });
    await Promise.all(workers);
    return report;
  }

  /** One conversation's reminders in due order; stops when the conversation is gone or paused. */
  private async deliverGroup(group: PlannedDelivery[], report: TickReport): Promise<void> {
    for (const planned of group) {
      if (this.shuttingDown) return;
      if (this.done.has(planned.id)) {
        report.skipped++;
        continue;
      }
      const ctx = this.context();
      if (this.pauses.pausedUntil(planned.target.id, ctx.now.getTime()) !== undefined) return;
      if (isMissed(planned.dueAt, occurrenceCutoff(planned.occurrence), ctx.now)) {
        if (await markMissed(this.opts.deliveries, planned, ctx)) {
          report.missed++;
          this.done.set(planned.id, planned.dueAt.getTime());
          await this.audit(planned.id, "missed", `due ${planned.dueAt.toISOString()}`);
        } else report.skipped++;
        continue;
      }
      const { outcome, current } = await this.poster.deliver(planned, ctx);
      if (outcome === "sent" || (current && isFinal(current, ctx.maxAttempts)))
        this.done.set(planned.id, planned.dueAt.getTime());
      report[outcome === "gone" ? "failed" : outcome]++;
      if (outcome === "gone" || outcome === "released") return;
      // A claim released by any instance (Retry-After, rate limits) holds back the whole conversation.
      const releasedUntil = current?.status === "pending" && current.notBefore ? Date.parse(current.notBefore) : 0;
      if (releasedUntil > ctx.now.getTime()) {
        this.pauses.pause(planned.target.id, releasedUntil);
        return;
      }
    }
  }

  private async markTargetGone(targetId: string, error: DeliveryError): Promise<void> {
    const status = goneStatusOf(error.status) ?? "removed";
    this.opts.log.warn("conversation no longer reachable; stopped", { targetId, status: error.status });
    await this.opts.targets.setStatus(targetId, status, this.opts.clock().toISOString());
  }

  private get leaseMs(): number {
    return this.opts.leaseMs ?? 120_000;
  }

  private context(): ClaimContext {
    return {
      instanceId: this.opts.instanceId,
      now: this.opts.clock(),
      leaseMs: this.leaseMs,
      maxAttempts: this.opts.maxAttempts ?? 3,
    };
  }

  private async audit(deliveryId: string, action: DeliveryLogEntry["action"], detail?: string): Promise<void> {
    if (!this.opts.deliveryLog) return;
    const entry: DeliveryLogEntry = {
      deliveryId,
      at: this.opts.clock().toISOString(),
      instanceId: this.opts.instanceId,
      action,
      ...(detail ? { detail } : {}),
    };
    try {
      await this.opts.deliveryLog.append(entry);
    } catch (error) {
      this.opts.log.warn("delivery log not written", { deliveryId, error: String(error) });
    }
  }
}

function rotate<T>(items: T[], by: number): T[] {
  return by > 0 ? [...items.slice(by), ...items.slice(0, by)] : items;
}
