import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import type {
  ConversationTarget,
  ConversationTargetRepository,
  DeliveryLogRepository,
  ReminderDelivery,
  ReminderDeliveryRepository,
  SubscriptionRepository,
} from "../domain/conversations.js";
import type { EventRepository } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import { reminderCardRenderer } from "./reminderCard.js";
import { ReminderScheduler, type TickReport } from "./scheduler.js";
import type { ReminderSender } from "./sender.js";
import { ThrottledSender } from "./throttledSender.js";

/** The reminder tables, built (and created) by the composition root. */
interface ReminderRepositories {
  targets: ConversationTargetRepository;
  subscriptions: SubscriptionRepository;
  deliveries: ReminderDeliveryRepository;
  deliveryLog: DeliveryLogRepository;
}

/** What the reminder runtime is built from. */
export interface ReminderRuntimeOptions {
  repos: ReminderRepositories;
  events: Pick<EventRepository, "list">;
  /** The raw sender (BotFrameworkSender); throttling and retries are added here. */
  sender: ReminderSender;
  clock: Clock;
  log: Logger;
  publicBaseUrl: string;
  tickSeconds: number;
  instanceId?: string;
}

/** The scheduler and what the API and the bot need from the reminder tables. */
export interface ReminderRuntime {
  instanceId: string;
  /** Starts ticking every `tickSeconds`. */
  start(): void;
  /** Stops ticking and waits for a running tick. */
  stop(): Promise<void>;
  /** One scheduler pass now (tests, and an operator's nudge). */
  tick(): Promise<TickReport>;
  /** For GET /api/reminders/deliveries: the newest deliveries first. */
  deliveries: { list(opts: { limit: number }): Promise<ReminderDelivery[]> };
  /** A conversation is reachable again (re-installed): forget that it once answered 403/404. */
  targetActive(target: ConversationTarget): void;
}

/** `${hostname}-${pid}-${random}`: unique per process, readable in the delivery log. */
export function newInstanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/** Wires sender → throttle → scheduler over the given reminder tables. */
export function createReminderRuntime(opts: ReminderRuntimeOptions): ReminderRuntime {
  const { repos } = opts;
  const instanceId = opts.instanceId ?? newInstanceId();
  const throttle = () =>
    new ThrottledSender({
      inner: opts.sender,
      log: opts.log,
      onTargetGone: (target, status) => repos.targets.setStatus(target.id, status, opts.clock().toISOString()),
    });
  // The throttle remembers gone conversations for good; a fresh one is made when one comes back.
  let throttled = throttle();
  const scheduler = new ReminderScheduler({
    events: opts.events,
    subscriptions: repos.subscriptions,
    targets: repos.targets,
    deliveries: repos.deliveries,
    deliveryLog: repos.deliveryLog,
    sender: { send: (target, card, text) => throttled.send(target, card, text) },
    clock: opts.clock,
    instanceId,
    tickMs: opts.tickSeconds * 1000,
    log: opts.log,
    renderCard: reminderCardRenderer(opts.publicBaseUrl),
  });
  return {
    instanceId,
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    tick: () => scheduler.tick(),
    deliveries: {
      async list({ limit }) {
        const rows = await repos.deliveries.list();
        return rows.sort((a, b) => b.dueAt.localeCompare(a.dueAt)).slice(0, limit);
      },
    },
    targetActive(target) {
      if (throttled.isGone(target)) throttled = throttle();
    },
  };
}
