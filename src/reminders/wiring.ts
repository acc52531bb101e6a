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
import type { PosterTiming } from "./reminderPoster.js";
import { ReminderScheduler, type TickReport } from "./scheduler.js";
import type { ReminderSender } from "./sender.js";
import { SendSlots, type SendSlotStore } from "./sendSlots.js";

/** Old send slots are deleted this often (they matter for an hour). */
const PRUNE_EVERY_MS = 15 * 60_000;

/** The reminder tables, built (and created) by the composition root. */
interface ReminderRepositories {
  targets: ConversationTargetRepository;
  subscriptions: SubscriptionRepository;
  deliveries: ReminderDeliveryRepository;
  deliveryLog: DeliveryLogRepository;
  sendSlots: SendSlotStore;
}

/** What the reminder runtime is built from. */
export interface ReminderRuntimeOptions {
  repos: ReminderRepositories;
  events: Pick<EventRepository, "list">;
  /** The raw sender (BotFrameworkSender): one post, no retries of its own. */
  sender: ReminderSender;
  clock: Clock;
  log: Logger;
  publicBaseUrl: string;
  /** Secret the "add to calendar" links are signed with (the calendar feed token). */
  calendarLinkKey: string;
  /** Seconds between ticks; fractions allowed. */
  tickSeconds: number;
  instanceId?: string;
  /** Claim lease; 120 s by default. Must be at least 3× the sender's request timeout. */
  leaseMs?: number;
  concurrency?: number;
  timing?: Partial<PosterTiming>;
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
  /** Posts accepted by Teams whose "sent" is not recorded yet. */
  unmarkedPosts(): number;
  /** For GET /api/reminders/deliveries: the newest deliveries first. */
  deliveries: { list(opts: { limit: number }): Promise<ReminderDelivery[]> };
  /** A conversation is reachable again (re-installed): forget any pause this instance keeps for it. */
  targetActive(target: ConversationTarget): void;
}

/** `${hostname}-${pid}-${random}`: unique per process, readable in the delivery log. */
export function newInstanceId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/** Wires sender, send slots and scheduler over the given reminder tables. */
export function createReminderRuntime(opts: ReminderRuntimeOptions): ReminderRuntime {
  const { repos } = opts;
  const instanceId = opts.instanceId ?? newInstanceId();
  const slots = new SendSlots({ store: repos.sendSlots });
  const scheduler = new ReminderScheduler({
    events: opts.events,
    subscriptions: repos.subscriptions,
    targets: repos.targets,
    deliveries: repos.deliveries,
    deliveryLog: repos.deliveryLog,
    sender: opts.sender,
    slots,
    clock: opts.clock,
    instanceId,
    tickMs: opts.tickSeconds * 1000,
    leaseMs: opts.leaseMs,
    concurrency: opts.concurrency,
    timing: opts.timing,
    log: opts.log,
    renderCard: reminderCardRenderer({ publicBaseUrl: opts.publicBaseUrl, linkKey: opts.calendarLinkKey }),
  });
  let pruner: NodeJS.Timeout | undefined;
  const prune = () => void slots.prune().catch((error) => opts.log.warn("old send slots not pruned", { error: String(error) }));
  return {
    instanceId,
    start() {
      scheduler.start();
      pruner ??= setInterval(prune, PRUNE_EVERY_MS);
      pruner.unref?.();
    },
    async stop() {
      if (pruner) clearInterval(pruner);
      pruner = undefined;
      await scheduler.stop();
    },
    tick: () => scheduler.tick(),
    unmarkedPosts: () => scheduler.unmarkedPosts(),
    deliveries: {
      async list({ limit }) {
        const rows = await repos.deliveries.list();
        return rows.sort((a, b) => b.dueAt.localeCompare(a.dueAt)).slice(0, limit);
      },
    },
    targetActive(target) {
      scheduler.resume(target.id);
    },
  };
}
