import type { Clock } from "../domain/clock.js";
import type {
  ConversationTargetRepository,
  DeliveryLogEntry,
  DeliveryLogRepository,
  ReminderDeliveryRepository,
  SubscriptionRepository,
} from "../domain/conversations.js";
import { goneStatusOf } from "../domain/conversations.js";
import { DEFAULT_LANG, type Lang } from "../domain/language.js";
import { ConflictError } from "../domain/errors.js";
import type { Occurrence } from "../domain/events.js";
import { dueReminders, isMissed, type PlannedDelivery } from "../domain/reminderSchedule.js";
import type { EventRepository } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import { claimDelivery, markMissed, type ClaimContext } from "./deliveryClaim.js";
import { reminderText } from "./reminderCard.js";
import { DeliveryError, type ReminderSender } from "./sender.js";

/** Dependencies and settings of {@link ReminderScheduler}. */
export interface ReminderSchedulerOptions {
  events: Pick<EventRepository, "list">;
  subscriptions: Pick<SubscriptionRepository, "list">;
  targets: Pick<ConversationTargetRepository, "list" | "setStatus">;
  deliveries: ReminderDeliveryRepository;
  /** Optional audit trail; failures to write it are logged, never fatal. */
  deliveryLog?: Pick<DeliveryLogRepository, "append">;
  sender: ReminderSender;
  clock: Clock;
  /** Unique per process (e.g. host name + pid): recorded as `claimedBy`. */
  instanceId: string;
  tickMs?: number;
  /** Must exceed the slowest send (throttle wait + retries); 120 s by default. */
  leaseMs?: number;
  /** Claims per delivery before it is left failed; 3 by default. */
  maxAttempts?: number;
  /** How far back a tick looks for reminders (to send or to record missed); 24 h by default. */
  lookbackMs?: number;
  /** Conversations served in parallel in one tick (each conversation's reminders go in order). */
  concurrency?: number;
  log: Logger;
  renderCard: (occurrence: Occurrence, lang: Lang) => object;
}

/** Counts of what one tick did. `skipped` = claimed or done by another instance. */
export interface TickReport {
  planned: number;
  sent: number;
  failed: number;
  missed: number;
  skipped: number;
}

/**
 * Sends due reminders exactly once across any number of instances. Each tick plans the reminders
 * due in (now − lookback, now], records those more than 6 h late as missed, and for the rest
 * claims the delivery row, posts, and marks it sent (or failed, to be retried by a later tick).
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(private readonly opts: ReminderSchedulerOptions) {}

  /** Ticks now and then every `tickMs` (60 s by default), never overlapping itself. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      this.running = this.tick().catch((error) => this.opts.log.error("reminder tick failed", { error: String(error) }));
      await this.running;
      this.running = undefined;
      if (!this.stopped) this.timer = setTimeout(loop, this.opts.tickMs ?? 60_000);
    };
    this.timer = setTimeout(loop, 0);
  }

  /** Stops ticking and waits for a running tick to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
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
    const planned = dueReminders(events.map((e) => e.value), subscriptions, targets, window);
    const report: TickReport = { planned: planned.length, sent: 0, failed: 0, missed: 0, skipped: 0 };
    const byTarget = new Map<string, PlannedDelivery[]>();
    for (const p of planned) byTarget.set(p.target.id, [...(byTarget.get(p.target.id) ?? []), p]);
    const groups = [...byTarget.values()];
    const workers = Array.from({ length: Math.min(this.opts.concurrency ?? 4, groups.length) }, async () => {
      for (let group = groups.shift(); group; group = groups.shift()) await this.deliverGroup(group, report);
    });
    await Promise.all(workers);
    return report;
  }

  /** One conversation's reminders in due order; stops when the conversation is gone. */
  private async deliverGroup(group: PlannedDelivery[], report: TickReport): Promise<void> {
    for (const planned of group) {
      const ctx = this.context();
      if (isMissed(planned.dueAt, planned.occurrence.start, ctx.now)) {
        if (await markMissed(this.opts.deliveries, planned, ctx)) {
          report.missed++;
          await this.audit(planned.id, "missed", `due ${planned.dueAt.toISOString()}`);
        } else report.skipped++;
        continue;
      }
      const outcome = await this.deliverOne(planned, ctx);
      report[outcome === "gone" ? "failed" : outcome]++;
      if (outcome === "gone") return;
    }
  }

  /** "gone" = failed because the conversation answered 403/404: the rest of its reminders wait. */
  private async deliverOne(planned: PlannedDelivery, ctx: ClaimContext): Promise<"sent" | "failed" | "skipped" | "gone"> {
    const claim = await claimDelivery(this.opts.deliveries, planned, ctx);
    if (!claim.claimed) return "skipped";
    await this.audit(planned.id, claim.takeover ? "takeover" : "claimed");
    const lang: Lang = planned.target.lang ?? DEFAULT_LANG;
    let { value: row, etag } = claim.delivery;
    try {
      await this.opts.sender.send(planned.target, this.opts.renderCard(planned.occurrence, lang), reminderText(planned.occurrence, lang));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.opts.log.warn("reminder not delivered", { deliveryId: planned.id, error: message });
      const gone = error instanceof DeliveryError && error.targetGone;
      if (gone) await this.markTargetGone(planned, error);
      await this.finish(planned.id, { ...row, status: "failed", leaseUntil: undefined, lastError: message.slice(0, 1000) }, etag);
      await this.audit(planned.id, "failed", message);
      return gone ? "gone" : "failed";
    }
    row = { ...row, status: "sent", leaseUntil: undefined, sentAt: this.opts.clock().toISOString() };
    await this.finish(planned.id, row, etag);
    await this.audit(planned.id, "sent");
    return "sent";
  }

  /** Conditional final update; a 412 means our lease ran out and another instance took over. */
  private async finish(id: string, row: Parameters<ReminderDeliveryRepository["update"]>[0], etag: string): Promise<void> {
    try {
      await this.opts.deliveries.update(row, etag);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      this.opts.log.warn("reminder lease lost before it was marked; another instance took over", { deliveryId: id, status: row.status });
      await this.audit(id, "lost-lease", `wanted ${row.status}`);
    }
  }

  private async markTargetGone(planned: PlannedDelivery, error: DeliveryError): Promise<void> {
    const status = goneStatusOf(error.status) ?? "removed";
    this.opts.log.warn("conversation no longer reachable; stopped", { targetId: planned.target.id, status: error.status });
    await this.opts.targets.setStatus(planned.target.id, status, this.opts.clock().toISOString());
  }

  private context(): ClaimContext {
    return { instanceId: this.opts.instanceId, now: this.opts.clock(), leaseMs: this.opts.leaseMs ?? 120_000, maxAttempts: this.opts.maxAttempts ?? 3 };
  }

  private async audit(deliveryId: string, action: DeliveryLogEntry["action"], detail?: string): Promise<void> {
    if (!this.opts.deliveryLog) return;
    const entry: DeliveryLogEntry = { deliveryId, at: this.opts.clock().toISOString(), instanceId: this.opts.instanceId, action, ...(detail ? { detail } : {}) };
    try {
      await this.opts.deliveryLog.append(entry);
    } catch (error) {
      this.opts.log.warn("delivery log not written", { deliveryId, error: String(error) });
    }
  }
}
